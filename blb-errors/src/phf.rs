//! The runtime half of code lookup: a perfect hash table that the derive builds at expansion time.
//!
//! The derive hashes every code with `code_hash` (from `blb-errors-internals`, the one copy both
//! crates use) and places the codes so that `phf_slot` sends each to its own slot. A lookup is
//! then one hash, a displacement read, a slot read (the code and its ordinal) and [`same_code`],
//! however many codes the catalogue has.

/// Each slot's code and ordinal, from the ordinals the derive placed: the code sits in the slot, so
/// a lookup reads it without going through the ordinal first.
#[must_use]
pub const fn slot_codes<const N: usize>(
    ordinals: &[u16; N],
    codes: &[&'static str],
) -> [(&'static str, u16); N] {
    let mut slots = [("", 0); N];
    let mut index = 0;
    while index < N {
        slots[index] = (codes[ordinals[index] as usize], ordinals[index]);
        index += 1;
    }
    slots
}

/// Whether `code` is `known`. Codes are short: comparing two overlapping words (or two 16-byte
/// blocks) inline costs less than a call to `memcmp` with a length known only at run time.
#[inline]
#[must_use]
pub fn same_code(known: &str, code: &str) -> bool {
    let (known, code) = (known.as_bytes(), code.as_bytes());
    if known.len() != code.len() {
        return false;
    }
    match known.len() {
        8..=16 => {
            known.first_chunk::<8>() == code.first_chunk::<8>()
                && known.last_chunk::<8>() == code.last_chunk::<8>()
        }
        17..=32 => {
            known.first_chunk::<16>() == code.first_chunk::<16>()
                && known.last_chunk::<16>() == code.last_chunk::<16>()
        }
        _ => known == code,
    }
}

#[cfg(test)]
mod tests {
    use super::same_code;

    #[test]
    fn same_code_compares_every_byte_at_every_length() {
        let long = "Service.SomeVeryLongResourceNameThatRunsOnAndOn.LimitExceeded";
        for length in 0..=long.len() {
            let code = &long[..length];
            assert!(same_code(code, code));
            for index in 0..length {
                let mut other = code.as_bytes().to_vec();
                other[index] = b'#';
                assert!(
                    !same_code(code, std::str::from_utf8(&other).unwrap()),
                    "{code} at {index}"
                );
            }
            assert!(!same_code(code, &long[..length.saturating_sub(1)]) || length == 0);
        }
    }
}
