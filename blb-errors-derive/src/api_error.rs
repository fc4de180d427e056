//! The `ApiError` impl. An own code's status, code, message and retryability are read from its
//! row; an included catalogue and the unknown variant answer for their own values.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::Ident;
use syn::spanned::Spanned;

use crate::catalogue::{catalogue_static, own_rows};
use crate::expand::{Params, single_field_pattern};
use crate::from_wire::from_wire_body;
use crate::internals::ast::Kind;
use crate::lookup::{from_code_body, lookup_body};

pub fn api_error_impl(params: &Params) -> TokenStream {
    let krate = &params.krate;
    let api = quote!(#krate::ApiError);
    let unknown_code = quote!(#krate::UnknownCode);
    let own_rows = own_rows();
    let entry = quote! {
        ::core::option::Option::map(<Self as __BlbErrorsOwn>::__ordinal(self), |__ordinal| &#own_rows[__ordinal])
    };

    // A match with one arm for each included catalogue and for the unknown variant, delegating
    // to its one field; `own` arms (for particular own codes) first, `rest` for the other codes.
    let delegating = |own: Vec<TokenStream>,
                      transparent_arm: &dyn Fn(&Ident) -> TokenStream,
                      unknown_arm: &dyn Fn(&Ident) -> TokenStream,
                      rest: TokenStream| {
        let mut arms = own;
        for variant in &params.input.variants {
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
        params.match_self(&arms, &rest)
    };

    // A templated message is written by `Display`, the others are the row's: one test of the
    // row rather than an arm per templated variant. Only a message whose row escapes a brace
    // needs an arm.
    let unlike_row: Vec<TokenStream> = params
        .own
        .iter()
        .filter_map(|own| {
            let ident = own.variant.ident();
            let text = own.spec.static_text_unlike_catalogue()?;
            Some(quote!(Self::#ident { .. } => #krate::__private::Cow::Borrowed(#text),))
        })
        .collect();
    let message = delegating(
        unlike_row,
        &|inner| quote!(<_ as #api>::message(#inner)),
        &|inner| quote!(#krate::__private::Cow::Borrowed(#unknown_code::message(#inner))),
        quote! {
            match #entry {
                ::core::option::Option::Some(__entry) if __entry.has_placeholders() => {
                    #krate::__private::Cow::Owned(::std::string::ToString::to_string(self))
                }
                ::core::option::Option::Some(__entry) => #krate::__private::Cow::Borrowed(__entry.template()),
                ::core::option::Option::None => #krate::__private::Cow::Borrowed(""),
            }
        },
    );
    let entry_body = delegating(
        Vec::new(),
        &|inner| quote!(<_ as #api>::entry(#inner)),
        &|_| quote!(::core::option::Option::None),
        entry.clone(),
    );
    let status = delegating(
        Vec::new(),
        &|inner| quote!(<_ as #api>::status(#inner)),
        &|inner| quote!(#unknown_code::status(#inner)),
        quote!(::core::option::Option::map_or(#entry, 0, #krate::CatalogueEntry::status)),
    );
    let code = delegating(
        Vec::new(),
        &|inner| quote!(<_ as #api>::code(#inner)),
        &|inner| quote!(#unknown_code::code(#inner)),
        quote!(::core::option::Option::map_or(#entry, "", #krate::CatalogueEntry::code)),
    );
    let retryable = delegating(
        Vec::new(),
        &|inner| quote!(<_ as #api>::is_retryable(#inner)),
        &|inner| quote!(#unknown_code::is_retryable(#inner)),
        quote!(::core::option::Option::is_some_and(#entry, #krate::CatalogueEntry::is_retryable)),
    );

    let catalogue = catalogue_static(params);
    let lookup = lookup_body(params);
    let from_code = from_code_body(params);
    let from_wire = from_wire_body(params);

    // Inline: each method is compiled where it is used, and not at all when it is not.
    quote! {
        #[inline]
        fn status(&self) -> u16 { #status }
        #[inline]
        fn code(&self) -> &str { #code }
        #[inline]
        fn message(&self) -> #krate::__private::Cow<'_, str> { #message }
        #[inline]
        fn entry(&self) -> ::core::option::Option<&'static #krate::CatalogueEntry> { #entry_body }
        #[inline]
        fn is_retryable(&self) -> bool { #retryable }
        #[inline]
        fn catalogue() -> &'static [#krate::CatalogueEntry] { &#catalogue }
        #[inline]
        fn lookup(__code: &str) -> ::core::option::Option<&'static #krate::CatalogueEntry> { #lookup }
        #[inline]
        fn from_code(__code: &str) -> ::core::option::Option<Self> { #from_code }
        #[inline]
        fn from_wire(__code: &str, __message: &str, __status: u16) -> ::core::option::Option<Self> { #from_wire }
    }
}
