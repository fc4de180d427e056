//! A message template, split at its placeholders by the derive and kept in the catalogue entry
//! (`CatalogueEntry::__parts`): `Display` writes a templated variant from it, and `from_wire`
//! reads a server's message against it to recover the fields. One call for every templated
//! variant, reading the parts from the entry, rather than code of its own for each, which rustc
//! would compile again on every rebuild.

use std::fmt;

/// One piece of a message template, as the derive splits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplatePart {
    /// Text that must appear as it is (braces already unescaped).
    Literal(&'static str),
    /// A placeholder: the text a field's Display wrote. The number is the field's capture slot,
    /// its place among the variant's distinct fields in order of first appearance, so that a field
    /// written twice has one slot.
    Field(usize),
}

/// The most splits of one message that [`Readings`] tries: the first is the one a message
/// written from the template nearly always has, and the bound keeps a hostile message (the next
/// literal written a thousand times) from costing more than a few passes over it.
pub const READINGS_TRIED: usize = 64;

/// The readings of a message against a template: each is the text of every capture slot, in
/// slot order, such that the template with those texts in place is the message. A field written
/// twice reads the same text at each place.
///
/// A field followed by a literal may end at any occurrence of that literal (the first is tried
/// first); a field before the closing literal runs up to it, and a field at the end runs to the
/// end. Two placeholders with no text between them cannot be told apart, so such a template
/// never matches (unless the second repeats a field already read). Up to `N` slots:
/// `from_wire` reads every templated variant with one `N`, the most any of them has, and the
/// slots after the last are `""`. At most [`READINGS_TRIED`] splits are tried.
pub struct Readings<'m, const N: usize> {
    parts: &'static [TemplatePart],
    message: &'m str,
    /// Per slot, where the search for the end of its first placeholder starts: `None` where the
    /// placeholder starts. A split keeps the end it found here; the next split of the slot
    /// starts one character after it.
    resume: [Option<usize>; N],
    tries_left: usize,
}

impl<'m, const N: usize> Readings<'m, N> {
    /// The readings of `message` against `parts`.
    #[must_use]
    pub const fn new(parts: &'static [TemplatePart], message: &'m str) -> Self {
        Self {
            parts,
            message,
            resume: [None; N],
            tries_left: READINGS_TRIED,
        }
    }

    /// One pass over the message with the current choices, and the last slot on the way whose
    /// end was a choice among occurrences of what follows it.
    fn split(&mut self) -> Split<'m, N> {
        let message = self.message;
        let mut captures = [""; N];
        let mut read = 0;
        let mut at = 0;
        let mut last_choice = None;
        for (index, part) in self.parts.iter().enumerate() {
            let rest = &message[at..];
            match *part {
                TemplatePart::Literal(text) => {
                    if !rest.starts_with(text) {
                        return Split::Failed { last_choice };
                    }
                    at += text.len();
                }
                TemplatePart::Field(slot) if slot < read => {
                    let text = captures[slot];
                    if !rest.starts_with(text) {
                        return Split::Failed { last_choice };
                    }
                    at += text.len();
                }
                // Slots are numbered in order of first appearance.
                TemplatePart::Field(slot) if slot == read && slot < N => {
                    // What must follow the field: a literal, or a field read already.
                    let next = match self.parts.get(index + 1) {
                        None => None,
                        Some(TemplatePart::Literal(text)) => Some(*text),
                        Some(TemplatePart::Field(next)) if *next < read => Some(captures[*next]),
                        Some(TemplatePart::Field(_)) => return Split::Never,
                    };
                    let end = match next {
                        None => message.len(),
                        // The closing piece ends the message: the field runs up to it.
                        Some(text) if index + 2 == self.parts.len() => {
                            if !rest.ends_with(text) {
                                return Split::Failed { last_choice };
                            }
                            message.len() - text.len()
                        }
                        Some(text) => {
                            let from = self.resume[slot].unwrap_or(at);
                            let Some(found) = message.get(from..).and_then(|tail| tail.find(text))
                            else {
                                // This slot has no split left: the one before it moves on.
                                self.resume[slot] = None;
                                return Split::Failed { last_choice };
                            };
                            self.resume[slot] = Some(from + found);
                            last_choice = Some(slot);
                            from + found
                        }
                    };
                    captures[slot] = &message[at..end];
                    read += 1;
                    at = end;
                }
                TemplatePart::Field(_) => return Split::Never,
            }
        }
        if at == message.len() {
            Split::Read {
                captures,
                last_choice,
            }
        } else {
            Split::Failed { last_choice }
        }
    }

    /// Moves the end of `slot`'s first placeholder to the next occurrence of the literal after
    /// it, and the later slots back to their first; with no slot, nothing is left to try.
    fn advance(&mut self, slot: Option<usize>) {
        let Some(slot) = slot else {
            self.tries_left = 0;
            return;
        };
        if let Some(end) = self.resume[slot] {
            let width = self.message[end..].chars().next().map_or(1, char::len_utf8);
            self.resume[slot] = Some(end + width);
        }
        for later in &mut self.resume[slot + 1..] {
            *later = None;
        }
    }
}

enum Split<'m, const N: usize> {
    Read {
        captures: [&'m str; N],
        last_choice: Option<usize>,
    },
    Failed {
        last_choice: Option<usize>,
    },
    /// The template cannot be read at all (adjacent placeholders, more slots than `N`).
    Never,
}

impl<'m, const N: usize> Iterator for Readings<'m, N> {
    type Item = [&'m str; N];

    fn next(&mut self) -> Option<Self::Item> {
        while self.tries_left > 0 {
            self.tries_left -= 1;
            match self.split() {
                Split::Read {
                    captures,
                    last_choice,
                } => {
                    self.advance(last_choice);
                    return Some(captures);
                }
                Split::Failed { last_choice } => self.advance(last_choice),
                Split::Never => self.tries_left = 0,
            }
        }
        None
    }
}

/// Writes `parts` with each placeholder replaced by the field of its slot in `fields`.
///
/// Each field is written as its own Display writes it, whatever the formatter asks for. A width
/// or a precision (`{error:>30}`, `{error:.20}`) applies to the whole message, as it does to a
/// `str`.
///
/// # Errors
///
/// When the formatter fails.
pub fn write_template(
    formatter: &mut fmt::Formatter<'_>,
    parts: &[TemplatePart],
    fields: &[&dyn fmt::Display],
) -> fmt::Result {
    if formatter.width().is_none() && formatter.precision().is_none() {
        return write_parts(formatter, parts, fields);
    }
    let mut message = String::new();
    write_parts(&mut message, parts, fields)?;
    formatter.pad(&message)
}

fn write_parts(
    out: &mut dyn fmt::Write,
    parts: &[TemplatePart],
    fields: &[&dyn fmt::Display],
) -> fmt::Result {
    for part in parts {
        match *part {
            TemplatePart::Literal(text) => out.write_str(text)?,
            // A fresh formatter: the field is written without the message's flags.
            TemplatePart::Field(slot) => {
                if let Some(field) = fields.get(slot) {
                    out.write_fmt(format_args!("{field}"))?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::fmt;

    use super::{READINGS_TRIED, Readings, TemplatePart, write_template};

    const MISSING: &[TemplatePart] = &[
        TemplatePart::Literal("A required parameter '"),
        TemplatePart::Field(0),
        TemplatePart::Literal("' is not supplied."),
    ];

    /// `{0} of {1}`.
    const OF: &[TemplatePart] = &[
        TemplatePart::Field(0),
        TemplatePart::Literal(" of "),
        TemplatePart::Field(1),
    ];

    fn readings<'m, const N: usize>(
        parts: &'static [TemplatePart],
        message: &'m str,
    ) -> Vec<[&'m str; N]> {
        Readings::<N>::new(parts, message).collect()
    }

    #[test]
    fn captures_the_placeholder_between_literals() {
        assert_eq!(
            readings::<1>(MISSING, "A required parameter 'vpcId' is not supplied."),
            [["vpcId"]]
        );
    }

    #[test]
    fn a_closing_literal_that_also_appears_inside_the_field_still_matches() {
        assert_eq!(
            readings::<1>(
                MISSING,
                "A required parameter 'a' is not supplied.' is not supplied."
            ),
            [["a' is not supplied."]]
        );
    }

    #[test]
    fn rejects_a_message_of_another_shape() {
        assert!(readings::<1>(MISSING, "Missing vpcId").is_empty());
        assert!(readings::<1>(MISSING, "A required parameter 'x' is not supplied").is_empty());
        assert!(readings::<2>(OF, "no literal here").is_empty());
    }

    #[test]
    fn every_occurrence_of_the_next_literal_is_a_split_first_one_first() {
        assert_eq!(
            readings::<2>(OF, "a of b of 80"),
            [["a", "b of 80"], ["a of b", "80"]]
        );
        // Occurrences that overlap are splits too.
        const AA: &[TemplatePart] = &[
            TemplatePart::Field(0),
            TemplatePart::Literal("aa"),
            TemplatePart::Field(1),
        ];
        assert_eq!(readings::<2>(AA, "xaaay"), [["x", "ay"], ["xa", "y"]]);
    }

    #[test]
    fn splits_of_several_fields_are_tried_in_order_of_the_first() {
        const THREE: &[TemplatePart] = &[
            TemplatePart::Field(0),
            TemplatePart::Literal("-"),
            TemplatePart::Field(1),
            TemplatePart::Literal("-"),
            TemplatePart::Field(2),
        ];
        assert_eq!(
            readings::<3>(THREE, "a-b-c-d"),
            [["a", "b", "c-d"], ["a", "b-c", "d"], ["a-b", "c", "d"]]
        );
    }

    #[test]
    fn a_field_written_twice_reads_the_same_text_at_both_places() {
        const TWICE: &[TemplatePart] = &[
            TemplatePart::Field(0),
            TemplatePart::Literal(" and again "),
            TemplatePart::Field(0),
            TemplatePart::Literal("."),
        ];
        assert!(readings::<1>(TWICE, "x and again y.").is_empty());
        assert_eq!(readings::<1>(TWICE, "x and again x."), [["x"]]);
        assert_eq!(
            readings::<1>(TWICE, "x and again x and again x and again x."),
            [["x and again x"]]
        );
    }

    #[test]
    fn adjacent_placeholders_never_match() {
        const ADJACENT: &[TemplatePart] = &[TemplatePart::Field(0), TemplatePart::Field(1)];
        assert!(readings::<2>(ADJACENT, "ab").is_empty());
    }

    #[test]
    fn a_field_beside_its_own_repeat_never_matches() {
        const DOUBLED: &[TemplatePart] = &[TemplatePart::Field(0), TemplatePart::Field(0)];
        assert!(readings::<1>(DOUBLED, "abab").is_empty());
    }

    #[test]
    fn more_slots_than_placeholders_leave_the_rest_empty() {
        assert_eq!(
            readings::<3>(MISSING, "A required parameter 'vpcId' is not supplied."),
            [["vpcId", "", ""]]
        );
        assert!(readings::<0>(&[TemplatePart::Field(0)], "x").is_empty());
    }

    #[test]
    fn a_message_with_many_splits_is_tried_a_bounded_number_of_times() {
        let message = format!("{}80", "a of ".repeat(1_000));
        assert_eq!(readings::<2>(OF, &message).len(), READINGS_TRIED);
    }

    struct Written<'a>(&'a [TemplatePart], &'a [&'a dyn fmt::Display]);

    impl fmt::Display for Written<'_> {
        fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_template(formatter, self.0, self.1)
        }
    }

    #[test]
    fn writes_each_slot_at_its_places() {
        assert_eq!(
            Written(MISSING, &[&"vpcId"]).to_string(),
            "A required parameter 'vpcId' is not supplied."
        );
        assert_eq!(Written(OF, &[&80, &"lb-1"]).to_string(), "80 of lb-1");
        const TWICE: &[TemplatePart] = &[
            TemplatePart::Field(0),
            TemplatePart::Literal("/"),
            TemplatePart::Field(0),
        ];
        assert_eq!(Written(TWICE, &[&"a"]).to_string(), "a/a");
        assert_eq!(Written(&[], &[]).to_string(), "");
    }

    #[test]
    fn a_format_spec_applies_to_the_message_and_never_to_a_field() {
        let written = Written(OF, &[&7, &"lb-1"]);
        assert_eq!(format!("{written:>12}"), "   7 of lb-1");
        assert_eq!(format!("{written:-<10.6}"), "7 of l----");
        assert_eq!(format!("{written:+}"), "7 of lb-1");
        assert_eq!(format!("{written:05}"), "7 of lb-1");
    }
}
