use blb_errors::{ApiError, BceError};

// `AccessDenied` is a BCE global code already: composing both would give it twice.
#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Global(BceError),
    #[api(code = "AccessDenied", status = 403, message = "Access denied.")]
    AccessDenied,
}

fn main() {}
