//! Reads `#[api(...)]` on the enum and on each variant. Every mistake is recorded at its token and
//! parsing goes on, so one build reports them all.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprUnary, Lit, LitStr, Token, UnOp};

use crate::ctxt::Ctxt;
use crate::symbol::{
    API, CODE, CRATE, MESSAGE, RETRYABLE, STATUS, Symbol, TRANSPARENT, UNKNOWN, VARIANT_KEYS,
};

/// What `#[api(...)]` on the enum itself says.
#[derive(Default)]
pub struct ContainerAttrs {
    /// `crate = path`: where blb-errors is, for users who re-export it.
    pub crate_path: Option<syn::Path>,
}

/// A status known to be a valid HTTP error status.
pub struct Status {
    pub value: u16,
}

/// What `#[api(...)]` on a variant says. Keys are kept with their tokens for error spans.
#[derive(Default)]
pub struct VariantAttrs {
    /// The first `#[api]` attribute, where "missing key" errors point.
    pub attribute_span: Option<Span>,
    pub code: Option<LitStr>,
    pub status: Option<Status>,
    pub message: Option<LitStr>,
    pub retryable: Option<Span>,
    pub transparent: Option<Span>,
    pub unknown: Option<Span>,
    /// The variant's `///` lines, joined: the catalogue's description.
    pub doc: String,
}

pub fn container(cx: &Ctxt, attrs: &[Attribute]) -> ContainerAttrs {
    let mut parsed = ContainerAttrs::default();
    for attr in attrs.iter().filter(|attr| attr.path() == API) {
        if let Err(error) = require_list(attr, "`#[api(crate = path)]`") {
            cx.syn_error(error);
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            if meta.path == CRATE {
                let value = meta.value()?;
                // Accept `crate = path` and, as serde does, `crate = "path"`.
                let path = if value.peek(LitStr) {
                    value.parse::<LitStr>()?.parse::<syn::Path>()?
                } else {
                    value.parse::<syn::Path>()?
                };
                if parsed.crate_path.is_some() {
                    cx.error_at(&meta.path, "duplicate `crate`: it is given already");
                }
                parsed.crate_path = Some(path);
                Ok(())
            } else {
                let key = meta.path.clone();
                skip_value(&meta)?;
                cx.error_at(
                    key,
                    "unknown key on the enum: `#[api(...)]` on an enum takes only `crate = path`; \
                     code, status and message go on each variant",
                );
                Ok(())
            }
        });
        if let Err(error) = result {
            cx.syn_error(error);
        }
    }
    parsed
}

pub fn variant(cx: &Ctxt, attrs: &[Attribute]) -> VariantAttrs {
    let mut parsed = VariantAttrs {
        doc: doc_text(attrs),
        ..VariantAttrs::default()
    };
    for attr in attrs.iter().filter(|attr| attr.path() == API) {
        parsed.attribute_span.get_or_insert(attr.span());
        let expected = "`#[api(code = \"...\", status = N, message = \"...\")]`";
        if let Err(error) = require_list(attr, expected) {
            cx.syn_error(error);
            continue;
        }
        if let syn::Meta::List(list) = &attr.meta
            && list.tokens.is_empty()
        {
            cx.error_at(attr, format!("`#[api()]` says nothing: expected {expected}"));
            continue;
        }
        if let Err(error) = attr.parse_nested_meta(|meta| variant_key(cx, &mut parsed, &meta)) {
            cx.syn_error(error);
        }
    }
    parsed
}

fn variant_key(cx: &Ctxt, parsed: &mut VariantAttrs, meta: &ParseNestedMeta) -> syn::Result<()> {
    let key = &meta.path;
    if *key == CODE {
        let literal = string_value(meta, CODE, "code = \"ListenerNotFound\"")?;
        set_once(cx, meta, &mut parsed.code, literal);
    } else if *key == MESSAGE {
        let literal = string_value(meta, MESSAGE, "message = \"The specified listener does not exist.\"")?;
        set_once(cx, meta, &mut parsed.message, literal);
    } else if *key == STATUS {
        let expr: Expr = meta.value()?.parse()?;
        if let Some(status) = status_value(cx, &expr) {
            set_once(cx, meta, &mut parsed.status, status);
        } else if parsed.status.is_some() {
            cx.error_at(key, "duplicate `status`: it is given already");
        }
    } else if *key == RETRYABLE {
        flag(cx, meta, RETRYABLE, &mut parsed.retryable)?;
    } else if *key == TRANSPARENT {
        flag(cx, meta, TRANSPARENT, &mut parsed.transparent)?;
    } else if *key == UNKNOWN {
        flag(cx, meta, UNKNOWN, &mut parsed.unknown)?;
    } else {
        let shown = key.get_ident().map_or_else(|| "this key".to_owned(), |ident| format!("`{ident}`"));
        skip_value(meta)?;
        cx.error_at(key, format!("unknown key {shown} in `#[api(...)]`; expected one of {VARIANT_KEYS}"));
    }
    Ok(())
}

/// Records a key's value, or an error at its second occurrence.
fn set_once<T>(cx: &Ctxt, meta: &ParseNestedMeta, slot: &mut Option<T>, value: T) {
    if slot.is_some() {
        let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
        cx.error_at(&meta.path, format!("duplicate `{key}`: it is given already in this variant's `#[api(...)]`"));
    } else {
        *slot = Some(value);
    }
}

fn flag(cx: &Ctxt, meta: &ParseNestedMeta, key: Symbol, slot: &mut Option<Span>) -> syn::Result<()> {
    if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
        let value_span = meta.input.span();
        skip_value(meta)?;
        cx.error_span(value_span, format!("`{key}` takes no value: write `#[api({key})]`"));
        return Ok(());
    }
    set_once(cx, meta, slot, meta.path.span());
    Ok(())
}

fn string_value(meta: &ParseNestedMeta, key: Symbol, example: &str) -> syn::Result<LitStr> {
    let expr: Expr = meta.value()?.parse()?;
    match expr {
        Expr::Lit(ExprLit { lit: Lit::Str(literal), .. }) => Ok(literal),
        other => Err(syn::Error::new_spanned(
            other,
            format!("`{key}` takes a string literal, like `{example}`"),
        )),
    }
}

/// The status if `expr` is an integer literal in 400..=599; otherwise records why not.
fn status_value(cx: &Ctxt, expr: &Expr) -> Option<Status> {
    const RANGE: &str = "`status` is an HTTP error status: an integer literal from 400 to 599";
    match expr {
        Expr::Lit(ExprLit { lit: Lit::Int(literal), .. }) => match literal.base10_parse::<u16>() {
            Ok(value) if (400..=599).contains(&value) => Some(Status { value }),
            _ => {
                cx.error_at(literal, format!("{RANGE}, not {}", literal.base10_digits()));
                None
            }
        },
        Expr::Lit(ExprLit { lit: Lit::Str(literal), .. }) => {
            cx.error_at(literal, format!("{RANGE}; write it without quotes: `status = {}`", literal.value()));
            None
        }
        Expr::Unary(ExprUnary { op: UnOp::Neg(_), .. }) => {
            cx.error_at(expr, format!("{RANGE}; a negative number is not an HTTP status"));
            None
        }
        other => {
            cx.error_at(other, format!("{RANGE}, like `status = 404`"));
            None
        }
    }
}

fn require_list(attr: &Attribute, expected: &str) -> syn::Result<()> {
    match &attr.meta {
        syn::Meta::List(_) => Ok(()),
        syn::Meta::Path(path) => Err(syn::Error::new_spanned(
            path,
            format!("`#[api]` needs arguments: expected {expected}"),
        )),
        syn::Meta::NameValue(name_value) => Err(syn::Error::new_spanned(
            &name_value.eq_token,
            format!("`#[api = ...]` is not the form: expected {expected}"),
        )),
    }
}

/// Consumes whatever follows a key (`= value` or `(...)`), so parsing can go on after an error.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(Token![=]) {
        meta.value()?.parse::<Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.input.parse::<proc_macro2::Group>()?;
    }
    Ok(())
}

/// The first paragraph of the `///` comments, one leading space dropped per line.
fn doc_text(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value: Expr::Lit(ExprLit { lit: Lit::Str(text), .. }),
                ..
            }) => Some(text.value()),
            _ => None,
        })
        .collect();
    // The first paragraph is the description; later ones are for rustdoc only.
    let lines: Vec<&str> = lines
        .iter()
        .flat_map(|line| line.lines())
        .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end())
        .skip_while(|line| line.is_empty())
        .take_while(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}
