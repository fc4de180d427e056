//! A code the catalogue does not know, kept whole.

use std::fmt;

/// An error code that is not in the catalogue, with everything the server said about it.
///
/// Hold it in a variant marked `#[api(unknown)]` so that parsing stays forward compatible when a
/// service adds codes: `code()`, `message()` and `status()` return the server's values.
///
/// The code and the message in one allocation, beside the status: no larger than a `String`, so
/// that the enums holding it stay as small as their variants with a `String` field.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    /// The code, then the message.
    text: Box<str>,
    code_len: u32,
    status: u16,
}

impl UnknownCode {
    /// A code the catalogue does not know, with the server's message and HTTP status.
    ///
    /// # Panics
    ///
    /// When the code is 4 GiB long or longer.
    #[must_use]
    pub fn new(code: impl AsRef<str>, message: impl AsRef<str>, status: u16) -> Self {
        let (code, message) = (code.as_ref(), message.as_ref());
        let mut text = String::with_capacity(code.len() + message.len());
        text.push_str(code);
        text.push_str(message);
        Self {
            text: text.into_boxed_str(),
            code_len: u32::try_from(code.len()).expect("an error code shorter than 4 GiB"),
            status,
        }
    }

    /// The server's error code.
    #[must_use]
    pub fn code(&self) -> &str {
        self.text.split_at(self.code_len as usize).0
    }

    /// The server's message.
    #[must_use]
    pub fn message(&self) -> &str {
        self.text.split_at(self.code_len as usize).1
    }

    /// The HTTP status of the response.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Unknown codes are retryable when the status says the service throttles (429) or the
    /// server or a gateway failed (500, 502, 503, 504): see
    /// [`Retry::for_status`](crate::Retry::for_status).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        crate::retry::is_retryable_status(self.status)
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(self.message())
    }
}

/// The three things the server said, as a struct of them would show them.
impl fmt::Debug for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("UnknownCode")
            .field("code", &self.code())
            .field("message", &self.message())
            .field("status", &self.status())
            .finish()
    }
}

impl std::error::Error for UnknownCode {}

#[cfg(test)]
mod tests {
    use super::UnknownCode;
    use crate::{BceError, BlbError};

    #[test]
    fn the_texts_and_status_come_back_as_given() {
        let unknown = UnknownCode::new("Blb.New", "Something new: é.", 503);
        assert_eq!(
            (unknown.code(), unknown.message(), unknown.status()),
            ("Blb.New", "Something new: é.", 503)
        );
        assert_eq!(
            format!("{unknown:?}"),
            r#"UnknownCode { code: "Blb.New", message: "Something new: é.", status: 503 }"#
        );
        let empty = UnknownCode::new("", "", 500);
        assert_eq!((empty.code(), empty.message()), ("", ""));
        assert_ne!(
            UnknownCode::new("AB", "C", 500),
            UnknownCode::new("A", "BC", 500),
            "where the code ends is part of the value"
        );
    }

    #[test]
    fn the_catalogues_stay_small() {
        // No larger than a `String`, so the enums that hold it are as small as their largest
        // catalogued variant (a `String` field) and a tag allow.
        assert!(size_of::<UnknownCode>() <= size_of::<String>());
        let string_and_tag = size_of::<String>() + size_of::<usize>();
        assert!(size_of::<BceError>() <= string_and_tag);
        assert!(size_of::<BlbError>() <= string_and_tag);
    }
}
