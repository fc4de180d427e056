use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api()]
    ListenerNotFound,
}

fn main() {}
