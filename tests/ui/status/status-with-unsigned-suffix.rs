use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404u8, message = "The specified listener does not exist.")]
    ListenerNotFound,
}

fn main() {}
