#!/bin/sh
# run_fuzzer.sh FUZZER SEED_CORPUS ARTIFACT_PREFIX [LIBFUZZER_OPTION...]
# Runs one libFuzzer target on a scratch copy of its seed corpus, so what the
# fuzzer adds never lands in the source tree. Exits non-zero on a finding;
# the input that caused it is kept under ARTIFACT_PREFIX.
set -eu
fuzzer=$1 seeds=$2 artifacts=$3
shift 3
work=$(mktemp -d)
export TMPDIR="$work"  # the fuzzer's scratch files too
trap 'rm -rf "$work"' EXIT
cp -R "$seeds" "$work/corpus"
# -print_final_stats: how many inputs ran, in the test's output.
"$fuzzer" -artifact_prefix="$artifacts" -print_final_stats=1 "$@" "$work/corpus"
