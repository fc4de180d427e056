//! JSON string escaping by serde_json's rules: the derive escapes static messages with it at
//! compile time, the runtime escapes request ids, codes and interpolated messages.

/// What each byte becomes inside a JSON string: `0` copies it as it is, `b'u'` writes `\u00XX`,
/// anything else writes a backslash and that byte. Bytes of non-ASCII characters are never escaped.
static ESCAPE: [u8; 256] = {
    let mut table = [0_u8; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = b'u';
        byte += 1;
    }
    table[b'\n' as usize] = b'n';
    table[b'\r' as usize] = b'r';
    table[b'\t' as usize] = b't';
    table[0x08] = b'b';
    table[0x0c] = b'f';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Bytes checked together when looking for one that needs escaping: one SSE2/NEON register.
const CHUNK: usize = 16;

/// Whether `byte` must be escaped: the bytes whose `ESCAPE` entry is not `0`, written as
/// comparisons rather than a table lookup so that a loop over a chunk vectorises.
#[inline]
const fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// The length of the longest prefix of `bytes` that needs no escaping: where the first quote,
/// backslash or control character stands.
///
/// Whole chunks are checked without an early exit (`|` folds, not `any`), which LLVM turns into a
/// few vector compares; the first escape is then located eight bytes at a time by
/// `escape_mask`, and only the last few bytes one at a time.
#[inline]
fn clean_prefix_len(bytes: &[u8]) -> usize {
    let mut clean = 0;
    for chunk in bytes.chunks_exact(CHUNK) {
        let dirty = chunk
            .iter()
            .fold(false, |dirty, &byte| dirty | needs_escape(byte));
        if dirty {
            break;
        }
        clean += CHUNK;
    }
    let mut words = bytes[clean..].chunks_exact(8);
    for word in &mut words {
        let mut array = [0; 8];
        array.copy_from_slice(word);
        let found = escape_mask(u64::from_le_bytes(array));
        if found != 0 {
            // The lowest flagged byte; a byte index within a word fits any `usize`.
            return clean + (found.trailing_zeros() / 8) as usize;
        }
        clean += 8;
    }
    let tail = words.remainder();
    clean
        + tail
            .iter()
            .position(|&byte| needs_escape(byte))
            .unwrap_or(tail.len())
}

/// The high bit of each byte of `word` (little-endian) that needs escaping, exact for the lowest
/// one: `byte - k` borrows into its high bit when the byte is below `k`, and a byte XORed with the
/// quote (or backslash) is zero exactly at a quote. A borrow only leaks upward from a byte that is
/// flagged, and bytes of 0x80 and above (UTF-8 beyond ASCII) are masked out by their own high bit.
#[inline]
const fn escape_mask(word: u64) -> u64 {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const QUOTES: u64 = u64::from_ne_bytes([b'"'; 8]);
    const BACKSLASHES: u64 = u64::from_ne_bytes([b'\\'; 8]);
    const SPACES: u64 = u64::from_ne_bytes([0x20; 8]);
    let quote = word ^ QUOTES;
    let backslash = word ^ BACKSLASHES;
    (quote.wrapping_sub(ONES) | backslash.wrapping_sub(ONES) | word.wrapping_sub(SPACES))
        & !word
        & HIGHS
}

/// Appends the escape of one byte that needs it.
fn push_escape_of(out: &mut Vec<u8>, byte: u8) {
    let escape = ESCAPE[usize::from(byte)];
    if escape == b'u' {
        out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(byte >> 4)],
            HEX[usize::from(byte & 0xf)],
        ]);
    } else {
        out.extend_from_slice(&[b'\\', escape]);
    }
}

/// Appends `text` to `out` with JSON string escaping, without the surrounding quotes. Runs of
/// bytes that need no escape (usually the whole text) are copied at once.
#[inline]
pub fn push_escaped(out: &mut Vec<u8>, text: &str) {
    let mut rest = text.as_bytes();
    loop {
        let clean = clean_prefix_len(rest);
        out.extend_from_slice(&rest[..clean]);
        let Some((&byte, after)) = rest[clean..].split_first() else {
            return;
        };
        push_escape_of(out, byte);
        rest = after;
    }
}

#[cfg(test)]
mod tests {
    use super::{ESCAPE, clean_prefix_len, needs_escape};

    #[test]
    fn the_chunk_check_and_the_table_agree_on_every_byte() {
        for byte in 0_u8..=255 {
            assert_eq!(
                needs_escape(byte),
                ESCAPE[usize::from(byte)] != 0,
                "byte {byte:#04x}"
            );
        }
    }

    /// The definition `clean_prefix_len` must agree with: the first byte that needs escaping.
    fn clean_prefix_len_bytewise(bytes: &[u8]) -> usize {
        bytes
            .iter()
            .position(|&byte| ESCAPE[usize::from(byte)] != 0)
            .unwrap_or(bytes.len())
    }

    #[test]
    fn the_clean_prefix_ends_at_the_first_byte_that_needs_escaping() {
        // Every byte value at every place in the chunk, word and tail parts, with a second byte
        // that needs escaping after it (a borrow in a word must not hide or move the first).
        for special in 0..=u8::MAX {
            for at in 0..40 {
                for filler in [b'a', 0x7f, 0x80, 0xff, b' ', b'!', b'#', b'[', b']'] {
                    let mut bytes = vec![filler; 44];
                    bytes[at] = special;
                    bytes[(at + 1) % 44] = 0x00;
                    for start in 0..=at {
                        assert_eq!(
                            clean_prefix_len(&bytes[start..]),
                            clean_prefix_len_bytewise(&bytes[start..]),
                            "{bytes:?} from {start}"
                        );
                    }
                }
            }
        }
        for len in 0..40 {
            assert_eq!(clean_prefix_len(&vec![b'a'; len]), len);
        }
    }
}
