use blb_errors::ApiError;

// The code given twice is reported in the same build as the other mistake of the first variant.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 99, message = "The specified listener does not exist.")]
    ListenerNotFound,
    #[api(code = "ListenerNotFound", status = 404, message = "No such listener.")]
    NoSuchListener,
}

fn main() {}
