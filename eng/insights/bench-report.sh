#!/usr/bin/env bash
# Scale check of `cse report`: generates a synthetic chat log (default 1,000,000 messages, ~40 characters each),
# runs the release build over it under /usr/bin/time and prints messages/s (wall clock and per CPU second) and
# the peak resident memory. Usage (from the repository root):
#   eng/insights/bench-report.sh [MESSAGES=1000000] [jsonl|csv]
# Needs: python3, GNU time (/usr/bin/time, Debian package `time`), a Release build (dotnet build -c Release).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-1000000}
FMT=${2:-jsonl}
WORK=${BENCH_DIR:-${TMPDIR:-/tmp}/cse-report-bench}
mkdir -p "$WORK"
LOG="$WORK/chat-$N.$FMT"
if [ ! -s "$LOG" ]; then
  extra=(); [ "$FMT" = csv ] && extra=(--csv)
  python3 eng/insights/gen_chat_log.py "$LOG" "$N" "${extra[@]}"
fi
CSE=src/CsEtiquette.Cli/bin/Release/net10.0/cse.dll
[ -f "$CSE" ] || dotnet build src/CsEtiquette.Cli -c Release -nologo -v q
[ -x /usr/bin/time ] || { echo "bench-report: /usr/bin/time missing (apt-get install time)" >&2; exit 1; }
SIZE=$(stat -c %s "$LOG")
/usr/bin/time -f "%e %U %S %M" -o "$WORK/time.txt" dotnet "$CSE" report "$LOG" --json "$WORK/report.json" --html "$WORK/report.html" > "$WORK/console.txt" 2> "$WORK/stderr.txt"
read -r WALL USER SYS RSS < "$WORK/time.txt"
awk -v n="$N" -v w="$WALL" -v u="$USER" -v s="$SYS" -v rss="$RSS" -v size="$SIZE" -v cores="$(nproc)" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
  printf "messages        %d (%.1f MB log)\n", n, size / 1048576
  printf "wall clock      %.2f s  -> %.0f messages/s\n", w, n / w
  printf "CPU (user+sys)  %.2f s  -> %.0f messages per CPU-second (%d cores, load average %s)\n", u + s, n / (u + s), cores, load
  printf "peak RSS        %.1f MB\n", rss / 1024
}'
