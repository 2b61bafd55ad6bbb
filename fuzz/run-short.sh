#!/usr/bin/env bash
# Builds the libFuzzer targets (clang-14, ASan + UBSan, in BUILD_DIR, default build-fuzz/) and runs
# each one for a bounded time from its seed corpus, two at a time. Prints one line per target and
# exits non-zero if any target crashed, leaked, hung or broke an invariant; the reproducer is
# kept in BUILD_DIR/fuzz-artifacts/.
#
#   FUZZ_SECONDS=20 bash fuzz/run-short.sh            # the CI run (default 20 s per target)
#   FUZZ_SECONDS=3600 bash fuzz/run-short.sh fuzz_message_engine   # a long run of one target
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-fuzz}
SECONDS_PER_TARGET=${FUZZ_SECONDS:-20}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
flags=-fsanitize=fuzzer-no-link,address,undefined
CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DAUP_FUZZ=ON -DAUP_BENCH=OFF -DBUILD_TESTING=OFF "${launcher[@]}" \
  "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_C_FLAGS=$flags" >/dev/null
ninja -C "$BUILD_DIR" -j "$(nproc)" fuzz/all >/dev/null

if [ $# -gt 0 ]; then
  targets=("$@")
else
  mapfile -t targets < <(find "$BUILD_DIR/fuzz" -maxdepth 1 -type f -name 'fuzz_*' -perm -u+x -printf '%f\n' | sort)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
artifacts="$BUILD_DIR/fuzz-artifacts"
mkdir -p "$artifacts"

# run_one TARGET - fuzzes one target into a scratch corpus; its log goes to $work/TARGET.log.
run_one() {
  local t=$1 args=()
  mkdir -p "$work/$t.corpus"
  [ -f "fuzz/$t.dict" ] && args+=("-dict=fuzz/$t.dict")
  local seeds=()
  [ -d "fuzz/corpus/$t" ] && seeds+=("fuzz/corpus/$t")
  ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/fuzz/lsan.supp} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
    "$BUILD_DIR/fuzz/$t" -max_total_time="$SECONDS_PER_TARGET" -timeout=25 -rss_limit_mb=2048 \
    -artifact_prefix="$artifacts/$t-" "${args[@]}" "$work/$t.corpus" "${seeds[@]}" >"$work/$t.log" 2>&1
}

# summary TARGET RC - the one line printed per target.
summary() {
  local t=$1 rc=$2 stats
  stats=$(sed -nE 's/^#([0-9]+)[[:space:]]+DONE[[:space:]]+cov: ([0-9]+) ft: ([0-9]+) corp: ([0-9]+).*exec\/s: ([0-9]+) rss: ([0-9]+Mb).*/\1 runs, \5 exec\/s, cov \2, corpus \4, rss \6/p' \
    "$work/$t.log" | tail -1)
  if [ "$rc" -eq 0 ]; then
    echo "$t: ok, ${stats:-no stats} in ${SECONDS_PER_TARGET}s"
  else
    echo "$t: FAILED (exit $rc): $(grep -m1 -E 'ERROR:|runtime error|invariant|contract|Timeout|out-of-memory' "$work/$t.log" || echo 'see log')"
    echo "  reproducer: $(ls -t "$artifacts/$t-"* 2>/dev/null | head -1 || echo none); log tail:"
    tail -25 "$work/$t.log" | sed 's/^/  | /'
  fi
}

failed=0
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  batch=("${targets[@]:i:2}")
  pids=()
  for t in "${batch[@]}"; do run_one "$t" & pids+=($!); done
  for j in "${!batch[@]}"; do
    rc=0
    wait "${pids[$j]}" || rc=$?
    summary "${batch[$j]}" "$rc"
    [ "$rc" -eq 0 ] || failed=1
  done
done
if [ "$failed" -ne 0 ]; then
  echo "short fuzz runs FAILED"
  exit 1
fi
echo "short fuzz runs: ${#targets[@]} targets clean"
