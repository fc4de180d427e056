//! A JSON request body, each way of failing to read it answered as a BCE error.

use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Request};
use axum::http::HeaderMap;
use axum::http::header::{CONTENT_TYPE, HeaderValue};
use axum::response::{IntoResponse, Response};
use serde_core::Serialize;
use serde_core::de::DeserializeOwned;
use serde_json::error::Category;

use crate::BceError;
use crate::axum::ApiErrorResponse;
use crate::http::CONTENT_TYPE_JSON;

/// A JSON body read into `T`, and a JSON answer written from one.
///
/// A request is rejected with `InvalidHTTPRequest` when its content type is not
/// `application/json` or its body cannot be read (past axum's `DefaultBodyLimit`, or cut off);
/// with `MalformedJSON` when the body is not JSON; and with `InappropriateJSON` when it is JSON
/// that `T` does not take (a wrong type, a missing field).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Json<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for Json<T> {
    type Rejection = ApiErrorResponse<BceError>;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(request.headers()) {
            return Err(ApiErrorResponse::new(BceError::InvalidHttpRequest));
        }
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|_| ApiErrorResponse::new(BceError::InvalidHttpRequest))?;
        serde_json::from_slice(&body)
            .map(Json)
            .map_err(|error| match error.classify() {
                Category::Data => ApiErrorResponse::new(BceError::InappropriateJson),
                Category::Syntax | Category::Eof | Category::Io => {
                    ApiErrorResponse::new(BceError::MalformedJson)
                }
            })
    }
}

impl<T: Serialize> IntoResponse for Json<T> {
    /// The value as JSON; `InternalError` when its `Serialize` fails (a map with keys that are
    /// not strings).
    fn into_response(self) -> Response {
        match serde_json::to_vec(&self.0) {
            Ok(body) => {
                let mut response = Response::new(Body::from(body));
                response
                    .headers_mut()
                    .insert(CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE_JSON));
                response
            }
            Err(_) => ApiErrorResponse::new(BceError::InternalError).into_response(),
        }
    }
}

/// Whether the media type is `application/json`, in any case, parameters aside.
fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|media_type| media_type.trim().eq_ignore_ascii_case(CONTENT_TYPE_JSON))
}
