//! The error body a service answers with: `{"requestId":"…","code":"…","message":"…"}`.

use std::fmt::{self, Write as _};

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::ApiError;
use crate::escape::{EscapingWriter, push_escaped};

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
        out.extend_from_slice(b"{\"requestId\":\"");
        push_escaped(out, self.request_id);
        if let Some(tail) = self.static_tail() {
            out.extend_from_slice(tail.as_bytes());
            return;
        }
        out.extend_from_slice(b"\",\"code\":\"");
        push_escaped(out, self.error.code());
        out.extend_from_slice(b"\",\"message\":\"");
        // Writing into a Vec cannot fail; only a Display impl that errors on its own can.
        let _ = write!(EscapingWriter(out), "{}", self.error);
        out.extend_from_slice(b"\"}");
    }

    /// The body's JSON in a new buffer.
    #[must_use]
    pub fn to_vec(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(128);
        self.write_to(&mut out);
        out
    }

    /// The entry's pre-escaped `","code":…,"message":…}` when this value is exactly that entry's
    /// static message: the whole rest of the body in one copy.
    fn static_tail(&self) -> Option<&'static str> {
        let entry = self.error.entry()?;
        if entry.has_placeholders() || self.error.code() != entry.code() {
            return None;
        }
        // A static variant's message is borrowed from the entry, so the pointers usually agree
        // and the comparison costs nothing; an impl that answers another text falls back.
        let message = self.error.message();
        let same = std::ptr::eq(message.as_ptr(), entry.message().as_ptr())
            && message.len() == entry.message().len()
            || *message == *entry.message();
        same.then(|| entry.json_tail())
    }
}

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
