use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ServiceError {
    #[api(unknown)]
    Unknown(String),
}

fn main() {
    let _ = ServiceError::Unknown(String::new()).code();
}
