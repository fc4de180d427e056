//! The runtime half of code lookup: a perfect hash table that the derive builds at expansion time.
//!
//! The derive hashes every code with `code_hash` (from `blb-errors-internals`, the one copy both
//! crates use) and places the codes so that `phf_slot` sends each to its own slot. A lookup is
//! then one hash, a displacement read, and a slot read and compare ([`slot_holds`]), however many
//! codes the catalogue has.

use crate::CatalogueEntry;
use crate::compose::position;

/// One slot of the table: the first and last 16 bytes of its code (of a code of 8 to 16 bytes, the
/// first 8 and the last 8), its length and its ordinal. A lookup compares the code it is given
/// with these, read with the slot, without a further read of the code's text.
#[derive(Clone, Copy, Debug)]
pub struct Slot {
    head: [u8; 16],
    tail: [u8; 16],
    len: u32,
    ordinal: u16,
}

/// Marks a slot no code takes, in the ordinals the derive emits.
pub const NO_CODE: u16 = u16::MAX;

/// The table whose slot `i` holds the own code of ordinal `ordinals[i]` (`u16::MAX`: none), made
/// at compile time from the catalogue (see `compose::position`).
#[must_use]
pub const fn slots<const N: usize>(
    ordinals: &[u16; N],
    catalogue: &[CatalogueEntry],
    positions: &[usize],
) -> [Slot; N] {
    let empty = Slot {
        head: [0; 16],
        tail: [0; 16],
        // No code has this length: an empty slot matches nothing.
        len: u32::MAX,
        ordinal: 0,
    };
    let mut slots = [empty; N];
    let mut index = 0;
    while index < N {
        let ordinal = ordinals[index];
        if ordinal != NO_CODE {
            let code = catalogue[position(positions, ordinal as usize)]
                .code()
                .as_bytes();
            let len = code.len();
            assert!(
                len < u32::MAX as usize,
                "blb-errors: an error code is too long"
            );
            let mut slot = Slot {
                head: [0; 16],
                tail: [0; 16],
                #[allow(clippy::cast_possible_truncation)] // checked above
                len: len as u32,
                ordinal,
            };
            // The first min(16, len) bytes from the front, the last min(16, len) at the back.
            let mut byte = 0;
            while byte < 16 && byte < len {
                slot.head[byte] = code[byte];
                slot.tail[15 - byte] = code[len - 1 - byte];
                byte += 1;
            }
            slots[index] = slot;
        }
        index += 1;
    }
    slots
}

/// The slot of each ordinal, from `ordinals`, the ordinal in each slot (`NO_CODE`: none): the
/// derive's value of a unit variant is found by its slot, and this finds the slot of an ordinal.
#[must_use]
pub const fn slot_of_ordinals<const N: usize>(ordinals: &[u16]) -> [usize; N] {
    let mut slot_of = [0; N];
    let mut slot = 0;
    while slot < ordinals.len() {
        let ordinal = ordinals[slot];
        if ordinal != NO_CODE {
            slot_of[ordinal as usize] = slot;
        }
        slot += 1;
    }
    slot_of
}

/// Whether `slot` holds `code`; the catalogue (see `compose::position`) for the lengths the slot
/// does not hold whole.
#[inline]
#[must_use]
pub fn slot_holds(
    slot: &Slot,
    code: &str,
    catalogue: &[CatalogueEntry],
    positions: &[usize],
) -> bool {
    let bytes = code.as_bytes();
    if slot.len as usize != bytes.len() {
        return false;
    }
    match bytes.len() {
        8..=16 => {
            bytes.first_chunk::<8>() == slot.head.first_chunk::<8>()
                && bytes.last_chunk::<8>() == slot.tail.last_chunk::<8>()
        }
        17..=32 => {
            bytes.first_chunk::<16>() == Some(&slot.head)
                && bytes.last_chunk::<16>() == Some(&slot.tail)
        }
        _ => {
            catalogue
                .get(position(positions, usize::from(slot.ordinal)))
                .map(CatalogueEntry::code)
                == Some(code)
        }
    }
}

/// The ordinal of the code a slot holds.
#[inline]
#[must_use]
pub const fn slot_ordinal(slot: &Slot) -> usize {
    slot.ordinal as usize
}

#[cfg(test)]
mod tests {
    use super::{NO_CODE, slot_holds, slots};
    use crate::CatalogueEntry;

    const LONG: &str = "Service.SomeVeryLongResourceNameThatRunsOnAndOn.LimitExceeded";

    #[test]
    fn a_slot_holds_its_code_and_no_other_at_every_length() {
        // Slot `i` holds the code of length `i`; the last slot is empty.
        let codes: Vec<&'static str> = (0..=LONG.len()).map(|length| &LONG[..length]).collect();
        let catalogue: Vec<CatalogueEntry> = codes
            .iter()
            .map(|&code| CatalogueEntry::__new(code, 400, "", "", false, "", &[]))
            .collect();
        let mut ordinals = [NO_CODE; 64];
        for (ordinal, slot) in ordinals.iter_mut().enumerate().take(codes.len()) {
            *slot = u16::try_from(ordinal).unwrap();
        }
        let table = slots(&ordinals, &catalogue, &[]);
        for (length, &code) in codes.iter().enumerate() {
            let slot = &table[length];
            assert!(slot_holds(slot, code, &catalogue, &[]), "{code}");
            for index in 0..length {
                let mut other = code.as_bytes().to_vec();
                other[index] = b'#';
                let other = std::str::from_utf8(&other).unwrap();
                assert!(
                    !slot_holds(slot, other, &catalogue, &[]),
                    "{code} at {index}"
                );
            }
            if length > 0 {
                assert!(
                    !slot_holds(slot, &code[..length - 1], &catalogue, &[]),
                    "{code} shorter"
                );
            }
            assert!(
                !slot_holds(&table[63], code, &catalogue, &[]),
                "an empty slot"
            );
        }
    }
}
