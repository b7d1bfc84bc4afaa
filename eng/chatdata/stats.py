#!/usr/bin/env python3
"""Prints the statistics of data/chat/*.jsonl that README.md quotes, and fails (exit 1) when a split misses a target.

    python3 eng/chatdata/stats.py            # table per split
    python3 eng/chatdata/stats.py --markdown # the same as a Markdown table
    python3 eng/chatdata/stats.py --write-readme  # replaces the table between the stats markers of data/chat/README.md
"""

import json
import os
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SPLITS = ("train", "dev", "blind")
MIN_LINES = {"train": 2800, "dev": 500, "blind": 700}


def load(name):
    with open(os.path.join(ROOT, "data", "chat", name + ".jsonl"), encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def has_any(text, words):
    return any(w in text for w in words)


def split_stats(recs):
    n = len(recs)
    s = {"lines": n}
    for p in ("negative", "neutral", "positive"):
        s[p] = sum(r["polarity"] == p for r in recs) / n
    for e in common.EMOTIONS:
        s["emo:" + e] = sum(r["emotion"] == e for r in recs) / n
    for i in common.INTENTS:
        s["intent:" + i] = sum(i in r["intents"] for r in recs) / n
    for i in common.ISSUES:
        s["issue:" + i] = sum(r["issue"] == i for r in recs)
    neg = [r for r in recs if r["polarity"] == "negative"]
    s["neg without emotion word"] = sum(not has_any(r["text"], common.EMOTION_WORDS) for r in neg) / max(1, len(neg))
    s["multi-intent"] = sum(len(r["intents"]) > 1 for r in recs) / n
    s["typos/homophones"] = sum(has_any(r["text"], common.TYPO_MARKERS) for r in recs) / n
    s["masks/emoticons/emoji"] = sum(bool(common.MASK_RE.search(r["text"])) for r in recs) / n
    s["no punctuation"] = sum(not any(c in r["text"] for c in "，。？！,.?!、；;~～") for r in recs) / n
    lens = [len(r["text"]) for r in recs]
    s["median length"] = statistics.median(lens)
    s["mean length"] = sum(lens) / n
    for k in range(4):
        s["intensity %d" % k] = sum(r["intensity"] == k for r in recs) / n
    return s


def failures(name, s):
    bad = []
    if s["lines"] < MIN_LINES[name]:
        bad.append("lines %d < %d" % (s["lines"], MIN_LINES[name]))
    for i in common.INTENTS:
        if s["intent:" + i] < 0.08:
            bad.append("intent %s %.3f < 0.08" % (i, s["intent:" + i]))
    for i in common.ISSUES:
        if s["issue:" + i] == 0:
            bad.append("issue %s missing" % i)
    for key, lo in (("neg without emotion word", 0.25), ("multi-intent", 0.15), ("typos/homophones", 0.10),
                    ("masks/emoticons/emoji", 0.05)):
        if s[key] < lo:
            bad.append("%s %.3f < %.2f" % (key, s[key], lo))
    if not 8 <= s["median length"] <= 12:
        bad.append("median length %s" % s["median length"])
    for p, lo, hi in (("negative", 0.33, 0.47), ("neutral", 0.33, 0.47), ("positive", 0.14, 0.26)):
        if not lo <= s[p] <= hi:
            bad.append("%s share %.3f outside %.2f-%.2f" % (p, s[p], lo, hi))
    return bad


def fmt(v):
    if isinstance(v, float):
        return "%.1f %%" % (100 * v) if v <= 1.0 else "%.1f" % v
    return str(v)


def main():
    stats = {n: split_stats(load(n)) for n in SPLITS}
    keys = list(stats["train"])
    md = "--markdown" in sys.argv or "--write-readme" in sys.argv
    rows = []
    if md:
        rows.append("| statistic | " + " | ".join(SPLITS) + " |")
        rows.append("|---|" + "---:|" * len(SPLITS))
    for k in keys:
        vals = []
        for n in SPLITS:
            v = stats[n][k]
            if k in ("median length", "mean length"):
                vals.append("%.1f" % v)
            else:
                vals.append(fmt(v))
        rows.append(("| %s | " % k + " | ".join(vals) + " |") if md else "%-26s " % k + "".join("%12s" % v for v in vals))
    if "--write-readme" in sys.argv:
        path = os.path.join(ROOT, "data", "chat", "README.md")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        start = text.index("<!-- stats:")
        start = text.index("\n", start) + 1
        end = text.index("<!-- /stats -->")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text[:start] + "\n".join(rows) + "\n" + text[end:])
    else:
        print("\n".join(rows))
    bad = False
    for n in SPLITS:
        for f in failures(n, stats[n]):
            print("TARGET MISSED %s: %s" % (n, f), file=sys.stderr)
            bad = True
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
