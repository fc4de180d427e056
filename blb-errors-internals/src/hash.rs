//! The key of an error code: its hash, and the words of it a slot keeps; and the slot a hash takes
//! in a perfect hash table.
//!
//! The derive keys every code of a catalogue and places the codes so that [`phf_slot`] sends each
//! to its own slot; the runtime keys the code it is asked for, reads that slot and compares the
//! slot's words with the key's.

const HASH_HEAD: u64 = 0x243F_6A88_85A3_08D3;
const HASH_TAIL: u64 = 0x1319_8A2E_0370_7344;
const HASH_LAST: u64 = 0xA409_3822_299F_31D0;
const SLOT_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// What a lookup needs of a code, read from its bytes once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CodeKey {
    /// A hash of the code's length and every byte. Should two codes of a catalogue collide, the
    /// derive sees it and dispatches that catalogue with a `match` instead.
    pub hash: u64,
    /// Little-endian words of the code's bytes, which a slot keeps to be compared with: the first
    /// 16 and the last 16 bytes (overlapping) of a code of 17 to 32 bytes; for a shorter one its
    /// first and last 8 or 4 bytes (overlapping), or its first, middle and last byte, then zeros.
    /// With the length they tell apart any two codes of up to 32 bytes. Zeros for a longer code,
    /// which is compared with its text.
    pub words: [u64; 4],
}

/// The key of `code`: its words, and a hash of them and its length (up to 32 bytes, one folded
/// multiply), or of every 16 bytes in turn (longer codes).
#[inline]
#[must_use]
pub fn code_key(code: &str) -> CodeKey {
    let bytes = code.as_bytes();
    let length = bytes.len() as u64;
    if bytes.len() > 32 {
        return CodeKey {
            hash: long_hash(bytes),
            words: [0; 4],
        };
    }
    // One test of the length per shape: the words are what the hash mixes and the slot compares.
    let words = if bytes.len() > 16
        && let (Some(head), Some(tail)) = (bytes.first_chunk::<16>(), bytes.last_chunk::<16>())
    {
        [word(head, 0), word(head, 8), word(tail, 0), word(tail, 8)]
    } else if let (Some(head), Some(tail)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        [u64::from_le_bytes(*head), u64::from_le_bytes(*tail), 0, 0]
    } else if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        [
            u64::from(u32::from_le_bytes(*head)),
            u64::from(u32::from_le_bytes(*tail)),
            0,
            0,
        ]
    } else if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
        let middle = bytes[bytes.len() / 2];
        let word = u64::from(first) | u64::from(middle) << 8 | u64::from(last) << 16;
        [word, 0, 0, 0]
    } else {
        [0; 4]
    };
    // The words hold every byte, and one multiply folds them. The first and the last 16 bytes
    // are subtracted, not xored: a code whose two halves swap places hashes apart.
    let hash = fold_multiply(
        (words[0] ^ HASH_HEAD).wrapping_sub(words[2]),
        (words[1] ^ HASH_TAIL ^ length).wrapping_sub(words[3]),
    );
    CodeKey { hash, words }
}

/// The hash of a code over 32 bytes: 16 bytes at a time, then the last 16 (overlapping), so every
/// byte counts.
#[inline]
fn long_hash(bytes: &[u8]) -> u64 {
    let Some((head, mut rest)) = bytes.split_first_chunk::<16>() else {
        return 0;
    };
    let mut hash = fold_multiply(
        word(head, 0) ^ HASH_HEAD ^ bytes.len() as u64,
        word(head, 8) ^ HASH_TAIL,
    );
    while let Some((block, after)) = rest.split_first_chunk::<16>()
        && !after.is_empty()
    {
        hash = fold_multiply(
            word(block, 0) ^ HASH_HEAD ^ hash,
            word(block, 8) ^ HASH_TAIL,
        );
        rest = after;
    }
    let last = bytes.last_chunk::<16>().unwrap_or(head);
    fold_multiply(word(last, 0) ^ HASH_LAST ^ hash, word(last, 8) ^ HASH_TAIL)
}

/// The little-endian word at `at` (0 or 8) of a 16-byte block.
#[inline]
fn word(block: &[u8; 16], at: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&block[at..at + 8]);
    u64::from_le_bytes(word)
}

/// The 128-bit product of two words, folded to 64 bits: both halves are kept.
#[inline]
fn fold_multiply(left: u64, right: u64) -> u64 {
    let product = u128::from(left) * u128::from(right);
    #[allow(clippy::cast_possible_truncation)]
    let folded = (product as u64) ^ ((product >> 64) as u64);
    folded
}

/// The bucket of a hash among `bucket_count` buckets, a power of two: the top bits of the hash,
/// taken with a shift rather than a multiply, as they are one step of every lookup.
#[inline]
#[must_use]
pub fn phf_bucket(hash: u64, bucket_count: usize) -> usize {
    // Two shifts, so that one bucket (no bits) shifts by 32 twice rather than by 64 once.
    #[allow(clippy::cast_possible_truncation)] // less than bucket_count
    let bucket = ((hash >> 32) >> (32 - bucket_count.trailing_zeros().min(32))) as usize;
    bucket
}

/// The slot of a hash in a table of `1 << bits` slots: the high bits of the hash pick a
/// displacement (little-endian `u32`s, a power of two of them), which moves the codes of that
/// bucket to free slots.
#[inline]
#[must_use]
pub fn phf_slot(hash: u64, displacements: &[u8], bits: u32) -> usize {
    let (displacements, _) = displacements.as_chunks::<4>();
    let bucket = phf_bucket(hash, displacements.len());
    let displacement = displacements
        .get(bucket)
        .map_or(0, |word| u32::from_le_bytes(*word));
    displaced_slot(hash, displacement, bits)
}

/// The slot of a hash moved by its bucket's `displacement`, in a table of `1 << bits` slots:
/// [`phf_slot`] once the displacement is read, and what the derive tries displacements with.
#[inline]
#[must_use]
pub fn displaced_slot(hash: u64, displacement: u32, bits: u32) -> usize {
    #[allow(clippy::cast_possible_truncation)] // at most `bits` bits remain
    let slot =
        ((hash ^ u64::from(displacement)).wrapping_mul(SLOT_MULTIPLIER) >> (64 - bits)) as usize;
    slot
}

#[cfg(test)]
mod tests {
    use super::code_key;

    fn code_hash(code: &str) -> u64 {
        code_key(code).hash
    }

    #[test]
    fn every_byte_counts() {
        assert_ne!(code_hash("AccessDenied"), code_hash("AccessDeniee"));
        assert_ne!(code_hash("ab"), code_hash("ac"));
        assert_ne!(code_hash(""), code_hash("a"));
        assert_ne!(code_hash("Invalid"), code_hash("Invalie"));
        // The same length and the same first and last eight bytes.
        assert_ne!(
            code_hash("Rds.BucketLimitExceeded"),
            code_hash("Rds.BucketQuotaExceeded")
        );
        let long = "Service.SomeVeryLongResourceNameThatRunsOnAndOn.LimitExceeded";
        assert_ne!(code_hash(long), code_hash(&long.replace("On.", "Om.")));
    }

    #[test]
    fn every_byte_counts_at_every_length() {
        let long = "Service.SomeVeryLongResourceNameThatRunsOnAndOn.LimitExceeded";
        for length in 1..=long.len() {
            let code = &long[..length];
            for index in 0..length {
                let mut other = code.as_bytes().to_vec();
                other[index] = b'#';
                let other = std::str::from_utf8(&other).unwrap();
                assert_ne!(code_hash(code), code_hash(other), "{code} at {index}");
                if length <= 32 {
                    assert_ne!(
                        code_key(code).words,
                        code_key(other).words,
                        "{code} at {index}"
                    );
                }
            }
            assert_ne!(code_hash(code), code_hash(&long[..length - 1]), "{code}");
        }
    }
}
