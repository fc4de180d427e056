use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "Listener NotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
