//! `Display`: the message, with the fields of templated variants written in place.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Placed, field_binding, single_field_pattern};
use crate::ast::{Input, Variant};
use crate::template::Piece;

pub(super) fn display_impl(
    input: &Input,
    placed: &[Placed],
    transparent: &[&Variant],
    unknown: Option<&Variant>,
) -> TokenStream {
    let mut arms = Vec::new();
    let templated = placed
        .iter()
        .any(|placed| placed.own.template.as_static().is_none());
    // Static messages are written from the catalogue: arms for templated ones, and for the few
    // whose catalogue text escapes a brace.
    for placed in placed {
        if let Some(text) = placed.own.static_text_unlike_catalogue() {
            let ident = placed.variant.ident();
            arms.push(quote!(Self::#ident { .. } => __formatter.write_str(#text),));
        }
    }
    for placed in placed
        .iter()
        .filter(|placed| placed.own.template.as_static().is_none())
    {
        let ident = placed.variant.ident();
        let used: Vec<usize> = {
            let mut used: Vec<usize> = placed.own.template.field_indices().collect();
            used.sort_unstable();
            used.dedup();
            used
        };
        let bindings = used.iter().map(|&index| {
            let member = &placed.variant.fields[index].member;
            let binding = field_binding(index);
            quote!(#member: #binding)
        });
        let writes = placed.own.template.pieces.iter().map(|piece| match piece {
            Piece::Literal(text) => quote!(__formatter.write_str(#text)?;),
            Piece::Field(index) => {
                let binding = field_binding(*index);
                quote!(__Display::fmt(#binding, __formatter)?;)
            }
        });
        arms.push(quote! {
            Self::#ident { #(#bindings,)* .. } => {
                #(#writes)*
                __Ok(())
            }
        });
    }
    for variant in transparent.iter().chain(unknown.as_ref()) {
        let (pattern, inner) = single_field_pattern(variant);
        arms.push(quote!(#pattern => ::core::fmt::Display::fmt(#inner, __formatter),));
    }
    let match_self = if input.variants.is_empty() {
        quote!(match *self {})
    } else {
        quote! {
            match self {
                #(#arms)*
                #[allow(unreachable_patterns)]
                _ => __formatter.write_str(
                    <Self as __BlbErrorsOwn>::__ordinal(self).map_or("", |__ordinal| __blb_errors_own_entry(__ordinal).message()),
                ),
            }
        }
    };
    // Short names for the templated arms, a hundred in a large catalogue.
    let short_names = templated.then(|| {
        quote! {
            use ::core::fmt::Display as __Display;
            use ::core::result::Result::Ok as __Ok;
        }
    });
    quote! {
        fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #short_names
            #match_self
        }
    }
}
