//! The DNS error codes, with the BCE global codes included.
//!
//! Code, status and message are exactly the table's; the description is ours. DNS's page lists
//! the BCE global codes with one more, `QualifyNotPass` (real-name certification), second; that
//! code is not on the BLB page's list of 14, which [`BceError`] holds exactly, so it is a variant
//! here. VPC prints the same list.
//!
//! Source: <https://cloud.baidu.com/doc/DNS/s/lkk5elv58>, updated 2022-11-09.
//!
//! The page was read only to its first rows: no code of DNS's own was seen, and any code not
//! here parses as [`DnsError::Unknown`].
//!
//! # Global codes
//!
//! The BCE global codes come from [`BceError`] through [`DnsError::Global`]. A global code is
//! recognised by its code: where the page prints another wording than [`BceError`]'s ("forthis",
//! "doesnot" and `InternalError` without its full stop), the server's message still parses to the
//! global variant, and [`ServiceError::message`](crate::ServiceError::message) keeps the server's
//! text.

use crate::bce::BceError;
use crate::{ApiError, UnknownCode};

/// `QualifyNotPass`; the BCE global codes through [`DnsError::Global`]; and a variant for codes
/// neither has.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum DnsError {
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
