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
            quote!(#ty::#ident { .. } => #ordinal,)
        })
        .collect();
    let ordinal = if params.input.variants.is_empty() {
        quote!(match *self {})
    } else if ordinal_arms.is_empty() {
        none.clone()
    } else if ordinal_arms.len() == params.input.variants.len() {
        // Every variant has an own code: no other arm, which the compiler would check against
        // each of them.
        quote!(::core::option::Option::Some(match self { #(#ordinal_arms)* }))
    } else {
        quote! {
            ::core::option::Option::Some(match self {
                #(#ordinal_arms)*
                #[allow(unreachable_patterns)]
                _ => return #none,
            })
        }
    };

    let unit_arms: Vec<(usize, TokenStream)> = params
        .own
        .iter()
        .filter(|own| own.variant.fields.is_empty())
        .map(|own| {
            let ident = own.variant.ident();
            (own.ordinal, quote!(#ty::#ident {}))
        })
        .collect();
    // A code whose variant carries fields has no value without them.
    let unit = if unit_arms.is_empty() {
        quote!({ let _ = __ordinal; #none })
    } else {
        let values = by_ordinal(&unit_arms, &quote!(return #none));
        quote!(::core::option::Option::Some(#values))
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

/// A `match` on `__ordinal`: `arms` (ordinal and value, in ordinal order), `rest` for any other
/// ordinal.
/// Past [`ARMS_PER_MATCH`] arms it is a match on the high bits, then one on the low bits: the
/// compiler checks a match's patterns against each other, in time that grows with the square of
/// their number.
pub fn by_ordinal(arms: &[(usize, TokenStream)], rest: &TokenStream) -> TokenStream {
    if arms.len() <= ARMS_PER_MATCH {
        let arms = arms.iter().map(|(ordinal, value)| {
            let ordinal = Literal::usize_unsuffixed(*ordinal);
            quote!(#ordinal => #value,)
        });
        return quote!(match __ordinal { #(#arms)* _ => #rest });
    }
    let mut groups: Vec<(usize, Vec<TokenStream>)> = Vec::new();
    for (ordinal, value) in arms {
        let (high, low) = (ordinal / ARMS_PER_MATCH, ordinal % ARMS_PER_MATCH);
        if groups.last().is_none_or(|(group, _)| *group != high) {
            groups.push((high, Vec::new()));
        }
        let low = Literal::usize_unsuffixed(low);
        if let Some((_, group)) = groups.last_mut() {
            group.push(quote!(#low => #value,));
        }
    }
    let (bits, mask) = (
        Literal::u32_unsuffixed(ARMS_PER_MATCH.trailing_zeros()),
        Literal::usize_unsuffixed(ARMS_PER_MATCH - 1),
    );
    let groups = groups.iter().map(|(high, arms)| {
        let high = Literal::usize_unsuffixed(*high);
        quote!(#high => match __ordinal & #mask { #(#arms)* _ => #rest },)
    });
    quote!(match __ordinal >> #bits { #(#groups)* _ => #rest })
}

/// The most arms one generated `match` on an ordinal has, a power of two.
const ARMS_PER_MATCH: usize = 1024;
