use blb_errors::ApiError;

// A `concat!` right after the first line is still in the first paragraph: the description would
// be cut.
#[derive(Debug, ApiError)]
enum ListenerError {
    /// The listener
    #[doc = concat!("does not ", "exist.")]
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
