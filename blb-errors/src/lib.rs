//! Typed, compile-time-checked errors for Baidu AI Cloud (BCE) APIs.
//!
//! ```
//! use blb_errors::{ApiError, BlbError};
//!
//! let error = BlbError::MissingParameter { name: "vpcId".into() };
//! assert_eq!((error.status(), error.code()), (400, "MissingParameter"));
//! assert_eq!(error.to_string(), "A required parameter 'vpcId' is not supplied.");
//!
//! // Every code of the official table, and lookup from a code string.
//! assert_eq!(BlbError::catalogue().len(), 14 + 17);
//! assert_eq!(BlbError::lookup("ListenerNotFound").map(|entry| entry.status()), Some(404));
//! ```
//!
//! [`BceError`] holds the 14 BCE global codes and [`BlbError`] the 17 BLB codes with the global ones
//! included, exactly as the official table gives them. `#[derive(ApiError)]` makes a catalogue of
//! your own:
//!
//! ```
//! use blb_errors::{ApiError, BceError, UnknownCode};
//!
//! #[derive(Debug, ApiError)]
//! enum CceError {
//!     /// The cluster does not exist.
//!     #[api(code = "cce.warning.ClusterNotExist", status = 404, message = "Cluster {cluster_id} does not exist.")]
//!     ClusterNotExist { cluster_id: String },
//!     #[api(transparent)]
//!     Global(BceError),
//!     #[api(unknown)]
//!     Unknown(UnknownCode),
//! }
//!
//! let error = CceError::ClusterNotExist { cluster_id: "c-42".into() };
//! assert_eq!(error.message(), "Cluster c-42 does not exist.");
//! ```
//!
//! # The attribute
//!
//! - `code = "..."`: the code string, non-empty, without whitespace, case-sensitive
//!   (`ListenerNotFound`, `Instance.ReleaseWhileCreating`, `cce.warning.ClusterNotExist`). Each code
//!   names one variant, across composed catalogues too.
//! - `status = N`: the HTTP status, an integer literal from 400 to 599, without a suffix.
//! - `message = "..."`: what `Display` prints. `{name}` writes a named field and `{0}` a tuple field
//!   with `Display`; `{{` and `}}` are literal braces. A width or precision on the error
//!   (`{error:>30}`, `{error:.20}`) applies to the whole message, as it does to a `str`; the fields
//!   inside are written as their own `Display` writes them. [`ApiError::from_wire`] reads the
//!   fields back with `FromStr`, except a field whose type uses one of the enum's type parameters:
//!   such a variant is not recovered.
//! - The first paragraph of the variant's `///` comment is its catalogue description. A derive
//!   sees `#[doc = include_str!(..)]` and `#[doc = concat!(..)]` unexpanded: such an attribute is a
//!   compile error within the first paragraph, and allowed after it (following an empty `///` line).
//! - `retryable`: a request that failed with this code may succeed when sent again
//!   ([`ApiError::is_retryable`]). Unknown codes are retryable when their status is 500, 502, 503 or 504.
//! - `transparent`: one field holding another catalogue, which is included and delegated to.
//!   `From` the included type builds the variant, so `?` lifts an included error; each type is
//!   included by one variant.
//! - `unknown`: one [`UnknownCode`] field, for the codes the catalogue does not know. At most one.
//! - `#[source]` on a field (or `#[from]`, which also gives `From` the field's type, for a variant
//!   with that one field), as thiserror spells them: the variant's cause, such as an
//!   `io::Error`, which `source()` returns. A cause stays on the server: it is never in the
//!   message, the body or the catalogue, and a message naming it is a compile error. Read back
//!   from the wire, a variant with a cause has no value ([`ApiError::from_wire`] gives `None`);
//!   the response keeps its code, message and status.
//! - `#[api(crate = path)]` on the enum: where blb-errors is, when it is re-exported.
//!
//! `#[api(...)]` goes on the enum and its variants, never on a field. Every mistake is a compile
//! error at the offending token, all of them in one build but two kinds: after a slip in the syntax
//! of a list (a missing comma, `code: "..."`), the spoilt value is not read and no key of that
//! variant is reported missing until the slip is fixed; and a code also in an included catalogue,
//! found by constant evaluation, is reported for the variants without other mistakes, and for the
//! others once those are fixed.
//! `BLB_ERRORS_DEBUG=TypeName` prints the expansion for that type while it builds.
//!
//! # On the wire
//!
//! A service answers an error with a status, the [`REQUEST_ID_HEADER`] and the body
//! `{"requestId":"…","code":"…","message":"…"}`. [`ErrorBody`] writes it, straight into a buffer or
//! through serde, for any [`ApiError`]; [`new_request_id`] makes request ids in the official form.
//! On the client, [`parse_error_response`] reads a response back into a [`ResponseError`]: a
//! [`ServiceError`] typed by your catalogue, or a [`MalformedResponse`] with a typed
//! [`MalformedReason`] when the body is not an error body.
//!
//! ```
//! use blb_errors::{BlbError, ErrorBody, ResponseError, parse_error_response};
//!
//! let sent = BlbError::InvalidParameter { name: "port".into() };
//! let body = ErrorBody::new(&sent, "ae2225f7-1c2e-427a-a1ad-5413b762957d").to_vec();
//!
//! let ResponseError::Service(read) = parse_error_response::<BlbError>(400, None, &body) else {
//!     panic!("a body we wrote");
//! };
//! assert_eq!(read.error(), Some(&sent));
//! assert_eq!(read.request_id(), Some("ae2225f7-1c2e-427a-a1ad-5413b762957d"));
//! ```
//!
//! # Cargo features
//!
//! None is on by default: without them the crate depends on serde, blb-errors-derive and
//! blb-errors-internals only.
//!
//! - `http`: the `blb_errors::http` module: an error's `http::StatusCode`, the whole error
//!   response as an `http::Response`, and `parse_response`, which is [`parse_error_response`] over
//!   an `http::Response`. Pulls in the `http` crate.
//! - `axum` (enables `http`): the `blb_errors::axum` module: `ApiErrorResponse`, the error axum
//!   handlers return, through axum's `IntoResponse`; `RequestIdLayer` and the `RequestId`
//!   extractor, one request id per request on every answer; the `Json` extractor, the `fallback`
//!   handler and `answer_panic`, so that every error answer is a BCE body. Pulls in axum with its
//!   default features off (its core, without a server or a runtime), tower-layer and
//!   tower-service (which axum builds on) and serde_json.
//! - `tracing` (enables `axum`): `RequestIdLayer` logs each error answer as a `tracing` event
//!   with its code, status, request id, retry advice and cause. Pulls in tracing without its
//!   macros crate.
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate self as blb_errors;

mod api_error;
mod catalogues;
mod entry;
#[cfg(feature = "http")]
mod integrations;
mod markdown;
mod retry;
mod unknown;
mod wire;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;

pub use api_error::ApiError;
pub use blb_errors_derive::ApiError;
pub use catalogues::bce::BceError;
pub use catalogues::blb::BlbError;
pub use catalogues::bos::BosError;
pub use catalogues::{bce, blb, bos};
pub use entry::CatalogueEntry;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub use integrations::axum;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use integrations::http;
pub use markdown::markdown_table;
pub use retry::is_retryable_status;
pub use unknown::UnknownCode;
pub use wire::malformed::{BODY_SNIPPET_LIMIT, BodyField, MalformedReason, MalformedResponse};
pub use wire::read::parse_error_response;
pub use wire::response::{ResponseError, ServiceError};
pub use wire::write::ErrorBody;
pub use wire::{REQUEST_ID_HEADER, new_request_id};
