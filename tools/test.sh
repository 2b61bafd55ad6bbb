#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test: the unit tests and the fuzz seed replays
# under ASan+UBSan, then the full suite (unit + real-Postfix integration) on the release build.
# The full suite runs last so that ctest's summary ends the output. Real fuzzing (a clang build of
# its own) is the separate, longer `bash fuzz/run-short.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh

# The corpus accuracy floors (thousands of messages through the whole engine) run in the release
# suite below; under the sanitizers they would only add minutes.
echo "== sanitizer build (ASan + UBSan): unit tests and fuzz seed replays (not the corpus floors) =="
BUILD_DIR=build-asan bash tools/build.sh -DAUP_SANITIZE=ON -DAUP_BENCH=OFF >/dev/null
if ! (cd build-asan && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       ctest -L unit -E '^corpus\.' -j "$(nproc)" --output-on-failure > ../build-asan/unit.log 2>&1); then
  cat build-asan/unit.log
  echo "sanitizer unit tests FAILED"
  exit 1
fi
grep -E "tests passed|tests failed" build-asan/unit.log

echo "== release build: unit and integration tests =="
bash tools/build.sh >/dev/null
cd build
ctest -j "$(nproc)" --output-on-failure
