//! BCE's global codes and BLB's, against the BLB page's two tables, in both directions: every row
//! a code with the same status, message and semantics, every code a row, in the table's order.

use blb_errors::spec::{Table, compare};
use blb_errors::{ApiError, BceError, BlbError, CatalogueEntry};

use super::{round_trip, spec};

const TABLE: &str = "bce-blb-error-codes.txt";

/// The page up to its BLB table: the global table alone.
fn global_table(text: &str) -> &str {
    text.split("BLB service error code").next().unwrap()
}

#[test]
fn the_global_catalogue_is_the_global_table() {
    let text = spec(TABLE);
    let comparison = compare::<BceError>(global_table(&text));
    comparison.assert_same();
    assert_eq!(comparison.compared(), 14);
}

#[test]
fn the_blb_catalogue_is_the_global_table_then_the_blb_table() {
    let comparison = compare::<BlbError>(&spec(TABLE));
    comparison.assert_same();
    assert_eq!(comparison.compared(), 14 + 17);
}

/// BCE's and BLB's descriptions are the page's "Semantics" column, and in its order.
fn assert_same_semantics(table: &Table, entries: &[CatalogueEntry]) {
    let rows: Vec<(&str, &str)> = table
        .rows()
        .iter()
        .map(|row| (row.code(), row.description()))
        .collect();
    let catalogue: Vec<(&str, &str)> = entries
        .iter()
        .map(|entry| (entry.code(), entry.description()))
        .collect();
    assert_eq!(catalogue, rows);
}

#[test]
fn descriptions_are_the_semantics_in_the_tables_order() {
    let text = spec(TABLE);
    assert_same_semantics(&Table::parse(global_table(&text)), BceError::catalogue());
    assert_same_semantics(&Table::parse(&text), BlbError::catalogue());
}

#[test]
fn every_code_round_trips() {
    round_trip::<BlbError>(&spec(TABLE));
}

#[test]
fn the_table_placeholders_are_fields_that_interpolate() {
    let missing = BlbError::MissingParameter {
        name: "vpcId".into(),
    };
    assert_eq!(
        missing.message(),
        "A required parameter 'vpcId' is not supplied."
    );
    let invalid = BlbError::InvalidParameter {
        name: "listenerPort".into(),
    };
    assert_eq!(
        invalid.to_string(),
        "The parameter 'listenerPort' is invalid."
    );
    let expired = BlbError::Global(BceError::RequestExpired {
        timestamp: "2025-10-16T08:00:00Z".into(),
    });
    assert_eq!(
        expired.message(),
        "Request has expired. Timestamp date is 2025-10-16T08:00:00Z."
    );
}

#[test]
fn the_variant_docs_show_code_and_status_but_the_description_is_the_first_paragraph() {
    let source = include_str!("../../../blb-errors/src/catalogues/blb.rs");
    for entry in BlbError::catalogue().iter().skip(14) {
        let line = format!(
            "/// Code `{}`, HTTP status {}.",
            entry.code(),
            entry.status()
        );
        assert!(
            source.contains(&line),
            "rustdoc of {} shows {line:?}",
            entry.code()
        );
        assert!(!entry.description().contains("HTTP status"));
    }
}
