//! The retry policy for codes the catalogue does not mark.

/// Whether an HTTP status says the failure was the server's or a gateway's and may pass:
/// 500, 502, 503 and 504. Baidu's Go SDK and recent Java SDK retry 500, 502 and 503 (and
/// `RequestExpired`); 504, a gateway that timed out, is added here because the request may not
/// have reached the service at all.
#[must_use]
pub const fn is_retryable_status(status: u16) -> bool {
    matches!(status, 500 | 502 | 503 | 504)
}
