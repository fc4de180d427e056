//! When the input has errors: the errors, plus impls that compile, so the rest of the user's crate
//! sees `ApiError`, `Display` and `Error` and shows no cascade of follow-on errors.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

/// `krate_use` brings blb-errors in as `krate`; `checks` are the compile-time checks of the
/// catalogue that still apply.
pub fn expand(
    input: &DeriveInput,
    krate: &TokenStream,
    krate_use: &TokenStream,
    checks: &[TokenStream],
    errors: &syn::Error,
) -> TokenStream {
    let errors = errors.to_compile_error();
    // A union cannot be an error type (no Debug to derive): stub impls would only add errors.
    if matches!(input.data, syn::Data::Union(_)) {
        return errors;
    }
    let ty = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let existing = where_clause
        .into_iter()
        .flat_map(|clause| clause.predicates.iter());
    let error_where = quote!(where #(#existing,)* Self: ::core::fmt::Debug);
    let unreachable = quote!(::core::unreachable!(
        "blb-errors: #[derive(ApiError)] failed to compile"
    ));
    quote! {
        #errors

        const _: () = {
            #krate_use
            #(#checks)*

            #[automatically_derived]
            impl #impl_generics #krate::__private::ConstCatalogue for #ty #ty_generics #error_where {
                const ENTRIES: &'static [#krate::CatalogueEntry] = &[];
            }

            #[automatically_derived]
            impl #impl_generics #krate::ApiError for #ty #ty_generics #where_clause {
                fn status(&self) -> u16 { #unreachable }
                fn code(&self) -> &str { #unreachable }
                fn message(&self) -> #krate::__private::Cow<'_, str> { #unreachable }
                fn entry(&self) -> ::core::option::Option<&'static #krate::CatalogueEntry> { #unreachable }
                fn is_retryable(&self) -> bool { #unreachable }
                fn catalogue() -> &'static [#krate::CatalogueEntry] { #unreachable }
                fn lookup(_: &str) -> ::core::option::Option<&'static #krate::CatalogueEntry> { #unreachable }
                fn from_code(_: &str) -> ::core::option::Option<Self> { #unreachable }
                fn from_wire(_: &str, _: &str, _: u16) -> ::core::option::Option<Self> { #unreachable }
            }

            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ty #ty_generics #where_clause {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #unreachable }
            }

            #[automatically_derived]
            impl #impl_generics ::std::error::Error for #ty #ty_generics #error_where {}
        };
    }
}
