//! JSON string escaping at run time, by serde_json's rules. The derive escapes static messages at
//! compile time by the same rules (`blb-errors-derive/src/json.rs`); a test compares the two.

use std::fmt;

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
pub(crate) fn push_escaped(out: &mut Vec<u8>, text: &str) {
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

/// A [`fmt::Write`] that escapes what is written into a byte buffer, so that a message with
/// placeholders goes through `Display` straight to the body, with no intermediate `String`.
pub(crate) struct EscapingWriter<'a>(pub(crate) &'a mut Vec<u8>);

impl fmt::Write for EscapingWriter<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        push_escaped(self.0, text);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::push_escaped;

    fn escaped(text: &str) -> String {
        let mut out = Vec::new();
        push_escaped(&mut out, text);
        String::from_utf8(out).expect("escaping keeps UTF-8")
    }

    fn serde_escaped(text: &str) -> String {
        let quoted = serde_json::to_string(text).expect("a str serializes");
        quoted[1..quoted.len() - 1].to_owned()
    }

    #[test]
    fn every_ascii_character_escapes_as_serde_json_does() {
        for byte in 0_u8..0x80 {
            let text = char::from(byte).to_string();
            assert_eq!(escaped(&text), serde_escaped(&text), "byte {byte:#04x}");
        }
    }

    #[test]
    fn mixed_text_escapes_as_serde_json_does() {
        let text = "a \"quote\", a \\ and a / \n\r\t\u{8}\u{c}\u{1}\u{1f}\u{7f} é ✓ 🦀 end";
        assert_eq!(escaped(text), serde_escaped(text));
        assert!(escaped(text).contains("\\u001f"), "lowercase hex");
        assert!(escaped(text).contains(" / "), "slash kept as is");
    }
}
