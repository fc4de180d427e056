use blb_errors::{ApiError, UnknownCode};

// The unknown variant holds the `UnknownCode` itself.
#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(unknown)]
    Unknown(Box<UnknownCode>),
}

fn main() {
    let _ = ServiceError::from_wire("Other", "other", 500).map(|error| error.is_retryable());
}
