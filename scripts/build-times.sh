#!/usr/bin/env bash
# Build time of a catalogue crate, ours (#[derive(ApiError)] on blb-errors) against the usual way
# (thiserror + strum EnumString/IntoStaticStr + a hand-written status match + a serde body struct
# with owned Strings), measured in the same run:
#   clean  `cargo build` of a crate with the 31 codes of BlbError, dependencies included;
#   rebuild after touching a crate with one 1,000-variant catalogue (the benches' generated one);
# each with hyperfine, then again alternating the two crates build by build.
# Debug profile, as a developer builds. Prints medians and ratios (ours / usual).
#
#   scripts/build-times.sh            # CLEAN_RUNS=4 REBUILD_RUNS=5 by default
#   CLEAN_RUNS=3 REBUILD_RUNS=3 scripts/build-times.sh
#
# The catalogues come from blb-errors/benches/gen/catalogue.rs, compiled here with plain rustc.
# Dependencies are fetched once (`cargo fetch`), then every build is `--offline`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
clean_runs=${CLEAN_RUNS:-4}
rebuild_runs=${REBUILD_RUNS:-5}
# hyperfine 1.15 does not stop with `--runs 0` (it built for 20 minutes before it was killed), and
# a median needs one run: anything but a whole number from 1 up is refused before any build.
for runs in "CLEAN_RUNS=$clean_runs" "REBUILD_RUNS=$rebuild_runs"; do
    if ! [[ ${runs#*=} =~ ^[1-9][0-9]*$ ]]; then
        echo "build-times.sh: $runs: set it to a whole number of runs, 1 or more (e.g. ${runs%%=*}=3)" >&2
        exit 2
    fi
done
work=$(mktemp -d "${TMPDIR:-/tmp}/blb-build-times.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! command -v hyperfine >/dev/null 2>&1; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        apt-get install -y -qq hyperfine >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq hyperfine >/dev/null 2>&1; } \
            || true
    fi
fi
if command -v hyperfine >/dev/null 2>&1; then
    echo "timing with $(hyperfine --version)"
else
    echo "hyperfine not available: timing with the shell's clock"
fi

# The generator: one catalogue, one way, on stdout.
cat >"$work/gen.rs" <<RUST
#[path = "$root/blb-errors/benches/gen/catalogue.rs"]
mod catalogue;

fn main() {
    let which = std::env::args().nth(1).unwrap_or_default();
    let text = match which.as_str() {
        "ours-31" => catalogue::ours("Catalogue", &catalogue::blb_31()),
        "usual-31" => catalogue::usual("Catalogue", &catalogue::blb_31()),
        "ours-1000" => catalogue::ours("Catalogue", &catalogue::synthetic(1_000)),
        "usual-1000" => catalogue::usual("Catalogue", &catalogue::synthetic(1_000)),
        _ => panic!("unknown catalogue {which}"),
    };
    print!("{text}");
}
RUST
rustc --edition 2021 -O -o "$work/gen" "$work/gen.rs"

usual_body='
/// The error body, the usual way: owned Strings.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ErrorBody {
    pub request_id: String,
    pub code: String,
    pub message: String,
}

/// The body of an error.
pub fn to_body(error: &Catalogue, request_id: &str) -> Vec<u8> {
    let body = ErrorBody { request_id: request_id.to_owned(), code: error.code().to_owned(), message: error.to_string() };
    serde_json::to_vec(&body).unwrap_or_default()
}

/// The typed error of a body.
pub fn from_body(bytes: &[u8]) -> Option<Catalogue> {
    let body: ErrorBody = serde_json::from_slice(bytes).ok()?;
    body.code.parse().ok()
}
'

make_crate() { # name way size
    local dir="$work/$1"
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<TOML
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
TOML
    if [ "$2" = ours ]; then
        echo "blb-errors = { path = \"$root/blb-errors\" }" >>"$dir/Cargo.toml"
        # Start from the workspace's lock so the same dependency versions are built.
        cp "$root/Cargo.lock" "$dir/Cargo.lock"
        "$work/gen" "ours-$3" >"$dir/src/lib.rs"
    else
        cat >>"$dir/Cargo.toml" <<TOML
serde = { version = "1.0.229", features = ["derive"] }
serde_json = "1.0.154"
strum = { version = "0.28", features = ["derive"] }
thiserror = "2.0.21"
TOML
        cp "$root/blb-errors/benches/Cargo.lock" "$dir/Cargo.lock" 2>/dev/null || true
        { "$work/gen" "usual-$3"; echo "$usual_body"; } >"$dir/src/lib.rs"
    fi
    (cd "$dir" && cargo fetch --quiet)
}

for crate in ours-31:ours:31 usual-31:usual:31 ours-1000:ours:1000 usual-1000:usual:1000; do
    IFS=: read -r name way size <<<"$crate"
    make_crate "$name" "$way" "$size"
done

# measure LABEL RUNS PREPARE COMMAND: the median of RUNS timings, in seconds, on stdout.
measure() {
    local label=$1 runs=$2 prepare=$3 command=$4
    if command -v hyperfine >/dev/null 2>&1; then
        hyperfine --style basic --runs "$runs" --prepare "$prepare" --export-csv "$work/$label.csv" \
            --command-name "$label" "$command" >&2
        awk -F, 'NR == 2 { print $4 }' "$work/$label.csv"
    else
        local times=() start end
        for _ in $(seq "$runs"); do
            bash -c "$prepare"
            start=$(date +%s.%N)
            bash -c "$command" >/dev/null
            end=$(date +%s.%N)
            times+=("$(echo "$end - $start" | bc)")
            echo "  $label: ${times[-1]} s" >&2
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
    fi
}

build() { # name: cargo build of that crate into its own target dir
    echo "cd $work/$1 && CARGO_TARGET_DIR=$work/target-$1 cargo build --offline --quiet"
}

declare -A median
# Interleave ours and the usual way, so load from other work on the machine hits both alike.
for name in ours-31 usual-31; do
    median[$name-clean]=$(measure "$name-clean" "$clean_runs" "rm -rf $work/target-$name" "$(build "$name")")
done
for name in ours-1000 usual-1000; do
    bash -c "$(build "$name")" # the build the rebuilds start from
    median[$name-rebuild]=$(measure "$name-rebuild" "$rebuild_runs" "touch $work/$name/src/lib.rs" "$(build "$name")")
done

# Both measures again, alternating ours and the usual way one build at a time: drift in the
# machine's speed then falls on both sides of each pair, and the median of the pairs' ratios is
# steadier than a ratio of two medians taken a minute apart. Timed with the shell's clock.
# alternate KIND RUNS OURS USUAL PREPARE: PREPARE (with NAME set) runs before each build; sets
# alternating_ours, alternating_usual and pair_ratios.
alternate() {
    local kind=$1 runs=$2 ours=$3 usual=$4 prepare=$5 times start name
    alternating_ours=()
    alternating_usual=()
    pair_ratios=()
    for _ in $(seq "$runs"); do
        times=()
        for name in "$ours" "$usual"; do
            NAME=$name bash -c "$prepare"
            start=$(date +%s%N)
            bash -c "$(build "$name")"
            times+=($(( $(date +%s%N) - start )))
        done
        echo "  $kind alternately: ours $((times[0] / 1000000)) ms, usual $((times[1] / 1000000)) ms" >&2
        alternating_ours+=("${times[0]}")
        alternating_usual+=("${times[1]}")
        pair_ratios+=("$(awk -v a="${times[0]}" -v b="${times[1]}" 'BEGIN { printf "%.6f", a / b }')")
    done
}
middle() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
row() { # label ours usual
    awk -v label="$1" -v ours="$2" -v usual="$3" \
        'BEGIN { printf "| %s | %.2f | %.2f | %.3f |\n", label, ours, usual, ours / usual }'
}
alternate_row() { # runs: the row of the last `alternate`
    awk -v runs="$1" -v ours="$(middle "${alternating_ours[@]}")" \
        -v usual="$(middle "${alternating_usual[@]}")" -v ratio="$(middle "${pair_ratios[@]}")" \
        'BEGIN { printf "| the same, ours and the usual way alternately (%d pairs; median of the pairs'"'"' ratios) | %.2f | %.2f | %.3f |\n", runs, ours / 1e9, usual / 1e9, ratio }'
}
alternate clean "$clean_runs" ours-31 usual-31 "rm -rf $work/target-\$NAME"
clean_alternately=$(alternate_row "$clean_runs")
alternate rebuild "$rebuild_runs" ours-1000 usual-1000 "touch $work/\$NAME/src/lib.rs"
rebuild_alternately=$(alternate_row "$rebuild_runs")

echo
echo "| build (debug profile) | ours (s) | usual way (s) | ours / usual |"
echo "|---|---:|---:|---:|"
row "clean cargo build, 31 codes, dependencies included (median of $clean_runs)" \
    "${median[ours-31-clean]}" "${median[usual-31-clean]}"
echo "$clean_alternately"
row "rebuild after touching a 1,000-variant crate (median of $rebuild_runs)" \
    "${median[ours-1000-rebuild]}" "${median[usual-1000-rebuild]}"
echo "$rebuild_alternately"
