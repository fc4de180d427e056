use blb_errors::{ApiError, BceError};

// The catalogue itself is included, not a box of it.
#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Global(Box<BceError>),
}

fn main() {
    let _ = ServiceError::lookup("AccessDenied");
}
