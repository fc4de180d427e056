//! The driver of every bench target: a list of cases, each one operation done ours and the usual
//! way (or only one way, in a binary of its own), and four ways to run them.
//!
//! - `cargo bench --bench NAME [-- FILTER]`: for each case, a timed sample of ours and one of the
//!   usual way, one right after the other, `BLB_BENCH_PAIRS` times (100 by default), and a table
//!   of the median ns per operation and the median and quartiles of the pairs' ratios. A ratio
//!   taken within a pair moves far less on a busy machine than one of two separate medians.
//! - `NAME --tsv [FILTER]`: the same, one tab-separated line per case, for `scripts/run-time.sh`.
//! - `NAME --list`: each case's name, ways and operations per pass; `NAME --count CASE WAY PASSES`
//!   runs exactly PASSES passes of one way and exits, for an instruction counter: the difference
//!   between two pass counts is the steady cost, with the setup taken out.
//! - `cargo test --benches`, or the binary without arguments: every case once each way, to show
//!   that each runs.

use std::hint::black_box;
use std::time::Instant;

/// One of the two ways an operation is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    /// blb-errors.
    Ours,
    /// strum, thiserror and serde_json.
    Usual,
}

impl Way {
    fn name(self) -> &'static str {
        match self {
            Self::Ours => "ours",
            Self::Usual => "usual",
        }
    }
}

/// A pass: the operation once for each of a case's inputs.
type Pass = Box<dyn FnMut()>;

/// One operation, measured by passes over its inputs.
pub struct Case {
    name: String,
    per_pass: usize,
    ours: Option<Pass>,
    usual: Option<Pass>,
}

impl Case {
    /// A case done both ways in this binary; each pass does `per_pass` operations.
    pub fn both(
        name: impl Into<String>,
        per_pass: usize,
        ours: impl FnMut() + 'static,
        usual: impl FnMut() + 'static,
    ) -> Self {
        Self {
            name: name.into(),
            per_pass,
            ours: Some(Box::new(ours)),
            usual: Some(Box::new(usual)),
        }
    }

    /// A case done one way only, for a binary that holds only that way.
    pub fn one(
        name: impl Into<String>,
        way: Way,
        per_pass: usize,
        pass: impl FnMut() + 'static,
    ) -> Self {
        let pass: Pass = Box::new(pass);
        let (ours, usual) = match way {
            Way::Ours => (Some(pass), None),
            Way::Usual => (None, Some(pass)),
        };
        Self {
            name: name.into(),
            per_pass,
            ours,
            usual,
        }
    }

    fn pass(&mut self, way: Way) -> Option<&mut Pass> {
        match way {
            Way::Ours => self.ours.as_mut(),
            Way::Usual => self.usual.as_mut(),
        }
    }
}

/// How long one timed run lasts: long enough for the clock, shorter than a scheduler's time
/// slice, so that on a busy machine most runs are not interrupted.
const RUN_NS: u128 = 500_000;

/// Runs per sample: a sample is the fastest of them, which drops a run another process cut into.
const RUNS_PER_SAMPLE: usize = 3;

/// A timed sample of `passes` passes, in ns per operation.
fn sample(pass: &mut Pass, passes: u64, per_pass: usize) -> f64 {
    let mut fastest = f64::INFINITY;
    for _ in 0..RUNS_PER_SAMPLE {
        let start = Instant::now();
        for _ in 0..passes {
            pass();
        }
        #[allow(clippy::cast_precision_loss)]
        let elapsed = start.elapsed().as_nanos() as f64;
        fastest = fastest.min(elapsed);
    }
    #[allow(clippy::cast_precision_loss)]
    let operations = (passes * per_pass as u64) as f64;
    fastest / operations
}

/// Passes for one run of about `RUN_NS`, found by doubling; warms the pass up too.
fn calibrate(pass: &mut Pass) -> u64 {
    let mut passes = 1_u64;
    loop {
        let start = Instant::now();
        for _ in 0..passes {
            pass();
        }
        if start.elapsed().as_nanos() * 2 >= RUN_NS || passes >= 1 << 30 {
            return (passes * 2).max(1);
        }
        passes *= 2;
    }
}

/// Sorted values' quartiles and median: (first, median, third).
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

/// A case's timing: median ns per operation each way, and the pairs' ratios' quartiles.
struct Timing {
    ours: Option<f64>,
    usual: Option<f64>,
    ratio: Option<(f64, f64, f64)>,
}

fn time(case: &mut Case, pairs: usize) -> Timing {
    let per_pass = case.per_pass;
    let ours_passes = case.ours.as_mut().map(calibrate);
    let usual_passes = case.usual.as_mut().map(calibrate);
    let (mut ours, mut usual, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..pairs {
        let a = case
            .ours
            .as_mut()
            .zip(ours_passes)
            .map(|(pass, passes)| sample(pass, passes, per_pass));
        let b = case
            .usual
            .as_mut()
            .zip(usual_passes)
            .map(|(pass, passes)| sample(pass, passes, per_pass));
        ours.extend(a);
        usual.extend(b);
        if let (Some(a), Some(b)) = (a, b) {
            ratios.push(a / b);
        }
    }
    let median = |values: Vec<f64>| (!values.is_empty()).then(|| quartiles(values).1);
    Timing {
        ours: median(ours),
        usual: median(usual),
        ratio: (!ratios.is_empty()).then(|| quartiles(ratios)),
    }
}

fn or_dash(value: Option<f64>, digits: usize) -> String {
    value.map_or_else(|| "-".to_owned(), |value| format!("{value:.digits$}"))
}

/// A whole number from the environment variable `name`, `default` when unset; anything outside
/// `low..=high` stops the run with a message.
fn knob(name: &str, default: usize, low: usize, high: usize) -> usize {
    let Ok(text) = std::env::var(name) else {
        return default;
    };
    match text.parse::<usize>() {
        Ok(value) if (low..=high).contains(&value) => value,
        _ => {
            eprintln!("{name}={text}: set it to a whole number from {low} to {high}");
            std::process::exit(2);
        }
    }
}

fn usage(message: &str) -> ! {
    eprintln!("{message}");
    eprintln!(
        "usage: [--tsv] [FILTER] | --list | --count CASE ours|usual PASSES (BLB_BENCH_PAIRS=1..100000)"
    );
    std::process::exit(2);
}

/// Runs `cases` as the command line asks (see the module docs).
pub fn main(mut cases: Vec<Case>) {
    // `cargo bench` passes `--bench`; a filter is any other word.
    let mut bench = false;
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| {
            let flag = arg == "--bench";
            bench |= flag;
            !flag
        })
        .collect();
    match args.first().map(String::as_str) {
        None if !bench => {
            for case in &mut cases {
                for way in [Way::Ours, Way::Usual] {
                    if let Some(pass) = case.pass(way) {
                        pass();
                    }
                }
            }
            println!("{} cases ran once each way", cases.len());
        }
        Some("--list") => {
            for case in &cases {
                let ways: Vec<&str> = [Way::Ours, Way::Usual]
                    .into_iter()
                    .filter(|&way| match way {
                        Way::Ours => case.ours.is_some(),
                        Way::Usual => case.usual.is_some(),
                    })
                    .map(Way::name)
                    .collect();
                println!("{}\t{}\t{}", case.name, ways.join(","), case.per_pass);
            }
        }
        Some("--count") => {
            let [_, name, way, passes] = args.as_slice() else {
                usage("--count takes a case, a way and a number of passes");
            };
            let way = match way.as_str() {
                "ours" => Way::Ours,
                "usual" => Way::Usual,
                _ => usage("the way is ours or usual"),
            };
            let Ok(passes) = passes.parse::<u64>() else {
                usage("the passes are a whole number");
            };
            let Some(pass) = cases
                .iter_mut()
                .find(|case| case.name == *name)
                .and_then(|case| case.pass(way))
            else {
                usage(&format!("no case {name} done {}", way.name()));
            };
            for _ in 0..passes {
                pass();
            }
            black_box(());
        }
        first => {
            let tsv = first == Some("--tsv");
            let filter = args.get(usize::from(tsv)).cloned().unwrap_or_default();
            let pairs = knob("BLB_BENCH_PAIRS", 100, 1, 100_000);
            if !tsv {
                println!(
                    "{pairs} pairs; per operation the median ns, and the median and quartiles of the pairs' ratios"
                );
                println!();
                println!("| case | ours (ns/op) | usual way (ns/op) | ours / usual | quartiles |");
                println!("|---|---:|---:|---:|---:|");
            }
            for case in cases.iter_mut().filter(|case| case.name.contains(&filter)) {
                let timing = time(case, pairs);
                let (ours, usual) = (or_dash(timing.ours, 2), or_dash(timing.usual, 2));
                if tsv {
                    let ratio = or_dash(timing.ratio.map(|ratio| ratio.1), 4);
                    println!("{}\t{ours}\t{usual}\t{ratio}", case.name);
                } else {
                    let (ratio, range) = timing.ratio.map_or_else(
                        || ("-".to_owned(), "-".to_owned()),
                        |(low, ratio, high)| {
                            (format!("{ratio:.3}"), format!("{low:.3} to {high:.3}"))
                        },
                    );
                    println!("| {} | {ours} | {usual} | {ratio} | {range} |", case.name);
                }
            }
        }
    }
}
