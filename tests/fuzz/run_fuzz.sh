#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 OpsDeck contributors
# SPDX-License-Identifier: Apache-2.0
#
# Builds libFuzzer targets with clang++ straight from their plain-C++ sources
# and runs each one briefly. Exit 0: no target crashed; 1: a build failed or a
# target crashed (its log tail and the crashing input are printed); 77: no
# clang++ with libFuzzer here (ctest reports the test as skipped).
#
#   run_fuzz.sh --out DIR [--seconds N] \
#       --target NAME --src FILE... [--inc DIR...] [--seed-lines FILE...] \
#       [--target NAME ...]
#
# --seed-lines FILE: each line of FILE (up to 40; lines starting "# SPDX-" skipped)
# becomes one seed input. Missing seed files are ignored. The corpus lives in
# DIR/corpus/NAME and grows across runs; a target is rebuilt only when one of
# its sources, its include folders or this script is newer than the binary.
# Environment: OPSDECK_FUZZ_CXX picks the compiler; OPSDECK_FUZZ_SECONDS overrides --seconds.
set -euo pipefail

out=""
seconds=10
targets=()
declare -A srcs=() incs=() seeds=() libs=()
current=""
mode=""
while (($#)); do
    case "$1" in
    --out) out="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --target)
        current="$2"; targets+=("$current"); srcs[$current]=""; incs[$current]=""; seeds[$current]=""; libs[$current]=""
        shift 2 ;;
    --src | --inc | --seed-lines | --lib)
        [[ -n "$current" ]] || { echo "run_fuzz.sh: $1 before --target" >&2; exit 2; }
        mode="$1"; shift ;;
    --*) echo "run_fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *)
        case "$mode" in
        --src) srcs[$current]+="$1"$'\n' ;;
        --inc) incs[$current]+="$1"$'\n' ;;
        --seed-lines) seeds[$current]+="$1"$'\n' ;;
        --lib) libs[$current]+="$1"$'\n' ;;
        *) echo "run_fuzz.sh: stray argument $1" >&2; exit 2 ;;
        esac
        shift ;;
    esac
done
seconds="${OPSDECK_FUZZ_SECONDS:-$seconds}"
[[ -n "$out" && ${#targets[@]} -gt 0 ]] || { echo "usage: run_fuzz.sh --out DIR --target NAME --src FILE..." >&2; exit 2; }

cxx="${OPSDECK_FUZZ_CXX:-}"
if [[ -z "$cxx" ]]; then
    for candidate in clang++ clang++-19 clang++-18 clang++-17 clang++-16 clang++-15 clang++-14; do
        if command -v "$candidate" >/dev/null 2>&1; then cxx="$candidate"; break; fi
    done
fi
if [[ -z "$cxx" ]]; then
    echo "SKIP: no clang++ found (install clang and libclang-rt-dev to run the fuzz targets)"
    exit 77
fi

flags=(-std=c++20 -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined
       -fno-sanitize-recover=all)
mkdir -p "$out"
probe_dir="$out/probe"
mkdir -p "$probe_dir"
printf '#include <cstddef>\n#include <cstdint>\nextern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *, std::size_t) { return 0; }\n' \
    >"$probe_dir/probe.cpp"
if ! "$cxx" "${flags[@]}" "$probe_dir/probe.cpp" -o "$probe_dir/probe" >"$probe_dir/log" 2>&1; then
    echo "SKIP: $cxx cannot build a libFuzzer target (is libclang-rt-dev installed?):"
    tail -5 "$probe_dir/log"
    exit 77
fi

script="${BASH_SOURCE[0]}"
status=0
for name in "${targets[@]}"; do
    bin="$out/$name"
    mapfile -t target_srcs < <(printf '%s' "${srcs[$name]}")
    mapfile -t target_incs < <(printf '%s' "${incs[$name]}")
    mapfile -t target_seeds < <(printf '%s' "${seeds[$name]}")
    mapfile -t target_libs < <(printf '%s' "${libs[$name]}")
    lib_flags=()
    for l in "${target_libs[@]}"; do lib_flags+=("-l$l"); done

    stale=0
    if [[ ! -x "$bin" || "$script" -nt "$bin" ]]; then
        stale=1
    else
        for f in "${target_srcs[@]}"; do [[ "$f" -nt "$bin" ]] && stale=1; done
        for d in "${target_incs[@]}"; do
            [[ -d "$d" && -n "$(find "$d" -type f -newer "$bin" -print -quit)" ]] && stale=1
        done
        # Private headers beside the sources.
        for f in "${target_srcs[@]}"; do
            d="$(dirname "$f")"
            [[ -n "$(find "$d" -maxdepth 1 -name '*.h' -newer "$bin" -print -quit)" ]] && stale=1
        done
    fi
    if ((stale)); then
        echo "== building $name with $cxx"
        inc_flags=()
        for d in "${target_incs[@]}"; do inc_flags+=("-I$d"); done
        if ! "$cxx" "${flags[@]}" "${inc_flags[@]}" "${target_srcs[@]}" "${lib_flags[@]}" -o "$bin.tmp" >"$out/$name.build.log" 2>&1; then
            echo "FAIL: $name does not build:"
            tail -40 "$out/$name.build.log"
            status=1
            continue
        fi
        mv "$bin.tmp" "$bin"
    fi

    corpus="$out/corpus/$name"
    artifacts="$out/artifacts/$name"
    mkdir -p "$corpus" "$artifacts"
    for seed_file in "${target_seeds[@]}"; do
        [[ -f "$seed_file" ]] || continue
        base="$(basename "$seed_file")"
        n=0
        while IFS= read -r line || [[ -n "$line" ]]; do
            [[ "$line" == "# SPDX-"* ]] && continue
            printf '%s' "$line" >"$corpus/seed-$base-$n"
            n=$((n + 1))
            ((n < 40)) || break
        done <"$seed_file"
    done

    echo "== fuzzing $name for ${seconds}s"
    log="$out/$name.fuzz.log"
    if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1; then
        grep -E '^(#[0-9]+ *DONE|stat::number_of_executed_units)' "$log" | tail -2 || true
    else
        echo "FAIL: $name crashed; the last lines of $log:"
        tail -60 "$log"
        for crash in "$artifacts"/*; do
            [[ -f "$crash" ]] || continue
            echo "-- input $crash (base64):"
            head -c 4096 "$crash" | base64
        done
        status=1
    fi
done
exit "$status"
