use blb_errors::ApiError;

// One error at the `=` with nothing after it.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = , status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
