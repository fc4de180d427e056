//! CCR against its table: every row but the one whose code has spaces.

use blb_errors::spec::compare;
use blb_errors::{ApiError, CcrError, ErrorBody, ResponseError, parse_error_response};

use super::{differences, round_trip, spec};

const TABLE: &str = "bce-ccr-error-codes.md";

#[test]
fn every_row_is_a_code_but_one_and_every_code_a_row() {
    let comparison = compare::<CcrError>(&spec(TABLE));
    assert_eq!(
        differences(&comparison),
        [("Internal server error", "not in the catalogue")],
        "{comparison}"
    );
    assert_eq!(comparison.compared(), 2 + 6);
}

#[test]
fn every_code_round_trips() {
    round_trip::<CcrError>(&spec(TABLE));
}

#[test]
fn the_code_with_spaces_is_kept_whole_and_retried_by_its_status() {
    let body = br#"{"requestId":"r-1","code":"Internal server error","message":"Failed to generate CCR resource."}"#;
    let ResponseError::Service(read) = parse_error_response::<CcrError>(500, None, body) else {
        panic!("a well-formed body");
    };
    assert!(matches!(read.error(), Some(CcrError::Unknown(_))));
    assert_eq!(read.code(), "Internal server error");
    assert!(read.is_retryable());
}

#[test]
fn not_found_takes_the_servers_wording() {
    let value = CcrError::from_wire("NotFound", "project ccr-demo is not found", 404).unwrap();
    assert_eq!(value, CcrError::NotFound);
    let body = ErrorBody::new(&value, "r-2").to_vec();
    assert!(
        String::from_utf8(body)
            .unwrap()
            .contains("instance/project xxxx is not found")
    );
}
