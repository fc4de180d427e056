//! The syntax of an `#[api(...)]` list: `key`, `key = value` and `key(...)`, separated by commas.
//! A slip in it is recorded at its token, and reading goes on after the next comma, so that the
//! keys after it are still checked in the same build.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::punctuated::Punctuated;
use syn::{Attribute, Ident, Lit, LitStr, Path, PathSegment, Token};

use crate::internals::Ctxt;
use crate::internals::written::written;

/// One key of a list, and the tokens after it.
pub struct Key<'a> {
    pub path: Path,
    pub input: ParseStream<'a>,
}

impl<'a> Key<'a> {
    /// The key as written, for messages (`code`, or `a::b` for a path).
    pub fn name(&self) -> String {
        written(&self.path)
    }

    /// The tokens after `key =`, or an error at the slip when the value is not given that way.
    /// `example` is the key written well, like `code = "ListenerNotFound"`.
    pub fn value(&self, example: &str) -> syn::Result<ParseStream<'a>> {
        let input = self.input;
        if input.peek(Token![=]) {
            let eq: Token![=] = input.parse()?;
            if at_end_of_key(input) {
                return Err(syn::Error::new(
                    eq.span,
                    format!("no value after `=`: write `{example}`"),
                ));
            }
            return Ok(input);
        }
        let name = self.name();
        if at_end_of_key(input) {
            return Err(syn::Error::new_spanned(
                &self.path,
                format!("`{name}` needs a value: write `{example}`"),
            ));
        }
        let (found, span) = next_token(input);
        Err(syn::Error::new(
            span,
            format!("expected `=` after `{name}`, found `{found}`: write `{example}`"),
        ))
    }

    /// Whether a value (`= ...` or `(...)`) follows the key.
    pub fn has_value(&self) -> bool {
        !at_end_of_key(self.input)
    }

    /// The tokens of the value, `=` excluded, up to the comma that ends the key; for a key that is
    /// wrong whatever its value, and for values that are not a lone literal.
    pub fn rest(&self) -> TokenStream {
        if self.input.peek(Token![=]) {
            let _: syn::Result<Token![=]> = self.input.parse();
        }
        rest_of_key(self.input)
    }
}

/// Reads the list of `attr` (which is `#[api(...)]`), calling `item` for each key. Returns whether
/// the list was well formed; a slip (the error is recorded) can leave keys unread.
pub fn parse_list(
    cx: &Ctxt,
    attr: &Attribute,
    mut item: impl FnMut(&Key) -> syn::Result<()>,
) -> bool {
    let mut well_formed = true;
    let result = attr.parse_args_with(|input: ParseStream| {
        while !input.is_empty() {
            if input.peek(Token![,]) {
                let comma: Token![,] = input.parse()?;
                cx.error_at(comma, "a `,` with no key before it: remove it");
                well_formed = false;
                continue;
            }
            let read = key_path(input)
                .and_then(|path| item(&Key { path, input }))
                .and_then(|()| separator(input));
            if let Err(error) = read {
                cx.syn_error(error);
                well_formed = false;
                rest_of_key(input);
                let _: Option<Token![,]> = input.parse()?;
            }
        }
        Ok(())
    });
    if let Err(error) = result {
        cx.syn_error(error);
        well_formed = false;
    }
    well_formed
}

/// The key: a name, or a path (`a::b`), which no key is but which the message shows as written.
fn key_path(input: ParseStream) -> syn::Result<Path> {
    if input.peek(Ident::peek_any) || input.peek(Token![::]) {
        let leading_colon: Option<Token![::]> = input.parse()?;
        let mut segments = Punctuated::<PathSegment, Token![::]>::new();
        segments.push_value(Ident::parse_any(input)?.into());
        while input.peek(Token![::]) {
            segments.push_punct(input.parse()?);
            segments.push_value(Ident::parse_any(input)?.into());
        }
        return Ok(Path {
            leading_colon,
            segments,
        });
    }
    if let Ok(literal) = input.fork().parse::<LitStr>()
        && let Ok(name) = syn::parse_str::<Ident>(&literal.value())
    {
        return Err(syn::Error::new(
            literal.span(),
            format!("a key is a name, not a string: write `{name}` without quotes"),
        ));
    }
    let (found, span) = next_token(input);
    let what = if input.peek(Lit) { "a literal " } else { "" };
    Err(syn::Error::new(
        span,
        format!("expected a key, like `code`, found {what}`{found}`"),
    ))
}

/// The `,` after a key, or the end of the list.
fn separator(input: ParseStream) -> syn::Result<()> {
    if input.is_empty() {
        return Ok(());
    }
    if input.peek(Token![,]) {
        let _: Token![,] = input.parse()?;
        return Ok(());
    }
    let (found, span) = next_token(input);
    Err(syn::Error::new(
        span,
        format!("expected `,`, found `{found}`: keys in `#[api(...)]` are separated by commas"),
    ))
}

fn at_end_of_key(input: ParseStream) -> bool {
    input.is_empty() || input.peek(Token![,])
}

/// Consumes the tokens up to the next `,` of the list (left in place) or its end.
fn rest_of_key(input: ParseStream) -> TokenStream {
    input
        .step(|cursor| {
            let mut tokens = TokenStream::new();
            let mut rest = *cursor;
            while let Some((token, next)) = rest.token_tree() {
                if matches!(&token, TokenTree::Punct(punct) if punct.as_char() == ',') {
                    break;
                }
                tokens.extend([token]);
                rest = next;
            }
            Ok((tokens, rest))
        })
        .unwrap_or_default()
}

/// The next token, a group shown as its delimiters only, and its span.
fn next_token(input: ParseStream) -> (String, Span) {
    match input.cursor().token_tree() {
        Some((TokenTree::Group(group), _)) => {
            let shown = match group.delimiter() {
                Delimiter::Parenthesis => "(...)".to_owned(),
                Delimiter::Bracket => "[...]".to_owned(),
                Delimiter::Brace => "{...}".to_owned(),
                Delimiter::None => written(&group.stream()),
            };
            (shown, group.span())
        }
        Some((token, _)) => (written(&token), token.span()),
        None => (String::new(), input.span()),
    }
}
