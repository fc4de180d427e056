//! The BLB (Baidu Load Balancer) error codes, with the BCE global codes included.
//!
//! Code, status and message are exactly the official table's ("Error description" is the message);
//! each variant's doc is the table's "Semantics" column.

use crate::bce::BceError;
use crate::{ApiError, UnknownCode};

/// The 17 BLB error codes; the 14 BCE global codes through [`BlbError::Global`]; and a variant for
/// codes neither table has.
// The discriminants give the unit variants one range (1 to 15) and the variants that own heap
// memory the values after it, while the declaration order stays the table's, which is the
// catalogue's order. Dropping a value then tests a range; in declaration order it was a jump
// table, which measured a third of the time of `from_code` and the drop of its value. The derive
// numbers the own codes in discriminant order, so a tag still finds its catalogue entry with a
// subtraction and a read. A `u64` tag, as wide as the one the default layout used here: with a
// `u8` tag, parsing a body measured 10 % slower for the same instructions.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
#[repr(u64)]
pub enum BlbError {
    /// A BCE global code, such as `AccessDenied` or `InternalError`.
    #[api(transparent)]
    Global(BceError) = 0,
    /// The specified Load Balancer instance does not exist
    ///
    /// Code `InstanceNotFound`, HTTP status 404.
    #[api(
        code = "InstanceNotFound",
        status = 404,
        message = "The specified BLB instance does not exist."
    )]
    InstanceNotFound = 1,
    /// The specified listener does not exist
    ///
    /// Code `ListenerNotFound`, HTTP status 404.
    #[api(
        code = "ListenerNotFound",
        status = 404,
        message = "The specified listener does not exist."
    )]
    ListenerNotFound = 2,
    /// The specified real server does not exist
    ///
    /// Code `BackendServerNotFound`, HTTP status 404.
    #[api(
        code = "BackendServerNotFound",
        status = 404,
        message = "The specified backend server does not exist."
    )]
    BackendServerNotFound = 3,
    /// The listener to be created already exists
    ///
    /// Code `ListenerAlreadyExist`, HTTP status 400.
    #[api(
        code = "ListenerAlreadyExist",
        status = 400,
        message = "Listener already exists."
    )]
    ListenerAlreadyExist = 4,
    /// The real server to be bound already exists
    ///
    /// Code `BackendServerAlreadyExist`, HTTP status 400.
    #[api(
        code = "BackendServerAlreadyExist",
        status = 400,
        message = "Backend server already exists."
    )]
    BackendServerAlreadyExist = 5,
    /// The previous LoadBalancer request has not been processed
    ///
    /// Retryable once the previous operation finishes.
    ///
    /// Code `LastOperationNotFinished`, HTTP status 409. Retryable.
    #[api(
        code = "LastOperationNotFinished",
        status = 409,
        message = "Last operation has not finished.",
        retryable
    )]
    LastOperationNotFinished = 6,
    /// The current user has not passed certification
    ///
    /// Code `RealNameAuthenticationRequired`, HTTP status 403.
    #[api(
        code = "RealNameAuthenticationRequired",
        status = 403,
        message = "You need to pass real-name authentication."
    )]
    RealNameAuthenticationRequired = 7,
    /// BLB count exceeds user quota limit
    ///
    /// Code `QuotaExceeded`, HTTP status 413.
    #[api(
        code = "QuotaExceeded",
        status = 413,
        message = "You have exceeded current quota."
    )]
    QuotaExceeded = 8,
    /// You must first have a BCC, DCC or BBC Instances before creating a BLB
    ///
    /// Code `ServerRequired`, HTTP status 404.
    #[api(
        code = "ServerRequired",
        status = 404,
        message = "You must have at least one bcc, dcc or bbc to create BLB."
    )]
    ServerRequired = 9,
    /// You can create up to 20 listeners for each BLB instance.
    ///
    /// Code `ListenerExceeded`, HTTP status 413.
    #[api(
        code = "ListenerExceeded",
        status = 413,
        message = "You can create at most 20 listeners per BLB instance."
    )]
    ListenerExceeded = 10,
    /// BLB service is blocked. Please contact technical service personnel
    ///
    /// Code `ServiceBlocked`, HTTP status 403.
    #[api(
        code = "ServiceBlocked",
        status = 403,
        message = "Your BLB service is blocked, please contact technical support for assistance."
    )]
    ServiceBlocked = 11,
    /// Fail to create BLB instance, usually due to insufficient resources, insufficient user balance, etc.
    ///
    /// Code `InstanceCreationFailed`, HTTP status 400.
    #[api(
        code = "InstanceCreationFailed",
        status = 400,
        message = "Fail to create blb instance."
    )]
    InstanceCreationFailed = 12,
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
    } = 16,
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
    } = 17,
    /// Fail to unbind EIP
    ///
    /// Code `EipUnbindFailed`, HTTP status 400.
    #[api(code = "EipUnbindFailed", status = 400, message = "Fail to unbind EIP")]
    EipUnbindFailed = 13,
    /// The specified HTTPS listener does not exist
    ///
    /// Code `RedirectPortNotFound`, HTTP status 404.
    #[api(
        code = "RedirectPortNotFound",
        status = 404,
        message = "The specified redirect port does not exist."
    )]
    RedirectPortNotFound = 14,
    /// The specified certificate does not exist
    ///
    /// Code `CertificateNotFound`, HTTP status 404.
    #[api(
        code = "CertificateNotFound",
        status = 404,
        message = "The specified certificate does not exist."
    )]
    CertificateNotFound = 15,
    /// A code neither table has, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode) = 18,
}

#[cfg(test)]
mod tests {
    use super::BlbError;
    use crate::{ApiError, BceError, UnknownCode};

    /// The tag of a value: its first word, as `BlbError` is `#[repr(u64)]`.
    fn tag(error: &BlbError) -> u64 {
        // SAFETY: every variant of a `#[repr(u64)]` enum starts with its `u64` tag.
        unsafe { *std::ptr::from_ref(error).cast::<u64>() }
    }

    #[test]
    fn the_unit_variants_take_one_range_of_tags_and_those_owning_memory_come_after() {
        let units: Vec<BlbError> = BlbError::catalogue()
            .iter()
            .filter_map(|entry| BlbError::from_code(entry.code()))
            .filter(|error| !matches!(error, BlbError::Global(_)))
            .collect();
        assert_eq!(units.len(), 15);
        for unit in &units {
            assert!((1..=15).contains(&tag(unit)), "{unit:?}: {}", tag(unit));
        }
        let owning = [
            BlbError::MissingParameter {
                name: String::new(),
            },
            BlbError::InvalidParameter {
                name: String::new(),
            },
            BlbError::Unknown(UnknownCode::new("Other", "m", 400)),
        ];
        for error in &owning {
            assert!(tag(error) > 15, "{error:?}: {}", tag(error));
        }
        assert_eq!(tag(&BlbError::Global(BceError::AccessDenied)), 0);
        // The tag takes the word the usual layout gave it: no larger value, and `None` fits in it.
        assert_eq!(size_of::<BlbError>(), 32);
        assert_eq!(size_of::<Option<BlbError>>(), 32);
    }
}
