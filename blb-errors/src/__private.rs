//! What generated code needs. Not public API: it changes without notice.
#![allow(missing_docs)]

pub use std::borrow::Cow;

pub use crate::compose::{
    ConstCatalogue, compose, contains_code, duplicate_message, first_shared_code, rows,
};
pub use crate::phf::hashed_index;
pub use crate::recover::{Recover, RecoverFallback, RecoverParse};
pub use crate::template::{TemplatePart, match_template, write_template};
