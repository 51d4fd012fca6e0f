#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every
# test through CTest; then builds the core's unit tests and the libFuzzer
# targets again with clang under AddressSanitizer and UndefinedBehaviorSanitizer
# (build-sanitize/) and runs them there, each fuzzer for a bounded time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/installer/build.sh"
cd "$root"
ctest --preset default "$@"

# The whole suite under the sanitizers is `cmake --build --preset sanitize &&
# ctest --preset sanitize` (README, "Sanitizers and fuzzing"); CI runs the
# unit tests and the fuzzers, which fit its time.
if [ ! -f build-sanitize/CMakeCache.txt ]; then
  cmake --preset sanitize
fi
cmake --build --preset sanitize --target unit_tests fuzz_form_file fuzz_fhir_questionnaire \
  fuzz_answers fuzz_plugin_manifest
ctest --preset sanitize -L '^(unit_tests|fuzz)$' "$@"
