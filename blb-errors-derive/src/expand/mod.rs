//! Generates the impls for a valid input. Everything is inside one `const _: () = { ... };` so the
//! helper items (the catalogue array, the lookup function) stay private to this derive.

use proc_macro2::TokenStream;
use quote::{ToTokens, format_ident, quote};
use syn::{DeriveInput, Ident, Type};

use crate::ast::{Input, Kind, OwnCode, Variant};
use crate::check;
use crate::ctxt::Ctxt;
use crate::debug;
use crate::dispatch;
use crate::fallback;
use crate::scan::Scanned;

mod api_error;
mod bounds;
mod catalogue;
mod decode;
mod display;
mod ordinals;

use api_error::{api_error_impl, lookup_hashed_body, own_impl};
use bounds::Bounds;
use catalogue::{Segment, cross_checks};
use display::display_impl;

pub fn derive(original: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    let input = Input::from_syn(&cx, original);
    if let Some(input) = &input {
        check::check(&cx, input);
    }
    let krate = input
        .as_ref()
        .and_then(|input| input.attrs.crate_path.as_ref())
        .map_or_else(|| quote!(::blb_errors), ToTokens::to_token_stream);
    let expansion = match (cx.finish(), input) {
        (Ok(()), Some(input)) => expand(&input, &krate),
        (Err(errors), _) => fallback::expand(original, &krate, &errors),
        // `from_syn` gives `None` only after recording an error.
        (Ok(()), None) => fallback::expand(
            original,
            &krate,
            &syn::Error::new_spanned(&original.ident, "invalid input"),
        ),
    };
    debug::print_if_asked(&original.ident, &expansion);
    expansion
}

/// The expansion of an input `scan::read` took apart, or `None` when it has a mistake: the caller
/// then reads it again with syn, whose spans and messages the errors are reported with.
pub fn derive_scanned(scanned: Scanned) -> Option<TokenStream> {
    let Scanned {
        input: original,
        attrs,
    } = scanned;
    let cx = Ctxt::default();
    let input = Input::from_scanned(&cx, &original, attrs);
    check::check(&cx, &input);
    cx.finish().ok()?;
    let expansion = expand(&input, &quote!(::blb_errors));
    debug::print_if_asked(&original.ident, &expansion);
    Some(expansion)
}

/// A variant's place among the catalogue's own codes and in the composed catalogue.
struct Placed<'v, 'a> {
    variant: &'v Variant<'a>,
    own: &'v OwnCode,
    /// Its number among the own codes: in discriminant order when the enum gives integer
    /// discriminants (see `ordinals`), else in declaration order.
    ordinal: usize,
    /// Its number among the own codes in declaration order, which the catalogue keeps.
    declared: usize,
    /// How many included catalogues come before it: its position adds their lengths.
    inner_before: usize,
}

fn expand(input: &Input, krate: &TokenStream) -> TokenStream {
    let ty = &input.original.ident;
    let (impl_generics, ty_generics, _) = input.original.generics.split_for_impl();
    let entries_of = |inner: &Type| quote!(<#inner as #krate::__private::ConstCatalogue>::ENTRIES);

    // Walk the variants in order: own codes fill segments, each transparent variant adds its
    // catalogue as a segment of its own.
    let mut segments = Vec::new();
    let mut current = Segment::default();
    let mut inner_lengths = Vec::new();
    let mut placed = Vec::new();
    let mut transparent = Vec::new();
    let mut unknown = None;
    let discriminants = ordinals::discriminants(&input.variants);
    let mut own_discriminants = Vec::new();
    for (index, variant) in input.variants.iter().enumerate() {
        match &variant.kind {
            Some(Kind::Own(own)) => {
                current.push(own);
                placed.push(Placed {
                    variant,
                    own,
                    ordinal: placed.len(),
                    declared: placed.len(),
                    inner_before: inner_lengths.len(),
                });
                if let Some(values) = &discriminants {
                    own_discriminants.push(values[index]);
                }
            }
            Some(Kind::Transparent) => {
                let entries = std::mem::take(&mut current).into_tokens(krate);
                segments.push(quote!(&#entries));
                let inner = entries_of(&variant.fields[0].ty);
                segments.push(inner.clone());
                inner_lengths.push(quote!(#inner.len()));
                transparent.push(variant);
            }
            Some(Kind::Unknown) => unknown = Some(variant),
            None => {}
        }
    }
    if discriminants.is_some() {
        ordinals::by_discriminant(&mut placed, &own_discriminants);
    }
    let entries = current.into_tokens(krate);
    let own_count = placed.len();
    let in_declared_order = placed
        .iter()
        .all(|placed| placed.ordinal == placed.declared);
    // A catalogue that includes no other, with ordinals in declaration order, is its own codes
    // in ordinal order, with no list of positions (see `position`). One that does is composed at
    // compile time.
    let (catalogue, positions) = if transparent.is_empty() {
        let positions = placed.iter().map(|placed| placed.declared);
        let positions = if in_declared_order {
            quote!([usize; 0] = [])
        } else {
            quote!([usize; #own_count] = [#(#positions),*])
        };
        (entries, positions)
    } else {
        segments.push(quote!(&#entries));
        let positions = placed.iter().map(|placed| {
            let (declared, before) = (placed.declared, &inner_lengths[..placed.inner_before]);
            quote!(#declared #(+ #before)*)
        });
        (
            quote!(#krate::__private::compose::<__BLB_ERRORS_LEN>(&[#(#segments),*])),
            quote!([usize; #own_count] = [#(#positions),*]),
        )
    };
    let cross_checks = cross_checks(ty, &placed, &transparent, krate);
    let codes = own_codes(&placed);
    let table = dispatch::perfect_hash(&codes);
    let index_fns = dispatch::index_fns(&codes, table.as_ref(), krate);
    // A large catalogue makes a unit variant's value from the slot its code takes (see
    // `api_error::unit_fns`); a small one from a match on the code.
    let slot_table = table
        .as_ref()
        .filter(|_| placed.len() > decode::MATCH_LIMIT);
    let lookup_hashed = lookup_hashed_body(&transparent, krate);
    let own_index = decode::own_index_body(&placed);
    let from_included_code = decode::from_included_code_body(&transparent, krate);

    let bounds = Bounds::new(input);
    let display_where = bounds.where_clause(&[]);
    let debug_bound = quote!(#ty #ty_generics: ::core::fmt::Debug);
    let error_where = bounds.where_clause(&[debug_bound]);
    let plain_where = &input.original.generics.where_clause;

    let api_error = api_error_impl(input, &placed, &transparent, unknown, slot_table, krate);
    let display = display_impl(input, &placed, &transparent, unknown, krate);
    let own_impl = own_impl(input, &placed, slot_table, krate);
    let unit_at_slot = slot_table.map(|_| {
        quote!(
            fn __unit_at_slot(__slot: usize) -> ::core::option::Option<Self>;
        )
    });
    // Short names for the template parts of templated variants' entries.
    let template_names = placed
        .iter()
        .any(|placed| placed.own.template.as_static().is_none())
        .then(|| quote!(use #krate::__private::TemplatePart::{Field as __Field, Literal as __Literal};));
    let source = (!transparent.is_empty()).then(|| {
        let arms = transparent.iter().map(|variant| {
            let (pattern, inner) = single_field_pattern(variant);
            quote!(#pattern => ::std::error::Error::source(#inner),)
        });
        quote! {
            fn source(&self) -> ::core::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    #(#arms)*
                    #[allow(unreachable_patterns)]
                    _ => ::core::option::Option::None,
                }
            }
        }
    });

    quote! {
        const _: () = {
            #template_names
            const __BLB_ERRORS_LEN: usize = #own_count #(+ #inner_lengths)*;
            // A static: `ENTRIES` points at it rather than holding a copy of its own.
            static __BLB_ERRORS_CATALOGUE: [#krate::CatalogueEntry; __BLB_ERRORS_LEN] = #catalogue;
            const __BLB_ERRORS_POSITIONS: #positions;
            #(#cross_checks)*

            /// The catalogue entry of an own code, by its ordinal.
            #[inline]
            fn __blb_errors_own_entry(__ordinal: usize) -> &'static #krate::CatalogueEntry {
                &__BLB_ERRORS_CATALOGUE[#krate::__private::position(&__BLB_ERRORS_POSITIONS, __ordinal)]
            }

            #index_fns

            /// Each own code's ordinal, and the value of a unit variant from it.
            trait __BlbErrorsOwn: ::core::marker::Sized {
                fn __ordinal(&self) -> ::core::option::Option<usize>;
                fn __unit(__ordinal: usize) -> ::core::option::Option<Self>;
                #unit_at_slot
            }

            #[automatically_derived]
            impl #impl_generics __BlbErrorsOwn for #ty #ty_generics #plain_where {
                #own_impl
            }

            #[automatically_derived]
            impl #impl_generics #krate::__private::ConstCatalogue for #ty #ty_generics #plain_where {
                const ENTRIES: &'static [#krate::CatalogueEntry] = &__BLB_ERRORS_CATALOGUE;
                fn __lookup_hashed(__code: &str, __hash: u64) -> ::core::option::Option<&'static #krate::CatalogueEntry> {
                    #lookup_hashed
                }
                #[inline]
                fn __own_index(__code: &str) -> ::core::option::Option<usize> {
                    #own_index
                }
                #[inline]
                fn __own_unit(__ordinal: usize) -> ::core::option::Option<Self> {
                    <Self as __BlbErrorsOwn>::__unit(__ordinal)
                }
                #[inline]
                fn __from_included_code(__code: &str) -> ::core::option::Option<Self> {
                    #from_included_code
                }
            }

            #[automatically_derived]
            impl #impl_generics #krate::ApiError for #ty #ty_generics #error_where {
                #api_error
            }

            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ty #ty_generics #display_where {
                #display
            }

            #[automatically_derived]
            impl #impl_generics ::std::error::Error for #ty #ty_generics #error_where {
                #source
            }
        };
    }
}

/// Each own code's text and ordinal, as the dispatch is built from them.
fn own_codes(placed: &[Placed]) -> Vec<(String, usize)> {
    placed
        .iter()
        .map(|placed| (placed.own.code_text.clone(), placed.ordinal))
        .collect()
}

/// A variant's fields can be recovered from a server's message when the template names them all.
fn recoverable(variant: &Variant, own: &OwnCode) -> bool {
    (0..variant.fields.len()).all(|index| own.template.field_indices().any(|used| used == index))
}

fn field_binding(index: usize) -> Ident {
    format_ident!("__field{}", index)
}

/// `Self::V { 0: __inner, .. }` for a one-field variant, and the binding.
fn single_field_pattern(variant: &Variant) -> (TokenStream, Ident) {
    let ident = variant.ident();
    let member = &variant.fields[0].member;
    let inner = format_ident!("__inner");
    (quote!(Self::#ident { #member: #inner, .. }), inner)
}
