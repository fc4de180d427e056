use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ParameterError {
    #[api(code = "InvalidParameter", status = 400, message = "The parameter '{1}' is invalid.")]
    InvalidParameter(String),
}

fn main() {}
