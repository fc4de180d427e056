//! Values from a code string (`from_code`) and from what a server said (`from_wire`).

use proc_macro2::TokenStream;
use quote::quote;

use super::{Placed, recoverable};
use crate::ast::Variant;
use crate::dispatch;
use crate::template::Piece;

/// Up to this many codes, `from_code` matches on the code's length and bytes
/// (`dispatch::index_body`): a jump and an inline compare, which costs less than hashing for a few
/// dozen codes. Above it, the perfect hash table finds the code in constant time.
pub(super) const MATCH_LIMIT: usize = 64;

pub(super) fn from_code_body(
    placed: &[Placed],
    transparent: &[&Variant],
    krate: &TokenStream,
) -> TokenStream {
    let own = if placed.len() <= MATCH_LIMIT {
        let codes: Vec<(String, usize)> = placed
            .iter()
            .map(|placed| (placed.own.code_text.clone(), placed.ordinal))
            .collect();
        let mut by_ordinal: Vec<&Placed> = placed.iter().collect();
        by_ordinal.sort_by_key(|placed| placed.ordinal);
        // A unit variant's value; `None` for a code whose variant carries fields (it has no value
        // without them). Any other string falls through to the included catalogues.
        dispatch::index_body(
            &codes,
            &|ordinal| {
                let placed = by_ordinal[ordinal];
                let ident = placed.variant.ident();
                if placed.variant.fields.is_empty() {
                    quote!(return ::core::option::Option::Some(Self::#ident {}))
                } else {
                    quote!(return ::core::option::Option::None)
                }
            },
            &quote!({}),
        )
    } else {
        quote! {
            if let ::core::option::Option::Some(__ordinal) = __blb_errors_index(__code) {
                // `None` for a code whose variant carries fields.
                return <Self as __BlbErrorsOwn>::__unit(__ordinal);
            }
        }
    };
    let inner = transparent.iter().map(|variant| {
        let (ident, field) = (variant.ident(), &variant.fields[0]);
        let (member, inner) = (&field.member, &field.ty);
        quote! {
            if let ::core::option::Option::Some(__value) = <#inner as #krate::ApiError>::from_code(__code) {
                return ::core::option::Option::Some(Self::#ident { #member: __value });
            }
        }
    });
    quote! {
        #own
        #(#inner)*
        ::core::option::Option::None
    }
}

pub(super) fn from_wire_body(
    placed: &[Placed],
    transparent: &[&Variant],
    unknown: Option<&Variant>,
    krate: &TokenStream,
) -> TokenStream {
    // Unit variants, and variants whose fields cannot be recovered (`None`), are `__unit`'s.
    let own_arms = placed
        .iter()
        .filter(|placed| {
            !placed.variant.fields.is_empty() && recoverable(placed.variant, placed.own)
        })
        .map(|placed| {
            let ordinal = placed.ordinal;
            let body = recover_fields(placed);
            quote!(#ordinal => #body,)
        })
        .collect::<Vec<_>>();
    // The autoref pair that picks `FromStr` or the fallback for each field type, for all arms.
    // Short names for what each templated arm uses: a large catalogue has a hundred such arms, and
    // every `::blb_errors::__private::` path is six more tokens for rustc to read and resolve.
    let recover_traits = (!own_arms.is_empty()).then(|| {
        quote! {
            use #krate::__private::{RecoverFallback as _, RecoverParse as _};
            use #krate::__private::{Recover as __Recover, match_template as __match_template};
            use #krate::__private::TemplatePart::{Field as __Field, Literal as __Literal};
            use ::core::option::Option::Some as __Some;
        }
    });
    let inner_known = transparent.iter().map(|variant| {
        let (ident, field) = (variant.ident(), &variant.fields[0]);
        let (member, inner) = (&field.member, &field.ty);
        quote! {
            if <#inner as #krate::ApiError>::lookup(__code).is_some() {
                return <#inner as #krate::ApiError>::from_wire(__code, __message, __status)
                    .map(|__value| Self::#ident { #member: __value });
            }
        }
    });
    let fallback = if let Some(variant) = unknown {
        let (ident, member) = (variant.ident(), &variant.fields[0].member);
        quote! {
            ::core::option::Option::Some(Self::#ident {
                #member: #krate::UnknownCode::new(__code, __message, __status),
            })
        }
    } else {
        // No unknown variant here: an included catalogue's may take the code.
        let inner_unknown = transparent.iter().map(|variant| {
            let (ident, field) = (variant.ident(), &variant.fields[0]);
            let (member, inner) = (&field.member, &field.ty);
            quote! {
                if let ::core::option::Option::Some(__value) = <#inner as #krate::ApiError>::from_wire(__code, __message, __status) {
                    return ::core::option::Option::Some(Self::#ident { #member: __value });
                }
            }
        });
        quote!(#(#inner_unknown)* ::core::option::Option::None)
    };
    quote! {
        #recover_traits
        if let ::core::option::Option::Some(__ordinal) = __blb_errors_index(__code) {
            return match __ordinal {
                #(#own_arms)*
                _ => <Self as __BlbErrorsOwn>::__unit(__ordinal),
            };
        }
        #(#inner_known)*
        #fallback
    }
}

/// `Some(Self::V { .. })` with each field parsed from its placeholder's text; `?` returns `None`
/// from `from_wire` when the message does not fit. No closure and no item per variant: each would
/// be one more body for rustc to track on every rebuild. The short names it uses are brought in by
/// `from_wire_body`.
pub(super) fn recover_fields(placed: &Placed) -> TokenStream {
    let ident = placed.variant.ident();
    let parts = placed.own.template.pieces.iter().map(|piece| match piece {
        Piece::Literal(text) => quote!(__Literal(#text)),
        Piece::Field(_) => quote!(__Field),
    });
    let placeholders: Vec<usize> = placed.own.template.field_indices().collect();
    let count = placeholders.len();
    let fields = placed
        .variant
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let (member, ty) = (&field.member, &field.ty);
            let capture = placeholders.iter().position(|&used| used == index);
            let capture = capture.unwrap_or(0);
            quote!(#member: (&__Recover::<#ty>::new()).recover(__captures[#capture])?)
        });
    quote! {{
        let __captures = __match_template::<#count>(&[#(#parts),*], __message)?;
        __Some(Self::#ident { #(#fields),* })
    }}
}
