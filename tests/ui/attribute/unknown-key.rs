use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, mesage = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
