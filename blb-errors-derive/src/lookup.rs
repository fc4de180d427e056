//! How a code string becomes a variant: `__blb_errors_index(code)` gives the own code's ordinal,
//! which `lookup` turns into the catalogue row and `from_code` and `from_wire` into a value; codes
//! of included catalogues are theirs to find.
//!
//! Up to [`MATCH_LIMIT`] codes, the index is a `match` on the code's length, then on the code
//! among those of that length: a jump and a compare or a few, cheaper than hashing for a few dozen
//! codes, and quick to compile. Above it, a perfect hash table built here finds a code with one
//! hash, a displacement and one slot read, however many codes there are; its data is one
//! byte-string literal, which costs the compiler a token.

use std::collections::{BTreeMap, HashSet};

use blb_errors_internals::{code_key, displaced_slot, phf_bucket, push_empty_slot, push_slot};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::catalogue::own_rows;
use crate::expand::{Params, included};

/// The most codes a catalogue finds with a `match`: up to here a match costs fewer instructions
/// than a hash and a slot read, and compiles quickly enough.
const MATCH_LIMIT: usize = 128;

/// `__blb_errors_index`, and the table it reads for a large catalogue.
pub fn lookup_items(params: &Params) -> TokenStream {
    let codes: Vec<&str> = params
        .own
        .iter()
        .map(|own| own.spec.code_text.as_str())
        .collect();
    let table = (codes.len() > MATCH_LIMIT)
        .then(|| perfect_hash(&codes))
        .flatten();
    let (items, body) = match table {
        Some(table) => hashed(&table, &codes, &params.krate),
        // Also a large catalogue two of whose codes hash alike.
        None => (TokenStream::new(), by_match(&codes)),
    };
    // Inline, as `from_code` is: it is instantiated in the caller's crate.
    quote! {
        #items

        #[inline]
        fn __blb_errors_index(__code: &str) -> ::core::option::Option<usize> {
            #body
        }
    }
}

/// `lookup`: the own code's row, else an included catalogue's.
pub fn lookup_body(params: &Params) -> TokenStream {
    let (krate, own_rows) = (&params.krate, own_rows());
    let inner = params.transparent.iter().map(|variant| {
        let lookup = included(krate, &variant.fields[0].ty, "lookup");
        quote! {
            if let ::core::option::Option::Some(__entry) = #lookup(__code) {
                return ::core::option::Option::Some(__entry);
            }
        }
    });
    quote! {
        if let ::core::option::Option::Some(__ordinal) = __blb_errors_index(__code) {
            return ::core::option::Option::Some(&#own_rows[__ordinal]);
        }
        #(#inner)*
        ::core::option::Option::None
    }
}

/// `from_code`: a unit variant of an own code, else an included catalogue's value.
pub fn from_code_body(params: &Params) -> TokenStream {
    let enum_ty = params.ty();
    let krate = &params.krate;
    let inner = params.transparent.iter().map(|variant| {
        let (ident, field) = (variant.ident(), &variant.fields[0]);
        let (member, from_code) = (&field.member, included(krate, &field.ty, "from_code"));
        quote! {
            if let ::core::option::Option::Some(__value) = #from_code(__code) {
                return ::core::option::Option::Some(#enum_ty::#ident { #member: __value });
            }
        }
    });
    quote! {
        if let ::core::option::Option::Some(__ordinal) = __blb_errors_index(__code) {
            // `None` for a code whose variant carries fields: it has no value without them.
            return <Self as __BlbErrorsOwn>::__unit(__ordinal);
        }
        #(#inner)*
        ::core::option::Option::None
    }
}

/// A `match` on the length of `__code`, then on the code among those of its length: a jump, then
/// a compare or a few (each a fixed-length compare the optimiser inlines).
fn by_match(codes: &[&str]) -> TokenStream {
    let none = quote!(::core::option::Option::None);
    let mut by_length: BTreeMap<usize, Vec<(&str, usize)>> = BTreeMap::new();
    for (ordinal, code) in codes.iter().enumerate() {
        by_length
            .entry(code.len())
            .or_default()
            .push((code, ordinal));
    }
    let arms = by_length.iter().map(|(length, group)| {
        let length = Literal::usize_unsuffixed(*length);
        let arms = group.iter().map(|(code, ordinal)| {
            let ordinal = Literal::usize_unsuffixed(*ordinal);
            quote!(#code => ::core::option::Option::Some(#ordinal),)
        });
        quote!(#length => match __code { #(#arms)* _ => #none },)
    });
    quote! {
        match __code.len() {
            #(#arms)*
            _ => #none,
        }
    }
}

/// A perfect hash table of a catalogue's codes.
struct Table {
    /// Each bucket's displacement.
    displacements: Vec<u32>,
    /// The ordinal of the code in each slot, `None` for an empty slot.
    slots: Vec<Option<usize>>,
    bits: u32,
}

/// The table's bytes, its displacements then its slots, and the index that reads them.
fn hashed(table: &Table, codes: &[&str], krate: &TokenStream) -> (TokenStream, TokenStream) {
    let displacement_len = table.displacements.len() * 4;
    let mut bytes =
        Vec::with_capacity(displacement_len + table.slots.len() * blb_errors_internals::SLOT_SIZE);
    for displacement in &table.displacements {
        bytes.extend_from_slice(&displacement.to_le_bytes());
    }
    for slot in &table.slots {
        match *slot {
            Some(ordinal) => push_slot(&mut bytes, codes[ordinal], ordinal),
            None => push_empty_slot(&mut bytes),
        }
    }
    let len = bytes.len();
    let bytes = Literal::byte_string(&bytes);
    let bits = Literal::u32_unsuffixed(table.bits);
    let own_rows = own_rows();
    // An array rather than a reference to one: its address is known where it is read, with no
    // pointer to load first.
    let items = quote! {
        static __BLB_ERRORS_TABLE: [u8; #len] = *#bytes;
    };
    let body = quote! {
        #krate::__private::hashed_index(__code, &__BLB_ERRORS_TABLE, #displacement_len, #bits, &#own_rows)
    };
    (items, body)
}

/// Hash and displace: codes are grouped in buckets of about four by their hash; the largest
/// bucket first, each gets the first displacement that sends all its codes to free slots. `None`
/// when two codes hash alike.
fn perfect_hash(codes: &[&str]) -> Option<Table> {
    let count = codes.len();
    let hashes: Vec<u64> = codes.iter().map(|code| code_key(code).hash).collect();
    if hashes.iter().collect::<HashSet<_>>().len() != count {
        return None;
    }
    // The smallest power of two that holds every code, a larger table if displacements run out.
    let least_bits = usize::BITS - (count.max(2) - 1).leading_zeros();
    // A power of two of buckets: a bucket is found with a shift.
    let bucket_count = count.div_ceil(4).next_power_of_two();
    (least_bits..least_bits + 4).find_map(|bits| place(&hashes, bucket_count, bits))
}

fn place(hashes: &[u64], bucket_count: usize, bits: u32) -> Option<Table> {
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
    for (ordinal, &hash) in hashes.iter().enumerate() {
        buckets[phf_bucket(hash, bucket_count)].push(ordinal);
    }
    let mut order: Vec<usize> = (0..bucket_count).collect();
    order.sort_by_key(|&bucket| std::cmp::Reverse(buckets[bucket].len()));
    let mut slots: Vec<Option<usize>> = vec![None; 1 << bits];
    let mut displacements = vec![0_u32; bucket_count];
    let mut taken: Vec<usize> = Vec::new();
    for bucket in order {
        let members = &buckets[bucket];
        if members.is_empty() {
            continue;
        }
        // Plain loops over one reused list: this runs unoptimised, once for every bucket.
        let mut found = None;
        for displacement in 0..1_u32 << 16 {
            taken.clear();
            let mut fits = true;
            for &member in members {
                let slot = displaced_slot(hashes[member], displacement, bits);
                if slots[slot].is_some() || taken.contains(&slot) {
                    fits = false;
                    break;
                }
                taken.push(slot);
            }
            if fits {
                found = Some(displacement);
                break;
            }
        }
        displacements[bucket] = found?;
        for (&member, &slot) in members.iter().zip(&taken) {
            slots[slot] = Some(member);
        }
    }
    Some(Table {
        displacements,
        slots,
        bits,
    })
}
