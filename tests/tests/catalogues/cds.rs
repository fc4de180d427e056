//! CDS against the disk API pages' tables.

use blb_errors::spec::compare;
use blb_errors::{ApiError, BceError, CdsError};

use super::{round_trip, spec};

const TABLE: &str = "bce-cds-error-codes.md";

#[test]
fn every_row_is_a_code_and_every_cds_code_a_row() {
    let comparison = compare::<CdsError>(&spec(TABLE)).allowing_unlisted::<BceError>();
    comparison.assert_same();
    assert_eq!(comparison.compared(), 7);
    assert_eq!(CdsError::catalogue().len(), 14 + 7);
}

#[test]
fn every_code_round_trips() {
    round_trip::<CdsError>(&spec(TABLE));
}

#[test]
fn the_code_is_spelt_as_published() {
    assert_eq!(
        CdsError::from_code("Volume.DistNotAvailable"),
        Some(CdsError::DistNotAvailable)
    );
    assert_eq!(CdsError::lookup("Volume.DiskNotAvailable"), None);
    assert_eq!(
        CdsError::from_code("AccessDenied"),
        Some(CdsError::Global(BceError::AccessDenied))
    );
}
