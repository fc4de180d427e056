//! `From` impls: from the inner type of each `#[api(transparent)]` variant, so that an included
//! catalogue's error converts with `.into()` and `?`, and from the cause of each `#[from]`
//! variant. Nothing is emitted for an enum without either.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use crate::expand::Params;
use crate::internals::ast::Field;

pub fn from_impls(params: &Params) -> TokenStream {
    let transparent = params
        .transparent
        .iter()
        .map(|variant| (variant.ident(), &variant.fields[0]));
    let caused = params.own.iter().filter_map(|own| {
        let field = own.variant.fields.first()?;
        field
            .cause
            .as_ref()
            .is_some_and(|cause| cause.from)
            .then(|| (own.variant.ident(), field))
    });
    transparent
        .chain(caused)
        .map(|(ident, field)| from_impl(params, ident, field))
        .collect()
}

fn from_impl(params: &Params, ident: &Ident, field: &Field) -> TokenStream {
    let ty = params.ty();
    let (impl_generics, ty_generics, where_clause) =
        params.input.original.generics.split_for_impl();
    let (inner, member) = (&field.ty, &field.member);
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#inner> for #ty #ty_generics #where_clause {
            fn from(__inner: #inner) -> Self {
                Self::#ident { #member: __inner }
            }
        }
    }
}
