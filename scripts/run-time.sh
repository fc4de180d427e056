#!/usr/bin/env bash
# Run time of ours (blb-errors) against the usual way (strum, thiserror, serde_json), release
# profile, measured in the same run, in one table: every case of the benches package
# (blb-errors/benches) with both figures, its ratio and its target.
#
# Cases:
#   lookup/N/inline     code -> value (ours `from_code`, strum `from_str`) at N codes, the call in
#                       a loop, both ways in one binary (bench `lookup`);
#   lookup/N/call       the same, each way behind an #[inline(never)] function (bench `lookup`);
#   lookup/N/separate   the same, each way in a binary of its own (`lookup_ours`, `lookup_usual`),
#                       so the code layout of one cannot shape the other;
#   write, parse/known, parse/unknown, parse/long-message
#                       error bodies on BlbError (bench `wire`).
#
# Figures:
#   instr/op   instructions per operation counted by valgrind's cachegrind, the steady figure:
#              (I(2P passes) - I(P passes)) / (P x operations per pass), setup taken out;
#   ns/op      median of short timed passes; in one binary ours and the usual way alternate pass
#              by pass, and the wall ratio is the median of the pairs' ratios; for `separate`
#              the two binaries run alternately RUNS times and the ratio is the median of those
#              pairs' ratios.
#
# Knobs (environment; anything else is refused before any build):
#   BENCHES="lookup separate wire"   which groups of cases
#   PAIRS=100                        timed pairs per case in one binary, 1 to 100000
#   RUNS=5                           alternated runs of the separate binaries, 1 to 100
#   COUNT=1                          0: timings only, no instruction counts
#
# Duration on a busy 2-core machine: about 1 minute with the defaults (half of it the counts),
# plus about 1 minute the first time for the release build of the benches.
#
#   scripts/run-time.sh
#   BENCHES=wire PAIRS=30 scripts/run-time.sh
# The body is one block, read whole before it runs: editing or checking out this file during a
# run cannot change the run.
{
set -euo pipefail
shopt -s inherit_errexit

root=$(cd "$(dirname "$0")/.." && pwd)
manifest="$root/blb-errors/benches/Cargo.toml"
benches=${BENCHES-lookup separate wire}
pairs=${PAIRS:-100}
runs=${RUNS:-5}
count=${COUNT:-1}

refuse() {
    echo "run-time.sh: $1" >&2
    exit 2
}
whole() { # NAME VALUE LOW HIGH
    [[ $2 =~ ^[0-9]+$ ]] && (( 10#$2 >= $3 && 10#$2 <= $4 )) \
        || refuse "$1=$2: set it to a whole number from $3 to $4"
}
seen=" "
for group in $benches; do
    [[ " lookup separate wire " == *" $group "* ]] \
        || refuse "BENCHES=\"$benches\": \"$group\" is not one of: lookup separate wire"
    [[ $seen == *" $group "* ]] && refuse "BENCHES=\"$benches\": \"$group\" is named twice"
    seen+="$group "
done
[ -n "${benches// /}" ] || refuse "BENCHES is empty: nothing to measure"
whole PAIRS "$pairs" 1 100000
whole RUNS "$runs" 1 100
[[ $count == 0 || $count == 1 ]] || refuse "COUNT=$count: set it to 0 or 1"
if [ "$count" = 1 ] && ! command -v valgrind >/dev/null 2>&1; then
    refuse "valgrind is not installed: install it (apt-get install valgrind) or set COUNT=0"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/blb-run-time.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

echo "building the benches (release)" >&2
cargo bench --manifest-path "$manifest" --no-run --message-format=json 2>"$work/cargo.log" \
    | sed -n 's/.*"target":{[^}]*"name":"\([^"]*\)".*"executable":"\([^"]*\)".*/\1 \2/p' \
        >"$work/executables" || { tail -n 30 "$work/cargo.log" >&2; exit 1; }
declare -A binary
while read -r name path; do
    binary[$name]=$path
done <"$work/executables"
for name in lookup lookup_ours lookup_usual wire; do
    [ -n "${binary[$name]:-}" ] || refuse "cargo built no bench binary named $name"
done

# The binaries each group's cases come from.
declare -A group_binaries=([lookup]="lookup" [separate]="lookup_ours lookup_usual" [wire]="wire")

# instructions BINARY CASE WAY PASSES: instructions of the whole run.
instructions() {
    valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
        --log-file="$work/cachegrind.log" "$1" --count "$2" "$3" "$4" </dev/null >/dev/null
    sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$work/cachegrind.log" | tr -d ,
}

# median COLUMN: the median of that column of stdin.
median() {
    awk -v column="$1" '{ print $column }' | sort -g \
        | awk '{ v[NR] = $1 } END { printf "%.4g\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

declare -A instr ns ratio
if [ "$count" = 1 ]; then
    echo "counting instructions" >&2
    for group in $benches; do
        for name in ${group_binaries[$group]}; do
            while IFS=$'\t' read -r case ways per_pass; do
                passes=$(( (10000 + per_pass - 1) / per_pass ))
                for way in ${ways//,/ }; do
                    once=$(instructions "${binary[$name]}" "$case" "$way" "$passes")
                    twice=$(instructions "${binary[$name]}" "$case" "$way" "$((2 * passes))")
                    instr[$case/$way]=$(awk -v a="$once" -v b="$twice" -v n="$((passes * per_pass))" \
                        'BEGIN { printf "%.1f", (b - a) / n }')
                    echo "  $case $way: ${instr[$case/$way]} instructions per operation" >&2
                done
            done < <("${binary[$name]}" --list)
        done
    done
fi

echo "timing" >&2
for group in $benches; do
    case $group in
        lookup | wire)
            while IFS=$'\t' read -r case ours usual pair_ratio; do
                ns[$case/ours]=$ours
                ns[$case/usual]=$usual
                ratio[$case]=$pair_ratio
            done < <(BLB_BENCH_PAIRS=$pairs "${binary[$group]}" --tsv)
            ;;
        separate)
            for run in $(seq "$runs"); do
                BLB_BENCH_PAIRS=$pairs "${binary[lookup_ours]}" --tsv >"$work/ours-$run"
                BLB_BENCH_PAIRS=$pairs "${binary[lookup_usual]}" --tsv >"$work/usual-$run"
                echo "  separate binaries, run $run of $runs" >&2
            done
            # Per case and run: "ratio ours_ns usual_ns", from the two binaries' lines.
            while read -r case; do
                for run in $(seq "$runs"); do
                    awk -F'\t' -v name="$case" '$1 == name { if (FNR == NR) o = $2; else u = $3 }
                        END { printf "%.6f %s %s\n", o / u, o, u }' "$work/ours-$run" "$work/usual-$run"
                done >"$work/case"
                ratio[$case]=$(median 1 <"$work/case")
                ns[$case/ours]=$(median 2 <"$work/case")
                ns[$case/usual]=$(median 3 <"$work/case")
            done < <(cut -f1 "$work/ours-1")
            ;;
    esac
done

# target CASE: the most ours / usual may be.
target() {
    case $1 in
        lookup/1000/*) echo 0.25 ;;
        lookup/*) echo 1.0 ;;
        write) echo 0.3 ;;
        parse/known) echo 0.4 ;;
        parse/unknown | parse/long-message) echo 0.5 ;;
    esac
}

echo
echo "Release profile; instr/op by cachegrind; ns/op medians; wall ratio: median of the pairs' ratios"
echo "($pairs pairs in one binary; $runs alternated runs of the separate binaries)."
echo
echo "| case | ours instr/op | usual instr/op | instr ratio | ours ns/op | usual ns/op | wall ratio | target | within (instr, wall) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---|"
for group in $benches; do
    for name in ${group_binaries[$group]}; do
        "${binary[$name]}" --list | cut -f1
    done
done | awk '!seen[$0]++' | while read -r case; do
    awk -v name="$case" -v io="${instr[$case/ours]:--}" -v iu="${instr[$case/usual]:--}" \
        -v no="${ns[$case/ours]:--}" -v nu="${ns[$case/usual]:--}" -v wall="${ratio[$case]:--}" \
        -v target="$(target "$case")" 'BEGIN {
            ir = (io == "-" || iu == "-" || iu == 0) ? "-" : sprintf("%.3f", io / iu)
            within = within_target(ir, target) ", " within_target(wall, target)
            printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", name, io, iu, ir, no, nu, wall, target, within
        }
        function within_target(value, most) { return (value == "-") ? "-" : (value + 0 <= most + 0) ? "yes" : "no" }'
done
echo
echo "$(( $(date +%s) - started )) s; $(rustc --version)"
exit
}
