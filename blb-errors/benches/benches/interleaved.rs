//! The same four operations as `compare`, measured another way: short timed passes of ours and of
//! the usual way, one right after the other, many times over, and the median of the ratios of
//! each pair. On a machine whose speed drifts from one second to the next, a ratio taken within a
//! pair moves far less than one taken between two benchmarks a second apart.
//!
//! `cargo bench --manifest-path blb-errors/benches/Cargo.toml --bench interleaved`
//! (`BLB_BENCH_PAIRS` sets how many pairs, 200 by default).

use std::hint::black_box;
use std::str::FromStr;
use std::time::Instant;

use blb_errors::{ApiError, BlbError, ErrorBody, parse_error_response};
use blb_errors_benches::REQUEST_ID;
use blb_errors_benches::ours::OursError1000;
use blb_errors_benches::usual::{UsualBlbError, UsualError1000};

/// Nanoseconds per operation over `passes` runs of `pass`, which does `per_pass` operations.
fn time(passes: usize, per_pass: usize, mut pass: impl FnMut()) -> f64 {
    let start = Instant::now();
    for _ in 0..passes {
        pass();
    }
    #[allow(clippy::cast_precision_loss)]
    let operations = (passes * per_pass) as f64;
    start.elapsed().as_nanos() as f64 / operations
}

/// Sorted values' median and quartiles.
fn quartiles(mut values: Vec<f64>) -> (f64, f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |fraction: f64| {
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_precision_loss
        )]
        let index = ((values.len() - 1) as f64 * fraction).round() as usize;
        values[index]
    };
    (at(0.25), at(0.5), at(0.75))
}

/// `pairs` pairs of (ours, usual): a table row with the medians and the ratio's quartiles.
fn row(label: &str, pairs: usize, mut ours: impl FnMut() -> f64, mut usual: impl FnMut() -> f64) {
    let (mut ours_ns, mut usual_ns, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..pairs {
        let (a, b) = (ours(), usual());
        ours_ns.push(a);
        usual_ns.push(b);
        ratios.push(a / b);
    }
    let ((_, ours_ns, _), (_, usual_ns, _)) = (quartiles(ours_ns), quartiles(usual_ns));
    let (low, ratio, high) = quartiles(ratios);
    println!("| {label} | {ours_ns:.2} | {usual_ns:.2} | {ratio:.3} | {low:.3} to {high:.3} |");
}

fn main() {
    let pairs: usize = std::env::var("BLB_BENCH_PAIRS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(200)
        .max(1);
    let codes_31 = blb_errors_benches::codes_31();
    let codes_1000 = blb_errors_benches::codes_1000();
    let errors = blb_errors_benches::errors_31();
    let bodies = blb_errors_benches::bodies_31();
    println!(
        "{pairs} pairs; per operation the median ns, and the median and quartiles of the pairs' ratios"
    );
    println!();
    println!("| operation | ours (ns/op) | usual way (ns/op) | ours / usual | quartiles |");
    println!("|---|---:|---:|---:|---:|");
    row(
        "code string to variant, 31 codes",
        pairs,
        || {
            time(20_000, codes_31.len(), || {
                for &code in &codes_31 {
                    black_box(BlbError::from_code(black_box(code)));
                }
            })
        },
        || {
            time(20_000, codes_31.len(), || {
                for &code in &codes_31 {
                    black_box(UsualBlbError::from_str(black_box(code)).ok());
                }
            })
        },
    );
    row(
        "code string to variant, 1,000 codes",
        pairs,
        || {
            time(500, codes_1000.len(), || {
                for &code in &codes_1000 {
                    black_box(OursError1000::from_code(black_box(code)));
                }
            })
        },
        || {
            time(100, codes_1000.len(), || {
                for &code in &codes_1000 {
                    black_box(UsualError1000::from_str(black_box(code)).ok());
                }
            })
        },
    );
    row(
        "error and request id to body bytes",
        pairs,
        || {
            time(1_000, errors.len(), || {
                for (error, _) in &errors {
                    black_box(ErrorBody::new(black_box(error), black_box(REQUEST_ID)).to_vec());
                }
            })
        },
        || {
            time(1_000, errors.len(), || {
                for (_, error) in &errors {
                    black_box(blb_errors_benches::usual_body(
                        black_box(error),
                        black_box(REQUEST_ID),
                    ));
                }
            })
        },
    );
    row(
        "body bytes to typed error, known code",
        pairs,
        || {
            time(1_000, bodies.len(), || {
                for body in &bodies {
                    black_box(parse_error_response::<BlbError>(400, None, black_box(body)));
                }
            })
        },
        || {
            time(1_000, bodies.len(), || {
                for body in &bodies {
                    black_box(blb_errors_benches::usual_parse(black_box(body)));
                }
            })
        },
    );
}
