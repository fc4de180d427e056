//! Code -> value the usual way (strum's `from_str`) alone, at every size: a binary that holds no code of
//! the other way, so that its layout cannot shape this one's (`lookup/N/separate`). A ratio
//! needs `lookup_ours` run alternately with this one, as `scripts/run-time.sh` does.
//!
//! `cargo bench --manifest-path blb-errors/benches/Cargo.toml --bench lookup_usual`

use std::hint::black_box;

use blb_errors_benches::catalogues::{self, usual};
use blb_errors_benches::measure::{self, Case, Way};
use std::str::FromStr as _;

fn main() {
    let mut cases = Vec::new();
    macro_rules! separate {
        ($size:literal, $ours:ident, $usual:ident, $codes:ident) => {{
            let codes = blb_errors_benches::shuffled(&catalogues::$codes);
            cases.push(Case::one(
                format!("lookup/{}/separate", $size),
                Way::Usual,
                codes.len(),
                move || {
                    for &code in &codes {
                        black_box(usual::$usual::from_str(black_box(code)).ok());
                    }
                },
            ));
        }};
    }
    blb_errors_benches::each_size!(separate);
    measure::main(cases);
}
