#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test through CTest; then builds the same tree again with clang under
# AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/) and runs
# every test there too, with the libFuzzer targets for a bounded time each.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/installer/build.sh"
cd "$root"
ctest --preset default "$@"

if [ ! -f build-sanitize/CMakeCache.txt ]; then
  cmake --preset sanitize
fi
cmake --build --preset sanitize
ctest --preset sanitize "$@"
