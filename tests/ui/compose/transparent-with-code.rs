use blb_errors::{ApiError, BceError};

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(transparent, code = "Global", status = 400)]
    Global(BceError),
}

fn main() {}
