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

/// Appends `text` to `out` with JSON string escaping, without the surrounding quotes. Runs of
/// bytes that need no escape are copied at once.
pub fn push_escaped(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    for (index, &byte) in bytes.iter().enumerate() {
        let escape = ESCAPE[usize::from(byte)];
        if escape == 0 {
            continue;
        }
        out.extend_from_slice(&bytes[copied..index]);
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
        copied = index + 1;
    }
    out.extend_from_slice(&bytes[copied..]);
}
