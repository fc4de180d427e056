//! The BCE global error codes: the codes every Baidu AI Cloud service may return.
//!
//! Code, status and message are exactly the official table's ("Error description" is the message);
//! each variant's doc is the table's "Semantics" column.
//!
//! # One list for every service
//!
//! The table is the BLB page's (2025-10-16), the newest and cleanest list. Other services print
//! the global codes with other wordings: "forthis", "doesnot", `InternalError` without its full
//! stop, `InvalidHTTPAuthHeader` with the `InvalidAccessKeyId` message, `PreconditionFailed` with
//! "doesn’tmatch". A variant without fields is recognised by its code alone, so each of those
//! wordings parses to the same variant, and
//! [`ServiceError::message`](crate::ServiceError::message) keeps the server's text; a value's
//! [`message`](crate::ApiError::message) is this table's. The status a server answers with is
//! [`ServiceError::status`](crate::ServiceError::status), also where a page gives another (a CFC
//! quotation shows `IdempotentParameterMismatch` at 412).
//!
//! `RequestExpired` has a field, read back from the message by its template. A message that does
//! not follow the template gives no value ([`ServiceError::error`](crate::ServiceError::error) is
//! `None`), while [`ServiceError::entry`](crate::ServiceError::entry) is still this code's row, and
//! `code()`, `message()`, `status()` and `is_retryable()` are the server's and the row's.
//!
//! Codes that only some services list are in those services' catalogues: `QualifyNotPass` (VPC,
//! DNS). Services with common codes of their own (CCR, TableStorage, TSDB) do not include this
//! list at all.

use crate::{ApiError, UnknownCode};

/// The 14 BCE global error codes, and a variant for codes this table does not have.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum BceError {
    /// No permission to access the corresponding resource
    ///
    /// Code `AccessDenied`, HTTP status 403.
    #[api(code = "AccessDenied", status = 403, message = "Access denied.")]
    AccessDenied,
    /// The JSON format in the request is syntactically correct but semantically invalid. For example, a required item might be missing, or the value type might be mismatched. For compatibility, all unrecognized items should be ignored, and this error should not be returned.
    ///
    /// Code `InappropriateJSON`, HTTP status 400.
    #[api(
        code = "InappropriateJSON",
        status = 400,
        message = "The JSON you provided was well-formed and valid, but not appropriate for this operation."
    )]
    InappropriateJson,
    /// All other undefined errors. This should not be used if there are clearly corresponding errors of other types, including both general and service-specific errors.
    ///
    /// Code `InternalError`, HTTP status 500. Retryable.
    #[api(
        code = "InternalError",
        status = 500,
        message = "We encountered an internal error. Please try again.",
        retryable
    )]
    InternalError,
    /// Access Key ID does not exist
    ///
    /// Code `InvalidAccessKeyId`, HTTP status 403.
    #[api(
        code = "InvalidAccessKeyId",
        status = 403,
        message = "The Access Key ID you provided does not exist in our records."
    )]
    InvalidAccessKeyId,
    /// Invalid authorization header format
    ///
    /// Code `InvalidHTTPAuthHeader`, HTTP status 400.
    #[api(
        code = "InvalidHTTPAuthHeader",
        status = 400,
        message = "The HTTP authorization header is invalid. Consult the service documentation for details."
    )]
    InvalidHttpAuthHeader,
    /// The HTTP body format is invalid, e.g., non-compliant encoding.
    ///
    /// Code `InvalidHTTPRequest`, HTTP status 400.
    #[api(
        code = "InvalidHTTPRequest",
        status = 400,
        message = "There was an error in the body of your HTTP request."
    )]
    InvalidHttpRequest,
    /// The URI format is invalid. For instance, predefined service-specific keywords may not be correct. For issues like ID mismatching, more specific error codes like NoSuchKey should be applied.
    ///
    /// Code `InvalidURI`, HTTP status 400.
    #[api(
        code = "InvalidURI",
        status = 400,
        message = "Could not parse the specified URI."
    )]
    InvalidUri,
    /// Invalid JSON
    ///
    /// Code `MalformedJSON`, HTTP status 400.
    #[api(
        code = "MalformedJSON",
        status = 400,
        message = "The JSON you provided was not well-formed."
    )]
    MalformedJson,
    /// Invalid URI version No.
    ///
    /// Code `InvalidVersion`, HTTP status 404.
    #[api(
        code = "InvalidVersion",
        status = 404,
        message = "The API version specified was invalid."
    )]
    InvalidVersion,
    /// Corresponding service not activated
    ///
    /// Code `OptInRequired`, HTTP status 403.
    #[api(
        code = "OptInRequired",
        status = 403,
        message = "A subscription for the service is required."
    )]
    OptInRequired,
    /// ETag does not match
    ///
    /// Code `PreconditionFailed`, HTTP status 412.
    #[api(
        code = "PreconditionFailed",
        status = 412,
        message = "The specified If-Match header doesn't match the ETag header."
    )]
    PreconditionFailed,
    /// Request timeout
    ///
    /// Retryable after signing the request again with a fresh timestamp.
    ///
    /// Code `RequestExpired`, HTTP status 400. Retryable.
    #[api(
        code = "RequestExpired",
        status = 400,
        message = "Request has expired. Timestamp date is {timestamp}.",
        retryable = sign_again
    )]
    RequestExpired {
        /// The request's timestamp as the server saw it (the table's "XXX").
        timestamp: String,
    },
    /// The API parameters do not match for the same clientToken.
    ///
    /// Code `IdempotentParameterMismatch`, HTTP status 403.
    #[api(
        code = "IdempotentParameterMismatch",
        status = 403,
        message = "The request uses the same client token as a previous, but non-identical request."
    )]
    IdempotentParameterMismatch,
    /// Signature in the Authorization header doesn’t match server verification
    ///
    /// Code `SignatureDoesNotMatch`, HTTP status 400.
    #[api(
        code = "SignatureDoesNotMatch",
        status = 400,
        message = "The request signature we calculated does not match the signature you provided. Check your Secret Access Key and signing method. Consult the service documentation for details."
    )]
    SignatureDoesNotMatch,
    /// A code this table does not have, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
