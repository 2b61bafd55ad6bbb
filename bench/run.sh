#!/usr/bin/env bash
# Reproduces bench/README.md: builds the release tree (BUILD_DIR, default build-bench/), runs the
# engine benchmark, then (as root, with Postfix installed) the end-to-end benchmark. Results go
# to BUILD_DIR/bench-results/ (engine.json, engine.txt, e2e.json, e2e.txt).
#   bash bench/run.sh                 # everything (about 20 minutes on 2 cores)
#   E2E=0 bash bench/run.sh           # the in-process benchmarks only
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-bench}
BUILD_DIR=$BUILD_DIR bash tools/build.sh -DAUP_BENCH=ON >/dev/null
out="$BUILD_DIR/bench-results"
mkdir -p "$out"

echo "== engine benchmark (one core per thread) =="
"$BUILD_DIR/bench/engine_bench" --benchmark_out="$out/engine.json" --benchmark_out_format=json \
  --benchmark_min_time=0.5 | tee "$out/engine.txt"

echo "== content rules (Hyperscan) =="
"$BUILD_DIR/bench/content_bench" | tee "$out/content.txt"
echo "== ClamAV alone (clean cache off) =="
"$BUILD_DIR/bench/clamav_bench" | tee "$out/clamav.txt"

echo "== quarantine stores: SQLite vs PostgreSQL holds =="
"$BUILD_DIR/bench/store_bench" | tee "$out/store.txt"

if [ "${E2E:-1}" = "1" ]; then
  echo "== end-to-end benchmark (real Postfix on loopback) =="
  python3 bench/e2e.py --milter "$BUILD_DIR/milter/aup-milter" --json "$out/e2e.json" | tee "$out/e2e.txt"
fi
