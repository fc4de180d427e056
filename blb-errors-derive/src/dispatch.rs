//! Lookup from a code string: `__blb_errors_index(code)` gives the code's ordinal.
//!
//! A perfect hash table built here, at expansion time: one hash of the code
//! (`blb_errors_internals::code_hash`, shared with the runtime), a displacement read, a slot read
//! (the code's first and last 16 bytes, its length and ordinal, filled in at compile time from the
//! catalogue) and one inline compare, whatever the number of codes. Should two codes of a
//! catalogue hash alike (a 64-bit collision), the lookup is `index_body` instead: a match on the
//! length, then on bytes, then one whole compare. That match is also how `from_code` finds the own
//! codes of a small catalogue; a large one's `from_code` takes the value from the slot's index
//! (`__blb_errors_slot`), without waiting for the ordinal the slot holds.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use blb_errors_internals::{code_hash, displaced_slot, phf_bucket};
use proc_macro2::{Literal, TokenStream};
use quote::quote;

use crate::source::Source;

/// `__blb_errors_index_hashed(code, hash)` and `__blb_errors_index(code)`, each giving a code's
/// ordinal, and with a `table`, `__blb_errors_slot(code, hash)`: the slot that holds the code.
/// `codes` holds each ordinal from 0 up once; `table` is `perfect_hash(codes)`.
pub fn index_fns(
    codes: &[(String, usize)],
    table: Option<&Table>,
    krate: &TokenStream,
) -> TokenStream {
    let none = quote!(::core::option::Option::None);
    let (table_items, hashed_body) = match table {
        Some(table) => (
            table_items(table, krate),
            quote! {
                match __blb_errors_slot(__code, __hash) {
                    ::core::option::Option::Some(__slot) => ::core::option::Option::Some(
                        #krate::__private::slot_ordinal(&__BLB_ERRORS_SLOTS[__slot]),
                    ),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            },
        ),
        None if codes.is_empty() => (quote!(), none),
        None => {
            let body = index_body(
                codes,
                &|ordinal| {
                    let ordinal = Literal::usize_unsuffixed(ordinal);
                    quote!(::core::option::Option::Some(#ordinal))
                },
                &none,
            );
            (
                quote!(),
                quote! {
                    let _ = __hash;
                    #body
                },
            )
        }
    };
    // Inline, as `from_code` is: it is instantiated in the caller's crate, where calls to these
    // would cross the crate boundary.
    quote! {
        #table_items

        #[inline]
        fn __blb_errors_index_hashed(__code: &str, __hash: u64) -> ::core::option::Option<usize> {
            #hashed_body
        }

        #[inline]
        fn __blb_errors_index(__code: &str) -> ::core::option::Option<usize> {
            __blb_errors_index_hashed(__code, #krate::__private::code_hash(__code))
        }
    }
}

pub struct Table {
    displacements: Vec<u32>,
    /// The ordinal of the code in each slot, `u16::MAX` for an empty slot.
    slots: Vec<u16>,
    bits: u32,
}

impl Table {
    /// Each taken slot and the ordinal of the code in it.
    pub fn taken(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.slots
            .iter()
            .enumerate()
            .filter(|&(_, &ordinal)| ordinal != u16::MAX)
            .map(|(slot, &ordinal)| (slot, usize::from(ordinal)))
    }
}

/// Hash and displace: codes are grouped in buckets of about four by their hash; the largest
/// bucket first, each gets the first displacement that sends all its codes to free slots. `None`
/// when two codes hash alike, or the ordinals do not fit a `u16`.
pub fn perfect_hash(codes: &[(String, usize)]) -> Option<Table> {
    let count = codes.len();
    // Ordinals fit a `u16` below `u16::MAX`, which marks empty slots.
    if count == 0 || count >= usize::from(u16::MAX) {
        return None;
    }
    let hashes: Vec<u64> = codes.iter().map(|(code, _)| code_hash(code)).collect();
    if hashes.iter().collect::<HashSet<_>>().len() != count {
        return None;
    }
    // The smallest power of two that holds every code, a larger table if displacements run out:
    // a slot is 40 bytes, and a full table stays in the L1 cache.
    let least_bits = usize::BITS - (count.max(2) - 1).leading_zeros();
    // A small catalogue fits one bucket: its one displacement is a constant, and a lookup skips
    // reading it. A large one has buckets of about four codes.
    let one_bucket = (count <= 64)
        .then(|| (least_bits + 1..least_bits + 4).find_map(|bits| place(codes, &hashes, 1, bits)))
        .flatten();
    one_bucket.or_else(|| {
        // About four codes a bucket, a power of two of them (a bucket is found with a shift).
        let bucket_count = count.div_ceil(4).next_power_of_two();
        (least_bits..least_bits + 4).find_map(|bits| place(codes, &hashes, bucket_count, bits))
    })
}

fn place(
    codes: &[(String, usize)],
    hashes: &[u64],
    bucket_count: usize,
    bits: u32,
) -> Option<Table> {
    let probe = vec![0_u32; bucket_count];
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
    for (index, &hash) in hashes.iter().enumerate() {
        buckets[phf_bucket(hash, bucket_count)].push(index);
    }
    let mut order: Vec<usize> = (0..bucket_count).collect();
    order.sort_by_key(|&bucket| std::cmp::Reverse(buckets[bucket].len()));
    let mut slots: Vec<Option<u16>> = vec![None; 1 << bits];
    let mut displacements = probe;
    let mut taken: Vec<usize> = Vec::new();
    for bucket in order {
        let members = &buckets[bucket];
        if members.is_empty() {
            continue;
        }
        // Plain loops over one reused list: this runs unoptimised, for every bucket of a large
        // catalogue, and closures and an allocation per try were most of its time.
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
            slots[slot] = Some(u16::try_from(codes[member].1).ok()?);
        }
    }
    Some(Table {
        displacements,
        // `u16::MAX` marks an empty slot (the runtime's `NO_CODE`).
        slots: slots
            .into_iter()
            .map(|slot| slot.unwrap_or(u16::MAX))
            .collect(),
        bits,
    })
}

/// The table's statics and `__blb_errors_slot`.
fn table_items(table: &Table, krate: &TokenStream) -> TokenStream {
    let (displacements, slots) = (&table.displacements, &table.slots);
    let (displacement_count, slot_count) = (displacements.len(), slots.len());
    let bits = Literal::u32_unsuffixed(table.bits);
    let mask = Literal::usize_unsuffixed(slot_count - 1);
    // Thousands of numbers for a large catalogue: written as text (see `Source`). The codes are
    // read from the catalogue (`__BLB_ERRORS_CATALOGUE`), not written again.
    let mut displacement_list = Source::default();
    for displacement in displacements {
        displacement_list.number(displacement).code(",");
    }
    let mut slot_list = Source::default();
    for slot in slots {
        slot_list.number(slot).code(",");
    }
    let (displacements, slots) = (displacement_list.into_tokens(), slot_list.into_tokens());
    quote! {
        static __BLB_ERRORS_DISPLACEMENTS: [u32; #displacement_count] = [#displacements];
        /// The ordinal of the code in each slot.
        const __BLB_ERRORS_SLOT_ORDINALS: [u16; #slot_count] = [#slots];
        static __BLB_ERRORS_SLOTS: [#krate::__private::Slot; #slot_count] =
            #krate::__private::slots(&__BLB_ERRORS_SLOT_ORDINALS, &__BLB_ERRORS_CATALOGUE, &__BLB_ERRORS_POSITIONS);

        #[inline]
        fn __blb_errors_slot(__code: &str, __hash: u64) -> ::core::option::Option<usize> {
            let __slot = #krate::__private::phf_slot(__hash, &__BLB_ERRORS_DISPLACEMENTS, #bits) & #mask;
            if #krate::__private::slot_holds(&__BLB_ERRORS_SLOTS[__slot], __code, &__BLB_ERRORS_CATALOGUE, &__BLB_ERRORS_POSITIONS) {
                ::core::option::Option::Some(__slot)
            } else {
                ::core::option::Option::None
            }
        }
    }
}

/// A `match` on the length of `__code`, then on bytes, then one whole compare: `hit(ordinal)` for
/// a code of `codes`, `miss` for any other string.
pub fn index_body(
    codes: &[(String, usize)],
    hit: &dyn Fn(usize) -> TokenStream,
    miss: &TokenStream,
) -> TokenStream {
    if codes.is_empty() {
        return miss.clone();
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
            compare_chain(group, hit, miss)
        } else {
            by_byte(group, hit, miss)
        };
        quote!(#length => #body,)
    });
    quote! {
        let __bytes = __code.as_bytes();
        match __bytes.len() {
            #(#arms)*
            _ => #miss,
        }
    }
}

/// Splits codes of one length on the byte position with the most distinct values, and again
/// within each part, until each code has a branch of its own: then one whole compare confirms it.
fn by_byte(
    group: &[(&[u8], usize)],
    hit: &dyn Fn(usize) -> TokenStream,
    miss: &TokenStream,
) -> TokenStream {
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
        let chain = if bucket.len() == 1 {
            compare_chain(bucket, hit, miss)
        } else {
            // Distinct codes of one length differ at some byte: each split makes parts smaller.
            by_byte(bucket, hit, miss)
        };
        quote!(#byte => #chain,)
    });
    let position = Literal::usize_unsuffixed(position);
    quote! {
        match __bytes[#position] {
            #(#arms)*
            _ => #miss,
        }
    }
}

fn compare_chain(
    bucket: &[(&[u8], usize)],
    hit: &dyn Fn(usize) -> TokenStream,
    miss: &TokenStream,
) -> TokenStream {
    let tests = bucket.iter().map(|(code, ordinal)| {
        let code = Literal::byte_string(code);
        let hit = hit(*ordinal);
        quote!(if __bytes == #code { #hit } else)
    });
    quote!(#(#tests)* { #miss })
}
