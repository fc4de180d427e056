use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ParameterError {
    #[api(code = "InvalidParameter", status = 400, message = "The parameter '{0}' is invalid.")]
    InvalidParameter { name: String },
}

fn main() {}
