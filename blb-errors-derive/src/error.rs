//! `std::error::Error`: an included catalogue's value is the error itself, so its source is the
//! inner value's source.

use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::{Params, included, single_field_pattern};

pub fn error_impl(params: &Params) -> TokenStream {
    if params.transparent.is_empty() {
        return TokenStream::new();
    }
    let arms: Vec<TokenStream> = params
        .transparent
        .iter()
        .map(|variant| {
            let (pattern, inner) = single_field_pattern(params.ty(), variant);
            let source = included(&params.krate, &variant.fields[0].ty, "source");
            quote!(#pattern => #source(#inner),)
        })
        .collect();
    let body = params.match_self(&arms, &quote!(::core::option::Option::None));
    quote! {
        fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
            #body
        }
    }
}
