//! The CCR (Cloud Container Registry) error codes.
//!
//! Code, status and message are exactly the table's; each variant's description is ours. Source:
//! <https://cloud.baidu.com/doc/CCR/s/9l5uxlrki>, updated 2025-05-26. The table is likely
//! complete (the page ends after its last row, with no section after it to confirm). A code it does
//! not have parses as [`CcrError::Unknown`].
//!
//! One row is not here: its code is printed `Internal server error` (500, "Failed to generate CCR
//! resource."), and a code is one token without spaces. Whatever the server sends for it parses
//! as [`CcrError::Unknown`], with its code, message and status kept, and is retryable by its
//! status (500).
//!
//! `NotFound`'s message is printed with a placeholder, "instance/project xxxx is not found"; it is
//! kept as printed, without a field, because the page does not say which of the two words the
//! server writes: a field read back from a fixed "instance/project" would not be found in either
//! wording, while a variant without fields takes the server's message whatever it says.
//!
//! # Its own common codes
//!
//! CCR does not use the BCE global list: its table has common codes of its own for signatures
//! (`IamSignatureInvalid` 403 where the global list has `SignatureDoesNotMatch` 400, and
//! `SignatureEmpty`). So [`CcrError`] does not include [`BceError`](crate::BceError), and a global
//! code its table lacks parses as [`CcrError::Unknown`].

use crate::{ApiError, UnknownCode};

/// The CCR error codes of its table but one (see the [module docs](self)), and a variant for codes
/// it does not have.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum CcrError {
    /// The request's signature does not match.
    ///
    /// Code `IamSignatureInvalid`, HTTP status 403.
    #[api(
        code = "IamSignatureInvalid",
        status = 403,
        message = "SignatureDoesNotMatch, cause: Fail to authn user: Signature does not match"
    )]
    IamSignatureInvalid,
    /// The request carries no signature.
    ///
    /// Code `SignatureEmpty`, HTTP status 400.
    #[api(
        code = "SignatureEmpty",
        status = 400,
        message = "Signature is invalid: Signature is empty."
    )]
    SignatureEmpty,
    /// No instance or project has this name.
    ///
    /// Code `NotFound`, HTTP status 404.
    #[api(
        code = "NotFound",
        status = 404,
        message = "instance/project xxxx is not found"
    )]
    NotFound,
    /// A project of this name exists.
    ///
    /// Code `StatusConflict`, HTTP status 409.
    #[api(
        code = "StatusConflict",
        status = 409,
        message = "project name already exists"
    )]
    StatusConflict,
    /// The request is invalid.
    ///
    /// Code `BadRequest`, HTTP status 400.
    #[api(
        code = "BadRequest",
        status = 400,
        message = "please check the request"
    )]
    BadRequest,
    /// The caller may not do this.
    ///
    /// Code `Unauthorized`, HTTP status 401.
    #[api(code = "Unauthorized", status = 401, message = "have no permission")]
    Unauthorized,
    /// A quota is used up.
    ///
    /// Code `QuotaExceed`, HTTP status 412.
    #[api(code = "QuotaExceed", status = 412, message = "quota exceed")]
    QuotaExceed,
    /// A code this catalogue does not have, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
