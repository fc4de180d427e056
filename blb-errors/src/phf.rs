//! The runtime half of code lookup: a perfect hash table that the derive builds at expansion time.
//!
//! The derive hashes every code with `code_hash` (from `blb-errors-internals`, the one copy both
//! crates use) and places the codes so that `phf_slot` sends each to its own slot. A lookup is
//! then one hash, a displacement read, and a slot read and compare ([`slot_holds`]), however many
//! codes the catalogue has.

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

/// The table whose slot `i` holds the code of ordinal `ordinals[i]` (`u16::MAX`: none), made at
/// compile time from the code strings.
#[must_use]
pub const fn slots<const N: usize>(ordinals: &[u16; N], codes: &[&'static str]) -> [Slot; N] {
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
            let code = codes[ordinal as usize].as_bytes();
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

/// Whether `slot` holds `code`; `codes` (by ordinal) for the lengths the slot does not hold whole.
#[inline]
#[must_use]
pub fn slot_holds(slot: &Slot, code: &str, codes: &[&str]) -> bool {
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
        _ => codes.get(usize::from(slot.ordinal)) == Some(&code),
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

    const LONG: &str = "Service.SomeVeryLongResourceNameThatRunsOnAndOn.LimitExceeded";

    #[test]
    fn a_slot_holds_its_code_and_no_other_at_every_length() {
        // Slot `i` holds the code of length `i`; the last slot is empty.
        let codes: Vec<&'static str> = (0..=LONG.len()).map(|length| &LONG[..length]).collect();
        let mut ordinals = [NO_CODE; 64];
        for (ordinal, slot) in ordinals.iter_mut().enumerate().take(codes.len()) {
            *slot = u16::try_from(ordinal).unwrap();
        }
        let table = slots(&ordinals, &codes);
        for (length, &code) in codes.iter().enumerate() {
            let slot = &table[length];
            assert!(slot_holds(slot, code, &codes), "{code}");
            for index in 0..length {
                let mut other = code.as_bytes().to_vec();
                other[index] = b'#';
                let other = std::str::from_utf8(&other).unwrap();
                assert!(!slot_holds(slot, other, &codes), "{code} at {index}");
            }
            if length > 0 {
                assert!(
                    !slot_holds(slot, &code[..length - 1], &codes),
                    "{code} shorter"
                );
            }
            assert!(!slot_holds(&table[63], code, &codes), "an empty slot");
        }
    }
}
