//! JSON string escaping at run time, by serde_json's rules (`blb_errors_internals::push_escaped`,
//! which the derive also uses for static messages at compile time).

use std::fmt;

pub(crate) use blb_errors_internals::push_escaped;

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

    #[test]
    fn an_escape_anywhere_in_a_long_clean_run_escapes_as_serde_json_does() {
        // Clean runs are checked 16 bytes at a time: escapes before, inside, across and after
        // whole chunks, and more than one.
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
