//! A quick reader for the usual input: an enum without generics whose variants carry `///` lines
//! and one `#[api(key = literal, ...)]` each. It reads the tokens directly instead of through
//! syn's parser, which matters for build times: proc macros run unoptimised in a debug build, and
//! a thousand variants made syn's general expression and attribute parsing the largest part of a
//! rebuild.
//!
//! It gives up (`None`) on anything else (generics, an `#[api]` on the enum, a second `#[api]`
//! on a variant, a repeated key, a value that is not a plain literal), and the derive then reads
//! the input with syn, which also reports every mistake at its token. So this reader never
//! reports an error itself, and what it accepts reads exactly as syn's path would read it.

use proc_macro2::{Delimiter, Group, Ident, Literal, Span, TokenStream, TokenTree};
use syn::punctuated::Punctuated;
use syn::{Data, DataEnum, DeriveInput, Fields, Generics, Lit, LitStr, Visibility};

use crate::ast::unescaped_text;
use crate::attr::{Status, StrValue, VariantAttrs, first_paragraph};
use crate::symbol::{CODE, MESSAGE, STATUS};

/// The input as syn would have parsed it (without the attributes, which are read here), and each
/// variant's `#[api(...)]`, in variant order.
pub struct Scanned {
    pub input: DeriveInput,
    pub attrs: Vec<VariantAttrs>,
}

pub fn read(tokens: TokenStream) -> Option<Scanned> {
    let mut tokens = tokens.into_iter();
    // Outer attributes and the visibility: only an `#[api]` on the enum needs the full reader.
    let ident = loop {
        match tokens.next()? {
            TokenTree::Punct(punct) if punct.as_char() == '#' => {
                let TokenTree::Group(attribute) = tokens.next()? else {
                    return None;
                };
                if attribute_name(&attribute)? == "api" {
                    return None;
                }
            }
            TokenTree::Ident(keyword) if keyword == "enum" => match tokens.next()? {
                TokenTree::Ident(ident) => break ident,
                _ => return None,
            },
            TokenTree::Ident(keyword) if keyword == "struct" || keyword == "union" => return None,
            TokenTree::Ident(_) | TokenTree::Group(_) => {}
            _ => return None,
        }
    };
    // Generics and where clauses go to syn.
    let TokenTree::Group(body) = tokens.next()? else {
        return None;
    };
    if body.delimiter() != Delimiter::Brace || tokens.next().is_some() {
        return None;
    }
    let (variants, attrs) = variants(body.stream())?;
    let input = DeriveInput {
        attrs: Vec::new(),
        vis: Visibility::Inherited,
        ident,
        generics: Generics::default(),
        data: Data::Enum(DataEnum {
            enum_token: syn::token::Enum::default(),
            brace_token: syn::token::Brace::default(),
            variants,
        }),
    };
    Some(Scanned { input, attrs })
}

fn variants(
    body: TokenStream,
) -> Option<(Punctuated<syn::Variant, syn::Token![,]>, Vec<VariantAttrs>)> {
    let mut variants = Punctuated::new();
    let mut all_attrs = Vec::new();
    let mut tokens = body.into_iter().peekable();
    while tokens.peek().is_some() {
        let mut attrs = VariantAttrs::default();
        let mut doc_lines = Vec::new();
        let ident = loop {
            match tokens.next()? {
                TokenTree::Punct(punct) if punct.as_char() == '#' => {
                    let TokenTree::Group(attribute) = tokens.next()? else {
                        return None;
                    };
                    attribute_into(&attribute, &mut attrs, &mut doc_lines)?;
                }
                TokenTree::Ident(ident) => break ident,
                _ => return None,
            }
        };
        if !attrs.present {
            return None;
        }
        attrs.doc = first_paragraph(&doc_lines);
        let fields = match tokens.peek() {
            Some(TokenTree::Group(group)) => {
                let fields = fields(group)?;
                tokens.next();
                fields
            }
            _ => Fields::Unit,
        };
        // A discriminant (`= 1`) or anything else unusual goes to syn.
        match tokens.next() {
            None => {}
            Some(TokenTree::Punct(punct)) if punct.as_char() == ',' => {}
            Some(_) => return None,
        }
        variants.push(syn::Variant {
            attrs: Vec::new(),
            ident,
            fields,
            discriminant: None,
        });
        all_attrs.push(attrs);
    }
    Some((variants, all_attrs))
}

fn fields(group: &Group) -> Option<Fields> {
    let tokens = TokenStream::from(TokenTree::Group(group.clone()));
    match group.delimiter() {
        Delimiter::Brace => syn::parse2(tokens).ok().map(Fields::Named),
        Delimiter::Parenthesis => syn::parse2(tokens).ok().map(Fields::Unnamed),
        Delimiter::Bracket | Delimiter::None => None,
    }
}

/// The first word of `[word ...]`.
fn attribute_name(attribute: &Group) -> Option<Ident> {
    if attribute.delimiter() != Delimiter::Bracket {
        return None;
    }
    match attribute.stream().into_iter().next()? {
        TokenTree::Ident(name) => Some(name),
        _ => None,
    }
}

/// Reads `[doc = "..."]` into `doc_lines` and `[api(...)]` into `attrs`; other attributes are
/// not this derive's.
fn attribute_into(
    attribute: &Group,
    attrs: &mut VariantAttrs,
    doc_lines: &mut Vec<String>,
) -> Option<()> {
    if attribute.delimiter() != Delimiter::Bracket {
        return None;
    }
    let mut tokens = attribute.stream().into_iter();
    let TokenTree::Ident(name) = tokens.next()? else {
        return None;
    };
    if name == "doc" {
        match (tokens.next()?, tokens.next()?, tokens.next()) {
            (TokenTree::Punct(eq), TokenTree::Literal(text), None) if eq.as_char() == '=' => {
                doc_lines.push(string_value(&text)?);
            }
            _ => return None,
        }
    } else if name == "api" {
        let (Some(TokenTree::Group(list)), None) = (tokens.next(), tokens.next()) else {
            return None;
        };
        if attrs.present || list.delimiter() != Delimiter::Parenthesis {
            return None;
        }
        attrs.present = true;
        attrs.attribute_span = Some(list.span());
        api_list(list.stream(), attrs)?;
    }
    Some(())
}

/// `code = "...", status = N, message = "...", retryable, ...`: each key once, each value a plain
/// literal of the right kind, or `None`.
fn api_list(list: TokenStream, attrs: &mut VariantAttrs) -> Option<()> {
    let mut tokens = list.into_iter().peekable();
    while let Some(token) = tokens.next() {
        let TokenTree::Ident(key) = token else {
            return None;
        };
        let value = match tokens.peek() {
            Some(TokenTree::Punct(eq)) if eq.as_char() == '=' => {
                tokens.next();
                match tokens.next()? {
                    TokenTree::Literal(value) => Some(value),
                    _ => return None,
                }
            }
            _ => None,
        };
        match tokens.next() {
            None => {}
            Some(TokenTree::Punct(comma)) if comma.as_char() == ',' => {}
            Some(_) => return None,
        }
        let key_name = key.to_string();
        match (key_name.as_str(), value) {
            ("code", Some(value)) if attrs.code.is_none() => {
                attrs.written.push(CODE.0);
                attrs.code = Some(lit_str(value)?);
            }
            ("message", Some(value)) if attrs.message.is_none() => {
                attrs.written.push(MESSAGE.0);
                attrs.message = Some(lit_str(value)?);
            }
            ("status", Some(value)) if attrs.status.is_none() => {
                attrs.written.push(STATUS.0);
                attrs.status = Some(status(&value)?);
            }
            ("retryable", None) => set_flag(&mut attrs.retryable, key.span())?,
            ("transparent", None) => set_flag(&mut attrs.transparent, key.span())?,
            ("unknown", None) => set_flag(&mut attrs.unknown, key.span())?,
            _ => return None,
        }
    }
    Some(())
}

fn set_flag(slot: &mut Option<Span>, span: Span) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(span);
    Some(())
}

fn lit_str(token: Literal) -> Option<StrValue> {
    // A plain literal is rebuilt from its text, which is cheaper than syn's unescaping.
    if let Some(text) = unescaped_text(&token.to_string()) {
        return Some(StrValue {
            literal: LitStr::new(text, token.span()),
            text: text.to_owned(),
        });
    }
    match Lit::new(token) {
        Lit::Str(literal) => Some(StrValue::new(literal)),
        _ => None,
    }
}

/// A status written as three plain digits in 400..=599, as `attr::status_value` accepts it. Read
/// from the token's text: syn's `Lit::new` was a tenth of this reader's time. Anything else (a
/// suffix, an underscore, another base) goes to syn.
fn status(token: &Literal) -> Option<Status> {
    let text = token.to_string();
    if text.len() != 3 || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let value: u16 = text.parse().ok()?;
    (400..=599).contains(&value).then_some(Status { value })
}

/// The text of a string literal: between the quotes for a plain or raw literal (a `///` line may
/// reach a derive as either), unescaped by syn otherwise.
fn string_value(token: &Literal) -> Option<String> {
    let repr = token.to_string();
    if let Some(text) = unescaped_text(&repr) {
        return Some(text.to_owned());
    }
    if let Some(raw) = repr.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let text = raw
            .get(hashes..raw.len() - hashes)?
            .strip_prefix('"')?
            .strip_suffix('"')?;
        return raw.ends_with(&"#".repeat(hashes)).then(|| text.to_owned());
    }
    match Lit::new(token.clone()) {
        Lit::Str(literal) => Some(literal.value()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use proc_macro2::TokenStream;
    use quote::quote;

    use super::read;
    use crate::expand;

    /// The quick reader's expansion, which must be the one syn's path gives.
    fn both_ways(tokens: &TokenStream) -> (Option<String>, String) {
        let quick = read(tokens.clone())
            .and_then(expand::derive_scanned)
            .map(|expansion| expansion.to_string());
        let input = syn::parse2(tokens.clone()).expect("the test input parses");
        (quick, expand::derive(&input).to_string())
    }

    #[track_caller]
    fn assert_same(tokens: &TokenStream) {
        let (quick, syn) = both_ways(tokens);
        let quick = quick.expect("the quick reader takes this input");
        assert!(
            quick == syn,
            "the two readers disagree:\nquick: {quick}\nsyn:   {syn}"
        );
    }

    #[track_caller]
    fn assert_declined(tokens: &TokenStream) {
        let (quick, _) = both_ways(tokens);
        assert!(
            quick.is_none(),
            "the quick reader should leave this input to syn"
        );
    }

    #[test]
    fn reads_the_usual_catalogue_as_syn_does() {
        assert_same(&quote! {
            /// The catalogue.
            #[derive(Debug)]
            #[non_exhaustive]
            pub(crate) enum BlbError {
                /// The listener does not exist.
                ///
                /// Only rustdoc sees this paragraph.
                #[api(code = "ListenerNotFound", status = 404, message = "The specified listener does not exist.")]
                ListenerNotFound,
                /// Two lines
                /// of description.
                #[allow(dead_code)]
                #[api(retryable, code = "Throttling", status = 503, message = "Rate \"limit\" {{reached}}.")]
                Throttling,
                #[api(code = "Missing", status = 400, message = "A required parameter '{name}' is not supplied.")]
                Missing { name: String, #[allow(unused)] hint: Option<u32> },
                #[api(code = "Port.InUse", status = 409, message = "Port {0} of {1} is in use.")]
                PortInUse(u16, ::std::collections::HashMap<String, Vec<u8>>),
                #[doc = "A doc attribute written out, with an escape: \u{e9}."]
                #[api(code = "r#type", status = 400, message = "")]
                r#type,
                #[api(transparent)]
                Global(GlobalError),
                #[api(unknown)]
                Unknown(UnknownCode),
            }
        });
    }

    #[test]
    fn leaves_everything_unusual_to_syn() {
        let unusual = [
            r#"enum E<T> { #[api(code = "A", status = 400, message = "a")] A(T) }"#,
            r#"enum E where Self: Sized { #[api(code = "A", status = 400, message = "a")] A }"#,
            r#"#[api(crate = my_crate)] enum E { #[api(code = "A", status = 400, message = "a")] A }"#,
            r#"struct S;"#,
            r#"enum E { #[api(code = "A")] #[api(status = 400, message = "a")] A }"#,
            r#"enum E { #[api(code = "A", code = "B", status = 400, message = "a")] A }"#,
            r#"enum E { #[api(code = "A", status = 404u16, message = "a")] A }"#,
            r#"enum E { #[api(code = "A", status = 200, message = "a")] A }"#,
            r#"enum E { #[api(code = "A", status = "404", message = "a")] A }"#,
            r#"enum E { #[api(code = "A", status = -404, message = "a")] A }"#,
            r#"enum E { #[api(code = A, status = 400, message = "a")] A }"#,
            r#"enum E { #[api(code = "A", status = 400, message = "a", colour = "red")] A }"#,
            r#"enum E { #[api(code = "A", status = 400, message = "a", retryable = true)] A }"#,
            r#"enum E { #[api] A }"#,
            r#"enum E { #[api = "A"] A }"#,
            r#"enum E { A }"#,
            r#"enum E { #[api(code = "A", status = 400, message = "a")] A = 1 }"#,
            // Well formed, but wrong as a whole: reported by syn's path.
            r#"enum E { #[api(code = "A", status = 400)] A }"#,
            r#"enum E { #[api(code = "A", status = 400, message = "a")] A, #[api(code = "A", status = 400, message = "b")] B }"#,
            r#"enum E { #[api(code = "A", status = 400, message = "{missing}")] A }"#,
            r#"enum E { #[api(code = "", status = 400, message = "a")] A }"#,
        ];
        for text in unusual {
            assert_declined(&text.parse().expect("the test input lexes"));
        }
    }
}
