//! Ours against the usual way, in the same run, then a table of the ratios.
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

fn code_to_variant(criterion: &mut Criterion, rows: &mut Vec<Row>) {
    let codes = blb_errors_benches::codes_31();
    let mut group = criterion.benchmark_group("code_to_variant_31");
    group.bench_function("ours", |bencher| {
        bencher.iter(|| {
            for &code in &codes {
                black_box(BlbError::from_code(black_box(code)));
            }
        });
    });
    group.bench_function("usual", |bencher| {
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
    group.bench_function("ours", |bencher| {
        bencher.iter(|| {
            for &code in &codes {
                black_box(OursError1000::from_code(black_box(code)));
            }
        });
    });
    group.bench_function("usual", |bencher| {
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

fn wire(criterion: &mut Criterion, rows: &mut Vec<Row>) {
    let errors = blb_errors_benches::errors_31();
    let mut group = criterion.benchmark_group("error_to_body");
    group.bench_function("ours", |bencher| {
        bencher.iter(|| {
            for (error, _) in &errors {
                black_box(ErrorBody::new(black_box(error), black_box(REQUEST_ID)).to_vec());
            }
        });
    });
    group.bench_function("usual", |bencher| {
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
    group.bench_function("ours", |bencher| {
        bencher.iter(|| {
            for body in &bodies {
                black_box(parse_error_response::<BlbError>(400, None, black_box(body)));
            }
        });
    });
    group.bench_function("usual", |bencher| {
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

fn summary(rows: &[Row], since: SystemTime) {
    println!();
    println!("| operation | ours (ns/op) | usual way (ns/op) | ours / usual |");
    println!("|---|---:|---:|---:|");
    let mut ours_per_op = Vec::new();
    for row in rows {
        let (Some(ours), Some(usual)) = (
            median_ns(row.group, "ours", since),
            median_ns(row.group, "usual", since),
        ) else {
            continue;
        };
        #[allow(clippy::cast_precision_loss)]
        let per = row.per_iteration as f64;
        let (ours, usual) = (ours / per, usual / per);
        ours_per_op.push((row.group, ours));
        println!(
            "| {} | {ours:.2} | {usual:.2} | {:.3} |",
            row.label,
            ours / usual
        );
    }
    let find = |group| {
        ours_per_op
            .iter()
            .find(|(name, _)| *name == group)
            .map(|(_, ns)| *ns)
    };
    if let (Some(small), Some(large)) = (find("code_to_variant_31"), find("code_to_variant_1000")) {
        println!(
            "\nours at 1,000 codes / ours at 31 codes: {:.2}",
            large / small
        );
    }
}

fn main() {
    let since = SystemTime::now();
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(50)
        .configure_from_args();
    let mut rows = Vec::new();
    code_to_variant(&mut criterion, &mut rows);
    wire(&mut criterion, &mut rows);
    criterion.final_summary();
    summary(&rows, since);
}
