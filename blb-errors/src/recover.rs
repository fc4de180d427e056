//! Recovering a variant's fields from a server's message, by matching the message template.

use std::marker::PhantomData;
use std::str::FromStr;

/// One piece of a message template, as the derive splits it.
#[derive(Debug, Clone, Copy)]
pub enum TemplatePart {
    /// Text that must appear as it is (braces already unescaped).
    Literal(&'static str),
    /// A placeholder: the text a field's Display wrote.
    Field,
}

/// The text of each placeholder of `parts` in `message`, or `None` when the message does not
/// follow the template. Two placeholders with no text between them cannot be told apart, so such
/// a template never matches.
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
    (rest.is_empty() && captured == N).then_some(captures)
}

/// Parses a field from its text when the field's type implements [`FromStr`], and gives `None`
/// otherwise, without a bound on the type: `(&Recover::<T>::new()).recover(text)` picks
/// [`RecoverParse`] when it applies and falls back to [`RecoverFallback`].
pub struct Recover<T>(PhantomData<T>);

impl<T> Recover<T> {
    /// A recoverer for `T`.
    #[must_use]
    pub const fn new() -> Self {
        Self(PhantomData)
    }
}

impl<T> Default for Recover<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// The preferred path: the type parses from text.
pub trait RecoverParse<T> {
    /// `T` parsed from `text`, if it parses.
    fn recover(&self, text: &str) -> Option<T>;
}

impl<T: FromStr> RecoverParse<T> for Recover<T> {
    fn recover(&self, text: &str) -> Option<T> {
        text.parse().ok()
    }
}

/// The fallback, one auto-reference further: the field cannot be recovered.
pub trait RecoverFallback<T> {
    /// Always `None`.
    fn recover(&self, text: &str) -> Option<T>;
}

impl<T> RecoverFallback<T> for &Recover<T> {
    fn recover(&self, _text: &str) -> Option<T> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{TemplatePart, match_template};

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
}
