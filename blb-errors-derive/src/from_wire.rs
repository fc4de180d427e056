//! `from_wire(code, message, status)`: the value a server meant, fields recovered from its message.
//!
//! A field is recovered with its type's `FromStr`. A variant is recovered when its message names
//! every field and no field's type uses the enum's type parameters: such a field would need a
//! `FromStr` bound on the whole impl. Other variants with fields have no value from the wire.

use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

use crate::bounds::mentions_type_parameter;
use crate::catalogue::own_rows;
use crate::expand::{Own, Params, capture_slots, included, unknown_field};

pub fn from_wire_body(params: &Params) -> TokenStream {
    let enum_ty = params.ty();
    let krate = &params.krate;
    let none = quote!(::core::option::Option::None);
    // Unit variants, and variants whose fields cannot all be recovered (`None`), are `__unit`'s.
    let recovered: Vec<&Own> = params
        .own
        .iter()
        .filter(|own| !own.variant.fields.is_empty() && recoverable(params, own))
        .collect();
    let own = if recovered.is_empty() {
        quote!(return <Self as __BlbErrorsOwn>::__unit(__ordinal);)
    } else {
        // The message is read once for every split the template allows, until a variant's
        // fields all parse from one of them: an arm only parses its fields.
        let slot_count = recovered
            .iter()
            .map(|own| capture_slots(&own.spec.template).len())
            .max()
            .unwrap_or(0);
        let arms = recovered.iter().map(|own| {
            let ordinal = Literal::usize_unsuffixed(own.ordinal);
            let value = recover_fields(own, enum_ty, krate);
            quote!(#ordinal => #value,)
        });
        let own_rows = own_rows();
        quote! {
            use #krate::__private::{RecoverFallback as _, RecoverParse as _};
            let __entry = &#own_rows[__ordinal];
            if !__BlbErrorsRow::has_placeholders(__entry) {
                return <Self as __BlbErrorsOwn>::__unit(__ordinal);
            }
            let mut __readings = #krate::__private::Readings::<#slot_count>::new(
                __BlbErrorsRow::__parts(__entry),
                __message,
            );
            while let ::core::option::Option::Some(__captures) = ::core::iter::Iterator::next(&mut __readings) {
                match __ordinal {
                    #(#arms)*
                    _ => return <Self as __BlbErrorsOwn>::__unit(__ordinal),
                }
            }
            return #none;
        }
    };
    let inner_known = params.transparent.iter().map(|variant| {
        let (ident, field) = (variant.ident(), &variant.fields[0]);
        let lookup = included(krate, &field.ty, "lookup");
        let (member, from_wire) = (&field.member, included(krate, &field.ty, "from_wire"));
        quote! {
            if ::core::option::Option::is_some(&#lookup(__code)) {
                return ::core::option::Option::map(
                    #from_wire(__code, __message, __status),
                    |__value| #enum_ty::#ident { #member: __value },
                );
            }
        }
    });
    let fallback = if let Some(variant) = params.unknown {
        let (ident, field) = (variant.ident(), &variant.fields[0]);
        let (member, new) = (&field.member, unknown_field(krate, &field.ty, "new"));
        quote! {
            ::core::option::Option::Some(#enum_ty::#ident {
                #member: #new(__code, __message, __status),
            })
        }
    } else {
        // No unknown variant here: an included catalogue's may take the code.
        let inner_unknown = params.transparent.iter().map(|variant| {
            let (ident, field) = (variant.ident(), &variant.fields[0]);
            let (member, from_wire) = (&field.member, included(krate, &field.ty, "from_wire"));
            quote! {
                if let ::core::option::Option::Some(__value) = #from_wire(__code, __message, __status) {
                    return ::core::option::Option::Some(#enum_ty::#ident { #member: __value });
                }
            }
        });
        quote!(#(#inner_unknown)* #none)
    };
    quote! {
        if let ::core::option::Option::Some(__ordinal) = __blb_errors_index(__code) {
            #own
        }
        #(#inner_known)*
        #fallback
    }
}

/// Whether `from_wire` can recover the variant's fields: the template names them all, and none
/// uses the enum's type parameters.
fn recoverable(params: &Params, own: &Own) -> bool {
    let generics = &params.input.original.generics;
    let fields = &own.variant.fields;
    (0..fields.len()).all(|index| own.spec.template.field_indices().any(|used| used == index))
        && !fields
            .iter()
            .any(|field| mentions_type_parameter(&field.ty, generics))
}

/// `if let (Some(..), ..) = (..) { return Some(E::V { .. }) }`, each field parsed from the text
/// of its capture slot; when one does not parse, the next reading is tried. The autoref pair picks
/// `FromStr` where the field's type has it and the fallback (`None`) where it does not: the only
/// method call in generated code, under a name no user trait has.
fn recover_fields(own: &Own, enum_ty: &syn::Ident, krate: &TokenStream) -> TokenStream {
    let recover = quote!(#krate::__private::Recover);
    let some = quote!(::core::option::Option::Some);
    let ident = own.variant.ident();
    let slots = capture_slots(&own.spec.template);
    let fields = &own.variant.fields;
    let bindings: Vec<_> = (0..fields.len())
        .map(|index| format_ident!("__value{}", index))
        .collect();
    let parsed = fields.iter().enumerate().map(|(index, field)| {
        let ty = &field.ty;
        let slot = slots.iter().position(|&used| used == index).unwrap_or(0);
        quote!((&#recover::<#ty>::new()).__blb_errors_recover(__captures[#slot]))
    });
    let members = fields.iter().map(|field| &field.member);
    quote! {
        if let (#(#some(#bindings),)*) = (#(#parsed,)*) {
            return #some(#enum_ty::#ident { #(#members: #bindings),* });
        }
    }
}
