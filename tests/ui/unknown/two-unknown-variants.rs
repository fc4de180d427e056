use blb_errors::{ApiError, UnknownCode};

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
    #[api(unknown)]
    Unknown(UnknownCode),
    #[api(unknown)]
    Other(UnknownCode),
}

fn main() {}
