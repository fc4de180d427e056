//! The runtime half of a large catalogue's lookup: the perfect hash table the derive builds at
//! expansion time (see `blb_errors_internals::read_slot` for a slot's bytes).
//!
//! The derive keys every code with `code_key` (from `blb-errors-internals`, the one copy both
//! crates use) and places the codes so that `phf_slot` sends each to its own slot. A lookup is
//! then one read of the code's bytes, a hash, a displacement read, and one slot read and compare,
//! however many codes the catalogue has.

use blb_errors_internals::{SLOT_SIZE, code_key, phf_slot, read_slot};

use crate::CatalogueEntry;

/// The ordinal of `code` in `table`, or `None` when no slot holds it: the table is
/// `displacement_len` bytes of displacements, then `1 << bits` slots. `rows`, the own rows by
/// ordinal, confirm a code the slot does not hold whole.
// Always inline: where the generated lookup calls it, the table's sizes are constants.
#[inline(always)]
#[must_use]
pub fn hashed_index(
    code: &str,
    table: &[u8],
    displacement_len: usize,
    bits: u32,
    rows: &[CatalogueEntry],
) -> Option<usize> {
    let (displacements, slots) = table.split_at_checked(displacement_len)?;
    // A code over 32 bytes is rare, and its lookup is a call: the usual one then needs few
    // registers, and knows the code is at most 32 bytes long.
    let ordinal = if code.len() > 32 {
        long_ordinal(code, displacements, slots, bits, rows)
    } else {
        ordinal(code, displacements, slots, bits, rows)
    };
    // One test for both: a code not found, and an ordinal past the rows, which the caller then
    // reads without a second check.
    (ordinal < rows.len()).then_some(ordinal)
}

/// [`ordinal`] of a code over 32 bytes, compiled once rather than where the lookup is inlined.
#[cold]
#[inline(never)]
fn long_ordinal(
    code: &str,
    displacements: &[u8],
    slots: &[u8],
    bits: u32,
    rows: &[CatalogueEntry],
) -> usize {
    ordinal(code, displacements, slots, bits, rows)
}

/// The ordinal the slot of `code` holds, or `usize::MAX`, past every row, when it does not hold
/// `code`.
#[inline(always)]
fn ordinal(
    code: &str,
    displacements: &[u8],
    slots: &[u8],
    bits: u32,
    rows: &[CatalogueEntry],
) -> usize {
    let key = code_key(code);
    let (slots, _) = slots.as_chunks::<SLOT_SIZE>();
    let found = slots
        .get(phf_slot(key.hash, displacements, bits))
        .and_then(|slot| read_slot(slot, &key, code.len()))
        .filter(|&ordinal| {
            code.len() <= 32
                || rows
                    .get(ordinal)
                    .is_some_and(|row| same_text(code, row.code()))
        });
    found.unwrap_or(usize::MAX)
}

/// Whether `code`, over 32 bytes, is `row_code`: 16 bytes at a time, the last 16 overlapping, in
/// fixed-size compares rather than a call.
#[inline]
fn same_text(code: &str, row_code: &str) -> bool {
    let (code, row_code) = (code.as_bytes(), row_code.as_bytes());
    if code.len() != row_code.len() {
        return false;
    }
    let mut at = 0;
    while let (Some(block), Some(row_block)) = (
        code.get(at..).and_then(<[u8]>::first_chunk::<16>),
        row_code.get(at..).and_then(<[u8]>::first_chunk::<16>),
    ) {
        if block != row_block {
            return false;
        }
        at += 16;
    }
    code.last_chunk::<16>() == row_code.last_chunk::<16>()
}
