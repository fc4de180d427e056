use blb_errors::{ApiError, UnknownCode};

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(unknown, retryable)]
    Unknown(UnknownCode),
}

fn main() {}
