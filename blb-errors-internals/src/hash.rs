//! The hash of an error code, and the slot it takes in a perfect hash table.
//!
//! The derive hashes every code of a catalogue and places the codes so that [`phf_slot`] sends each
//! to its own slot; the runtime hashes the code it is asked for and reads that slot.

const HASH_HEAD: u64 = 0x243F_6A88_85A3_08D3;
const HASH_TAIL: u64 = 0x1319_8A2E_0370_7344;
const HASH_LAST: u64 = 0xA409_3822_299F_31D0;
const SLOT_MULTIPLIER: u64 = 0x9E37_79B9_7F4A_7C15;

/// A hash of a code from its length and every byte: up to 32 bytes in one folded multiply, longer
/// codes 16 bytes at a time. Should two codes of a catalogue collide, the derive sees it and
/// dispatches that catalogue with a `match` instead.
#[inline]
#[must_use]
pub fn code_hash(code: &str) -> u64 {
    let bytes = code.as_bytes();
    let length = bytes.len() as u64;
    // 17 to 32 bytes, most codes: the first and last 16 bytes (overlapping) hold every byte, and
    // one multiply folds them, where the general loop below takes two, one after the other.
    if let (Some(head), Some(tail)) = (bytes.first_chunk::<16>(), bytes.last_chunk::<16>())
        && (17..=32).contains(&bytes.len())
    {
        return fold_multiply(
            word(head, 0) ^ word(tail, 0).rotate_left(29) ^ HASH_HEAD,
            word(head, 8) ^ word(tail, 8).rotate_left(17) ^ HASH_TAIL ^ length,
        );
    }
    if let Some((&head, mut rest)) = bytes.split_first_chunk::<16>()
        && !rest.is_empty()
    {
        // Longer than 16 bytes: 16 at a time, then the last 16 (overlapping), so every byte counts.
        let mut hash = fold_multiply(
            word(&head, 0) ^ HASH_HEAD ^ length,
            word(&head, 8) ^ HASH_TAIL,
        );
        while let Some((&block, after)) = rest.split_first_chunk::<16>()
            && !after.is_empty()
        {
            hash = fold_multiply(
                word(&block, 0) ^ HASH_HEAD ^ hash,
                word(&block, 8) ^ HASH_TAIL,
            );
            rest = after;
        }
        let last = bytes.last_chunk::<16>().copied().unwrap_or(head);
        return fold_multiply(
            word(&last, 0) ^ HASH_LAST ^ hash,
            word(&last, 8) ^ HASH_TAIL,
        );
    }
    let (head, tail) = if let (Some(head), Some(tail)) =
        (bytes.first_chunk::<8>(), bytes.last_chunk::<8>())
    {
        (u64::from_le_bytes(*head), u64::from_le_bytes(*tail))
    } else if let (Some(head), Some(tail)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        (
            u64::from(u32::from_le_bytes(*head)),
            u64::from(u32::from_le_bytes(*tail)),
        )
    } else if let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) {
        let middle = bytes[bytes.len() / 2];
        (
            u64::from(first) | u64::from(middle) << 8 | u64::from(last) << 16,
            0,
        )
    } else {
        (0, 0)
    };
    fold_multiply(head ^ HASH_HEAD, tail ^ HASH_TAIL ^ length)
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
    use super::code_hash;

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
            }
            assert_ne!(code_hash(code), code_hash(&long[..length - 1]), "{code}");
        }
    }
}
