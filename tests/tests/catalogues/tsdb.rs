//! TSDB against its whole table, which has no message column.

use blb_errors::spec::compare;
use blb_errors::{ApiError, TsdbError, UnknownCode};

use super::{round_trip, spec};

const TABLE: &str = "bce-tsdb-error-codes.md";

#[test]
fn every_row_is_a_code_and_every_code_a_row() {
    let comparison = compare::<TsdbError>(&spec(TABLE));
    comparison.assert_same();
    assert_eq!(comparison.compared(), 9);
    assert_eq!(TsdbError::catalogue().len(), 9);
}

#[test]
fn every_code_round_trips() {
    round_trip::<TsdbError>(&spec(TABLE));
}

#[test]
fn the_global_list_is_not_included() {
    assert_eq!(TsdbError::lookup("SignatureDoesNotMatch"), None);
    assert_eq!(
        TsdbError::from_wire("SignatureDoesNotMatch", "Signature mismatch.", 400),
        Some(TsdbError::Unknown(UnknownCode::new(
            "SignatureDoesNotMatch",
            "Signature mismatch.",
            400
        )))
    );
    assert_eq!(
        TsdbError::from_wire("InsufficientQuota", "quota insufficient", 429),
        Some(TsdbError::InsufficientQuota)
    );
    assert!(TsdbError::InternalError.is_retryable());
    assert!(!TsdbError::InsufficientQuota.is_retryable());
}
