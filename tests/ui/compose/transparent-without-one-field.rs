use blb_errors::{ApiError, BceError};

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent)]
    Global(BceError, BceError),
    #[api(transparent)]
    Nothing,
}

fn main() {}
