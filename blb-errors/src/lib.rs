//! Typed, compile-time-checked Baidu AI Cloud (BCE) API errors.
#![deny(missing_docs)]

extern crate self as blb_errors;

mod api_error;
pub mod bce;
pub mod blb;
mod body;
mod compose;
mod entry;
mod escape;
mod malformed;
mod parse;
mod recover;
mod request_id;
mod response_error;
mod retry;
mod scan;
mod service_error;
mod unknown;

#[doc(hidden)]
pub mod __private;

pub use api_error::ApiError;
pub use bce::BceError;
pub use blb::BlbError;
pub use blb_errors_derive::ApiError;
pub use body::ErrorBody;
pub use entry::CatalogueEntry;
pub use malformed::{BODY_SNIPPET_LIMIT, BodyField, MalformedReason, MalformedResponse};
pub use parse::parse_error_response;
pub use request_id::REQUEST_ID_HEADER;
#[cfg(feature = "uuid")]
pub use request_id::new_request_id;
pub use response_error::ResponseError;
pub use retry::is_retryable_status;
pub use service_error::ServiceError;
pub use unknown::UnknownCode;
