//! The pages that print only BCE global codes, each against `BceError`: a page's own wording of a
//! global code is a message difference, and still parses to the global variant.

use blb_errors::spec::compare;
use blb_errors::{ApiError, BceError, ResponseError, parse_error_response};

use super::{differences, round_trip, spec};

/// Each page, how many global rows it prints, and the codes it words otherwise than `BceError`.
const PAGES: [(&str, usize, &[&str]); 15] = [
    (
        "bce-common-error-codes.md",
        11,
        &[
            "InappropriateJSON",
            "InternalError",
            "InvalidAccessKeyId",
            "InvalidHTTPAuthHeader",
            "PreconditionFailed",
        ],
    ),
    ("bce-blb-versions.md", 7, &[]),
    ("bce-eip-error-codes.md", 7, &["InvalidHTTPAuthHeader"]),
    ("bce-cfs-error-codes.md", 7, &[]),
    ("bce-dcc-error-codes.md", 5, &["InvalidHTTPAuthHeader"]),
    (
        "bce-scs-error-codes.md",
        6,
        &[
            "InternalError",
            "InvalidAccessKeyId",
            "InvalidHTTPAuthHeader",
        ],
    ),
    ("bce-cfc-error-codes.md", 9, &[]),
    ("bce-hosteye-error-codes.md", 8, &[]),
    ("bce-et-error-codes.md", 4, &["InternalError"]),
    ("bce-finance-error-codes.md", 4, &[]),
    (
        "bce-bsc-error-codes.md",
        8,
        &[
            "InappropriateJSON",
            "InternalError",
            "InvalidAccessKeyId",
            "InvalidHTTPAuthHeader",
        ],
    ),
    (
        "bce-kafka-error-codes.md",
        7,
        &[
            "InternalError",
            "InvalidAccessKeyId",
            "InvalidHTTPAuthHeader",
        ],
    ),
    ("bce-apigw-error-codes.md", 7, &["InvalidHTTPAuthHeader"]),
    ("bce-vod-error-codes.md", 7, &["InvalidHTTPAuthHeader"]),
    (
        "bce-bsg-error-codes.md",
        5,
        &[
            "InappropriateJSON",
            "InternalError",
            "InvalidAccessKeyId",
            "InvalidHTTPAuthHeader",
        ],
    ),
];

#[test]
fn every_global_row_is_a_global_code_with_its_status() {
    for (file, rows, reworded) in PAGES {
        let comparison = compare::<BceError>(&spec(file)).allowing_unlisted::<BceError>();
        let expected: Vec<(&str, &str)> = reworded.iter().map(|code| (*code, "message")).collect();
        assert_eq!(differences(&comparison), expected, "{file}: {comparison}");
        assert_eq!(comparison.compared(), rows, "{file}");
    }
}

#[test]
fn every_pages_wording_round_trips_to_the_global_variant() {
    for (file, _, _) in PAGES {
        round_trip::<BceError>(&spec(file));
    }
}

#[test]
fn a_reworded_code_with_a_field_keeps_its_entry_but_has_no_value() {
    let body = br#"{"requestId":"r-1","code":"RequestExpired","message":"Request has expired."}"#;
    let ResponseError::Service(read) = parse_error_response::<BceError>(400, None, body) else {
        panic!("a well-formed body");
    };
    assert_eq!(read.error(), None);
    assert_eq!(read.entry(), BceError::lookup("RequestExpired"));
    assert_eq!(
        (read.code(), read.message()),
        ("RequestExpired", "Request has expired.")
    );
    assert!(read.is_retryable());
    // The Reference page's placeholder fits the template.
    let reference = BceError::from_wire(
        "RequestExpired",
        "Request has expired. Timestamp date is <Data>.",
        400,
    );
    assert_eq!(
        reference,
        Some(BceError::RequestExpired {
            timestamp: "<Data>".into()
        })
    );
}

#[test]
fn a_status_the_page_gives_otherwise_is_the_servers() {
    // A CFC quotation shows IdempotentParameterMismatch at 412, where the global table has 403.
    let body = br#"{"requestId":"r-1","code":"IdempotentParameterMismatch","message":"The request uses the same client token as a previous, but non-identical request."}"#;
    let ResponseError::Service(read) = parse_error_response::<BceError>(412, None, body) else {
        panic!("a well-formed body");
    };
    assert_eq!(read.error(), Some(&BceError::IdempotentParameterMismatch));
    assert_eq!((read.status(), read.catalogue_status()), (412, Some(403)));
    assert_eq!(BceError::IdempotentParameterMismatch.status(), 403);
}
