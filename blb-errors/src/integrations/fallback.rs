//! The answers no handler gives: a route or method the service does not have, and a handler that
//! panicked.

use std::any::Any;

use axum::response::{IntoResponse, Response};

use crate::BceError;
use crate::axum::ApiErrorResponse;

/// `InvalidURI`, for `Router::fallback` and `Router::method_not_allowed_fallback`: the global
/// catalogue has no code for a missing route or method, and a BCE request names its operation
/// by its method and URI together, so neither names an operation of this service.
pub async fn fallback() -> ApiErrorResponse<BceError> {
    ApiErrorResponse::new(BceError::InvalidUri)
}

/// `InternalError` (500, retryable), for tower-http's `CatchPanicLayer::custom` inside a
/// [`RequestIdLayer`](crate::axum::RequestIdLayer). With the `tracing` feature the panic's
/// message is logged; it is never in the body.
#[must_use]
pub fn answer_panic(panic: Box<dyn Any + Send + 'static>) -> Response {
    #[cfg(feature = "tracing")]
    {
        let message = panic
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| panic.downcast_ref::<String>().map(String::as_str));
        tracing::error!(panic = message, "a handler panicked");
    }
    #[cfg(not(feature = "tracing"))]
    drop(panic);
    ApiErrorResponse::new(BceError::InternalError).into_response()
}
