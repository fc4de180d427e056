//! The catalogue as the derive writes it, unpacked at compile time: the text of every row (code,
//! message, description and pre-escaped JSON tail, one after another) in one string literal, and
//! the layout (status, retryable, the four lengths) in one byte string literal. Two literals
//! rather than seven expressions per row: for a large catalogue, those thousands of expressions
//! were the largest part of what rustc redid on every rebuild.

use crate::CatalogueEntry;
use crate::compose::PLACEHOLDER;
use crate::template::TemplatePart;

/// The entries packed in `text` and `layout`, with the template parts of the templated ones:
/// `parts` pairs a row's index with its message split at the placeholders, in row order.
///
/// Per row, `layout` holds the status, then 1 or 0 for retryable, then the byte lengths of the
/// code, message, description and JSON tail; each number in LEB128 (seven bits a byte, low bits
/// first, the high bit set on every byte but the last).
///
/// # Panics
///
/// At compile time, when `text` and `layout` do not hold `N` rows (the derive writes them so that
/// they do).
#[must_use]
pub const fn catalogue<const N: usize>(
    text: &'static str,
    layout: &[u8],
    parts: &[(usize, &'static [TemplatePart])],
) -> [CatalogueEntry; N] {
    let mut entries = [PLACEHOLDER; N];
    let (mut rest, mut at) = (text, 0);
    let (mut index, mut templated) = (0, 0);
    while index < N {
        let (status, next) = number(layout, at);
        let (retryable, next) = number(layout, next);
        let (code_len, next) = number(layout, next);
        let (message_len, next) = number(layout, next);
        let (description_len, next) = number(layout, next);
        let (tail_len, next) = number(layout, next);
        at = next;
        let (code, after) = rest.split_at(code_len);
        let (message, after) = after.split_at(message_len);
        let (description, after) = after.split_at(description_len);
        let (json_tail, after) = after.split_at(tail_len);
        rest = after;
        assert!(
            status <= u16::MAX as usize,
            "blb-errors: a status is out of range"
        );
        #[allow(clippy::cast_possible_truncation)] // checked above
        let status = status as u16;
        let mut row_parts: &'static [TemplatePart] = &[];
        if templated < parts.len() && parts[templated].0 == index {
            row_parts = parts[templated].1;
            templated += 1;
        }
        entries[index] = CatalogueEntry::__new(
            code,
            status,
            message,
            description,
            retryable == 1,
            json_tail,
            row_parts,
        );
        index += 1;
    }
    assert!(
        rest.is_empty() && at == layout.len() && templated == parts.len(),
        "blb-errors: the packed catalogue does not match its type"
    );
    entries
}

/// The LEB128 number at `at`, and where the next one starts.
const fn number(layout: &[u8], mut at: usize) -> (usize, usize) {
    let (mut value, mut shift) = (0, 0);
    loop {
        let byte = layout[at];
        at += 1;
        value |= ((byte & 0x7f) as usize) << shift;
        if byte & 0x80 == 0 {
            return (value, at);
        }
        shift += 7;
    }
}

#[cfg(test)]
mod tests {
    use super::catalogue;
    use crate::template::TemplatePart;

    #[test]
    fn unpacks_rows_and_their_template_parts() {
        const PARTS: &[TemplatePart] = &[TemplatePart::Literal("Bad "), TemplatePart::Field];
        // 404, not retryable, then lengths 1, 2, 0, 3; 503 (two bytes), retryable, 2, 4, 1, 0.
        let entries: [crate::CatalogueEntry; 2] = catalogue(
            "AmmxyzBCBad x",
            &[0x94, 0x03, 0, 1, 2, 0, 3, 0xf7, 0x03, 1, 2, 4, 1, 0],
            &[(1, PARTS)],
        );
        assert_eq!(
            (entries[0].code(), entries[0].status(), entries[0].message()),
            ("A", 404, "mm")
        );
        assert_eq!(
            (entries[0].description(), entries[0].is_retryable()),
            ("", false)
        );
        assert!(entries[0].__parts().is_empty());
        assert_eq!(
            (entries[1].code(), entries[1].status(), entries[1].message()),
            ("BC", 503, "Bad ")
        );
        assert_eq!(
            (entries[1].description(), entries[1].is_retryable()),
            ("x", true)
        );
        assert_eq!(entries[1].__parts(), PARTS);
    }
}
