//! `Display`: the message, with the fields of templated variants written in place. A width or a
//! precision on the formatter applies to the whole message, as it does to a `str`
//! (`Formatter::pad`); each field is written as its own `Display` writes it.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::catalogue::own_rows;
use crate::expand::{
    Params, capture_slots, field_binding, included, single_field_pattern, unknown_field,
};

pub fn display_impl(params: &Params) -> TokenStream {
    let enum_ty = params.ty();
    let krate = &params.krate;
    let display = quote!(::core::fmt::Display);
    let pad = quote!(::core::fmt::Formatter::pad);
    let own_rows = own_rows();
    let mut arms = Vec::new();
    // Static messages are written from the row: arms for templated ones, and for the few whose
    // row escapes a brace.
    for own in &params.own {
        if let Some(text) = own.spec.static_text_unlike_catalogue() {
            let ident = own.variant.ident();
            arms.push(quote!(#enum_ty::#ident { .. } => #pad(__formatter, #text),));
        }
    }
    // A templated variant writes the parts its row keeps, its fields by capture slot
    // (`write_template`): one call per variant, not one per piece of the template.
    for own in params
        .own
        .iter()
        .filter(|own| own.spec.template.has_fields())
    {
        let ident = own.variant.ident();
        let ordinal = Literal::usize_unsuffixed(own.ordinal);
        let slots = capture_slots(&own.spec.template);
        let fields = &own.variant.fields;
        let bindings = slots.iter().map(|&index| {
            let member = &fields[index].member;
            let binding = field_binding(index, &fields[index].ty);
            quote!(#member: #binding)
        });
        let values = slots
            .iter()
            .map(|&index| field_binding(index, &fields[index].ty));
        arms.push(quote! {
            #enum_ty::#ident { #(#bindings,)* .. } => #krate::__private::write_template(
                __formatter,
                __BlbErrorsRow::__parts(&#own_rows[#ordinal]),
                &[#(#values),*],
            ),
        });
    }
    for variant in &params.transparent {
        let (pattern, inner) = single_field_pattern(params.ty(), variant);
        let fmt = included(krate, &variant.fields[0].ty, "fmt");
        arms.push(quote!(#pattern => #fmt(#inner, __formatter),));
    }
    if let Some(variant) = params.unknown {
        let (pattern, inner) = single_field_pattern(params.ty(), variant);
        let get = unknown_field(krate, &variant.fields[0].ty, "get");
        arms.push(
            quote!(#pattern => <#krate::UnknownCode as #display>::fmt(#get(#inner), __formatter),),
        );
    }
    let rest = quote! {
        #pad(__formatter, match <Self as __BlbErrorsOwn>::__ordinal(self) {
            ::core::option::Option::Some(__ordinal) => __BlbErrorsRow::template(&#own_rows[__ordinal]),
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
