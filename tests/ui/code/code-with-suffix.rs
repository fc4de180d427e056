use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound"suffix, status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
