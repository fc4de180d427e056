//! The BCC (Baidu Cloud Compute) error codes of the API pages read, with the BCE global codes
//! included.
//!
//! Code, status and message are exactly as the pages print them; each variant's description is
//! ours. BCC publishes its codes per API page, not in one table, and a code shared by several
//! pages is one variant. The table is partial: only these pages were read, and any other code
//! parses as [`BccError::Unknown`].
//!
//! | API | page | updated |
//! |---|---|---|
//! | create key pair | <https://cloud.baidu.com/doc/BCC/s/ykckicewc> | 2024-10-17 |
//! | delete key pair | <https://cloud.baidu.com/doc/BCC/s/Ykcld9swb> | 2024-07-02 |
//! | change a key pair's description | <https://cloud.baidu.com/doc/BCC/s/Ikcleb7t8> | 2024-07-02 |
//! | attach key pair | <https://cloud.baidu.com/doc/BCC/s/ukcld1o5f> | 2024-07-02 |
//! | detach key pair | <https://cloud.baidu.com/doc/BCC/s/Okcld5t7i> | 2024-10-21 |
//! | start an instance | <https://cloud.baidu.com/doc/BCC/s/Mjwvyobl0-en> | undated |
//! | stop an instance (4 rows) | <https://cloud.baidu.com/doc/BCC/s/Tjwvyobwq> | 2024-07-02 |
//! | reboot an instance | <https://cloud.baidu.com/doc/BCC/s/vjwvyoa62> | 2024-07-02 |
//!
//! The stop page lists `Bcc.InstanceTypeNotSupportException` a second time with another message,
//! seen only in part: that wording parses to the same variant, as any wording of a code without
//! fields does.
//!
//! # Global codes
//!
//! The BCE global codes come from [`BceError`] through [`BccError::Global`]. A global code is
//! recognised by its code: where the BCC error page (2025-10-20) prints another wording than
//! [`BceError`]'s (`InternalError` without its full stop, "doesnot", and `InvalidHTTPAuthHeader`
//! with the `InvalidAccessKeyId` message), the server's message still parses to the global variant,
//! and [`ServiceError::message`](crate::ServiceError::message) keeps the server's text.

use crate::bce::BceError;
use crate::{ApiError, UnknownCode};

/// The BCC codes of the API pages read (see the [module docs](self)); the BCE global codes through
/// [`BccError::Global`]; and a variant for codes neither has.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum BccError {
    /// A BCE global code, such as `AccessDenied` or `InternalError`.
    #[api(transparent)]
    Global(BceError),
    /// The key pair's name is not in a valid form.
    ///
    /// Code `Keypair.KeypairNameInvalid`, HTTP status 400.
    #[api(
        code = "Keypair.KeypairNameInvalid",
        status = 400,
        message = "Keypair name is invalid."
    )]
    KeypairNameInvalid,
    /// The key pair's description is not valid.
    ///
    /// Code `Keypair.KeypairDescriptionInvalid`, HTTP status 400.
    #[api(
        code = "Keypair.KeypairDescriptionInvalid",
        status = 400,
        message = "Keypair description is invalid."
    )]
    KeypairDescriptionInvalid,
    /// The account holds as many key pairs as its quota allows.
    ///
    /// Code `Keypair.KeypairQuotaExceedLimit`, HTTP status 413.
    #[api(
        code = "Keypair.KeypairQuotaExceedLimit",
        status = 413,
        message = "Keypair number exceeds the limit."
    )]
    KeypairQuotaExceedLimit,
    /// No key pair has this id.
    ///
    /// Code `Keypair.KeypairNotExist`, HTTP status 404.
    #[api(
        code = "Keypair.KeypairNotExist",
        status = 404,
        message = "Keypair not exist."
    )]
    KeypairNotExist,
    /// A key pair attached to an instance cannot be deleted.
    ///
    /// Code `Keypair.DeleteKeypairInUse`, HTTP status 403.
    #[api(
        code = "Keypair.DeleteKeypairInUse",
        status = 403,
        message = "Keypair is in use."
    )]
    DeleteKeypairInUse,
    /// The public key is not in a valid format.
    ///
    /// Code `Keypair.PublicKeyFormatInvalid`, HTTP status 400.
    // The page that lists it (changing a description) explains it as an invalid description.
    #[api(
        code = "Keypair.PublicKeyFormatInvalid",
        status = 400,
        message = "Public key format is invalid."
    )]
    PublicKeyFormatInvalid,
    /// Key pairs attach to Linux instances only.
    ///
    /// Code `Keypair.UnsupportOsType`, HTTP status 403.
    #[api(
        code = "Keypair.UnsupportOsType",
        status = 403,
        message = "Unsupported os type, only linux supported."
    )]
    UnsupportOsType,
    /// The instance must be running or stopped.
    ///
    /// Code `Keypair.InstanceStatusForbidden`, HTTP status 409.
    #[api(
        code = "Keypair.InstanceStatusForbidden",
        status = 409,
        message = "Instance not in running or stopped status."
    )]
    InstanceStatusForbidden,
    /// The key pair is attached already.
    ///
    /// Code `Keypair.AttachAttachedKeypair`, HTTP status 400.
    #[api(
        code = "Keypair.AttachAttachedKeypair",
        status = 400,
        message = "Can not attach to an attached keypair."
    )]
    AttachAttachedKeypair,
    /// No instance has this id.
    ///
    /// Code `Keypair.InstanceNotExist`, HTTP status 404.
    #[api(
        code = "Keypair.InstanceNotExist",
        status = 404,
        message = "Instance not exist."
    )]
    InstanceNotExist,
    /// Only a stopped instance can be started.
    ///
    /// Code `Instance.StartInstanceOperationForbidden`, HTTP status 409.
    #[api(
        code = "Instance.StartInstanceOperationForbidden",
        status = 409,
        message = "Instance not stopped when starting."
    )]
    StartInstanceOperationForbidden,
    /// Only a running instance can be stopped.
    ///
    /// Code `Instance.StopInstanceOperationForbidden`, HTTP status 409.
    #[api(
        code = "Instance.StopInstanceOperationForbidden",
        status = 409,
        message = "Instance not running when shutting down"
    )]
    StopInstanceOperationForbidden,
    /// A prepaid instance cannot be stopped without charge.
    ///
    /// Code `Bcc.PrePayCannotStopWithNoCharge`, HTTP status 403.
    #[api(
        code = "Bcc.PrePayCannotStopWithNoCharge",
        status = 403,
        message = "pre pay instance can not stop with no charge."
    )]
    PrePayCannotStopWithNoCharge,
    /// Stopping without charge is not offered for instances with local disks.
    ///
    /// Code `Bcc.Rocv1CannotStopWithNoCharge`, HTTP status 403.
    #[api(
        code = "Bcc.Rocv1CannotStopWithNoCharge",
        status = 403,
        message = "Shutdown no charge feature is not available for instances with local disk."
    )]
    Rocv1CannotStopWithNoCharge,
    /// Stopping without charge is not offered for this instance type.
    ///
    /// Code `Bcc.InstanceTypeNotSupportException`, HTTP status 403.
    #[api(
        code = "Bcc.InstanceTypeNotSupportException",
        status = 403,
        message = "Shutdown no charge feature is not available for this type of instance."
    )]
    InstanceTypeNotSupportException,
    /// Only a running instance can be rebooted.
    ///
    /// Code `Instance.RebootInstanceOperationForbidden`, HTTP status 409.
    #[api(
        code = "Instance.RebootInstanceOperationForbidden",
        status = 409,
        message = "Instance not running when rebooting."
    )]
    RebootInstanceOperationForbidden,
    /// A code this catalogue does not have, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
