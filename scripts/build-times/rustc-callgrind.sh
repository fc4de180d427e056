#!/usr/bin/env bash
# A RUSTC_WRAPPER: runs the rustc command of the crate named by BLB_CALLGRIND_CRATE under
# callgrind, writing its counts to BLB_CALLGRIND_OUT, and every other rustc command (dependencies,
# build scripts, cargo's version queries) as it is. BLB_RUSTC is the compiler itself rather than a
# rustup proxy, so the count is rustc's alone.
set -euo pipefail
rustc=$1
shift
crate=
previous=
for arg in "$@"; do
    if [ "$previous" = --crate-name ]; then
        crate=$arg
        break
    fi
    previous=$arg
done
if [ -n "${BLB_CALLGRIND_CRATE:-}" ] && [ "$crate" = "$BLB_CALLGRIND_CRATE" ]; then
    exec valgrind --tool=callgrind --callgrind-out-file="$BLB_CALLGRIND_OUT" --dump-instr=no \
        --compress-strings=no --log-file="$BLB_CALLGRIND_OUT.log" "${BLB_RUSTC:-$rustc}" "$@"
fi
exec "$rustc" "$@"
