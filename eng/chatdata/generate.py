#!/usr/bin/env python3
"""Regenerates data/chat/{train,dev,blind}.jsonl byte-identically (python3 stdlib only, fixed seeds).

    python3 eng/chatdata/generate.py            # writes data/chat/*.jsonl
    python3 eng/chatdata/generate.py --check    # fails if the committed files differ from what it would write

Sources:
  train/dev : train_fragments.py (frames and pools) + handwritten_train*.txt (blocks 1-3)
  blind     : blind_fragments.py (a separately written source) + handwritten_blind.txt
The blind split is frozen at its first commit: later versions may only APPEND lines to it (new blocks at the end),
never edit or reorder. The train/dev lines are split by a hash of their normalised form, so a normalised form never
spans two splits; train/dev lines that are near-duplicates of a blind line are dropped (the blind split never moves).
"""

import hashlib
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import blind_fragments  # noqa: E402
import common  # noqa: E402
import train_fragments  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "data", "chat")

TRAIN_SEED = 20261202
BLIND_SEED = 7310514
POOL_SIZE = 4300      # generated train+dev lines (before the near-duplicate filter)
BLIND_SIZE = 700      # generated blind lines of block 1 (frozen)
DEV_PERCENT = 15
NEAR_DUP = 0.8        # character-bigram Jaccard of normalised forms at or above which two lines are near-duplicates


def build(mod, n, seed):
    rng = random.Random(seed)
    frames = [f for f, _ in mod.FRAMES]
    weights = [w for _, w in mod.FRAMES]
    out, seen_text, seen_norm = [], set(), set()
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > n * 60:
            raise SystemExit("%s: only %d unique lines after %d tries" % (mod.__name__, len(out), tries))
        fn = rng.choices(frames, weights)[0]
        text, emo, inten, intents, issue = fn(rng)
        if rng.random() < mod.TYPO_RATE:
            text, _ = mod.add_typo(rng, text)
        text = mod.punctuate(rng, text, emo)
        text = " ".join(text.split()) if "\u3000" not in text else text.strip()
        rec = common.record(text, emo, inten, intents, issue)
        norm = mod.dedup_key(rec["text"])
        if not norm or rec["text"] in seen_text:
            continue
        # a normalised form may repeat a few times inside a split (different masks/particles), not more
        key = norm
        if key in seen_norm and rng.random() < 0.85:
            continue
        seen_norm.add(key)
        seen_text.add(rec["text"])
        out.append(rec)
    return out


class BigramIndex:
    def __init__(self):
        self.index = {}
        self.grams = []

    def add(self, norm):
        g = common.bigrams(norm)
        i = len(self.grams)
        self.grams.append(g)
        for b in g:
            self.index.setdefault(b, []).append(i)

    def max_jaccard(self, norm):
        g = common.bigrams(norm)
        counts = {}
        for b in g:
            for i in self.index.get(b, ()):
                counts[i] = counts.get(i, 0) + 1
        best = 0.0
        for i, inter in counts.items():
            j = inter / (len(g) + len(self.grams[i]) - inter)
            if j > best:
                best = j
        return best


def dedupe_exact(recs):
    out, seen = [], set()
    for r in recs:
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
    return out


# hand-written train/dev blocks, in order (block 2 and 3 were written in session 27, after the blind split was frozen,
# by writers who never read the blind files)
TRAIN_HANDWRITTEN = ["handwritten_train.txt", "handwritten_train_b2.txt", "handwritten_train_b3.txt",
                     "handwritten_train_b4.txt", "handwritten_train_b5.txt"]


def make():
    # ---- blind: its own source; block 1 frozen, later blocks appended --------------------------------------
    blind = dedupe_exact(build(blind_fragments, BLIND_SIZE, BLIND_SEED)
                         + common.parse_handwritten(os.path.join(HERE, "handwritten_blind.txt")))
    blind_norms = {common.normalise(r["text"]) for r in blind}
    bidx = BigramIndex()
    for n in blind_norms:
        bidx.add(n)

    # ---- train/dev -------------------------------------------------------------------------------------------
    pool = build(train_fragments, POOL_SIZE, TRAIN_SEED)
    for name in TRAIN_HANDWRITTEN:
        path = os.path.join(HERE, name)
        if os.path.exists(path):
            pool += common.parse_handwritten(path)
    pool = dedupe_exact(pool)
    kept = []
    for r in pool:
        n = common.normalise(r["text"])
        if n in blind_norms or (len(n) >= 3 and bidx.max_jaccard(n) >= NEAR_DUP):
            continue
        kept.append(r)
    train, dev = [], []
    for r in kept:
        h = int(hashlib.md5(common.normalise(r["text"]).encode("utf-8")).hexdigest(), 16)
        (dev if h % 100 < DEV_PERCENT else train).append(r)
    # dev lines that are near-duplicates of a train line move to train (dev measures unseen lines); repeat until
    # nothing moves, since every moved line is a new train line
    tidx = BigramIndex()
    for r in train:
        tidx.add(common.normalise(r["text"]))
    moved = True
    while moved:
        moved = False
        keep = []
        for r in dev:
            n = common.normalise(r["text"])
            if len(n) >= 3 and tidx.max_jaccard(n) >= NEAR_DUP:
                train.append(r)
                tidx.add(n)
                moved = True
            else:
                keep.append(r)
        dev = keep
        train_norms = {common.normalise(r["text"]) for r in train}
        keep = [r for r in dev if common.normalise(r["text"]) not in train_norms]
        if len(keep) != len(dev):
            train.extend(r for r in dev if common.normalise(r["text"]) in train_norms)
            for r in dev:
                if common.normalise(r["text"]) in train_norms:
                    tidx.add(common.normalise(r["text"]))
            dev = keep
            moved = True
    key = lambda r: hashlib.md5(r["text"].encode("utf-8")).hexdigest()  # noqa: E731 - stable shuffle
    train.sort(key=key)
    dev.sort(key=key)
    return {"train": train, "dev": dev, "blind": blind}


def render(recs):
    return "".join(common.dumps(r) + "\n" for r in recs).encode("utf-8")


def main():
    splits = make()
    check = "--check" in sys.argv
    bad = False
    os.makedirs(OUT, exist_ok=True)
    for name, recs in splits.items():
        path = os.path.join(OUT, name + ".jsonl")
        data = render(recs)
        if check:
            with open(path, "rb") as f:
                if f.read() != data:
                    print("differs: " + path)
                    bad = True
        else:
            with open(path, "wb") as f:
                f.write(data)
        print("%-5s %5d lines  %s" % (name, len(recs), path))
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
