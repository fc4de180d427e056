//! A catalogue as a Markdown table, for READMEs and runbooks.

use std::fmt::Write as _;

use crate::{ApiError, CatalogueEntry};

/// The catalogue of `E` as a Markdown table, one row per code in declaration order, with the
/// columns code, status, message, retryable and semantics (the entry's description). Ends with a
/// newline. `|` in a cell is escaped and line breaks become spaces.
///
/// ```
/// use blb_errors::BlbError;
///
/// let table = blb_errors::markdown_table::<BlbError>();
/// assert!(table.starts_with("| code | status | message | retryable | semantics |\n"));
/// assert!(table.contains("| `ListenerNotFound` | 404 |"));
/// ```
#[must_use]
pub fn markdown_table<E: ApiError>() -> String {
    table(E::catalogue())
}

/// The rows of `entries` as [`markdown_table`] writes them.
pub(crate) fn table(entries: &[CatalogueEntry]) -> String {
    let mut table = String::from(
        "| code | status | message | retryable | semantics |\n|---|---|---|---|---|\n",
    );
    for entry in entries {
        let _ = writeln!(
            table,
            "| `{}` | {} | {} | {} | {} |",
            entry.code(),
            entry.status(),
            cell(entry.template()),
            if entry.is_retryable() { "yes" } else { "no" },
            cell(entry.description()),
        );
    }
    table
}

/// Text that stays in its cell.
fn cell(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('|', "\\|")
}
