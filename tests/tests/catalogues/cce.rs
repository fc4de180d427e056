//! CCE against its v2 table and the global rows of its v1 page.

use blb_errors::spec::compare;
use blb_errors::{ApiError, BceError, CceError};

use super::{differences, round_trip, spec};

const TABLE: &str = "bce-cce-error-codes.md";

#[test]
fn every_row_is_a_code_and_every_cce_code_a_row() {
    let comparison = compare::<CceError>(&spec(TABLE)).allowing_unlisted::<BceError>();
    assert_eq!(
        differences(&comparison),
        [
            ("InappropriateJSON", "message"),
            ("InternalError", "message"),
            ("InvalidAccessKeyId", "message"),
            ("InvalidHTTPAuthHeader", "message"),
        ],
        "{comparison}"
    );
    assert_eq!(comparison.compared(), 6 + 5);
}

#[test]
fn every_code_round_trips() {
    round_trip::<CceError>(&spec(TABLE));
}

#[test]
fn a_prefixed_copy_is_its_own_code() {
    assert_eq!(
        CceError::from_code("cce.warning.AccessDenied"),
        Some(CceError::AccessDenied)
    );
    assert_eq!(
        CceError::from_code("AccessDenied"),
        Some(CceError::Global(BceError::AccessDenied))
    );
    assert!(CceError::InternalError.is_retryable());
    // The page's example body words the code otherwise than its table.
    let example = CceError::from_wire(
        "cce.warning.ClusterNotFound",
        "ClusterID [xxx] belongs to account [xxx] not exists",
        404,
    );
    assert_eq!(example, Some(CceError::ClusterNotFound));
}
