//! Writing the error body a service answers with: `{"requestId":"…","code":"…","message":"…"}`,
//! its strings escaped by serde_json's rules ([`escape`](super::escape)).

use std::fmt::{self, Write as _};

use serde_core::ser::{Serialize, SerializeStruct, Serializer};

use crate::wire::escape::push_escaped;

use crate::{ApiError, CatalogueEntry};

/// The error body of a response, `{"requestId":"…","code":"…","message":"…"}` in that order,
/// borrowed from an error and a request id.
///
/// Two ways to the same bytes: [`write_to`](Self::write_to) writes straight into a buffer (the
/// fast path), and the [`Serialize`] impl goes through serde (any format, with the same keys).
/// The message is the error's `Display`, which for a derived type is its
/// [`message`](ApiError::message).
///
/// ```
/// use blb_errors::{BlbError, ErrorBody};
///
/// let error = BlbError::MissingParameter { name: "vpcId".into() };
/// let body = ErrorBody::new(&error, "ae2225f7-1c2e-427a-a1ad-5413b762957d").to_vec();
/// assert_eq!(
///     body,
///     br#"{"requestId":"ae2225f7-1c2e-427a-a1ad-5413b762957d","code":"MissingParameter","message":"A required parameter 'vpcId' is not supplied."}"#
/// );
/// assert_eq!(serde_json::to_vec(&ErrorBody::new(&error, "ae2225f7-1c2e-427a-a1ad-5413b762957d")).unwrap(), body);
/// ```
#[derive(Debug)]
pub struct ErrorBody<'a, E: ?Sized> {
    error: &'a E,
    request_id: &'a str,
}

// By hand: derived impls would require `E: Clone`, which `dyn ApiError` is not.
impl<E: ?Sized> Clone for ErrorBody<'_, E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E: ?Sized> Copy for ErrorBody<'_, E> {}

impl<'a, E: ApiError + ?Sized> ErrorBody<'a, E> {
    /// The body of `error`, answered to the request `request_id`.
    #[must_use]
    pub const fn new(error: &'a E, request_id: &'a str) -> Self {
        Self { error, request_id }
    }

    /// The error.
    #[must_use]
    pub const fn error(&self) -> &'a E {
        self.error
    }

    /// The request id.
    #[must_use]
    pub const fn request_id(&self) -> &'a str {
        self.request_id
    }

    /// Appends the body's JSON to `out`: the same bytes as serde_json gives for `self`.
    pub fn write_to(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(REQUEST_ID_KEY);
        push_escaped(out, self.request_id);
        out.extend_from_slice(CODE_KEY);
        push_escaped(out, self.error.code());
        out.extend_from_slice(MESSAGE_KEY);
        if self.is_templated() {
            // Writing into a Vec cannot fail; only a Display impl that errors on its own can.
            let _ = write!(EscapingWriter(out), "{}", self.error);
        } else {
            // Borrowed from the catalogue, for a derived type: no formatting, one scan and copy.
            push_escaped(out, &self.error.message());
        }
        out.extend_from_slice(END);
    }

    /// The body's JSON in a new buffer, allocated once: a static body's length is known up
    /// front, a templated one's is its template's plus room for the fields.
    #[must_use]
    pub fn to_vec(&self) -> Vec<u8> {
        // Text that needs escaping grows the buffer; the usual text never does.
        let message = match self.error.entry() {
            Some(entry) if entry.has_placeholders() => entry.template().len() + FIELD_ROOM,
            Some(entry) => entry.template().len(),
            None => self.error.message().len(),
        };
        let mut out = Vec::with_capacity(
            REQUEST_ID_KEY.len()
                + self.request_id.len()
                + CODE_KEY.len()
                + self.error.code().len()
                + MESSAGE_KEY.len()
                + message
                + END.len(),
        );
        self.write_to(&mut out);
        out
    }

    /// Whether the message is written from a template with fields in place.
    fn is_templated(&self) -> bool {
        self.error
            .entry()
            .is_some_and(CatalogueEntry::has_placeholders)
    }
}

const REQUEST_ID_KEY: &[u8] = b"{\"requestId\":\"";
const CODE_KEY: &[u8] = b"\",\"code\":\"";
const MESSAGE_KEY: &[u8] = b"\",\"message\":\"";
const END: &[u8] = b"\"}";

/// Room in a templated body for the fields, beyond the template's length: enough for the usual
/// parameter name or timestamp, so the body fits in its first allocation.
const FIELD_ROOM: usize = 64;

impl<E: ApiError + ?Sized> Serialize for ErrorBody<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut body = serializer.serialize_struct("ErrorBody", 3)?;
        body.serialize_field("requestId", self.request_id)?;
        body.serialize_field("code", self.error.code())?;
        body.serialize_field("message", &DisplayAsString(self.error))?;
        body.end()
    }
}

/// Serializes a value's `Display` as a string without building the `String` first.
struct DisplayAsString<'a, E: ?Sized>(&'a E);

impl<E: fmt::Display + ?Sized> Serialize for DisplayAsString<'_, E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self.0)
    }
}

/// A [`fmt::Write`] that escapes what is written into a byte buffer, so that a message with
/// placeholders goes through `Display` straight to the body, with no intermediate `String`.
struct EscapingWriter<'a>(&'a mut Vec<u8>);

impl fmt::Write for EscapingWriter<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        push_escaped(self.0, text);
        Ok(())
    }
}
