//! Rules across variants. Each `check_*` states its rule; all report into the same context.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use syn::{Generics, Type};

use crate::internals::Ctxt;
use crate::internals::ast::{Input, Kind};
use crate::internals::written::written;

pub fn check(cx: &Ctxt, input: &Input) {
    check_codes_are_unique(cx, input);
    check_one_unknown_variant(cx, input);
    check_transparent_is_not_generic(cx, input);
    check_transparent_types_differ(cx, input);
    check_causes(cx, input);
}

/// A code names one variant: lookup from a code string must have one answer. Reported at both
/// places, also when one of the variants has other mistakes.
fn check_codes_are_unique(cx: &Ctxt, input: &Input) {
    let mut first_seen = HashMap::with_capacity(input.variants.len());
    for variant in &input.variants {
        let Some((code, literal)) = variant.code() else {
            continue;
        };
        match first_seen.entry(code) {
            Entry::Vacant(vacant) => {
                vacant.insert((literal, variant.ident()));
            }
            Entry::Occupied(occupied) => {
                let (first, first_variant) = occupied.get();
                cx.error_at(
                    literal,
                    format!("duplicate code `{code}`: variant `{first_variant}` has it already; each code names one variant"),
                );
                cx.error_at(
                    first,
                    format!("the code `{code}` is first given here, on `{first_variant}`"),
                );
            }
        }
    }
}

/// At most one variant takes the codes the catalogue does not know, so that parsing has one answer.
fn check_one_unknown_variant(cx: &Ctxt, input: &Input) {
    let mut unknown = input
        .variants
        .iter()
        .filter(|variant| matches!(variant.kind, Some(Kind::Unknown)));
    let Some(first) = unknown.next() else { return };
    for other in unknown {
        cx.error_at(
            other.ident(),
            format!(
                "a second `#[api(unknown)]` variant: `{}` takes unknown codes already; keep one",
                first.ident()
            ),
        );
        cx.error_at(first.ident(), "the first `#[api(unknown)]` variant is here");
    }
}

/// The catalogue is composed in a constant, where the enum's type parameters are not in scope, so
/// the included type must not use them.
fn check_transparent_is_not_generic(cx: &Ctxt, input: &Input) {
    let generics = &input.original.generics;
    for variant in &input.variants {
        if !matches!(variant.kind, Some(Kind::Transparent)) {
            continue;
        }
        if let Some(field) = variant.fields.first()
            && uses_generics(&field.ty, generics)
        {
            cx.error_at(
                &field.ty,
                "a `#[api(transparent)]` field cannot use the enum's generic parameters: its catalogue is composed at compile time",
            );
        }
    }
}

/// Each included type is held by one variant: `From<Inner>` converts it to that variant.
fn check_transparent_types_differ(cx: &Ctxt, input: &Input) {
    let mut seen: Vec<(String, &Type)> = Vec::new();
    for variant in &input.variants {
        let (Some(Kind::Transparent), Some(field)) = (&variant.kind, variant.fields.first()) else {
            continue;
        };
        let key = written(&field.ty);
        match seen.iter().find(|(seen_key, _)| *seen_key == key) {
            Some((_, first)) => {
                cx.error_at(
                    &field.ty,
                    format!("`{key}` is included by two `#[api(transparent)]` variants: `From<{key}>` needs one; keep one variant"),
                );
                cx.error_at(*first, format!("`{key}` is first included here"));
            }
            None => seen.push((key, &field.ty)),
        }
    }
}

/// A cause stays on the server: one per variant, on a variant with a code of its own, never in
/// the message. `#[from]` builds the variant from the cause alone, so it is the only field.
fn check_causes(cx: &Ctxt, input: &Input) {
    for variant in &input.variants {
        let mut causes = variant
            .fields
            .iter()
            .enumerate()
            .filter_map(|(index, field)| field.cause.as_ref().map(|cause| (index, cause)));
        let Some((index, cause)) = causes.next() else {
            continue;
        };
        for (_, other) in causes {
            cx.error_at(
                &other.attr,
                format!(
                    "a second cause on `{}`: `source()` returns one",
                    variant.ident()
                ),
            );
        }
        match &variant.kind {
            Some(Kind::Own(own)) if own.template.field_indices().any(|used| used == index) => {
                cx.error_at(
                    &own.message,
                    "the message writes the cause field: a cause is never sent to the client; \
                     keep it out of the message",
                );
            }
            Some(Kind::Transparent | Kind::Unknown) => cx.error_at(
                &cause.attr,
                "a `transparent` or `unknown` variant has no cause of its own",
            ),
            Some(Kind::Own(_)) | None => {}
        }
        if cause.from && variant.fields.len() != 1 {
            cx.error_at(
                &cause.attr,
                format!(
                    "`#[from]` builds `{}` from the cause alone: the variant holds only that field; \
                     use `#[source]` beside other fields",
                    variant.ident()
                ),
            );
        }
    }
}

/// Whether `ty` mentions one of the type or lifetime parameters of `generics`.
pub fn uses_generics(ty: &Type, generics: &Generics) -> bool {
    let names: Vec<String> = generics
        .type_params()
        .map(|param| param.ident.to_string())
        .chain(generics.const_params().map(|param| param.ident.to_string()))
        .chain(
            generics
                .lifetimes()
                .map(|param| param.lifetime.ident.to_string()),
        )
        .collect();
    if names.is_empty() {
        return false;
    }
    let mut found = false;
    visit_idents(quote::ToTokens::to_token_stream(ty), &mut |ident| {
        found |= names.iter().any(|name| ident == name);
    });
    found
}

fn visit_idents(tokens: proc_macro2::TokenStream, visit: &mut dyn FnMut(&proc_macro2::Ident)) {
    for token in tokens {
        match token {
            proc_macro2::TokenTree::Ident(ident) => visit(&ident),
            proc_macro2::TokenTree::Group(group) => visit_idents(group.stream(), visit),
            _ => {}
        }
    }
}
