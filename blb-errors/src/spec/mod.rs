//! A catalogue checked against Baidu's own error table: paste the table into a file, and one test
//! line compares every row with your enum.
//!
//! ```ignore
//! // tests/catalogue.rs, beside the pasted table
//! #[test]
//! fn the_catalogue_is_the_table() {
//!     blb_errors::spec::compare::<MyServiceError>(include_str!("my-service-error-codes.md")).assert_same();
//! }
//! ```
//!
//! [`Table`] reads the tables as the pages print them; [`compare`] lists every difference, each
//! with its line, and panics with that report in [`Comparison::assert_same`]. A catalogue that
//! includes [`BceError`](crate::BceError), compared with a page that prints only some global
//! codes, calls [`Comparison::allowing_unlisted`] first. Descriptions are not compared: they are
//! the catalogue's own words.

mod compare;
mod table;

pub use compare::{Comparison, Difference, DifferenceKind, compare};
pub use table::{Row, Table};
