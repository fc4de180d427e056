use blb_errors::ApiError;

const NOT_FOUND: u16 = 404;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = NOT_FOUND, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
