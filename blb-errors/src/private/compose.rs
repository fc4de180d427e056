//! Building a composed catalogue at compile time, and checking it for codes given twice.

use std::borrow::Cow;
use std::error::Error;
use std::fmt;

use crate::__private::RowRetry;
use crate::{ApiError, CatalogueEntry};

/// A catalogue made by the derive: its rows as a constant, so that an enum holding another
/// (`#[api(transparent)]`) can compose both at compile time, and the catalogue's methods again.
/// Generated code reaches an included catalogue through this trait alone: a field of a type that
/// is not one fails this one bound, once, at the field's type, where reaching it through
/// `ApiError`, `Display` and this trait would fail each, at each use.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a catalogue made by `#[derive(ApiError)]`",
    label = "`#[api(transparent)]` includes an enum that derives `ApiError`",
    note = "include a derived catalogue itself, such as `Global(BceError)`; codes of no catalogue go to an `#[api(unknown)]` variant"
)]
pub trait ConstCatalogue: ApiError + Sized {
    /// Every code, in declaration order, included catalogues in their place.
    const ENTRIES: &'static [CatalogueEntry];

    #[inline]
    fn status(&self) -> u16 {
        ApiError::status(self)
    }

    #[inline]
    fn code(&self) -> &str {
        ApiError::code(self)
    }

    #[inline]
    fn message(&self) -> Cow<'_, str> {
        ApiError::message(self)
    }

    #[inline]
    fn entry(&self) -> Option<&'static CatalogueEntry> {
        ApiError::entry(self)
    }

    #[inline]
    fn is_retryable(&self) -> bool {
        ApiError::is_retryable(self)
    }

    #[inline]
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, formatter)
    }

    #[inline]
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Error::source(self)
    }

    #[inline]
    fn lookup(code: &str) -> Option<&'static CatalogueEntry> {
        <Self as ApiError>::lookup(code)
    }

    #[inline]
    fn from_code(code: &str) -> Option<Self> {
        <Self as ApiError>::from_code(code)
    }

    #[inline]
    fn from_wire(code: &str, message: &str, status: u16) -> Option<Self> {
        <Self as ApiError>::from_wire(code, message, status)
    }
}

/// `rows[start..end]`, in a constant.
#[must_use]
pub const fn rows(rows: &[CatalogueEntry], start: usize, end: usize) -> &[CatalogueEntry] {
    rows.split_at(end).0.split_at(start).1
}

pub(crate) const PLACEHOLDER: CatalogueEntry =
    CatalogueEntry::__new("", 0, "", "", RowRetry::Never, &[]);

/// The entries of `segments`, one after another, as an array of `N`.
#[must_use]
pub const fn compose<const N: usize>(segments: &[&[CatalogueEntry]]) -> [CatalogueEntry; N] {
    let mut composed = [PLACEHOLDER; N];
    let mut filled = 0;
    let mut segment = 0;
    while segment < segments.len() {
        let entries = segments[segment];
        let mut index = 0;
        while index < entries.len() {
            composed[filled] = entries[index];
            filled += 1;
            index += 1;
        }
        segment += 1;
    }
    assert!(
        filled == N,
        "blb-errors: composed catalogue length mismatch"
    );
    composed
}

const fn same_str(left: &str, right: &str) -> bool {
    let (left, right) = (left.as_bytes(), right.as_bytes());
    if left.len() != right.len() {
        return false;
    }
    let mut index = 0;
    while index < left.len() {
        if left[index] != right[index] {
            return false;
        }
        index += 1;
    }
    true
}

/// Whether `entries` has `code`.
#[must_use]
pub const fn contains_code(entries: &[CatalogueEntry], code: &str) -> bool {
    let mut index = 0;
    while index < entries.len() {
        if same_str(entries[index].code(), code) {
            return true;
        }
        index += 1;
    }
    false
}

/// The first code of `left` that `right` has too.
#[must_use]
pub const fn first_shared_code(
    left: &'static [CatalogueEntry],
    right: &'static [CatalogueEntry],
) -> Option<&'static str> {
    let mut index = 0;
    while index < left.len() {
        if contains_code(right, left[index].code()) {
            return Some(left[index].code());
        }
        index += 1;
    }
    None
}

/// The parts of [`duplicate_message`] around its three texts.
const DUPLICATE_PARTS: [&str; 4] = [
    "error code `",
    "` is in both `",
    "` and `",
    "`: each code may appear once in a composed catalogue",
];

/// A compile-time panic message; `panic!` in a constant takes one `&str` and no formatting. Its
/// `N` is the length of the text, computed beside it ([`duplicate_message_len`]), so that no text
/// is cut.
pub struct PanicMessage<const N: usize> {
    bytes: [u8; N],
    len: usize,
}

impl<const N: usize> PanicMessage<N> {
    const fn push(&mut self, text: &str) {
        let text = text.as_bytes();
        let mut index = 0;
        // `N` holds the whole text: the bound only keeps a wrong `N` from failing to index.
        while index < text.len() && self.len < N {
            self.bytes[self.len] = text[index];
            self.len += 1;
            index += 1;
        }
    }

    #[must_use]
    pub const fn as_str(&self) -> &str {
        let (used, _) = self.bytes.split_at(self.len);
        match core::str::from_utf8(used) {
            Ok(text) => text,
            Err(_) => "blb-errors: an error code is given twice in the composed catalogue",
        }
    }
}

/// The length of [`duplicate_message`] for `shared` (the code, when there is one) and the two type
/// names.
#[must_use]
pub const fn duplicate_message_len(shared: Option<&str>, left: &str, right: &str) -> usize {
    let code = match shared {
        Some(code) => code.len(),
        None => 0,
    };
    let mut len = code + left.len() + right.len();
    let mut part = 0;
    while part < DUPLICATE_PARTS.len() {
        len += DUPLICATE_PARTS[part].len();
        part += 1;
    }
    len
}

/// "error code `X` is in both `left` and `right`", for a duplicate found across catalogues, in a
/// buffer of [`duplicate_message_len`] bytes.
#[must_use]
pub const fn duplicate_message<const N: usize>(
    code: &str,
    left: &str,
    right: &str,
) -> PanicMessage<N> {
    let mut message = PanicMessage {
        bytes: [0; N],
        len: 0,
    };
    message.push(DUPLICATE_PARTS[0]);
    message.push(code);
    message.push(DUPLICATE_PARTS[1]);
    message.push(left);
    message.push(DUPLICATE_PARTS[2]);
    message.push(right);
    message.push(DUPLICATE_PARTS[3]);
    message
}

#[cfg(test)]
mod tests {
    use super::{duplicate_message, duplicate_message_len};

    #[test]
    fn the_duplicate_message_holds_long_codes_and_names_whole() {
        const CODE: &str = "cce.warning.AVeryLongErrorCodeThatAServiceMightReallyUseForItsErrors";
        const LEFT: &str =
            "some_company::cloud::services::container_engine::errors::ContainerEngineError";
        const RIGHT: &str =
            "some_company::cloud::services::object_storage::errors::ObjectStorageError<'static>";
        const LEN: usize = duplicate_message_len(Some(CODE), LEFT, RIGHT);
        let message = duplicate_message::<LEN>(CODE, LEFT, RIGHT);
        let expected = format!(
            "error code `{CODE}` is in both `{LEFT}` and `{RIGHT}`: each code may appear once in a composed catalogue"
        );
        assert!(
            expected.len() > 256,
            "the message is longer than a small fixed buffer"
        );
        assert_eq!(LEN, expected.len());
        assert_eq!(message.as_str(), expected);
    }

    #[test]
    fn a_multibyte_code_is_whole() {
        const LEN: usize = duplicate_message_len(Some("Zugriff.verweigert.é"), "A", "B");
        let message = duplicate_message::<LEN>("Zugriff.verweigert.é", "A", "B");
        assert_eq!(
            message.as_str(),
            "error code `Zugriff.verweigert.é` is in both `A` and `B`: each code may appear once in a composed catalogue"
        );
    }
}
