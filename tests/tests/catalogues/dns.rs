//! DNS against the global rows its page prints, `QualifyNotPass` among them.

use blb_errors::spec::compare;
use blb_errors::{ApiError, BceError, DnsError};

use super::{differences, round_trip, spec};

const TABLE: &str = "bce-dns-error-codes.md";

#[test]
fn every_row_is_a_code_and_every_dns_code_a_row() {
    let comparison = compare::<DnsError>(&spec(TABLE)).allowing_unlisted::<BceError>();
    assert_eq!(
        differences(&comparison),
        [
            ("InappropriateJSON", "message"),
            ("InternalError", "message"),
            ("InvalidAccessKeyId", "message"),
        ],
        "{comparison}"
    );
    assert_eq!(comparison.compared(), 5);
}

#[test]
fn every_code_round_trips() {
    round_trip::<DnsError>(&spec(TABLE));
}

#[test]
fn qualify_not_pass_is_a_dns_code() {
    assert_eq!(DnsError::lookup("QualifyNotPass").unwrap().status(), 403);
    assert_eq!(DnsError::catalogue().len(), 14 + 1);
}
