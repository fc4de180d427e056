//! What to do about a failed request: the advice a catalogue row, a status or a response gives.

use std::fmt;
use std::time::Duration;

/// How a request that failed may still succeed, if at all.
///
/// A catalogue sets it per code (`#[api(retryable)]` and `#[api(retryable = ...)]`); a code the
/// catalogue does not know is judged by its status ([`Retry::for_status`]); a response adds what
/// its `Retry-After` header asks ([`ServiceError::retry`](crate::ServiceError::retry)).
///
/// ```
/// use std::time::Duration;
/// use blb_errors::{ApiError, BceError, BlbError, Retry};
///
/// assert_eq!(BlbError::Global(BceError::RequestExpired { timestamp: "t".into() }).retry(), Retry::SignAgain);
/// assert_eq!(BlbError::LastOperationNotFinished.retry(), Retry::WaitForPrevious);
/// assert_eq!(BlbError::ListenerNotFound.retry(), Retry::Never);
/// assert_eq!(Retry::for_status(503).delay(2), Some(Duration::from_millis(1200)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Retry {
    /// Do not send it again: the request or the resource must change first.
    Never,
    /// Send the same request again, after a backoff: the failure may pass.
    Backoff,
    /// Sign the request again (its signed timestamp has expired), then send it.
    SignAgain,
    /// Wait for the previous operation on the resource to finish, then send the request again.
    WaitForPrevious,
    /// The service throttles the caller: send the request again later.
    Throttled {
        /// How long the response's `Retry-After` header asks to wait, when it has one.
        after: Option<Duration>,
    },
}

/// The first backoff delay and its ceiling: those of Baidu's Go SDK (300 ms, doubled for each
/// attempt, at most 20 s).
const BACKOFF_BASE: Duration = Duration::from_millis(300);
const BACKOFF_LIMIT: Duration = Duration::from_secs(20);

impl Retry {
    /// The advice for a code the catalogue does not know, from its status alone: 429 is
    /// [`Throttled`](Self::Throttled); 500, 502, 503 and 504 (the server or a gateway failed, or a
    /// gateway timed out) are [`Backoff`](Self::Backoff); any other status is
    /// [`Never`](Self::Never).
    #[must_use]
    pub const fn for_status(status: u16) -> Self {
        match status {
            429 => Self::Throttled { after: None },
            500 | 502 | 503 | 504 => Self::Backoff,
            _ => Self::Never,
        }
    }

    /// Whether the request may succeed when sent again, after doing what the advice says.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Self::Never)
    }

    /// How long to wait before sending the request again after `attempt` earlier retries (0 for
    /// the first retry), or `None` when it should not be sent again.
    ///
    /// The `Retry-After` of a throttled response when given; otherwise an exponential backoff of
    /// 300 ms doubled for each attempt, at most 20 s. How many attempts to make is the caller's
    /// choice.
    #[must_use]
    pub fn delay(self, attempt: u32) -> Option<Duration> {
        match self {
            Self::Never => None,
            Self::Throttled { after: Some(after) } => Some(after),
            _ => Some(
                2_u32
                    .checked_pow(attempt)
                    .and_then(|factor| BACKOFF_BASE.checked_mul(factor))
                    .map_or(BACKOFF_LIMIT, |delay| delay.min(BACKOFF_LIMIT)),
            ),
        }
    }

    /// The same advice, throttled for `after` where it is [`Throttled`](Self::Throttled).
    pub(crate) fn with_retry_after(self, after: Option<Duration>) -> Self {
        match self {
            Self::Throttled { after: None } => Self::Throttled { after },
            other => other,
        }
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Never => {
                formatter.write_str("do not retry: the request or the resource must change first")
            }
            Self::Backoff => formatter.write_str("retry the same request, with backoff"),
            Self::SignAgain => formatter.write_str(
                "sign the request again with a fresh timestamp, then retry (the same bytes fail again)",
            ),
            Self::WaitForPrevious => formatter.write_str(
                "wait for the previous operation on the resource to finish (poll its status), then retry",
            ),
            Self::Throttled { after: Some(after) } => write!(
                formatter,
                "throttled: retry after {} s, as Retry-After asks",
                after.as_secs_f64()
            ),
            Self::Throttled { after: None } => {
                formatter.write_str("throttled: retry later, with backoff")
            }
        }
    }
}

/// A catalogue row's advice, as the derive writes it: one token per row.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowRetry {
    Never,
    Backoff,
    SignAgain,
    WaitForPrevious,
    Throttled,
}

impl RowRetry {
    pub(crate) const fn advice(self) -> Retry {
        match self {
            Self::Never => Retry::Never,
            Self::Backoff => Retry::Backoff,
            Self::SignAgain => Retry::SignAgain,
            Self::WaitForPrevious => Retry::WaitForPrevious,
            Self::Throttled => Retry::Throttled { after: None },
        }
    }
}

/// Whether an HTTP status says a request that failed with a code the catalogue does not know may
/// succeed when sent again: [`Retry::for_status`] is not [`Retry::Never`] (429, 500, 502, 503,
/// 504). Baidu's Go SDK and recent Java SDK retry 500, 502 and 503 (and `RequestExpired`); 504, a
/// gateway that timed out, is added here because the request may not have reached the service at
/// all, and 429 because throttling passes.
#[must_use]
pub const fn is_retryable_status(status: u16) -> bool {
    Retry::for_status(status).is_retryable()
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::Retry;

    #[test]
    fn backoff_doubles_up_to_its_ceiling() {
        let delays: Vec<_> = (0..8)
            .map(|attempt| Retry::Backoff.delay(attempt))
            .collect();
        let millis = |ms| Some(Duration::from_millis(ms));
        assert_eq!(
            delays,
            [
                millis(300),
                millis(600),
                millis(1200),
                millis(2400),
                millis(4800),
                millis(9600),
                millis(19_200),
                millis(20_000)
            ]
        );
        assert_eq!(Retry::SignAgain.delay(u32::MAX), millis(20_000));
        assert_eq!(Retry::Never.delay(0), None);
    }

    #[test]
    fn retry_after_wins_over_backoff() {
        let throttled = Retry::for_status(429).with_retry_after(Some(Duration::from_secs(7)));
        assert_eq!(throttled.delay(5), Some(Duration::from_secs(7)));
        assert_eq!(
            Retry::Backoff.with_retry_after(Some(Duration::from_secs(7))),
            Retry::Backoff
        );
        assert_eq!(
            Retry::for_status(429).delay(0),
            Some(Duration::from_millis(300))
        );
    }
}
