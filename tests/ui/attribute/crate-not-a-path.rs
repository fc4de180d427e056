use blb_errors::ApiError;

#[derive(Debug, ApiError)]
#[api(crate = "not a path")]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
