//! The `ApiError` impl: the ordinal of each own code, and the methods that read through it or
//! delegate to an included catalogue or the unknown variant.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use super::decode::{from_code_body, from_wire_body};

use super::{Placed, single_field_pattern};
use crate::ast::{Input, Kind, Variant};
use crate::dispatch::Table;
use crate::source::Source;

/// `__BlbErrorsOwn`: one arm per own code to find its ordinal, and one per unit variant to make it.
/// The other methods read the catalogue entry and the static message through the ordinal, so
/// only variants that need their own code (templated messages, recovered fields) have more arms.
pub(super) fn own_impl(
    input: &Input,
    placed: &[Placed],
    slot_table: Option<&Table>,
    krate: &TokenStream,
) -> TokenStream {
    // Arms as short as they can be (`Some(..)` is written once, around the match): a large
    // catalogue has a thousand of each.
    let mut ordinal_arms = Source::default();
    for placed in placed {
        ordinal_arms
            .code("Self::")
            .ident(placed.variant.ident())
            .code("{..}=>")
            .number(placed.ordinal)
            .code(",");
    }
    let ordinal_arms = ordinal_arms.into_tokens();
    let ordinal = if input.variants.is_empty() {
        quote!(match *self {})
    } else if placed.is_empty() {
        // No own code: a match whose arms all return would be unreachable code.
        quote!(::core::option::Option::None)
    } else {
        quote! {
            ::core::option::Option::Some(match self {
                #ordinal_arms
                #[allow(unreachable_patterns)]
                _ => return ::core::option::Option::None,
            })
        }
    };
    let units = unit_fns(placed, slot_table, krate);
    quote! {
        #[inline]
        fn __ordinal(&self) -> ::core::option::Option<usize> {
            #ordinal
        }

        #units
    }
}

/// `__unit(ordinal)`: the value of a unit variant, `None` for a variant with fields. With a
/// `slot_table`, the match is on the slot the code takes (`__unit_at_slot`), and `__unit` finds
/// the slot of an ordinal: `from_code` then reads the value with an index it has before it reads
/// the slot, rather than one it reads from the slot, and the two reads overlap.
fn unit_fns(placed: &[Placed], slot_table: Option<&Table>, krate: &TokenStream) -> TokenStream {
    let mut arms = Source::default();
    let mut has_units = false;
    let mut arm = |key: usize, placed: &Placed| {
        if placed.variant.fields.is_empty() {
            has_units = true;
            arms.number(key)
                .code("=>Self::")
                .ident(placed.variant.ident())
                .code("{},");
        }
    };
    match slot_table {
        Some(table) => table
            .taken()
            .for_each(|(slot, ordinal)| arm(slot, &placed[ordinal])),
        None => placed.iter().for_each(|placed| arm(placed.ordinal, placed)),
    }
    let key = if slot_table.is_some() {
        quote!(__slot)
    } else {
        quote!(__ordinal)
    };
    let body = if has_units {
        let arms = arms.into_tokens();
        quote! {
            ::core::option::Option::Some(match #key {
                #arms
                // A code whose variant carries fields has no value without them.
                _ => return ::core::option::Option::None,
            })
        }
    } else {
        quote! {
            let _ = #key;
            ::core::option::Option::None
        }
    };
    if slot_table.is_none() {
        return quote! {
            #[inline]
            fn __unit(__ordinal: usize) -> ::core::option::Option<Self> {
                #body
            }
        };
    }
    let count = placed.len();
    quote! {
        #[inline]
        fn __unit_at_slot(__slot: usize) -> ::core::option::Option<Self> {
            #body
        }

        #[inline]
        fn __unit(__ordinal: usize) -> ::core::option::Option<Self> {
            // Computed at compile time from the table, rather than a thousand more numbers.
            static __SLOT_OF: [usize; #count] =
                #krate::__private::slot_of_ordinals(&__BLB_ERRORS_SLOT_ORDINALS);
            match __SLOT_OF.get(__ordinal) {
                ::core::option::Option::Some(&__slot) => Self::__unit_at_slot(__slot),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        }
    }
}

pub(super) fn api_error_impl(
    input: &Input,
    placed: &[Placed],
    transparent: &[&Variant],
    unknown: Option<&Variant>,
    slot_table: Option<&Table>,
    krate: &TokenStream,
) -> TokenStream {
    let api = quote!(#krate::ApiError);
    let unknown_code = quote!(#krate::UnknownCode);
    // One arm for each included catalogue and for the unknown variant, delegating to its one
    // field; `own` first (arms for particular own codes) and `rest` last (the other own codes).
    let arms = |own: Vec<TokenStream>,
                transparent_arm: &dyn Fn(&Ident) -> TokenStream,
                unknown_arm: &dyn Fn(&Ident) -> TokenStream,
                rest: TokenStream| {
        if input.variants.is_empty() {
            // An enum without variants has no values: `&Empty` still needs a dereference to match.
            return quote!(match *self {});
        }
        let mut arms = own;
        for variant in &input.variants {
            match &variant.kind {
                Some(Kind::Transparent) => {
                    let (pattern, inner) = single_field_pattern(variant);
                    let body = transparent_arm(&inner);
                    arms.push(quote!(#pattern => #body,));
                }
                Some(Kind::Unknown) => {
                    let (pattern, inner) = single_field_pattern(variant);
                    // The field's type is checked here, with the error at the user's type.
                    let field_ty = &variant.fields[0].ty;
                    let typed =
                        quote_spanned!(field_ty.span()=> let #inner: &#unknown_code = #inner;);
                    let body = unknown_arm(&inner);
                    arms.push(quote!(#pattern => { #typed #body },));
                }
                _ => {}
            }
        }
        quote! {
            match self {
                #(#arms)*
                #[allow(unreachable_patterns)]
                _ => #rest,
            }
        }
    };
    let ordinal = quote!(<Self as __BlbErrorsOwn>::__ordinal(self));

    // A templated message is written by `Display`, and the others are the catalogue's: one test
    // of the entry rather than an arm per templated variant. Only a message whose catalogue text
    // escapes a brace needs an arm.
    let unlike_catalogue: Vec<TokenStream> = placed
        .iter()
        .filter_map(|placed| {
            let ident = placed.variant.ident();
            let text = placed.own.static_text_unlike_catalogue()?;
            Some(quote!(Self::#ident { .. } => #krate::__private::Cow::Borrowed(#text),))
        })
        .collect();
    let message = arms(
        unlike_catalogue,
        &|inner| quote!(<_ as #api>::message(#inner)),
        &|inner| quote!(#krate::__private::Cow::Borrowed(#unknown_code::message(#inner))),
        quote! {
            match #ordinal.map(__blb_errors_own_entry) {
                ::core::option::Option::Some(__entry) if __entry.has_placeholders() => {
                    #krate::__private::Cow::Owned(::std::string::ToString::to_string(self))
                }
                ::core::option::Option::Some(__entry) => #krate::__private::Cow::Borrowed(__entry.message()),
                ::core::option::Option::None => #krate::__private::Cow::Borrowed(""),
            }
        },
    );
    let entry = arms(
        Vec::new(),
        &|inner| quote!(<_ as #api>::entry(#inner)),
        &|_| quote!(::core::option::Option::None),
        quote!(#ordinal.map(__blb_errors_own_entry)),
    );
    // Status, code and retryability of an own code are read from its entry: one match (`entry`)
    // with an arm per variant instead of one per method, so a large catalogue compiles faster.
    let from_entry = |read: TokenStream,
                      transparent_arm: &dyn Fn(&Ident) -> TokenStream,
                      unknown_arm: &dyn Fn(&Ident) -> TokenStream| {
        arms(Vec::new(), transparent_arm, unknown_arm, read)
    };
    let status = from_entry(
        quote!(<Self as #api>::entry(self).map_or(0, #krate::CatalogueEntry::status)),
        &|inner| quote!(<_ as #api>::status(#inner)),
        &|inner| quote!(#unknown_code::status(#inner)),
    );
    let code = from_entry(
        quote!(<Self as #api>::entry(self).map_or("", #krate::CatalogueEntry::code)),
        &|inner| quote!(<_ as #api>::code(#inner)),
        &|inner| quote!(#unknown_code::code(#inner)),
    );
    let retryable = from_entry(
        quote!(<Self as #api>::entry(self).is_some_and(#krate::CatalogueEntry::is_retryable)),
        &|inner| quote!(<_ as #api>::is_retryable(#inner)),
        &|inner| quote!(#unknown_code::is_retryable(#inner)),
    );

    let from_code = from_code_body(placed, slot_table, krate);
    let from_wire = from_wire_body(placed, transparent, unknown, krate);

    quote! {
        fn status(&self) -> u16 { #status }
        fn code(&self) -> &str { #code }
        fn message(&self) -> #krate::__private::Cow<'_, str> { #message }
        fn entry(&self) -> ::core::option::Option<&'static #krate::CatalogueEntry> { #entry }
        fn is_retryable(&self) -> bool { #retryable }
        fn catalogue() -> &'static [#krate::CatalogueEntry] {
            <Self as #krate::__private::ConstCatalogue>::ENTRIES
        }
        fn lookup(__code: &str) -> ::core::option::Option<&'static #krate::CatalogueEntry> {
            <Self as #krate::__private::ConstCatalogue>::__lookup_hashed(__code, #krate::__private::code_hash(__code))
        }
        #[inline]
        fn from_code(__code: &str) -> ::core::option::Option<Self> { #from_code }
        fn from_wire(__code: &str, __message: &str, __status: u16) -> ::core::option::Option<Self> { #from_wire }
    }
}

/// The body of `ConstCatalogue::__lookup_hashed`: the own codes, then each included catalogue's,
/// with the hash computed once.
pub(super) fn lookup_hashed_body(transparent: &[&Variant], krate: &TokenStream) -> TokenStream {
    let inner_lookups = transparent.iter().map(|variant| {
        let inner = &variant.fields[0].ty;
        quote! {
            if let ::core::option::Option::Some(__entry) =
                <#inner as #krate::__private::ConstCatalogue>::__lookup_hashed(__code, __hash)
            {
                return ::core::option::Option::Some(__entry);
            }
        }
    });
    quote! {
        if let ::core::option::Option::Some(__ordinal) = __blb_errors_index_hashed(__code, __hash) {
            return ::core::option::Option::Some(__blb_errors_own_entry(__ordinal));
        }
        #(#inner_lookups)*
        ::core::option::Option::None
    }
}
