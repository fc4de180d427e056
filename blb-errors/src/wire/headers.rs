//! The headers of an error response, kept with what the body says: the ones the library reads
//! (request id, debug id, `Retry-After`, a gateway's error code and message) and every other one,
//! for what it does not model.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::REQUEST_ID_HEADER;

/// The header BCE services answer with beside the request id, which BOS asks for in support
/// tickets.
const DEBUG_ID_HEADER: &str = "x-bce-debug-id";
/// The headers a BCE gateway (IAM, for a request it refuses to pass on) names its error in, whatever
/// the body is.
const ERROR_CODE_HEADER: &str = "x-bce-error-code";
const ERROR_MESSAGE_HEADER: &str = "x-bce-error-message";
const RETRY_AFTER_HEADER: &str = "retry-after";

/// The headers of a response, names in lowercase, in the order given; read by
/// [`parse_error_response_with_headers`](crate::parse_error_response_with_headers) and kept on
/// [`ServiceError`](crate::ServiceError) and [`MalformedResponse`](crate::MalformedResponse).
///
/// A header whose value is not text, or that HTTP could not carry (a name with `:` or a line break
/// in a value), is left out.
///
/// ```
/// use blb_errors::ResponseHeaders;
///
/// let headers: ResponseHeaders = [("X-Bce-Debug-Id", "d-7"), ("Retry-After", "3")].into_iter().collect();
/// assert_eq!(headers.debug_id(), Some("d-7"));
/// assert_eq!(headers.get("x-bce-debug-id"), Some("d-7"));
/// assert_eq!(headers.retry_after(), Some(std::time::Duration::from_secs(3)));
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ResponseHeaders {
    /// `name:value\n` for each header: one allocation for them all.
    text: String,
}

impl ResponseHeaders {
    /// No headers.
    #[must_use]
    pub const fn new() -> Self {
        Self {
            text: String::new(),
        }
    }

    /// Adds a header, its name in lowercase, after those given already.
    pub fn append(&mut self, name: &str, value: &str) {
        let unfit = |text: &str| text.contains(['\r', '\n']);
        if name.is_empty() || name.contains(':') || unfit(name) || unfit(value) {
            return;
        }
        self.text.reserve(name.len() + value.len() + 2);
        self.text
            .extend(name.chars().map(|character| character.to_ascii_lowercase()));
        self.text.push(':');
        self.text.push_str(value);
        self.text.push('\n');
    }

    /// Every header as `(name, value)`, names in lowercase, in the order given.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.text.lines().filter_map(|line| line.split_once(':'))
    }

    /// The value of the first header named `name` (any case).
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&str> {
        self.iter()
            .find(|(held, _)| held.eq_ignore_ascii_case(name))
            .map(|(_, value)| value)
    }

    /// Whether there is no header.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The `x-bce-request-id` header.
    #[must_use]
    pub fn request_id(&self) -> Option<&str> {
        self.get(REQUEST_ID_HEADER)
    }

    /// The `x-bce-debug-id` header, which BOS asks for in support tickets.
    #[must_use]
    pub fn debug_id(&self) -> Option<&str> {
        self.get(DEBUG_ID_HEADER)
    }

    /// The `x-bce-error-code` header, in which a gateway names its error when it answers instead
    /// of the service.
    #[must_use]
    pub fn error_code(&self) -> Option<&str> {
        self.get(ERROR_CODE_HEADER).filter(|code| !code.is_empty())
    }

    /// The `x-bce-error-message` header, beside [`error_code`](Self::error_code).
    #[must_use]
    pub fn error_message(&self) -> Option<&str> {
        self.get(ERROR_MESSAGE_HEADER)
    }

    /// How long `Retry-After` asks to wait: its seconds, or the time until its date (an HTTP
    /// date such as `Sun, 06 Nov 1994 08:49:37 GMT`; zero when it has passed). `None` without the
    /// header, or when it is neither.
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        let value = self.get(RETRY_AFTER_HEADER)?.trim();
        if !value.is_empty() && value.bytes().all(|byte| byte.is_ascii_digit()) {
            return value.parse().ok().map(Duration::from_secs);
        }
        let date = UNIX_EPOCH + Duration::from_secs(http_date(value)?);
        Some(
            date.duration_since(SystemTime::now())
                .unwrap_or(Duration::ZERO),
        )
    }
}

impl<N: AsRef<str>, V: AsRef<str>> FromIterator<(N, V)> for ResponseHeaders {
    fn from_iter<I: IntoIterator<Item = (N, V)>>(headers: I) -> Self {
        let mut kept = Self::new();
        for (name, value) in headers {
            kept.append(name.as_ref(), value.as_ref());
        }
        kept
    }
}

impl fmt::Debug for ResponseHeaders {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.debug_map().entries(self.iter()).finish()
    }
}

/// The seconds since 1970 of an IMF-fixdate, the form of HTTP date every sender writes
/// (`Sun, 06 Nov 1994 08:49:37 GMT`); the obsolete forms give `None`.
fn http_date(text: &str) -> Option<u64> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (_weekday, rest) = text.split_once(", ")?;
    let mut parts = rest.split(' ');
    let (day, month, year, time, zone) = (
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
        parts.next()?,
    );
    if zone != "GMT" || parts.next().is_some() || day.len() != 2 || year.len() != 4 {
        return None;
    }
    let number = |digits: &str| -> Option<u64> {
        digits
            .bytes()
            .all(|byte| byte.is_ascii_digit())
            .then(|| digits.parse().ok())
            .flatten()
    };
    let month = MONTHS.iter().position(|name| *name == month)?;
    let (day, year) = (number(day)?, number(year)?);
    let mut clock = time.split(':');
    let (hours, minutes, seconds) = (
        number(clock.next()?)?,
        number(clock.next()?)?,
        number(clock.next()?)?,
    );
    if clock.next().is_some()
        || !(1..=31).contains(&day)
        || hours > 23
        || minutes > 59
        || seconds > 60
    {
        return None;
    }
    let days = days_since_1970(year, month as u64 + 1, day)?;
    Some(days * 86_400 + hours * 3600 + minutes * 60 + seconds)
}

/// Days from 1970-01-01 to a date of the Gregorian calendar in 1970 or later: whole 400-year
/// eras of 146,097 days, then the day within the era, counted from March so that a leap day
/// ends its year.
fn days_since_1970(year: u64, month: u64, day: u64) -> Option<u64> {
    let year = if month <= 2 { year - 1 } else { year };
    let (era, year_of_era) = (year / 400, year % 400);
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    // 719,468 days lie between 0000-03-01 and 1970-01-01.
    (era * 146_097 + day_of_era).checked_sub(719_468)
}

#[cfg(test)]
mod tests {
    use super::{ResponseHeaders, http_date};

    #[test]
    fn dates_count_from_1970() {
        assert_eq!(http_date("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(
            http_date("Sun, 06 Nov 1994 08:49:37 GMT"),
            Some(784_111_777)
        );
        assert_eq!(
            http_date("Tue, 29 Feb 2000 12:00:00 GMT"),
            Some(951_825_600)
        );
        assert_eq!(
            http_date("Fri, 01 Mar 2024 00:00:00 GMT"),
            Some(1_709_251_200)
        );
        for obsolete in [
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Sun Nov  6 08:49:37 1994",
            "Sun, 06 Nov 1994 08:49:37 CET",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
        ] {
            assert_eq!(http_date(obsolete), None, "{obsolete}");
        }
    }

    #[test]
    fn a_passed_date_asks_for_no_wait_and_an_odd_value_for_none() {
        let headers = |value| {
            [("retry-after", value)]
                .into_iter()
                .collect::<ResponseHeaders>()
        };
        assert_eq!(
            headers("Thu, 01 Jan 1970 00:00:00 GMT").retry_after(),
            Some(std::time::Duration::ZERO)
        );
        assert_eq!(headers("soon").retry_after(), None);
        assert_eq!(headers("-3").retry_after(), None);
        assert_eq!(headers("").retry_after(), None);
    }

    #[test]
    fn headers_http_could_not_carry_are_left_out() {
        let headers: ResponseHeaders = [
            ("x-a", "1"),
            ("x:b", "2"),
            ("x-c", "3\n4"),
            ("", "5"),
            ("X-D", ""),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            headers.iter().collect::<Vec<_>>(),
            [("x-a", "1"), ("x-d", "")]
        );
    }
}
