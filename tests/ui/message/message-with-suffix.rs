use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist."suffix)]
    ListenerNotFound,
}

fn main() {}
