//! The [`http`] crate's types: a status code, a whole error response, and reading one back.
//!
//! ```
//! use blb_errors::{BlbError, ResponseError};
//!
//! let error = BlbError::ListenerNotFound;
//! let response = blb_errors::http::error_response(&error, "ae2225f7-1c2e-427a-a1ad-5413b762957d");
//! assert_eq!(response.status(), http::StatusCode::NOT_FOUND);
//! assert_eq!(response.headers()["content-type"], "application/json");
//! assert_eq!(response.headers()["x-bce-request-id"], "ae2225f7-1c2e-427a-a1ad-5413b762957d");
//!
//! // The client side: any `http::Response` whose body is bytes.
//! let parsed = blb_errors::http::parse_response::<BlbError, _>(&response);
//! assert_eq!(parsed.error(), Some(&BlbError::ListenerNotFound));
//! assert_eq!(parsed.request_id(), Some("ae2225f7-1c2e-427a-a1ad-5413b762957d"));
//! ```

use http::header::{CONTENT_TYPE, HeaderValue};
use http::{Response, StatusCode};

use crate::{ApiError, ErrorBody, REQUEST_ID_HEADER, ResponseError, parse_error_response};

/// The content type of an error body.
pub const CONTENT_TYPE_JSON: &str = "application/json";

/// The error's status as an [`http::StatusCode`]. A status outside 100–999, which only an
/// unknown code read from a broken server can carry, is answered as 500.
#[must_use]
pub fn status_code<E: ApiError + ?Sized>(error: &E) -> StatusCode {
    StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The whole response a service answers `error` with: its status, `content-type:
/// application/json`, the `x-bce-request-id` header and the [`ErrorBody`] bytes.
///
/// The body always holds `request_id`; the header is left out when `request_id` cannot be a
/// header value (it holds a control character).
#[must_use]
pub fn error_response<E: ApiError + ?Sized>(error: &E, request_id: &str) -> Response<Vec<u8>> {
    let mut response = Response::new(ErrorBody::new(error, request_id).to_vec());
    *response.status_mut() = status_code(error);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE_JSON));
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert(REQUEST_ID_HEADER, value);
    }
    response
}

/// Reads an error response in one call: its status, its `x-bce-request-id` header (when it is
/// text) and its body, through [`parse_error_response`].
///
/// Any client that gives an `http::Response` with the body in memory can use it; with reqwest,
/// build one from `response.status()`, `response.headers()` and `response.bytes().await?`.
#[must_use]
pub fn parse_response<E: ApiError, B: AsRef<[u8]>>(response: &Response<B>) -> ResponseError<E> {
    let request_id = response
        .headers()
        .get(REQUEST_ID_HEADER)
        .and_then(|value| value.to_str().ok());
    parse_error_response(
        response.status().as_u16(),
        request_id,
        response.body().as_ref(),
    )
}
