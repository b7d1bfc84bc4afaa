"""Fragment pools and frames of the TRAIN/DEV source. Written by us for this repository (no third-party text).

The blind split has its own, separately written source (blind_fragments.py): never import that file here and
never copy a pool from there to here.

A frame is a function rng -> (text, emotion, intensity, [intents], issue)."""

# ---- products by category, with the defects we report on them in THIS source ---------------------------------
# defect tuples: (text, issue)   issue codes are CustomerIssue names
CATEGORIES = {
    "clothes": {
        "products": ["衣服", "T恤", "裤子", "外套", "羽绒服", "毛衣", "卫衣", "连衣裙", "衬衫", "牛仔裤", "打底衫", "睡衣",
                     "棉服", "短袖", "裙子", "袜子", "内衣", "风衣"],
        "defects": [("起球", "QualityFault"), ("起球了", "QualityFault"), ("掉色", "QualityFault"),
                    ("洗了一次就掉色", "QualityFault"), ("开线了", "QualityFault"), ("线头好多", "QualityFault"),
                    ("缩水了", "QualityFault"), ("拉链坏了", "QualityFault"), ("扣子掉了", "QualityFault"),
                    ("有个洞", "DamagedItem"), ("领口松了", "QualityFault"), ("染色了", "QualityFault"),
                    ("色差很大", "DescriptionMismatch"), ("尺码不对", "DescriptionMismatch"),
                    ("偏小一个码", "DescriptionMismatch"), ("和图片不一样", "DescriptionMismatch"),
                    ("不是纯棉的", "DescriptionMismatch"), ("颜色发错了", "WrongItem"), ("有污渍", "DamagedItem"),
                    ("一股味道", "QualityFault"), ("穿了一天就破了", "QualityFault"), ("袖子长短不一", "QualityFault")],
        "questions": ["会起球吗", "掉色吗", "洗了会缩水吗", "有色差吗", "偏大还是偏小", "是纯棉的吗", "起不起球",
                      "会不会掉色", "透不透", "厚不厚", "面料是什么", "能机洗吗", "有弹力吗", "会不会缩水"],
    },
    "shoes": {
        "products": ["鞋子", "运动鞋", "拖鞋", "靴子", "帆布鞋", "凉鞋", "皮鞋"],
        "defects": [("开胶了", "QualityFault"), ("鞋底开胶", "QualityFault"), ("磨脚", "QualityFault"),
                    ("两只大小不一样", "QualityFault"), ("鞋码不对", "DescriptionMismatch"), ("有划痕", "DamagedItem"),
                    ("鞋盒压扁了", "DamagedItem"), ("发了两只左脚", "WrongItem"), ("味道很重", "QualityFault"),
                    ("鞋面有胶水印", "QualityFault")],
        "questions": ["偏码吗", "正码还是大一码", "防滑吗", "磨脚吗", "透气吗", "是真皮吗"],
    },
    "phone": {
        "products": ["手机", "耳机", "充电宝", "平板", "蓝牙耳机", "手表", "数据线", "充电器", "鼠标", "键盘", "路由器"],
        "defects": [("充不进电", "QualityFault"), ("充不上电", "QualityFault"), ("死机", "QualityFault"),
                    ("老是死机", "QualityFault"), ("自动关机", "QualityFault"), ("发烫得厉害", "QualityFault"),
                    ("按键失灵", "QualityFault"), ("有杂音", "QualityFault"), ("连不上蓝牙", "QualityFault"),
                    ("一边没声音", "QualityFault"), ("开不了机", "QualityFault"), ("屏幕碎了", "DamagedItem"),
                    ("外壳裂了", "DamagedItem"), ("屏幕有划痕", "DamagedItem"), ("电池不是6芯的", "DescriptionMismatch"),
                    ("容量没有写的那么大", "DescriptionMismatch"), ("发的不是我买的型号", "WrongItem"),
                    ("少了充电线", "WrongItem"), ("是翻新机", "DescriptionMismatch"), ("信号很差", "QualityFault"),
                    ("接触不良", "QualityFault"), ("充一次用半天", "QualityFault")],
        "questions": ["支持快充吗", "是原装的吗", "续航多久", "能连苹果吗", "有几个颜色", "保修多久", "是国行吗",
                      "支持无线充吗", "内存多大", "兼容安卓吗", "带不带充电头"],
    },
    "appliance": {
        "products": ["冰箱", "空调", "洗衣机", "电饭煲", "热水壶", "吹风机", "电风扇", "微波炉", "扫地机", "电热水器",
                     "烤箱", "豆浆机", "电磁炉", "净水器"],
        "defects": [("不制冷", "QualityFault"), ("不加热", "QualityFault"), ("漏水", "QualityFault"),
                    ("漏水了", "QualityFault"), ("噪音很大", "QualityFault"), ("不出风", "QualityFault"),
                    ("通电没反应", "QualityFault"), ("一开就跳闸", "QualityFault"), ("有股塑料味", "QualityFault"),
                    ("转了两下就停了", "QualityFault"), ("显示屏不亮", "QualityFault"), ("门关不严", "QualityFault"),
                    ("箱子压坏了", "DamagedItem"), ("外壳凹进去一块", "DamagedItem"), ("少了遥控器", "WrongItem"),
                    ("功率没有标的那么大", "DescriptionMismatch"), ("颜色跟图片不一样", "DescriptionMismatch")],
        "questions": ["耗电吗", "噪音大不大", "几级能效", "包安装吗", "有没有定时", "能用多少年", "保修几年",
                      "多大面积能用", "声音大吗", "要自己装吗"],
    },
    "food": {
        "products": ["零食", "牛肉干", "坚果", "橙子", "苹果", "茶叶", "饼干", "牛奶", "面包", "月饼", "腊肠", "大米",
                     "蜂蜜", "辣条", "猕猴桃", "螺蛳粉"],
        "defects": [("过期了", "QualityFault"), ("发霉了", "QualityFault"), ("有异物", "QualityFault"),
                    ("不新鲜", "QualityFault"), ("变质了", "QualityFault"), ("胀袋了", "QualityFault"),
                    ("坏了好几个", "DamagedItem"), ("烂了一半", "DamagedItem"), ("包装破了", "DamagedItem"),
                    ("有虫", "QualityFault"), ("吃了拉肚子", "QualityFault"), ("味道不对", "QualityFault"),
                    ("分量不够", "DescriptionMismatch"), ("比图片小很多", "DescriptionMismatch"),
                    ("少了一袋", "WrongItem"), ("口味发错了", "WrongItem"), ("生产日期是去年的", "QualityFault")],
        "questions": ["保质期多久", "是今年的新货吗", "甜不甜", "辣不辣", "孕妇能吃吗", "要冷藏吗", "一箱几斤",
                      "是现摘的吗", "有添加剂吗", "怎么保存"],
    },
    "beauty": {
        "products": ["面霜", "口红", "洗面奶", "面膜", "香水", "精华", "防晒霜", "粉底液", "眼影", "身体乳", "洗发水"],
        "defects": [("用了过敏", "QualityFault"), ("用完脸上起痘", "QualityFault"), ("擦了刺痛", "QualityFault"),
                    ("漏液了", "DamagedItem"), ("盖子裂了", "DamagedItem"), ("味道跟专柜不一样", "DescriptionMismatch"),
                    ("颜色跟试色差太多", "DescriptionMismatch"), ("封口是开的", "DamagedItem"), ("里面是空的", "WrongItem"),
                    ("少了小样", "WrongItem"), ("质地变稀了", "QualityFault"), ("快过期了", "QualityFault")],
        "questions": ["是正品吗", "敏感肌能用吗", "保质期到什么时候", "孕妇能用吗", "有小样吗", "油皮适合吗",
                      "会搓泥吗", "是什么色号", "持久吗", "香味浓吗"],
    },
    "furniture": {
        "products": ["椅子", "桌子", "柜子", "床垫", "书架", "沙发", "鞋柜", "床", "衣架", "电脑桌", "茶几"],
        "defects": [("少了螺丝", "WrongItem"), ("缺配件", "WrongItem"), ("少了一个配件", "WrongItem"),
                    ("装不上", "QualityFault"), ("一坐就晃", "QualityFault"), ("有划痕", "DamagedItem"),
                    ("板子裂了", "DamagedItem"), ("味道很大", "QualityFault"), ("掉漆了", "QualityFault"),
                    ("孔位对不上", "QualityFault"), ("尺寸跟写的不一样", "DescriptionMismatch"), ("腿断了一根", "DamagedItem"),
                    ("颜色比图片深", "DescriptionMismatch")],
        "questions": ["需要自己安装吗", "是实木的吗", "承重多少", "有甲醛吗", "尺寸多大", "包送货上楼吗", "有安装视频吗"],
    },
    "books": {
        "products": ["书", "绘本", "教材", "练习册", "小说", "字帖"],
        "defects": [("缺页", "QualityFault"), ("印刷模糊", "QualityFault"), ("有折痕", "DamagedItem"),
                    ("封面破了", "DamagedItem"), ("像是盗版", "DescriptionMismatch"), ("页码是乱的", "QualityFault"),
                    ("发成上册了", "WrongItem"), ("少了一本", "WrongItem"), ("书角压坏了", "DamagedItem")],
        "questions": ["是正版吗", "是最新版吗", "有拼音吗", "几岁能看", "是全套吗", "带不带答案"],
    },
    "kitchen": {
        "products": ["保温杯", "水杯", "炒锅", "不粘锅", "碗", "菜刀", "饭盒", "玻璃杯", "砧板", "保鲜盒"],
        "defects": [("漏水", "QualityFault"), ("不保温", "QualityFault"), ("粘锅", "QualityFault"), ("涂层掉了", "QualityFault"),
                    ("碎了", "DamagedItem"), ("裂了一道缝", "DamagedItem"), ("有个缺口", "DamagedItem"),
                    ("盖子拧不紧", "QualityFault"), ("有股怪味", "QualityFault"), ("容量没写的大", "DescriptionMismatch"),
                    ("发的颜色不对", "WrongItem")],
        "questions": ["能装开水吗", "保温多久", "能进洗碗机吗", "电磁炉能用吗", "是304的吗", "有盖子吗"],
    },
}

CAT_NAMES = sorted(CATEGORIES)

COLOURS = ["黑色", "白色", "灰色", "蓝色", "粉色", "红色", "米色", "卡其色", "绿色", "紫色"]
SIZES = ["S码", "M码", "L码", "XL", "XXL", "36码", "38码", "40码", "42码", "均码"]
CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "西安", "南京", "重庆", "长沙", "郑州", "沈阳", "昆明",
          "哈尔滨", "乌鲁木齐", "拉萨", "海南", "新疆", "西藏"]
COURIERS = ["顺丰", "中通", "圆通", "韵达", "申通", "极兔", "邮政", "京东"]
DAYS = ["两天", "三天", "四天", "五天", "一周", "一个星期", "十天", "半个月", "快十天", "好几天", "[数字]天", "3天", "5天", "7天"]
USED = ["刚用两天", "才用一次", "用了三天", "买了不到一周", "第一次用", "刚拆开", "洗了一次", "才穿了两次", "用了没几天",
        "第二天", "到手"]

GREETINGS = ["在吗", "客服在吗", "亲在吗", "有人吗", "你好", "您好", "在不在", "客服", "哈喽", "人呢", "在么", "亲",
             "有人在吗", "客服你好", "在线吗", "你好 在吗", "客服呢", "hello", "转人工", "人工客服", "我要人工",
             "怎么没人回", "早上好", "晚上好 在吗", "亲 在不"]
CLOSINGS = ["好的谢谢", "好的", "嗯嗯", "没有了", "知道了", "好", "谢谢", "ok", "好吧", "收到", "明白了", "好的亲",
            "没问题了", "行", "可以", "那好吧", "嗯", "哦哦", "好的 谢谢啦", "谢谢亲", "辛苦", "那我等等", "我再看看",
            "我考虑一下", "先这样", "不用了", "没事了", "懂了", "好嘞", "okk", "那就这样吧", "拜拜", "晚安",
            "好的 麻烦了", "行 我等你消息", "嗯 好", "好的我知道了"]
CHITCHAT = ["我先看看", "等我问问家里人", "我考虑考虑", "稍等 我找下订单", "刚才网卡了", "你是机器人吗", "能转人工吗",
            "换个人来", "你回一下", "在忙吗", "我等会再来", "晚点再说", "好的我去拍了", "我看看别的", "刚才那个问题",
            "看下上面", "我发错了", "不好意思 发错了", "没事", "我问问我老公", "那我明天再来", "我等下拍", "嗯嗯好的呢",
            "好滴", "okk 谢谢", "你们几点下班", "你们周末上班吗", "客服几点上班", "麻烦了", "辛苦了 没事了", "我晚点下单",
            "我再对比一下", "你好 我刚才咨询过", "还是刚才那个", "我截个图", "稍等", "等一下", "明白 那我再等等",
            "知道了 我去看看", "好的好的", "嗯 那就这样", "先不买了", "那算了", "算了 不要了", "哦 这样啊", "原来如此",
            "那行", "这样啊", "可以的", "好 我试试", "我去试试", "试了一下 可以了", "找到了", "好了 搞定了"]
PARTICLE_END = ["", "", "", "", "", "呢", "啊", "哈", "嘛", "呀", "的", "哦", "亲", "啦"]
PREFIX = ["", "", "", "", "", "", "", "", "", "", "", "", "", "亲 ", "在吗 ", "客服 ", "你好 ", "亲亲 ", "那个 ", "问下 ", "请问 ", "哎 ", "客服在吗 "]

# ---- neutral frames -----------------------------------------------------------------------------------------
STOCK_Q = ["有货吗", "还有货吗", "有现货吗", "什么时候补货", "{c}的还有吗", "{s}还有吗", "{c}{s}有吗", "还有{s}的吗",
           "这个还有吗", "{p}还有吗", "缺货吗", "现在拍有货吗", "预售要等多久"]
PRICE_Q = ["多少钱", "能便宜点吗", "有优惠吗", "有券吗", "能包邮吗", "包邮吗", "双十一会降价吗", "买两件有优惠吗",
           "现在什么价", "活动什么时候开始", "有赠品吗", "送什么", "会员价多少", "还能再便宜吗", "拍两个包邮吗"]
SIZE_Q = ["身高{h}体重{w}穿什么码", "{h} {w}斤穿多大", "{w}斤穿什么码", "我{h}穿{s}行吗", "尺码准吗", "有尺码表吗",
          "腰围{n}尺穿多大", "{s}是多大", "平时穿{s}选哪个", "肩宽多少"]
USE_Q = ["怎么用", "怎么安装", "有说明书吗", "怎么连手机", "第一次用要注意什么", "怎么清洗", "能用几年", "有什么区别",
         "和{p2}哪个好", "这两款有啥区别", "哪个颜色好看", "推荐哪款", "送人合适吗", "适合老人用吗", "小孩能用吗"]
RETURN_Q = ["可以七天无理由吗", "几天能退", "不合适能退吗", "退货运费谁出", "拆了还能退吗", "有运费险吗", "支持无理由退货吗",
            "穿过一次能退吗", "试了不合适可以换吗", "能换尺码吗", "退货要多久", "保修怎么弄", "坏了能保修吗", "多久之内能换",
            "换货要自己出运费吗", "没拆封能退吗", "退货地址是哪", "生鲜能退吗", "定制的能退吗", "过了七天还能退吗"]
LOGI_Q = ["什么时候发货", "今天能发吗", "几天能到", "发什么快递", "能发顺丰吗", "几天能到{city}", "{city}几天到",
          "发货了吗", "今天下单明天能到吗", "从哪里发货", "{city}能送吗", "偏远地区发吗", "能指定快递吗", "可以发{courier}吗",
          "物流到哪了", "单号多少", "能送货上门吗", "能放驿站吗", "下午拍今天发吗", "周末发货吗", "预计什么时候到",
          "能加急吗", "快递单号发我一下", "怎么查物流"]
ORDER_Q = ["能改地址吗", "地址写错了能改吗", "拍错了能取消吗", "怎么开发票", "能开专票吗", "发票抬头写错了", "优惠券怎么用",
           "优惠券用不了", "付款失败了", "能用花呗吗", "能分期吗", "怎么合并付款", "改一下收货人", "订单怎么取消",
           "我想改个颜色", "能帮我改价吗", "下单了能改尺码吗", "备注看到了吗", "电话写错了", "怎么领券", "付不了款",
           "能货到付款吗", "拍了两件只要一件", "怎么修改订单", "可以先付定金吗", "差价能补吗", "没收到发票"]
ANSWERS = ["订单号{order}", "{order}", "单号{order}", "电话{phone}", "手机号{phone}", "收货人 张** {phone}",
           "地址是{city}市***路[数字]号", "{city}市***区***小区[数字]栋", "就是这个订单", "订单号发你了",
           "{order} 这个", "尾号{tail}", "我的订单[数字]", "***", "我叫李** 电话{phone}", "已经拍了", "拍好了",
           "付好了", "已付款", "截图发你了", "[图片]", "[图片] 这个", "看图", "链接发你了", "就是这款", "这个链接的",
           "{c} {s}", "要{c}的", "拿{s}", "一件就行", "两个", "要这个"]
DEFECT_Q_GENERIC = ["会不会坏", "容易坏吗", "质量怎么样", "耐用吗", "有没有质量问题", "质量好吗", "结实吗",
                    "有异味吗", "会漏吗", "有色差吗", "实物和图片一样吗", "是新品吗", "是正品吗"]

# ---- negative frames ---------------------------------------------------------------------------------------
REPORT_LEAD = ["", "", "", "收到的", "刚收到的", "买的", "你们家的", "上周买的", "我买的", "这个", "昨天到的", "我家", "新买的"]
REPORT_TAIL = ["", "", "", "", "", "了", " 怎么办", " 怎么弄", " 咋整", " 能处理吗", " 你看下", " 看图", " [图片]",
               " 怎么回事", " 这正常吗", " 你们看看"]
DEMAND = ["我要退货", "给我退款", "给我换一个", "怎么退", "能换吗", "退了吧", "我要换货", "能退吗", "补发一个", "给个解决办法",
          "申请退款了", "退款吧", "要么换要么退", "能补偿吗", "寄回去修吗", "怎么售后"]
BLAME = ["你们怎么检查的", "你们发货前不看的吗", "这什么质量", "这种东西也敢卖", "质检是摆设吗", "你们就这样卖东西",
         "什么破质量", "这也太差了", "垃圾质量", "太坑了", "骗人的吧", "你们良心不痛吗"]
DISAPPOINT = ["太失望了", "第二次买了 还是这样", "唉 白买了", "本来挺期待的", "再也不买了", "心累", "失望", "哎 又这样",
              "还以为质量会好点", "后悔买了"]
URGE = ["怎么还没发货", "咋还不发货", "什么时候发啊 都{d}了", "拍了{d}了还没发", "都{d}了还不发货", "还发不发了", "能不能快点发",
        "物流{d}没动了", "快递{d}没更新了", "怎么还没到", "到底什么时候到", "我急用 能快点吗", "明天要用 今天能到吗",
        "说好48小时发货的呢", "还没收到 都{d}了", "物流一直不动", "催一下发货", "快递是不是丢了", "显示签收了 我没收到",
        "一直显示运输中", "卡在{city}{d}了", "能催下快递吗", "急急急 什么时候发货"]
REFUND = ["退款什么时候到账", "退款怎么还没到", "退款{d}了还没到", "钱什么时候退给我", "退货寄回去{d}了 还没退款",
          "怎么还没退钱", "退款显示成功 钱没到", "退款呢", "我的退款到哪了", "说好的退款呢", "退的钱到哪了", "仅退款申请了{d}了"]
COMPLAIN = ["我要投诉你们", "我要投诉", "投诉你们", "再不处理我就投诉", "我去12315投诉", "等着差评吧", "给你差评", "必须差评",
            "找你们领导来", "叫你们经理出来", "我要举报", "客服态度太差了", "你们客服什么态度", "问了三遍了没人回",
            "一直不回消息", "机器人吗 听不懂人话", "别给我发模板", "说了多少次了", "你们这是欺诈", "虚假宣传", "我要去平台投诉",
            "我要找平台介入", "不处理就黑猫投诉", "已经投诉到平台了", "这店太黑了", "再敷衍我就投诉", "你们到底管不管"]
ABUSE = ["sb客服", "垃圾店", "什么垃圾玩意", "你们脑子有病吧", "滚", "垃圾客服", "傻逼", "一群骗子", "去死吧", "你们有病吧",
         "神经病", "tm的什么东西", "垃圾 骗子"]
SARCASM = [("真是太快了 等了半个月", "Logistics", "LateDelivery"), ("好评 下次还敢买", "Complaint", "General"),
           ("物流真快 才走了十天", "Logistics", "LateDelivery"), ("谢谢你们 让我等了一个月", "Logistics", "LateDelivery"),
           ("质量真好 用一次就坏", "AfterSales", "QualityFault"), ("服务真好 三天没人回", "Complaint", "General"),
           ("真行 又发错了", "AfterSales", "WrongItem"), ("客服真厉害 一问三不知", "Complaint", "General"),
           ("呵呵 好评", "Complaint", "General"), ("发货速度真是感人", "Logistics", "LateDelivery"),
           ("厉害了 包装比东西还烂", "AfterSales", "DamagedItem"), ("这色差绝了", "AfterSales", "DescriptionMismatch"),
           ("真是一分钱一分货", "Complaint", "General"), ("退款效率真高 半个月了", "AfterSales", "RefundDelay"),
           ("好家伙 穿一次就开线", "AfterSales", "QualityFault"), ("可真是个好店 哈哈", "Complaint", "General")]
POLITE_ANGRY = ["麻烦你们认真一点好吗", "请你们给个说法", "我很客气地问最后一次", "请问你们到底什么时候处理", "麻烦别再推了",
                "谢谢你们的敷衍", "请尊重一下顾客", "我好好跟你说 你们能不能负点责", "请不要再复制粘贴了", "拜托你们看看消息"]
REVIEW_NEG = ["一般般吧", "不怎么样", "没有想象的好", "味道一般", "太难吃了", "穿着不舒服", "有点薄", "有点硬", "太小了",
              "房间很小并且很旧", "看了一半就看不下去了", "不值这个价", "跟便宜货差不多", "做工粗糙", "用起来很卡",
              "声音太小", "颜色很土", "比实体店差多了", "这个价格不应该这样", "包装很简陋", "太甜了 齁", "有点扎",
              "手感很差", "续航太短", "吸力太小", "不好用"]
OOS = [("怎么又没货了", "Dissatisfied", "Inquiry"), ("拍了说没货 那还上架干嘛", "Angry", "OrderAndPayment"),
       ("下单了才说缺货", "Dissatisfied", "OrderAndPayment"), ("等了三天告诉我没货", "Angry", "OrderAndPayment"),
       ("一直缺货 到底还补不补", "Anxious", "Inquiry"), ("没货就别卖啊", "Angry", "Complaint")]

# ---- positive frames ---------------------------------------------------------------------------------------
PRAISE = ["质量不错", "质量很好", "挺好的", "很好用", "好评", "五星好评", "下次还来", "还会再买", "物流很快", "发货很快",
          "包装很用心", "很喜欢", "穿着很舒服", "尺码刚好", "颜色很正", "跟图片一样", "没有色差", "很划算", "性价比很高",
          "客服很耐心", "谢谢客服 很耐心", "小姐姐服务很好", "老顾客了 一直很放心", "味道很好", "很新鲜", "孩子很喜欢",
          "送人很有面子", "做工很好", "比想象的好", "超出预期", "推荐给朋友了", "很结实", "声音很大很清楚", "充电很快",
          "已经回购了", "第三次买了 一如既往", "好吃 还会再买", "安装很简单", "效果很明显", "大小合适", "爸妈很满意",
          "物流给力", "点赞", "很值", "收到了 很满意", "不错不错", "爱了", "真香", "好看", "太喜欢了", "满意",
          "问题解决了 谢谢", "处理得很快 谢谢", "服务态度很好", "已经好评了", "给你们五星"]
PRAISE_TAIL = ["", "", "", "", " 下次还来", " 好评", " 谢谢", " 👍", " 还会再买", "!", "!!!", " 赞", " 会推荐给朋友",
               " 哈哈", " 😊", " #E-s12", " 给个好评"]


# ---- helpers -------------------------------------------------------------------------------------------------
def order_no(rng):
    k = rng.random()
    if k < 0.4:
        return "2026%02d%02d%08d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 99999999))
    if k < 0.6:
        return "[数字]"
    if k < 0.8:
        return "%d%s" % (rng.randint(1000, 9999), "*" * rng.choice((4, 6, 8)))
    return str(rng.randint(10 ** 15, 10 ** 18))


def phone(rng):
    return rng.choice(("138", "139", "186", "158", "177", "150")) + "%04d" % rng.randint(0, 9999) + "****"


def end(rng, t):
    """A sentence-final particle that fits: after 吗/么/呢 only a vocative or nothing."""
    if t.endswith(("吗", "么", "呢", "嘛")):
        return rng.choice(("", "", "", "", "亲", " 亲", "？"))
    return rng.choice(PARTICLE_END)


def fill(rng, s, cat=None):
    c = CATEGORIES[cat or rng.choice(CAT_NAMES)]
    return (s.replace("{p}", rng.choice(c["products"])).replace("{p2}", rng.choice(c["products"]))
            .replace("{c}", rng.choice(COLOURS)).replace("{s}", rng.choice(SIZES))
            .replace("{h}", str(rng.randint(150, 185))).replace("{w}", str(rng.randint(85, 180)))
            .replace("{n}", str(rng.randint(1, 3)) + "." + str(rng.randint(0, 9)))
            .replace("{city}", rng.choice(CITIES)).replace("{courier}", rng.choice(COURIERS))
            .replace("{d}", rng.choice(DAYS)).replace("{order}", order_no(rng)).replace("{phone}", phone(rng))
            .replace("{tail}", "%04d" % rng.randint(0, 9999)))


def defect(rng):
    cat = rng.choice(CAT_NAMES)
    c = CATEGORIES[cat]
    d, issue = rng.choice(c["defects"])
    return cat, rng.choice(c["products"]), d, issue


def emoji_or_not(rng, kind):
    if rng.random() < 0.88:
        return ""
    pools = {"neg": [" #E-s49", " #E-s20", " 😡", " 😭", " 😤", " #E-s14", " [生气]", " 🙄"],
             "pos": [" #E-s12", " 😊", " 👍", " [微笑]", " ❤️", " #E-s01", " 🥰"],
             "neu": [" #E-s03", " 🙏", " [疑问]", " #E-s36", " 🤔"]}
    return rng.choice(pools[kind])


# ---- frames ----------------------------------------------------------------------------------------------------
def f_greeting(rng):
    t = rng.choice(GREETINGS)
    if rng.random() < 0.35:
        t += rng.choice((" 问个事", " 想问一下", " 我想咨询下", " 有个问题", " 问你个问题", " 在线等", " 回一下",
                         " 麻烦回复", " 帮我看下", " 出来一下"))
    return t, "Neutral", 0, ["Other"], "General"


def f_closing(rng):
    k = rng.random()
    if k < 0.45:
        t = rng.choice(CLOSINGS)
    elif k < 0.7:
        t = rng.choice(CLOSINGS) + rng.choice((" ", "", " ")) + rng.choice(CLOSINGS)
    else:
        t = rng.choice(CHITCHAT)
    return t + emoji_or_not(rng, "neu"), "Neutral", 0, ["Other"], "General"


def f_answer(rng):
    return fill(rng, rng.choice(ANSWERS)), "Neutral", 0, ["Other"], "General"


def f_product_q(rng):
    cat = rng.choice(CAT_NAMES)
    c = CATEGORIES[cat]
    k = rng.random()
    if k < 0.3:
        q = fill(rng, rng.choice(STOCK_Q), cat)
        issue = "OutOfStock" if ("补货" in q or "缺货" in q) else "General"
    elif k < 0.5:
        q, issue = fill(rng, rng.choice(PRICE_Q), cat), "General"
    elif k < 0.65 and cat in ("clothes", "shoes"):
        q, issue = fill(rng, rng.choice(SIZE_Q), cat), "General"
    elif k < 0.8:
        q, issue = rng.choice(c["questions"]), "General"
    else:
        q, issue = fill(rng, rng.choice(USE_Q), cat), "General"
    if rng.random() < 0.35:
        q = rng.choice(c["products"]) + rng.choice(("", " ", "这个", "的")) + q if not q.startswith("{") else q
    return rng.choice(PREFIX) + q + end(rng, q), "Neutral", 0, ["Inquiry"], issue


def f_defect_q(rng):
    """A question that NAMES a defect: Inquiry, neutral, no issue."""
    cat = rng.choice(CAT_NAMES)
    c = CATEGORIES[cat]
    q = rng.choice(c["questions"] + DEFECT_Q_GENERIC)
    if rng.random() < 0.4:
        q = rng.choice(c["products"]) + q
    return rng.choice(PREFIX) + q, "Neutral", 0, ["Inquiry"], "General"


def f_return_q(rng):
    q = rng.choice(RETURN_Q)
    if rng.random() < 0.3:
        q = rng.choice(("这个", "这款", "我这个", "买了")) + q
    return rng.choice(PREFIX) + q + end(rng, q), "Neutral", 0, ["Inquiry"], "General"


def f_logistics_q(rng):
    q = fill(rng, rng.choice(LOGI_Q))
    return rng.choice(PREFIX) + q + end(rng, q), "Neutral", 0, ["Logistics"], "General"


def f_order_q(rng):
    q = fill(rng, rng.choice(ORDER_Q))
    if rng.random() < 0.15:
        q += " 订单号" + order_no(rng)
    return rng.choice(PREFIX) + q + end(rng, q), "Neutral", 0, ["OrderAndPayment"], "General"


def f_defect_report(rng):
    """A plain defect report: no emotion word, negative, AfterSales."""
    cat, p, d, issue = defect(rng)
    lead = rng.choice(REPORT_LEAD)
    form = rng.random()
    if form < 0.35:
        t = lead + p + d
    elif form < 0.55 and not d.startswith(("用", "擦", "吃", "穿", "洗", "一", "刚", "第", "转", "才")):
        t = rng.choice(USED) + "就" + d
    elif form < 0.7:
        t = d
    elif form < 0.85:
        t = p + " " + d
    else:
        t = "你好 " + p + d
    t = t + rng.choice(REPORT_TAIL)
    return t + emoji_or_not(rng, "neg"), "Dissatisfied", 1, ["AfterSales"], issue


def f_defect_demand(rng):
    cat, p, d, issue = defect(rng)
    t = rng.choice((p + d, d, "收到" + p + d, p + " " + d)) + rng.choice((" ", " ", "，", "")) + rng.choice(DEMAND)
    return t, "Dissatisfied", 2, ["AfterSales"], issue


def f_defect_blame(rng):
    cat, p, d, issue = defect(rng)
    b = rng.choice(BLAME)
    t = rng.choice((p + d + " " + b, b + " " + d, d + " " + b, "什么破" + p + " " + d))
    intensity = 3 if ("垃圾" in t or "破" in t) and rng.random() < 0.5 else 2
    if rng.random() < 0.2:
        t += rng.choice(("!!!", "！！", "!!")); intensity = 3
    return t + emoji_or_not(rng, "neg"), "Angry", intensity, ["AfterSales", "Complaint"], issue


def f_defect_disappoint(rng):
    cat, p, d, issue = defect(rng)
    t = rng.choice((p + d + " " + rng.choice(DISAPPOINT), rng.choice(DISAPPOINT) + " " + d, "又" + d + " " + rng.choice(DISAPPOINT)))
    return t, "Disappointed", 2, ["AfterSales"], issue


def f_urge(rng):
    t = fill(rng, rng.choice(URGE))
    intensity = 2
    emotion = "Anxious"
    if rng.random() < 0.2:
        mark = rng.choice(("!!!", "？？？", "??", "!!"))
        t += mark
        intensity = 3
        if "!" in mark:
            emotion = "Angry"  # shouting on a negative line is anger; repeated question marks stay anxious
    issue = "LateDelivery" if "签收" not in t else "General"
    intents = ["Logistics"]
    if rng.random() < 0.12:
        t += rng.choice((" 不要了 退款", " 再不发我退了", " 能退吗"))
        intents = ["Logistics", "AfterSales"]
    return rng.choice(("", "", "", "亲 ", "客服 ", "在吗 ")) + t + emoji_or_not(rng, "neg"), emotion, intensity, intents, issue


def f_refund(rng):
    t = fill(rng, rng.choice(REFUND))
    if rng.random() < 0.2:
        t += " 订单号" + order_no(rng)
    if rng.random() < 0.25:
        t += rng.choice((" 你们是不是骗子", " 再不退我就投诉", " 要我等到什么时候", " 骗钱的吧"))
        return t, "Angry", 3, ["AfterSales", "Complaint"], "RefundDelay"
    return t, "Anxious", rng.choice((1, 2)), ["AfterSales"], "RefundDelay"


def f_complaint(rng):
    t = fill(rng, rng.choice(COMPLAIN))
    strong = any(w in t for w in ("投诉", "差评", "12315", "举报", "平台", "领导", "经理"))
    if rng.random() < 0.25:
        t += rng.choice(("!!!", "！", "!!"))
        strong = True
    return rng.choice(("", "", "", "你们 ", "我说 ")) + t + emoji_or_not(rng, "neg"), "Angry", 3 if strong else 2, ["Complaint"], "General"


def f_abuse(rng):
    return rng.choice(ABUSE) + rng.choice(("", "", "!!", " 😡", " #E-s49")), "Angry", 3, ["Complaint"], "General"


def f_sarcasm(rng):
    t, intent, issue = rng.choice(SARCASM)
    intents = [intent] if intent == "Complaint" else [intent, "Complaint"]
    return t + rng.choice(("", "", " 呵呵", " #E-s49", " 🙂")), "Dissatisfied", 2, intents, issue


def f_polite_angry(rng):
    t = rng.choice(POLITE_ANGRY) + rng.choice((" 已经第三次了", " 我等了一上午了", "", " 谢谢", " 都说了好几遍了"))
    return t, "Angry", 2, ["Complaint"], "General"


def f_review_neg(rng):
    return rng.choice(REVIEW_NEG) + rng.choice(("", "", "", " 唉", " 不推荐", " 差评")), "Dissatisfied", 1, ["Complaint"], "General"


def f_oos(rng):
    t, emo, intent = rng.choice(OOS)
    intents = [intent] if intent in ("Complaint",) else [intent, "Complaint"] if emo == "Angry" else [intent]
    return t, emo, 3 if emo == "Angry" else 2, intents, "OutOfStock"


def f_praise(rng):
    t = rng.choice(PRAISE)
    if rng.random() < 0.3:
        t = t + rng.choice((" ", " ", "，")) + rng.choice(PRAISE)
    if rng.random() < 0.25:
        t = rng.choice(("收到了 ", "东西到了 ", "用了几天 ", "第二次买 ", "宝贝收到 ", "亲 ")) + t
    tail = rng.choice(PRAISE_TAIL)
    t += tail
    intensity = 3 if "!!!" in t else (2 if (tail.strip() or "很" in t or "太" in t or "超" in t) else 1)
    return t, "Satisfied", intensity, ["Praise"], "General"


def f_praise_inquiry(rng):
    cat = rng.choice(CAT_NAMES)
    c = CATEGORIES[cat]
    t = rng.choice(("上次买的很好用", "之前买过 质量不错", "朋友推荐来的 说很好", "老顾客了", "上回买的" + rng.choice(c["products"]) + "很喜欢")) \
        + " " + rng.choice(c["questions"] + ["还有货吗", "有优惠吗", "再买两个能便宜吗"])
    return t, "Satisfied", 1, ["Inquiry", "Praise"], "General"


def f_multi(rng):
    """Several neutral questions in one line (在吗 这个有货吗 什么时候发货)."""
    parts = []
    intents = []
    pool = [(f_product_q, "Inquiry"), (f_logistics_q, "Logistics"), (f_order_q, "OrderAndPayment"), (f_return_q, "Inquiry"),
            (f_defect_q, "Inquiry")]
    first = rng.choice(pool)
    second = rng.choice([x for x in pool if x[1] != first[1]] or pool)
    chosen = [first, second]
    if rng.random() < 0.2:
        third = rng.choice([x for x in pool if x[1] not in (first[1], second[1])])
        chosen.append(third)
    issue = "General"
    for fn, intent in chosen:
        t, _, _, _, iss = fn(rng)
        t = t.strip()
        for p in ("在吗 ", "亲 ", "客服 ", "你好 ", "请问 ", "客服在吗 ", "亲亲 ", "问下 ", "那个 ", "哎 "):
            if t.startswith(p):
                t = t[len(p):]
        for p in ("亲", " 亲", "？", "呢", "啊", "哈", "嘛", "呀", "哦", "啦"):
            if len(t) > 3 and t.endswith(p):
                t = t[:-len(p)]
                break
        if t.endswith("的") and (t[-2:-1] in "吗么"):
            t = t[:-1]
        parts.append(t.strip())
        intents.append(intent)
        if iss != "General":
            issue = iss
    sep = rng.choice((" ", " ", "，", "  ", "\u3000", " 还有 ", " 另外 "))
    lead = rng.choice(("", "", "在吗 ", "亲 ", "你好 ", "客服在吗 "))
    return lead + sep.join(parts), "Neutral", 0, intents, issue


def f_multi_neg(rng):
    """A negative report with a second request (快递压坏了 怎么退 / 还没发货 能改地址吗)."""
    k = rng.random()
    if k < 0.35:
        cat, p, d, issue = defect(rng)
        t = p + d + " " + rng.choice(("运费谁出", "退货地址发我", "要寄回去吗 快递怎么寄", "上门取件吗", "能重新发吗 要快点"))
        return t, "Dissatisfied", 2, ["AfterSales", "Logistics"], issue
    if k < 0.6:
        t = fill(rng, rng.choice(URGE)) + " " + rng.choice(("能改地址吗", "不要了 取消订单", "发票开了吗", "我改个电话"))
        return t, "Anxious", 2, ["Logistics", "OrderAndPayment"], "LateDelivery"
    if k < 0.8:
        t = rng.choice(("扣了两次钱", "付了钱订单显示没付款", "重复扣款了", "优惠券扣了没减钱", "付款了怎么显示未支付")) + \
            rng.choice(("", " 怎么回事", " 钱去哪了", " 什么时候退"))
        return t, "Anxious", 2, ["OrderAndPayment", "AfterSales"] if "退" in t else ["OrderAndPayment"], "General"
    cat, p, d, issue = defect(rng)
    t = p + d + " " + rng.choice(COMPLAIN)
    return t, "Angry", 3, ["AfterSales", "Complaint"], issue


CONFIRM = ["是的", "对", "对的", "不是", "没错", "是这个", "不是这个", "就是它", "嗯 是的", "对 就这个", "是", "不对",
           "是我", "本人", "是的亲", "对啊", "不是的", "两个都要", "都可以", "随便", "你看着办", "无所谓", "[视频]",
           "[语音]", "视频发你了", "图片发了 你看下", "我发个视频", "拍了照片"]
WORRY_Q = ["怕{d} 能多包几层吗", "会不会{d}", "担心{d} 有保障吗", "万一{d}怎么办", "如果{d}能退吗", "要是{d}包换吗",
           "{d}的话能换吗", "听说容易{d} 是真的吗"]
WORRY_D = ["压坏", "漏水", "掉色", "起球", "碎掉", "坏掉", "过期", "化掉", "发霉", "缩水"]
INTACT = ["包装完好 没有破损", "检查了 没有问题", "没有色差 很正", "不掉色 好评", "洗了也没缩水", "一点都不起球 很好",
          "保温杯不漏水 很满意", "没有异味 放心", "水果一个坏的都没有", "没磕没碰 谢谢", "屏幕完美 没坏点", "用了一个月了 没毛病"]


def f_confirm(rng):
    return rng.choice(CONFIRM), "Neutral", 0, ["Other"], "General"


def f_worry_q(rng):
    t = rng.choice(WORRY_Q).replace("{d}", rng.choice(WORRY_D))
    intents = ["Inquiry"] if "多包" not in t else ["Logistics"]
    return rng.choice(("", "", "亲 ", "问下 ")) + t, "Neutral", 0, intents, "General"


def f_intact(rng):
    return rng.choice(INTACT) + rng.choice(("", "", " 👍", " 下次还来", "~")), "Satisfied", rng.choice((1, 2)), ["Praise"], "General"


# (frame, weight); weights tuned for ~40 % negative, 40 % neutral, 20 % positive and every intent >= 8 %
FRAMES = [
    (f_greeting, 7), (f_closing, 12), (f_answer, 5),
    (f_product_q, 11), (f_defect_q, 5), (f_return_q, 5), (f_logistics_q, 7), (f_order_q, 8), (f_multi, 9),
    (f_defect_report, 15.5), (f_defect_demand, 5), (f_defect_blame, 4), (f_defect_disappoint, 2), (f_urge, 7),
    (f_refund, 3.5), (f_complaint, 5.5), (f_abuse, 1.5), (f_sarcasm, 2), (f_polite_angry, 1.5), (f_review_neg, 2.5),
    (f_oos, 1), (f_multi_neg, 3),
    (f_praise, 23), (f_praise_inquiry, 2.5), (f_confirm, 2), (f_worry_q, 2), (f_intact, 2),
]

# ---- noise: typos and homophones of THIS source ---------------------------------------------------------------
TYPOS = [("在吗", "再吗"), ("在不在", "再不再"), ("怎么", "咋"), ("怎么", "肿么"), ("退款", "退宽"), ("快递", "快地"),
         ("发货", "发或"), ("客服", "kf"), ("什么", "神马"), ("没有", "木有"), ("可以", "阔以"), ("的", "滴"),
         ("谢谢", "3q"), ("这个", "介个"), ("吗", "么"), ("再", "在"), ("得", "的"), ("的", "得"), ("什么", "啥"),
         ("好的", "hao的"), ("非常", "灰常"), ("知道", "造"), ("这样子", "酱紫"), ("退货", "退或"),
         ("换货", "换或"), ("质量", "质亮"), ("色差", "色查"), ("衣服", "衣付"), ("包邮", "包由"), ("订单", "订丹"),
         ("物流", "wl"), ("快点", "快滴"), ("得吗", "得吗"), ("再买", "在买"), ("再来", "在来"), ("再也", "在也"),
         ("能不能", "能不"), ("什么时候", "神马时候"), ("一下", "yi下")]


TYPO_RATE = 0.3


def dedup_key(text):
    import common
    return common.normalise(text)


def add_typo(rng, text):
    cands = [(a, b) for a, b in TYPOS if a in text]
    if not cands:
        return text, False
    a, b = rng.choice(cands)
    return text.replace(a, b, 1), True


def punctuate(rng, text, emotion):
    """Real turns mostly have no punctuation; some have ？ or 。。。 or spaces replaced by commas."""
    k = rng.random()
    if k < 0.72:
        return text
    if k < 0.82:
        return text.replace(" ", "，")
    if k < 0.9 and emotion == "Neutral" and not text.endswith(("？", "?")):
        return text + rng.choice(("？", "?", "？"))
    if k < 0.95:
        return text + "。。。" if emotion != "Satisfied" else text + "~"
    return text.replace(" ", "")
