//! What `blb-errors` and `blb-errors-derive` must compute bit for bit alike: the derive builds a
//! large catalogue's lookup table at expansion time (the code hash and the slots), the runtime
//! hashes the code it is asked for and reads the slot. One copy here, used by both. Not public
//! API: it changes without notice.

mod hash;
mod slot;

pub use hash::{CodeKey, code_key, displaced_slot, phf_bucket, phf_slot};
pub use slot::{SLOT_SIZE, push_empty_slot, push_slot, read_slot};
