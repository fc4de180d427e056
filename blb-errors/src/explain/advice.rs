//! What the tool tells about sending a failed request again: its one place for that wording.

/// The retry advice for a response with `code` (`None` for a body without one) and `status`,
/// where the library says whether it is retryable (`is_retryable` of the entry, or of the
/// response for a code no catalogue has).
pub(crate) fn advice(code: Option<&str>, status: u16, retryable: bool) -> &'static str {
    match code {
        // The two BCE and BLB codes that are retryable only once something is done.
        Some("RequestExpired") => {
            "retryable after signing the request again with a fresh timestamp"
        }
        Some("LastOperationNotFinished") => {
            "retryable once the previous operation on the instance finishes (poll its status, then send again)"
        }
        _ if retryable => "retryable: send the same request again, with backoff",
        _ if status >= 500 => {
            "not marked retryable: a server-side failure; check the service before sending again"
        }
        _ => "not retryable: the request or the resource must change before it can succeed",
    }
}
