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
//! let parsed = blb_errors::http::parse_response::<BlbError>(&response);
//! assert_eq!(parsed.error(), Some(&BlbError::ListenerNotFound));
//! assert_eq!(parsed.request_id(), Some("ae2225f7-1c2e-427a-a1ad-5413b762957d"));
//! ```

use http::header::{CONTENT_TYPE, HeaderValue};
use http::{Response, StatusCode};

use crate::{
    ApiError, ErrorBody, REQUEST_ID_HEADER, ResponseError, ResponseHeaders,
    parse_error_response_with_headers,
};

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

/// Reads an error response in one call: its status, its headers (those whose value is text) and
/// its body, through [`parse_error_response_with_headers`]. The request id comes from the
/// `x-bce-request-id` header when the body has none, or from neither.
///
/// Any client that gives an `http::Response` with the body in memory can use it (reqwest has its
/// own integration, `blb_errors::reqwest`, behind the `reqwest` feature).
///
/// ```
/// use blb_errors::{BlbError, ResponseError};
///
/// let body = r#"{"code":"ListenerNotFound","message":"The specified listener does not exist."}"#;
/// let response = http::Response::builder()
///     .status(404)
///     .header("x-bce-request-id", "r-1")
///     .body(body)
///     .unwrap();
/// let error = blb_errors::http::parse_response::<BlbError>(&response);
/// assert_eq!((error.error(), error.request_id()), (Some(&BlbError::ListenerNotFound), Some("r-1")));
///
/// // Without the header, and without a request id in the body: none.
/// let response = http::Response::builder().status(404).body(body).unwrap();
/// assert_eq!(blb_errors::http::parse_response::<BlbError>(&response).request_id(), None);
/// ```
#[must_use]
pub fn parse_response<E: ApiError>(response: &Response<impl AsRef<[u8]>>) -> ResponseError<E> {
    parse_error_response_with_headers(
        response.status().as_u16(),
        headers(response.headers()),
        response.body().as_ref(),
    )
}

/// The headers whose value is text, kept for the error.
pub(crate) fn headers(map: &http::HeaderMap) -> ResponseHeaders {
    map.iter()
        .filter_map(|(name, value)| Some((name.as_str(), value.to_str().ok()?)))
        .collect()
}
