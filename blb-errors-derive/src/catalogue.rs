//! The catalogue: a static of the own codes' rows (`OWN_ROWS`), the composed catalogue when other
//! catalogues are included, and the compile-time checks that composing gives each code once.

use proc_macro2::{Literal, Span, TokenStream};
use quote::{ToTokens, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::expand::{Own, Params, capture_slots, included};
use crate::internals::attr::Advice;
use crate::internals::template::Piece;
use crate::internals::written::written;

/// The static of the own codes' rows, in declaration order: an own code's ordinal indexes it.
pub const OWN_ROWS: &str = "__BLB_ERRORS_OWN_ROWS";

/// The static of every row, included catalogues in their place, when there are any.
const COMPOSED: &str = "__BLB_ERRORS_COMPOSED";

/// The static `catalogue()` returns.
pub fn catalogue_static(params: &Params) -> TokenStream {
    let name = if params.transparent.is_empty() {
        OWN_ROWS
    } else {
        COMPOSED
    };
    syn::Ident::new(name, proc_macro2::Span::call_site()).into_token_stream()
}

/// The own rows by ordinal.
pub fn own_rows() -> TokenStream {
    syn::Ident::new(OWN_ROWS, proc_macro2::Span::call_site()).into_token_stream()
}

pub fn catalogue_items(params: &Params) -> TokenStream {
    let krate = &params.krate;
    let entry = quote!(#krate::CatalogueEntry);
    let rows = params.own.iter().map(row);
    let own_count = params.own.len();
    let own_rows = own_rows();
    let templated = params.own.iter().any(|own| own.spec.template.has_fields());
    let parts_names = templated.then(
        || quote!(use #krate::__private::TemplatePart::{Field as __Field, Literal as __Literal};),
    );
    let composed = (!params.transparent.is_empty()).then(|| composed(params));
    let checks = cross_checks(params);
    let retry_names = retry_names(params);
    quote! {
        #parts_names
        #retry_names
        use #krate::CatalogueEntry as __BlbErrorsRow;
        static #own_rows: [#entry; #own_count] = [#(#rows),*];
        #composed
        #(#checks)*
    }
}

/// The advice names the rows use, one `use` of the runtime's `RowRetry` variants, so that a row
/// spends one token on its advice.
fn retry_names(params: &Params) -> TokenStream {
    let krate = &params.krate;
    let mut used: Vec<&str> = Vec::new();
    for own in &params.own {
        let variant = own.spec.retry.map_or("Never", Advice::row_variant);
        if !used.contains(&variant) {
            used.push(variant);
        }
    }
    if used.is_empty() {
        return TokenStream::new();
    }
    let names = used.iter().map(|variant| {
        let (variant, local) = (
            syn::Ident::new(variant, Span::call_site()),
            retry_name(variant),
        );
        quote!(#variant as #local)
    });
    quote!(use #krate::__private::RowRetry::{#(#names),*};)
}

/// The local name of a `RowRetry` variant.
fn retry_name(variant: &str) -> syn::Ident {
    syn::Ident::new(&format!("__BlbErrorsRetry{variant}"), Span::call_site())
}

/// One own code's `CatalogueEntry`. Code and message are the literals as written.
fn row(own: &Own) -> TokenStream {
    let code = own.spec;
    let (literal, message) = (&code.code, &code.message);
    let status = Literal::u16_unsuffixed(code.status.value);
    let description = Literal::string(&code.description);
    let retryable = retry_name(code.retry.map_or("Never", Advice::row_variant));
    if !code.template.has_fields() {
        return quote!(__BlbErrorsRow::__new(#literal, #status, #message, #description, #retryable, &[]));
    }
    let slots = capture_slots(&code.template);
    let parts = code.template.pieces.iter().map(|piece| match piece {
        Piece::Literal(text) => quote!(__Literal(#text)),
        Piece::Field(index) => {
            let slot = slots.iter().position(|slot| slot == index).unwrap_or(0);
            let slot = Literal::usize_unsuffixed(slot);
            quote!(__Field(#slot))
        }
    });
    quote!(__BlbErrorsRow::__new(#literal, #status, #message, #description, #retryable, &[#(#parts),*]))
}

/// The composed catalogue: the own rows between the included catalogues, in declaration order.
fn composed(params: &Params) -> TokenStream {
    let krate = &params.krate;
    let mut segments = Vec::new();
    let mut lengths = Vec::new();
    let mut start = 0;
    let mut taken = 0;
    for variant in &params.input.variants {
        if variant.own().is_some() {
            taken += 1;
        } else if params
            .transparent
            .iter()
            .any(|transparent| std::ptr::eq(*transparent, variant))
        {
            segments.extend(own_segment(krate, start, taken));
            let entries = included(krate, &variant.fields[0].ty, "ENTRIES");
            segments.push(entries.clone());
            lengths.push(quote!(<[#krate::CatalogueEntry]>::len(#entries)));
            start = taken;
        }
    }
    segments.extend(own_segment(krate, start, taken));
    let composed = syn::Ident::new(COMPOSED, proc_macro2::Span::call_site());
    let own_count = params.own.len();
    quote! {
        const __BLB_ERRORS_LEN: usize = #own_count #(+ #lengths)*;
        static #composed: [#krate::CatalogueEntry; __BLB_ERRORS_LEN] =
            #krate::__private::compose::<__BLB_ERRORS_LEN>(&[#(#segments),*]);
    }
}

/// The own rows from `start` to `end`, when there are any.
fn own_segment(krate: &TokenStream, start: usize, end: usize) -> Option<TokenStream> {
    if start == end {
        return None;
    }
    let (own_rows, start, end) = (
        own_rows(),
        Literal::usize_suffixed(start),
        Literal::usize_suffixed(end),
    );
    Some(quote!(#krate::__private::rows(&#own_rows, #start, #end)))
}

/// Compile-time checks that composing catalogues did not give a code twice: a panic in a constant
/// is a compile error, at the code literal or the transparent field.
pub fn cross_checks(params: &Params) -> Vec<TokenStream> {
    let (ty, krate) = (params.ty(), &params.krate);
    let mut checks = Vec::new();
    for inner_variant in &params.transparent {
        let inner = &inner_variant.fields[0].ty;
        let inner_entries = included(krate, inner, "ENTRIES");
        let inner_name = written(inner);
        for own in &params.own {
            let code = &own.spec.code_text;
            let message = format!(
                "error code `{code}` of `{ty}::{}` is also in `{inner_name}`, included by `{ty}::{}`: each code may appear once in a composed catalogue",
                own.variant.ident(),
                inner_variant.ident()
            );
            checks.push(quote_spanned! {own.spec.code.span()=>
                const _: () = if #krate::__private::contains_code(#inner_entries, #code) {
                    ::core::panic!(#message)
                };
            });
        }
    }
    for (index, left_variant) in params.transparent.iter().enumerate() {
        for right_variant in &params.transparent[index + 1..] {
            let (left, right) = (&left_variant.fields[0].ty, &right_variant.fields[0].ty);
            let right_span = right.span();
            let (left_name, right_name) = (written(left), written(right));
            // The same type twice is reported by the check that each type is included once.
            if left_name == right_name {
                continue;
            }
            let (left, right) = (
                included(krate, left, "ENTRIES"),
                included(krate, right, "ENTRIES"),
            );
            checks.push(quote_spanned! {right_span=>
                const _: () = {
                    const __SHARED: ::core::option::Option<&str> = #krate::__private::first_shared_code(#left, #right);
                    const __LEN: usize = #krate::__private::duplicate_message_len(__SHARED, #left_name, #right_name);
                    if let ::core::option::Option::Some(__code) = __SHARED {
                        ::core::panic!("{}", #krate::__private::PanicMessage::as_str(&#krate::__private::duplicate_message::<__LEN>(__code, #left_name, #right_name)))
                    }
                };
            });
        }
    }
    checks
}
