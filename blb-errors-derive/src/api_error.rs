//! The `ApiError` impl. An own code's status, code, message and retryability are read from its
//! row; an included catalogue and the unknown variant answer for their own values.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::Ident;

use crate::catalogue::catalogue_static;
use crate::expand::{Params, included, single_field_pattern, unknown_field};
use crate::from_wire::from_wire_body;
use crate::internals::ast::Kind;
use crate::lookup::{from_code_body, lookup_body};

pub fn api_error_impl(params: &Params) -> TokenStream {
    let enum_ty = params.ty();
    let krate = &params.krate;
    let row = quote!(#krate::CatalogueEntry);
    let unknown_code = quote!(#krate::UnknownCode);
    let entry = quote!(<Self as __BlbErrorsOwn>::__row(self));

    // A match with one arm for each included catalogue and for the unknown variant, calling
    // `method` of the included catalogue or of the `UnknownCode`; `own` arms (for particular own
    // codes) first, `rest` for the other codes. The arms reach the field through `included` and
    // `unknown_field`, so that a field of the wrong type is one error, at its type.
    let delegating = |own: Vec<TokenStream>, method: &str, rest: TokenStream| {
        let mut arms = own;
        let method_ident = Ident::new(method, Span::call_site());
        for variant in &params.input.variants {
            let ty = match &variant.kind {
                Some(Kind::Transparent | Kind::Unknown) => &variant.fields[0].ty,
                _ => continue,
            };
            let (pattern, inner) = single_field_pattern(params.ty(), variant);
            let body = if matches!(variant.kind, Some(Kind::Transparent)) {
                let call = included(krate, ty, method);
                quote!(#call(#inner))
            } else {
                let get = unknown_field(krate, ty, "get");
                let value = quote!(#unknown_code::#method_ident(#get(#inner)));
                match method {
                    "message" => quote!(#krate::__private::Cow::Borrowed(#value)),
                    "entry" => quote!(::core::option::Option::None),
                    _ => value,
                }
            };
            arms.push(quote!(#pattern => #body,));
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
            Some(quote!(#enum_ty::#ident { .. } => #krate::__private::Cow::Borrowed(#text),))
        })
        .collect();
    let message = delegating(
        unlike_row,
        "message",
        quote! {
            match #entry {
                ::core::option::Option::Some(__entry) if #row::has_placeholders(__entry) => {
                    #krate::__private::Cow::Owned(::std::string::ToString::to_string(self))
                }
                ::core::option::Option::Some(__entry) => #krate::__private::Cow::Borrowed(#row::template(__entry)),
                ::core::option::Option::None => #krate::__private::Cow::Borrowed(""),
            }
        },
    );
    let entry_body = delegating(Vec::new(), "entry", entry.clone());
    let status = delegating(
        Vec::new(),
        "status",
        quote!(::core::option::Option::map_or(#entry, 0, #row::status)),
    );
    let code = delegating(
        Vec::new(),
        "code",
        quote!(::core::option::Option::map_or(#entry, "", #row::code)),
    );
    let retryable = delegating(
        Vec::new(),
        "is_retryable",
        quote!(::core::option::Option::is_some_and(#entry, #row::is_retryable)),
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
