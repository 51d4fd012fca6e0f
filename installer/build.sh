#!/usr/bin/env bash
# Installs what is missing, then configures and builds the release tree in
# build/. Safe to run again: it only rebuilds what changed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

"$root/installer/install-deps.sh"
if [ ! -f build/CMakeCache.txt ]; then
  cmake --preset default
fi
cmake --build --preset default
