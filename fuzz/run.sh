#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a fixed time (default 15 s),
# starting from the import and document fixtures and fuzz/seeds (a zip bomb among them). Exits non-zero
# if a target crashes; the crashing input is left in build/fuzz/artifacts/. Usage: fuzz/run.sh [SECONDS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
. scripts/deps.sh
jobdeck_install_packages clang libclang-rt-14-dev
build=build/fuzz
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DJOBDECK_FUZZ=ON -DJOBDECK_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_csv fuzz_import fuzz_analyzer fuzz_document
mkdir -p "$build/artifacts"
for target in fuzz_csv fuzz_import fuzz_analyzer fuzz_document; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    echo "== $target: ${seconds}s"
    # Leak checks off: Qt keeps caches alive until exit, which LeakSanitizer reports as leaks.
    ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        "$build/fuzz/$target" -max_total_time="$seconds" -seed=1 -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$target-" "$corpus" tests/data/import tests/data/matching/documents fuzz/seeds
done
