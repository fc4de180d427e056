//! The slots of a perfect hash table as bytes: the derive writes a large catalogue's table as one
//! byte-string literal, which costs the compiler one token whatever its size, and the runtime reads
//! the slot a lookup lands on.
//!
//! A slot is [`SLOT_SIZE`] bytes: the four words of the code's key (see [`CodeKey`]), then its
//! length and its ordinal, all little-endian. A code of up to 32 bytes is compared with the slot
//! alone; a longer one also with its text.

use crate::hash::{CodeKey, code_key};

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
    for word in code_key(code).words {
        table.extend_from_slice(&word.to_le_bytes());
    }
    let length = u32::try_from(code.len()).expect("an error code shorter than 4 GiB");
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

/// The ordinal of the code in `slot` when it has `length` bytes and `key`'s words, else `None`:
/// for a code of up to 32 bytes that is the code itself; a longer one the caller compares with the
/// text of that ordinal's code.
#[inline]
#[must_use]
pub fn read_slot(slot: &[u8; SLOT_SIZE], key: &CodeKey, length: usize) -> Option<usize> {
    let slot_length = u32::from_le_bytes([slot[32], slot[33], slot[34], slot[35]]) as usize;
    let (words, _) = slot.as_chunks::<8>();
    // The length and the four words, compared as one.
    let differ = words
        .iter()
        .zip(key.words)
        .fold((slot_length ^ length) as u64, |differ, (word, key)| {
            differ | (u64::from_le_bytes(*word) ^ key)
        });
    (differ == 0).then(|| u32::from_le_bytes([slot[36], slot[37], slot[38], slot[39]]) as usize)
}

#[cfg(test)]
mod tests {
    use super::{SLOT_SIZE, push_empty_slot, push_slot, read_slot};
    use crate::hash::code_key;

    const LONG: &str = "Service.SomeVeryLongResourceNameThatRunsOnAndOn.LimitExceeded";

    fn slot(code: &str, ordinal: usize) -> [u8; SLOT_SIZE] {
        let mut table = Vec::new();
        push_slot(&mut table, code, ordinal);
        table.try_into().unwrap()
    }

    fn read(slot: &[u8; SLOT_SIZE], code: &[u8]) -> Option<usize> {
        let code = std::str::from_utf8(code).unwrap();
        read_slot(slot, &code_key(code), code.len())
    }

    #[test]
    fn a_slot_holds_its_code_and_no_other_at_every_length() {
        for length in 0..=LONG.len() {
            let code = &LONG[..length];
            let slot = slot(code, length);
            assert_eq!(read(&slot, code.as_bytes()), Some(length));
            for index in 0..length {
                let mut other = code.as_bytes().to_vec();
                other[index] = b'#';
                let seen = read(&slot, &other);
                // Over 32 bytes, the caller compares the text.
                let expected = (length > 32).then_some(length);
                assert_eq!(seen, expected, "{code} at {index}");
            }
            if length > 0 {
                assert_eq!(read(&slot, &code.as_bytes()[..length - 1]), None);
            }
        }
    }

    #[test]
    fn an_empty_slot_holds_nothing() {
        let mut table = Vec::new();
        push_empty_slot(&mut table);
        let slot: [u8; SLOT_SIZE] = table.try_into().unwrap();
        for length in 0..=LONG.len() {
            assert_eq!(read(&slot, &LONG.as_bytes()[..length]), None);
        }
    }
}
