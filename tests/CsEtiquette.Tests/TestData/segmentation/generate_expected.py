#!/usr/bin/python3
"""Regenerates jieba-expected.jsonl: the reference tokens of Python jieba 0.42.1 for the fidelity tests.

Usage (from the repository root; Debian's python3-jieba is needed, so call the system interpreter):

    sudo apt-get install -y python3-jieba        # if /usr/lib/python3/dist-packages/jieba is missing
    /usr/bin/python3 tests/CsEtiquette.Tests/TestData/segmentation/generate_expected.py
    # also refresh the copy of the training documents first:
    /usr/bin/python3 tests/CsEtiquette.Tests/TestData/segmentation/generate_expected.py --seeds /work/shared/seeds

Inputs (all next to this script):
  chat-corpus.txt    our own customer-service chat lines, one message per line
  seeds-corpus.txt   every non-empty line of the seeds' *.txt (copied so tests never read ../shared)
  SYNTHETIC below    lines that cannot live in a line-oriented file (\\r\\n, \\n, U+0085, U+2028, control chars,
                     empty string) or that probe regex class boundaries, plus one long line of the seeds' Han
                     characters without any punctuation

Output: jieba-expected.jsonl, UTF-8, first line {"meta": ...}, then one JSON object per input line:
  source ("chat" | "seeds" | "synthetic"), line (1-based within its source), text, and one list per mode:
  cut                   jieba.lcut(text, HMM=True)
  cut_nohmm             jieba.lcut(text, HMM=False)
  cut_all               jieba.lcut(text, cut_all=True)          (may contain "" tokens: jieba yields them)
  search                jieba.lcut_for_search(text, HMM=True)
  search_nohmm          jieba.lcut_for_search(text, HMM=False)
  tokenize              jieba.tokenize(text, mode="default", HMM=True)   as [word, start, end]
  tokenize_nohmm        jieba.tokenize(text, mode="default", HMM=False)
  tokenize_search       jieba.tokenize(text, mode="search", HMM=True)
  tokenize_search_nohmm jieba.tokenize(text, mode="search", HMM=False)
Tokenize offsets are Python's: counted in Unicode code points. The C# test converts them to UTF-16 code units.

Second output, jieba-expected-userdict.jsonl: a fresh jieba.Tokenizer() with user-dict.txt loaded (load_userdict)
and then USERDICT_DELETED removed (del_word); first line {"meta": ..., "frequencies": {word: FREQ after loading}},
then per chat-corpus line: text, cut, cut_nohmm, cut_all, search, search_nohmm.
"""

import argparse
import glob
import json
import logging
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Lines that a text file of lines cannot carry, or that sit on the edge of jieba's character classes.
# (re_han_default is [\u4E00-\u9FD5a-zA-Z0-9+#&._%-], re_skip_default is (\r\n|\s) with Python's Unicode \s,
# which includes \x1c-\x1f; cut_all uses [\u4E00-\u9FD5]+ and splits the rest on [^a-zA-Z0-9+#\n].)
SYNTHETIC = [
    "",
    " ",
    "\t\t",
    "\r\n",
    "\r\n\r\n",
    "第一行\r\n第二行",
    "订单号：\r\n\r\n202611240001\r\n",
    "单独的\r回车和单独的\n换行",
    "abc\ndef 和 123\n456",
    "您好\n\n请问在吗",
    "垂直制表\x0b换页\x0c文件分隔\x1c组分隔\x1d记录分隔\x1e单元分隔\x1f结束",
    "下一行\x85段落\u2028分隔\u2029结束",
    "空字符\x00在中间",
    "退格\x08和删除\x7f字符",
    "\u3000\u3000",
    "\u00a0\u2003\u2009\u200a\u202f\u205f",
    "零宽\u200b空格\u200c和\u200d连接符\ufeff",
    "cafe\u0301拿铁和cafe\u0301 latte",
    "𠮷野家𪚥𠀀和𡃁",
    "\u9fd4\u9fd5\u9fd6\u9fef\u9fff结尾",
    "㐀㐁扩展A区和〇号",
    "C++/C#/.NET 50%-60% a&b x_y v1.2.3 ~!@$^*()",
    "9.9折3.5%的利率和12.5元",
    "ＡＢＣ１２３全角字母数字",
    "👨‍👩‍👧‍👦一家四口👍🏻👍🏿🇨🇳1️⃣#️⃣",
    "a",
    "的",
    "。",
    "😀",
]


# Words removed with del_word after the user dictionary is loaded (jieba: add_word(word, 0)).
USERDICT_DELETED = ["还有", "可以", "我们", "订单号"]


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def refresh_seeds(seeds_dir):
    lines = []
    for path in sorted(glob.glob(os.path.join(seeds_dir, "*.txt"))):
        lines.extend(l for l in read_lines(path) if l.strip() != "")
    if not lines:
        sys.exit(f"generate_expected.py: no lines found in {seeds_dir}/*.txt")
    with open(os.path.join(HERE, "seeds-corpus.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"seeds-corpus.txt: {len(lines)} lines from {seeds_dir}", file=sys.stderr)


def long_han_run():
    """The seeds' Han characters only, as one line with no punctuation: one long block for the DAG and HMM."""
    text = "".join(read_lines(os.path.join(HERE, "seeds-corpus.txt")))
    return "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fd5")


def record(jieba, source, number, text):
    def toks(mode, hmm):
        return [[w, s, e] for (w, s, e) in jieba.tokenize(text, mode=mode, HMM=hmm)]

    return {
        "source": source,
        "line": number,
        "text": text,
        "cut": jieba.lcut(text, HMM=True),
        "cut_nohmm": jieba.lcut(text, HMM=False),
        "cut_all": jieba.lcut(text, cut_all=True),
        "search": jieba.lcut_for_search(text, HMM=True),
        "search_nohmm": jieba.lcut_for_search(text, HMM=False),
        "tokenize": toks("default", True),
        "tokenize_nohmm": toks("default", False),
        "tokenize_search": toks("search", True),
        "tokenize_search_nohmm": toks("search", False),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", metavar="DIR", help="copy every non-empty line of DIR/*.txt into seeds-corpus.txt first")
    args = parser.parse_args()

    try:
        import jieba
    except ImportError:
        sys.exit("generate_expected.py: Python jieba is missing; run `apt-get install -y python3-jieba` "
                 "and call /usr/bin/python3 (a pyenv/venv python does not see Debian's dist-packages).")
    if jieba.__version__ != "0.42.1":
        sys.exit(f"generate_expected.py: expected jieba 0.42.1, found {jieba.__version__} at {jieba.__file__}")
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()

    if args.seeds:
        refresh_seeds(args.seeds)

    sources = [
        ("chat", read_lines(os.path.join(HERE, "chat-corpus.txt"))),
        ("seeds", read_lines(os.path.join(HERE, "seeds-corpus.txt"))),
        ("synthetic", SYNTHETIC + [long_han_run()]),
    ]
    out_path = os.path.join(HERE, "jieba-expected.jsonl")
    count = 0
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        meta = {
            "generator": "tests/CsEtiquette.Tests/TestData/segmentation/generate_expected.py",
            "jieba": jieba.__version__,
            "jieba_path": os.path.dirname(jieba.__file__),
            "offsets": "code points (Python str indices)",
            "counts": {name: len(lines) for name, lines in sources},
        }
        out.write(json.dumps({"meta": meta}, ensure_ascii=False) + "\n")
        for name, lines in sources:
            for i, text in enumerate(lines, start=1):
                # ensure_ascii=False keeps the file readable; json still escapes control characters,
                # and U+2028/U+2029/U+0085 are valid raw inside JSON strings.
                out.write(json.dumps(record(jieba, name, i, text), ensure_ascii=False, separators=(",", ":")) + "\n")
                count += 1
    print(f"{os.path.relpath(out_path)}: {count} lines, {os.path.getsize(out_path)} bytes", file=sys.stderr)
    write_userdict_expected(jieba, sources[0][1])


def write_userdict_expected(jieba, chat_lines):
    dict_path = os.path.join(HERE, "user-dict.txt")
    t = jieba.Tokenizer()
    t.initialize()
    t.load_userdict(dict_path)
    for word in USERDICT_DELETED:
        t.del_word(word)
    words = [re_word(line) for line in read_lines(dict_path) if line.strip()]
    out_path = os.path.join(HERE, "jieba-expected-userdict.jsonl")
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        meta = {
            "user_dict": "user-dict.txt",
            "deleted": USERDICT_DELETED,
            "frequencies": {w: t.FREQ.get(w) for w in words + USERDICT_DELETED},
        }
        out.write(json.dumps({"meta": meta}, ensure_ascii=False) + "\n")
        for i, text in enumerate(chat_lines, start=1):
            rec = {
                "source": "chat+userdict",
                "line": i,
                "text": text,
                "cut": t.lcut(text, HMM=True),
                "cut_nohmm": t.lcut(text, HMM=False),
                "cut_all": t.lcut(text, cut_all=True),
                "search": t.lcut_for_search(text, HMM=True),
                "search_nohmm": t.lcut_for_search(text, HMM=False),
            }
            out.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"{os.path.relpath(out_path)}: {len(chat_lines)} lines, {os.path.getsize(out_path)} bytes", file=sys.stderr)


def re_word(line):
    # jieba's own user-dictionary line pattern (jieba.re_userdict) to name the word of each line.
    import jieba
    return jieba.re_userdict.match(line.strip()).group(1)


if __name__ == "__main__":
    main()
