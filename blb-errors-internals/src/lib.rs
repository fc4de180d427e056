//! What `blb-errors` and `blb-errors-derive` must compute bit for bit alike: the derive builds the
//! lookup table and pre-escapes static bodies at expansion time, the runtime reads and writes them.
//! One copy here, used by both. Not public API: it changes without notice.

mod escape;
mod hash;
mod slot;

pub use escape::push_escaped;
pub use hash::{CodeKey, code_key, displaced_slot, phf_bucket, phf_slot};
pub use slot::{SLOT_SIZE, push_empty_slot, push_slot, read_slot};
