//! What generated code needs. Not public API: it changes without notice.
#![allow(missing_docs)]

mod compose;
mod lookup;
mod recover;
mod template;
mod unknown_field;

pub use std::borrow::Cow;

pub use crate::retry::RowRetry;

pub use self::compose::{
    ConstCatalogue, PanicMessage, compose, contains_code, duplicate_message, duplicate_message_len,
    first_shared_code, rows,
};
pub use self::lookup::hashed_index;
pub use self::recover::{Recover, RecoverFallback, RecoverParse};
pub use self::template::{READINGS_TRIED, Readings, TemplatePart, write_template};
pub use self::unknown_field::UnknownField;
