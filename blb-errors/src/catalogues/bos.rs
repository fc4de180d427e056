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
//!     /// A bucket is deleted only once it is empty.
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
//! Code, status and message are exactly the BOS "Error code" table's ("Message" is the message);
//! each variant's description is ours. Four versions of the page were read, each only in part:
//!
//! - English, updated 2021-09-30, <https://intl.cloud.baidu.com/doc/BOS/s/Ajwvysfpl-en>, and its
//!   Chinese version of 2020-04-01, <https://cloud.baidu.com/doc/BOS/s/Ajwvysfpl>: the table from
//!   `AccessDenied` to `InappropriateXML` (alphabetical), `InappropriateXML` on the Chinese page
//!   only.
//! - Chinese, updated 2024-08-27, <https://cloud.baidu.com/doc/BOS/s/Ajwvysfpl>, and its English
//!   version of 2025-11-03, <https://intl.cloud.baidu.com/en/doc/BOS/s/Ajwvysfpl-intl-en>: the
//!   `success` rows and the encryption codes at the head of the table.
//!
//! The table is partial: `NoSuchKey`, `NoSuchBucket`, `InvalidBucketName` and every row after the
//! two windows read were not seen, and parse as [`BosError::Unknown`].
//!
//! The `success` rows (200 and 203, one with no status) are not errors and are not here. The pages
//! disagree on one global message: the 2021 English page writes `InappropriateJSON`'s without the
//! comma after "valid"; [`BceError`] keeps the global table's text, with the comma, which the
//! Chinese BOS page also has. The code is what is matched, so either wording parses to
//! `BosError::Global(BceError::InappropriateJson)`.
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
    /// The encryption algorithm named is not one BOS offers.
    ///
    /// Code `InvalidEncryptionAlgorithm`, HTTP status 400.
    #[api(
        code = "InvalidEncryptionAlgorithm",
        status = 400,
        message = "The specified encryption algorithm is invalid"
    )]
    InvalidEncryptionAlgorithm,
    /// The customer key does not match its MD5.
    ///
    /// Code `InvalidEncryptionCustomerKey`, HTTP status 400.
    #[api(
        code = "InvalidEncryptionCustomerKey",
        status = 400,
        message = "The specified encryption customer-key is invalid, encrypt object by customer key md5 not match"
    )]
    InvalidEncryptionCustomerKey,
    /// The KMS master key id is invalid, or the key is not usable.
    ///
    /// Code `InvalidEncryptionKmsMkid`, HTTP status 400.
    #[api(
        code = "InvalidEncryptionKmsMkid",
        status = 400,
        message = "The specified encryption kms mkid is invalid, please check its status"
    )]
    InvalidEncryptionKmsMkid,
    /// The account has an unpaid bill.
    ///
    /// Code `AccountOverdue`, HTTP status 403.
    #[api(
        code = "AccountOverdue",
        status = 403,
        message = "Your request is denied because there is an overdue bill of your account."
    )]
    AccountOverdue,
    /// The body's MD5 is not the `Content-MD5` header's.
    ///
    /// Code `BadDigest`, HTTP status 400.
    #[api(
        code = "BadDigest",
        status = 400,
        message = "The Content-MD5 you specified did not match what we received."
    )]
    BadDigest,
    /// Some account owns a bucket of this name already.
    ///
    /// Code `BucketAlreadyExists`, HTTP status 409.
    #[api(
        code = "BucketAlreadyExists",
        status = 409,
        message = "The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again."
    )]
    BucketAlreadyExists,
    /// A bucket is deleted only once it is empty.
    ///
    /// Code `BucketNotEmpty`, HTTP status 409.
    #[api(
        code = "BucketNotEmpty",
        status = 409,
        message = "The bucket you tried to delete is not empty."
    )]
    BucketNotEmpty,
    /// The upload is over the largest object size.
    ///
    /// Code `EntityTooLarge`, HTTP status 400.
    #[api(
        code = "EntityTooLarge",
        status = 400,
        message = "Your proposed upload exceeds the maximum allowed object size."
    )]
    EntityTooLarge,
    /// The upload is under the smallest object size.
    ///
    /// Code `EntityTooSmall`, HTTP status 400.
    #[api(
        code = "EntityTooSmall",
        status = 400,
        message = "Your proposed upload is smaller than the minimum allowed object size."
    )]
    EntityTooSmall,
    /// Valid XML that does not fit the operation, as `InappropriateJSON` is for JSON.
    ///
    /// Code `InappropriateXML`, HTTP status 400.
    #[api(
        code = "InappropriateXML",
        status = 400,
        message = "The XML you provided was well-formed and valid, but not appropriate for this operation."
    )]
    InappropriateXml,
    /// A code neither table has, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
