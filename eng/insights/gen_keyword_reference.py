#!/usr/bin/python3
"""Regenerates tests/CsEtiquette.Tests/TestData/Insights/keyword_reference.jsonl.

Reference for CsEtiquette.Insights.KeywordExtractor: for every line of keyword_texts.txt, the jieba 0.42.1 tokens
(accurate mode, HMM) and jieba.analyse.extract_tags(text, topK=None, withWeight=True) from Debian's python3-jieba.
Run from the repository root:  /usr/bin/python3 eng/insights/gen_keyword_reference.py
"""
import json
import os
import sys

import jieba
import jieba.analyse

jieba.setLogLevel(60)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
data = os.path.join(root, "tests", "CsEtiquette.Tests", "TestData", "Insights")
with open(os.path.join(data, "keyword_texts.txt"), encoding="utf-8") as f:
    texts = f.read().split("\n")
if texts and texts[-1] == "":
    texts.pop()

# The corpus case: every text joined by "\n" (what `cse report` ranks as the top customer keywords).
cases = list(texts) + ["\n".join(texts)]
with open(os.path.join(data, "keyword_reference.jsonl"), "w", encoding="utf-8", newline="\n") as out:
    for text in cases:
        tokens = jieba.lcut(text)
        tags = jieba.analyse.extract_tags(text, topK=None, withWeight=True)
        top20 = jieba.analyse.extract_tags(text, topK=20)
        assert top20 == [w for w, _ in tags][:20]
        out.write(json.dumps({"text": text, "tokens": tokens, "tags": tags}, ensure_ascii=False) + "\n")
print("wrote", len(cases), "cases", file=sys.stderr)
