//! The where-clauses of the generated impls.

use proc_macro2::{TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::{Generics, Type};

use crate::internals::ast::Input;

/// Where-clauses the generated impls need: each field type that a message writes and that uses
/// the enum's type parameters must be `Display`. A type with only the enum's lifetimes or const
/// parameters is a type like any other: it is `Display` or not, and a bound would only ask the
/// compiler to prove it for every lifetime.
pub struct Bounds<'a> {
    input: &'a Input<'a>,
    display: Vec<TokenStream>,
}

impl<'a> Bounds<'a> {
    pub fn new(input: &'a Input<'a>) -> Self {
        let generics = &input.original.generics;
        let mut seen = Vec::new();
        let mut display = Vec::new();
        for variant in &input.variants {
            let Some(own) = variant.own() else { continue };
            for index in own.template.field_indices() {
                let ty = &variant.fields[index].ty;
                let key = ty.to_token_stream().to_string();
                if mentions_type_parameter(ty, generics) && !seen.contains(&key) {
                    seen.push(key);
                    display.push(quote!(#ty: ::core::fmt::Display));
                }
            }
        }
        Self { input, display }
    }

    pub fn where_clause(&self, extra: &[TokenStream]) -> TokenStream {
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

/// Whether `ty` names one of the type parameters of `generics`.
pub fn mentions_type_parameter(ty: &Type, generics: &Generics) -> bool {
    let names: Vec<&syn::Ident> = generics.type_params().map(|param| &param.ident).collect();
    !names.is_empty() && mentions(ty.to_token_stream(), &names)
}

fn mentions(tokens: TokenStream, names: &[&syn::Ident]) -> bool {
    // A lifetime is a `'` and an ident, in a namespace of its own: `'T` is not `T`.
    let mut after_quote = false;
    tokens.into_iter().any(|token| {
        let lifetime = std::mem::replace(
            &mut after_quote,
            matches!(&token, TokenTree::Punct(punct) if punct.as_char() == '\''),
        );
        match token {
            TokenTree::Ident(ident) => !lifetime && names.iter().any(|name| **name == ident),
            TokenTree::Group(group) => mentions(group.stream(), names),
            TokenTree::Punct(_) | TokenTree::Literal(_) => false,
        }
    })
}
