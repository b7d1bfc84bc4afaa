"""The BLIND source: written separately from train_fragments.py (other products, other defect words, other phrasings,
other typos) so the blind split measures generalisation, not template recall. Written by us (no third-party text).

FROZEN: block 1 below was fixed at its first commit. Never edit or reorder it; new material goes into a new block
appended at the end (and the generator appends its lines after the existing ones)."""

# ================================ block 1 (frozen) ================================

GOODS = {
    "daily": (["电动牙刷", "台灯", "行李箱", "雨伞", "拖把", "电子秤", "剃须刀", "收纳箱", "晾衣架", "垃圾桶"],
              [("刷头松动", "QualityFault", ["电动牙刷"]), ("灯一直闪", "QualityFault", ["台灯"]),
               ("轮子掉了", "DamagedItem", ["行李箱"]), ("伞骨断了", "DamagedItem", ["雨伞"]),
               ("拉杆卡住拉不出来", "QualityFault", ["行李箱"]), ("按键没反应", "QualityFault", ["电动牙刷", "台灯", "电子秤", "剃须刀"]),
               ("充满电用不了一小时", "QualityFault", ["电动牙刷", "剃须刀", "台灯"]), ("称不准", "QualityFault", ["电子秤"]),
               ("生锈了", "QualityFault", ["晾衣架", "剃须刀", "雨伞"]), ("变形了", "DamagedItem", ["收纳箱", "晾衣架", "垃圾桶"]),
               ("把手断了", "DamagedItem", ["拖把", "行李箱", "收纳箱"]), ("盖子合不上", "QualityFault", ["垃圾桶", "收纳箱"]),
               ("拖把头掉了", "QualityFault", ["拖把"])]),
    "wear": (["围巾", "手套", "背包", "帽衫", "童装", "毛衫", "羊毛大衣", "丝巾", "腰带", "钱包"],
             [("褪色", "QualityFault"), ("脱线", "QualityFault"), ("掉毛", "QualityFault"), ("起皱", "QualityFault"),
              ("洗完变硬了", "QualityFault"), ("掉钻", "QualityFault"), ("五金氧化发黑", "QualityFault"),
              ("实物颜色深很多", "DescriptionMismatch"), ("跟模特图差太远", "DescriptionMismatch"),
              ("是化纤的不是羊毛", "DescriptionMismatch"), ("大了两个号", "DescriptionMismatch"),
              ("寄来的是别的款", "WrongItem"), ("肩带断了", "DamagedItem")]),
    "digital": (["投影仪", "U盘", "显示器", "打印机", "相机", "游戏手柄", "移动硬盘", "智能音箱"],
                [("卡顿", "QualityFault", ["投影仪", "智能音箱", "游戏手柄"]), ("没声音", "QualityFault", ["智能音箱", "投影仪"]),
                 ("不亮", "QualityFault", ["投影仪", "显示器"]), ("投出来是糊的", "QualityFault", ["投影仪"]),
                 ("读不出来", "QualityFault", ["U盘", "移动硬盘"]), ("有亮点", "QualityFault", ["显示器"]),
                 ("老卡纸", "QualityFault", ["打印机"]), ("对焦不准", "QualityFault", ["相机"]),
                 ("摇杆漂移", "QualityFault", ["游戏手柄"]), ("容量是虚标的", "DescriptionMismatch", ["U盘", "移动硬盘"]),
                 ("边角有裂纹", "DamagedItem", None), ("屏幕有凹痕", "DamagedItem", ["显示器", "相机"]),
                 ("型号寄错了", "WrongItem", None), ("没有电源线", "WrongItem", ["投影仪", "显示器", "打印机"])]),
    "film": (["钢化膜", "手机壳", "车贴"],
             [("贴上全是气泡", "QualityFault"), ("边上翘起来了", "QualityFault"), ("孔位对不齐", "DescriptionMismatch"),
              ("发黄了", "QualityFault"), ("寄来的型号不对", "WrongItem"), ("到手就裂了", "DamagedItem")]),
    "kitchen2": (["空气炸锅", "蒸锅", "榨汁机", "洗碗机", "咖啡机", "电烤盘", "破壁机", "酸奶机", "高压锅"],
                 [("漏气", "QualityFault", ["高压锅", "咖啡机"]), ("一股焦糊味", "QualityFault", None),
                  ("转不动", "QualityFault", ["榨汁机", "破壁机"]), ("洗不干净", "QualityFault", ["洗碗机"]),
                  ("出水很慢", "QualityFault", ["咖啡机"]), ("温度上不去", "QualityFault", ["空气炸锅", "电烤盘", "酸奶机"]),
                  ("锅底凹了", "DamagedItem", ["蒸锅", "高压锅"]), ("玻璃罩碎了", "DamagedItem", ["榨汁机", "破壁机"]),
                  ("配件少了个刀头", "WrongItem", ["榨汁机", "破壁机"]), ("容量比写的小", "DescriptionMismatch", None)]),
    "home": (["被子", "枕头", "窗帘", "四件套", "地毯", "沙发垫", "凉席"],
             [("气味很冲", "QualityFault"), ("棉絮跑出来了", "QualityFault", ["被子", "枕头"]), ("掉绒", "QualityFault", ["被子", "枕头"]),
              ("短了一截", "DescriptionMismatch", ["窗帘", "凉席", "地毯"]), ("花色跟页面不一样", "DescriptionMismatch"),
              ("边上撕开了", "DamagedItem"), ("只来了一个枕套", "WrongItem", ["四件套"]), ("睡一晚就塌了", "QualityFault", ["枕头"]),
              ("起了好多毛球", "QualityFault", ["四件套", "沙发垫", "地毯"])]),
    "petfood": (["猫粮", "狗粮", "猫砂", "奶粉", "冻干"],
                [("结块了", "QualityFault", ["猫砂", "奶粉"]), ("受潮了", "QualityFault"), ("罐子瘪了", "DamagedItem", ["奶粉"]),
                 ("狗吃了吐", "QualityFault", ["狗粮", "冻干"]), ("日期不新鲜", "QualityFault"), ("袋子破了漏了一地", "DamagedItem"),
                 ("重量不够", "DescriptionMismatch"), ("口味寄错了", "WrongItem", ["猫粮", "狗粮", "冻干"])]),
    "baby": (["纸尿裤", "奶瓶", "狗绳", "婴儿车", "儿童座椅"],
             [("宝宝用了红屁屁", "QualityFault", ["纸尿裤"]), ("侧漏", "QualityFault", ["纸尿裤"]), ("奶嘴漏奶", "QualityFault", ["奶瓶"]),
              ("扣子一拉就断了", "QualityFault", ["狗绳"]), ("轮子不转", "QualityFault", ["婴儿车"]), ("安全带卡扣坏了", "QualityFault", ["儿童座椅", "婴儿车"]),
              ("发成小号了", "WrongItem", ["纸尿裤"]), ("刻度印得模糊", "QualityFault", ["奶瓶"])]),
    "fresh": (["车厘子", "榴莲", "草莓", "芒果", "荔枝"],
              [("软了", "QualityFault"), ("烂了好几个", "DamagedItem"), ("口感发酸", "QualityFault"), ("个头比说的小", "DescriptionMismatch"),
               ("数量不对 少两个", "WrongItem"), ("压得稀烂", "DamagedItem"), ("一股酒味", "QualityFault")]),
    "seafood": (["海鲜", "大闸蟹", "小龙虾", "鲍鱼", "虾仁"],
                [("死了好几只", "DamagedItem", ["大闸蟹", "小龙虾", "鲍鱼"]), ("有沙子", "QualityFault"), ("冰袋都化了 臭了", "QualityFault"),
                 ("个头比说的小", "DescriptionMismatch"), ("少了两只", "WrongItem", ["大闸蟹", "小龙虾", "鲍鱼"]), ("发黑了", "QualityFault")]),
    "plants": (["鲜花", "绿萝", "多肉", "发财树"],
               [("蔫了", "QualityFault"), ("叶子全黄了", "QualityFault"), ("根烂了", "QualityFault"), ("花盆碎了", "DamagedItem"),
                ("跟图片差太多 只有几片叶子", "DescriptionMismatch"), ("枝干断了", "DamagedItem")]),
    "skin": (["眼霜", "卸妆水", "护手霜", "精华油", "爽肤水", "身体霜"],
             [("脸发红发痒", "QualityFault"), ("用了闷痘", "QualityFault"), ("泵头按不出来", "QualityFault"),
              ("瓶子是漏的", "DamagedItem"), ("质地跟以前不一样", "DescriptionMismatch"), ("分层了", "QualityFault"),
              ("生产日期被刮了", "QualityFault"), ("赠品没给", "WrongItem")]),
    "nails": (["指甲油", "睫毛膏", "眉笔"],
              [("颜色涂出来完全不一样", "DescriptionMismatch"), ("干了 刷不开", "QualityFault"), ("一刷就结块", "QualityFault"),
               ("盖子拧不开", "QualityFault"), ("笔芯断了", "DamagedItem"), ("色号发错了", "WrongItem")]),
    "printed": (["漫画", "字典", "台历", "画册", "习题集"],
                [("掉页", "QualityFault"), ("字印歪了", "QualityFault"), ("书脊裂开了", "DamagedItem"),
                 ("被水泡过", "DamagedItem"), ("版本是旧的", "DescriptionMismatch"), ("少了一册", "WrongItem", ["漫画", "习题集", "画册"])]),
}
KINDS = sorted(GOODS)

ASK_DEFECT = {"film": ["会发黄吗", "有没有防窥的", "手机壳会不会掉色"], "seafood": ["是活的吗", "死了包赔吗", "几两一只"],
              "plants": ["好养活吗", "会不会冻死", "带盆吗"], "baby": ["会不会红屁屁", "奶瓶能消毒吗", "能上飞机吗"],
              "nails": ["持久吗", "容易晕妆吗", "有几个色号"],"daily": ["伞抗风吗", "容易生锈不", "轮子静音吗", "刷头多久换一次", "称得准不准"],
              "wear": ["会褪色不", "毛会掉吗", "容易皱吗", "是真羊毛吗", "包会不会掉色", "实物颜色和图差得多吗"],
              "digital": ["会卡吗", "音质怎样", "兼容mac吗", "能投墙上吗", "打印要联网吗", "有没有坏点"],
              "kitchen2": ["会漏气吗", "有涂层吗", "声音大不大", "好不好清洗", "能做蛋糕吗"],
              "home": ["有没有味道", "会掉绒吗", "能水洗吗", "多厚的", "遮光吗"],
              "petfood": ["几个月的猫能吃", "容易结块吗", "有没有香精", "一袋几斤"],
              "fresh": ["包不包坏", "坏果包赔吗", "是不是当天发", "有多大个", "能放几天"],
              "skin": ["刺激吗", "会闷痘吗", "孕期能用不", "是不是中样"],
              "printed": ["是不是最新版", "有塑封吗", "印刷清楚吗", "是几年级的"]}

HI = ["店家在吗", "老板在不", "在的吗", "有客服吗", "哈喽亲", "有在的吗", "客服小姐姐", "掌柜的", "人工人工", "喂",
      "有人没", "出来一下", "客服客服", "在线不", "亲亲在不在", "嗨", "请问有人吗", "小二在吗"]
BYE = ["行吧那就这样", "好嘞 谢谢亲", "okok", "了解", "嗯 没别的了", "那先这样哈", "感谢感谢", "明白 谢了", "收到收到",
       "没了", "ok了", "好的呢", "行 知道啦", "那我先下了", "就这些", "嗯呐", "好哒", "谢啦", "可以可以", "成", "晓得了",
       "那我等通知", "我先去忙了", "没别的问题了", "暂时没有了"]
GIVE = ["订单编号：{o}", "{o}这个单", "是尾号{t}那个", "收件人王** 手机{m}", "{m}", "就刚拍的那单", "{o}", "单号是{o}",
        "我在{c}{d}", "寄到{c} 地址没变", "新地址：{c}***街道***号", "姓赵 {m}", "刚付的那个", "[商品链接]", "[图片][图片]",
        "发你截图了", "第二个", "灰的", "要两件", "大号", "{o} 麻烦查下"]
ASK_GOODS = ["{g}带{f}不", "{g}现在下单送{x}不", "{g}还有库存不", "大一号的还有不", "这个跟那个差在哪", "买二送一还有吗",
             "{g}能用多久", "有没有{col}的", "{g}多少钱一个", "{g}有几种规格", "哪个卖得好", "{g}是哪里产的",
             "给老人买哪个合适", "能刻字吗", "有礼盒装吗", "团购能便宜不", "有试用装吗", "这个月还有活动不",
             "{col}的多久到货", "单买一个配件可以吗", "能定做尺寸吗", "质保几年"]
FEAT = ["遥控", "定时", "收纳袋", "电池", "说明书", "充电线", "发票"]
GIFT = ["小礼品", "替换头", "收纳包", "贺卡", "试用装"]
COL = ["墨绿", "奶白", "雾霾蓝", "焦糖色", "酒红", "浅灰", "香槟金"]
CITY = ["苏州", "青岛", "厦门", "大连", "贵阳", "南宁", "兰州", "呼和浩特", "银川", "温州", "佛山", "东莞", "石家庄"]
DIST = ["工业园区", "高新区", "开发区", "老城区", "南岸"]

ASK_RETURN = ["收到不满意可以退不", "退换期是几天", "退回来运费我出吗", "用过了还给退吗", "质保期多长", "吊牌剪了还能退吗",
              "退的话要原包装吗", "能只退一件吗", "过敏的话能退吗", "坏了是换新还是维修", "七天内都能退对吧",
              "退货怎么操作", "赠品要一起退吗"]
ASK_SHIP = ["大概啥时候能发出", "{c}要几天", "用的哪家快递", "能送到村里吗", "今天几点截单", "发出了给我说一声",
            "明天能到{c}吗", "可以自提吗", "到付可以吗", "能寄到公司吗", "几号发", "是同城发货吗", "有没有物流单号"]
ASK_PAY = ["帮我备注一下要{col}", "地址改成{c}那个", "开个电子发票", "券领了没减", "用不了支付宝", "能先发货后付款吗",
           "能开公司抬头吗", "下错单了 帮我撤掉", "改成两件", "收货电话换成{m}", "怎么申请价保", "降价了能退差价不",
           "订单里备注了看到没", "我付了定金尾款咋付", "购物金能用吗", "拍了没付款还能保留吗"]

GOT_IT = ["", "", "到手就", "拆开发现", "刚收到就", "用了一下就", "一打开", "昨天收到今天就", "第一次用就", "没用几次就"]
AFTER = ["", "", "", " 图片你看一下", " 处理下", " 咋弄", " 这种怎么办呢", " 你看看", " 视频拍了", " 是不是坏的"]
ASK_FIX = ["换个新的给我", "退了", "我想退", "重新寄一个", "给我补一个", "退款退货", "这种能赔吗", "你们上门取吗", "申请换货了"]
ANGER = ["你们能不能负点责任", "这质量好意思卖", "什么烂东西", "坑死了", "太离谱了", "你们就是骗钱", "有毛病吧", "气死我了"]
SIGH = ["哎 真失望", "本来是送人的 尴尬死了", "第三次了 不想说了", "白期待了", "算了 以后不来了", "唉 心累"]
WAIT = ["单子拍了快一周 还在待发货", "物流停在{c}三天了", "到底发没发", "说好今天到的 没到", "三天了还没揽收",
        "怎么一直在仓库", "啥时候能到啊 等着用", "快递显示派送中一天了", "几天了物流一点没动", "都过了预计时间了",
        "下单五天了还没动静", "明天出门 今天到不了就不要了", "你们发货也太慢了吧", "给个准话哪天发", "还要等多久"]
MONEY = ["钱还没退回来", "退款申请了没人处理", "退款到哪一步了", "东西寄回去一周了 钱呢", "说好三天到账 现在都五天了",
         "退款一直显示处理中", "款到底啥时候退", "我的钱什么时候回来"]
ESCALATE = ["再拖我就去消协", "我打市场监管电话了", "信不信我曝光你们", "不给解决就一直差评", "我已经截图了 等着",
            "去黑猫发帖了", "你们这样我只能找平台了", "我要叫小二介入", "叫你们老板出来", "我会一直投诉到底"]
RUDE = ["客服是死了吗", "你们是聋了吗", "什么烂店", "脑残吧", "有病", "骗子店铺", "一群废物", "滚蛋", "nt客服", "cnm"]
IRONY = [("你们效率真高 一周了还没发", "Logistics", "LateDelivery"), ("真会做生意 卖坏的", "Complaint", "QualityFault"),
         ("包装很好 东西碎了", "AfterSales", "DamagedItem"), ("五星好评 好到我想退货", "Complaint", "General"),
         ("客服回得真快 两天回一句", "Complaint", "General"), ("这质量 绝了 一天就坏", "AfterSales", "QualityFault"),
         ("真贴心 还送我一个坏的", "AfterSales", "DamagedItem"), ("谢谢啊 让我白跑一趟", "Complaint", "General"),
         ("物流神速 半个月到", "Logistics", "LateDelivery"), ("退款真快 快一个月了", "AfterSales", "RefundDelay")]
MEH = ["一点也不香", "太油腻了", "音质很闷", "画质不清楚", "有点小贵 不值", "闻着有点刺鼻", "比别家薄多了", "床太硬睡不着",
       "酒店隔音很差", "剧情太拖了", "口感很一般", "没说的那么好用", "有点廉价", "看着就不结实", "跟宣传的差好多"]
GOOD = ["挺满意的 物流也快", "东西很赞", "闺女超喜欢", "比超市买的好", "做工细 用料足", "回头再来", "客服回复好快 点赞",
        "老公说好用", "第二次来买了", "一直在你家买", "很香 好评", "很软很舒服", "颜值很高", "真心不错", "比图片还好看",
        "包装严实 没磕碰", "用着很顺手", "给五星", "会介绍同事来买", "值这个价", "解决得很及时 感谢", "这次很满意",
        "好评好评", "有惊喜", "物美价廉", "妈妈很喜欢 谢谢", "效果可以", "电池挺耐用", "音质超好", "速度可以 第二天就到"]
GOOD_END = ["", "", "", " 赞赞", " ~", "！", " 😄", " 👏", " #E-s07", " 谢谢店家", " 爱了"]


def _order(rng):
    k = rng.random()
    if k < 0.35:
        return "3%018d" % rng.randint(0, 10 ** 18 - 1)
    if k < 0.6:
        return "[数字]"
    if k < 0.8:
        return "***" + "%04d" % rng.randint(0, 9999)
    return "%d" % rng.randint(10 ** 11, 10 ** 12)


def _mobile(rng):
    return "1" + rng.choice(("35", "52", "88", "99", "87")) + "****" + "%04d" % rng.randint(0, 9999)


def _sub(rng, s, kind=None):
    kind = kind or rng.choice(KINDS)
    goods = GOODS[kind][0]
    return (s.replace("{g}", rng.choice(goods)).replace("{f}", rng.choice(FEAT)).replace("{x}", rng.choice(GIFT))
            .replace("{col}", rng.choice(COL)).replace("{c}", rng.choice(CITY)).replace("{d}", rng.choice(DIST))
            .replace("{o}", _order(rng)).replace("{m}", _mobile(rng)).replace("{t}", "%04d" % rng.randint(0, 9999)))


def _fault(rng):
    kind = rng.choice(KINDS)
    goods, faults = GOODS[kind]
    f = rng.choice(faults)
    d, issue = f[0], f[1]
    only = f[2] if len(f) > 2 and f[2] else goods
    return kind, rng.choice(only), d, issue


def _face(rng, mood):
    if rng.random() < 0.86:
        return ""
    return rng.choice({"bad": [" #E-s33", " 🤬", " 😩", " #E-s41", " [怒]", " 😓"],
                       "ok": [" #E-s05", " [握手]", " 🙂", " ~"]}[mood])


def b_hi(rng):
    return rng.choice(HI), "Neutral", 0, ["Other"], "General"


def b_bye(rng):
    return rng.choice(BYE) + _face(rng, "ok"), "Neutral", 0, ["Other"], "General"


def b_give(rng):
    return _sub(rng, rng.choice(GIVE)), "Neutral", 0, ["Other"], "General"


def b_goods(rng):
    t = _sub(rng, rng.choice(ASK_GOODS))
    issue = "OutOfStock" if ("库存" in t or "多久到货" in t) else "General"
    return rng.choice(("", "", "", "请问下 ", "老板 ", "想问问 ")) + t, "Neutral", 0, ["Inquiry"], issue


def b_ask_defect(rng):
    kind = rng.choice(KINDS)
    t = rng.choice(ASK_DEFECT[kind])
    if rng.random() < 0.4 and kind not in ("daily", "digital", "film", "seafood"):
        t = rng.choice(GOODS[kind][0]) + t
    return t, "Neutral", 0, ["Inquiry"], "General"


def b_return(rng):
    return rng.choice(("", "", "想问下 ", "那个 ")) + rng.choice(ASK_RETURN), "Neutral", 0, ["Inquiry"], "General"


def b_ship(rng):
    return _sub(rng, rng.choice(ASK_SHIP)), "Neutral", 0, ["Logistics"], "General"


def b_pay(rng):
    return _sub(rng, rng.choice(ASK_PAY)), "Neutral", 0, ["OrderAndPayment"], "General"


def b_combo(rng):
    opts = [(b_goods, "Inquiry"), (b_ship, "Logistics"), (b_pay, "OrderAndPayment"), (b_return, "Inquiry")]
    a = rng.choice(opts)
    b = rng.choice([o for o in opts if o[1] != a[1]])
    ta, ia = a[0](rng)[0], a[1]
    r2 = b[0](rng)
    head = rng.choice(("", "", "店家在吗 ", "老板 ", "哈喽 "))
    return head + ta + rng.choice((" ", " 顺便问下 ", " 还有就是 ", "，", " 然后 ")) + r2[0], "Neutral", 0, [ia, b[1]], \
        r2[4] if r2[4] != "General" else "General"


def b_fault(rng):
    kind, g, d, issue = _fault(rng)
    t = rng.choice((g + rng.choice(GOT_IT) + d, rng.choice(GOT_IT) + d, "你们这个" + g + d, g + "才两天就" + d,
                    d + " " + g))
    return t + rng.choice(AFTER) + _face(rng, "bad"), "Dissatisfied", 1, ["AfterSales"], issue


def b_fault_fix(rng):
    kind, g, d, issue = _fault(rng)
    return g + d + rng.choice((" ", "，", " 那个 ")) + rng.choice(ASK_FIX), "Dissatisfied", 2, ["AfterSales"], issue


def b_fault_anger(rng):
    kind, g, d, issue = _fault(rng)
    t = rng.choice((g + d + " " + rng.choice(ANGER), rng.choice(ANGER) + " " + d))
    inten = 3 if rng.random() < 0.4 else 2
    if inten == 3:
        t += rng.choice(("！！！", "!!!", "??!"))
    return t, "Angry", inten, ["AfterSales", "Complaint"], issue


def b_fault_sigh(rng):
    kind, g, d, issue = _fault(rng)
    return g + d + " " + rng.choice(SIGH), "Disappointed", 2, ["AfterSales"], issue


def b_wait(rng):
    t = _sub(rng, rng.choice(WAIT))
    return t + _face(rng, "bad"), "Anxious", 2, ["Logistics"], "LateDelivery"


def b_money(rng):
    t = rng.choice(MONEY)
    if rng.random() < 0.25:
        return t + " " + rng.choice(("再不退我就报警了", "是不是想赖账", "你们是骗子吧")), "Angry", 3, ["AfterSales", "Complaint"], "RefundDelay"
    return t, "Anxious", 2, ["AfterSales"], "RefundDelay"


def b_escalate(rng):
    return rng.choice(ESCALATE) + _face(rng, "bad"), "Angry", 3, ["Complaint"], "General"


def b_rude(rng):
    return rng.choice(RUDE), "Angry", 3, ["Complaint"], "General"


def b_irony(rng):
    t, intent, issue = rng.choice(IRONY)
    return t, "Dissatisfied", 2, [intent] if intent == "Complaint" else [intent, "Complaint"], issue


def b_meh(rng):
    return rng.choice(MEH), "Dissatisfied", 1, ["Complaint"], "General"


def b_good(rng):
    t = rng.choice(GOOD)
    end = rng.choice(GOOD_END)
    return t + end, "Satisfied", 2 if end.strip() else 1, ["Praise"], "General"


def b_good_ask(rng):
    kind = rng.choice(KINDS)
    return rng.choice(("上回买的挺好 ", "朋友用了说好 ", "回购了 ", "一直用你家的 ")) + rng.choice(ASK_DEFECT[kind]), \
        "Satisfied", 1, ["Inquiry", "Praise"], "General"


def b_multi_bad(rng):
    kind, g, d, issue = _fault(rng)
    if rng.random() < 0.5:
        return g + d + " 寄回的快递你们出吗", "Dissatisfied", 2, ["AfterSales", "Logistics"], issue
    return _sub(rng, rng.choice(WAIT)) + " 不要了 订单给我取消", "Anxious", 2, ["Logistics", "OrderAndPayment"], "LateDelivery"


FRAMES = [
    (b_hi, 6), (b_bye, 7), (b_give, 4), (b_goods, 11), (b_ask_defect, 5), (b_return, 5), (b_ship, 7), (b_pay, 10.5),
    (b_combo, 9), (b_fault, 14), (b_fault_fix, 5), (b_fault_anger, 4), (b_fault_sigh, 2), (b_wait, 7), (b_money, 3),
    (b_escalate, 4), (b_rude, 1.5), (b_irony, 2), (b_meh, 3), (b_multi_bad, 3), (b_good, 27), (b_good_ask, 2.5),
]

SLIPS = [("怎么", "腫么"), ("退款", "退欵"), ("快递", "快第"), ("发货", "法货"), ("客服", "KF"), ("有没有", "镁有"),
         ("在线", "再线"), ("质量", "质亮"), ("尺码", "尺吗"), ("包邮", "包由"), ("订单", "订丹"), ("地址", "地止"),
         ("手机", "手几"), ("一下", "yi下"), ("能不能", "neng不能"), ("了", "le"), ("谢谢", "thx"), ("的", "地"),
         ("再", "在"), ("么", "嘛"), ("退货", "退或"), ("发票", "发漂"), ("优惠", "优会"), ("客服", "可服"),
         ("什么", "sm"), ("是不是", "四不四"), ("东西", "东东"), ("喜欢", "稀饭"), ("这样", "这样纸"), ("没有", "没油"),
         ("知道", "zd"), ("收到", "收道"), ("换货", "换或"), ("还没", "还木")]


TYPO_RATE = 0.3


def dedup_key(text):
    """Frozen copy of the normalised form used to thin repeats inside block 1 (independent of common.normalise)."""
    out = []
    for ch in text:
        if ch.isdigit() or ch in "亲哈呢嘛啊吗呀哦啦吧的了噢咯哇嗯 ，。？！,.?!~～*[]#":
            continue
        out.append(ch)
    return "".join(out)


def add_typo(rng, text):
    c = [(a, b) for a, b in SLIPS if a in text and (a != "了" or text.endswith("了") or "了 " in text)]
    if not c:
        return text, False
    a, b = rng.choice(c)
    if a == "了":  # only a sentence-final 了 (了解 stays)
        return (text[:-1] + b, True) if text.endswith("了") else (text.replace("了 ", b + " ", 1), True)
    return text.replace(a, b, 1), True


def punctuate(rng, text, emotion):
    k = rng.random()
    if k < 0.7:
        return text
    if k < 0.8:
        return text.replace(" ", "，")
    if k < 0.88 and emotion == "Neutral":
        return text + "？"
    if k < 0.94:
        return text + ("..." if emotion != "Satisfied" else "～")
    return text.replace(" ", "")

# ================================ end of block 1 ================================
