#!/usr/bin/env python3
"""Writes a synthetic chat log for `cse report` benchmarks (JSON Lines, or CSV with --csv).

    python3 eng/insights/gen_chat_log.py OUT.jsonl [MESSAGES=1000000] [--seed 42] [--csv]

Messages are ~40 characters of customer-service Chinese (questions about size, shipping, refunds, coupons,
complaints, polite and impolite agent replies, follow-ups), in conversations of 2-12 messages interleaved across
~300 open conversations, with timestamps increasing over the days. Deterministic for a given seed.
"""
import csv
import datetime
import json
import heapq
import random
import sys

PRODUCTS = ["保温杯", "连衣裙", "蓝牙耳机", "运动鞋", "手机壳", "羽绒服", "电饭煲", "双肩包", "面霜", "台灯"]
SIZES = ["S码", "M码", "L码", "XL码", "37码", "38码", "42码"]
AGENTS = ["小王", "小李", "小张", "小赵", "小陈", "小刘", "小杨", "小黄", "小周", "小吴", "小徐", "小孙"]
QUESTIONS = [
    "这款{p}尺码偏大吗?我平时穿{s},身高165体重55公斤",
    "请问{p}什么时候发货?我昨天下的单,订单号是{o}",
    "快递三天了还没到,物流信息一直不更新,怎么回事?",
    "{p}有没有黑色的?图片上的颜色和实物有色差吗?",
    "优惠券怎么用不了?满减活动是不是已经结束了?还能补发一张吗?",
    "{p}支持七天无理由退货吗?吊牌剪了还能退吗?",
    "发票可以开公司抬头吗?需要提供税号吗?电子发票什么时候能收到?",
    "这个{p}怎么用?说明书在哪里可以看到?有没有使用视频可以参考?",
    "{p}的材质是什么?洗了以后会不会起球或者缩水?",
    "请问{p}现在有货吗?什么时候补货?能不能先帮我预留一件?",
]
COMPLAINTS = [
    "我要投诉!收到的{p}是破损的,太失望了",
    "投诉你们的物流,{p}一周了还没到,气死了",
    "你们客服怎么回事,态度太差了,我要投诉",
]
CHAT = ["好的,谢谢你的耐心解答,那我就先下单了,麻烦尽快安排发货", "嗯嗯,明白了,那我再等等吧,有消息麻烦第一时间通知我",
        "还有别的颜色吗?黑色和白色哪个更耐脏一点,帮我推荐一下"]
REPLIES = [
    "您好,我是客服{a},这款{p}偏大一码,建议您选小一码哦~",
    "您好,您的订单今天下午发出,预计两天送达,随时可以联系我查询进度",
    "这款{p}目前暂时售罄,我们已记录您的需求,到货后第一时间通知您",
    "您的问题我已详细记录,会立即反馈给相关团队,24小时内与您联系",
    "亲,优惠券需要满199元才能使用,您可以再看看其他商品哦~",
    "这个不能退,没办法,您自己看着办吧,规定就是这样的,我们也没有办法处理",
    "可能明天发货吧,大概三天到,具体我也不清楚,您再等等看吧,到了就知道了",
    "你必须先提供订单号,不然没法查!!!我们每天要处理很多订单的",
]
APOLOGY = "给您带来不好的体验非常抱歉,我们马上核实情况,您方便告诉我订单号吗?"
SOLUTION = "您可以选择补发{p},预计3天到达;或申请全额退款,您更倾向哪种方式?"
FOLLOWUP = "您好,之前您反馈的{p}问题已处理,请问目前是否还有其他疑问?"


def conversation(rng, cid):
    p, s, a = rng.choice(PRODUCTS), rng.choice(SIZES), rng.choice(AGENTS)
    o = str(rng.randrange(10**11, 10**12))
    fill = lambda t: t.format(p=p, s=s, a=a, o=o)
    msgs = []
    if rng.random() < 0.08:
        msgs.append(("customer", fill(rng.choice(COMPLAINTS))))
        if rng.random() < 0.7:
            msgs.append(("agent", fill(APOLOGY)))
            msgs.append(("customer", "订单号是" + o))
            msgs.append(("agent", fill(SOLUTION)))
        else:
            msgs.append(("agent", fill(SOLUTION)))
            msgs.append(("agent", "非常抱歉给您带来不便"))
        msgs.append(("customer", rng.choice(CHAT)))
        if rng.random() < 0.6:
            msgs.append(("agent@later", fill(FOLLOWUP)))
    else:
        for _ in range(rng.randint(1, 5)):
            msgs.append(("customer", fill(rng.choice(QUESTIONS)) if rng.random() < 0.85 else rng.choice(CHAT)))
            msgs.append(("agent", fill(rng.choice(REPLIES))))
    return a, msgs


def main():
    args = [x for x in sys.argv[1:]]
    use_csv = "--csv" in args
    seed = 42
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    args = [x for x in args if x != "--csv"]
    out = args[0]
    total = int(args[1]) if len(args) > 1 else 1_000_000
    rng = random.Random(seed)
    t = datetime.datetime(2026, 11, 1, 8, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
    open_convs = []
    delayed = []  # (due time, seq, conversation) for follow-ups 20 h after the solution
    next_id = 0
    written = 0
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n") if use_csv else None
        if w:
            w.writerow(["conversation", "role", "agent", "text", "at"])
        while written < total:
            if delayed and delayed[0][0] <= t:
                due, _, conv = heapq.heappop(delayed)
                open_convs.append(conv)
            while len(open_convs) < 300:
                agent, msgs = conversation(rng, next_id)
                open_convs.append([f"c{next_id}", agent, msgs, 0, False])
                next_id += 1
            k = rng.randrange(len(open_convs))
            conv = open_convs[k]
            role, text = conv[2][conv[3]]
            if role == "agent@later" and not conv[4]:
                # Park the conversation; its follow-up is written 20 hours of log time later.
                conv[4] = True
                open_convs[k] = open_convs[-1]
                open_convs.pop()
                heapq.heappush(delayed, (t + datetime.timedelta(hours=20), next_id + written, conv))
                continue
            conv[3] += 1
            if conv[3] == len(conv[2]):
                if open_convs[k] is conv:
                    open_convs[k] = open_convs[-1]
                    open_convs.pop()
                else:
                    open_convs.remove(conv)
            t += datetime.timedelta(seconds=rng.randint(0, 3))
            at = t
            if role == "customer":
                text = rng.choice(["你好,", "在吗?", "客服你好,", "亲,", "我想问一下,"]) + text
            else:
                text = text + rng.choice(["", "~还有其他问题随时联系我哦", ",感谢您的耐心等待", ",祝您生活愉快~"])
            role = role.split("@")[0]
            row = {"conversation": conv[0], "role": role, "agent": conv[1], "text": text, "at": at.isoformat()}
            if w:
                w.writerow([row["conversation"], role, conv[1], text, row["at"]])
            else:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
            written += 1
    print(f"wrote {written} messages to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
