#!/usr/bin/env python3
"""Checks data/chat/*.jsonl: the label scheme of every line, no identical text across splits, no shared normalised
form across splits (punctuation, particles, digits, masks and emoticon codes stripped; common typos mapped back) and
no near-duplicates across splits (character-bigram Jaccard of normalised forms >= 0.8). Exit 1 on any failure.

    python3 eng/chatdata/check_splits.py
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common  # noqa: E402
from generate import NEAR_DUP, BigramIndex  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SPLITS = ("train", "dev", "blind")
KEYS = ["text", "polarity", "emotion", "intensity", "intents", "issue"]
FROZEN_BLIND_COMMIT = "9e879ea"  # first commit of blind.jsonl: every later version must start with it


def frozen_blind_prefix():
    """The blind split as first committed, or None when git or the commit is not available (e.g. a source tarball)."""
    try:
        return subprocess.run(["git", "-C", ROOT, "show", FROZEN_BLIND_COMMIT + ":data/chat/blind.jsonl"],
                              capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None


def main():
    errors = []
    data = {}
    for name in SPLITS:
        recs = []
        with open(os.path.join(ROOT, "data", "chat", name + ".jsonl"), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                r = json.loads(line)
                where = "%s:%d" % (name, n)
                if list(r) != KEYS:
                    errors.append("%s keys %r" % (where, list(r)))
                if r["emotion"] not in common.EMOTIONS or r["polarity"] != common.polarity_of(r["emotion"]):
                    errors.append("%s emotion/polarity %s/%s" % (where, r["emotion"], r["polarity"]))
                if not isinstance(r["intensity"], int) or not 0 <= r["intensity"] <= 3 or \
                        (r["intensity"] == 0) != (r["emotion"] == "Neutral"):
                    errors.append("%s intensity %r" % (where, r["intensity"]))
                if not 1 <= len(r["intents"]) <= 3 or len(set(r["intents"])) != len(r["intents"]) or \
                        any(i not in common.INTENTS for i in r["intents"]):
                    errors.append("%s intents %r" % (where, r["intents"]))
                if r["issue"] not in common.ISSUES:
                    errors.append("%s issue %r" % (where, r["issue"]))
                if r["text"] != r["text"].strip() or not r["text"]:
                    errors.append("%s text not trimmed" % where)
                recs.append(r)
        texts = [r["text"] for r in recs]
        if len(set(texts)) != len(texts):
            errors.append("%s: %d duplicate texts inside the split" % (name, len(texts) - len(set(texts))))
        data[name] = recs
    norms = {n: {} for n in SPLITS}
    for name in SPLITS:
        for r in data[name]:
            norms[name].setdefault(common.normalise(r["text"]), r["text"])
    pairs = [("train", "dev"), ("train", "blind"), ("dev", "blind")]
    for a, b in pairs:
        same_text = {r["text"] for r in data[a]} & {r["text"] for r in data[b]}
        for t in sorted(same_text)[:20]:
            errors.append("identical text in %s and %s: %s" % (a, b, t))
        for n in sorted(set(norms[a]) & set(norms[b]))[:20]:
            errors.append("same normalised form %r in %s (%s) and %s (%s)" % (n, a, norms[a][n], b, norms[b][n]))
        idx = BigramIndex()
        keys = list(norms[a])
        for n in keys:
            idx.add(n)
        near = 0
        for n, text in norms[b].items():
            if len(n) >= 3 and idx.max_jaccard(n) >= NEAR_DUP:
                near += 1
                if near <= 10:
                    errors.append("near-duplicate of a %s line in %s: %s" % (a, b, text))
        print("%s vs %s: %d identical, %d normalised, %d near-duplicates" % (
            a, b, len(same_text), len(set(norms[a]) & set(norms[b])), near))
    frozen = frozen_blind_prefix()
    if frozen is None:
        print("blind append-only check skipped (no git history)")
    else:
        with open(os.path.join(ROOT, "data", "chat", "blind.jsonl"), "rb") as f:
            current = f.read()
        if not current.startswith(frozen):
            errors.append("blind.jsonl no longer starts with its frozen first version (%s)" % FROZEN_BLIND_COMMIT)
        print("blind append-only: %d frozen lines of %s kept, %d appended" % (
            frozen.count(b"\n"), FROZEN_BLIND_COMMIT, current.count(b"\n") - frozen.count(b"\n")))
    for e in errors:
        print("ERROR " + e, file=sys.stderr)
    print("%d lines checked, %d errors" % (sum(len(v) for v in data.values()), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
