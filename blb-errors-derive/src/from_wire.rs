//! `from_wire(code, message, status)`: the value a server meant, fields recovered from its message.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::catalogue::own_rows;
use crate::expand::{Own, Params};

pub fn from_wire_body(params: &Params) -> TokenStream {
    let krate = &params.krate;
    // Unit variants, and variants whose fields cannot all be recovered (`None`), are `__unit`'s.
    let recovered: Vec<&Own> = params
        .own
        .iter()
        .filter(|own| !own.variant.fields.is_empty() && recoverable(own))
        .collect();
    let own = if recovered.is_empty() {
        quote!(return <Self as __BlbErrorsOwn>::__unit(__ordinal);)
    } else {
        // The message is matched once against the parts the row keeps; an arm then only parses
        // its fields.
        let capture_count = recovered
            .iter()
            .map(|own| own.spec.template.field_indices().count())
            .max()
            .unwrap_or(0);
        let arms = recovered.iter().map(|own| {
            let ordinal = Literal::usize_unsuffixed(own.ordinal);
            let value = recover_fields(own, krate);
            quote!(#ordinal => #value,)
        });
        let own_rows = own_rows();
        quote! {
            use #krate::__private::{RecoverFallback as _, RecoverParse as _};
            let __entry = &#own_rows[__ordinal];
            if !__entry.has_placeholders() {
                return <Self as __BlbErrorsOwn>::__unit(__ordinal);
            }
            let __captures = #krate::__private::match_template::<#capture_count>(__entry.__parts(), __message)?;
            return match __ordinal {
                #(#arms)*
                _ => <Self as __BlbErrorsOwn>::__unit(__ordinal),
            };
        }
    };
    let inner_known = params.transparent.iter().map(|variant| {
        let (ident, field) = (variant.ident(), &variant.fields[0]);
        let (member, inner) = (&field.member, &field.ty);
        quote! {
            if <#inner as #krate::ApiError>::lookup(__code).is_some() {
                return ::core::option::Option::map(
                    <#inner as #krate::ApiError>::from_wire(__code, __message, __status),
                    |__value| Self::#ident { #member: __value },
                );
            }
        }
    });
    let fallback = if let Some(variant) = params.unknown {
        let (ident, member) = (variant.ident(), &variant.fields[0].member);
        quote! {
            ::core::option::Option::Some(Self::#ident {
                #member: #krate::UnknownCode::new(__code, __message, __status),
            })
        }
    } else {
        // No unknown variant here: an included catalogue's may take the code.
        let inner_unknown = params.transparent.iter().map(|variant| {
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

/// A variant's fields can be recovered from a server's message when the template names them all.
fn recoverable(own: &Own) -> bool {
    (0..own.variant.fields.len())
        .all(|index| own.spec.template.field_indices().any(|used| used == index))
}

/// `Some(Self::V { .. })` with each field parsed from the text captured for its placeholder; `?`
/// returns `None` from `from_wire` when a field does not parse. The autoref pair picks `FromStr`
/// where the field's type has it and the fallback (`None`) where it does not.
fn recover_fields(own: &Own, krate: &TokenStream) -> TokenStream {
    let recover = quote!(#krate::__private::Recover);
    let ident = own.variant.ident();
    let placeholders: Vec<usize> = own.spec.template.field_indices().collect();
    let fields = own.variant.fields.iter().enumerate().map(|(index, field)| {
        let (member, ty) = (&field.member, &field.ty);
        let capture = placeholders
            .iter()
            .position(|&used| used == index)
            .unwrap_or(0);
        quote!(#member: (&#recover::<#ty>::new()).recover(__captures[#capture])?)
    });
    quote!(::core::option::Option::Some(Self::#ident { #(#fields),* }))
}
