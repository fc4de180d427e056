use blb_errors::ApiError;

// One error at `code`, which is written, and so not reported missing.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code, status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
