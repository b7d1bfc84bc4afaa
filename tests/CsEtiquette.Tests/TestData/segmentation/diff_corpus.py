#!/usr/bin/python3
"""Differential check of `cse segment` against Python jieba 0.42.1 on ANY UTF-8 text file, in every CLI mode.

A development tool to find mismatches beyond the committed fidelity corpus (e.g. on benchmarks/corpus/zh-corpus.txt);
it is not run by the tests. Usage, from the repository root after `dotnet build -c Release`:

    /usr/bin/python3 tests/CsEtiquette.Tests/TestData/segmentation/diff_corpus.py FILE [--cse path/to/cse.dll] [--show N]

Lines are split on '\\n' only; lines containing '\\r' are skipped (the CLI reads lines with TextReader.ReadLine,
which also ends a line at a lone '\\r'). Prints, per mode, how many lines differ and the first N of them.
"""

import argparse
import json
import logging
import os
import subprocess
import sys

MODES = [
    ("accurate", True, lambda j, s: j.lcut(s, HMM=True)),
    ("accurate", False, lambda j, s: j.lcut(s, HMM=False)),
    ("full", True, lambda j, s: j.lcut(s, cut_all=True)),
    ("search", True, lambda j, s: j.lcut_for_search(s, HMM=True)),
    ("search", False, lambda j, s: j.lcut_for_search(s, HMM=False)),
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file")
    parser.add_argument("--cse", default="src/CsEtiquette.Cli/bin/Release/net10.0/cse.dll")
    parser.add_argument("--show", type=int, default=5)
    args = parser.parse_args()

    import jieba
    jieba.setLogLevel(logging.WARNING)
    with open(args.file, encoding="utf-8", newline="") as f:
        lines = [l for l in f.read().split("\n") if "\r" not in l]
    if lines and lines[-1] == "":
        lines.pop()
    payload = ("\n".join(lines) + "\n").encode("utf-8")
    failed = 0
    for mode, hmm, ref in MODES:
        cmd = ["dotnet", args.cse, "segment", "--mode", mode, "--format", "json"] + ([] if hmm else ["--no-hmm"])
        out = subprocess.run(cmd, input=payload, capture_output=True, check=True).stdout.decode("utf-8")
        ours = [json.loads(l) for l in out.split("\n")[:-1]]
        if len(ours) != len(lines):
            sys.exit(f"{mode} hmm={hmm}: cse wrote {len(ours)} lines for {len(lines)}")
        diffs = [(i, l, ref(jieba, l), o) for i, (l, o) in enumerate(zip(lines, ours)) if ref(jieba, l) != o]
        failed += len(diffs)
        print(f"{mode:<8} hmm={str(hmm):<5} {len(lines) - len(diffs):,}/{len(lines):,} lines identical")
        for i, line, expected, actual in diffs[: args.show]:
            print(f"  line {i + 1}: {line!r}\n    jieba: {expected}\n    cse  : {actual}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
