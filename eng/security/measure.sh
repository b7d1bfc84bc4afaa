#!/usr/bin/env bash
# Bounded timing/memory script behind the figures in docs/security.md (issue #17). Not a test: it prints a table.
# Each case runs the released `cse` at three input sizes; every run is capped by `timeout` (60 s) so a regression
# cannot hang the script. Wall time includes process start-up, so each table also shows the empty-input baseline
# measured in the same run; compare the ratios between sizes (linear: ~2x per 2x input above the baseline).
#   ./build.sh build && eng/security/measure.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
CSE="dotnet src/CsEtiquette.Cli/bin/Release/net10.0/cse.dll"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

run() { # run <label> <input-file> <args...>: prints label, seconds, peak RSS MB
  local label=$1 input=$2; shift 2
  /usr/bin/time -o "$work/t" -f "%e %M" timeout 60 $CSE "$@" < "$input" > /dev/null 2> "$work/err" || true
  local t; t=$(tail -n1 "$work/t")
  printf '%-44s %8s s %8.0f MB\n' "$label" "${t% *}" "$(( ${t#* } / 1024 ))"
}

repeat() { python3 -c 'import sys; p=sys.argv[1]; n=int(sys.argv[2]); print((p*(n//len(p)+1))[:n])' "$1" "$2"; }

: > "$work/empty"
echo "== cse analyze, one hostile message (defect 2: was 0.28/0.86/3.5/15 s at 10k/20k/40k/80k)"
run "baseline (empty input)" "$work/empty" analyze
for n in 20000 40000 80000; do
  repeat '地址' $n > "$work/a"; run "'地址' x $n chars" "$work/a" analyze
  repeat '收货地址：1栋' $n > "$work/b"; run "'收货地址：1栋' x $n chars" "$work/b" analyze --redact
done

echo "== cse report, one customer message of N chars (was 64 s at 160k)"
for n in 40000 80000 160000; do
  python3 - "$n" > "$work/r.jsonl" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps({"conversation": "c", "role": "customer", "text": ("地址" * n)[:n], "at": "2026-11-24T10:00:00Z"}, ensure_ascii=False))
PY
  run "report, message of $n chars" "$work/empty" report "$work/r.jsonl"
done

echo "== cse report, distinct agents (memory grows with agents: documented, not bounded)"
for n in 25000 50000 100000; do
  python3 - "$n" > "$work/g.jsonl" <<'PY'
import json, sys
n = int(sys.argv[1])
for i in range(n):
    print(json.dumps({"conversation": f"c{i}", "role": "customer", "text": "在吗", "at": "2026-11-24T10:00:00Z"}))
    print(json.dumps({"conversation": f"c{i}", "role": "agent", "agent": f"agent-{i:06d}", "text": "您好，请问有什么可以帮您？", "at": "2026-11-24T10:00:05Z"}))
PY
  run "report, $n distinct agents" "$work/empty" report "$work/g.jsonl"
done

echo "== cse segment --user-dict with one long word (defect 6: a 100k-char word took 9.9 GB)"
for n in 64 65 100000; do
  { repeat '长' $n; } | sed 's/$/ 5/' > "$work/u.dict"
  echo "测试" > "$work/s"
  run "user-dict word of $n chars" "$work/s" segment --user-dict "$work/u.dict"
  head -c 200 "$work/err" | tr '\n' ' '; echo
done

echo "== cse lint --rules /dev/zero (defect 8)"
echo "您好" > "$work/l"
run "--rules /dev/zero" "$work/l" lint --rules /dev/zero
head -c 200 "$work/err"; echo
