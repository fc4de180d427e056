//! What an error response is, once read: a service error, or a body that is not an error body.

use std::borrow::Cow;
use std::fmt;

use crate::{ApiError, CatalogueEntry, MalformedResponse, ResponseHeaders, Retry};

/// An error response, read by [`parse_error_response`](crate::parse_error_response): what every
/// failed call gives, whether or not its body could be read.
///
/// [`code`](Self::code) and [`message`](Self::message) reach the server's code and message without
/// a match, so that a code the catalogue `E` does not have yet is tested as
/// `error.code() == Some("NewCode")` (which keeps working once the catalogue gains the code, where a
/// match on the unknown variant would stop matching).
///
/// The names against the AWS SDK for Rust's `SdkError`: its `ServiceError` (a response with an
/// error body) is our [`ServiceError`], and its `ResponseError` (a response that could not be
/// parsed) is our [`MalformedResponse`]. `ResponseError` here is the enum of the two.
///
/// ```
/// use blb_errors::{BlbError, ResponseError, parse_error_response};
///
/// let body = br#"{"requestId":"r-1","code":"Blb.SomethingNew","message":"Something new."}"#;
/// let error: ResponseError<BlbError> = parse_error_response(409, None, body);
/// assert_eq!(error.code(), Some("Blb.SomethingNew"));
/// assert_eq!(error.message(), Some("Something new."));
///
/// let gateway: ResponseError<BlbError> = parse_error_response(502, None, b"<html>Bad Gateway</html>");
/// assert_eq!((gateway.code(), gateway.message()), (None, None));
/// ```
///
/// It is `#[non_exhaustive]`: a `match` on it ends with a `_` arm.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ResponseError<E> {
    /// The body is an error body: the service's error, typed where `E` knows the code.
    Service(ServiceError<E>),
    /// The body is not an error body; the status, the request id header and the start of the
    /// body are kept.
    Malformed(MalformedResponse),
}

impl<E> ResponseError<E> {
    /// The HTTP status of the response.
    #[must_use]
    pub fn status(&self) -> u16 {
        match self {
            Self::Service(error) => error.status(),
            Self::Malformed(error) => error.status(),
        }
    }

    /// The request id: the body's, or else the header's.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Service(error) => error.request_id(),
            Self::Malformed(error) => error.request_id(),
        }
    }

    /// The `x-bce-debug-id` header, when the response was read with its headers.
    #[must_use]
    pub fn debug_id(&self) -> Option<&str> {
        self.headers().debug_id()
    }

    /// The response's headers, when it was read with them
    /// ([`parse_error_response_with_headers`](crate::parse_error_response_with_headers)); else none.
    #[must_use]
    pub fn headers(&self) -> &ResponseHeaders {
        match self {
            Self::Service(error) => error.headers(),
            Self::Malformed(error) => error.headers(),
        }
    }

    /// The typed error, when the body was well formed and `E` has a value for the code.
    #[must_use]
    pub fn error(&self) -> Option<&E> {
        match self {
            Self::Service(error) => error.error(),
            Self::Malformed(_) => None,
        }
    }

    /// Whether the request may succeed when sent again (see [`ServiceError::is_retryable`] and
    /// [`MalformedResponse::is_retryable`]).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// How the request may succeed when sent again ([`ServiceError::retry`],
    /// [`MalformedResponse::retry`]).
    #[must_use]
    pub fn retry(&self) -> Retry {
        match self {
            Self::Service(error) => error.retry(),
            Self::Malformed(error) => error.retry(),
        }
    }
}

impl<E: ApiError> ResponseError<E> {
    /// The server's error code ([`ServiceError::code`]); for a malformed body, a gateway's
    /// `x-bce-error-code` header ([`MalformedResponse::code`]), or `None`.
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Service(error) => Some(error.code()),
            Self::Malformed(error) => error.code(),
        }
    }

    /// The server's message ([`ServiceError::message`]); for a malformed body, a gateway's
    /// `x-bce-error-message` header ([`MalformedResponse::message`]), or `None`.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        match self {
            Self::Service(error) => Some(error.message()),
            Self::Malformed(error) => error.message(),
        }
    }
}

impl<E: ApiError> fmt::Display for ResponseError<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Service(error) => fmt::Display::fmt(error, formatter),
            Self::Malformed(error) => fmt::Display::fmt(error, formatter),
        }
    }
}

impl<E: ApiError + 'static> std::error::Error for ResponseError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Service(error) => error.source(),
            Self::Malformed(error) => error.source(),
        }
    }
}

impl<E> From<ServiceError<E>> for ResponseError<E> {
    fn from(error: ServiceError<E>) -> Self {
        Self::Service(error)
    }
}

impl<E> From<MalformedResponse> for ResponseError<E> {
    fn from(error: MalformedResponse) -> Self {
        Self::Malformed(error)
    }
}

/// An error response with a well-formed body, as [`parse_error_response`](crate::parse_error_response)
/// reads it: the typed error where the catalogue `E` knows the code, and always the server's own
/// code, message, status and request id.
///
/// What the server said wins: [`status`](Self::status), [`code`](Self::code) and
/// [`message`](Self::message) are the response's, even when the catalogue gives another status
/// ([`catalogue_status`](Self::catalogue_status)) or another wording.
///
/// It does not implement [`ApiError`]: its `Display` is a one-line report for logs (code, message,
/// status, request id), while an `ApiError`'s `Display` is its message alone, which
/// [`ErrorBody`](crate::ErrorBody) writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceError<E> {
    error: Option<E>,
    entry: Option<&'static CatalogueEntry>,
    // The server's code and message, or `None` where the typed error holds both as the server
    // wrote them (a value for an unknown code): they are not kept twice. Borrowed from the
    // catalogue where the server's text is the catalogue's.
    texts: Option<(Cow<'static, str>, Cow<'static, str>)>,
    status: u16,
    request_id: Option<Box<str>>,
    headers: ResponseHeaders,
}

impl<E: ApiError> ServiceError<E> {
    /// What a server meant by `code`, `message` and `status`, typed by `E` where it can be.
    #[must_use]
    #[inline]
    pub fn new(code: &str, message: &str, status: u16, request_id: Option<&str>) -> Self {
        let error = E::from_wire(code, message, status);
        // The value knows its entry without a second look-up; a known code whose message did not
        // follow the template has no value, but still has an entry.
        let entry = match &error {
            Some(error) => error.entry(),
            None => E::lookup(code),
        };
        let texts = match (entry, &error) {
            (Some(entry), _) => Some((
                Cow::Borrowed(entry.code()),
                if entry.template() == message && !entry.has_placeholders() {
                    Cow::Borrowed(entry.template())
                } else {
                    Cow::Owned(message.to_owned())
                },
            )),
            (None, Some(error)) if holds(error, code, message) => None,
            (None, _) => Some((Cow::Owned(code.to_owned()), Cow::Owned(message.to_owned()))),
        };
        Self {
            error,
            entry,
            texts,
            status,
            request_id: request_id.map(Box::from),
            headers: ResponseHeaders::new(),
        }
    }

    /// The server's error code.
    #[must_use]
    pub fn code(&self) -> &str {
        match (&self.texts, &self.error) {
            (Some((code, _)), _) => code,
            (None, Some(error)) => error.code(),
            // `new` keeps the texts where there is no value.
            (None, None) => "",
        }
    }

    /// The server's message, as it wrote it.
    #[must_use]
    pub fn message(&self) -> &str {
        if let Some((_, message)) = &self.texts {
            return message;
        }
        match self.error.as_ref().map(ApiError::message) {
            Some(Cow::Borrowed(message)) => message,
            // `new` keeps the texts unless the value gives both back, the message borrowed.
            _ => "",
        }
    }
}

/// Whether `error` gives back `code` and `message` as they are, the message borrowed from it.
fn holds<E: ApiError>(error: &E, code: &str, message: &str) -> bool {
    error.code() == code && matches!(error.message(), Cow::Borrowed(held) if held == message)
}

impl<E> ServiceError<E> {
    /// The typed error: `None` when `E` has no value for the code (the code is unknown and `E` has
    /// no `#[api(unknown)]` variant, or the message did not follow the template of a variant with
    /// fields).
    #[must_use]
    pub fn error(&self) -> Option<&E> {
        self.error.as_ref()
    }

    /// The typed error, taken out.
    #[must_use]
    pub fn into_error(self) -> Option<E> {
        self.error
    }

    /// The catalogue entry of the code, or `None` for a code the catalogue does not know.
    #[must_use]
    pub fn entry(&self) -> Option<&'static CatalogueEntry> {
        self.entry
    }

    /// The HTTP status of the response.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The status the catalogue gives for the code, which a server may not follow; `None` for a
    /// code the catalogue does not know.
    #[must_use]
    pub fn catalogue_status(&self) -> Option<u16> {
        self.entry.map(CatalogueEntry::status)
    }

    /// The request id: the body's `requestId` when it is not empty, or else the `x-bce-request-id`
    /// header's.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The `x-bce-debug-id` header, when the response was read with its headers.
    #[must_use]
    pub fn debug_id(&self) -> Option<&str> {
        self.headers.debug_id()
    }

    /// The response's headers, when it was read with them
    /// ([`parse_error_response_with_headers`](crate::parse_error_response_with_headers)); else none.
    #[must_use]
    pub fn headers(&self) -> &ResponseHeaders {
        &self.headers
    }

    pub(crate) fn with_headers(self, headers: ResponseHeaders) -> Self {
        Self { headers, ..self }
    }

    /// Whether the request may succeed when sent again: the catalogue marks the code retryable,
    /// or the code is unknown and the status is 429, 500, 502, 503 or 504.
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// How the request may succeed when sent again: the catalogue entry's advice
    /// ([`CatalogueEntry::retry`]), or for a code the catalogue does not know, the status's
    /// ([`Retry::for_status`]); a throttled one waits as long as its `Retry-After` header asks.
    #[must_use]
    pub fn retry(&self) -> Retry {
        self.entry
            .map_or_else(|| Retry::for_status(self.status), CatalogueEntry::retry)
            .with_retry_after(self.headers.retry_after())
    }
}

impl<E: ApiError> fmt::Display for ServiceError<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{}: {} (status {}, request id {}",
            self.code(),
            self.message(),
            self.status,
            self.request_id().unwrap_or("none")
        )?;
        if let Some(debug_id) = self.debug_id() {
            write!(formatter, ", debug id {debug_id}")?;
        }
        formatter.write_str(")")
    }
}

impl<E: ApiError + 'static> std::error::Error for ServiceError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.error
            .as_ref()
            .map(|error| error as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;
    use std::fmt;

    use super::ServiceError;
    use crate::{ApiError, CatalogueEntry};

    /// A hand-written catalogue with no codes whose value for any code says something else than
    /// the server did: the code in lowercase and a message of its own.
    #[derive(Debug, Clone, PartialEq, Eq)]
    struct Retold(String);

    impl fmt::Display for Retold {
        fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
            formatter.write_str("retold")
        }
    }

    impl std::error::Error for Retold {}

    impl ApiError for Retold {
        fn status(&self) -> u16 {
            500
        }
        fn code(&self) -> &str {
            &self.0
        }
        fn message(&self) -> Cow<'_, str> {
            Cow::Owned(self.to_string())
        }
        fn entry(&self) -> Option<&'static CatalogueEntry> {
            None
        }
        fn is_retryable(&self) -> bool {
            false
        }
        fn catalogue() -> &'static [CatalogueEntry] {
            &[]
        }
        fn lookup(_: &str) -> Option<&'static CatalogueEntry> {
            None
        }
        fn from_code(_: &str) -> Option<Self> {
            None
        }
        fn from_wire(code: &str, _: &str, _: u16) -> Option<Self> {
            Some(Self(code.to_lowercase()))
        }
    }

    #[test]
    fn the_servers_texts_are_kept_where_the_typed_error_does_not_give_them_back() {
        for code in ["Blb.New", "blb.new"] {
            let error = ServiceError::<Retold>::new(code, "Something new.", 503, None);
            assert_eq!(error.error(), Some(&Retold("blb.new".to_owned())));
            assert_eq!((error.code(), error.message()), (code, "Something new."));
        }
    }
}
