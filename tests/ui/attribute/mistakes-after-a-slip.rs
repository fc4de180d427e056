use blb_errors::ApiError;

// After a slip in its syntax, a list is read on from the next comma: the unknown key after the
// slip and the mistake in another variant are reported in the same build, and no key is reported
// missing.
#[derive(Debug, ApiError)]
enum ListenerError {
    #[api(code: "ListenerNotFound", status = 404, colour = "red", message = "The specified listener does not exist.")]
    ListenerNotFound,
    #[api(code = "QuotaExceeded", status = 99, message = "You have exceeded current quota.")]
    QuotaExceeded,
}

fn main() {}
