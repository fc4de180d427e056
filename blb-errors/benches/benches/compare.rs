//! Ours against the usual way, in the same run, then a table of the ratios: several short rounds,
//! each measuring ours right before the usual way, and the medians over the rounds.
//!
//! `cargo bench --manifest-path blb-errors/benches/Cargo.toml`

use std::hint::black_box;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::{Duration, SystemTime};

use blb_errors::{ApiError, BlbError, ErrorBody, parse_error_response};
use blb_errors_benches::REQUEST_ID;
use blb_errors_benches::ours::OursError1000;
use blb_errors_benches::usual::{UsualBlbError, UsualError1000};
use criterion::Criterion;

/// A group measures one operation, ours and the usual way, over `per_iteration` inputs.
struct Row {
    group: &'static str,
    label: &'static str,
    per_iteration: usize,
}

fn code_to_variant(criterion: &mut Criterion, rows: &mut Vec<Row>, round: usize) {
    let codes = blb_errors_benches::codes_31();
    let mut group = criterion.benchmark_group("code_to_variant_31");
    group.bench_function(format!("ours-r{round}"), |bencher| {
        bencher.iter(|| {
            for &code in &codes {
                black_box(BlbError::from_code(black_box(code)));
            }
        });
    });
    group.bench_function(format!("usual-r{round}"), |bencher| {
        bencher.iter(|| {
            for &code in &codes {
                black_box(UsualBlbError::from_str(black_box(code)).ok());
            }
        });
    });
    group.finish();
    rows.push(Row {
        group: "code_to_variant_31",
        label: "code string to variant, 31 codes",
        per_iteration: codes.len(),
    });

    let codes = blb_errors_benches::codes_1000();
    let mut group = criterion.benchmark_group("code_to_variant_1000");
    group.bench_function(format!("ours-r{round}"), |bencher| {
        bencher.iter(|| {
            for &code in &codes {
                black_box(OursError1000::from_code(black_box(code)));
            }
        });
    });
    group.bench_function(format!("usual-r{round}"), |bencher| {
        bencher.iter(|| {
            for &code in &codes {
                black_box(UsualError1000::from_str(black_box(code)).ok());
            }
        });
    });
    group.finish();
    rows.push(Row {
        group: "code_to_variant_1000",
        label: "code string to variant, 1,000 codes",
        per_iteration: codes.len(),
    });
}

fn wire(criterion: &mut Criterion, rows: &mut Vec<Row>, round: usize) {
    let errors = blb_errors_benches::errors_31();
    let mut group = criterion.benchmark_group("error_to_body");
    group.bench_function(format!("ours-r{round}"), |bencher| {
        bencher.iter(|| {
            for (error, _) in &errors {
                black_box(ErrorBody::new(black_box(error), black_box(REQUEST_ID)).to_vec());
            }
        });
    });
    group.bench_function(format!("usual-r{round}"), |bencher| {
        bencher.iter(|| {
            for (_, error) in &errors {
                black_box(blb_errors_benches::usual_body(
                    black_box(error),
                    black_box(REQUEST_ID),
                ));
            }
        });
    });
    group.finish();
    rows.push(Row {
        group: "error_to_body",
        label: "error and request id to body bytes",
        per_iteration: errors.len(),
    });

    let bodies = blb_errors_benches::bodies_31();
    let mut group = criterion.benchmark_group("body_to_error");
    group.bench_function(format!("ours-r{round}"), |bencher| {
        bencher.iter(|| {
            for body in &bodies {
                black_box(parse_error_response::<BlbError>(400, None, black_box(body)));
            }
        });
    });
    group.bench_function(format!("usual-r{round}"), |bencher| {
        bencher.iter(|| {
            for body in &bodies {
                black_box(blb_errors_benches::usual_parse(black_box(body)));
            }
        });
    });
    group.finish();
    rows.push(Row {
        group: "body_to_error",
        label: "body bytes to typed error, known code",
        per_iteration: bodies.len(),
    });
}

/// Where criterion writes its estimates, found the way criterion finds it.
fn criterion_home() -> PathBuf {
    std::env::var_os("CRITERION_HOME").map_or_else(
        || {
            std::env::var_os("CARGO_TARGET_DIR")
                .map_or_else(
                    || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"),
                    PathBuf::from,
                )
                .join("criterion")
        },
        PathBuf::from,
    )
}

/// The median of one benchmark in nanoseconds, if this run measured it.
fn median_ns(group: &str, function: &str, since: SystemTime) -> Option<f64> {
    let path = criterion_home()
        .join(group)
        .join(function)
        .join("new")
        .join("estimates.json");
    let fresh = std::fs::metadata(&path)
        .and_then(|meta| meta.modified())
        .ok()?
        >= since;
    let estimates: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).ok()?).ok()?;
    fresh
        .then(|| estimates["median"]["point_estimate"].as_f64())
        .flatten()
}

/// Per-operation medians of one round: ours and the usual way, in ns per operation.
type Round = Vec<Option<(f64, f64)>>;

fn read_round(rows: &[Row], round: usize, since: SystemTime) -> Round {
    rows.iter()
        .map(|row| {
            let ours = median_ns(row.group, &format!("ours-r{round}"), since)?;
            let usual = median_ns(row.group, &format!("usual-r{round}"), since)?;
            #[allow(clippy::cast_precision_loss)]
            let per = row.per_iteration as f64;
            Some((ours / per, usual / per))
        })
        .collect()
}

fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => None,
        len if len % 2 == 1 => Some(values[middle]),
        _ => Some(f64::midpoint(values[middle - 1], values[middle])),
    }
}

/// The medians over the rounds, and each ratio's median and range: a ratio is taken within a
/// round, where ours and the usual way ran one right after the other.
fn summary(rows: &[Row], rounds: &[Round]) {
    println!();
    println!(
        "{} rounds; per operation the median over the rounds, and the range of the rounds' ratios",
        rounds.len()
    );
    println!();
    println!("| operation | ours (ns/op) | usual way (ns/op) | ours / usual | range |");
    println!("|---|---:|---:|---:|---:|");
    let column = |index: usize| -> Vec<(f64, f64)> {
        rounds.iter().filter_map(|round| round[index]).collect()
    };
    for (index, row) in rows.iter().enumerate() {
        let measured = column(index);
        let ratios: Vec<f64> = measured.iter().map(|(ours, usual)| ours / usual).collect();
        let (Some(ours), Some(usual), Some(ratio)) = (
            median(measured.iter().map(|pair| pair.0).collect()),
            median(measured.iter().map(|pair| pair.1).collect()),
            median(ratios.clone()),
        ) else {
            continue;
        };
        let low = ratios.iter().copied().fold(f64::INFINITY, f64::min);
        let high = ratios.iter().copied().fold(0.0, f64::max);
        println!(
            "| {} | {ours:.2} | {usual:.2} | {ratio:.3} | {low:.3} to {high:.3} |",
            row.label
        );
    }
    let position = |group: &str| rows.iter().position(|row| row.group == group);
    if let (Some(small), Some(large)) = (
        position("code_to_variant_31"),
        position("code_to_variant_1000"),
    ) {
        let per_round: Vec<f64> = rounds
            .iter()
            .filter_map(|round| Some(round[large]?.0 / round[small]?.0))
            .collect();
        if let Some(ratio) = median(per_round) {
            println!(
                "\nours at 1,000 codes / ours at 31 codes (median over the rounds): {ratio:.2}"
            );
        }
    }
}

/// Rounds of every benchmark, short ones: on a machine whose speed changes from one minute to the
/// next, a disturbance then falls on one round's ratio rather than on the whole figure.
/// `BLB_BENCH_ROUNDS` sets how many (5 by default).
fn main() {
    let round_count: usize = std::env::var("BLB_BENCH_ROUNDS")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(5)
        .max(1);
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30)
        .configure_from_args();
    let mut rows = Vec::new();
    let mut rounds = Vec::new();
    for round in 1..=round_count {
        let since = SystemTime::now();
        let mut round_rows = Vec::new();
        code_to_variant(&mut criterion, &mut round_rows, round);
        wire(&mut criterion, &mut round_rows, round);
        rounds.push(read_round(&round_rows, round, since));
        rows = round_rows;
    }
    criterion.final_summary();
    summary(&rows, &rounds);
}
