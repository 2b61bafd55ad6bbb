#!/usr/bin/env bash
# Installs every build, test and run-time dependency from Debian 12 packages (needs root).
# lintian, systemd (systemd-analyze) and adduser: packaging/deb and its test (integration/test_package.py).
# libpq-dev: the PostgreSQL quarantine store; postgresql-15: its tests start their own server
# (initdb/pg_ctl in a temp dir, unix socket only), never the package's cluster (left stopped in
# containers by policy-rc.d; on a host with systemd it may run on 5432, which the tests never use).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Install Postfix without its debconf questions; in containers, start no services from packages.
echo 'postfix postfix/main_mailer_type select No configuration' | $SUDO debconf-set-selections
if [ ! -x /sbin/init ] || [ -f /.dockerenv ] || [ -n "${CI:-}" ]; then
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
  fi
fi

$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends \
  build-essential cmake ninja-build pkg-config ccache clang-14 libclang-rt-14-dev \
  libmilter-dev libgmime-3.0-dev libclamav-dev libhyperscan-dev libspdlog-dev \
  libgtest-dev libgmock-dev libtomlplusplus-dev libcli11-dev libsqlite3-dev libssl-dev \
  libcurl4-openssl-dev libpq-dev libzip-dev libxml2-dev libpoppler-cpp-dev libmagic-dev \
  libbenchmark-dev nlohmann-json3-dev prometheus-cpp-dev libsystemd-dev ca-certificates postfix clamav-daemon \
  python3 zip lintian systemd adduser postgresql-15 \
  libcpp-httplib-dev libsodium-dev chromium

# node and npm for the console's browser test (integration/browser: playwright-core drives the
# chromium above). A machine that already has them (e.g. NodeSource's nodejs, which conflicts with
# Debian's npm package) keeps its own.
command -v npm >/dev/null || $SUDO apt-get install -y -q --no-install-recommends nodejs npm
