use blb_errors::ApiError;

// `#[api(...)]` says nothing about a field: a code and status written there would be lost.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener {0} does not exist.")]
    ListenerNotFound(#[api(code = "Other", status = 500)] String),
}

fn main() {}
