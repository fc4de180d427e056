use blb_errors::ApiError;

// One error at the comma; the keys after it are read.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(, code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
