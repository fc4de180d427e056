//! `Display`: the message, with the fields of templated variants written in place.

use proc_macro2::TokenStream;
use quote::quote;

use super::{Placed, field_binding, single_field_pattern};
use crate::ast::{Input, Variant};

pub(super) fn display_impl(
    input: &Input,
    placed: &[Placed],
    transparent: &[&Variant],
    unknown: Option<&Variant>,
    krate: &TokenStream,
) -> TokenStream {
    let mut arms = Vec::new();
    // Static messages are written from the catalogue: arms for templated ones, and for the few
    // whose catalogue text escapes a brace.
    for placed in placed {
        if let Some(text) = placed.own.static_text_unlike_catalogue() {
            let ident = placed.variant.ident();
            arms.push(quote!(Self::#ident { .. } => __formatter.write_str(#text),));
        }
    }
    // A templated variant writes the parts its catalogue entry keeps, fields in place
    // (`write_template`): one call per variant, not one per piece of the template.
    for placed in placed
        .iter()
        .filter(|placed| placed.own.template.as_static().is_none())
    {
        let ident = placed.variant.ident();
        let ordinal = placed.ordinal;
        let in_order: Vec<usize> = placed.own.template.field_indices().collect();
        let mut used = in_order.clone();
        used.sort_unstable();
        used.dedup();
        let bindings = used.iter().map(|&index| {
            let member = &placed.variant.fields[index].member;
            let binding = field_binding(index);
            quote!(#member: #binding)
        });
        let fields = in_order.iter().map(|&index| field_binding(index));
        arms.push(quote! {
            Self::#ident { #(#bindings,)* .. } => #krate::__private::write_template(
                __formatter,
                __blb_errors_own_entry(#ordinal).__parts(),
                &[#(#fields),*],
            ),
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
    quote! {
        fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #match_self
        }
    }
}
