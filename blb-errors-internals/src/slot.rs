//! The slots of a perfect hash table as bytes: the derive writes a large catalogue's table as one
//! byte-string literal, which costs the compiler one token whatever its size, and the runtime reads
//! the slot a lookup lands on.
//!
//! A slot is [`SLOT_SIZE`] bytes: the code's first 16 bytes and its last 16 bytes (each
//! zero-padded when the code is shorter), then its length and its ordinal, little-endian `u32`s.
//! A code of up to 32 bytes is compared with the slot alone; a longer one also with its text.

/// The bytes of one slot.
pub const SLOT_SIZE: usize = 40;

/// The length an empty slot holds: no code is this long, so an empty slot matches nothing.
const EMPTY: u32 = u32::MAX;

/// Appends the slot of `code`, the own code of `ordinal`.
///
/// # Panics
///
/// When `code` or `ordinal` does not fit a `u32` (the derive never builds such a table).
pub fn push_slot(table: &mut Vec<u8>, code: &str, ordinal: usize) {
    let bytes = code.as_bytes();
    let (mut head, mut tail) = ([0_u8; 16], [0_u8; 16]);
    let shown = bytes.len().min(16);
    head[..shown].copy_from_slice(&bytes[..shown]);
    tail[16 - shown..].copy_from_slice(&bytes[bytes.len() - shown..]);
    table.extend_from_slice(&head);
    table.extend_from_slice(&tail);
    let length = u32::try_from(bytes.len()).expect("an error code shorter than 4 GiB");
    table.extend_from_slice(&length.to_le_bytes());
    let ordinal = u32::try_from(ordinal).expect("fewer than 2^32 codes");
    table.extend_from_slice(&ordinal.to_le_bytes());
}

/// Appends a slot that no code takes.
pub fn push_empty_slot(table: &mut Vec<u8>) {
    table.extend_from_slice(&[0; 32]);
    table.extend_from_slice(&EMPTY.to_le_bytes());
    table.extend_from_slice(&[0; 4]);
}

/// What a slot says of `code`: `Some((ordinal, whole))` when the slot may hold it, where `whole`
/// is true if the slot compared every byte, and false for a code under 8 or over 32 bytes, whose
/// text the caller compares; `None` when the slot does not hold it.
#[inline]
#[must_use]
pub fn read_slot(slot: &[u8; SLOT_SIZE], code: &[u8]) -> Option<(usize, bool)> {
    let length = u32::from_le_bytes([slot[32], slot[33], slot[34], slot[35]]) as usize;
    if length != code.len() {
        return None;
    }
    let ordinal = u32::from_le_bytes([slot[36], slot[37], slot[38], slot[39]]) as usize;
    let (head, tail) = (slot.first_chunk::<16>()?, slot[16..].first_chunk::<16>()?);
    // Fixed-size compares, a few word compares each; the code's first and last 8 or 16 bytes
    // overlap in the middle and so cover all of it.
    let matches = match code.len() {
        8..=16 => {
            code.first_chunk::<8>() == head.first_chunk::<8>()
                && code.last_chunk::<8>() == tail.last_chunk::<8>()
        }
        17..=32 => code.first_chunk::<16>() == Some(head) && code.last_chunk::<16>() == Some(tail),
        _ => return Some((ordinal, false)),
    };
    matches.then_some((ordinal, true))
}

#[cfg(test)]
mod tests {
    use super::{SLOT_SIZE, push_empty_slot, push_slot, read_slot};

    const LONG: &str = "Service.SomeVeryLongResourceNameThatRunsOnAndOn.LimitExceeded";

    fn slot(code: &str, ordinal: usize) -> [u8; SLOT_SIZE] {
        let mut table = Vec::new();
        push_slot(&mut table, code, ordinal);
        table.try_into().unwrap()
    }

    #[test]
    fn a_slot_holds_its_code_and_no_other_at_every_length() {
        for length in 0..=LONG.len() {
            let code = &LONG[..length];
            let slot = slot(code, length);
            // A code under 8 or over 32 bytes is told apart by its text, which the caller compares.
            let whole = (8..=32).contains(&length);
            assert_eq!(read_slot(&slot, code.as_bytes()), Some((length, whole)));
            for index in 0..length {
                let mut other = code.as_bytes().to_vec();
                other[index] = b'#';
                let seen = read_slot(&slot, &other);
                if whole {
                    assert_eq!(seen, None, "{code} at {index}");
                } else {
                    assert!(
                        seen.is_none() || seen == Some((length, false)),
                        "{code} at {index}"
                    );
                }
            }
            if length > 0 {
                assert_eq!(read_slot(&slot, &code.as_bytes()[..length - 1]), None);
            }
        }
    }

    #[test]
    fn an_empty_slot_holds_nothing() {
        let mut table = Vec::new();
        push_empty_slot(&mut table);
        let slot: [u8; SLOT_SIZE] = table.try_into().unwrap();
        for length in 0..=LONG.len() {
            assert_eq!(read_slot(&slot, &LONG.as_bytes()[..length]), None);
        }
    }
}
