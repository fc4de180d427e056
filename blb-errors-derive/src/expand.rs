//! Generates the impls for a valid input. Everything is inside one `const _: () = { ... };` so the
//! helper items (the catalogue array, the lookup function) stay private to this derive.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident, Type};

use crate::ast::{Field, Input, Kind, OwnCode, Variant};
use crate::check;
use crate::ctxt::Ctxt;
use crate::debug;
use crate::dispatch;
use crate::fallback;
use crate::json;
use crate::template::Piece;

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

/// A variant's place among the catalogue's own codes and in the composed catalogue.
struct Placed<'v, 'a> {
    variant: &'v Variant<'a>,
    own: &'v OwnCode,
    ordinal: usize,
    position: TokenStream,
}

fn expand(input: &Input, krate: &TokenStream) -> TokenStream {
    let ty = &input.original.ident;
    let (impl_generics, ty_generics, _) = input.original.generics.split_for_impl();
    let entries_of = |inner: &Type| quote!(<#inner as #krate::__private::ConstCatalogue>::ENTRIES);

    // Walk the variants in order: own codes fill segments, each transparent variant adds its
    // catalogue as a segment of its own.
    let mut segments = Vec::new();
    let mut current = Vec::new();
    let mut inner_lengths = Vec::new();
    let mut placed = Vec::new();
    let mut transparent = Vec::new();
    let mut unknown = None;
    for variant in &input.variants {
        match &variant.kind {
            Some(Kind::Own(own)) => {
                let ordinal = placed.len();
                let position = quote!(#ordinal #(+ #inner_lengths)*);
                current.push(entry(own));
                placed.push(Placed {
                    variant,
                    own,
                    ordinal,
                    position,
                });
            }
            Some(Kind::Transparent) => {
                segments.push(quote!(&[#(#current),*]));
                current.clear();
                let inner = entries_of(&variant.fields[0].ty);
                segments.push(inner.clone());
                inner_lengths.push(quote!(#inner.len()));
                transparent.push(variant);
            }
            Some(Kind::Unknown) => unknown = Some(variant),
            None => {}
        }
    }
    segments.push(quote!(&[#(#current),*]));
    let own_count = placed.len();
    let positions = placed.iter().map(|placed| &placed.position);
    let cross_checks = cross_checks(ty, &placed, &transparent, krate);
    let index_fns = dispatch::index_fns(
        &placed
            .iter()
            .map(|placed| (placed.own.code.value(), placed.ordinal))
            .collect::<Vec<_>>(),
        krate,
    );
    let lookup_hashed = lookup_hashed_body(&transparent, krate);
    let templates = placed
        .iter()
        .filter_map(|placed| template_const(placed, krate));

    let bounds = Bounds::new(input);
    let display_where = bounds.where_clause(&[]);
    let debug_bound = quote!(#ty #ty_generics: ::core::fmt::Debug);
    let error_where = bounds.where_clause(&[debug_bound]);
    let plain_where = &input.original.generics.where_clause;

    let api_error = api_error_impl(input, &placed, &transparent, unknown, krate);
    let display = display_impl(input, &placed, &transparent, unknown);
    let own_impl = own_impl(input, &placed);
    // The message of each own code whose message has no placeholder ("" for the others): read by
    // `message()` and `Display`, so that only templated variants need an arm of their own.
    let texts = placed.iter().map(|placed| {
        placed
            .own
            .template
            .as_static()
            .map_or_else(|| Literal::string(""), |text| Literal::string(&text))
    });
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
            /// `CatalogueEntry::__new`, by a short name: a large catalogue calls it a thousand times.
            const fn __blb_errors_entry(
                __code: &'static str,
                __status: u16,
                __message: &'static str,
                __description: &'static str,
                __retryable: bool,
                __json_tail: &'static str,
            ) -> #krate::CatalogueEntry {
                #krate::CatalogueEntry::__new(__code, __status, __message, __description, __retryable, __json_tail)
            }
            const __BLB_ERRORS_LEN: usize = #own_count #(+ #inner_lengths)*;
            const __BLB_ERRORS_CATALOGUE: [#krate::CatalogueEntry; __BLB_ERRORS_LEN] =
                #krate::__private::compose::<__BLB_ERRORS_LEN>(&[#(#segments),*]);
            const __BLB_ERRORS_POSITIONS: [usize; #own_count] = [#(#positions),*];
            static __BLB_ERRORS_TEXTS: [&str; #own_count] = [#(#texts),*];
            #(#cross_checks)*
            #(#templates)*

            #index_fns

            /// Each own code's ordinal, and the value of a unit variant from it.
            trait __BlbErrorsOwn: ::core::marker::Sized {
                fn __ordinal(&self) -> ::core::option::Option<usize>;
                fn __unit(__ordinal: usize) -> ::core::option::Option<Self>;
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

fn entry(own: &OwnCode) -> TokenStream {
    let code = &own.code;
    let status = Literal::u16_unsuffixed(own.status.value);
    let message = &own.message;
    let description = Literal::string(&own.description);
    let retryable = own.retryable;
    let json_tail = own.template.as_static().map_or_else(String::new, |text| {
        format!(
            "\",\"code\":\"{}\",\"message\":\"{}\"}}",
            json::escape(&code.value()),
            json::escape(&text)
        )
    });
    quote!(__blb_errors_entry(#code, #status, #message, #description, #retryable, #json_tail))
}

/// Compile-time checks that composing catalogues did not give a code twice: a panic in a constant
/// is a compile error, at the code literal or the transparent field.
fn cross_checks(
    ty: &Ident,
    placed: &[Placed],
    transparent: &[&Variant],
    krate: &TokenStream,
) -> Vec<TokenStream> {
    let mut checks = Vec::new();
    for inner_variant in transparent {
        let inner = &inner_variant.fields[0].ty;
        let inner_name = inner.to_token_stream().to_string();
        for own in placed {
            let code = own.own.code.value();
            let message = format!(
                "error code `{code}` of `{ty}::{}` is also in `{inner_name}`, included by `{ty}::{}`: each code may appear once in a composed catalogue",
                own.variant.ident(),
                inner_variant.ident()
            );
            checks.push(quote_spanned! {own.own.code.span()=>
                const _: () = if #krate::__private::contains_code(<#inner as #krate::__private::ConstCatalogue>::ENTRIES, #code) {
                    ::core::panic!(#message)
                };
            });
        }
    }
    for (index, left_variant) in transparent.iter().enumerate() {
        for right_variant in &transparent[index + 1..] {
            let (left, right) = (&left_variant.fields[0].ty, &right_variant.fields[0].ty);
            let left_name = left.to_token_stream().to_string();
            let right_name = right.to_token_stream().to_string();
            checks.push(quote_spanned! {right.span()=>
                const _: () = if let ::core::option::Option::Some(__code) = #krate::__private::first_shared_code(
                    <#left as #krate::__private::ConstCatalogue>::ENTRIES,
                    <#right as #krate::__private::ConstCatalogue>::ENTRIES,
                ) {
                    ::core::panic!("{}", #krate::__private::duplicate_message(__code, #left_name, #right_name).as_str())
                };
            });
        }
    }
    checks
}

/// A variant's fields can be recovered from a server's message when the template names them all.
fn recoverable(variant: &Variant, own: &OwnCode) -> bool {
    (0..variant.fields.len()).all(|index| own.template.field_indices().any(|used| used == index))
}

fn template_name(ordinal: usize) -> Ident {
    format_ident!("__BLB_ERRORS_TEMPLATE_{}", ordinal)
}

fn template_const(placed: &Placed, krate: &TokenStream) -> Option<TokenStream> {
    if placed.variant.fields.is_empty() || !recoverable(placed.variant, placed.own) {
        return None;
    }
    let parts = placed.own.template.pieces.iter().map(|piece| match piece {
        Piece::Literal(text) => quote!(#krate::__private::TemplatePart::Literal(#text)),
        Piece::Field(_) => quote!(#krate::__private::TemplatePart::Field),
    });
    let name = template_name(placed.ordinal);
    Some(quote!(const #name: &[#krate::__private::TemplatePart] = &[#(#parts),*];))
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

/// `__BlbErrorsOwn`: one arm per own code to find its ordinal, and one per unit variant to make it.
/// The other methods read the catalogue entry and the static message through the ordinal, so
/// only variants that need their own code (templated messages, recovered fields) have more arms.
fn own_impl(input: &Input, placed: &[Placed]) -> TokenStream {
    // Arms as short as they can be (`Some(..)` is written once, around the match): a large
    // catalogue has a thousand of each.
    let ordinal_arms = placed.iter().map(|placed| {
        let (ident, ordinal) = (placed.variant.ident(), placed.ordinal);
        quote!(Self::#ident { .. } => #ordinal,)
    });
    let ordinal = if input.variants.is_empty() {
        quote!(match *self {})
    } else if placed.is_empty() {
        // No own code: a match whose arms all return would be unreachable code.
        quote!(::core::option::Option::None)
    } else {
        quote! {
            ::core::option::Option::Some(match self {
                #(#ordinal_arms)*
                #[allow(unreachable_patterns)]
                _ => return ::core::option::Option::None,
            })
        }
    };
    let unit_arms: Vec<TokenStream> = placed
        .iter()
        .filter(|placed| placed.variant.fields.is_empty())
        .map(|placed| {
            let (ident, ordinal) = (placed.variant.ident(), placed.ordinal);
            quote!(#ordinal => Self::#ident {},)
        })
        .collect();
    let unit = if unit_arms.is_empty() {
        quote! {
            let _ = __ordinal;
            ::core::option::Option::None
        }
    } else {
        quote! {
            ::core::option::Option::Some(match __ordinal {
                #(#unit_arms)*
                // A code whose variant carries fields has no value without them.
                _ => return ::core::option::Option::None,
            })
        }
    };
    quote! {
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

fn api_error_impl(
    input: &Input,
    placed: &[Placed],
    transparent: &[&Variant],
    unknown: Option<&Variant>,
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

    // Templated messages are written by `Display`; the others are in `__BLB_ERRORS_TEXTS`.
    let templated: Vec<TokenStream> = placed
        .iter()
        .filter(|placed| placed.own.template.as_static().is_none())
        .map(|placed| {
            let ident = placed.variant.ident();
            quote!(Self::#ident { .. } => #krate::__private::Cow::Owned(::std::string::ToString::to_string(self)),)
        })
        .collect();
    let message = arms(
        templated,
        &|inner| quote!(<_ as #api>::message(#inner)),
        &|inner| quote!(#krate::__private::Cow::Borrowed(#unknown_code::message(#inner))),
        quote!(#krate::__private::Cow::Borrowed(#ordinal.map_or("", |__ordinal| __BLB_ERRORS_TEXTS[__ordinal]))),
    );
    let entry = arms(
        Vec::new(),
        &|inner| quote!(<_ as #api>::entry(#inner)),
        &|_| quote!(::core::option::Option::None),
        quote!(#ordinal.map(|__ordinal| &<Self as #krate::__private::ConstCatalogue>::ENTRIES[__BLB_ERRORS_POSITIONS[__ordinal]])),
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

    let from_code = from_code_body(placed, transparent, krate);
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
fn lookup_hashed_body(transparent: &[&Variant], krate: &TokenStream) -> TokenStream {
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
            return ::core::option::Option::Some(
                &<Self as #krate::__private::ConstCatalogue>::ENTRIES[__BLB_ERRORS_POSITIONS[__ordinal]],
            );
        }
        #(#inner_lookups)*
        ::core::option::Option::None
    }
}

/// Up to this many codes, `from_code` matches the code string itself: the compiler turns that into
/// a jump on the length and inline compares, which is faster than hashing for a handful of codes.
/// Above it, the perfect hash table finds the code in constant time.
const STRING_MATCH_LIMIT: usize = 64;

fn from_code_body(placed: &[Placed], transparent: &[&Variant], krate: &TokenStream) -> TokenStream {
    let by_string = placed.len() <= STRING_MATCH_LIMIT;
    let (scrutinee, own_arms) = if by_string {
        let arms: Vec<TokenStream> = placed
            .iter()
            .map(|placed| {
                let (ident, code) = (placed.variant.ident(), &placed.own.code);
                if placed.variant.fields.is_empty() {
                    quote!(#code => return ::core::option::Option::Some(Self::#ident {}),)
                } else {
                    // A code whose variant carries fields has no value without them.
                    quote!(#code => return ::core::option::Option::None,)
                }
            })
            .collect();
        (quote!(__code), quote!(#(#arms)* _ => {}))
    } else {
        let arms = quote! {
            // `None` for a code whose variant carries fields.
            ::core::option::Option::Some(__ordinal) => return <Self as __BlbErrorsOwn>::__unit(__ordinal),
            ::core::option::Option::None => {}
        };
        (quote!(__blb_errors_index(__code)), arms)
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
        match #scrutinee {
            #own_arms
        }
        #(#inner)*
        ::core::option::Option::None
    }
}

fn from_wire_body(
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
            let body = recover_fields(placed, krate);
            quote!(#ordinal => #body,)
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

/// `Some(Self::V { .. })` with each field parsed from its placeholder's text, or `None`.
fn recover_fields(placed: &Placed, krate: &TokenStream) -> TokenStream {
    let ident = placed.variant.ident();
    let template = template_name(placed.ordinal);
    let placeholders: Vec<usize> = placed.own.template.field_indices().collect();
    let count = placeholders.len();
    let fields = placed.variant.fields.iter().enumerate().map(|(index, Field { member, ty, .. })| {
        let capture = placeholders.iter().position(|&used| used == index).unwrap_or(0);
        quote!(#member: (&#krate::__private::Recover::<#ty>::new()).recover(__captures[#capture])?)
    });
    quote! {
        (|| {
            use #krate::__private::{RecoverFallback as _, RecoverParse as _};
            let __captures = #krate::__private::match_template::<#count>(#template, __message)?;
            ::core::option::Option::Some(Self::#ident { #(#fields),* })
        })()
    }
}

fn display_impl(
    input: &Input,
    placed: &[Placed],
    transparent: &[&Variant],
    unknown: Option<&Variant>,
) -> TokenStream {
    let mut arms = Vec::new();
    // Static messages are written from `__BLB_ERRORS_TEXTS`: arms for templated ones only.
    for placed in placed
        .iter()
        .filter(|placed| placed.own.template.as_static().is_none())
    {
        let ident = placed.variant.ident();
        let used: Vec<usize> = {
            let mut used: Vec<usize> = placed.own.template.field_indices().collect();
            used.sort_unstable();
            used.dedup();
            used
        };
        let bindings = used.iter().map(|&index| {
            let member = &placed.variant.fields[index].member;
            let binding = field_binding(index);
            quote!(#member: #binding)
        });
        let writes = placed.own.template.pieces.iter().map(|piece| match piece {
            Piece::Literal(text) => quote!(__formatter.write_str(#text)?;),
            Piece::Field(index) => {
                let binding = field_binding(*index);
                quote!(::core::fmt::Display::fmt(#binding, __formatter)?;)
            }
        });
        arms.push(quote! {
            Self::#ident { #(#bindings,)* .. } => {
                #(#writes)*
                ::core::result::Result::Ok(())
            }
        });
    }
    for variant in transparent.iter().chain(unknown.as_ref()) {
        let (pattern, inner) = single_field_pattern(variant);
        arms.push(quote!(#pattern => ::core::fmt::Display::fmt(#inner, __formatter),));
    }
    let match_self = if input.variants.is_empty() {
        quote!(match *self {})
    } else {
        quote! {
            match self {
                #(#arms)*
                #[allow(unreachable_patterns)]
                _ => __formatter.write_str(
                    <Self as __BlbErrorsOwn>::__ordinal(self).map_or("", |__ordinal| __BLB_ERRORS_TEXTS[__ordinal]),
                ),
            }
        }
    };
    quote! {
        fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            #match_self
        }
    }
}

/// Where-clauses the generated impls need: each field type that a message writes and that uses
/// the enum's generic parameters must be `Display`.
struct Bounds<'a> {
    input: &'a Input<'a>,
    display: Vec<TokenStream>,
}

impl<'a> Bounds<'a> {
    fn new(input: &'a Input<'a>) -> Self {
        let generics = &input.original.generics;
        let mut seen = Vec::new();
        let mut display = Vec::new();
        for variant in &input.variants {
            let Some(own) = variant.own() else { continue };
            for index in own.template.field_indices() {
                let ty = &variant.fields[index].ty;
                let key = ty.to_token_stream().to_string();
                if check::uses_generics(ty, generics) && !seen.contains(&key) {
                    seen.push(key);
                    display.push(quote!(#ty: ::core::fmt::Display));
                }
            }
        }
        Self { input, display }
    }

    fn where_clause(&self, extra: &[TokenStream]) -> TokenStream {
        let existing = self
            .input
            .original
            .generics
            .where_clause
            .as_ref()
            .map(|clause| {
                clause
                    .predicates
                    .iter()
                    .map(ToTokens::to_token_stream)
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        let all: Vec<&TokenStream> = existing.iter().chain(&self.display).chain(extra).collect();
        if all.is_empty() {
            TokenStream::new()
        } else {
            quote!(where #(#all),*)
        }
    }
}
