//! Codes near one that no catalogue has: the same in another case, or a slip or two away.

use super::Catalogue;

/// A code to suggest, with the first catalogue that has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Suggestion {
    pub(crate) code: &'static str,
    pub(crate) catalogue: &'static str,
}

/// At most this many suggestions, the nearest first.
const MOST: usize = 3;

/// The codes of `catalogues` nearest to `code`, compared without case: each within an edit
/// distance of a quarter of the code's length (at least 1, at most 3), the nearest first, then in
/// catalogue order.
pub(crate) fn suggestions(code: &str, catalogues: &[Catalogue]) -> Vec<Suggestion> {
    let wanted: Vec<char> = code.chars().flat_map(char::to_lowercase).collect();
    let limit = (wanted.len() / 4).clamp(1, 3);
    let mut near: Vec<(usize, Suggestion)> = Vec::new();
    for catalogue in catalogues {
        for entry in catalogue.entries() {
            if near.iter().any(|(_, seen)| seen.code == entry.code()) {
                continue;
            }
            let candidate: Vec<char> = entry.code().chars().flat_map(char::to_lowercase).collect();
            let distance = edit_distance(&wanted, &candidate);
            if distance <= limit {
                let suggestion = Suggestion {
                    code: entry.code(),
                    catalogue: catalogue.name(),
                };
                near.push((distance, suggestion));
            }
        }
    }
    // Stable: equal distances keep catalogue order.
    near.sort_by_key(|(distance, _)| *distance);
    near.into_iter()
        .take(MOST)
        .map(|(_, suggestion)| suggestion)
        .collect()
}

/// The Levenshtein distance: how many characters to insert, delete or replace.
fn edit_distance(from: &[char], to: &[char]) -> usize {
    let mut above: Vec<usize> = (0..=to.len()).collect();
    let mut row = vec![0; to.len() + 1];
    for (i, &a) in from.iter().enumerate() {
        row[0] = i + 1;
        for (j, &b) in to.iter().enumerate() {
            let replace = above[j] + usize::from(a != b);
            row[j + 1] = replace.min(above[j + 1] + 1).min(row[j] + 1);
        }
        std::mem::swap(&mut above, &mut row);
    }
    above[to.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    fn distance(from: &str, to: &str) -> usize {
        let (from, to): (Vec<char>, Vec<char>) = (from.chars().collect(), to.chars().collect());
        edit_distance(&from, &to)
    }

    #[test]
    fn the_distance_counts_inserts_deletes_and_replacements() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("ListenerNotFund", "ListenerNotFound"), 1);
        assert_eq!(distance("ab", "ba"), 2);
    }
}
