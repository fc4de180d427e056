use blb_errors::ApiError;

#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
    #[api(code = "QuotaExceeded", status = 413, message = "You have exceeded current quota.")]
    QuotaExceeded,
    #[api(code = "ListenerNotFound", status = 404, message = "The listener is gone.")]
    ListenerGone,
}

fn main() {}
