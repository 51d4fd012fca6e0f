#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test through CTest; then builds everything again with clang under
# AddressSanitizer and UndefinedBehaviorSanitizer (build-sanitize/) and runs
# every test there too (the fuzzers on a fixed number of inputs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/installer/build.sh"
cd "$root"
ctest --preset default "$@"

# Then the whole suite again under the sanitizers (build-sanitize/, clang).
# On this 2-core machine, quiet, the whole run (both builds from scratch,
# both suites) was measured at the time given in the README ("Sanitizers and
# fuzzing"); CI allows 90 minutes.
if [ ! -f build-sanitize/CMakeCache.txt ]; then
  cmake --preset sanitize
fi
cmake --build --preset sanitize
ctest --preset sanitize "$@"
