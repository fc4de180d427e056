use blb_errors::ApiError;

// A derive sees `include_str!(..)`, not the text: the description would be empty.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[doc = include_str!("description.md")]
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
