use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404)]
    #[api(status = 410, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
