//! The TableStorage (BTS) error codes.
//!
//! Code and status are exactly the table's; messages and descriptions are ours (see below). The
//! table is complete: <https://cloud.baidu.com/doc/BTS/s/Km4o9xhlx>, updated 2024-12-18, read to
//! the section after it. A code it does not have parses as [`BtsError::Unknown`]. The table also
//! lists its successes (200, 201, 202, 204, 206 and 304, with no code): they are not errors and
//! are not here.
//!
//! # Its own common codes
//!
//! TableStorage does not use the BCE global list: its table is a set of its own. It shares
//! `InvalidURI`, `MalformedJSON`, `InappropriateJSON`, `AccessDenied` and `InternalError` with the
//! global list, but not the list, and means some of them otherwise: its `InappropriateJSON` is JSON
//! lacking a required parameter, and authentication fails with its own `AuthenticationFailed`
//! (401). So [`BtsError`] does not include [`BceError`](crate::BceError), and a global code its
//! table lacks parses as [`BtsError::Unknown`].
//!
//! # Messages
//!
//! The table publishes no message column. Each variant's message is a short sentence of this
//! crate, for `Display` and for bodies a mock server writes; it is not the server's text. A
//! variant without fields is recognised by its code alone, so the server's own message parses to
//! it, and [`ServiceError::message`](crate::ServiceError::message) keeps that message.

use crate::{ApiError, UnknownCode};

/// The TableStorage error codes, its whole table (see the [module docs](self)), and a variant for
/// codes it does not have.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum BtsError {
    /// The URI names nothing TableStorage knows.
    ///
    /// Code `InvalidURI`, HTTP status 400.
    #[api(
        code = "InvalidURI",
        status = 400,
        message = "The request URI is invalid."
    )]
    InvalidUri,
    /// A required header is absent or has a wrong value.
    ///
    /// Code `InvalidHeader`, HTTP status 400.
    #[api(
        code = "InvalidHeader",
        status = 400,
        message = "A request header is missing or invalid."
    )]
    InvalidHeader,
    /// A value in the request body is wrong.
    ///
    /// Code `InvalidParam`, HTTP status 400.
    #[api(
        code = "InvalidParam",
        status = 400,
        message = "A parameter in the request body is invalid."
    )]
    InvalidParam,
    /// The body cannot be parsed as JSON.
    ///
    /// Code `MalformedJSON`, HTTP status 400.
    #[api(
        code = "MalformedJSON",
        status = 400,
        message = "The request body is not valid JSON."
    )]
    MalformedJson,
    /// The JSON is valid but a required parameter is missing.
    ///
    /// Code `InappropriateJSON`, HTTP status 400.
    #[api(
        code = "InappropriateJSON",
        status = 400,
        message = "The request body lacks a required parameter."
    )]
    InappropriateJson,
    /// The request's credentials were not accepted.
    ///
    /// Code `AuthenticationFailed`, HTTP status 401.
    #[api(
        code = "AuthenticationFailed",
        status = 401,
        message = "Authentication failed."
    )]
    AuthenticationFailed,
    /// The caller may not do this.
    ///
    /// Code `AccessDenied`, HTTP status 403.
    #[api(
        code = "AccessDenied",
        status = 403,
        message = "The request is denied."
    )]
    AccessDenied,
    /// An account holds at most 20 instances.
    ///
    /// Code `ReachMaxInstanceCount`, HTTP status 403.
    #[api(
        code = "ReachMaxInstanceCount",
        status = 403,
        message = "The account has reached its instance limit."
    )]
    ReachMaxInstanceCount,
    /// An instance holds at most 128 tables.
    ///
    /// Code `ReachMaxTableCount`, HTTP status 403.
    #[api(
        code = "ReachMaxTableCount",
        status = 403,
        message = "The instance has reached its table limit."
    )]
    ReachMaxTableCount,
    /// The instance is not ready yet; the request may succeed once it is.
    ///
    /// Code `InstanceCreating`, HTTP status 403. Retryable.
    #[api(
        code = "InstanceCreating",
        status = 403,
        message = "The instance is still being created.",
        retryable
    )]
    InstanceCreating,
    /// The account has an unpaid bill; it works again once paid.
    ///
    /// Code `AccountOverdue`, HTTP status 403.
    #[api(
        code = "AccountOverdue",
        status = 403,
        message = "The account is overdue."
    )]
    AccountOverdue,
    /// A resource of the request does not exist.
    ///
    /// Code `ResourceNotFound`, HTTP status 404.
    #[api(
        code = "ResourceNotFound",
        status = 404,
        message = "The resource was not found."
    )]
    ResourceNotFound,
    /// No instance has this name.
    ///
    /// Code `InstanceNotExist`, HTTP status 404.
    #[api(
        code = "InstanceNotExist",
        status = 404,
        message = "The instance does not exist."
    )]
    InstanceNotExist,
    /// No table has this name.
    ///
    /// Code `TableNotExist`, HTTP status 404.
    #[api(
        code = "TableNotExist",
        status = 404,
        message = "The table does not exist."
    )]
    TableNotExist,
    /// No row has this key.
    ///
    /// Code `RowNotExist`, HTTP status 404.
    #[api(
        code = "RowNotExist",
        status = 404,
        message = "The row does not exist."
    )]
    RowNotExist,
    /// No column has this name.
    ///
    /// Code `ColumnNotExist`, HTTP status 404.
    #[api(
        code = "ColumnNotExist",
        status = 404,
        message = "The column does not exist."
    )]
    ColumnNotExist,
    /// The URL does not take this HTTP method.
    ///
    /// Code `MethodNotAllowed`, HTTP status 405.
    #[api(
        code = "MethodNotAllowed",
        status = 405,
        message = "The HTTP method is not allowed."
    )]
    MethodNotAllowed,
    /// More than 30 minutes passed between sending the request and the server taking it.
    ///
    /// Code `RequestTimeout`, HTTP status 408.
    #[api(
        code = "RequestTimeout",
        status = 408,
        message = "The request took too long to reach the server."
    )]
    RequestTimeout,
    /// An instance of this name exists.
    ///
    /// Code `InstanceAlreadyExist`, HTTP status 409.
    #[api(
        code = "InstanceAlreadyExist",
        status = 409,
        message = "The instance already exists."
    )]
    InstanceAlreadyExist,
    /// A table of this name exists.
    ///
    /// Code `TableAlreadyExist`, HTTP status 409.
    #[api(
        code = "TableAlreadyExist",
        status = 409,
        message = "The table already exists."
    )]
    TableAlreadyExist,
    /// The request entity is over the size allowed.
    ///
    /// Code `PayloadTooLarge`, HTTP status 413.
    #[api(
        code = "PayloadTooLarge",
        status = 413,
        message = "The request body is too large."
    )]
    PayloadTooLarge,
    /// A failure on the server's side.
    ///
    /// Code `InternalError`, HTTP status 500. Retryable.
    #[api(
        code = "InternalError",
        status = 500,
        message = "Internal server error.",
        retryable
    )]
    InternalError,
    /// The service is overloaded for now.
    ///
    /// Code `ServerBusy`, HTTP status 503. Retryable.
    #[api(
        code = "ServerBusy",
        status = 503,
        message = "The server is overloaded.",
        retryable
    )]
    ServerBusy,
    /// A code this catalogue does not have, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
