#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test through CTest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/installer/build.sh"
cd "$root"
ctest --preset default "$@"
