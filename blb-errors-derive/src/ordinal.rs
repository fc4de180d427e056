//! A private trait between values and own codes: `__ordinal(&self)`, the own code a value has
//! (its row in the catalogue, `__row`), and `__unit(ordinal)`, the value of an own code without
//! fields.
//! The other generated methods read through these: one arm per variant in each, rather than one
//! per variant in every method.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::catalogue::own_rows;
use crate::expand::Params;

pub fn ordinal_items(params: &Params) -> TokenStream {
    let ty = params.ty();
    let generics = &params.input.original.generics;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let none = quote!(::core::option::Option::None);

    let ordinal_arms: Vec<TokenStream> = params
        .own
        .iter()
        .map(|own| {
            let ident = own.variant.ident();
            let ordinal = Literal::usize_unsuffixed(own.ordinal);
            quote!(Self::#ident { .. } => #ordinal,)
        })
        .collect();
    let ordinal = if params.input.variants.is_empty() {
        quote!(match *self {})
    } else if ordinal_arms.is_empty() {
        none.clone()
    } else {
        quote! {
            ::core::option::Option::Some(match self {
                #(#ordinal_arms)*
                #[allow(unreachable_patterns)]
                _ => return #none,
            })
        }
    };

    let unit_arms: Vec<TokenStream> = params
        .own
        .iter()
        .filter(|own| own.variant.fields.is_empty())
        .map(|own| {
            let ident = own.variant.ident();
            let ordinal = Literal::usize_unsuffixed(own.ordinal);
            quote!(#ordinal => Self::#ident {},)
        })
        .collect();
    let unit = if unit_arms.is_empty() {
        quote!({ let _ = __ordinal; #none })
    } else {
        quote! {
            ::core::option::Option::Some(match __ordinal {
                #(#unit_arms)*
                // A code whose variant carries fields has no value without them.
                _ => return #none,
            })
        }
    };

    let (krate, own_rows) = (&params.krate, own_rows());
    quote! {
        trait __BlbErrorsOwn: ::core::marker::Sized {
            fn __ordinal(&self) -> ::core::option::Option<usize>;
            fn __unit(__ordinal: usize) -> ::core::option::Option<Self>;

            /// The row of the own code a value has.
            #[inline]
            fn __row(&self) -> ::core::option::Option<&'static #krate::CatalogueEntry> {
                match <Self as __BlbErrorsOwn>::__ordinal(self) {
                    ::core::option::Option::Some(__ordinal) => ::core::option::Option::Some(&#own_rows[__ordinal]),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        }

        #[automatically_derived]
        impl #impl_generics __BlbErrorsOwn for #ty #ty_generics #where_clause {
            #[inline]
            fn __ordinal(&self) -> ::core::option::Option<usize> {
                #ordinal
            }

            #[inline]
            fn __unit(__ordinal: usize) -> ::core::option::Option<Self> {
                #unit
            }
        }
    }
}
