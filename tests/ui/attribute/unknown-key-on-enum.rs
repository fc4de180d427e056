use blb_errors::ApiError;

#[derive(Debug, ApiError)]
#[api(status = 404)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
