//! The catalogue constant's entries, the message templates, and the compile-time checks that a
//! composed catalogue gives each code once.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use super::{Placed, recoverable, template_name};
use crate::ast::{OwnCode, Variant};
use crate::template::Piece;

pub(super) fn entry(own: &OwnCode) -> TokenStream {
    let code = &own.code;
    let status = Literal::u16_unsuffixed(own.status.value);
    let message = &own.message;
    let description = Literal::string(&own.description);
    let retryable = own.retryable;
    let json_tail = own.template.as_static().map_or_else(String::new, |text| {
        format!(
            "\",\"code\":\"{}\",\"message\":\"{}\"}}",
            escape(&code.value()),
            escape(&text)
        )
    });
    quote!(__blb_errors_entry(#code, #status, #message, #description, #retryable, #json_tail))
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
            let code = own.own.code.value();
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

pub(super) fn template_const(placed: &Placed, krate: &TokenStream) -> Option<TokenStream> {
    if placed.variant.fields.is_empty() || !recoverable(placed.variant, placed.own) {
        return None;
    }
    let parts = placed.own.template.pieces.iter().map(|piece| match piece {
        Piece::Literal(text) => quote!(#krate::__private::TemplatePart::Literal(#text)),
        Piece::Field(_) => quote!(#krate::__private::TemplatePart::Field),
    });
    let name = template_name(placed.ordinal);
    Some(quote!(const #name: &[#krate::__private::TemplatePart] = &[#(#parts),*];))
}

/// `text` as it stands inside a JSON string, by the rules the runtime writes with.
fn escape(text: &str) -> String {
    let mut escaped = Vec::with_capacity(text.len() + 2);
    blb_errors_internals::push_escaped(&mut escaped, text);
    String::from_utf8(escaped).unwrap_or_default()
}
