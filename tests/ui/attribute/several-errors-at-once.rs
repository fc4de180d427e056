use blb_errors::ApiError;

// Every mistake of one input is reported in one build, each at its own token.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code = "", status = 404, message = "The specified listener does not exist.")]
    ListenerNotFound,
    #[api(code = "QuotaExceeded", status = 99, colour = "red", message = "You have exceeded current quota.")]
    QuotaExceeded,
    #[api(code = "InvalidParameter", status = 400, message = "The parameter '{nmae}' is invalid.")]
    InvalidParameter { name: String },
    Unannotated,
}

fn main() {}
