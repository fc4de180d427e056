use blb_errors::ApiError;

// An error type is `Debug`: one error, at the enum's name, and none where it is used.
#[derive(ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, message = "No listener {0}.")]
    NotFound(String),
}

fn main() {
    let error = ListenerError::NotFound("l-1".into());
    let _ = (error.code(), error.message(), error.to_string());
    let _: Box<dyn std::error::Error> = Box::new(error);
}
