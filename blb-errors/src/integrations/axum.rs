//! [`IntoResponse`] for errors, so an axum handler can answer `Result<_, ApiErrorResponse<E>>`.
//!
//! ```
//! use axum::response::IntoResponse;
//! use blb_errors::BlbError;
//! use blb_errors::axum::ApiErrorResponse;
//!
//! async fn get_listener() -> Result<String, ApiErrorResponse<BlbError>> {
//!     Err(BlbError::ListenerNotFound.into())
//! }
//!
//! let error = ApiErrorResponse::new(BlbError::ListenerNotFound).with_request_id("ae2225f7-1c2e-427a-a1ad-5413b762957d");
//! let response = error.into_response();
//! assert_eq!(response.status(), 404);
//! assert_eq!(response.headers()["x-bce-request-id"], "ae2225f7-1c2e-427a-a1ad-5413b762957d");
//! ```

use std::fmt;

use axum::body::Body;
use axum::response::{IntoResponse, Response};

use crate::ApiError;

/// An error with the request id it answers: the whole error response of a handler, made by
/// [`IntoResponse`] with [`http::error_response`](crate::http::error_response).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiErrorResponse<E> {
    error: E,
    request_id: String,
}

impl<E: ApiError> ApiErrorResponse<E> {
    /// The response of `error` with a new request id ([`new_request_id`](crate::new_request_id)),
    /// made now so that the handler can log it.
    #[must_use]
    pub fn new(error: E) -> Self {
        Self {
            error,
            request_id: crate::new_request_id(),
        }
    }

    /// The same response answering the request `request_id`, such as one a gateway gave.
    #[must_use]
    pub fn with_request_id(self, request_id: impl Into<String>) -> Self {
        Self {
            request_id: request_id.into(),
            ..self
        }
    }

    /// The error.
    #[must_use]
    pub fn error(&self) -> &E {
        &self.error
    }

    /// The request id.
    #[must_use]
    pub fn request_id(&self) -> &str {
        &self.request_id
    }

    /// The error, taken out.
    #[must_use]
    pub fn into_error(self) -> E {
        self.error
    }
}

impl<E: ApiError> From<E> for ApiErrorResponse<E> {
    fn from(error: E) -> Self {
        Self::new(error)
    }
}

impl<E: ApiError> IntoResponse for ApiErrorResponse<E> {
    fn into_response(self) -> Response {
        crate::http::error_response(&self.error, &self.request_id).map(Body::from)
    }
}

impl<E: ApiError> fmt::Display for ApiErrorResponse<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{} {}: {} (request id {})",
            self.error.status(),
            self.error.code(),
            self.error,
            self.request_id
        )
    }
}
