//! Reads `#[api(...)]` on the enum and on each variant. Every mistake is recorded at its token and
//! parsing goes on, so one build reports them all.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprUnary, Lit, LitStr, Token, UnOp};

use crate::internals::Ctxt;
use crate::internals::symbol::{
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
    /// Whether the variant has any `#[api...]` attribute, well formed or not.
    pub present: bool,
    /// The first `#[api(...)]` list, where "missing key" errors point.
    pub attribute_span: Option<Span>,
    /// The keys written, valid or not: a key written wrong is reported once, not also as missing.
    pub written: Vec<&'static str>,
    pub code: Option<StrValue>,
    pub status: Option<Status>,
    pub message: Option<StrValue>,
    pub retryable: Option<Span>,
    pub transparent: Option<Span>,
    pub unknown: Option<Span>,
    /// The variant's `///` lines, joined: the catalogue's description.
    pub doc: String,
}

/// A string literal and its text, read once: a large catalogue needs the text several times per
/// code, and reading it from the token is a call into the compiler.
pub struct StrValue {
    pub literal: LitStr,
    pub text: String,
}

impl StrValue {
    pub fn new(literal: LitStr) -> Self {
        let text = crate::internals::ast::literal_text(&literal);
        Self { literal, text }
    }
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
        parsed.present = true;
        let expected = "`#[api(code = \"...\", status = N, message = \"...\")]`";
        if let Err(error) = require_list(attr, expected) {
            cx.syn_error(error);
            continue;
        }
        if let syn::Meta::List(list) = &attr.meta {
            parsed
                .attribute_span
                .get_or_insert(list.delimiter.span().join());
            if list.tokens.is_empty() {
                cx.error_at(
                    attr,
                    format!("`#[api()]` says nothing: expected {expected}"),
                );
                continue;
            }
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
        parsed.written.push(CODE.0);
        if let Some(literal) = string_value(cx, meta, CODE, "code = \"ListenerNotFound\"")? {
            set_once(cx, meta, &mut parsed.code, StrValue::new(literal));
        }
    } else if *key == MESSAGE {
        parsed.written.push(MESSAGE.0);
        let example = "message = \"The specified listener does not exist.\"";
        if let Some(literal) = string_value(cx, meta, MESSAGE, example)? {
            set_once(cx, meta, &mut parsed.message, StrValue::new(literal));
        }
    } else if *key == STATUS {
        parsed.written.push(STATUS.0);
        let value = meta.value()?;
        // syn reads `-404` as one literal; the expression path says why it is wrong.
        let lone_int = (!value.peek(Token![-]))
            .then(|| lone::<syn::LitInt>(value))
            .flatten();
        let expr = match lone_int {
            Some(literal) => Expr::Lit(ExprLit {
                attrs: Vec::new(),
                lit: Lit::Int(literal),
            }),
            None => ungroup(value.parse()?),
        };
        if let Some(status) = status_value(cx, &expr) {
            set_once(cx, meta, &mut parsed.status, status);
        }
    } else if *key == RETRYABLE {
        flag(cx, meta, RETRYABLE, &mut parsed.retryable)?;
    } else if *key == TRANSPARENT {
        flag(cx, meta, TRANSPARENT, &mut parsed.transparent)?;
    } else if *key == UNKNOWN {
        flag(cx, meta, UNKNOWN, &mut parsed.unknown)?;
    } else {
        let written = key.get_ident().map(ToString::to_string).unwrap_or_default();
        skip_value(meta)?;
        let hint = closest_key(&written).map_or_else(
            || format!("expected one of {VARIANT_KEYS}"),
            |close| format!("did you mean `{close}`?"),
        );
        cx.error_at(
            key,
            format!("unknown key `{written}` in `#[api(...)]`; {hint}"),
        );
    }
    Ok(())
}

/// Records a key's value, or an error at its second occurrence.
fn set_once<T>(cx: &Ctxt, meta: &ParseNestedMeta, slot: &mut Option<T>, value: T) {
    if slot.is_some() {
        let key = meta
            .path
            .get_ident()
            .map(ToString::to_string)
            .unwrap_or_default();
        cx.error_at(
            &meta.path,
            format!("duplicate `{key}`: it is given already in this variant's `#[api(...)]`"),
        );
    } else {
        *slot = Some(value);
    }
}

fn flag(
    cx: &Ctxt,
    meta: &ParseNestedMeta,
    key: Symbol,
    slot: &mut Option<Span>,
) -> syn::Result<()> {
    if meta.input.peek(Token![=]) || meta.input.peek(syn::token::Paren) {
        let value_span = meta.input.span();
        skip_value(meta)?;
        cx.error_span(
            value_span,
            format!("`{key}` takes no value: write `#[api({key})]`"),
        );
        return Ok(());
    }
    set_once(cx, meta, slot, meta.path.span());
    Ok(())
}

/// The string literal after `key =`, or `None` after recording that it is something else.
fn string_value(
    cx: &Ctxt,
    meta: &ParseNestedMeta,
    key: Symbol,
    example: &str,
) -> syn::Result<Option<LitStr>> {
    let value = meta.value()?;
    if let Some(literal) = lone::<LitStr>(value) {
        return Ok(Some(literal));
    }
    let expr: Expr = value.parse()?;
    match ungroup(expr) {
        Expr::Lit(ExprLit {
            lit: Lit::Str(literal),
            ..
        }) => Ok(Some(literal)),
        other => {
            cx.error_at(
                other,
                format!("`{key}` takes a string literal, like `{example}`"),
            );
            Ok(None)
        }
    }
}

/// The value when it is one literal of type `T` followed by `,` or the end: the usual input, read
/// without syn's expression parser, which is slow in the unoptimised build a proc macro runs as.
fn lone<T: syn::parse::Parse>(value: syn::parse::ParseStream) -> Option<T> {
    use syn::parse::discouraged::Speculative;
    let fork = value.fork();
    let literal = fork.parse::<T>().ok()?;
    if !(fork.is_empty() || fork.peek(Token![,])) {
        return None;
    }
    value.advance_to(&fork);
    Some(literal)
}

/// The expression inside the invisible groups that `macro_rules!` puts around a `$value:literal`
/// or `$value:expr` it passes on, so that a catalogue written by a macro reads like any other.
fn ungroup(mut expr: Expr) -> Expr {
    while let Expr::Group(group) = expr {
        expr = *group.expr;
    }
    expr
}

/// The status if `expr` is an integer literal in 400..=599; otherwise records why not.
fn status_value(cx: &Ctxt, expr: &Expr) -> Option<Status> {
    const RANGE: &str = "`status` is an HTTP error status: an integer literal from 400 to 599";
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(literal),
            ..
        }) => match literal.base10_parse::<u16>() {
            Ok(value) if (400..=599).contains(&value) => Some(Status { value }),
            _ => {
                cx.error_at(literal, format!("{RANGE}, not {}", literal.base10_digits()));
                None
            }
        },
        Expr::Lit(ExprLit {
            lit: Lit::Str(literal),
            ..
        }) => {
            cx.error_at(
                literal,
                format!(
                    "{RANGE}; write it without quotes: `status = {}`",
                    literal.value()
                ),
            );
            None
        }
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_), ..
        }) => {
            cx.error_at(
                expr,
                format!("{RANGE}; a negative number is not an HTTP status"),
            );
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
            name_value.eq_token,
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

/// The `///` comments' description (see [`first_paragraph`]).
fn doc_text(attrs: &[Attribute]) -> String {
    let lines: Vec<String> = attrs
        .iter()
        .filter(|attr| attr.path().is_ident("doc"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::NameValue(name_value) => match ungroup(name_value.value.clone()) {
                Expr::Lit(ExprLit {
                    lit: Lit::Str(text),
                    ..
                }) => Some(crate::internals::ast::literal_text(&text)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    first_paragraph(&lines)
}

/// The first paragraph of the doc lines, one leading space dropped per line: the description.
/// Later paragraphs are for rustdoc only.
pub fn first_paragraph(lines: &[String]) -> String {
    let lines: Vec<&str> = lines
        .iter()
        .flat_map(|line| line.split('\n'))
        .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end())
        .skip_while(|line| line.is_empty())
        .take_while(|line| !line.is_empty())
        .collect();
    lines.join("\n")
}

/// The variant key one or two edits away from a misspelled one.
fn closest_key(written: &str) -> Option<&'static str> {
    [CODE, STATUS, MESSAGE, RETRYABLE, TRANSPARENT, UNKNOWN]
        .into_iter()
        .map(|key| (edit_distance(written, key.0), key.0))
        .filter(|&(distance, _)| distance <= 2)
        .min()
        .map(|(_, key)| key)
}

fn edit_distance(left: &str, right: &str) -> usize {
    let right: Vec<char> = right.chars().collect();
    let mut previous: Vec<usize> = (0..=right.len()).collect();
    for (row, left_char) in left.chars().enumerate() {
        let mut current = vec![row + 1];
        for (column, right_char) in right.iter().enumerate() {
            let substitution = previous[column] + usize::from(left_char != *right_char);
            current.push(
                substitution
                    .min(previous[column + 1] + 1)
                    .min(current[column] + 1),
            );
        }
        previous = current;
    }
    previous[right.len()]
}
