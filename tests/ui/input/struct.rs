use blb_errors::ApiError;

#[derive(Debug, ApiError)]
struct NotAnEnum {
    code: String,
}

fn main() {}
