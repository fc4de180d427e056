//! The parts of the expansion written once per code (match arms, table rows) are built as source
//! text and lexed by the compiler in one call. `quote!` makes each token its own object, and a
//! proc macro runs unoptimised in a debug build: for a thousand codes that was most of the
//! derive's time. Only tokens whose span nothing points at go this way: punctuation, literals
//! this derive writes, and variant names in `Self::Name` paths.

use std::fmt::Write;

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

#[derive(Default)]
pub struct Source {
    text: String,
}

impl Source {
    /// Code as it is, like `=> ` or `,`.
    pub fn code(&mut self, code: &str) -> &mut Self {
        self.text.push_str(code);
        self
    }

    pub fn ident(&mut self, ident: &Ident) -> &mut Self {
        // A raw identifier prints as `r#name`, which lexes back to itself.
        let _ = write!(self.text, "{ident}");
        self
    }

    pub fn number(&mut self, number: impl std::fmt::Display) -> &mut Self {
        let _ = write!(self.text, "{number}");
        self
    }

    /// A string literal holding `value`. `Debug` writes a valid Rust literal (quotes, backslashes,
    /// control characters and invisible Unicode escaped), but checks every character against
    /// Unicode's tables, slowly in the unoptimised build a derive runs as, and the catalogue's
    /// packed text is a thousand codes, messages and JSON fragments long. ASCII without a `#` or a
    /// carriage return, the usual text, goes in a raw literal (`r#"..."#`) as it is: it cannot
    /// hold the `"#` that would end one.
    pub fn string(&mut self, value: &str) -> &mut Self {
        if value.is_ascii() && !value.contains('#') && !value.contains('\r') {
            self.text.push_str("r#\"");
            self.text.push_str(value);
            self.text.push_str("\"#");
        } else {
            let _ = write!(self.text, "{value:?}");
        }
        self
    }

    /// Another piece of source, as it is.
    pub fn append(&mut self, other: &Source) -> &mut Self {
        self.text.push_str(&other.text);
        self
    }

    /// A byte string literal holding `bytes`: printable ASCII as it is, other bytes as `\xNN`.
    /// By hand rather than with `write!`, which is slow in the unoptimised build a derive runs as.
    pub fn byte_string(&mut self, bytes: &[u8]) -> &mut Self {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        self.text.push_str("b\"");
        for &byte in bytes {
            if (b' '..=b'~').contains(&byte) && byte != b'"' && byte != b'\\' {
                self.text.push(char::from(byte));
            } else {
                self.text.push_str("\\x");
                self.text.push(char::from(HEX[usize::from(byte >> 4)]));
                self.text.push(char::from(HEX[usize::from(byte & 0x0f)]));
            }
        }
        self.text.push('"');
        self
    }

    pub fn into_tokens(self) -> TokenStream {
        // In the compiler, lex with it directly: proc_macro2 would first lex the text again with
        // its own (unoptimised) lexer to validate it, and this text is valid by construction.
        let lexed = if proc_macro::is_available() {
            self.text
                .parse::<proc_macro::TokenStream>()
                .map(TokenStream::from)
                .ok()
        } else {
            self.text.parse::<TokenStream>().ok()
        };
        lexed.unwrap_or_else(|| {
            // Unreachable while the writers above emit valid tokens; an error beats a panic.
            quote!(::core::compile_error!(
                "blb-errors: #[derive(ApiError)] wrote code that does not lex; please report this"
            );)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Source;

    #[test]
    fn strings_lex_back_to_their_value() {
        for value in [
            "plain",
            "quote \" and \\ backslash",
            "tab\tnewline\n",
            "ü → \u{7f}",
            "",
            "\"quotes\" only, \"\"",
            "ASCII controls \0 \u{7} \u{1b} \u{7f}\t",
            "carriage\r\nreturn",
            "a # and \"# in a raw literal would end it",
        ] {
            let mut source = Source::default();
            source.string(value);
            let literal: syn::LitStr = syn::parse2(source.into_tokens()).unwrap();
            assert_eq!(literal.value(), value);
        }
    }

    #[test]
    fn byte_strings_lex_back_to_their_bytes() {
        let bytes: Vec<u8> = (0..=255).collect();
        let mut source = Source::default();
        source.byte_string(&bytes);
        let literal: syn::LitByteStr = syn::parse2(source.into_tokens()).unwrap();
        assert_eq!(literal.value(), bytes);
    }

    #[test]
    fn raw_identifiers_lex_back() {
        let mut source = Source::default();
        source.ident(&syn::Ident::new_raw("type", proc_macro2::Span::call_site()));
        let ident: syn::Ident = syn::parse2(source.into_tokens()).unwrap();
        assert_eq!(ident, "r#type");
    }
}
