//! What a call to a BCE API gives when it fails: no usable response, a service error, or an error
//! response whose body is not an error body.

use std::error::Error;
use std::fmt;

use crate::{ApiError, MalformedResponse, ResponseError, ResponseHeaders, Retry, ServiceError};

/// Every way a call to a BCE API fails, as one error: made by
/// [`BceResponseExt`](crate::reqwest::BceResponseExt) from what reqwest gives.
///
/// [`code`](Self::code), [`status`](Self::status), [`request_id`](Self::request_id),
/// [`debug_id`](Self::debug_id) and [`retry`](Self::retry) answer without a match; `Display` is
/// one line with the code, message, status and request id where there are any.
///
/// It is `#[non_exhaustive]`: a `match` on it ends with a `_` arm.
#[derive(Debug)]
#[non_exhaustive]
pub enum ClientError<E> {
    /// No error response to read: connecting failed, the time ran out, the connection broke, or a
    /// success body is not the JSON asked for.
    Transport(TransportError),
    /// The service answered with an error body: its error, typed where `E` knows the code.
    Service(ServiceError<E>),
    /// The service (or a gateway) answered with an error status and a body that is not an error
    /// body, such as a gateway's HTML page.
    Malformed(MalformedResponse),
}

impl<E> ClientError<E> {
    /// The HTTP status, when a response came.
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        match self {
            Self::Transport(error) => error.status(),
            Self::Service(error) => Some(error.status()),
            Self::Malformed(error) => Some(error.status()),
        }
    }

    /// The request id: an error body's, or else the `x-bce-request-id` header's.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Self::Transport(error) => error.request_id(),
            Self::Service(error) => error.request_id(),
            Self::Malformed(error) => error.request_id(),
        }
    }

    /// The `x-bce-debug-id` header, when a response came with one.
    #[must_use]
    pub fn debug_id(&self) -> Option<&str> {
        self.headers().debug_id()
    }

    /// The response's headers; none when no response came.
    #[must_use]
    pub fn headers(&self) -> &ResponseHeaders {
        match self {
            Self::Transport(error) => error.headers(),
            Self::Service(error) => error.headers(),
            Self::Malformed(error) => error.headers(),
        }
    }

    /// The typed error of a service error, when `E` has a value for the code.
    #[must_use]
    pub fn error(&self) -> Option<&E> {
        match self {
            Self::Service(error) => error.error(),
            _ => None,
        }
    }

    /// How the call may succeed when made again: connecting, a timeout and a broken connection
    /// are transient ([`Retry::Backoff`]); a service error says so itself
    /// ([`ServiceError::retry`]); a malformed response by its status
    /// ([`MalformedResponse::retry`]).
    ///
    /// A request that timed out or lost its connection may have been carried out: send such a
    /// request again only when doing it twice is harmless (a read, or a create with the same
    /// `clientToken`).
    #[must_use]
    pub fn retry(&self) -> Retry {
        match self {
            Self::Transport(error) => error.retry(),
            Self::Service(error) => error.retry(),
            Self::Malformed(error) => error.retry(),
        }
    }

    /// Whether the call may succeed when made again ([`retry`](Self::retry)).
    #[must_use]
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }
}

impl<E: ApiError> ClientError<E> {
    /// The server's error code, or a gateway's `x-bce-error-code` header; `None` for a transport
    /// error.
    #[must_use]
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Transport(_) => None,
            Self::Service(error) => Some(error.code()),
            Self::Malformed(error) => error.code(),
        }
    }

    /// The server's message, or a gateway's `x-bce-error-message` header; `None` for a transport
    /// error.
    #[must_use]
    pub fn message(&self) -> Option<&str> {
        match self {
            Self::Transport(_) => None,
            Self::Service(error) => Some(error.message()),
            Self::Malformed(error) => error.message(),
        }
    }
}

impl<E: ApiError> fmt::Display for ClientError<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Transport(error) => fmt::Display::fmt(error, formatter),
            Self::Service(error) => fmt::Display::fmt(error, formatter),
            Self::Malformed(error) => fmt::Display::fmt(error, formatter),
        }
    }
}

impl<E: ApiError + 'static> Error for ClientError<E> {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        match self {
            Self::Transport(error) => error.source(),
            Self::Service(error) => error.source(),
            Self::Malformed(error) => error.source(),
        }
    }
}

impl<E> From<ResponseError<E>> for ClientError<E> {
    fn from(error: ResponseError<E>) -> Self {
        match error {
            ResponseError::Service(error) => Self::Service(error),
            ResponseError::Malformed(error) => Self::Malformed(error),
        }
    }
}

impl<E> From<ServiceError<E>> for ClientError<E> {
    fn from(error: ServiceError<E>) -> Self {
        Self::Service(error)
    }
}

impl<E> From<MalformedResponse> for ClientError<E> {
    fn from(error: MalformedResponse) -> Self {
        Self::Malformed(error)
    }
}

impl<E> From<TransportError> for ClientError<E> {
    fn from(error: TransportError) -> Self {
        Self::Transport(error)
    }
}

/// A call that gave no error response to read: what failed ([`kind`](Self::kind)), the URL, and,
/// when a response had begun, its status and headers. The HTTP client's own error is the
/// [`source`](Error::source).
#[derive(Debug)]
pub struct TransportError {
    kind: TransportKind,
    url: Option<Box<str>>,
    status: Option<u16>,
    headers: ResponseHeaders,
    source: Box<dyn Error + Send + Sync>,
}

/// What failed in a [`TransportError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TransportKind {
    /// No connection could be made (refused, unreachable, a name that does not resolve, TLS).
    Connect,
    /// The time the client allows ran out.
    Timeout,
    /// The connection broke after it was made, before a response came.
    Connection,
    /// The connection broke while the body was read.
    Body,
    /// A success body, read whole, is not the JSON the call asked for.
    Decode,
    /// Anything else the HTTP client refused, such as a request it could not build or a redirect
    /// loop.
    Other,
}

impl TransportError {
    pub(crate) fn new(
        kind: TransportKind,
        source: impl Into<Box<dyn Error + Send + Sync>>,
        url: Option<&str>,
        response: Option<(u16, ResponseHeaders)>,
    ) -> Self {
        let (status, headers) = match response {
            Some((status, headers)) => (Some(status), headers),
            None => (None, ResponseHeaders::new()),
        };
        Self {
            kind,
            url: url.map(Box::from),
            status,
            headers,
            source: source.into(),
        }
    }

    /// What failed.
    #[must_use]
    pub fn kind(&self) -> TransportKind {
        self.kind
    }

    /// The URL called, when the client knows it.
    #[must_use]
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// The status of the response, when one had begun (a body cut off, or not the JSON asked for).
    #[must_use]
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The `x-bce-request-id` header, when a response had begun.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.headers.request_id()
    }

    /// The `x-bce-debug-id` header, when a response had begun.
    #[must_use]
    pub fn debug_id(&self) -> Option<&str> {
        self.headers.debug_id()
    }

    /// The response's headers, when one had begun; else none.
    #[must_use]
    pub fn headers(&self) -> &ResponseHeaders {
        &self.headers
    }

    /// [`Retry::Backoff`] for what may pass (connecting, a timeout, a broken connection or body);
    /// [`Retry::Never`] for a body of the wrong shape and for what the client refused.
    #[must_use]
    pub fn retry(&self) -> Retry {
        match self.kind {
            TransportKind::Connect
            | TransportKind::Timeout
            | TransportKind::Connection
            | TransportKind::Body => Retry::Backoff,
            TransportKind::Decode | TransportKind::Other => Retry::Never,
        }
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let url = self.url.as_deref().unwrap_or("the server");
        match self.kind {
            TransportKind::Connect => write!(formatter, "could not connect to {url}")?,
            TransportKind::Timeout => write!(formatter, "timed out calling {url}")?,
            TransportKind::Connection => {
                write!(formatter, "the connection to {url} broke before a response")?;
            }
            TransportKind::Body => {
                write!(
                    formatter,
                    "the connection to {url} broke while reading the body"
                )?;
            }
            TransportKind::Decode => {
                write!(formatter, "the body from {url} is not the JSON expected")?;
            }
            TransportKind::Other => write!(formatter, "the call to {url} failed")?,
        }
        if let Some(status) = self.status {
            write!(
                formatter,
                " (status {status}, request id {}",
                self.request_id().unwrap_or("none")
            )?;
            if let Some(debug_id) = self.debug_id() {
                write!(formatter, ", debug id {debug_id}")?;
            }
            formatter.write_str(")")?;
        }
        Ok(())
    }
}

impl Error for TransportError {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&*self.source)
    }
}
