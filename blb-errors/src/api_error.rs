//! The trait every derived error type implements.

use std::borrow::Cow;

use crate::{CatalogueEntry, Retry};

/// A typed API error: an HTTP status, a code string and a message, with its catalogue.
///
/// Implement it with `#[derive(ApiError)]`; the trait and the derive share the name, so
/// `use blb_errors::ApiError;` brings both.
///
/// One trait for both sides of a catalogue, so that one import serves: the methods that take
/// `&self` describe a value and work on trait objects (`&dyn ApiError`); the catalogue methods
/// (`catalogue`, `lookup`, `from_code`, `from_wire`) describe the type and, bounded by
/// `Self: Sized` as [`Iterator`]'s adapters are, keep the trait object-safe.
///
/// A hand-written impl is allowed, for a wrapper or an adapter: it cannot make catalogue rows
/// of its own (rows come from the derive), so its `entry` borrows a derived catalogue's row or
/// answers `None`, and its `catalogue` is such a catalogue's or empty.
pub trait ApiError: std::error::Error {
    /// The HTTP status the service answers with, such as `404`.
    fn status(&self) -> u16;

    /// The error code, such as `"ListenerNotFound"`. For an unknown code, the server's code.
    fn code(&self) -> &str;

    /// The message with the variant's fields interpolated. Borrowed, and so free of allocation,
    /// when the message has no placeholder.
    fn message(&self) -> Cow<'_, str>;

    /// This value's catalogue entry, or `None` for a code the catalogue does not know.
    fn entry(&self) -> Option<&'static CatalogueEntry>;

    /// Whether the request may succeed when sent again: the variant is marked `#[api(retryable)]`
    /// or `#[api(retryable = ...)]`, or the code is unknown and its status is 429, 500, 502, 503
    /// or 504.
    fn is_retryable(&self) -> bool;

    /// How the request may succeed when sent again: the entry's advice
    /// ([`CatalogueEntry::retry`]), or, for a code the catalogue does not know, its status's
    /// ([`Retry::for_status`]).
    fn retry(&self) -> Retry {
        self.entry()
            .map_or_else(|| Retry::for_status(self.status()), CatalogueEntry::retry)
    }

    /// Every code of the type, in declaration order, composed catalogues included.
    fn catalogue() -> &'static [CatalogueEntry]
    where
        Self: Sized;

    /// The catalogue entry of a code string (case-sensitive), or `None` when the type does not
    /// know the code.
    fn lookup(code: &str) -> Option<&'static CatalogueEntry>
    where
        Self: Sized;

    /// The value of a code whose variant has no fields, or `None` when the code is unknown or its
    /// variant carries fields (use [`from_wire`](Self::from_wire) to recover those).
    fn from_code(code: &str) -> Option<Self>
    where
        Self: Sized;

    /// The value a server meant by `code`, `message` and `status`: fields are recovered from the
    /// message where the variant's template matches it, and an unknown code goes to the
    /// `#[api(unknown)]` variant. `None` when neither is possible.
    ///
    /// A field is read with its type's `FromStr`, and only from the text its value writes back
    /// (`80`, not `080` or `+80`), so that the value writes the server's message again. Where a
    /// field could end at several places (a name holding the text that follows it), each is
    /// tried, first one first, until every field reads; a field written twice must read the
    /// same at both places. So `from_wire(code, &value.to_string(), status)` gives `value` back
    /// whenever its message has no other reading. Not recovered, so `None` for a known code:
    /// a variant with a field the message does not name, a field whose type has no `FromStr` or
    /// uses one of the enum's type parameters (recovering it would need a `FromStr` bound on the
    /// whole impl), and a template with two placeholders side by side, which cannot be told
    /// apart.
    fn from_wire(code: &str, message: &str, status: u16) -> Option<Self>
    where
        Self: Sized;
}
