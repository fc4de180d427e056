//! A message template, split at its placeholders by the derive and kept in the catalogue entry
//! (`CatalogueEntry::__parts`): `Display` writes a templated variant from it, and `from_wire`
//! matches a server's message against it to recover the fields. One call for every templated
//! variant, reading the parts from the entry, rather than code of its own for each, which rustc
//! would compile again on every rebuild.

use std::fmt;

/// One piece of a message template, as the derive splits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TemplatePart {
    /// Text that must appear as it is (braces already unescaped).
    Literal(&'static str),
    /// A placeholder: the text a field's Display wrote.
    Field,
}

/// The text of each placeholder of `parts` in `message`, in order, or `None` when the message
/// does not follow the template. Two placeholders with no text between them cannot be told apart,
/// so such a template never matches. Up to `N` placeholders: `from_wire` matches every templated
/// variant with one `N`, the most any of them has, and the slots after the last are `""`.
#[must_use]
pub fn match_template<'m, const N: usize>(
    parts: &[TemplatePart],
    message: &'m str,
) -> Option<[&'m str; N]> {
    let mut captures = [""; N];
    let mut captured = 0;
    let mut rest = message;
    for (index, part) in parts.iter().enumerate() {
        match part {
            TemplatePart::Literal(text) => rest = rest.strip_prefix(text)?,
            TemplatePart::Field => {
                let end = match parts.get(index + 1) {
                    None => rest.len(),
                    // The last literal closes the message: the field runs up to it.
                    Some(TemplatePart::Literal(text)) if index + 2 == parts.len() => {
                        rest.strip_suffix(text)?.len()
                    }
                    Some(TemplatePart::Literal(text)) => rest.find(text)?,
                    Some(TemplatePart::Field) => return None,
                };
                *captures.get_mut(captured)? = &rest[..end];
                captured += 1;
                rest = &rest[end..];
            }
        }
    }
    rest.is_empty().then_some(captures)
}

/// Writes `parts` with the placeholders, in order, replaced by `fields`.
///
/// # Errors
///
/// When the formatter fails.
pub fn write_template(
    formatter: &mut fmt::Formatter<'_>,
    parts: &[TemplatePart],
    fields: &[&dyn fmt::Display],
) -> fmt::Result {
    let mut fields = fields.iter();
    for part in parts {
        match part {
            TemplatePart::Literal(text) => formatter.write_str(text)?,
            TemplatePart::Field => {
                if let Some(field) = fields.next() {
                    field.fmt(formatter)?;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::fmt;

    use super::{TemplatePart, match_template, write_template};

    const MISSING: &[TemplatePart] = &[
        TemplatePart::Literal("A required parameter '"),
        TemplatePart::Field,
        TemplatePart::Literal("' is not supplied."),
    ];

    #[test]
    fn captures_the_placeholder_between_literals() {
        let captured =
            match_template::<1>(MISSING, "A required parameter 'vpcId' is not supplied.");
        assert_eq!(captured, Some(["vpcId"]));
    }

    #[test]
    fn a_closing_literal_that_also_appears_inside_the_field_still_matches() {
        let captured = match_template::<1>(
            MISSING,
            "A required parameter 'a' is not supplied.' is not supplied.",
        );
        assert_eq!(captured, Some(["a' is not supplied."]));
    }

    #[test]
    fn rejects_a_message_of_another_shape() {
        assert_eq!(match_template::<1>(MISSING, "Missing vpcId"), None);
        assert_eq!(
            match_template::<1>(MISSING, "A required parameter 'x' is not supplied"),
            None
        );
    }

    #[test]
    fn adjacent_placeholders_never_match() {
        let parts = [TemplatePart::Field, TemplatePart::Field];
        assert_eq!(match_template::<2>(&parts, "ab"), None);
    }

    #[test]
    fn fields_between_literals_and_at_both_ends() {
        let parts = [
            TemplatePart::Field,
            TemplatePart::Literal(" of "),
            TemplatePart::Field,
        ];
        assert_eq!(
            match_template::<2>(&parts, "port 80 of lb-1"),
            Some(["port 80", "lb-1"])
        );
    }

    #[test]
    fn more_captures_than_placeholders_leave_the_rest_empty() {
        assert_eq!(
            match_template::<3>(MISSING, "A required parameter 'vpcId' is not supplied."),
            Some(["vpcId", "", ""])
        );
        assert_eq!(match_template::<0>(&[TemplatePart::Field], "x"), None);
    }

    struct Written<'a>(&'a [TemplatePart], &'a [&'a dyn fmt::Display]);

    impl fmt::Display for Written<'_> {
        fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            write_template(formatter, self.0, self.1)
        }
    }

    #[test]
    fn writes_the_fields_in_place() {
        assert_eq!(
            Written(MISSING, &[&"vpcId"]).to_string(),
            "A required parameter 'vpcId' is not supplied."
        );
        let parts = [
            TemplatePart::Field,
            TemplatePart::Literal(" of "),
            TemplatePart::Field,
        ];
        assert_eq!(Written(&parts, &[&80, &"lb-1"]).to_string(), "80 of lb-1");
        assert_eq!(Written(&[], &[]).to_string(), "");
    }
}
