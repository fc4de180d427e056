//! Every shipped catalogue against its service's table in `spec/`, read by `blb_errors::spec`:
//! each row a code with its status and message, each code a row, and every code through the wire
//! body and back.

mod bcc;
mod blb;
mod bos;
mod bts;
mod cce;
mod ccr;
mod cds;
mod dns;
mod global_tables;
mod spec_check;
mod tsdb;
mod vpc;

use std::fmt::Debug;

use blb_errors::spec::{Comparison, DifferenceKind, Table};
use blb_errors::{ApiError, ErrorBody, ResponseError, parse_error_response};

/// A table of `spec/`, the copy in the repository of Baidu's published tables.
fn spec(file: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../spec")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The differences as (code, what differs), to compare with the ones a catalogue is known to have.
fn differences(comparison: &Comparison) -> Vec<(&str, &'static str)> {
    comparison
        .differences()
        .iter()
        .map(|difference| {
            let what = match difference.kind() {
                DifferenceKind::NoTable => "no table",
                DifferenceKind::NotInCatalogue => "not in the catalogue",
                DifferenceKind::NotInTable => "not in the table",
                DifferenceKind::Status { .. } => "status",
                DifferenceKind::Message { .. } => "message",
                DifferenceKind::Unparsed { .. } => "unparsed",
                DifferenceKind::Repeated { .. } => "repeated",
                _ => "other",
            };
            (difference.code(), what)
        })
        .collect()
}

/// Every code of `E` through the body a server writes and the parser a client runs, back to the
/// same value; and every error row of the table, as the server words it, to the row's code with
/// the server's message kept.
fn round_trip<E: ApiError + PartialEq + Debug>(table: &str) {
    for entry in E::catalogue() {
        let value = E::from_wire(entry.code(), entry.template(), entry.status())
            .unwrap_or_else(|| panic!("{} from its template", entry.code()));
        let body = ErrorBody::new(&value, "ae2225f7-1c2e-427a-a1ad-5413b762957d").to_vec();
        let ResponseError::Service(read) = parse_error_response::<E>(value.status(), None, &body)
        else {
            panic!("{}: the body written is read", entry.code());
        };
        assert_eq!(read.error(), Some(&value), "{}", entry.code());
        assert_eq!(read.entry(), Some(entry), "{}", entry.code());
        assert_eq!(read.message(), value.message(), "{}", entry.code());
    }
    for row in Table::parse(table).rows() {
        let (Some(status), Some(entry)) = (row.status(), E::lookup(row.code())) else {
            continue;
        };
        let message = row.message().unwrap_or(entry.template());
        let body = serde_json::json!({"requestId": "r-1", "code": row.code(), "message": message});
        let ResponseError::Service(read) =
            parse_error_response::<E>(status, None, body.to_string().as_bytes())
        else {
            panic!("line {}: a well-formed body", row.line());
        };
        let value = read
            .error()
            .unwrap_or_else(|| panic!("line {}: {} is typed", row.line(), row.code()));
        assert_eq!(value.code(), row.code(), "line {}", row.line());
        assert_eq!(read.message(), message, "line {}", row.line());
    }
}
