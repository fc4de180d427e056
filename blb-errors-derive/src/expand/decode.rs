//! Values from a code string (`from_code`) and from what a server said (`from_wire`).

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{PathArguments, Type};

use super::{Placed, own_codes, recoverable};
use crate::ast::Variant;
use crate::dispatch::{self, Table};

/// Up to this many codes, `from_code` matches on the code's length and bytes
/// (`dispatch::index_body`): a jump and an inline compare, which costs less than hashing for a few
/// dozen codes. Above it, the perfect hash table finds the code in constant time.
pub(super) const MATCH_LIMIT: usize = 64;

/// `from_code`: the own codes, then `__from_included_code`.
pub(super) fn from_code_body(
    placed: &[Placed],
    slot_table: Option<&Table>,
    krate: &TokenStream,
) -> TokenStream {
    let own = if slot_table.is_some() {
        quote! {
            if let ::core::option::Option::Some(__slot) = __blb_errors_slot(__code, #krate::__private::code_hash(__code)) {
                // `None` for a code whose variant carries fields.
                return <Self as __BlbErrorsOwn>::__unit_at_slot(__slot);
            }
        }
    } else if placed.len() <= MATCH_LIMIT {
        // A unit variant's value; `None` for a code whose variant carries fields (it has no value
        // without them). Any other string falls through to the included catalogues.
        dispatch::index_body(
            &own_codes(placed),
            &|ordinal| {
                // `placed` is in ordinal order.
                let placed = &placed[ordinal];
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
        // No table: two codes hash alike, or there are too many for its `u16` ordinals.
        quote! {
            if let ::core::option::Option::Some(__ordinal) = __blb_errors_index(__code) {
                // `None` for a code whose variant carries fields.
                return <Self as __BlbErrorsOwn>::__unit(__ordinal);
            }
        }
    };
    quote! {
        #own
        <Self as #krate::__private::ConstCatalogue>::__from_included_code(__code)
    }
}

/// `ConstCatalogue::__own_index`: the ordinal of an own code, by a match for a small catalogue
/// (as `from_code`) and by the perfect hash for a large one.
pub(super) fn own_index_body(placed: &[Placed]) -> TokenStream {
    if placed.len() <= MATCH_LIMIT {
        let body = dispatch::index_body(
            &own_codes(placed),
            &|ordinal| quote!(return ::core::option::Option::Some(#ordinal)),
            &quote!({}),
        );
        quote! {
            #body
            ::core::option::Option::None
        }
    } else {
        quote!(__blb_errors_index(__code))
    }
}

/// `ConstCatalogue::__from_included_code`: each included catalogue's own codes, found by ordinal
/// and made in place, then the catalogues it includes in turn.
pub(super) fn from_included_code_body(
    transparent: &[&Variant],
    krate: &TokenStream,
) -> TokenStream {
    let inner = transparent.iter().map(|variant| {
        let (ident, field) = (variant.ident(), &variant.fields[0]);
        let (member, inner) = (&field.member, &field.ty);
        let catalogue = quote!(<#inner as #krate::__private::ConstCatalogue>);
        quote! {
            if let ::core::option::Option::Some(__ordinal) = #catalogue::__own_index(__code) {
                return match #catalogue::__own_unit(__ordinal) {
                    ::core::option::Option::Some(__value) => ::core::option::Option::Some(Self::#ident { #member: __value }),
                    ::core::option::Option::None => ::core::option::Option::None,
                };
            }
            if let ::core::option::Option::Some(__value) = #catalogue::__from_included_code(__code) {
                return ::core::option::Option::Some(Self::#ident { #member: __value });
            }
        }
    });
    quote! {
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
    let recovered: Vec<&Placed> = placed
        .iter()
        .filter(|placed| {
            !placed.variant.fields.is_empty() && recoverable(placed.variant, placed.own)
        })
        .collect();
    let own_arms = recovered.iter().map(|placed| {
        let ordinal = placed.ordinal;
        let body = recover_fields(placed);
        quote!(#ordinal => #body,)
    });
    // A templated message is matched once, against the parts the catalogue entry keeps, before
    // the arms: an arm then only parses its fields. The autoref pair picks `FromStr` or the
    // fallback for each field type that is not a `String`; short names, as a large catalogue has
    // a hundred such arms.
    let own = if recovered.is_empty() {
        quote!(return <Self as __BlbErrorsOwn>::__unit(__ordinal);)
    } else {
        let capture_count = recovered
            .iter()
            .map(|placed| placed.own.template.field_indices().count())
            .max()
            .unwrap_or(0);
        let recover = recovered
            .iter()
            .any(|placed| {
                placed
                    .variant
                    .fields
                    .iter()
                    .any(|field| !is_string(&field.ty))
            })
            .then(|| {
                quote! {
                    use #krate::__private::{RecoverFallback as _, RecoverParse as _};
                    use #krate::__private::Recover as __Recover;
                }
            });
        quote! {
            #recover
            use ::core::option::Option::Some as __Some;
            let __entry = __blb_errors_own_entry(__ordinal);
            if !__entry.has_placeholders() {
                return <Self as __BlbErrorsOwn>::__unit(__ordinal);
            }
            let __captures = #krate::__private::match_template::<#capture_count>(__entry.__parts(), __message)?;
            return match __ordinal {
                #(#own_arms)*
                _ => <Self as __BlbErrorsOwn>::__unit(__ordinal),
            };
        }
    };
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
        if let ::core::option::Option::Some(__ordinal) = __blb_errors_index(__code) {
            #own
        }
        #(#inner_known)*
        #fallback
    }
}

/// `Some(Self::V { .. })` with each field parsed from the text captured for its placeholder; `?`
/// returns `None` from `from_wire` when a field does not parse. No closure and no item per
/// variant: each would be one more body for rustc to track on every rebuild. The names it uses
/// are brought in by `from_wire_body`.
pub(super) fn recover_fields(placed: &Placed) -> TokenStream {
    let ident = placed.variant.ident();
    let placeholders: Vec<usize> = placed.own.template.field_indices().collect();
    let fields = placed
        .variant
        .fields
        .iter()
        .enumerate()
        .map(|(index, field)| {
            let (member, ty) = (&field.member, &field.ty);
            let capture = placeholders.iter().position(|&used| used == index);
            let capture = capture.unwrap_or(0);
            if is_string(ty) {
                // What `Recover` would do for a `String`, without its trait probe and `?`: the
                // usual field, a hundred times in a large catalogue. Spanned at the type, where
                // an error would belong should `String` name another type here.
                quote_spanned!(ty.span()=> #member: ::std::string::String::from(__captures[#capture]))
            } else {
                quote!(#member: (&__Recover::<#ty>::new()).recover(__captures[#capture])?)
            }
        });
    quote!(__Some(Self::#ident { #(#fields),* }))
}

/// Whether `ty` is written `String` or `std::string::String` (with or without the leading `::`).
fn is_string(ty: &Type) -> bool {
    let Type::Path(path) = ty else {
        return false;
    };
    if path.qself.is_some() {
        return false;
    }
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|segment| match segment.arguments {
            PathArguments::None => segment.ident.to_string(),
            _ => String::new(),
        })
        .collect();
    match segments.as_slice() {
        [string] => path.path.leading_colon.is_none() && string == "String",
        [std, module, string] => std == "std" && module == "string" && string == "String",
        _ => false,
    }
}
