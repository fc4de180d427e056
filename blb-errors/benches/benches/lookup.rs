//! Code -> value, ours (`from_code`) against the usual way (strum's `from_str`), at every size,
//! both ways in this one binary, in two placements:
//!
//! - `lookup/N/inline`: the call written in the loop, for the compiler to inline as it chooses;
//! - `lookup/N/call`: each way behind an `#[inline(never)]` function.
//!
//! The third placement, each way in a binary of its own, is `lookup_ours` and `lookup_usual`.
//!
//! `cargo bench --manifest-path blb-errors/benches/Cargo.toml --bench lookup`

use std::hint::black_box;
use std::str::FromStr as _;

use blb_errors::ApiError as _;
use blb_errors_benches::catalogues::{self, ours, usual};
use blb_errors_benches::measure::{self, Case};

fn main() {
    let mut cases = Vec::new();
    macro_rules! inline {
        ($size:literal, $ours:ident, $usual:ident, $codes:ident) => {{
            let codes = blb_errors_benches::shuffled(&catalogues::$codes);
            let theirs = codes.clone();
            cases.push(Case::both(
                format!("lookup/{}/inline", $size),
                codes.len(),
                move || {
                    for &code in &codes {
                        black_box(ours::$ours::from_code(black_box(code)));
                    }
                },
                move || {
                    for &code in &theirs {
                        black_box(usual::$usual::from_str(black_box(code)).ok());
                    }
                },
            ));
        }};
    }
    macro_rules! call {
        ($size:literal, $ours:ident, $usual:ident, $codes:ident) => {{
            #[inline(never)]
            fn ours_from_code(code: &str) -> Option<ours::$ours> {
                ours::$ours::from_code(code)
            }
            #[inline(never)]
            fn usual_from_code(code: &str) -> Option<usual::$usual> {
                usual::$usual::from_str(code).ok()
            }
            let codes = blb_errors_benches::shuffled(&catalogues::$codes);
            let theirs = codes.clone();
            cases.push(Case::both(
                format!("lookup/{}/call", $size),
                codes.len(),
                move || {
                    for &code in &codes {
                        black_box(ours_from_code(black_box(code)));
                    }
                },
                move || {
                    for &code in &theirs {
                        black_box(usual_from_code(black_box(code)));
                    }
                },
            ));
        }};
    }
    blb_errors_benches::each_size!(inline);
    blb_errors_benches::each_size!(call);
    measure::main(cases);
}
