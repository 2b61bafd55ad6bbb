#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs aup-milter in the foreground on the embedded default
# configuration (config/aup-milter.toml), listening on unix:/run/aup-milter/milter.sock for Postfix.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
bash tools/build.sh >/dev/null
exec build/milter/aup-milter --config config/aup-milter.toml --foreground "$@"
