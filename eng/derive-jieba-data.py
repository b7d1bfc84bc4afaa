#!/usr/bin/env python3
"""Derive CsEtiquette's embedded jieba data from Debian's python3-jieba (jieba 0.42.1, MIT licence).

Usage: derive-jieba-data.py JIEBA_DIR OUT_DIR [segmenter|idf|all]

The third argument picks what to write: "segmenter" (dictionary + HMM, for CsEtiquette.Segmentation), "idf"
(the IDF table, for CsEtiquette.Insights) or "all" (the default).

Reads JIEBA_DIR/dict.txt, JIEBA_DIR/finalseg/prob_{start,trans,emit}.p and JIEBA_DIR/analyse/idf.txt and writes:

  OUT_DIR/jieba-dict.bin    the prefix dictionary as a breadth-first trie (see below), 4 MB
  OUT_DIR/jieba-hmm.bin     the B/M/E/S HMM tables as little-endian doubles, 0.7 MB
  OUT_DIR/idf.txt.gz        gzip of analyse/idf.txt, byte for byte

Only the Python standard library is used. The output is deterministic (same input -> same bytes).
The two .bin files are stored uncompressed on purpose: loading them is a plain copy into typed arrays
(about 1 ms), where inflating them took 20-40 ms; the NuGet package is a zip, so download size is unchanged.

jieba-dict.bin, all little-endian:
  char[8]  magic "CSEJDICT"
  int32    format version (1)
  int32    node count N (node 0 is the root; every other node is one dictionary prefix)
  int64    total = sum of all dict.txt frequencies (jieba's Tokenizer.total)
  uint16[N] child count of each node; children of node i are the next nodes in breadth-first order,
            sorted by UTF-16 code unit, so first_child(i) = 1 + sum(child_count[0..i))
  uint16[N] label: the UTF-16 code unit leading into each node (0 for the root)
  int32[N]  frequency of the prefix spelled by the path to the node (0 = prefix only, as jieba's FREQ)

jieba-hmm.bin, all little-endian, states in the order B, M, E, S:
  char[8]  magic "CSEJHMM1"
  int32    first emission code point F (0x4E00), int32 emission count C (0x9FD5 - 0x4E00 + 1)
  double[4]    start log-probabilities
  double[4*4]  transition log-probabilities [from*4 + to] (missing pairs = MIN_FLOAT = -3.14e100)
  double[C*4]  emission log-probabilities [(char - F)*4 + state] (missing = MIN_FLOAT)
Only U+4E00..U+9FD5 is kept: finalseg's Viterbi only ever sees characters of that range (its re_han).
"""
import gzip
import os
import pickle
import struct
import sys
from array import array
from collections import deque

MIN_FLOAT = -3.14e100
STATES = "BMES"
EMIT_FIRST, EMIT_LAST = 0x4E00, 0x9FD5


def utf16_units(s):
    b = s.encode("utf-16-le", "surrogatepass")
    return tuple(struct.unpack("<%dH" % (len(b) // 2), b))


def read_dict(path):
    """Mirrors jieba.Tokenizer.gen_pfdict: FREQ (words + zero-frequency prefixes) and total."""
    freq = {}
    total = 0
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip().decode("utf-8")
            try:
                word, fr = line.split(" ")[:2]
                fr = int(fr)
            except ValueError:
                sys.exit("invalid dictionary entry in %s at line %d: %s" % (path, lineno, line))
            freq[word] = fr
            total += fr
            for i in range(len(word)):
                freq.setdefault(word[: i + 1], 0)
    return freq, total


def build_trie(freq):
    # Trie over UTF-16 code units (C# strings); prefixes of words are already keys of freq.
    root = {}
    node_freq = {}
    for word, fr in freq.items():
        units = utf16_units(word)
        node = root
        for u in units:
            node = node.setdefault(u, {})
        node_freq[id(node)] = fr
    # Breadth-first numbering with sorted children.
    counts = array("H")
    labels = array("H")
    freqs = array("i")
    queue = deque([(0, root)])
    while queue:
        label, node = queue.popleft()
        keys = sorted(node)
        if len(keys) > 0xFFFF:
            sys.exit("a trie node has more than 65535 children")
        counts.append(len(keys))
        labels.append(label)
        freqs.append(node_freq.get(id(node), 0))
        for k in keys:
            queue.append((k, node[k]))
    return counts, labels, freqs


def load_pickle(path):
    with open(path, "rb") as f:
        return pickle.load(f)


def le(arr):
    if sys.byteorder != "little":
        arr = array(arr.typecode, arr)
        arr.byteswap()
    return arr.tobytes()


def write_atomic(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def main():
    if len(sys.argv) not in (3, 4) or (len(sys.argv) == 4 and sys.argv[3] not in ("segmenter", "idf", "all")):
        sys.exit("usage: derive-jieba-data.py JIEBA_DIR OUT_DIR [segmenter|idf|all]")
    src, out = sys.argv[1], sys.argv[2]
    what = sys.argv[3] if len(sys.argv) == 4 else "all"
    os.makedirs(out, exist_ok=True)
    if what in ("idf", "all"):
        with open(os.path.join(src, "analyse", "idf.txt"), "rb") as f:
            idf = f.read()
        write_atomic(os.path.join(out, "idf.txt.gz"), gzip.compress(idf, 9, mtime=0))
        if what == "idf":
            print("derive-jieba-data: idf.txt -> %s" % out)
            return

    freq, total = read_dict(os.path.join(src, "dict.txt"))
    counts, labels, freqs = build_trie(freq)
    if len(freqs) != len(freq) + 1:
        sys.exit("trie node count %d does not match %d prefixes" % (len(freqs), len(freq)))
    blob = b"CSEJDICT" + struct.pack("<iiq", 1, len(freqs), total) + le(counts) + le(labels) + le(freqs)
    write_atomic(os.path.join(out, "jieba-dict.bin"), blob)

    start = load_pickle(os.path.join(src, "finalseg", "prob_start.p"))
    trans = load_pickle(os.path.join(src, "finalseg", "prob_trans.p"))
    emit = load_pickle(os.path.join(src, "finalseg", "prob_emit.p"))
    hmm = array("d", (float(start[s]) for s in STATES))
    hmm.extend(float(trans[a].get(b, MIN_FLOAT)) for a in STATES for b in STATES)
    count = EMIT_LAST - EMIT_FIRST + 1
    for c in range(EMIT_FIRST, EMIT_LAST + 1):
        ch = chr(c)
        hmm.extend(float(emit[s].get(ch, MIN_FLOAT)) for s in STATES)
    blob = b"CSEJHMM1" + struct.pack("<ii", EMIT_FIRST, count) + le(hmm)
    write_atomic(os.path.join(out, "jieba-hmm.bin"), blob)
    print("derive-jieba-data: %d words, %d trie nodes, total %d -> %s"
          % (sum(1 for v in freq.values() if v), len(freqs), total, out))


if __name__ == "__main__":
    main()
