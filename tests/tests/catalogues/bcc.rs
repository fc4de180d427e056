//! BCC against its API pages' tables and the global rows its error page prints.

use blb_errors::spec::compare;
use blb_errors::{ApiError, BccError, BceError};

use super::{differences, round_trip, spec};

const TABLE: &str = "bce-bcc-error-codes.md";

#[test]
fn every_row_is_a_code_and_every_bcc_code_a_row() {
    let comparison = compare::<BccError>(&spec(TABLE)).allowing_unlisted::<BceError>();
    assert_eq!(
        differences(&comparison),
        [
            ("InternalError", "message"),
            ("InvalidAccessKeyId", "message"),
            ("InvalidHTTPAuthHeader", "message"),
        ],
        "{comparison}"
    );
    // 8 global rows; 23 per-API rows, 16 codes once the ones on several pages are counted once.
    assert_eq!(comparison.compared(), 8 + 16);
    assert_eq!(BccError::catalogue().len(), 14 + 16);
}

#[test]
fn every_code_round_trips() {
    round_trip::<BccError>(&spec(TABLE));
}

#[test]
fn the_pages_wording_of_a_global_code_parses_to_the_global_variant() {
    let value = BccError::from_wire(
        "InvalidHTTPAuthHeader",
        "The Access Key ID you provided does notexist in our records.",
        400,
    );
    assert_eq!(
        value,
        Some(BccError::Global(BceError::InvalidHttpAuthHeader))
    );
    let internal = BccError::from_wire(
        "InternalError",
        "We encountered an internal error Please try again.",
        500,
    )
    .unwrap();
    assert!(internal.is_retryable());
}

#[test]
fn dotted_codes_are_found() {
    assert_eq!(
        BccError::from_code("Keypair.KeypairNotExist"),
        Some(BccError::KeypairNotExist)
    );
    let entry = BccError::lookup("Instance.StopInstanceOperationForbidden").unwrap();
    assert_eq!(
        (entry.status(), entry.template()),
        (409, "Instance not running when shutting down")
    );
    assert_eq!(BccError::lookup("keypair.keypairnotexist"), None);
}
