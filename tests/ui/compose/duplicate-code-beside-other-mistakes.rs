use blb_errors::{ApiError, BceError};

// A code also in an included catalogue is found by constant evaluation; it is reported in the same
// build as the mistakes of the other variants.
#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Global(BceError),
    #[api(code = "AccessDenied", status = 403, message = "Access denied.")]
    AccessDenied,
    #[api(code = "QuotaExceeded", status = 99, message = "You have exceeded current quota.")]
    QuotaExceeded,
}

fn main() {}
