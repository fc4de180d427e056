use blb_errors::{ApiError, UnknownCode};

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(unknown, transparent)]
    Unknown(UnknownCode),
}

fn main() {}
