#!/usr/bin/env bash
# Installs the Debian 12 packages Counselor Workstation builds, runs and tests
# with. Installs only what is missing; does nothing when all are present.
# Usage: installer/install-deps.sh   (as root, or a user with sudo)
set -euo pipefail

packages=(
  # build tools
  cmake ninja-build g++ pkg-config
  # the sanitize preset and the fuzz tests: clang with its sanitizer and
  # libFuzzer runtimes, and ccache, the preset's compiler launcher
  clang libclang-rt-14-dev ccache
  # translations: the catalog of the window's strings (xgettext, msgfmt)
  gettext
  # libraries
  libwxgtk3.2-dev libboost-filesystem-dev libsqlcipher-dev libspdlog-dev
  nlohmann-json3-dev libcli11-dev libsodium-dev libcairo2-dev libpango1.0-dev
  # the clinic server's client library (app/core/clinic)
  libpq-dev
  # GTK's print dialog, which a test's batch print answers
  libgtk-3-dev
  # fonts the printed handouts use (DejaVu Serif and Sans)
  fonts-dejavu-core
  # tests
  catch2 xvfb xauth poppler-utils sqlcipher
  # the clinic server's TLS test makes its certificates at test time
  openssl
  # the clinic server's tests: PostgreSQL 15, run by the tests themselves in a
  # throwaway cluster (the system's own service is never used)
  postgresql
  # benchmarks (installer/bench.sh): Google Benchmark, and /usr/bin/time for peak memory
  libbenchmark-dev time
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [ "$status" = "installed" ] || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
