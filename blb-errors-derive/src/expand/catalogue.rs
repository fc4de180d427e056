//! The catalogue constant's entries, and the compile-time checks that a composed catalogue gives
//! each code once.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use super::Placed;
use crate::ast::{OwnCode, Variant};
use crate::source::Source;

/// `__blb_errors_entry("code", status, "message", "description", retryable, "json tail"),`
pub(super) fn entry(own: &OwnCode, out: &mut Source) {
    let json_tail = own.template.as_static().map_or_else(String::new, |text| {
        format!(
            "\",\"code\":\"{}\",\"message\":\"{}\"}}",
            escape(&own.code_text),
            escape(&text)
        )
    });
    out.code("__blb_errors_entry(")
        .string(&own.code_text)
        .code(",")
        .number(own.status.value)
        .code(",")
        .string(&own.message_text)
        .code(",")
        .string(&own.description)
        .code(",")
        .number(own.retryable)
        .code(",")
        .string(&json_tail)
        .code("),");
}

/// Compile-time checks that composing catalogues did not give a code twice: a panic in a constant
/// is a compile error, at the code literal or the transparent field.
pub(super) fn cross_checks(
    ty: &Ident,
    placed: &[Placed],
    transparent: &[&Variant],
    krate: &TokenStream,
) -> Vec<TokenStream> {
    let mut checks = Vec::new();
    for inner_variant in transparent {
        let inner = &inner_variant.fields[0].ty;
        let inner_name = inner.to_token_stream().to_string();
        for own in placed {
            let code = &own.own.code_text;
            let message = format!(
                "error code `{code}` of `{ty}::{}` is also in `{inner_name}`, included by `{ty}::{}`: each code may appear once in a composed catalogue",
                own.variant.ident(),
                inner_variant.ident()
            );
            checks.push(quote_spanned! {own.own.code.span()=>
                const _: () = if #krate::__private::contains_code(<#inner as #krate::__private::ConstCatalogue>::ENTRIES, #code) {
                    ::core::panic!(#message)
                };
            });
        }
    }
    for (index, left_variant) in transparent.iter().enumerate() {
        for right_variant in &transparent[index + 1..] {
            let (left, right) = (&left_variant.fields[0].ty, &right_variant.fields[0].ty);
            let left_name = left.to_token_stream().to_string();
            let right_name = right.to_token_stream().to_string();
            checks.push(quote_spanned! {right.span()=>
                const _: () = if let ::core::option::Option::Some(__code) = #krate::__private::first_shared_code(
                    <#left as #krate::__private::ConstCatalogue>::ENTRIES,
                    <#right as #krate::__private::ConstCatalogue>::ENTRIES,
                ) {
                    ::core::panic!("{}", #krate::__private::duplicate_message(__code, #left_name, #right_name).as_str())
                };
            });
        }
    }
    checks
}

/// `text` as it stands inside a JSON string, by the rules the runtime writes with.
fn escape(text: &str) -> String {
    let mut escaped = Vec::with_capacity(text.len() + 2);
    blb_errors_internals::push_escaped(&mut escaped, text);
    String::from_utf8(escaped).unwrap_or_default()
}
