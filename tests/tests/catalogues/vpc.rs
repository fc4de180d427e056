//! VPC against the global rows its page prints, `QualifyNotPass` among them.

use blb_errors::spec::compare;
use blb_errors::{ApiError, BceError, VpcError};

use super::{round_trip, spec};

const TABLE: &str = "bce-vpc-error-codes.md";

#[test]
fn every_row_is_a_code_and_every_vpc_code_a_row() {
    let comparison = compare::<VpcError>(&spec(TABLE)).allowing_unlisted::<BceError>();
    comparison.assert_same();
    assert_eq!(comparison.compared(), 2);
}

#[test]
fn every_code_round_trips() {
    round_trip::<VpcError>(&spec(TABLE));
}

#[test]
fn qualify_not_pass_is_vpcs_and_not_global() {
    assert_eq!(
        VpcError::from_code("QualifyNotPass"),
        Some(VpcError::QualifyNotPass)
    );
    assert_eq!(BceError::lookup("QualifyNotPass"), None);
    // The "General Description" page prints the message without its full stop.
    assert_eq!(
        VpcError::from_wire("QualifyNotPass", "The User has not pass qualify", 403),
        Some(VpcError::QualifyNotPass)
    );
}
