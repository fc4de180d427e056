//! The catalogue constant's entries, and the compile-time checks that a composed catalogue gives
//! each code once.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use super::Placed;
use crate::ast::{OwnCode, Variant};
use crate::source::Source;
use crate::template::Piece;

/// Rows of the catalogue, own codes between two included catalogues (or all of them), packed as
/// the runtime's `packed::catalogue` reads them: the rows' text in one string literal, their
/// layout in one byte string literal, and each templated message split at its placeholders.
#[derive(Default)]
pub(super) struct Segment {
    text: String,
    layout: Vec<u8>,
    parts: Source,
    len: usize,
}

impl Segment {
    pub(super) fn push(&mut self, own: &OwnCode) {
        let static_text = own.template.as_static();
        let json_tail = static_text.as_ref().map_or_else(String::new, |text| {
            format!(
                "\",\"code\":\"{}\",\"message\":\"{}\"}}",
                escape(&own.code_text),
                escape(text)
            )
        });
        let texts = [
            own.code_text.as_str(),
            own.message_text.as_str(),
            own.description.as_str(),
            json_tail.as_str(),
        ];
        push_number(&mut self.layout, usize::from(own.status.value));
        push_number(&mut self.layout, usize::from(own.retryable));
        for text in texts {
            push_number(&mut self.layout, text.len());
            self.text.push_str(text);
        }
        if static_text.is_none() {
            self.parts.code("(").number(self.len).code(",&[");
            for piece in &own.template.pieces {
                match piece {
                    Piece::Literal(text) => self.parts.code("__Literal(").string(text).code("),"),
                    Piece::Field(_) => self.parts.code("__Field,"),
                };
            }
            self.parts.code("]),");
        }
        self.len += 1;
    }

    /// The segment's entries, an array expression.
    pub(super) fn into_tokens(self, krate: &TokenStream) -> TokenStream {
        let mut packed = Source::default();
        packed
            .string(&self.text)
            .code(",")
            .byte_string(&self.layout)
            .code(",&[")
            .append(&self.parts)
            .code("]");
        let (packed, len) = (packed.into_tokens(), self.len);
        quote!(#krate::__private::catalogue::<#len>(#packed))
    }
}

/// `value` in LEB128, as `packed::catalogue` reads it.
fn push_number(layout: &mut Vec<u8>, mut value: usize) {
    while value >= 0x80 {
        #[allow(clippy::cast_possible_truncation)] // the low seven bits
        layout.push((value & 0x7f) as u8 | 0x80);
        value >>= 7;
    }
    #[allow(clippy::cast_possible_truncation)] // less than 0x80
    layout.push(value as u8);
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
