use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ParameterError {
    #[api(code = "MissingParameter", status = 400, message = "A required parameter '{parameter}' is not supplied.")]
    MissingParameter { name: String },
}

fn main() {}
