//! What an error response is, once read: a service error, or a body that is not an error body.

use std::fmt;

use crate::{MalformedResponse, ServiceError};

/// An error response, read by [`parse_error_response`](crate::parse_error_response).
#[derive(Debug, Clone, PartialEq, Eq)]
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
        match self {
            Self::Service(error) => error.is_retryable(),
            Self::Malformed(error) => error.is_retryable(),
        }
    }
}

impl<E> fmt::Display for ResponseError<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Service(error) => fmt::Display::fmt(error, formatter),
            Self::Malformed(error) => fmt::Display::fmt(error, formatter),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for ResponseError<E> {
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
