//! The VPC (Virtual Private Cloud) error codes, with the BCE global codes included.
//!
//! Code, status and message are exactly the table's; the description is ours. VPC's page lists
//! the BCE global codes with one more, `QualifyNotPass` (real-name certification), second; that
//! code is not on the BLB page's list of 14, which [`BceError`] holds exactly, so it is a variant
//! here. DNS prints the same list.
//!
//! Source: <https://intl.cloud.baidu.com/en/doc/VPC/s/sjwvyuhe7-intl-en>, updated 2025-10-16 (the
//! same two rows on the older, undated English page).
//!
//! The page was read only to its first rows: no code of VPC's own was seen, and any code not
//! here parses as [`VpcError::Unknown`].
//!
//! # Global codes
//!
//! The BCE global codes come from [`BceError`] through [`VpcError::Global`]. A global code is
//! recognised by its code: where a page prints another wording than [`BceError`]'s (the rows of
//! VPC's read have none), the server's message still parses to the global variant, and
//! [`ServiceError::message`](crate::ServiceError::message) keeps the server's text.

use crate::bce::BceError;
use crate::{ApiError, UnknownCode};

/// `QualifyNotPass`; the BCE global codes through [`VpcError::Global`]; and a variant for codes
/// neither has.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum VpcError {
    /// A BCE global code, such as `AccessDenied` or `InternalError`.
    #[api(transparent)]
    Global(BceError),
    /// The account has not passed real-name certification.
    ///
    /// Code `QualifyNotPass`, HTTP status 403.
    #[api(
        code = "QualifyNotPass",
        status = 403,
        message = "The User has not pass qualify."
    )]
    QualifyNotPass,
    /// A code this catalogue does not have, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
