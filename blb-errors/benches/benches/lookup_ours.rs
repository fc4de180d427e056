//! Code -> value ours (`from_code`) alone, at every size: a binary that holds no code of
//! the other way, so that its layout cannot shape this one's (`lookup/N/separate`). A ratio
//! needs `lookup_usual` run alternately with this one, as `scripts/run-time.sh` does.
//!
//! `cargo bench --manifest-path blb-errors/benches/Cargo.toml --bench lookup_ours`

use std::hint::black_box;

use blb_errors::ApiError as _;
use blb_errors_benches::catalogues::{self, ours};
use blb_errors_benches::measure::{self, Case, Way};

fn main() {
    let mut cases = Vec::new();
    macro_rules! separate {
        ($size:literal, $ours:ident, $usual:ident, $codes:ident) => {{
            let codes = blb_errors_benches::shuffled(&catalogues::$codes);
            cases.push(Case::one(
                format!("lookup/{}/separate", $size),
                Way::Ours,
                codes.len(),
                move || {
                    for &code in &codes {
                        black_box(ours::$ours::from_code(black_box(code)));
                    }
                },
            ));
        }};
    }
    blb_errors_benches::each_size!(separate);
    measure::main(cases);
}
