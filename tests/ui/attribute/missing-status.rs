use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
