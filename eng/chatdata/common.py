"""Shared helpers of the chat-data generator: label records, the normalised form used for the split checks,
and the marker lists that stats.py counts. Python 3 standard library only."""

import json
import re
import unicodedata

EMOTIONS = ("Neutral", "Satisfied", "Dissatisfied", "Disappointed", "Anxious", "Angry")
INTENTS = ("Other", "Inquiry", "OrderAndPayment", "Logistics", "AfterSales", "Complaint", "Praise")
ISSUES = ("General", "DamagedItem", "LateDelivery", "WrongItem", "DescriptionMismatch", "QualityFault",
          "RefundDelay", "OutOfStock")

# Short codes used in the hand-written files (handwritten_*.txt): text<TAB>emotion intensity intents issue
EMO_CODES = {"neu": "Neutral", "sat": "Satisfied", "dis": "Dissatisfied", "dsp": "Disappointed",
             "anx": "Anxious", "ang": "Angry"}
INTENT_CODES = {"oth": "Other", "inq": "Inquiry", "ord": "OrderAndPayment", "log": "Logistics",
                "aft": "AfterSales", "cmp": "Complaint", "pra": "Praise"}
ISSUE_CODES = {"gen": "General", "dmg": "DamagedItem", "late": "LateDelivery", "wrong": "WrongItem",
               "mis": "DescriptionMismatch", "qual": "QualityFault", "ref": "RefundDelay", "oos": "OutOfStock"}


def polarity_of(emotion):
    if emotion == "Neutral":
        return "neutral"
    if emotion == "Satisfied":
        return "positive"
    return "negative"


def record(text, emotion, intensity, intents, issue):
    """One labelled line; validates the label scheme so a generator bug fails loudly."""
    if emotion not in EMOTIONS:
        raise ValueError("bad emotion %r for %r" % (emotion, text))
    if issue not in ISSUES:
        raise ValueError("bad issue %r for %r" % (issue, text))
    seen = []
    for i in intents:
        if i not in INTENTS:
            raise ValueError("bad intent %r for %r" % (i, text))
        if i not in seen:
            seen.append(i)
    if not 1 <= len(seen) <= 3:
        raise ValueError("need 1-3 intents for %r: %r" % (text, intents))
    if "Other" in seen and len(seen) > 1:
        seen.remove("Other")  # a greeting beside a real request is not an intent
    intensity = int(intensity)
    if emotion == "Neutral":
        intensity = 0
    elif intensity < 1:
        intensity = 1
    intensity = min(intensity, 3)
    text = text.strip()
    if not text:
        raise ValueError("empty text")
    return {"text": text, "polarity": polarity_of(emotion), "emotion": emotion, "intensity": intensity,
            "intents": seen, "issue": issue}


def dumps(rec):
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def parse_handwritten(path):
    """text<TAB>emo intensity intent[,intent] issue ; '#' starts a comment line."""
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            try:
                text, lab = line.split("\t")
                emo, inten, intents, issue = lab.split()
                out.append(record(text, EMO_CODES[emo], int(inten),
                                  [INTENT_CODES[c] for c in intents.split(",")], ISSUE_CODES[issue]))
            except Exception as e:  # noqa: BLE001 - report the line
                raise SystemExit("%s:%d: %s: %r" % (path, n, e, line))
    return out


# ---- normalised form: what two lines must not share across splits -------------------------------------
_CANON = [("肿么", "怎么"), ("咋", "怎么"), ("怎莫", "怎么"), ("腫么", "怎么"), ("神马", "什么"), ("啥", "什么"),
          ("退宽", "退款"), ("退欵", "退款"), ("快地", "快递"), ("快第", "快递"), ("发或", "发货"), ("法货", "发货"),
          ("再吗", "在吗"), ("再不再", "在不在"), ("kf", "客服"), ("KF", "客服"), ("木有", "没有"), ("阔以", "可以"),
          ("滴", "的"), ("得", "的"), ("地", "的"), ("么", "吗"), ("嘛", "吗"), ("hao", "好"), ("3q", "谢谢"),
          ("造", "知道"), ("酱紫", "这样子"), ("介个", "这个"), ("宝贝", "商品"), ("肿么办", "怎么办")]
_DROP = set("亲哈呢嘛啊吗呀哦啦吧的了噢咯哇嗯额呃")
_EMOTICON = re.compile(r"#E-[a-z]\d+|\[数字\]|\[[^\]]{1,6}\]|\*+|\d+")


def normalise(text):
    t = text
    for a, b in _CANON:
        t = t.replace(a, b)
    t = _EMOTICON.sub("", t)
    out = []
    for ch in t:
        cat = unicodedata.category(ch)
        if cat[0] in "PSZC":
            continue
        if ch in _DROP:
            continue
        out.append(ch.lower())
    return "".join(out)


def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


# ---- markers counted by stats.py ------------------------------------------------------------------------
# Explicit emotion words: words that name a feeling or judge harshly (not descriptions of a defect).
EMOTION_WORDS = ["生气", "气死", "气人", "愤怒", "火大", "恼火", "怒", "失望", "心寒", "寒心", "伤心", "难过", "后悔",
                 "着急", "急死", "急用", "急", "焦虑", "担心", "害怕", "慌", "烦", "郁闷", "无语", "不爽", "不满",
                 "糟糕", "垃圾", "差劲", "恶心", "离谱", "过分", "坑", "骗", "无耻", "黑心", "受够", "忍无可忍",
                 "崩溃", "服了", "醉了", "呵呵", "sb", "SB", "傻逼", "滚", "有病", "脑子", "破玩意", "什么破", "破",
                 "差评", "投诉", "12315", "举报", "太差", "真差", "很差", "好差", "不满意", "不开心", "难受", "心累",
                 "唉", "哎", "我靠", "卧槽", "tm", "TM", "尼玛", "妈的", "气", "😡", "😤", "😭", "💢", "！！", "!!",
                 "快点", "赶紧", "求求", "救命", "失去信心", "再也不", "不会再", "白买", "亏", "坑爹", "垃圾店",
                 "敷衍", "糊弄", "凭什么", "搞什么", "什么玩意", "辣鸡", "lj", "差劲", "恼", "怒了", "急急"]

# Typos, homophones and pinyin-ish spellings that the generators and the hand-written lines use.
TYPO_MARKERS = ["再吗", "再不再", "客服再", "再线", "咋", "肿么", "腫么", "怎莫", "退宽", "退欵", "快地", "快第", "发或",
                "法货", "kf", "KF", "sb", "SB", "木有", "阔以", "神马", "滴", "3q", "造吗", "酱紫", "介个", "hao的",
                "灰常", "虾米", "偶", "表酱", "肿么办", "到货了没", "发货没得", "退或", "换或", "质亮", "色查", "尺吗",
                "衣付", "包由", "有货木", "镁有", "没货了木", "咨洵", "订丹", "单好", "地止", "手几", "充点", "快滴",
                "退宽", "可不可yi", "yi下", "neng", "zen么", "谢了亲", "thx", "xs", "dd", "wl", "tk", "qs", "nb",
                "好得", "收的到", "退或", "换或", "色查", "wl", "快滴", "神马时候", "发漂", "优会", "可服", "sm", "四不四",
                "东东", "稀饭", "这样纸", "没油", "zd", "收道", "还木", "le", "看的到", "用的了", "等的急", "得吗", "在来", "在买", "在也不", "在发", "在问"]

MASK_RE = re.compile(r"\[数字\]|\*{3,}|\d{3,}\*{2,}|\d{12,}|#E-[a-z]\d+|\[[\u4e00-\u9fff]{1,4}\]|"
                     r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
