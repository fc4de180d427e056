//! One row of a catalogue: what the official error table says about a code.

use std::fmt;

use crate::__private::{RowRetry, TemplatePart};
use crate::Retry;

/// One error code of a catalogue, as the official table gives it.
///
/// Every type that derives [`ApiError`](crate::ApiError) has a `'static` slice of these, one per code
/// in declaration order (see [`ApiError::catalogue`](crate::ApiError::catalogue)). Entries are made
/// by the derive; the fields are read through the accessors.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct CatalogueEntry {
    code: &'static str,
    status: u16,
    /// The template, as written.
    message: &'static str,
    description: &'static str,
    retry: RowRetry,
    /// The message split at its placeholders; empty when it has none.
    parts: &'static [TemplatePart],
}

impl CatalogueEntry {
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(
        code: &'static str,
        status: u16,
        message: &'static str,
        description: &'static str,
        retry: RowRetry,
        parts: &'static [TemplatePart],
    ) -> Self {
        Self {
            code,
            status,
            message,
            description,
            retry,
            parts,
        }
    }

    /// The error code, such as `"ListenerNotFound"`.
    #[must_use]
    pub const fn code(&self) -> &'static str {
        self.code
    }

    /// The HTTP status the service answers with, such as `404`.
    #[must_use]
    pub const fn status(&self) -> u16 {
        self.status
    }

    /// The message template: the table's "Error description". Placeholders such as `{name}` stand
    /// where the variant's fields are interpolated; `{{` and `}}` are literal braces. A value's
    /// own message, fields in place, is [`ApiError::message`](crate::ApiError::message).
    #[must_use]
    pub const fn template(&self) -> &'static str {
        self.message
    }

    /// The message template, under its former name.
    #[deprecated(
        since = "0.1.0",
        note = "renamed `template`: it is the template, not a value's message (`ApiError::message`)"
    )]
    #[must_use]
    pub const fn message(&self) -> &'static str {
        self.message
    }

    /// The variant's doc comment: the table's "Semantics" column. Empty when undocumented.
    #[must_use]
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// Whether a request that failed with this code may succeed when sent again
    /// (`#[api(retryable)]`, or `#[api(retryable = ...)]`).
    #[must_use]
    pub const fn is_retryable(&self) -> bool {
        !matches!(self.retry, RowRetry::Never)
    }

    /// How a request that failed with this code may succeed: [`Retry::Backoff`] for
    /// `#[api(retryable)]`, the advice named by `#[api(retryable = ...)]`, [`Retry::Never`] for a
    /// code marked neither.
    #[must_use]
    pub const fn retry(&self) -> Retry {
        self.retry.advice()
    }

    /// Whether the message has placeholders for the variant's fields.
    #[must_use]
    pub const fn has_placeholders(&self) -> bool {
        !self.parts.is_empty()
    }

    /// The message split at its placeholders, for `Display` and `from_wire` of a templated variant.
    #[doc(hidden)]
    #[must_use]
    pub const fn __parts(&self) -> &'static [TemplatePart] {
        self.parts
    }
}

// The split template is an implementation detail: Debug shows the
// table's columns only.
impl fmt::Debug for CatalogueEntry {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("CatalogueEntry")
            .field("code", &self.code)
            .field("status", &self.status)
            .field("message", &self.message)
            .field("description", &self.description)
            .field("retry", &self.retry())
            .finish()
    }
}
