use blb_errors::{ApiError, BceError};

// `From<BceError>` could build either variant.
#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Global(BceError),
    #[api(transparent)]
    Again(BceError),
}

fn main() {}
