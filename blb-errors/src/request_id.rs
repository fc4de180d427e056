//! Request ids: the header that carries them, and new ones in the official form.

/// The response header that carries the request id, in lowercase as HTTP/2 requires.
pub const REQUEST_ID_HEADER: &str = "x-bce-request-id";

/// A new request id in the official form: a random (version 4) UUID, lowercase and hyphenated,
/// such as `ae2225f7-1c2e-427a-a1ad-5413b762957d`.
///
/// ```
/// let id = blb_errors::new_request_id();
/// assert_eq!(id.len(), 36);
/// assert_eq!(id.as_bytes()[14], b'4', "version 4");
/// ```
#[cfg(feature = "uuid")]
#[must_use]
pub fn new_request_id() -> String {
    uuid::Uuid::new_v4().hyphenated().to_string()
}
