//! Parsing a variant's fields from the text `template::Readings` captured for them.

use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

/// Parses a field from its text when the field's type implements [`FromStr`] (and `Display`, as a
/// field a message writes does), and gives `None` otherwise, without a bound on the type: `(&Recover::<T>::new()).__blb_errors_recover(text)`
/// picks [`RecoverParse`] when it applies and falls back to [`RecoverFallback`]. The choice needs
/// method syntax; the method's name is one no user trait in scope has.
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
    /// `T` parsed from `text`, if it parses and writes `text` back.
    fn __blb_errors_recover(&self, text: &str) -> Option<T>;
}

/// A field is read only from the text its value writes (`80`, not `080` or `+80`): then a value
/// read from a message writes that message again.
impl<T: FromStr + fmt::Display> RecoverParse<T> for Recover<T> {
    fn __blb_errors_recover(&self, text: &str) -> Option<T> {
        let value: T = text.parse().ok()?;
        writes(&value, text).then_some(value)
    }
}

/// The fallback, one auto-reference further: the field cannot be recovered.
pub trait RecoverFallback<T> {
    /// Always `None`.
    fn __blb_errors_recover(&self, text: &str) -> Option<T>;
}

impl<T> RecoverFallback<T> for &Recover<T> {
    fn __blb_errors_recover(&self, _text: &str) -> Option<T> {
        None
    }
}

/// Whether `value`'s Display writes exactly `text`, compared piece by piece as it is written.
fn writes(value: &dyn fmt::Display, text: &str) -> bool {
    struct Unwritten<'a>(&'a str);

    impl fmt::Write for Unwritten<'_> {
        fn write_str(&mut self, written: &str) -> fmt::Result {
            self.0 = self.0.strip_prefix(written).ok_or(fmt::Error)?;
            Ok(())
        }
    }

    let mut unwritten = Unwritten(text);
    fmt::write(&mut unwritten, format_args!("{value}")).is_ok() && unwritten.0.is_empty()
}

#[cfg(test)]
// Written as generated code writes the probe: the `&` is what lets the fallback apply.
#[allow(clippy::needless_borrow)]
mod tests {
    use super::{Recover, RecoverFallback as _, RecoverParse as _};

    #[test]
    fn a_field_reads_from_the_text_it_writes() {
        assert_eq!(
            (&Recover::<u16>::new()).__blb_errors_recover("80"),
            Some(80)
        );
        assert_eq!(
            (&Recover::<i64>::new()).__blb_errors_recover("-5"),
            Some(-5)
        );
        assert_eq!(
            (&Recover::<String>::new()).__blb_errors_recover("a b"),
            Some("a b".to_owned())
        );
        for other in ["080", "+80", " 80", "eighty", ""] {
            assert_eq!(
                (&Recover::<u16>::new()).__blb_errors_recover(other),
                None,
                "{other:?}"
            );
        }
        assert_eq!((&Recover::<i64>::new()).__blb_errors_recover("-0"), None);
        assert_eq!((&Recover::<bool>::new()).__blb_errors_recover("True"), None);
    }

    #[test]
    fn a_type_without_from_str_is_never_read() {
        assert_eq!((&Recover::<Vec<u8>>::new()).__blb_errors_recover("x"), None);
    }
}
