//! JSON string escaping by serde_json's rules, for the request id, code and message of a body the
//! writer writes and for the on-call tool's JSON answers.

use super::plain_run::{ESCAPES, plain_end};

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
pub(crate) fn push_escaped(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        let clean = plain_end::<ESCAPES>(bytes, at);
        out.extend_from_slice(&bytes[at..clean]);
        let Some(&byte) = bytes.get(clean) else {
            return;
        };
        push_escape_of(out, byte);
        at = clean + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::plain_run::{ESCAPES, is_stop};
    use super::{ESCAPE, push_escaped};

    #[test]
    fn the_escape_table_has_an_entry_for_every_stop_and_no_other_byte() {
        for byte in 0_u8..=255 {
            assert_eq!(
                is_stop::<ESCAPES>(byte),
                ESCAPE[usize::from(byte)] != 0,
                "byte {byte:#04x}"
            );
        }
    }

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

    #[test]
    fn an_escape_anywhere_in_a_long_clean_run_escapes_as_serde_json_does() {
        // Clean runs are checked 16 bytes at a time: escapes before, inside, across and after
        // whole chunks and the overlapping last one, and more than one.
        let clean = "0123456789abcdef-é-0123456789abcdef";
        for escape in ["\"", "\\", "\n", "\u{1f}", "\u{0}"] {
            for position in (0..=clean.len()).filter(|&at| clean.is_char_boundary(at)) {
                let (before, after) = clean.split_at(position);
                let text = format!("{before}{escape}{after}{escape}");
                assert_eq!(escaped(&text), serde_escaped(&text), "{text:?}");
            }
        }
        let uuid = "ae2225f7-1c2e-427a-a1ad-5413b762957d";
        assert_eq!(escaped(uuid), uuid);
    }
}
