//! The derive input as this macro sees it: each variant classified, with its tokens kept for spans.

use syn::{Data, DeriveInput, Ident, LitStr, Member, Type};

use crate::internals::Ctxt;
use crate::internals::attr::{self, Advice, ContainerAttrs, Status, StrValue, VariantAttrs};
use crate::internals::symbol::API;
use crate::internals::template::{self, Template};

pub struct Input<'a> {
    pub original: &'a DeriveInput,
    pub attrs: ContainerAttrs,
    pub variants: Vec<Variant<'a>>,
}

pub struct Variant<'a> {
    pub original: &'a syn::Variant,
    pub fields: Vec<Field>,
    /// `None` when the variant's attributes are wrong; the errors are recorded already.
    pub kind: Option<Kind>,
    /// The code of a variant whose other keys are wrong, when the code itself is valid: it still
    /// takes part in the check that each code names one variant, in the same build.
    pub stray_code: Option<StrValue>,
}

pub enum Kind {
    /// A code of this catalogue.
    Own(Box<OwnCode>),
    /// `#[api(transparent)]`: one field holding another catalogue.
    Transparent,
    /// `#[api(unknown)]`: one field holding a code the catalogue does not know.
    Unknown,
}

pub struct OwnCode {
    pub code: LitStr,
    /// The code's text, read once: a large catalogue needs it several times per code.
    pub code_text: String,
    pub status: Status,
    pub message: LitStr,
    /// The message's text as written (`{{` for a literal brace), which the catalogue holds.
    pub message_text: String,
    pub template: Template,
    /// `retryable`'s advice; `None` when the code is not retryable.
    pub retry: Option<Advice>,
    pub description: String,
}

pub struct Field {
    pub member: Member,
    pub ident: Option<Ident>,
    pub ty: Type,
    /// `#[source]` or `#[from]`: what `source()` returns, never written to the wire.
    pub cause: Option<attr::Cause>,
}

impl<'a> Input<'a> {
    /// The input, or `None` when it is not an enum (the error is recorded).
    pub fn from_syn(cx: &Ctxt, original: &'a DeriveInput) -> Option<Self> {
        let attrs = attr::container(cx, &original.attrs);
        let data = match &original.data {
            Data::Enum(data) => data,
            Data::Struct(data) => {
                cx.error_at(
                    data.struct_token,
                    "`ApiError` can only be derived for an enum: each variant is one error code",
                );
                return None;
            }
            Data::Union(data) => {
                cx.error_at(
                    data.union_token,
                    "`ApiError` can only be derived for an enum: each variant is one error code",
                );
                return None;
            }
        };
        let variants = data
            .variants
            .iter()
            .map(|variant| Variant::new(cx, variant, attr::variant(cx, &variant.attrs)))
            .collect();
        Some(Self {
            original,
            attrs,
            variants,
        })
    }
}

impl<'a> Variant<'a> {
    fn new(cx: &Ctxt, original: &'a syn::Variant, attrs: VariantAttrs) -> Self {
        let fields = fields(cx, original);
        let (kind, stray_code) = match classify(cx, original, &fields, attrs) {
            Ok(kind) => (Some(kind), None),
            Err(code) => (None, code),
        };
        Self {
            original,
            fields,
            kind,
            stray_code,
        }
    }

    pub fn ident(&self) -> &Ident {
        &self.original.ident
    }

    pub fn own(&self) -> Option<&OwnCode> {
        match &self.kind {
            Some(Kind::Own(own)) => Some(own),
            _ => None,
        }
    }

    /// The variant's code, and its literal, when it is valid, whether or not the rest is.
    pub fn code(&self) -> Option<(&str, &LitStr)> {
        match (&self.kind, &self.stray_code) {
            (Some(Kind::Own(own)), _) => Some((&own.code_text, &own.code)),
            (_, Some(code)) => Some((&code.text, &code.literal)),
            _ => None,
        }
    }
}

fn fields(cx: &Ctxt, variant: &syn::Variant) -> Vec<Field> {
    for field in &variant.fields {
        for attr in field.attrs.iter().filter(|attr| attr.path() == API) {
            cx.error_at(
                attr,
                format!(
                    "`#[api(...)]` goes on the variant, not on a field: move it above `{}`",
                    variant.ident
                ),
            );
        }
    }
    variant
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| Field {
            member: field
                .ident
                .clone()
                .map_or_else(|| Member::Unnamed(index.into()), Member::Named),
            ident: field.ident.clone(),
            ty: field.ty.clone(),
            cause: attr::field_cause(cx, &field.attrs),
        })
        .collect()
}

/// What the variant is, or, when its attributes are wrong (the errors are recorded), its code if
/// that is valid.
fn classify(
    cx: &Ctxt,
    variant: &syn::Variant,
    fields: &[Field],
    attrs: VariantAttrs,
) -> Result<Kind, Option<StrValue>> {
    if !attrs.present {
        cx.error_at(
            &variant.ident,
            format!(
                "variant `{}` has no `#[api(...)]`: every variant needs `#[api(code = \"...\", status = N, message = \"...\")]`, \
                 or `#[api(transparent)]` or `#[api(unknown)]`",
                variant.ident
            ),
        );
        return Err(None);
    }
    // `#[api]` and `#[api()]` are reported already; nothing more to say about this variant.
    let attribute_span = attrs.attribute_span.ok_or(None)?;
    let delegating = [
        (attrs.transparent, "transparent"),
        (attrs.unknown, "unknown"),
    ];
    if let (Some(_), Some(unknown)) = (attrs.transparent, attrs.unknown) {
        cx.error_span(
            unknown,
            "a variant is either `transparent` or `unknown`, not both",
        );
        return Err(None);
    }
    if let Some((span, key)) = delegating
        .iter()
        .find_map(|(span, key)| span.map(|span| (span, *key)))
    {
        let mut valid = true;
        let stray = [
            attrs.code.as_ref().map(|_| "code"),
            attrs.status.as_ref().map(|_| "status"),
            attrs.message.as_ref().map(|_| "message"),
        ];
        for stray_key in stray.into_iter().flatten() {
            cx.error_span(
                span,
                format!(
                    "`{key}` takes code, status and message from the field: remove `{stray_key}`"
                ),
            );
            valid = false;
        }
        if let Some(retryable) = &attrs.retryable {
            let decides = if key == "transparent" {
                "the inner catalogue decides"
            } else {
                "the status decides (429, 500, 502, 503, 504)"
            };
            cx.error_span(
                retryable.span,
                format!("`retryable` does not go with `{key}`: {decides}"),
            );
            valid = false;
        }
        if fields.len() != 1 {
            let holds = if key == "transparent" {
                "the catalogue it includes, like `Global(BceError)`"
            } else {
                "a `blb_errors::UnknownCode`, like `Unknown(UnknownCode)`"
            };
            cx.error_at(
                &variant.ident,
                format!(
                    "a `#[api({key})]` variant holds exactly one field, {holds}; `{}` has {}",
                    variant.ident,
                    fields.len()
                ),
            );
            valid = false;
        }
        if !valid {
            return Err(None);
        }
        return Ok(if key == "transparent" {
            Kind::Transparent
        } else {
            Kind::Unknown
        });
    }
    let missing: Vec<&str> = [
        ("code", "code = \"...\""),
        ("status", "status = N"),
        ("message", "message = \"...\""),
    ]
    .into_iter()
    .filter(|(key, _)| !attrs.written.contains(key))
    .map(|(_, example)| example)
    .collect();
    if !missing.is_empty() && !attrs.slipped {
        cx.error_span(
            attribute_span,
            format!(
                "variant `{}` is missing {} in `#[api(...)]`",
                variant.ident,
                missing.join(", ")
            ),
        );
    }
    let code = attrs
        .code
        .filter(|code| valid_code(cx, &code.literal, &code.text));
    let template = attrs.message.as_ref().and_then(|message| {
        template::parse(cx, &message.literal, &message.text, fields, &variant.ident)
    });
    if let Some(unread) = &attrs.unread_doc {
        cx.error_at(
            &unread.attr,
            format!(
                "the catalogue description is the first paragraph of the variant's doc, and a derive \
                 sees `{}` unexpanded: write that paragraph with `///`; a `#[doc = ...]` may follow \
                 after an empty `///` line",
                unread.value
            ),
        );
    }
    match (code, attrs.status, attrs.message, template) {
        (Some(code), Some(status), Some(message), Some(template)) if attrs.unread_doc.is_none() => {
            Ok(Kind::Own(Box::new(OwnCode {
                code: code.literal,
                code_text: code.text,
                status,
                message: message.literal,
                message_text: message.text,
                template,
                retry: attrs.retryable.map(|retryable| retryable.advice),
                description: attrs.doc,
            })))
        }
        (code, ..) => Err(code),
    }
}

impl OwnCode {
    /// The message of a variant without placeholders, when it is not the catalogue's text as
    /// written (it has `{{` or `}}`): such a variant needs a `message()` and `Display` arm of its
    /// own, where the others read the catalogue.
    pub fn static_text_unlike_catalogue(&self) -> Option<String> {
        self.template
            .as_static()
            .filter(|text| *text != self.message_text)
    }
}

fn valid_code(cx: &Ctxt, code: &LitStr, value: &str) -> bool {
    if value.is_empty() {
        cx.error_at(code, "the error code is empty: give the code the service returns, like `code = \"ListenerNotFound\"`");
        false
    } else if value.chars().any(char::is_whitespace) {
        cx.error_at(code, format!("the error code {value:?} has whitespace: codes are single tokens, like `ListenerNotFound` or `Instance.ReleaseWhileCreating`"));
        false
    } else {
        true
    }
}

/// The text of a string literal. Most literals have no escape, and their text is what stands
/// between the quotes: that skips syn's character-by-character unescaping, which is slow in the
/// unoptimised build a proc macro runs as.
pub fn literal_text(literal: &LitStr) -> String {
    let repr = literal.token().to_string();
    unescaped_text(&repr).map_or_else(|| literal.value(), ToOwned::to_owned)
}

/// The text of the string literal written `repr` when it is a plain `"..."` with no escape (and so
/// no suffix either), else `None`. (One `char` per search: std's `memchr` then does the work,
/// already optimised, where a pattern of several would be compiled here, unoptimised.)
pub fn unescaped_text(repr: &str) -> Option<&str> {
    repr.strip_prefix('"')?
        .strip_suffix('"')
        .filter(|text| !text.contains('\\') && !text.contains('\r') && !text.contains('"'))
}
