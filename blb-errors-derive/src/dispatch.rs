//! Lookup from a code string without comparing it to every code: the match is on the length,
//! then on the byte where codes of that length differ most, then one or two whole compares.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The body of `fn(code: &str) -> Option<usize>` that gives each code's ordinal.
pub fn index_body(codes: &[(String, usize)]) -> TokenStream {
    if codes.is_empty() {
        return quote!(::core::option::Option::None);
    }
    let mut by_length: BTreeMap<usize, Vec<(&[u8], usize)>> = BTreeMap::new();
    for (code, ordinal) in codes {
        by_length
            .entry(code.len())
            .or_default()
            .push((code.as_bytes(), *ordinal));
    }
    let arms = by_length.iter().map(|(length, group)| {
        let length = Literal::usize_unsuffixed(*length);
        let body = if group.len() == 1 {
            compare_chain(group)
        } else {
            by_byte(group)
        };
        quote!(#length => #body,)
    });
    quote! {
        let __bytes = __code.as_bytes();
        match __bytes.len() {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// Splits codes of one length on the byte position with the most distinct values.
fn by_byte(group: &[(&[u8], usize)]) -> TokenStream {
    let length = group[0].0.len();
    let position = (0..length)
        .max_by_key(|&position| {
            let distinct: BTreeSet<u8> = group.iter().map(|(code, _)| code[position]).collect();
            // Prefer the earliest position among equals: max_by_key keeps the last maximum.
            (distinct.len(), usize::MAX - position)
        })
        .unwrap_or(0);
    let mut buckets: BTreeMap<u8, Vec<(&[u8], usize)>> = BTreeMap::new();
    for &(code, ordinal) in group {
        buckets
            .entry(code[position])
            .or_default()
            .push((code, ordinal));
    }
    let arms = buckets.iter().map(|(byte, bucket)| {
        let byte = Literal::u8_suffixed(*byte);
        let chain = compare_chain(bucket);
        quote!(#byte => #chain,)
    });
    let position = Literal::usize_unsuffixed(position);
    quote! {
        match __bytes[#position] {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

fn compare_chain(bucket: &[(&[u8], usize)]) -> TokenStream {
    let tests = bucket.iter().map(|(code, ordinal)| {
        let code = Literal::byte_string(code);
        let ordinal = Literal::usize_unsuffixed(*ordinal);
        quote!(if __bytes == #code { ::core::option::Option::Some(#ordinal) } else)
    });
    quote!(#(#tests)* { ::core::option::Option::None })
}
