#!/usr/bin/env bash
# Build cost of a catalogue crate, ours (one #[derive(ApiError)] catalogue on blb-errors) against
# the usual way (the same catalogue with thiserror + strum EnumString/IntoStaticStr + a
# hand-written status match + a serde body struct), debug profile, measured in the same run.
#
# Rows:
#   rebuild after `touch src/lib.rs`, and after editing one message (the middle code's, the same
#   edit both ways, alternating between two texts), at each size of SIZES (31 is BlbError's
#   codes, flat; other sizes are generated codes), incremental, as a developer rebuilds;
#   a clean build of the 31-code crate, dependencies included: alone, and inside an application
#   that already uses serde's derive and serde_json (the difference is then what each way adds).
#
# Figures:
#   M instr   instructions of the catalogue crate's `rustc` command alone (not its dependencies,
#             not build scripts), counted with valgrind's callgrind through a RUSTC_WRAPPER
#             (scripts/build-times/rustc-callgrind.sh); runs agree within about 0.3 %, the
#             primary figure for rebuilds. Clean builds have no instruction count (all of a clean build
#             under callgrind takes tens of minutes).
#   wall      ours and the usual way built alternately, one build at a time; the median of the
#             pairs' ratios (load from other work on the machine then falls on both sides).
#   cpu       the same builds' user + system time, all processes; the median of the pairs' ratios.
#
# Knobs (environment; anything else is refused before any build):
#   SIZES="10 31 64 100 1000 5000"   own codes per catalogue, 1 to 20000 each
#   EDITS="touch message"            which rebuild rows (either or both, or "" for none)
#   CLEAN="alone app"                which clean-build rows (either or both, or "" for none)
#   RUNS=5                           alternated pairs per rebuild row, 1 to 100
#   CLEAN_RUNS=3                     alternated pairs per clean row, 1 to 20
#   CALLGRIND=1                      0: wall and cpu time only
#   CALLGRIND_MAX=1000               the largest size counted under callgrind (callgrind runs rustc
#                                    30-50 times slower; at 5000 codes one count takes many minutes)
#   CALLGRIND_RUNS=1                 counts per way and row (the median is shown), 1 to 5
#
# Duration on a busy 2-core machine: the defaults take about 16 minutes (about 5 of them the
# counts at 1,000 codes, 5 the clean builds, 3 the first builds of the dependencies);
# `SIZES="10 31" CLEAN= RUNS=2` about 5 minutes, of which 3 are the first builds.
#
#   scripts/build-times.sh
#   SIZES="31 64" EDITS=message CLEAN= RUNS=3 scripts/build-times.sh
#
# Dependencies are fetched once (`cargo fetch`), then every build is `--offline`.
# The body is one block, read whole before it runs: editing or checking out this file during a
# run cannot change the run.
{
set -euo pipefail
shopt -s inherit_errexit

root=$(cd "$(dirname "$0")/.." && pwd)
here="$root/scripts/build-times"
sizes=${SIZES-10 31 64 100 1000 5000}
edits=${EDITS-touch message}
cleans=${CLEAN-alone app}
runs=${RUNS:-5}
clean_runs=${CLEAN_RUNS:-3}
callgrind=${CALLGRIND:-1}
callgrind_max=${CALLGRIND_MAX:-1000}
callgrind_runs=${CALLGRIND_RUNS:-1}

refuse() {
    echo "build-times.sh: $1" >&2
    exit 2
}
# whole NAME VALUE LOW HIGH: VALUE is a whole number from LOW to HIGH.
whole() {
    [[ $2 =~ ^[0-9]+$ ]] && (( 10#$2 >= $3 && 10#$2 <= $4 )) \
        || refuse "$1=$2: set it to a whole number from $3 to $4"
}
# subset NAME VALUE WORD...: VALUE is words among WORD..., each once.
subset() {
    local name=$1 value=$2 word seen=" "
    shift 2
    for word in $value; do
        [[ " $* " == *" $word "* ]] || refuse "$name=\"$value\": \"$word\" is not one of: $*"
        [[ $seen == *" $word "* ]] && refuse "$name=\"$value\": \"$word\" is named twice"
        seen+="$word "
    done
}
[ -n "${sizes// /}" ] || [ -n "$cleans" ] || refuse "SIZES and CLEAN are both empty: nothing to build"
seen=" "
for size in $sizes; do
    whole "SIZES (each)" "$size" 1 20000
    [[ $seen == *" $((10#$size)) "* ]] && refuse "SIZES=\"$sizes\": $size is named twice"
    seen+="$((10#$size)) "
done
sizes=$(printf '%s\n' $seen | sort -n | tr '\n' ' ')
subset EDITS "$edits" touch message
subset CLEAN "$cleans" alone app
whole RUNS "$runs" 1 100
whole CLEAN_RUNS "$clean_runs" 1 20
whole CALLGRIND_MAX "$callgrind_max" 0 20000
whole CALLGRIND_RUNS "$callgrind_runs" 1 5
[[ $callgrind == 0 || $callgrind == 1 ]] || refuse "CALLGRIND=$callgrind: set it to 0 or 1"
if [ "$callgrind" = 1 ] && [ -n "$edits" ] && ! command -v valgrind >/dev/null 2>&1; then
    refuse "valgrind is not installed: install it (apt-get install valgrind) or set CALLGRIND=0"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/blb-build-times.XXXXXX")
trap 'rm -rf "$work"' EXIT
rustc --edition 2021 -O -o "$work/crate_source" "$here/crate_source.rs"
real_rustc="$(rustc --print sysroot)/bin/rustc"

# make_crate WAY SIZE SETTING: the crate's folder, with both texts of the middle message beside
# src/lib.rs (text-0.rs, text-1.rs), and its dependencies fetched.
make_crate() {
    local way=$1 size=$2 setting=$3 name dir
    name="$way-$size-$setting"
    dir="$work/$name"
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<TOML
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

[workspace]

[dependencies]
TOML
    if [ "$way" = ours ]; then
        cat >>"$dir/Cargo.toml" <<TOML
blb-errors = { path = "$root/blb-errors" }
TOML
        # Start from the workspace's lock so the same dependency versions are built.
        cp "$root/Cargo.lock" "$dir/Cargo.lock"
    else
        cat >>"$dir/Cargo.toml" <<TOML
strum = { version = "0.28", features = ["derive"] }
thiserror = "2.0.21"
TOML
        cp "$root/blb-errors/benches/Cargo.lock" "$dir/Cargo.lock"
    fi
    if [ "$way" = usual ] || [ "$setting" = app ]; then
        cat >>"$dir/Cargo.toml" <<TOML
serde = { version = "1.0.229", features = ["derive"] }
serde_json = "1.0.154"
TOML
    fi
    if [ "$way" = ours ]; then
        # As a dependency from crates.io builds: a path dependency would be compiled incrementally.
        cat >>"$dir/Cargo.toml" <<TOML

[profile.dev.package.blb-errors]
incremental = false

[profile.dev.package.blb-errors-derive]
incremental = false

[profile.dev.package.blb-errors-internals]
incremental = false
TOML
    fi
    "$work/crate_source" "$way" "$size" 0 "$setting" >"$dir/text-0.rs"
    "$work/crate_source" "$way" "$size" 1 "$setting" >"$dir/text-1.rs"
    cp "$dir/text-0.rs" "$dir/src/lib.rs"
    echo 0 >"$dir/text"
    (cd "$dir" && cargo fetch --quiet)
}

failed() {
    echo "build-times.sh: building $1 failed; the end of cargo's output:" >&2
    tail -n 30 "$work/cargo.log" >&2
    exit 1
}

# children_cpu: sets children to the seconds of user and system time of every process this shell
# has waited for (`times` in this shell: a subshell would start from zero).
children_cpu() {
    times >"$work/cpu"
    children=$(awk 'NR == 2 { split($1, u, /[ms]/); split($2, s, /[ms]/); print u[1] * 60 + u[2] + s[1] * 60 + s[2] }' "$work/cpu")
}

# build NAME TARGET: cargo build of that crate into the target folder TARGET; appends
# "wall_ns cpu_s" to $work/times. Incremental crates of every size share a target folder per way.
build() {
    local name=$1 target=$2 start end cpu_start
    children_cpu
    cpu_start=$children
    start=$(date +%s%N)
    (cd "$work/$name" && CARGO_TARGET_DIR="$work/$target" \
        cargo build --offline --quiet 2>>"$work/cargo.log") || failed "$name"
    end=$(date +%s%N)
    children_cpu
    echo "$((end - start)) $(awk -v a="$cpu_start" -v b="$children" 'BEGIN { printf "%.3f", b - a }')" >>"$work/times"
}

# prepare NAME EDIT: the change a rebuild starts from.
prepare() {
    local dir="$work/$1" text
    case $2 in
        touch) touch "$dir/src/lib.rs" ;;
        message)
            text=$((1 - $(cat "$dir/text")))
            cp "$dir/text-$text.rs" "$dir/src/lib.rs"
            echo "$text" >"$dir/text"
            ;;
    esac
}

# count NAME TARGET: the build, with the catalogue crate's rustc under callgrind; sets counted
# (millions of instructions).
count() {
    local name=$1 target=$2 out="$work/callgrind.out"
    rm -f "$out"
    (cd "$work/$name" && RUSTC_WRAPPER="$here/rustc-callgrind.sh" BLB_RUSTC="$real_rustc" \
        BLB_CALLGRIND_CRATE="${name//-/_}" BLB_CALLGRIND_OUT="$out" CARGO_TARGET_DIR="$work/$target" \
        cargo build --offline --quiet 2>>"$work/cargo.log") || failed "$name"
    [ -f "$out" ] || { echo "build-times.sh: $name: no rustc command was counted" >&2; exit 1; }
    counted=$(awk '/^totals:/ { printf "%.2f\n", $2 / 1e6 }' "$out")
}

middle() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# pairs RUNS OURS USUAL OURS_TARGET USUAL_TARGET PREPARE...: RUNS alternated builds, PREPARE run
# (with the crate's name appended) before each; sets the medians wall (of the pairs' wall-time
# ratios), cpu (of their cpu-time ratios), ours_ms and usual_ms.
pairs() {
    local runs=$1 ours=$2 usual=$3 ours_target=$4 usual_target=$5 walls=() cpus=() oms=() ums=()
    shift 5
    local o u
    for _ in $(seq "$runs"); do
        : >"$work/times"
        "$@" "$ours"
        build "$ours" "$ours_target"
        "$@" "$usual"
        build "$usual" "$usual_target"
        read -r -a o < <(sed -n 1p "$work/times")
        read -r -a u < <(sed -n 2p "$work/times")
        echo "    ours $((o[0] / 1000000)) ms (cpu ${o[1]} s), usual $((u[0] / 1000000)) ms (cpu ${u[1]} s)" >&2
        walls+=("$(awk -v a="${o[0]}" -v b="${u[0]}" 'BEGIN { printf "%.6f", a / b }')")
        cpus+=("$(awk -v a="${o[1]}" -v b="${u[1]}" 'BEGIN { printf "%.6f", (b > 0) ? a / b : 0 }')")
        oms+=("$((o[0] / 1000000))")
        ums+=("$((u[0] / 1000000))")
    done
    wall=$(middle "${walls[@]}")
    cpu=$(middle "${cpus[@]}")
    ours_ms=$(middle "${oms[@]}")
    usual_ms=$(middle "${ums[@]}")
}

rebuild_prepare() { prepare "$2" "$1"; }
clean_prepare() { rm -rf "$work/clean-$1"; }

rows=()
# row SIZE BUILD OURS_M USUAL_M WALL CPU OURS_MS USUAL_MS TARGET
row() {
    rows+=("$(awk -v size="$1" -v build="$2" -v o="$3" -v u="$4" -v wall="$5" -v cpu="$6" \
        -v oms="$7" -v ums="$8" -v most="$9" 'BEGIN {
            instr = (o == "-") ? "| - | - | - " : sprintf("| %.1f | %.1f | %.3f ", o, u, o / u)
            within = ((o == "-") ? "-" : (o / u <= most) ? "yes" : "no") ", " ((wall <= most) ? "yes" : "no")
            printf "| %s | %s %s| %.3f | %.3f | %d | %d | %s | %s |", size, build, instr, wall, cpu, oms, ums, most, within
        }')")
}

started=$(date +%s)
for size in $sizes; do
    [ -n "$edits" ] || break
    echo "== $size codes" >&2
    make_crate ours "$size" alone
    make_crate usual "$size" alone
    build "ours-$size-alone" target-ours # the builds the rebuilds start from
    build "usual-$size-alone" target-usual
    target=0.7
    [ "$size" = 10 ] && target=0.8
    for edit in $edits; do
        echo "  rebuild after $edit, alternated" >&2
        pairs "$runs" "ours-$size-alone" "usual-$size-alone" target-ours target-usual \
            rebuild_prepare "$edit"
        ours_m=- usual_m=-
        if [ "$callgrind" = 1 ] && (( size <= callgrind_max )); then
            ours_counts=() usual_counts=()
            for _ in $(seq "$callgrind_runs"); do
                prepare "ours-$size-alone" "$edit"
                count "ours-$size-alone" target-ours
                ours_counts+=("$counted")
                prepare "usual-$size-alone" "$edit"
                count "usual-$size-alone" target-usual
                usual_counts+=("$counted")
                echo "    callgrind: ours ${ours_counts[-1]} M, usual ${usual_counts[-1]} M" >&2
            done
            ours_m=$(middle "${ours_counts[@]}")
            usual_m=$(middle "${usual_counts[@]}")
        fi
        case $edit in
            touch) kind="rebuild after touch" ;;
            message) kind="rebuild after a message edit" ;;
        esac
        row "$size" "$kind" "$ours_m" "$usual_m" "$wall" "$cpu" "$ours_ms" "$usual_ms" "$target"
    done
done

for setting in $cleans; do
    echo "== clean build, 31 codes, $setting" >&2
    make_crate ours 31 "$setting"
    make_crate usual 31 "$setting"
    target=0.6
    [ "$setting" = app ] && target=0.8
    pairs "$clean_runs" "ours-31-$setting" "usual-31-$setting" "clean-ours-31-$setting" \
        "clean-usual-31-$setting" clean_prepare
    case $setting in
        alone) kind="clean build, dependencies included" ;;
        app) kind="clean build in an app using serde and serde_json" ;;
    esac
    row 31 "$kind" - - "$wall" "$cpu" "$ours_ms" "$usual_ms" "$target"
done

echo
echo "Debug profile; ratios and targets are ours / usual; no cliff is wanted between neighbouring sizes."
echo "M instr: the catalogue crate's rustc command (median of $callgrind_runs);"
echo "wall and cpu: medians of the ratios of $runs alternated pairs ($clean_runs for clean builds); ms: median wall times."
echo
echo "| codes | build | ours M instr | usual M instr | ratio | wall ratio | cpu ratio | ours ms | usual ms | target | within (instr, wall) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
printf '%s\n' "${rows[@]}"
echo
echo "$(( $(date +%s) - started )) s; $(rustc --version)"
exit
}
