use blb_errors::ApiError;

// The key is shown as written.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.", api::retryable)]
    ListenerNotFound,
}

fn main() {}
