//! The CDS (Cloud Disk Service) error codes of the API pages read, with the BCE global codes
//! included.
//!
//! Code, status and message are exactly as the pages print them; each variant's description is
//! ours. CDS is documented inside the BCC API reference, one table per API page. The table is
//! partial: creating, resizing, renaming, rolling back and renewing disks were not read, and any
//! other code parses as [`CdsError::Unknown`].
//!
//! | API | page | updated |
//! |---|---|---|
//! | release a disk | <https://cloud.baidu.com/doc/BCC/s/1jwvyo4xu> | 2024-07-02 |
//! | release a disk (new) | <https://cloud.baidu.com/doc/BCC/s/Xjwvyo2vz> | 2025-03-13 |
//! | detach a disk | <https://cloud.baidu.com/doc/BCC/s/zjwvyo1fn> | 2024-07-02 |
//! | attach a disk | <https://cloud.baidu.com/doc/BCC/s/Yjwvyo3xg> | 2025-03-13 |
//!
//! `Volume.DistNotAvailable` is spelt as published ("Dist"), since the code is what the server
//! sends. The detach page's text speaks of a 404 for a disk not on the instance, while its table
//! gives `Volume.DiskNotAttachedInstance` 400: the table's status is kept, and a parsed error
//! reports the server's own ([`ServiceError::status`](crate::ServiceError::status)).
//!
//! # Global codes
//!
//! The BCE global codes come from [`BceError`] through [`CdsError::Global`], as on the BCC pages
//! (the `bcc` module says how their wording differs).

use crate::bce::BceError;
use crate::{ApiError, UnknownCode};

/// The CDS codes of the API pages read (see the [module docs](self)); the BCE global codes through
/// [`CdsError::Global`]; and a variant for codes neither has.
#[derive(Debug, Clone, PartialEq, Eq, ApiError)]
#[non_exhaustive]
pub enum CdsError {
    /// A BCE global code, such as `AccessDenied` or `InternalError`.
    #[api(transparent)]
    Global(BceError),
    /// The disk's status does not allow deleting it.
    ///
    /// Code `Volume.DiskStatusCannotBeDeleted`, HTTP status 409.
    #[api(
        code = "Volume.DiskStatusCannotBeDeleted",
        status = 409,
        message = "Volume in current status can not be deleted."
    )]
    DiskStatusCannotBeDeleted,
    /// A system disk cannot be deleted.
    ///
    /// Code `Volume.SystemDiskCannotBeDeleted`, HTTP status 403.
    #[api(
        code = "Volume.SystemDiskCannotBeDeleted",
        status = 403,
        message = "System disk can not be deleted."
    )]
    SystemDiskCannotBeDeleted,
    /// The disk is not attached to that instance.
    ///
    /// Code `Volume.DiskNotAttachedInstance`, HTTP status 400.
    #[api(
        code = "Volume.DiskNotAttachedInstance",
        status = 400,
        message = "Volume is not mounted in this instance, please make sure and try again."
    )]
    DiskNotAttachedInstance,
    /// A disk is detached only from a running or stopped instance.
    ///
    /// Code `Volume.InstanceStatusCannotDetach`, HTTP status 409.
    #[api(
        code = "Volume.InstanceStatusCannotDetach",
        status = 409,
        message = "Instance only when it is running or stopped state can unmount from it."
    )]
    InstanceStatusCannotDetach,
    /// A disk is attached only to a running or stopped instance.
    ///
    /// Code `Volume.InstanceStatusCannotAttach`, HTTP status 409.
    #[api(
        code = "Volume.InstanceStatusCannotAttach",
        status = 409,
        message = "Instance only when it is running or stopped state can mount to it."
    )]
    InstanceStatusCannotAttach,
    /// The disk is not available for attaching.
    ///
    /// Code `Volume.DistNotAvailable`, HTTP status 409.
    #[api(
        code = "Volume.DistNotAvailable",
        status = 409,
        message = "Volume status is not available, can not be attached to instance."
    )]
    DistNotAvailable,
    /// The instance has as many disks attached as allowed.
    ///
    /// Code `Volume.DiskAttachedQuotaExceededLimit`, HTTP status 413.
    #[api(
        code = "Volume.DiskAttachedQuotaExceededLimit",
        status = 413,
        message = "The attached disk number to an instance exceeds limit."
    )]
    DiskAttachedQuotaExceededLimit,
    /// A code this catalogue does not have, with the server's message and status.
    #[api(unknown)]
    Unknown(UnknownCode),
}
