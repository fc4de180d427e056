use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(code = "InternalError", status = 500, message = "We encountered an internal error.", retryable = true)]
    InternalError,
}

fn main() {}
