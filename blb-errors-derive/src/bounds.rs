//! The where-clauses of the generated impls.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};

use crate::internals::ast::Input;
use crate::internals::check;

/// Where-clauses the generated impls need: each field type that a message writes and that uses
/// the enum's generic parameters must be `Display`.
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
                if check::uses_generics(ty, generics) && !seen.contains(&key) {
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
