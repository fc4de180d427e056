use blb_errors::{ApiError, UnknownCode};

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(unknown)]
    Unknown(UnknownCode, u16),
}

fn main() {}
