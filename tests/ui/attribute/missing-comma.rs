use blb_errors::ApiError;

// One error, at the slip: `status` is not reported missing.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound" status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
