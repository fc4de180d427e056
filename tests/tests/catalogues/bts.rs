//! TableStorage against its whole table: error rows only, without a message column.

use blb_errors::spec::compare;
use blb_errors::{ApiError, BtsError};

use super::{round_trip, spec};

const TABLE: &str = "bce-bts-error-codes.md";

#[test]
fn every_error_row_is_a_code_and_every_code_a_row() {
    let comparison = compare::<BtsError>(&spec(TABLE));
    comparison.assert_same();
    assert_eq!(comparison.compared(), 23);
    let successes: Vec<Option<u16>> = comparison
        .not_errors()
        .iter()
        .map(|row| row.status())
        .collect();
    assert_eq!(
        successes,
        [
            Some(200),
            Some(201),
            Some(202),
            Some(204),
            Some(206),
            Some(304)
        ]
    );
}

#[test]
fn every_code_round_trips() {
    round_trip::<BtsError>(&spec(TABLE));
}

#[test]
fn its_own_meanings_and_retries() {
    assert_eq!(
        BtsError::lookup("AuthenticationFailed").unwrap().status(),
        401
    );
    let retryable: Vec<&str> = BtsError::catalogue()
        .iter()
        .filter(|entry| entry.is_retryable())
        .map(|entry| entry.code())
        .collect();
    assert_eq!(
        retryable,
        ["InstanceCreating", "InternalError", "ServerBusy"]
    );
}
