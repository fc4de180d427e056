//! The retry advice a catalogue sets per variant, through an included catalogue, and by status for
//! the codes it does not know; what a response adds from `Retry-After`.

use std::time::Duration;

use blb_errors::{
    ApiError, BceError, BlbError, ResponseError, ResponseHeaders, Retry, UnknownCode,
    parse_error_response, parse_error_response_with_headers,
};

#[derive(Debug, ApiError)]
enum VpcError {
    #[api(code = "Vpc.NotFound", status = 404, message = "No such VPC.")]
    NotFound,
    #[api(code = "Vpc.Busy", status = 503, message = "Try again.", retryable)]
    Busy,
    #[api(code = "Vpc.Stale", status = 400, message = "Stale {0}.", retryable = sign_again)]
    Stale(String),
    #[api(code = "Vpc.Pending", status = 409, message = "Pending.", retryable = wait_for_previous)]
    Pending,
    #[api(code = "Vpc.SlowDown", status = 429, message = "Slow down.", retryable = throttled)]
    SlowDown,
    #[api(transparent)]
    Global(BceError),
    #[api(unknown)]
    Unknown(UnknownCode),
}

#[test]
fn each_variant_gives_the_advice_its_attribute_names() {
    let cases = [
        (VpcError::NotFound, Retry::Never),
        (VpcError::Busy, Retry::Backoff),
        (VpcError::Stale("t".into()), Retry::SignAgain),
        (VpcError::Pending, Retry::WaitForPrevious),
        (VpcError::SlowDown, Retry::Throttled { after: None }),
        (VpcError::Global(BceError::InternalError), Retry::Backoff),
        (
            VpcError::Global(BceError::RequestExpired {
                timestamp: "t".into(),
            }),
            Retry::SignAgain,
        ),
        (VpcError::Global(BceError::AccessDenied), Retry::Never),
    ];
    for (error, advice) in cases {
        assert_eq!(error.retry(), advice, "{error:?}");
        assert_eq!(error.is_retryable(), advice.is_retryable(), "{error:?}");
        let entry = error.entry().expect("a catalogued code");
        assert_eq!(entry.retry(), advice, "{error:?}");
        assert_eq!(entry.is_retryable(), advice.is_retryable(), "{error:?}");
    }
}

#[test]
fn an_unknown_code_follows_its_status() {
    for (status, advice) in [
        (400, Retry::Never),
        (404, Retry::Never),
        (429, Retry::Throttled { after: None }),
        (500, Retry::Backoff),
        (501, Retry::Never),
        (502, Retry::Backoff),
        (503, Retry::Backoff),
        (504, Retry::Backoff),
    ] {
        let error = VpcError::Unknown(UnknownCode::new("Vpc.New", "New.", status));
        assert_eq!(error.retry(), advice, "{status}");
        assert_eq!(error.is_retryable(), advice.is_retryable(), "{status}");
        assert_eq!(Retry::for_status(status), advice);
        assert_eq!(
            blb_errors::is_retryable_status(status),
            advice.is_retryable()
        );
    }
}

#[test]
fn the_shipped_catalogues_say_what_to_do_first() {
    let advice = |code| BlbError::lookup(code).map(|entry| entry.retry());
    assert_eq!(advice("RequestExpired"), Some(Retry::SignAgain));
    assert_eq!(
        advice("LastOperationNotFinished"),
        Some(Retry::WaitForPrevious)
    );
    assert_eq!(advice("InternalError"), Some(Retry::Backoff));
    assert_eq!(advice("ListenerNotFound"), Some(Retry::Never));
}

#[test]
fn a_response_adds_retry_after_to_throttled_advice_only() {
    let headers = |retry_after: &str| -> ResponseHeaders {
        [("retry-after", retry_after), ("x-bce-debug-id", "d-9")]
            .into_iter()
            .collect()
    };
    let read = |status, body: &str| {
        parse_error_response_with_headers::<VpcError>(status, headers("4"), body.as_bytes())
    };
    let slow_down = read(429, r#"{"code":"Vpc.SlowDown","message":"Slow down."}"#);
    assert_eq!(
        slow_down.retry(),
        Retry::Throttled {
            after: Some(Duration::from_secs(4))
        }
    );
    assert_eq!(slow_down.retry().delay(9), Some(Duration::from_secs(4)));
    assert_eq!(slow_down.debug_id(), Some("d-9"));
    let busy = read(503, r#"{"code":"Vpc.Busy","message":"Try again."}"#);
    assert_eq!(
        busy.retry(),
        Retry::Backoff,
        "Retry-After is for throttling"
    );
    let unknown = read(429, r#"{"code":"Vpc.New","message":"New."}"#);
    assert_eq!(
        unknown.retry(),
        Retry::Throttled {
            after: Some(Duration::from_secs(4))
        }
    );
    let page =
        parse_error_response_with_headers::<VpcError>(429, headers("4"), b"<html>429</html>");
    assert!(matches!(page, ResponseError::Malformed(_)));
    assert_eq!(
        page.retry(),
        Retry::Throttled {
            after: Some(Duration::from_secs(4))
        }
    );
    let no_header = parse_error_response::<VpcError>(429, None, b"");
    assert_eq!(no_header.retry(), Retry::Throttled { after: None });
    assert_eq!(no_header.retry().delay(1), Some(Duration::from_millis(600)));
}

#[test]
fn the_advice_reads_as_what_to_do() {
    assert_eq!(
        Retry::SignAgain.to_string(),
        "sign the request again with a fresh timestamp, then retry (the same bytes fail again)"
    );
    assert_eq!(
        Retry::Throttled {
            after: Some(Duration::from_millis(1500))
        }
        .to_string(),
        "throttled: retry after 1.5 s, as Retry-After asks"
    );
    assert!(Retry::Never.to_string().starts_with("do not retry"));
}
