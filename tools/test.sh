#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test: the unit tests and the fuzz seed replays
# under ASan+UBSan, then the Debian package made from the release build (lintian), then the full
# suite (unit + real-Postfix integration, including the install walkthrough from the package).
# The full suite runs last so that ctest's summary ends the output. Real fuzzing (a clang build of
# its own) is the separate, longer `bash fuzz/run-short.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh

# The corpus accuracy floors (thousands of messages through the whole engine) run in the release
# suite below; under the sanitizers they would only add minutes.
echo "== sanitizer build (ASan + UBSan): unit tests and fuzz seed replays (not the corpus floors) =="
# -O1 -g1: sanitizer reports keep file:line, and the cold build is much cheaper than -O2 -g.
BUILD_DIR=build-asan bash tools/build.sh -DAUP_SANITIZE=ON -DAUP_BENCH=OFF \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" >/dev/null
if ! (cd build-asan && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
       ctest -L unit -E '^corpus\.' -j "$(nproc)" --output-on-failure > ../build-asan/unit.log 2>&1); then
  cat build-asan/unit.log
  echo "sanitizer unit tests FAILED"
  exit 1
fi
grep -E "tests passed|tests failed" build-asan/unit.log

echo "== release build: unit and integration tests =="
# One ctest per unit-test executable here too: each executable compiles the rules once, not
# once per test (a developer's build keeps one ctest per test case). The benchmarks are built in
# build-bench/ by bench/run.sh, not here.
bash tools/build.sh -DAUP_CTEST_PER_EXECUTABLE=ON -DAUP_BENCH=OFF >/dev/null

# The Debian package from this same build (no compile), checked by lintian; the ctest
# integration.package installs it, follows docs/install.md with a real Postfix, and purges it.
echo "== Debian package (packaging/deb/build-deb.sh) and lintian =="
rm -rf build/deb
deb=$(bash packaging/deb/build-deb.sh build build/deb | tail -1)
echo "$deb"
lintian --fail-on error "$deb"

# playwright-core for the console's browser test, exactly as the lockfile says (Debian's chromium).
(cd integration/browser && npm ci --ignore-scripts --no-audit --no-fund)

cd build
ctest -j "$(nproc)" --output-on-failure
