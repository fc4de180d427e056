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
//! enum JobError {
//!     /// The job does not exist.
//!     #[api(code = "Job.NotFound", status = 404, message = "Job {job_id} does not exist.")]
//!     NotFound { job_id: String },
//!     #[api(transparent)]
//!     Global(BceError),
//!     #[api(unknown)]
//!     Unknown(UnknownCode),
//! }
//!
//! let error = JobError::NotFound { job_id: "j-42".into() };
//! assert_eq!(error.message(), "Job j-42 does not exist.");
//! ```
//!
//! # The attribute
//!
//! - `code = "..."`: the code string, non-empty, without whitespace, case-sensitive
//!   (`ListenerNotFound`, `Job.NotFound`, `cce.warning.ClusterNotFound`). Each code
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
//! - `retryable`: a request that failed with this code may succeed when sent again, with backoff
//!   ([`ApiError::retry`] is [`Retry::Backoff`]). `retryable = sign_again` ([`Retry::SignAgain`]),
//!   `retryable = wait_for_previous` ([`Retry::WaitForPrevious`]) and `retryable = throttled`
//!   ([`Retry::Throttled`]) name what must happen first. Unknown codes follow their status
//!   ([`Retry::for_status`]): 429 is throttled; 500, 502, 503 and 504 back off.
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
//! # Calling BCE
//!
//! With the `reqwest` feature, one call turns what `send().await` gives into the response, a
//! typed success body, or a `ClientError`: a transport failure, a [`ServiceError`] typed by your
//! catalogue, or a [`MalformedResponse`], each with its status, request id, debug id and
//! [`Retry`] advice.
//!
#![cfg_attr(feature = "reqwest", doc = "```no_run")]
#![cfg_attr(not(feature = "reqwest"), doc = "```ignore")]
//! use blb_errors::reqwest::BceResponseExt;
//! use blb_errors::{BlbError, ClientError};
//!
//! async fn delete_listener(client: &reqwest::Client, url: &str) -> Result<(), ClientError<BlbError>> {
//!     client.delete(url).send().await.bce_error_for_status::<BlbError>().await?;
//!     Ok(())
//! }
//!
//! async fn listener(client: &reqwest::Client, url: &str) -> Result<serde_json::Value, ClientError<BlbError>> {
//!     client.get(url).send().await.bce_json::<_, BlbError>().await
//! }
//!
//! // Retrying as the advice says: at most three times, after the delay it gives. The request is
//! // built (and signed) anew each time, which `Retry::SignAgain` needs.
//! async fn listener_with_retries(client: &reqwest::Client, url: &str) -> Result<reqwest::Response, ClientError<BlbError>> {
//!     let mut attempt = 0;
//!     loop {
//!         let error = match client.get(url).send().await.bce_error_for_status::<BlbError>().await {
//!             Ok(response) => return Ok(response),
//!             Err(error) => error,
//!         };
//!         match error.retry().delay(attempt) {
//!             Some(delay) if attempt < 3 => tokio::time::sleep(delay).await,
//!             _ => return Err(error),
//!         }
//!         attempt += 1;
//!     }
//! }
//! ```
//!
//! Another client that gives an `http::Response` reads it with `blb_errors::http::parse_response`
//! (feature `http`), or with [`parse_error_response_with_headers`] from the status, the headers and
//! the body.
//!
//! # Cargo features
//!
//! Only `bos` is on by default. The service features and `spec-check` add no dependency; without
//! the integrations below the crate depends on `serde_core` (serde's traits), blb-errors-derive
//! and blb-errors-internals only.
//!
//! - One feature per service, named after it, builds that service's catalogue alone:
//!   `bcc` (`BccError`), `bos` (`BosError`, on by default: it was built before it had a
//!   feature), `bts` (TableStorage, `BtsError`), `ccr`, `cce`, `cds`, `dns`, `tsdb` and `vpc`.
//!   [`BceError`] and [`BlbError`] are always built. Which rows each has and which pages they come
//!   from is in its module docs, and in `docs/catalogues.md` for all of them.
//! - `spec-check`: the `blb_errors::spec` module: a catalogue compared with an error table pasted
//!   from Baidu's page, every difference reported, for one line in a test.
//! - `http`: the `blb_errors::http` module: an error's `http::StatusCode`, the whole error
//!   response as an `http::Response`, and `parse_response`, which is
//!   [`parse_error_response_with_headers`] over an `http::Response`. Pulls in the `http` crate.
//! - `axum` (enables `http`): the `blb_errors::axum` module: `ApiErrorResponse`, the error axum
//!   handlers return, through axum's `IntoResponse`; `RequestIdLayer` and the `RequestId`
//!   extractor, one request id per request on every answer; the `Json` extractor, the `fallback`
//!   handler and `answer_panic`, so that every error answer is a BCE body. Pulls in axum with its
//!   default features off (its core, without a server or a runtime), tower-layer and
//!   tower-service (which axum builds on) and serde_json.
//! - `tracing` (enables `axum`): `RequestIdLayer` logs each error answer as a `tracing` event
//!   with its code, status, request id, retry advice and cause. Pulls in tracing without its
//!   macros crate.
//! - `explain`: the `blb_errors::explain` module: the on-call tool (`bce-explain`, from the
//!   blb-errors-explain package) as a library, over the shipped catalogues or your own. Pulls in
//!   lexopt, an argument parser without dependencies.
//! - `reqwest` (enables `http`): the `blb_errors::reqwest` module, `BceResponseExt` on reqwest's
//!   responses, and `ClientError`. Pulls in reqwest with no feature of its own enabled (your
//!   reqwest features choose TLS and the rest), and serde_json for typed success bodies.
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

extern crate self as blb_errors;

mod api_error;
mod catalogues;
#[cfg(feature = "reqwest")]
mod client;
mod entry;
#[cfg(feature = "explain")]
#[cfg_attr(docsrs, doc(cfg(feature = "explain")))]
pub mod explain;
#[cfg(feature = "http")]
mod integrations;
mod markdown;
mod retry;
mod unknown;
mod wire;

#[doc(hidden)]
#[path = "private/mod.rs"]
pub mod __private;
#[cfg(feature = "spec-check")]
#[cfg_attr(docsrs, doc(cfg(feature = "spec-check")))]
pub mod spec;

pub use api_error::ApiError;
pub use blb_errors_derive::ApiError;
#[cfg(feature = "bcc")]
#[cfg_attr(docsrs, doc(cfg(feature = "bcc")))]
pub use catalogues::bcc::{self, BccError};
pub use catalogues::bce::{self, BceError};
pub use catalogues::blb::{self, BlbError};
#[cfg(feature = "bos")]
#[cfg_attr(docsrs, doc(cfg(feature = "bos")))]
pub use catalogues::bos::{self, BosError};
#[cfg(feature = "bts")]
#[cfg_attr(docsrs, doc(cfg(feature = "bts")))]
pub use catalogues::bts::{self, BtsError};
#[cfg(feature = "cce")]
#[cfg_attr(docsrs, doc(cfg(feature = "cce")))]
pub use catalogues::cce::{self, CceError};
#[cfg(feature = "ccr")]
#[cfg_attr(docsrs, doc(cfg(feature = "ccr")))]
pub use catalogues::ccr::{self, CcrError};
#[cfg(feature = "cds")]
#[cfg_attr(docsrs, doc(cfg(feature = "cds")))]
pub use catalogues::cds::{self, CdsError};
#[cfg(feature = "dns")]
#[cfg_attr(docsrs, doc(cfg(feature = "dns")))]
pub use catalogues::dns::{self, DnsError};
#[cfg(feature = "tsdb")]
#[cfg_attr(docsrs, doc(cfg(feature = "tsdb")))]
pub use catalogues::tsdb::{self, TsdbError};
#[cfg(feature = "vpc")]
#[cfg_attr(docsrs, doc(cfg(feature = "vpc")))]
pub use catalogues::vpc::{self, VpcError};
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub use client::{ClientError, TransportError, TransportKind};
pub use entry::CatalogueEntry;
#[cfg(feature = "axum")]
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
pub use integrations::axum;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use integrations::http;
#[cfg(feature = "reqwest")]
#[cfg_attr(docsrs, doc(cfg(feature = "reqwest")))]
pub use integrations::reqwest;
pub use markdown::markdown_table;
pub use retry::{Retry, is_retryable_status};
pub use unknown::UnknownCode;
pub use wire::headers::ResponseHeaders;
pub use wire::malformed::{BODY_SNIPPET_LIMIT, BodyField, MalformedReason, MalformedResponse};
pub use wire::read::{parse_error_response, parse_error_response_with_headers};
pub use wire::response::{ResponseError, ServiceError};
pub use wire::write::ErrorBody;
pub use wire::{REQUEST_ID_HEADER, new_request_id};
