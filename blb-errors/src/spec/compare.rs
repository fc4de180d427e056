//! A catalogue against an error table, row by row in both directions, with every difference.

use std::fmt;

use super::table::{Row, Table};
use crate::ApiError;

/// Compares the catalogue `E` with the error tables of `text` (see [`Table`] for what is read).
///
/// Each error row's code must be in `E`, with the row's status; its message, where the table
/// prints one, must parse back to that code's variant ([`ApiError::from_wire`]) and read as the
/// table prints it, placeholders such as `'parameterName'` or `XXX` standing for a field. Each
/// code of `E` must be a row. Rows that are not errors ([`Row::is_error`]) are kept apart, and a
/// code printed twice alike is compared once.
///
/// ```
/// use blb_errors::{ApiError, UnknownCode, spec};
///
/// #[derive(Debug, ApiError)]
/// enum DiskError {
///     /// A system disk stays with its instance.
///     #[api(code = "Volume.SystemDiskCannotBeDeleted", status = 403, message = "System disk can not be deleted.")]
///     SystemDiskCannotBeDeleted,
///     #[api(unknown)]
///     Unknown(UnknownCode),
/// }
///
/// let table = "| Error code | Error message | HTTP status code | Description |\n\
///              |---|---|---|---|\n\
///              | Volume.SystemDiskCannotBeDeleted | System disk can not be deleted. | 403 | |\n";
/// spec::compare::<DiskError>(table).assert_same();
/// ```
#[must_use]
pub fn compare<E: ApiError>(text: &str) -> Comparison {
    let table = Table::parse(text);
    let mut comparison = Comparison {
        catalogue: std::any::type_name::<E>(),
        compared: 0,
        not_errors: Vec::new(),
        differences: Vec::new(),
    };
    if table.rows().iter().all(|row| !row.is_error()) {
        comparison.differences.push(Difference {
            line: None,
            code: String::new(),
            kind: DifferenceKind::NoTable,
        });
    }
    let mut seen: Vec<&Row> = Vec::new();
    for row in table.rows() {
        if !row.is_error() {
            comparison.not_errors.push(row.clone());
            continue;
        }
        if let Some(first) = seen.iter().find(|first| first.code() == row.code()) {
            if (first.message(), first.status()) != (row.message(), row.status()) {
                comparison.differ(
                    row,
                    DifferenceKind::Repeated {
                        first_line: first.line(),
                    },
                );
            }
            continue;
        }
        seen.push(row);
        comparison.compared += 1;
        if let Some(status) = row.status() {
            comparison.compare_row::<E>(row, status);
        }
    }
    for entry in E::catalogue() {
        if !seen.iter().any(|row| row.code() == entry.code()) {
            comparison.differences.push(Difference {
                line: None,
                code: entry.code().to_owned(),
                kind: DifferenceKind::NotInTable,
            });
        }
    }
    comparison
}

/// What [`compare`] found: the differences, and the rows that are not errors. Its `Display` is the
/// report, one difference a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    catalogue: &'static str,
    compared: usize,
    not_errors: Vec<Row>,
    differences: Vec<Difference>,
}

impl Comparison {
    fn differ(&mut self, row: &Row, kind: DifferenceKind) {
        self.differences.push(Difference {
            line: Some(row.line()),
            code: row.code().to_owned(),
            kind,
        });
    }

    fn compare_row<E: ApiError>(&mut self, row: &Row, status: u16) {
        let Some(entry) = E::lookup(row.code()) else {
            self.differ(row, DifferenceKind::NotInCatalogue);
            return;
        };
        if entry.status() != status {
            self.differ(
                row,
                DifferenceKind::Status {
                    table: status,
                    catalogue: entry.status(),
                },
            );
        }
        let Some(message) = row.message() else {
            return;
        };
        match E::from_wire(row.code(), message, status) {
            Some(value) if value.entry() == Some(entry) => {
                if value.message() != message {
                    self.differ(
                        row,
                        DifferenceKind::Message {
                            table: message.to_owned(),
                            catalogue: entry.template().to_owned(),
                        },
                    );
                }
            }
            _ => self.differ(
                row,
                DifferenceKind::Unparsed {
                    table: message.to_owned(),
                    catalogue: entry.template().to_owned(),
                },
            ),
        }
    }

    /// Takes the codes of `I` out of the codes the table must list: for a catalogue that includes
    /// `I` (`#[api(transparent)]`), compared with a table that prints only some of `I`'s rows.
    /// The rows the table does print are still compared.
    #[must_use]
    pub fn allowing_unlisted<I: ApiError>(mut self) -> Self {
        self.differences.retain(|difference| {
            difference.kind != DifferenceKind::NotInTable || I::lookup(&difference.code).is_none()
        });
        self
    }

    /// Every difference, the table's rows first, in the order of the text, then the catalogue's
    /// codes the table lacks.
    #[must_use]
    pub fn differences(&self) -> &[Difference] {
        &self.differences
    }

    /// The rows that are not errors, which no error catalogue holds.
    #[must_use]
    pub fn not_errors(&self) -> &[Row] {
        &self.not_errors
    }

    /// How many codes of the table were compared.
    #[must_use]
    pub fn compared(&self) -> usize {
        self.compared
    }

    /// Panics with the report when there is a difference.
    ///
    /// # Panics
    ///
    /// When the table and the catalogue differ.
    #[track_caller]
    pub fn assert_same(&self) {
        assert!(self.differences.is_empty(), "{self}");
    }
}

impl fmt::Display for Comparison {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{} codes of the table compared with `{}`",
            self.compared, self.catalogue
        )?;
        if !self.not_errors.is_empty() {
            write!(
                formatter,
                " (not errors, not compared: {} {})",
                if self.not_errors.len() == 1 {
                    "line"
                } else {
                    "lines"
                },
                self.not_errors
                    .iter()
                    .map(|row| row.line().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )?;
        }
        match self.differences.len() {
            0 => write!(formatter, ": no difference"),
            count => {
                write!(formatter, ": {count} differences")?;
                for difference in &self.differences {
                    write!(formatter, "\n  {difference}")?;
                }
                Ok(())
            }
        }
    }
}

/// One way a table and a catalogue differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    line: Option<usize>,
    code: String,
    kind: DifferenceKind,
}

impl Difference {
    /// The table's line, for a difference found at a row.
    #[must_use]
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The code; empty for [`DifferenceKind::NoTable`].
    #[must_use]
    pub fn code(&self) -> &str {
        &self.code
    }

    /// What differs.
    #[must_use]
    pub fn kind(&self) -> &DifferenceKind {
        &self.kind
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(line) = self.line {
            write!(formatter, "line {line}: ")?;
        }
        let code = &self.code;
        match &self.kind {
            DifferenceKind::NoTable => write!(
                formatter,
                "no error rows: an error table's header names a code and a status column"
            ),
            DifferenceKind::NotInCatalogue => {
                write!(
                    formatter,
                    "`{code}` is a row of the table, not a code of the catalogue"
                )
            }
            DifferenceKind::NotInTable => {
                write!(
                    formatter,
                    "`{code}` is a code of the catalogue, not a row of the table"
                )
            }
            DifferenceKind::Status { table, catalogue } => write!(
                formatter,
                "`{code}`: status {table} in the table, {catalogue} in the catalogue"
            ),
            DifferenceKind::Message { table, catalogue } => write!(
                formatter,
                "`{code}`: the message differs\n      table:     {table:?}\n      catalogue: {catalogue:?}"
            ),
            DifferenceKind::Unparsed { table, catalogue } => write!(
                formatter,
                "`{code}`: the table's message does not read as the template\n      table:     {table:?}\n      template:  {catalogue:?}"
            ),
            DifferenceKind::Repeated { first_line } => write!(
                formatter,
                "`{code}` again, with another message or status than on line {first_line}"
            ),
        }
    }
}

/// What differs between a table and a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DifferenceKind {
    /// The text has no error rows: no table was recognised, or every row is a success.
    NoTable,
    /// The table's code is not in the catalogue.
    NotInCatalogue,
    /// The catalogue's code is not in the table.
    NotInTable,
    /// The status differs.
    Status {
        /// The table's.
        table: u16,
        /// The catalogue's.
        catalogue: u16,
    },
    /// The message parses to the code's variant but reads otherwise, as a variant without fields
    /// does whatever the server's wording.
    Message {
        /// The table's message.
        table: String,
        /// The catalogue's template.
        catalogue: String,
    },
    /// The message does not follow the template of the code's variant, whose fields are not
    /// recovered from it.
    Unparsed {
        /// The table's message.
        table: String,
        /// The catalogue's template.
        catalogue: String,
    },
    /// The code is a row again, with another message or status.
    Repeated {
        /// The line of the code's first row.
        first_line: usize,
    },
}
