use blb_errors::ApiError;

// The derive fails, but still emits ApiError, Display and Error: the code below shows no
// follow-on errors, only the one at the bad status.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 200, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn describe(error: &ListenerError) -> String {
    format!("{} {} {}", error.status(), error.code(), error)
}

fn boxed(error: ListenerError) -> Box<dyn std::error::Error> {
    Box::new(error)
}

fn main() {
    let _ = describe(&ListenerError::ListenerNotFound);
    let _ = boxed(ListenerError::ListenerNotFound);
    let _ = ListenerError::catalogue();
}
