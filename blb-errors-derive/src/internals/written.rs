//! Tokens printed the way people write them (`a::b::C`, `Vec<u8>`, `&'a str`), for messages.
//! `TokenStream::to_string` puts a space between every two tokens (`a :: b :: C`).

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use quote::ToTokens;

/// `tokens` as a user writes them.
pub fn written<T: ToTokens>(tokens: &T) -> String {
    let mut out = String::new();
    write(&mut out, tokens.to_token_stream());
    out
}

/// What the previous token asks of the next one.
#[derive(Clone, Copy, PartialEq)]
enum Before {
    /// Nothing yet, an opening delimiter, or a token the next one sticks to (`::`, `<`, `&`, `'`).
    Nothing,
    /// An identifier or literal: a next one is a separate word.
    Word,
    /// `,`, `;`, `=`, `+`, `->`: a space follows.
    Space,
}

fn write(out: &mut String, tokens: TokenStream) {
    let mut before = Before::Nothing;
    let mut operator = String::new();
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => {
                if before != Before::Nothing {
                    out.push(' ');
                }
                out.push_str(&ident.to_string());
                before = Before::Word;
            }
            TokenTree::Literal(literal) => {
                if before != Before::Nothing {
                    out.push(' ');
                }
                out.push_str(&literal.to_string());
                before = Before::Word;
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{", "}"),
                    Delimiter::None => ("", ""),
                };
                // `Fn(u8)` and `fn(u8)` stick to the word before them; `mut [u8]` does not.
                let sticks = group.delimiter() == Delimiter::Parenthesis;
                if before == Before::Space || (before == Before::Word && !sticks) {
                    out.push(' ');
                }
                out.push_str(open);
                write(out, group.stream());
                out.push_str(close);
                before = if open.is_empty() {
                    Before::Word
                } else {
                    Before::Nothing
                };
            }
            TokenTree::Punct(punct) => {
                operator.push(punct.as_char());
                if punct.spacing() == Spacing::Joint && punct.as_char() != '\'' {
                    continue;
                }
                let spaced = matches!(operator.as_str(), "=" | "+" | "->" | "=>");
                if spaced || before == Before::Space {
                    out.push(' ');
                }
                out.push_str(&operator);
                before = if spaced || matches!(operator.as_str(), "," | ";") {
                    Before::Space
                } else {
                    Before::Nothing
                };
                operator.clear();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::written;

    fn check(source: &str, expected: &str) {
        let ty: syn::Type = syn::parse_str(source).unwrap();
        assert_eq!(written(&ty), expected);
    }

    #[test]
    fn types_read_as_written() {
        check("a :: b :: C", "a::b::C");
        check("::blb_errors::BceError", "::blb_errors::BceError");
        check("Vec<u8>", "Vec<u8>");
        check("HashMap<K, Vec<Option<V>>>", "HashMap<K, Vec<Option<V>>>");
        check("&'a str", "&'a str");
        check("&'static mut [u8; 4]", "&'static mut [u8; 4]");
        check(
            "Box<dyn Error + Send + 'static>",
            "Box<dyn Error + Send + 'static>",
        );
        check("fn(u8) -> u8", "fn(u8) -> u8");
        check("<T as Trait>::Assoc", "<T as Trait>::Assoc");
        check("Wrapper<Item = u8>", "Wrapper<Item = u8>");
        check("(u8, String)", "(u8, String)");
    }

    #[test]
    fn paths_read_as_written() {
        let path: syn::Path = syn::parse_str("crate::errors::blb").unwrap();
        assert_eq!(written(&path), "crate::errors::blb");
    }
}
