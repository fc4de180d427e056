//! The catalogue against the official error table, in both directions: every row of the table is
//! a code with the same status, message and semantics, and every code is a row of the table.

use std::path::PathBuf;

use blb_errors::{ApiError, BceError, BlbError, CatalogueEntry};

struct Row {
    code: String,
    message: String,
    status: u16,
    semantics: String,
}

fn spec_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec/bce-blb-error-codes.txt")
}

/// The rows of the table that follows `heading`, up to the next blank or non-table line.
fn table(heading: &str) -> Vec<Row> {
    let text = std::fs::read_to_string(spec_path()).expect("the spec file is in the repository");
    let mut lines = text
        .lines()
        .skip_while(|line| line.trim() != heading)
        .skip(1);
    assert!(
        lines
            .next()
            .is_some_and(|line| line.starts_with("| Error code")),
        "table header after {heading}"
    );
    assert!(
        lines.next().is_some_and(|line| line.starts_with("|---")),
        "separator after {heading}"
    );
    lines
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<&str> = line.trim_matches('|').split(" | ").map(str::trim).collect();
            assert_eq!(cells.len(), 4, "four cells in {line:?}");
            let status = cells[2].split_whitespace().next().unwrap().parse().unwrap();
            Row {
                code: cells[0].to_owned(),
                message: cells[1].to_owned(),
                status,
                semantics: cells[3].to_owned(),
            }
        })
        .collect()
}

/// The table writes placeholders as 'parameterName' and XXX; the catalogue names the fields.
fn as_in_table(template: &str) -> String {
    template
        .replace("{name}", "parameterName")
        .replace("{timestamp}", "XXX")
}

fn assert_same(rows: &[Row], entries: &[CatalogueEntry]) {
    for row in rows {
        let entry = entries
            .iter()
            .find(|entry| entry.code() == row.code)
            .unwrap_or_else(|| panic!("the table's {} is not in the catalogue", row.code));
        assert_eq!(entry.status(), row.status, "status of {}", row.code);
        assert_eq!(
            as_in_table(entry.template()),
            row.message,
            "message of {}",
            row.code
        );
        assert_eq!(
            entry.description(),
            row.semantics,
            "semantics of {}",
            row.code
        );
    }
    for entry in entries {
        assert!(
            rows.iter().any(|row| row.code == entry.code()),
            "the catalogue's {} is not in the table",
            entry.code()
        );
    }
    let codes: Vec<&str> = entries.iter().map(CatalogueEntry::code).collect();
    let table_codes: Vec<&str> = rows.iter().map(|row| row.code.as_str()).collect();
    assert_eq!(codes, table_codes, "the catalogue keeps the table's order");
}

#[test]
fn the_global_catalogue_is_the_global_table() {
    let rows = table("BCE global error codes");
    assert_eq!(rows.len(), 14);
    assert_same(&rows, BceError::catalogue());
}

#[test]
fn the_blb_catalogue_is_the_global_table_then_the_blb_table() {
    let mut rows = table("BCE global error codes");
    let blb = table("BLB service error code");
    assert_eq!(blb.len(), 17);
    rows.extend(blb);
    assert_same(&rows, BlbError::catalogue());
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
    let source = include_str!("../../blb-errors/src/catalogues/blb.rs");
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
