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

/// The length of the longest prefix of `bytes` that needs no escaping. Whole chunks are checked
/// without an early exit (`|` folds, not `any`), which LLVM turns into a few vector compares;
/// only the chunk that holds an escape, and the short end, are searched byte by byte.
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
    clean
        + bytes[clean..]
            .iter()
            .position(|&byte| needs_escape(byte))
            .unwrap_or(bytes.len() - clean)
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
    use super::{ESCAPE, needs_escape};

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
}
