//! The HTTP libraries the wire side plugs into, each behind its Cargo feature.

#[cfg(feature = "axum")]
pub mod axum;
#[cfg(feature = "axum")]
mod fallback;
#[cfg(feature = "http")]
pub mod http;
#[cfg(feature = "axum")]
mod json;
#[cfg(feature = "axum")]
mod request_id;
#[cfg(feature = "reqwest")]
pub mod reqwest;
