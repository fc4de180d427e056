//! Typed, compile-time-checked Baidu AI Cloud (BCE) API errors.
#![deny(missing_docs)]

extern crate self as blb_errors;

mod api_error;
pub mod bce;
pub mod blb;
pub mod bos;
mod compose;
mod entry;
mod recover;
mod retry;
mod unknown;

#[doc(hidden)]
pub mod __private;

pub use api_error::ApiError;
pub use bce::BceError;
pub use blb::BlbError;
pub use blb_errors_derive::ApiError;
pub use bos::BosError;
pub use entry::CatalogueEntry;
pub use retry::is_retryable_status;
pub use unknown::UnknownCode;
