//! Parsing a variant's fields from the text `template::match_template` captured for them.

use std::marker::PhantomData;
use std::str::FromStr;

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
