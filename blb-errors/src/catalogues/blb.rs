//! The BLB (Baidu Load Balancer) error codes, with the BCE global codes included.
//!
//! Code, status and message are exactly the official table's ("Error description" is the message);
//! each variant's doc is the table's "Semantics" column.

use crate::bce::BceError;
use crate::{ApiError, UnknownCode};

/// The 17 BLB error codes; the 14 BCE global codes through [`BlbError::Global`]; and a variant for
/// codes neither table has.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum BlbError {
    /// A BCE global code, such as `AccessDenied` or `InternalError`.
    #[api(transparent)]
    Global(BceError),
    /// The specified Load Balancer instance does not exist
    ///
    /// Code `InstanceNotFound`, HTTP status 404.
    #[api(
        code = "InstanceNotFound",
        status = 404,
        message = "The specified BLB instance does not exist."
    )]
    InstanceNotFound,
    /// The specified listener does not exist
    ///
    /// Code `ListenerNotFound`, HTTP status 404.
    #[api(
        code = "ListenerNotFound",
        status = 404,
        message = "The specified listener does not exist."
    )]
    ListenerNotFound,
    /// The specified real server does not exist
    ///
    /// Code `BackendServerNotFound`, HTTP status 404.
    #[api(
        code = "BackendServerNotFound",
        status = 404,
        message = "The specified backend server does not exist."
    )]
    BackendServerNotFound,
    /// The listener to be created already exists
    ///
    /// Code `ListenerAlreadyExist`, HTTP status 400.
    #[api(
        code = "ListenerAlreadyExist",
        status = 400,
        message = "Listener already exists."
    )]
    ListenerAlreadyExist,
    /// The real server to be bound already exists
    ///
    /// Code `BackendServerAlreadyExist`, HTTP status 400.
    #[api(
        code = "BackendServerAlreadyExist",
        status = 400,
        message = "Backend server already exists."
    )]
    BackendServerAlreadyExist,
    /// The previous LoadBalancer request has not been processed
    ///
    /// Retryable once the previous operation finishes.
    ///
    /// Code `LastOperationNotFinished`, HTTP status 409. Retryable.
    #[api(
        code = "LastOperationNotFinished",
        status = 409,
        message = "Last operation has not finished.",
        retryable = wait_for_previous
    )]
    LastOperationNotFinished,
    /// The current user has not passed certification
    ///
    /// Code `RealNameAuthenticationRequired`, HTTP status 403.
    #[api(
        code = "RealNameAuthenticationRequired",
        status = 403,
        message = "You need to pass real-name authentication."
    )]
    RealNameAuthenticationRequired,
    /// BLB count exceeds user quota limit
    ///
    /// Code `QuotaExceeded`, HTTP status 413.
    #[api(
        code = "QuotaExceeded",
        status = 413,
        message = "You have exceeded current quota."
    )]
    QuotaExceeded,
    /// You must first have a BCC, DCC or BBC Instances before creating a BLB
    ///
    /// Code `ServerRequired`, HTTP status 404.
    #[api(
        code = "ServerRequired",
        status = 404,
        message = "You must have at least one bcc, dcc or bbc to create BLB."
    )]
    ServerRequired,
    /// You can create up to 20 listeners for each BLB instance.
    ///
    /// Code `ListenerExceeded`, HTTP status 413.
    #[api(
        code = "ListenerExceeded",
        status = 413,
        message = "You can create at most 20 listeners per BLB instance."
    )]
    ListenerExceeded,
    /// BLB service is blocked. Please contact technical service personnel
    ///
    /// Code `ServiceBlocked`, HTTP status 403.
    #[api(
        code = "ServiceBlocked",
        status = 403,
        message = "Your BLB service is blocked, please contact technical support for assistance."
    )]
    ServiceBlocked,
    /// Fail to create BLB instance, usually due to insufficient resources, insufficient user balance, etc.
    ///
    /// Code `InstanceCreationFailed`, HTTP status 400.
    #[api(
        code = "InstanceCreationFailed",
        status = 400,
        message = "Fail to create blb instance."
    )]
    InstanceCreationFailed,
    /// The required parameter "parameterName" is missing in the request.
    ///
    /// Code `MissingParameter`, HTTP status 400.
    #[api(
        code = "MissingParameter",
        status = 400,
        message = "A required parameter '{name}' is not supplied."
    )]
    MissingParameter {
        /// The parameter's name (the table's 'parameterName').
        name: String,
    },
    /// The parameter "parameterName" is invalid
    ///
    /// Code `InvalidParameter`, HTTP status 400.
    #[api(
        code = "InvalidParameter",
        status = 400,
        message = "The parameter '{name}' is invalid."
    )]
    InvalidParameter {
        /// The parameter's name (the table's 'parameterName').
        name: String,
    },
    /// Fail to unbind EIP
    ///
    /// Code `EipUnbindFailed`, HTTP status 400.
    #[api(code = "EipUnbindFailed", status = 400, message = "Fail to unbind EIP")]
    EipUnbindFailed,
    /// The specified HTTPS listener does not exist
    ///
    /// Code `RedirectPortNotFound`, HTTP status 404.
    #[api(
        code = "RedirectPortNotFound",
        status = 404,
        message = "The specified redirect port does not exist."
    )]
    RedirectPortNotFound,
    /// The specified certificate does not exist
    ///
    /// Code `CertificateNotFound`, HTTP status 404.
    #[api(
        code = "CertificateNotFound",
        status = 404,
        message = "The specified certificate does not exist."
    )]
    CertificateNotFound,
    /// A code neither table has, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
