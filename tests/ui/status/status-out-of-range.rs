use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 600, message = "The specified listener does not exist.")]
    ListenerNotFound,
    #[api(code = "Created", status = 201, message = "Not an error.")]
    Created,
    #[api(code = "Huge", status = 70000, message = "Not a status.")]
    Huge,
}

fn main() {}
