//! A code the catalogue does not know, kept whole.

use std::fmt;

/// An error code that is not in the catalogue, with everything the server said about it.
///
/// Hold it in a variant marked `#[api(unknown)]` so that parsing stays forward compatible when a
/// service adds codes: `code()`, `message()` and `status()` return the server's values.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    code: String,
    message: String,
    status: u16,
}

impl UnknownCode {
    /// A code the catalogue does not know, with the server's message and HTTP status.
    #[must_use]
    pub fn new(code: impl Into<String>, message: impl Into<String>, status: u16) -> Self {
        Self {
            code: code.into(),
            message: message.into(),
            status,
        }
    }

    /// The server's error code.
    #[must_use]
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The server's message.
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The HTTP status of the response.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// Unknown codes are retryable when the status says the server or a gateway failed
    /// (500, 502, 503, 504): see [`is_retryable_status`](crate::is_retryable_status).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        crate::retry::is_retryable_status(self.status)
    }
}

impl fmt::Display for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

impl std::error::Error for UnknownCode {}
