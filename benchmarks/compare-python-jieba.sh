#!/usr/bin/env bash
# Times Python jieba 0.42.1 (Debian python3-jieba) and CsEtiquette on the same corpus in one run, and jieba-rs
# (npm @node-rs/jieba) as a third column when npm can install it. Same protocol for each:
#   - dictionary load timed on its own in a fresh process (excluded from throughput, reported separately);
#   - accurate mode with HMM (jieba.lcut(line) / Cut(line, hmm: true) / jieba.cut(line, true)) over every line
#     (lines split on '\n' only), REPS timed passes, median reported; CsEtiquette gets two untimed warm-up passes
#     first (tiered JIT), jieba-rs one (V8), Python needs none;
#   - MB/s = UTF-8 bytes / 10^6 / seconds; chars/s counts UTF-16 code units of the text; both wall-clock and
#     process CPU time are measured per pass (CPU time is steadier when other jobs share the machine);
#   - timed passes drop each token list as a caller would; one more untimed pass dumps the tokens, which are
#     compared line by line with Python's (agreement = identical lines).
# Usage: benchmarks/compare-python-jieba.sh [--reps N] [--corpus FILE] [--no-node]
#   default corpus: benchmarks/corpus/zh-corpus.txt (built by benchmarks/prepare-corpus.sh if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
REPS=5
CORPUS=
NODE=1
while [ $# -gt 0 ]; do
  case "$1" in
    --reps) REPS=$2; shift 2 ;;
    --corpus) CORPUS=$2; shift 2 ;;
    --no-node) NODE=0; shift ;;
    *) echo "usage: $0 [--reps N] [--corpus FILE] [--no-node]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ -z "$CORPUS" ]; then
  benchmarks/prepare-corpus.sh
  CORPUS=benchmarks/corpus/zh-corpus.txt
fi
[ -s "$CORPUS" ] || { echo "compare: corpus '$CORPUS' is missing or empty" >&2; exit 1; }

# Debian's jieba lives in the system interpreter's dist-packages (a pyenv/venv python3 does not see it).
PY=/usr/bin/python3
if ! $PY -c 'import jieba' 2>/dev/null; then
  echo "compare: installing python3-jieba (apt)" >&2
  sudo=; [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-jieba >/dev/null
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "compare: building the C# harness (Release)" >&2
dotnet build benchmarks/CsEtiquette.Benchmarks -c Release -nologo -v q -clp:NoSummary >&2
HARNESS=benchmarks/CsEtiquette.Benchmarks/bin/Release/net10.0/CsEtiquette.Benchmarks.dll

echo "compare: Python jieba ($REPS passes)" >&2
$PY - "$CORPUS" "$REPS" "$WORK/python.jsonl" > "$WORK/python.json" <<'PY'
import json, logging, statistics, sys, time
path, reps, dump = sys.argv[1], int(sys.argv[2]), sys.argv[3]
t0 = time.perf_counter()
import jieba
jieba.setLogLevel(logging.WARNING)
jieba.initialize()  # builds the prefix dict (from jieba's marshal cache in /tmp when present)
jieba.lcut("预热")
load_ms = (time.perf_counter() - t0) * 1000
with open(path, encoding="utf-8", newline="") as f:
    text = f.read()
lines = text.split("\n")
if lines and lines[-1] == "":
    lines.pop()
cut, cpu = [], []
tokens = 0
for _ in range(reps):
    start, start_cpu = time.perf_counter(), time.process_time()
    tokens = 0
    for line in lines:
        tokens += len(jieba.lcut(line))  # accurate mode, HMM=True; the list is dropped as a caller would
    cut.append(time.perf_counter() - start)
    cpu.append(time.process_time() - start_cpu)
with open(dump, "w", encoding="utf-8", newline="\n") as f:  # untimed pass for the agreement check
    for line in lines:
        f.write(json.dumps(jieba.lcut(line), ensure_ascii=False) + "\n")
print(json.dumps({"impl": "Python jieba " + jieba.__version__, "load_ms": load_ms, "lines": len(lines),
                  "bytes": len(text.encode("utf-8")), "chars": len(text.encode("utf-16-le")) // 2,
                  "tokens": tokens, "cut_s": cut, "cut_cpu_s": cpu}))
PY

echo "compare: CsEtiquette and jieba.NET 0.42.2 ($REPS passes + 2 warm-up each)" >&2
dotnet "$HARNESS" --compare-corpus "$CORPUS" --reps "$REPS" --dump "$WORK/csharp.jsonl" --dump-jiebanet "$WORK/jiebanet.jsonl" > "$WORK/csharp.json"

# The whole `cse segment` process on the same corpus (startup, dictionary load, reading stdin, formatting, writing
# stdout to a file) against the in-process Cut pass above: the issue's bound is 1.5x.
echo "compare: cse segment as a process ($REPS runs)" >&2
dotnet build src/CsEtiquette.Cli -c Release -nologo -v q -clp:NoSummary >&2
CSE=src/CsEtiquette.Cli/bin/Release/net10.0/cse.dll
dotnet "$CSE" segment < "$CORPUS" > "$WORK/cse-warm.txt"   # warm the page cache and the SDK host once
$PY - "$CSE" "$CORPUS" "$REPS" "$WORK/cse-out.txt" > "$WORK/cli.json" <<'PY'
import json, os, resource, subprocess, sys, time
cse, corpus, reps, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
wall, cpu = [], []
for _ in range(reps):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(corpus, "rb") as i, open(out, "wb") as o:
        subprocess.run(["dotnet", cse, "segment"], stdin=i, stdout=o, check=True)
    wall.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
print(json.dumps({"impl": "cse segment (process)", "wall_s": wall, "cpu_s": cpu, "out_bytes": os.path.getsize(out)}))
PY

if [ "$NODE" = 1 ]; then
  NODEDIR=benchmarks/corpus/.node-jieba   # git-ignored with the corpus
  if [ ! -d "$NODEDIR/node_modules/@node-rs/jieba" ]; then
    if command -v npm >/dev/null 2>&1; then
      echo "compare: installing @node-rs/jieba into $NODEDIR (npm)" >&2
      mkdir -p "$NODEDIR"
      (cd "$NODEDIR" && npm install --silent --no-audit --no-fund @node-rs/jieba >&2) || echo "compare: npm install failed; skipping jieba-rs" >&2
    else
      echo "compare: npm not found; skipping jieba-rs" >&2
    fi
  fi
  if [ -d "$NODEDIR/node_modules/@node-rs/jieba" ]; then
    echo "compare: jieba-rs via @node-rs/jieba ($REPS passes + warm-up)" >&2
    NODE_PATH="$ROOT/$NODEDIR/node_modules" node - "$CORPUS" "$REPS" "$WORK/node.jsonl" > "$WORK/node.json" <<'JS'
const fs = require('fs');
const [path, repsText, dump] = process.argv.slice(2);
const reps = Number(repsText);
const now = () => Number(process.hrtime.bigint()) / 1e9;
const t0 = now();
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');
const jieba = Jieba.withDict(dict);
jieba.cut('预热', true);
const loadMs = (now() - t0) * 1000;
const text = fs.readFileSync(path, 'utf8');
const lines = text.split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
let tokens = 0;
const cpuNow = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const cpu = [];
const pass = () => {
  const s = now(), c = cpuNow(); tokens = 0;
  for (const line of lines) tokens += jieba.cut(line, true).length;
  cpu.push(cpuNow() - c); return now() - s;
};
const warmup = pass();
cpu.length = 0;
const cut = [];
for (let r = 0; r < reps; r++) cut.push(pass());
fs.writeFileSync(dump, lines.map(line => JSON.stringify(jieba.cut(line, true))).join('\n') + '\n'); // untimed
const version = require('@node-rs/jieba/package.json').version;
console.log(JSON.stringify({ impl: `jieba-rs (@node-rs/jieba ${version})`, load_ms: loadMs, lines: lines.length,
  bytes: Buffer.byteLength(text, 'utf8'), chars: text.length, tokens,
  warmup_s: warmup, cut_s: cut, cut_cpu_s: cpu }));
JS
  fi
fi

$PY - "$CORPUS" "$WORK" <<'PY'
import json, os, statistics, sys
corpus, work = sys.argv[1], sys.argv[2]
def load(name):
    p = os.path.join(work, name + ".json")
    return json.load(open(p, encoding="utf-8")) if os.path.exists(p) and os.path.getsize(p) else None
def tokens(name):
    with open(os.path.join(work, name + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(l) for l in f]
py, cs, node, cli = load("python"), load("csharp"), load("node"), load("cli")
ref = tokens("python")
def agreement(name):
    other = tokens(name)
    same = sum(1 for a, b in zip(ref, other) if a == b) if len(other) == len(ref) else 0
    first = next((i for i, (a, b) in enumerate(zip(ref, other)) if a != b), None)
    return same, first, other
mb = py["bytes"] / 1e6
print(f"corpus: {corpus}: {py['bytes']:,} bytes UTF-8 ({mb:.2f} MB), {py['lines']:,} lines, {py['chars']:,} UTF-16 chars")
print(f"accurate mode, HMM on; median of {len(py['cut_s'])} timed passes; dictionary load excluded and shown separately")
print()
rows = [(py["impl"] + " lcut", py, py["cut_s"], py["cut_cpu_s"], None)]
same, first, _ = agreement("csharp")
rows.append(("CsEtiquette Cut (strings)", cs, cs["cut_s"], cs["cut_cpu_s"], (same, first)))
rows.append(("CsEtiquette EnumerateTokens (spans)", cs, cs["span_s"], cs["span_cpu_s"], None))
jn_agree = None
if "jiebanet_s" in cs and os.path.exists(os.path.join(work, "jiebanet.jsonl")):
    same_j, first_j, _ = agreement("jiebanet")
    jn_agree = same_j
    rows.append(("jieba.NET 0.42.2 Cut (adapter)", {"load_ms": cs["jiebanet_load_ms"]}, cs["jiebanet_s"], cs["jiebanet_cpu_s"], (same_j, first_j)))
if node:
    same_n, first_n, _ = agreement("node")
    rows.append((node["impl"] + " cut", node, node["cut_s"], node["cut_cpu_s"], (same_n, first_n)))
base = statistics.median(py["cut_s"])
base_cpu = statistics.median(py["cut_cpu_s"])
print(f"{'implementation':<38} {'load ms':>8} {'wall s':>7} {'MB/s':>7} {'chars/s':>11} {'ratio':>6} {'CPU s':>7} {'MB/s':>7} {'ratio':>6}  lines identical to Python")
for name, r, times, cpu, agree in rows:
    med, med_cpu = statistics.median(times), statistics.median(cpu)
    agree_text = "(reference)" if r is py else "-" if agree is None else \
        f"{agree[0]:,}/{py['lines']:,} ({100.0 * agree[0] / py['lines']:.2f}%)" + ("" if agree[1] is None else f", first diff line {agree[1] + 1}")
    print(f"{name:<38} {r['load_ms']:>8.1f} {med:>7.3f} {mb / med:>7.2f} {py['chars'] / med:>11,.0f} {base / med:>5.1f}x"
          f" {med_cpu:>7.3f} {mb / med_cpu:>7.2f} {base_cpu / med_cpu:>5.1f}x  {agree_text}")
print("(wall = elapsed time, CPU = process CPU time of the pass incl. GC/JIT threads; ratio = Python time / time;"
      " on a shared machine the CPU columns are the steadier ones)")
if cs.get("managed_bytes_after_load") is not None:
    print(f"\nCsEtiquette managed heap after dictionary load: {cs['managed_bytes_after_load'] / 1e6:.1f} MB; tokens {cs['tokens']:,} (Python {py['tokens']:,})")
for name, _, times, cpu, _ in rows:
    print(f"  {name}: wall {', '.join(f'{t:.3f}' for t in times)} s; CPU {', '.join(f'{t:.3f}' for t in cpu)} s")
if "jiebanet_s" in cs:
    cut, jn = statistics.median(cs["cut_cpu_s"]), statistics.median(cs["jiebanet_cpu_s"])
    print(f"\njieba.NET: CsEtiquette Cut is {jn / cut:.1f}x jieba.NET (CPU medians, same process, same lines); "
          f"jieba.NET lines identical to Python: {jn_agree:,}/{py['lines']:,} ({100.0 * jn_agree / py['lines']:.2f}%)")
if cli:
    w, c = statistics.median(cli["wall_s"]), statistics.median(cli["cpu_s"])
    cut_w, cut_c = statistics.median(cs["cut_s"]), statistics.median(cs["cut_cpu_s"])
    print(f"\ncse segment as a whole process (startup, load, read, format, write; median of {len(cli['wall_s'])}): "
          f"wall {w:.3f} s = {mb / w:.2f} MB/s, CPU {c:.3f} s; in-process Cut wall {cut_w:.3f} s, CPU {cut_c:.3f} s; "
          f"process / Cut = {w / cut_w:.2f}x wall, {c / cut_c:.2f}x CPU (bound: 1.5x)")
PY
