//! Reads `#[api(...)]` on the enum and on each variant, and the variant's description. Every
//! mistake is recorded at its token and reading goes on (after a slip in the list syntax, from the
//! next comma: see `keys`).

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprLit, ExprUnary, Lit, LitStr, Token, UnOp};

use crate::internals::Ctxt;
use crate::internals::keys::{Key, parse_list};
use crate::internals::symbol::{
    API, CODE, CRATE, FROM, MESSAGE, RETRYABLE, SIGN_AGAIN, SOURCE, STATUS, Symbol, THROTTLED,
    TRANSPARENT, UNKNOWN, VARIANT_KEYS, WAIT_FOR_PREVIOUS,
};
use crate::internals::written::written;

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
    /// Whether a list has a slip in its syntax, after which a key may be unread: no key is then
    /// reported missing.
    pub slipped: bool,
    pub code: Option<StrValue>,
    pub status: Option<Status>,
    pub message: Option<StrValue>,
    pub retryable: Option<Retryable>,
    pub transparent: Option<Span>,
    pub unknown: Option<Span>,
    /// The first paragraph of the variant's `///` lines: the catalogue's description.
    pub doc: String,
    /// A doc attribute within the first paragraph that a derive cannot read.
    pub unread_doc: Option<Box<UnreadDoc>>,
}

/// `retryable`, alone or with the advice it names.
pub struct Retryable {
    pub span: Span,
    pub advice: Advice,
}

/// How a request that failed with the code may succeed: the runtime's `RowRetry` variant of the
/// same name.
#[derive(Clone, Copy)]
pub enum Advice {
    Backoff,
    SignAgain,
    WaitForPrevious,
    Throttled,
}

impl Advice {
    pub fn row_variant(self) -> &'static str {
        match self {
            Self::Backoff => "Backoff",
            Self::SignAgain => "SignAgain",
            Self::WaitForPrevious => "WaitForPrevious",
            Self::Throttled => "Throttled",
        }
    }
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
        parse_list(cx, attr, |key| {
            if key.path == CRATE {
                if let Some(path) = crate_path(cx, key)? {
                    if parsed.crate_path.is_some() {
                        cx.error_at(&key.path, "duplicate `crate`: it is given already");
                    }
                    parsed.crate_path = Some(path);
                }
            } else {
                key.rest();
                cx.error_at(
                    &key.path,
                    format!(
                        "unknown key `{}` on the enum: `#[api(...)]` on an enum takes only `crate = path`; \
                         code, status and message go on each variant",
                        key.name()
                    ),
                );
            }
            Ok(())
        });
    }
    parsed
}

/// The path after `crate =`, bare or, as serde accepts it, in a string.
fn crate_path(cx: &Ctxt, key: &Key) -> syn::Result<Option<syn::Path>> {
    const EXPECTED: &str =
        "`crate` takes the path blb-errors is reached by, like `crate = my_errors::blb_errors`";
    let value = key.value("crate = my_errors::blb_errors")?;
    if value.peek(LitStr) {
        let literal: LitStr = value.parse()?;
        return Ok(match literal.parse::<syn::Path>() {
            Ok(path) => Some(path),
            Err(_) => {
                cx.error_at(
                    &literal,
                    format!("{EXPECTED}; {:?} is not a path", literal.value()),
                );
                None
            }
        });
    }
    let tokens = key.rest();
    Ok(match syn::parse2::<syn::Path>(tokens.clone()) {
        Ok(path) => Some(path),
        Err(_) => {
            cx.error_at(
                &tokens,
                format!("{EXPECTED}; `{}` is not a path", written(&tokens)),
            );
            None
        }
    })
}

pub fn variant(cx: &Ctxt, attrs: &[Attribute]) -> VariantAttrs {
    let (doc, unread_doc) = match description(attrs) {
        Ok(doc) => (doc, None),
        Err(unread) => (String::new(), Some(unread)),
    };
    let mut parsed = VariantAttrs {
        doc,
        unread_doc,
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
        if !parse_list(cx, attr, |key| variant_key(cx, &mut parsed, key)) {
            parsed.slipped = true;
        }
    }
    parsed
}

fn variant_key(cx: &Ctxt, parsed: &mut VariantAttrs, key: &Key) -> syn::Result<()> {
    if key.path == CODE {
        parsed.written.push(CODE.0);
        if let Some(literal) = string_value(cx, key, CODE, "code = \"ListenerNotFound\"")? {
            set_once(cx, key, &mut parsed.code, StrValue::new(literal));
        }
    } else if key.path == MESSAGE {
        parsed.written.push(MESSAGE.0);
        let example = "message = \"The specified listener does not exist.\"";
        if let Some(literal) = string_value(cx, key, MESSAGE, example)? {
            set_once(cx, key, &mut parsed.message, StrValue::new(literal));
        }
    } else if key.path == STATUS {
        parsed.written.push(STATUS.0);
        let value = key.value("status = 404")?;
        // syn reads `-404` as one literal; the expression path says why it is wrong.
        let literal = (!value.peek(Token![-]))
            .then(|| literal::<syn::LitInt>(value))
            .flatten();
        let status = match literal {
            Some(literal) => int_status(cx, &literal),
            None => {
                let tokens = key.rest();
                match syn::parse2::<Expr>(tokens.clone()) {
                    Ok(expr) => status_value(cx, &ungroup(expr)),
                    Err(_) => {
                        cx.error_at(&tokens, format!("{STATUS_RANGE}, like `status = 404`"));
                        None
                    }
                }
            }
        };
        if let Some(status) = status {
            set_once(cx, key, &mut parsed.status, status);
        }
    } else if key.path == RETRYABLE {
        if let Some(advice) = retryable(cx, key)? {
            let span = key.path.span();
            set_once(cx, key, &mut parsed.retryable, Retryable { span, advice });
        }
    } else if key.path == TRANSPARENT {
        flag(cx, key, TRANSPARENT, &mut parsed.transparent);
    } else if key.path == UNKNOWN {
        flag(cx, key, UNKNOWN, &mut parsed.unknown);
    } else {
        key.rest();
        let name = key.name();
        let close = key.path.get_ident().and_then(|_| closest_key(&name));
        let hint = close.map_or_else(
            || format!("expected one of {VARIANT_KEYS}"),
            |close| format!("did you mean `{close}`?"),
        );
        cx.error_at(
            &key.path,
            format!("unknown key `{name}` in `#[api(...)]`; {hint}"),
        );
    }
    Ok(())
}

/// Records a key's value, or an error at its second occurrence.
fn set_once<T>(cx: &Ctxt, key: &Key, slot: &mut Option<T>, value: T) {
    if slot.is_some() {
        cx.error_at(
            &key.path,
            format!(
                "duplicate `{}`: it is given already in this variant's `#[api(...)]`",
                key.name()
            ),
        );
    } else {
        *slot = Some(value);
    }
}

fn flag(cx: &Ctxt, key: &Key, name: Symbol, slot: &mut Option<Span>) {
    if key.has_value() {
        let value_span = key.input.span();
        key.rest();
        cx.error_span(
            value_span,
            format!("`{name}` takes no value: write `#[api({name})]`"),
        );
        return;
    }
    set_once(cx, key, slot, key.path.span());
}

/// `retryable` alone (retry with backoff) or `retryable = advice`, or `None` after recording why
/// the value is not one.
fn retryable(cx: &Ctxt, key: &Key) -> syn::Result<Option<Advice>> {
    const NAMED: &str = "`retryable = ...` takes `sign_again`, `wait_for_previous` or `throttled` \
                         (`retryable` alone retries with backoff)";
    if !key.has_value() {
        return Ok(Some(Advice::Backoff));
    }
    key.value("retryable = sign_again")?;
    let tokens = key.rest();
    let advice = match syn::parse2::<syn::Ident>(tokens.clone()) {
        Ok(ident) if ident == SIGN_AGAIN.0 => Some(Advice::SignAgain),
        Ok(ident) if ident == WAIT_FOR_PREVIOUS.0 => Some(Advice::WaitForPrevious),
        Ok(ident) if ident == THROTTLED.0 => Some(Advice::Throttled),
        _ => None,
    };
    if advice.is_none() {
        cx.error_at(&tokens, format!("{NAMED}, not `{}`", written(&tokens)));
    }
    Ok(advice)
}

/// The string literal after `key =`, or `None` after recording that it is something else.
fn string_value(cx: &Ctxt, key: &Key, name: Symbol, example: &str) -> syn::Result<Option<LitStr>> {
    let value = key.value(example)?;
    let literal = if let Some(literal) = literal::<LitStr>(value) {
        literal
    } else {
        let tokens = key.rest();
        match syn::parse2::<Expr>(tokens.clone()).map(ungroup) {
            Ok(Expr::Lit(ExprLit {
                lit: Lit::Str(literal),
                ..
            })) => literal,
            _ => {
                cx.error_at(
                    &tokens,
                    format!("`{name}` takes a string literal, like `{example}`"),
                );
                return Ok(None);
            }
        }
    };
    if !literal.suffix().is_empty() {
        cx.error_at(
            &literal,
            format!(
                "`{name}` takes a string literal without a suffix: remove `{}`",
                literal.suffix()
            ),
        );
        return Ok(None);
    }
    Ok(Some(literal))
}

/// The value when it starts with a literal of type `T`, read without syn's expression parser, which
/// is slow in the unoptimised build a proc macro runs as. (A `peek` before the parse would read the
/// literal twice.)
fn literal<T: syn::parse::Parse>(value: syn::parse::ParseStream) -> Option<T> {
    use syn::parse::discouraged::Speculative;
    let fork = value.fork();
    let literal = fork.parse::<T>().ok()?;
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

const STATUS_RANGE: &str = "`status` is an HTTP error status: an integer literal from 400 to 599";

/// The status if `expr` is an integer literal in 400..=599; otherwise records why not.
fn status_value(cx: &Ctxt, expr: &Expr) -> Option<Status> {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(literal),
            ..
        }) => int_status(cx, literal),
        Expr::Lit(ExprLit {
            lit: Lit::Str(literal),
            ..
        }) => {
            cx.error_at(
                literal,
                format!(
                    "{STATUS_RANGE}; write it without quotes: `status = {}`",
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
                format!("{STATUS_RANGE}; a negative number is not an HTTP status"),
            );
            None
        }
        Expr::Lit(ExprLit {
            lit: Lit::Float(literal),
            ..
        }) => {
            cx.error_at(literal, format!("{STATUS_RANGE}, not `{literal}`"));
            None
        }
        other => {
            cx.error_at(other, format!("{STATUS_RANGE}, like `status = 404`"));
            None
        }
    }
}

fn int_status(cx: &Ctxt, literal: &syn::LitInt) -> Option<Status> {
    if !literal.suffix().is_empty() {
        cx.error_at(
            literal,
            format!(
                "{STATUS_RANGE}, without a suffix: write `status = {}`",
                literal.base10_digits()
            ),
        );
        return None;
    }
    match literal.base10_parse::<u16>() {
        Ok(value) if (400..=599).contains(&value) => Some(Status { value }),
        _ => {
            cx.error_at(
                literal,
                format!("{STATUS_RANGE}, not {}", literal.base10_digits()),
            );
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

/// A `#[doc = ...]` that is not a string literal (`include_str!(..)`, `concat!(..)`): a derive
/// sees the macro call, not its text.
pub struct UnreadDoc {
    /// The attribute, where the error points.
    pub attr: Attribute,
    /// The value as written, `include_str!(...)`.
    pub value: String,
}

/// The description: the first paragraph of the doc lines, one leading space dropped per line.
/// Later paragraphs are for rustdoc only, so a doc attribute that cannot be read may come after
/// the first paragraph; within it, the description would be incomplete, and it is refused.
fn description(attrs: &[Attribute]) -> Result<String, Box<UnreadDoc>> {
    let mut lines = Vec::new();
    for attr in attrs.iter().filter(|attr| attr.path().is_ident("doc")) {
        let syn::Meta::NameValue(name_value) = &attr.meta else {
            continue;
        };
        match ungroup(name_value.value.clone()) {
            Expr::Lit(ExprLit {
                lit: Lit::Str(text),
                ..
            }) => lines.push(crate::internals::ast::literal_text(&text)),
            _ if first_paragraph_closed(&lines) => break,
            Expr::Macro(call) => {
                return Err(Box::new(UnreadDoc {
                    attr: attr.clone(),
                    value: format!("{}!(...)", written(&call.mac.path)),
                }));
            }
            other => {
                return Err(Box::new(UnreadDoc {
                    attr: attr.clone(),
                    value: written(&other),
                }));
            }
        }
    }
    let paragraph: Vec<&str> = doc_lines(&lines)
        .skip_while(|line| line.is_empty())
        .take_while(|line| !line.is_empty())
        .collect();
    Ok(paragraph.join("\n"))
}

/// Whether `lines` hold the whole first paragraph: text, then an empty line.
fn first_paragraph_closed(lines: &[String]) -> bool {
    doc_lines(lines)
        .skip_while(|line| line.is_empty())
        .any(str::is_empty)
}

fn doc_lines(lines: &[String]) -> impl Iterator<Item = &str> {
    lines
        .iter()
        .flat_map(|line| line.split('\n'))
        .map(|line| line.strip_prefix(' ').unwrap_or(line).trim_end())
}

/// The variant key one or two edits away from a misspelled one.
fn closest_key(name: &str) -> Option<&'static str> {
    [CODE, STATUS, MESSAGE, RETRYABLE, TRANSPARENT, UNKNOWN]
        .into_iter()
        .map(|key| (edit_distance(name, key.0), key.0))
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

/// A field marked as its variant's cause: `#[source]`, or `#[from]`, which also converts from it.
pub struct Cause {
    pub attr: Attribute,
    pub from: bool,
}

/// `#[source]` or `#[from]` on a field, each a bare word, at most one of them.
pub fn field_cause(cx: &Ctxt, attrs: &[Attribute]) -> Option<Cause> {
    let mut cause: Option<Cause> = None;
    for attr in attrs {
        let from = match attr.path() {
            path if path == FROM => true,
            path if path == SOURCE => false,
            _ => continue,
        };
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            cx.error_at(attr, "`#[source]` and `#[from]` take no arguments");
        } else if cause.is_some() {
            cx.error_at(
                attr,
                "the field is marked as the cause already: keep one of `#[source]` and `#[from]`",
            );
        } else {
            cause = Some(Cause {
                attr: attr.clone(),
                from,
            });
        }
    }
    cause
}
