//! What generated code needs. Not public API: it changes without notice.
#![allow(missing_docs)]

pub use std::borrow::Cow;
pub use std::string::String;

pub use crate::compose::{
    ConstCatalogue, compose, contains_code, duplicate_message, first_shared_code, position,
};
pub use crate::packed::catalogue;
pub use crate::phf::{Slot, slot_holds, slot_of_ordinals, slot_ordinal, slots};
pub use crate::recover::{Recover, RecoverFallback, RecoverParse};
pub use crate::template::{TemplatePart, match_template, write_template};
pub use blb_errors_internals::{code_hash, phf_slot};
