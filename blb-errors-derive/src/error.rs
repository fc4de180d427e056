//! `std::error::Error`: an included catalogue's value is the error itself, so its source is the
//! inner value's source; a variant with a `#[source]` or `#[from]` field has that field as its
//! source.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::expand::{Params, included, single_field_pattern};

pub fn error_impl(params: &Params) -> TokenStream {
    let mut arms: Vec<TokenStream> = params
        .transparent
        .iter()
        .map(|variant| {
            let (pattern, inner) = single_field_pattern(params.ty(), variant);
            let source = included(&params.krate, &variant.fields[0].ty, "source");
            quote!(#pattern => #source(#inner),)
        })
        .collect();
    for own in &params.own {
        let Some(field) = own
            .variant
            .fields
            .iter()
            .find(|field| field.cause.is_some())
        else {
            continue;
        };
        let (ident, member) = (own.variant.ident(), &field.member);
        // At the field's type: a type that is not an `Error + 'static` is reported there.
        arms.push(quote_spanned! {field.ty.span()=>
            Self::#ident { #member: __cause, .. } => ::core::option::Option::Some(__cause as &(dyn ::std::error::Error + 'static)),
        });
    }
    if arms.is_empty() {
        return TokenStream::new();
    }
    let body = params.match_self(&arms, &quote!(::core::option::Option::None));
    quote! {
        fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
            #body
        }
    }
}
