use blb_errors::ApiError;

// A crate path that does not resolve is one error, at the path.
#[derive(Debug, ApiError)]
#[api(crate = nope)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
