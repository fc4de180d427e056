//! The CCE (Cloud Container Engine) error codes, with the BCE global codes included.
//!
//! Code, status and message are exactly as the pages print them; each variant's description is
//! ours. CCE has two API generations. The cluster-management API (v2) has a table of its own,
//! whose codes carry a prefix: `cce.error.` asks for a support ticket, `cce.warning.` (and
//! `cce.info.`) for a fix on the caller's side. The older API (v1) lists only the BCE global
//! codes.
//!
//! - v2, <https://cloud.baidu.com/doc/CCE/s/bkgajpkps>, updated 2025-05-23 (the first five rows
//!   also on the version of 2024-06-17; `cce.error.InternalError`'s meaning from the undated
//!   English page).
//! - v1, <https://intl.cloud.baidu.com/en/doc/CCE/s/4jwvy1evj-intl-en>, updated 2025-10-27, and
//!   <https://cloud.baidu.com/doc/CCE/s/4jwvy1evj>, updated 2024-06-17.
//!
//! Both tables are partial: the v2 table was read to its sixth row, the v1 list to its fifth. Any
//! other code parses as [`CceError::Unknown`]. A v2 code is its own code, not the global one it
//! copies: `cce.warning.AccessDenied` is [`CceError::AccessDenied`], `AccessDenied`
//! `CceError::Global(BceError::AccessDenied)`.
//!
//! # Global codes
//!
//! The BCE global codes come from [`BceError`] through [`CceError::Global`]. A global code is
//! recognised by its code: where the v1 page prints another wording than [`BceError`]'s ("forthis",
//! "doesnot", `InternalError` without its full stop, and `InvalidHTTPAuthHeader` with the
//! `InvalidAccessKeyId` message), the server's message still parses to the global variant, and
//! [`ServiceError::message`](crate::ServiceError::message) keeps the server's text.

use crate::bce::BceError;
use crate::{ApiError, UnknownCode};

/// The CCE v2 codes (see the [module docs](self)); the BCE global codes through
/// [`CceError::Global`]; and a variant for codes neither has.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum CceError {
    /// A BCE global code, such as `AccessDenied` or `InternalError`.
    #[api(transparent)]
    Global(BceError),
    /// An internal failure of CCE; a ticket is the way on.
    ///
    /// Code `cce.error.InternalError`, HTTP status 500. Retryable.
    #[api(
        code = "cce.error.InternalError",
        status = 500,
        message = "We encountered an internal error Please try again.",
        retryable
    )]
    InternalError,
    /// No permission for the resource.
    ///
    /// Code `cce.warning.AccessDenied`, HTTP status 403.
    #[api(
        code = "cce.warning.AccessDenied",
        status = 403,
        message = "Access denied."
    )]
    AccessDenied,
    /// The request body is not valid JSON.
    ///
    /// Code `cce.warning.MalformedJSON`, HTTP status 400.
    #[api(
        code = "cce.warning.MalformedJSON",
        status = 400,
        message = "The JSON you provided was not well-formed."
    )]
    MalformedJson,
    /// A parameter of the request is invalid.
    ///
    /// Code `cce.warning.InvalidParam`, HTTP status 400.
    #[api(
        code = "cce.warning.InvalidParam",
        status = 400,
        message = "Some params are invalid."
    )]
    InvalidParam,
    /// The resource does not exist.
    ///
    /// Code `cce.warning.NoSuchObject`, HTTP status 404.
    #[api(
        code = "cce.warning.NoSuchObject",
        status = 404,
        message = "Target object not found."
    )]
    NoSuchObject,
    /// No cluster has this id.
    ///
    /// Code `cce.warning.ClusterNotFound`, HTTP status 404.
    // The page's example body words it "ClusterID [xxx] belongs to account [xxx] not exists": the
    // code is what is matched, so that wording parses here too.
    #[api(
        code = "cce.warning.ClusterNotFound",
        status = 404,
        message = "Cluster not found"
    )]
    ClusterNotFound,
    /// A code this catalogue does not have, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
