//! The BOS (Baidu Object Storage) error codes, with the BCE global codes included.
//!
//! # Composing a catalogue for another service
//!
//! Every BCE service answers with the 14 global codes of [`BceError`] and codes of its own. A
//! service catalogue is one enum: the global codes through one `#[api(transparent)]` variant, one
//! variant per code of the service's table, and one `#[api(unknown)]` variant that keeps codes the
//! table does not have. [`BosError`] is built exactly so; here is the same shape cut down to one
//! code (taken from the BOS table, so that nothing in the example is made up):
//!
//! ```
//! use blb_errors::{ApiError, BceError, UnknownCode};
//!
//! #[derive(Debug, Clone, PartialEq, Eq, ApiError)]
//! #[non_exhaustive]
//! pub enum StorageError {
//!     /// A BCE global code, such as `AccessDenied`.
//!     #[api(transparent)]
//!     Global(BceError),
//!     /// Try to delete a bucket that is not empty.
//!     #[api(code = "BucketNotEmpty", status = 409, message = "The bucket you tried to delete is not empty.")]
//!     BucketNotEmpty,
//!     /// A code this table does not have, kept whole.
//!     #[api(unknown)]
//!     Unknown(UnknownCode),
//! }
//!
//! // The catalogue lists the global codes first (where `Global` is declared), then the service's.
//! let codes: Vec<&str> = StorageError::catalogue().iter().map(|entry| entry.code()).collect();
//! assert_eq!(codes.len(), 14 + 1);
//! assert_eq!(codes[0], "AccessDenied");
//! assert_eq!(codes[14], "BucketNotEmpty");
//!
//! // A global code parses to the global variant, and keeps its retry policy.
//! let expired = StorageError::from_wire(
//!     "RequestExpired",
//!     "Request has expired. Timestamp date is 2024-01-01T00:00:00Z.",
//!     400,
//! )
//! .unwrap();
//! assert!(matches!(expired, StorageError::Global(BceError::RequestExpired { .. })));
//! assert!(expired.is_retryable());
//!
//! // A service code, and a code neither table has.
//! assert_eq!(StorageError::from_code("BucketNotEmpty"), Some(StorageError::BucketNotEmpty));
//! let unknown = StorageError::from_wire("SomeNewCode", "A code added after this table.", 503).unwrap();
//! assert_eq!((unknown.code(), unknown.status()), ("SomeNewCode", 503));
//! assert!(unknown.is_retryable()); // unknown and 503
//! ```
//!
//! A code of the service's table that is also a global code must not be listed again: the
//! composed catalogue would have it twice, and that is a compile error. (The BOS table repeats
//! `AccessDenied`, `InappropriateJSON`, `InternalError` and other global codes; they come from
//! [`BceError`] here.)
//!
//! # Sources
//!
//! Code, status and message are the BOS "Error code" table's ("Message" is the message); each
//! variant's doc is the table's "Description" column. Two versions of the page were read:
//!
//! - English, last updated 2021-09-30: <https://intl.cloud.baidu.com/doc/BOS/s/Ajwvysfpl-en>
//!   (`AccountOverdue`, `BadDigest`, `BucketAlreadyExists`, `BucketNotEmpty`, `EntityTooLarge`,
//!   `EntityTooSmall`). The Chinese page of 2020-04-01, <https://cloud.baidu.com/doc/BOS/s/Ajwvysfpl>,
//!   gives the same codes, messages and statuses, and `InappropriateXML`.
//! - Chinese, updated 2024-08-27, <https://cloud.baidu.com/doc/BOS/s/Ajwvysfpl>, and its English
//!   version of 2025-11-03, <https://intl.cloud.baidu.com/en/doc/BOS/s/Ajwvysfpl-intl-en>
//!   (`InvalidEncryptionAlgorithm`, `InvalidEncryptionCustomerKey`, `InvalidEncryptionKmsMkid`).
//!
//! Where only the Chinese page has a description (`InappropriateXML`, `InvalidEncryptionKmsMkid`),
//! it is translated here, and a comment beside the variant gives the original. The pages disagree on one global message: the 2021 English page writes
//! `InappropriateJSON`'s message without the comma after "valid"; [`BceError`] keeps the global
//! table's text, with the comma, which the Chinese BOS pages also have.
//!
//! # Retry policy
//!
//! No BOS code here is marked `#[api(retryable)]`: the BOS table says nothing of retries, and Baidu's SDKs
//! decide BOS retries by HTTP status, never by a BOS code. (bce-sdk-go's BOS policy,
//! `services/bos/api/retry.go`, retries 500, 502, 503 and also every 403, which would retry
//! `AccountOverdue` too; a blanket status rule, not a statement about that code.) The global
//! `InternalError` and `RequestExpired` stay retryable through [`BceError`], and a code the table
//! does not have is retryable when its status is 429, 500, 502, 503 or 504.

use crate::bce::BceError;
use crate::{ApiError, UnknownCode};

/// The BOS error codes read from the BOS table (see the [module docs](self) for which and
/// why); the 14 BCE global codes through [`BosError::Global`]; and a variant for codes neither
/// table has.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum BosError {
    /// A BCE global code, such as `AccessDenied` or `InternalError`.
    #[api(transparent)]
    Global(BceError),
    /// The subscriber is in arrears
    ///
    /// Code `AccountOverdue`, HTTP status 403.
    #[api(
        code = "AccountOverdue",
        status = 403,
        message = "Your request is denied because there is an overdue bill of your account."
    )]
    AccountOverdue,
    /// Incorrect Content-MD5 field, which is not consistent with the actual uploaded data MD5.
    ///
    /// Code `BadDigest`, HTTP status 400.
    #[api(
        code = "BadDigest",
        status = 400,
        message = "The Content-MD5 you specified did not match what we received."
    )]
    BadDigest,
    /// The bucket already exists.
    ///
    /// Code `BucketAlreadyExists`, HTTP status 409.
    #[api(
        code = "BucketAlreadyExists",
        status = 409,
        message = "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again."
    )]
    BucketAlreadyExists,
    /// Try to delete a bucket that is not empty.
    ///
    /// Code `BucketNotEmpty`, HTTP status 409.
    #[api(
        code = "BucketNotEmpty",
        status = 409,
        message = "The bucket you tried to delete is not empty."
    )]
    BucketNotEmpty,
    /// The uploaded data exceeds the limit.
    ///
    /// Code `EntityTooLarge`, HTTP status 400.
    #[api(
        code = "EntityTooLarge",
        status = 400,
        message = "Your proposed upload exceeds the maximum allowed object size."
    )]
    EntityTooLarge,
    /// The uploaded data is smaller than the limit.
    ///
    /// Code `EntityTooSmall`, HTTP status 400.
    #[api(
        code = "EntityTooSmall",
        status = 400,
        message = "Your proposed upload is smaller than the minimum allowed object size."
    )]
    EntityTooSmall,
    /// Same use as InappropriateJSON, for an XML body
    ///
    /// Code `InappropriateXML`, HTTP status 400.
    // Translated from the Chinese table's "适用场景同InappropriateJSON".
    #[api(
        code = "InappropriateXML",
        status = 400,
        message = "The XML you provided was well-formed and valid, but not appropriate for this operation."
    )]
    InappropriateXml,
    /// The specified encryption algorithm is invalid
    ///
    /// Code `InvalidEncryptionAlgorithm`, HTTP status 400.
    #[api(
        code = "InvalidEncryptionAlgorithm",
        status = 400,
        message = "The specified encryption algorithm is invalid"
    )]
    InvalidEncryptionAlgorithm,
    /// The specified encryption customer key is invalid. The MD5 checksum of the customer key does not match for object encryption.
    ///
    /// Code `InvalidEncryptionCustomerKey`, HTTP status 400.
    #[api(
        code = "InvalidEncryptionCustomerKey",
        status = 400,
        message = "The specified encryption customer-key is invalid, encrypt object by customer key md5 not match"
    )]
    InvalidEncryptionCustomerKey,
    /// The specified encryption KMS MKID is invalid; check its status
    ///
    /// Code `InvalidEncryptionKmsMkid`, HTTP status 400.
    // Translated from the Chinese table's "指定的加密KMS MKID无效,请检查其状态".
    #[api(
        code = "InvalidEncryptionKmsMkid",
        status = 400,
        message = "The specified encryption kms mkid is invalid, please check its status"
    )]
    InvalidEncryptionKmsMkid,
    /// A code neither table has, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
