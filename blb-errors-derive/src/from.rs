//! `From<Inner>` for each `#[api(transparent)]` variant, so that an included catalogue's error
//! converts with `.into()` and `?`. Nothing is emitted for an enum without such a variant.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::Params;

pub fn from_impls(params: &Params) -> TokenStream {
    let ty = params.ty();
    let generics = &params.input.original.generics;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    params
        .transparent
        .iter()
        .map(|variant| {
            let ident = variant.ident();
            let field = &variant.fields[0];
            let (inner, member) = (&field.ty, &field.member);
            quote! {
                #[automatically_derived]
                impl #impl_generics ::core::convert::From<#inner> for #ty #ty_generics #where_clause {
                    fn from(inner: #inner) -> Self {
                        Self::#ident { #member: inner }
                    }
                }
            }
        })
        .collect()
}
