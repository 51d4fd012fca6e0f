#!/usr/bin/env bash
# Builds the benchmarks, seeds a 10,000-client practice once into a
# temporary folder, runs every benchmark beside its floor (measured in the
# same run) and prints the table: operation | median | floor | ratio | goal |
# holds?. Nothing outside the temporary folder is read or written: HOME and
# the XDG folders point into it, and it is removed at the end.
#
# Usage: installer/bench.sh            (BENCH_CLIENTS=N for another size,
#                                       BENCH_REPETITIONS=N, default 5;
#                                       BENCH_WINDOW_RUNS=N, default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

installer/install-deps.sh
cmake --preset default >/dev/null
cmake --build build -j2 --target bench >&2

clients=${BENCH_CLIENTS:-10000}
repetitions=${BENCH_REPETITIONS:-5}
# A window start is one sample, and the machine moves it by a fifth from
# one run to the next: five runs let the median jump by as much.
window_runs=${BENCH_WINDOW_RUNS:-15}
work=$(mktemp -d -t counselor-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share" XDG_CONFIG_HOME="$work/home/.config"
export COUNSELOR_PLUGIN_PATH="" COUNSELOR_FORMS_PATH=""
unset COUNSELOR_DB
mkdir -p "$HOME"
bin="$root/build/bin"
measures="$work/measures.txt"

echo "Seeding $clients clients (and their floor: the same rows in bulk)..." >&2
"$bin/counselor_bench_seed" "$work/practice.db" "$clients" 1 | tee "$measures" >&2
# The benchmarks and the window write (audit rows, administrations): each
# gets its own copy of the seeded practice.
cp "$work/practice.db" "$work/operations.db"
cp "$work/practice.db" "$work/window.db"

echo "Running the benchmarks ($repetitions repetitions each)..." >&2
COUNSELOR_BENCH_DB="$work/operations.db" "$bin/counselor_bench" \
  --benchmark_repetitions="$repetitions" --benchmark_report_aggregates_only=true \
  --benchmark_out="$work/operations.json" --benchmark_out_format=json >&2

echo "Starting the window and a bare frame, $window_runs times each (Xvfb)..." >&2
cat > "$work/window.sh" <<INNER
set -eu
for i in \$(seq $window_runs); do
  /usr/bin/time -f "%M" -o "$work/rss" "$bin/counselor" --db "$work/window.db" --exit-when-ready --size 1280x800 > "$work/out"
  echo "window_ms \$(sed -n 's/^ready in \([0-9]*\) ms.*/\1/p' "$work/out")" >> "$measures"
  echo "window_rss_kb \$(tail -1 "$work/rss")" >> "$measures"
  /usr/bin/time -f "%M" -o "$work/rss" "$bin/counselor_bench_frame" > "$work/out"
  echo "frame_ms \$(sed -n 's/^ready in \([0-9]*\) ms.*/\1/p' "$work/out")" >> "$measures"
  echo "frame_rss_kb \$(tail -1 "$work/rss")" >> "$measures"
done
INNER
xvfb-run -a -s "-screen 0 1600x1000x24" bash "$work/window.sh"

echo
echo "Counselor Workstation benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Practice: $(grep -E '^(clients|sessions|notes|administrations|audit_rows) ' "$measures" | tr '\n' ' ')"
echo
"$bin/counselor_bench_table" "$work/operations.json" "$measures"
