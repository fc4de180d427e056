//! A BCE service in axum: every answer carries the request's id, and every error answer is a BCE
//! body.
//!
//! - [`RequestIdLayer`] keeps a gateway's `x-bce-request-id` (or mints one), gives it to handlers
//!   as the [`RequestId`] extractor and writes it on every response; an [`ApiErrorResponse`]
//!   inside it answers with that id, so that a handler's `?` needs nothing more.
//! - [`Json`] reads a JSON body, its rejections answered as BCE errors; [`fallback`] answers
//!   unknown routes and methods and [`answer_panic`] a handler that panicked, through tower-http's
//!   `CatchPanicLayer::custom`.
//!
//! ```
//! use axum::Router;
//! use axum::routing::get;
//! use blb_errors::BlbError;
//! use blb_errors::axum::{ApiErrorResponse, RequestIdLayer};
//!
//! async fn get_listener() -> Result<String, ApiErrorResponse<BlbError>> {
//!     Err(BlbError::ListenerNotFound)?
//! }
//!
//! let app: Router = Router::new()
//!     .route("/v1/blb/{blb_id}/listener", get(get_listener))
//!     .method_not_allowed_fallback(blb_errors::axum::fallback)
//!     .fallback(blb_errors::axum::fallback)
//!     .layer(RequestIdLayer);
//! ```
//!
//! Outside the layer, an error answers with the id given by
//! [`with_request_id`](ApiErrorResponse::with_request_id), or a new one.

use std::fmt;
use std::sync::Arc;

use axum::body::Body;
use axum::response::{IntoResponse, Response};

pub use super::fallback::{answer_panic, fallback};
pub use super::json::Json;
pub use super::request_id::{RequestId, RequestIdLayer, RequestIdService, ResponseFuture};
use crate::ApiError;

/// An error a handler answers with: made by [`IntoResponse`] into the status, the
/// `x-bce-request-id` header and the BCE body, as
/// [`http::error_response`](crate::http::error_response) writes them.
///
/// `?` converts any `E` into it. Inside a [`RequestIdLayer`] the answer carries the request's
/// id, whatever id this value holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiErrorResponse<E> {
    error: E,
    request_id: Option<String>,
}

impl<E: ApiError> ApiErrorResponse<E> {
    /// The response of `error`, its request id left to the [`RequestIdLayer`] (or, outside one,
    /// a new one from [`new_request_id`](crate::new_request_id)).
    #[must_use]
    pub fn new(error: E) -> Self {
        Self {
            error,
            request_id: None,
        }
    }

    /// The same response answering the request `request_id`, for a service without the
    /// [`RequestIdLayer`].
    #[must_use]
    pub fn with_request_id(self, request_id: impl Into<String>) -> Self {
        Self {
            request_id: Some(request_id.into()),
            ..self
        }
    }

    /// The error.
    #[must_use]
    pub fn error(&self) -> &E {
        &self.error
    }

    /// The request id given by [`with_request_id`](Self::with_request_id).
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
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

/// The error of an error answer, in the response's extensions: the [`RequestIdLayer`] writes the
/// body again with the request's id, and logs it.
#[derive(Clone)]
pub(crate) struct Answered(pub(crate) Arc<dyn ApiError + Send + Sync>);

impl<E: ApiError + Send + Sync + 'static> IntoResponse for ApiErrorResponse<E> {
    fn into_response(self) -> Response {
        let request_id = self.request_id.unwrap_or_else(crate::new_request_id);
        let mut response = crate::http::error_response(&self.error, &request_id).map(Body::from);
        response
            .extensions_mut()
            .insert(Answered(Arc::new(self.error)));
        response
    }
}

impl<E: ApiError> fmt::Display for ApiErrorResponse<E> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{} {}: {}",
            self.error.status(),
            self.error.code(),
            self.error
        )?;
        match &self.request_id {
            Some(request_id) => write!(formatter, " (request id {request_id})"),
            None => Ok(()),
        }
    }
}
