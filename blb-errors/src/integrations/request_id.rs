//! One request id per request: taken from the gateway or minted, given to handlers, and written
//! on every response, in the header and in each error body.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use axum::body::Body;
use axum::extract::FromRequestParts;
use axum::http::header::HeaderValue;
use axum::http::request::Parts;
use axum::http::{HeaderMap, Request};
use axum::response::Response;
use tower_layer::Layer;
use tower_service::Service;

use crate::axum::{Answered, ApiErrorResponse};
use crate::{BceError, ErrorBody, REQUEST_ID_HEADER};

/// The longest incoming request id kept: a UUID is 36 bytes, and no gateway's id is near this.
const MAX_LEN: usize = 128;

/// The request's id, from the [`RequestIdLayer`].
///
/// As an extractor it fails with `InternalError` when the layer is not installed: the id would
/// not be the one the response carries.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequestId(String);

impl RequestId {
    /// The id's text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RequestId {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for RequestId {
    type Rejection = ApiErrorResponse<BceError>;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        parts
            .extensions
            .get::<Self>()
            .cloned()
            .ok_or_else(|| ApiErrorResponse::new(BceError::InternalError))
    }
}

/// A tower [`Layer`] giving every request one id: the incoming `x-bce-request-id` when it is
/// well formed (1 to 128 ASCII letters, digits, `-`, `_` or `.`), else a new one from
/// [`new_request_id`](crate::new_request_id).
///
/// The id goes into the request's extensions (the [`RequestId`] extractor), onto every
/// response's `x-bce-request-id` header, and into the body of every
/// [`ApiErrorResponse`] answered inside the layer. With the `tracing` feature each error answer
/// is logged here: an event with `code`, `status`, `request_id`, `retryable` and `cause` (the
/// error's `source()`, when it has one), at `ERROR` for a status of 500 or more and at `WARN`
/// below.
///
/// Add it last, so that it wraps the fallbacks and a panic layer too.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequestIdLayer;

impl<S> Layer<S> for RequestIdLayer {
    type Service = RequestIdService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RequestIdService { inner }
    }
}

/// The service [`RequestIdLayer`] wraps around another.
#[derive(Debug, Clone)]
pub struct RequestIdService<S> {
    inner: S,
}

impl<S, B> Service<Request<B>> for RequestIdService<S>
where
    S: Service<Request<B>, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        let (id, header) = match incoming(request.headers()) {
            Some((id, header)) => (id, Some(header)),
            None => {
                let id = crate::new_request_id();
                let header = HeaderValue::from_str(&id).ok();
                (id, header)
            }
        };
        request.extensions_mut().insert(RequestId(id.clone()));
        ResponseFuture {
            inner: Box::pin(self.inner.call(request)),
            id: Some((id, header)),
        }
    }
}

/// The incoming id and its header value, when it is well formed.
fn incoming(headers: &HeaderMap) -> Option<(String, HeaderValue)> {
    let header = headers.get(REQUEST_ID_HEADER)?;
    let text = header.to_str().ok()?;
    let well_formed = (1..=MAX_LEN).contains(&text.len())
        && text
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.'));
    well_formed.then(|| (text.to_owned(), header.clone()))
}

/// The response of a [`RequestIdService`], with the request's id written on it.
pub struct ResponseFuture<F> {
    inner: Pin<Box<F>>,
    /// Taken when the response is ready.
    id: Option<(String, Option<HeaderValue>)>,
}

impl<F> fmt::Debug for ResponseFuture<F> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("ResponseFuture")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl<F, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response, E>>,
{
    type Output = Result<Response, E>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut response = ready!(self.inner.as_mut().poll(cx))?;
        let Some((id, header)) = self.id.take() else {
            return Poll::Ready(Ok(response));
        };
        if let Some(Answered(error)) = response.extensions().get::<Answered>().cloned() {
            *response.body_mut() = Body::from(ErrorBody::new(&*error, &id).to_vec());
            #[cfg(feature = "tracing")]
            log(&*error, &id);
        }
        if let Some(header) = header {
            response.headers_mut().insert(REQUEST_ID_HEADER, header);
        }
        Poll::Ready(Ok(response))
    }
}

#[cfg(feature = "tracing")]
fn log(error: &(dyn crate::ApiError + Send + Sync), request_id: &str) {
    let cause = std::error::Error::source(error).map(tracing::field::display);
    let (code, status, retryable) = (error.code(), error.status(), error.is_retryable());
    if status >= 500 {
        tracing::error!(code, status, request_id, retryable, cause, "{error}");
    } else {
        tracing::warn!(code, status, request_id, retryable, cause, "{error}");
    }
}
