//! `Display`: the message, with the fields of templated variants written in place.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::catalogue::own_rows;
use crate::expand::{Params, field_binding, single_field_pattern};

pub fn display_impl(params: &Params) -> TokenStream {
    let krate = &params.krate;
    let own_rows = own_rows();
    let mut arms = Vec::new();
    // Static messages are written from the row: arms for templated ones, and for the few whose
    // row escapes a brace.
    for own in &params.own {
        if let Some(text) = own.spec.static_text_unlike_catalogue() {
            let ident = own.variant.ident();
            arms.push(quote!(Self::#ident { .. } => __formatter.write_str(#text),));
        }
    }
    // A templated variant writes the parts its row keeps, fields in place (`write_template`): one
    // call per variant, not one per piece of the template.
    for own in params
        .own
        .iter()
        .filter(|own| own.spec.template.has_fields())
    {
        let ident = own.variant.ident();
        let ordinal = Literal::usize_unsuffixed(own.ordinal);
        let in_order: Vec<usize> = own.spec.template.field_indices().collect();
        let mut used = in_order.clone();
        used.sort_unstable();
        used.dedup();
        let bindings = used.iter().map(|&index| {
            let member = &own.variant.fields[index].member;
            let binding = field_binding(index);
            quote!(#member: #binding)
        });
        let fields = in_order.iter().map(|&index| field_binding(index));
        arms.push(quote! {
            Self::#ident { #(#bindings,)* .. } => #krate::__private::write_template(
                __formatter,
                #own_rows[#ordinal].__parts(),
                &[#(#fields),*],
            ),
        });
    }
    for variant in params.transparent.iter().chain(params.unknown.as_ref()) {
        let (pattern, inner) = single_field_pattern(variant);
        arms.push(quote!(#pattern => ::core::fmt::Display::fmt(#inner, __formatter),));
    }
    let rest = quote! {
        __formatter.write_str(match <Self as __BlbErrorsOwn>::__ordinal(self) {
            ::core::option::Option::Some(__ordinal) => #own_rows[__ordinal].template(),
            ::core::option::Option::None => "",
        })
    };
    let body = params.match_self(&arms, &rest);
    quote! {
        #[inline]
        fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #body
        }
    }
}
