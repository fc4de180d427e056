use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404)]
    ListenerNotFound,
}

fn main() {}
