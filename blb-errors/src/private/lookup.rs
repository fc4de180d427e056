//! The runtime half of a large catalogue's lookup: the perfect hash table the derive builds at
//! expansion time (see `blb_errors_internals::read_slot` for a slot's bytes).
//!
//! The derive hashes every code with `code_hash` (from `blb-errors-internals`, the one copy both
//! crates use) and places the codes so that `phf_slot` sends each to its own slot. A lookup is
//! then one hash, a displacement read, and one slot read and compare, however many codes the
//! catalogue has.

use blb_errors_internals::{SLOT_SIZE, code_hash, phf_slot, read_slot};

use crate::CatalogueEntry;

/// The ordinal of `code` in a table of `1 << bits` slots, or `None` when no slot holds it. `rows`,
/// the own rows by ordinal, confirm a code the slot does not hold whole.
// Always inline: where the generated lookup calls it, the table's sizes are constants.
#[inline(always)]
#[must_use]
pub fn hashed_index(
    code: &str,
    displacements: &[u8],
    slots: &[u8],
    bits: u32,
    rows: &[CatalogueEntry],
) -> Option<usize> {
    let (slots, _) = slots.as_chunks::<SLOT_SIZE>();
    let slot = slots.get(phf_slot(code_hash(code), displacements, bits))?;
    match read_slot(slot, code.as_bytes())? {
        (ordinal, true) => Some(ordinal),
        (ordinal, false) => (rows.get(ordinal)?.code() == code).then_some(ordinal),
    }
}
