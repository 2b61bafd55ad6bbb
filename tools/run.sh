#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs aup-milter in the foreground on the embedded demo
# configuration (config/aup-milter.toml). Everything it writes (socket, spool, quarantine, audit
# log) stays in demo-state/ at the top of the tree, never in the production paths; the socket is
# unix:demo-state/milter.sock. Each step says what it is doing; the build shows ninja's progress.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== 1/3 installing the Debian packages it needs (tools/install-deps.sh) =="
bash tools/install-deps.sh
echo "== 2/3 building (tools/build.sh; a first build takes several minutes) =="
bash tools/build.sh
mkdir -p demo-state
echo "== 3/3 starting aup-milter on the demo config; state in $PWD/demo-state; Ctrl-C stops it =="
exec build/milter/aup-milter --config config/aup-milter.toml --foreground "$@"
