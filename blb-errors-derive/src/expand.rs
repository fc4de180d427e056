//! The expansion of one input: the input read and checked, then every generated piece inside one
//! `const _: () = { ... };`, so that its helper items (the catalogue rows, the lookup) stay private
//! to this derive.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident, Type};

use crate::api_error::api_error_impl;
use crate::bounds::Bounds;
use crate::catalogue::{catalogue_items, catalogue_static, cross_checks};
use crate::display::display_impl;
use crate::error::error_impl;
use crate::from::from_impls;
use crate::internals::ast::{Input, Kind, OwnCode, Variant};
use crate::internals::template::Template;
use crate::internals::{Ctxt, check};
use crate::lookup::lookup_items;
use crate::ordinal::ordinal_items;
use crate::{debug, fallback};

pub fn derive(original: &DeriveInput) -> TokenStream {
    let cx = Ctxt::default();
    let input = Input::from_syn(&cx, original);
    if let Some(input) = &input {
        check::check(&cx, input);
    }
    // Generated code reaches blb-errors through one alias, so that a crate path that does not
    // resolve is one error, at the path, not one at every use.
    let krate_use = match input
        .as_ref()
        .and_then(|input| input.attrs.crate_path.as_ref())
    {
        Some(path) => quote_spanned!(path.span()=> use #path as __blb_errors;),
        None => quote!(
            use ::blb_errors as __blb_errors;
        ),
    };
    let krate = quote!(__blb_errors);
    let expansion = match (cx.finish(), input) {
        (Ok(()), Some(input)) => expand(&Params::new(&input, krate), &krate_use),
        (Err(errors), input) => {
            // A code also in an included catalogue is found by constant evaluation: the checks of
            // the variants without mistakes go out with the errors, so that it shows in this build.
            let checks = input
                .as_ref()
                .map(|input| cross_checks(&Params::new(input, krate.clone())))
                .unwrap_or_default();
            fallback::expand(original, &krate, &krate_use, &checks, &errors)
        }
        // `from_syn` gives `None` only after recording an error.
        (Ok(()), None) => fallback::expand(
            original,
            &krate,
            &krate_use,
            &[],
            &syn::Error::new_spanned(&original.ident, "invalid input"),
        ),
    };
    debug::print_if_asked(&original.ident, &expansion);
    expansion
}

/// What every generated piece reads: the input, where blb-errors is, and the variants by role.
pub struct Params<'a> {
    pub input: &'a Input<'a>,
    /// The path of blb-errors (`::blb_errors`, or `#[api(crate = ...)]`).
    pub krate: TokenStream,
    /// The own codes, in declaration order: a code's ordinal is its index here.
    pub own: Vec<Own<'a>>,
    /// The `#[api(transparent)]` variants, each including another catalogue.
    pub transparent: Vec<&'a Variant<'a>>,
    /// The `#[api(unknown)]` variant.
    pub unknown: Option<&'a Variant<'a>>,
}

/// A variant with a code of this catalogue.
pub struct Own<'a> {
    pub variant: &'a Variant<'a>,
    pub spec: &'a OwnCode,
    /// Its index among the own codes, and in the own rows (`catalogue::OWN_ROWS`).
    pub ordinal: usize,
}

impl<'a> Params<'a> {
    fn new(input: &'a Input<'a>, krate: TokenStream) -> Self {
        let mut own = Vec::new();
        let mut transparent = Vec::new();
        let mut unknown = None;
        for variant in &input.variants {
            match &variant.kind {
                Some(Kind::Own(spec)) => own.push(Own {
                    variant,
                    spec,
                    ordinal: own.len(),
                }),
                Some(Kind::Transparent) => transparent.push(variant),
                Some(Kind::Unknown) => unknown = Some(variant),
                None => {}
            }
        }
        Self {
            input,
            krate,
            own,
            transparent,
            unknown,
        }
    }

    pub fn ty(&self) -> &Ident {
        &self.input.original.ident
    }

    /// `match self { ... }` over every variant, `match *self {}` for an enum without variants
    /// (whose references still need a dereference to match). `arms` for particular variants come
    /// first; `rest` takes the others.
    pub fn match_self(&self, arms: &[TokenStream], rest: &TokenStream) -> TokenStream {
        if self.input.variants.is_empty() {
            return quote!(match *self {});
        }
        if arms.is_empty() {
            return rest.clone();
        }
        quote! {
            match self {
                #(#arms)*
                #[allow(unreachable_patterns)]
                _ => #rest,
            }
        }
    }
}

fn expand(params: &Params, krate_use: &TokenStream) -> TokenStream {
    let ty = params.ty();
    let krate = &params.krate;
    let (impl_generics, ty_generics, _) = params.input.original.generics.split_for_impl();
    let bounds = Bounds::new(params.input);
    let display_where = bounds.where_clause(&[]);
    // Only the `Error` impl asks for `Debug`, so that a missing `#[derive(Debug)]` is one error,
    // at the enum's name: `Debug` is a bound only where the enum's type parameters decide it.
    // The other impls would check it again through their supertraits; each is bounded by the
    // trait below it instead, which brings `Debug` along. The bound is higher-ranked because the
    // compiler checks a bound without parameters where the impl is written, and would report the
    // missing `Debug` there.
    let has_type_parameters = params
        .input
        .original
        .generics
        .type_params()
        .next()
        .is_some();
    let debug_bound = has_type_parameters.then(|| quote!(#ty #ty_generics: ::core::fmt::Debug));
    let error_where = bounds.where_clause(debug_bound.as_slice());
    let error_trait = quote_spanned!(ty.span()=> ::std::error::Error);
    let api_where = bounds.where_clause(&[quote!(for<'__blb_errors> Self: ::std::error::Error)]);
    let catalogue_where = bounds.where_clause(&[quote!(for<'__blb_errors> Self: #krate::ApiError)]);

    let catalogue = catalogue_items(params);
    let catalogue_static = catalogue_static(params);
    let lookup = lookup_items(params);
    let ordinal = ordinal_items(params);
    let api_error = api_error_impl(params);
    let display = display_impl(params);
    let error = error_impl(params);
    let from = from_impls(params);

    quote! {
        #[doc(hidden)]
        #[allow(
            non_upper_case_globals,
            unused_attributes,
            unused_qualifications,
            clippy::absolute_paths,
        )]
        const _: () = {
            #krate_use
            #catalogue
            #lookup
            #ordinal

            #[automatically_derived]
            impl #impl_generics #krate::__private::ConstCatalogue for #ty #ty_generics #catalogue_where {
                const ENTRIES: &'static [#krate::CatalogueEntry] = &#catalogue_static;
            }

            #[automatically_derived]
            impl #impl_generics #krate::ApiError for #ty #ty_generics #api_where {
                #api_error
            }

            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ty #ty_generics #display_where {
                #display
            }

            #[automatically_derived]
            impl #impl_generics #error_trait for #ty #ty_generics #error_where {
                #error
            }

            #from
        };
    }
}

/// The name a field is bound to in a generated pattern, spanned at the field's type: an error
/// about the value (no `Display` for it) points there.
pub fn field_binding(index: usize, ty: &Type) -> Ident {
    Ident::new(&format!("__field{index}"), first_span(ty))
}

/// The capture slots of a template: the fields it writes, each once, in order of first
/// appearance. A placeholder's slot is its field's index here.
pub fn capture_slots(template: &Template) -> Vec<usize> {
    let mut slots = Vec::new();
    for index in template.field_indices() {
        if !slots.contains(&index) {
            slots.push(index);
        }
    }
    slots
}

/// `<Field as ConstCatalogue>::item`: an item of the catalogue a transparent field includes,
/// spanned at the field's type. Generated code reaches the field through this alone, so that a
/// type that is not a catalogue is one error there.
pub fn included(krate: &TokenStream, ty: &Type, item: &str) -> TokenStream {
    through(ty, &quote!(#krate::__private::ConstCatalogue), item)
}

/// `<Field as UnknownField>::item`, for the field of the unknown variant, spanned at its type:
/// a field of another type than `UnknownCode` is one error there.
pub fn unknown_field(krate: &TokenStream, ty: &Type, item: &str) -> TokenStream {
    through(ty, &quote!(#krate::__private::UnknownField), item)
}

/// `<ty as bound>::name`, its first token at the type's first and its last at the type's last, so
/// that an error about the path underlines the whole type.
fn through(ty: &Type, bound: &TokenStream, name: &str) -> TokenStream {
    let mut tokens = ty.to_token_stream().into_iter();
    let first = tokens
        .next()
        .map_or_else(Span::call_site, |token| token.span());
    let last = tokens.last().map_or(first, |token| token.span());
    let name = Ident::new(name, last);
    let open = quote_spanned!(first=> <);
    quote!(#open #ty as #bound>::#name)
}

fn first_span(ty: &Type) -> Span {
    ty.to_token_stream()
        .into_iter()
        .next()
        .map_or_else(Span::call_site, |token| token.span())
}

/// `Self::V { 0: __inner, .. }` for a one-field variant, and the binding.
pub fn single_field_pattern(enum_ty: &Ident, variant: &Variant) -> (TokenStream, Ident) {
    let ident = variant.ident();
    let member = &variant.fields[0].member;
    let inner = format_ident!("__inner");
    (quote!(#enum_ty::#ident { #member: #inner, .. }), inner)
}
