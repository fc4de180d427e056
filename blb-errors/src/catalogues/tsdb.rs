//! The TSDB (Time Series Database) error codes.
//!
//! Code and status are exactly the table's; messages and descriptions are ours (see below). The
//! table is complete: it is the "错误状态码" section of
//! <https://cloud.baidu.com/doc/TSDB/s/sjwvxsv5t>, updated 2019-06-14, read to the section after
//! it. A code it does not have parses as [`TsdbError::Unknown`].
//!
//! # Its own common codes
//!
//! TSDB does not use the BCE global list: its table is a set of its own. It shares `AccessDenied`
//! and `InternalError` with the global list, but not the list, and means its own codes
//! (`InsufficientQuota` 429, `MethodNotSupported` 405, `NotAcceptable` 406,
//! `ContentTypeNotSupported` 415) where the global list has none. So [`TsdbError`] does not include
//! [`BceError`](crate::BceError), and a global code its table lacks parses as
//! [`TsdbError::Unknown`].
//!
//! # Messages
//!
//! The table publishes no message column. Each variant's message is a short sentence of this
//! crate, for `Display` and for bodies a mock server writes; it is not the server's text. A
//! variant without fields is recognised by its code alone, so the server's own message parses to
//! it, and [`ServiceError::message`](crate::ServiceError::message) keeps that message.

use crate::{ApiError, UnknownCode};

/// The TSDB error codes, its whole table (see the [module docs](self)), and a variant for codes it
/// does not have.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum TsdbError {
    /// No permission for the database.
    ///
    /// Code `AccessDenied`, HTTP status 403.
    #[api(
        code = "AccessDenied",
        status = 403,
        message = "Access to the database is denied."
    )]
    AccessDenied,
    /// The plan's quota is used up; a larger plan raises it.
    ///
    /// Code `InsufficientQuota`, HTTP status 429.
    #[api(
        code = "InsufficientQuota",
        status = 429,
        message = "The quota is insufficient."
    )]
    InsufficientQuota,
    /// Nothing is at the request's URL.
    ///
    /// Code `ResourceNotFound`, HTTP status 404.
    #[api(
        code = "ResourceNotFound",
        status = 404,
        message = "The requested resource was not found."
    )]
    ResourceNotFound,
    /// A parameter has a wrong value.
    ///
    /// Code `InvalidArgument`, HTTP status 400.
    #[api(
        code = "InvalidArgument",
        status = 400,
        message = "A request argument is invalid."
    )]
    InvalidArgument,
    /// A required parameter is absent.
    ///
    /// Code `ParameterMissing`, HTTP status 400.
    #[api(
        code = "ParameterMissing",
        status = 400,
        message = "A request parameter is missing."
    )]
    ParameterMissing,
    /// The URL does not take this HTTP method.
    ///
    /// Code `MethodNotSupported`, HTTP status 405.
    #[api(
        code = "MethodNotSupported",
        status = 405,
        message = "The request method is not supported."
    )]
    MethodNotSupported,
    /// The body's format, as its `Content-Type` names it, is not accepted.
    ///
    /// Code `ContentTypeNotSupported`, HTTP status 415.
    #[api(
        code = "ContentTypeNotSupported",
        status = 415,
        message = "The Content-Type of the request is not supported."
    )]
    ContentTypeNotSupported,
    /// Responses are `application/json`, which the `Accept` header must allow.
    ///
    /// Code `NotAcceptable`, HTTP status 406.
    #[api(
        code = "NotAcceptable",
        status = 406,
        message = "The Accept header does not allow application/json."
    )]
    NotAcceptable,
    /// A failure on the server's side; a later retry may succeed.
    ///
    /// Code `InternalError`, HTTP status 500. Retryable.
    #[api(
        code = "InternalError",
        status = 500,
        message = "Internal error, please try again later.",
        retryable
    )]
    InternalError,
    /// A code this catalogue does not have, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
