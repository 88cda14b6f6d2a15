"""Cues for quoted names: the head nouns that follow them and how to classify them.

A *head* is the noun right after a closing quote that says what the quoted
thing is: “放管服”改革, “爱山东”政务服务平台, “统云、并网、聚数”攻坚行动.  A head
is a short compound (a modifier of at most ``HEAD_MAX_MODIFIER`` characters
plus one of ``HEAD_NOUNS``) that ends on a word boundary.  Entries are compared
after folding, so traditional spellings (攻堅行動, 獲評) need no entries of their own.
"""

# Nouns that end a head compound.  Single characters are deliberately rare:
# they end too many ordinary words.
HEAD_NOUNS = (
    # reforms, campaigns, actions
    "改革", "集成改革", "行动", "专项行动", "攻坚行动", "三年行动", "百日行动", "行动计划",
    "攻坚战", "战役", "专项整治", "整治", "工程", "建设", "工作", "活动", "实践活动",
    "主题活动", "系列活动", "试点", "示范", "创建", "计划", "战略", "规划", "方案", "项目",
    "专项", "改革试点", "运动", "提升年", "斗争", "专项斗争", "监管", "事项", "责任制",
    "学习教育", "主题教育", "专题教育", "研讨", "研讨会", "座谈会", "培训班", "招聘会",
    "对接会", "推介会", "洽谈会", "发布会", "新闻发布会", "执法", "联合执法",
    # platforms, systems and channels
    "平台", "政务服务平台", "服务平台", "系统", "体系", "移动端", "客户端", "小程序", "APP",
    "App", "app", "网站", "门户", "专区", "专栏", "栏目", "频道", "热线", "窗口", "大厅",
    "服务站", "驿站", "中心", "数据库", "大屏", "一张图", "地图", "自助机", "一体机", "终端",
    "账户", "帐户", "街区", "产品", "企业", "套餐", "主题套餐", "场景", "应用场景",
    # institutions, models and ideas
    "机制", "制度", "模式", "经验", "做法", "理念", "品牌", "标准", "指数", "指标", "清单",
    "政策", "服务", "改革模式", "工作法", "工作室", "联盟", "基地", "园区", "示范区", "先行区",
    "试验区", "示范点", "示范村", "示范街", "示范校", "示范乡镇", "示范镇", "示范县", "示范社区",
    "示范单位", "梯队", "格局", "体制", "目标", "任务",
    "布局", "总体布局", "传统", "原则", "方针", "要求", "定位", "精神", "思想",
    "基调", "总基调", "措施", "举措",
    # events, honours and titles
    "大赛", "竞赛", "联赛", "赛事", "论坛", "峰会", "博览会", "展会", "评选", "称号", "荣誉", "奖",
    "评估", "评价", "考核", "榜单", "排行榜", "文化节", "艺术节", "宣传周", "宣传月",
    "文明户", "示范户", "星级文明户",
    # Hong Kong, Macau and Taiwan vocabulary (traditional text arrives folded:
    # 應用程式 -> 应用程式), so only words that differ from the mainland's are listed
    "应用程式", "流动应用程式", "手机程式", "计画", "资料库", "网页", "奖项", "计划书",
    "资助计划", "先导计划",
    # subsidies and funds (“以旧换新”补贴, “专精特新”贷款)
    "补贴", "补助", "奖补", "消费券", "基金", "优惠",
)

# Head nouns that also open longer phrases of their own (“一网统管”城市运行,
# “X”治理能力): they are heads only where the phrase ends with them — before
# punctuation, the end of the range or a word in ``HEAD_BREAKERS``
# (创建“无欠薪”城市。, 推动“一江一河”治理。).
CLOSING_HEAD_NOUNS = ("城市", "治理", "综合治理", "系统治理")

# Document kinds at the end of a head compound (“亩均论英雄”改革实施方案): the
# quoted name is what the shorter head before them says (改革), the rest names
# the document, so the shortest head is kept when the longest ends in one of these.
DOCUMENT_NOUNS = (
    "实施方案", "工作方案", "行动方案", "方案", "实施意见", "指导意见", "意见", "实施细则", "细则",
    "办法", "通知", "规定", "条例",
)

# Parts of a text right after a closing quote (专设“法治保障”一章): the quoted
# words are the title of a chapter or clause, ``other``, with no head.
TEXT_PART_NOUNS = ("一章", "专章", "一节", "专节", "一条", "一款", "一编", "章节")

# Idea nouns after 的 (“节水优先、空间均衡、系统治理、两手发力”的治水思路,
# “走在前、做示范”的担当, “稳、进、好”的特点): a quoted list before them is a slogan.
IDEA_NOUNS_AFTER_DE = ("思路", "理念", "方针", "原则", "要求", "担当", "精神", "总要求", "目标", "特点", "特征")
# How many characters after ``的`` the idea noun may end.
IDEA_NOUN_REACH = 6

# Endings that make a quoted name without a head the name of a website, an
# app, an account or a service circle (“某市政务服务网”, “15分钟就业服务圈”):
# too general as heads after a quote, but a name ending in them is a program.
PLATFORM_NAME_ENDINGS = (
    "网", "服务网", "政务网", "公众号", "视频号", "服务号", "小程序", "APP", "App", "app",
    "平台", "系统", "专区", "云", "通", "码", "服务圈", "生活圈", "圈", "一张网", "一张图",
)

# Heads that name an idea, a principle or a demand (“绿水青山就是金山银山”理念,
# “房子是用来住的、不是用来炒的”定位): a clause-like name before them stays a slogan.
IDEA_HEADS = ("理念", "定位", "原则", "方针", "要求", "精神", "思想", "理论")

# Nouns right after a closing quote that show the quoted words name an ill
# to be fixed (“卡脖子”问题, “办证难”问题, “重建设、轻管理”现象): such names are
# ``other``, never programs, and these nouns are never heads.
ILL_NOUNS = (
    "问题", "现象", "难题", "顽疾", "痛点", "堵点", "难点", "乱象", "弊端", "怪圈", "倾向",
    "困境", "短板", "瓶颈", "风气", "作风", "心态", "思维", "偏差",
    # crimes named in quotes (街面“两抢”案件, “套路贷”犯罪)
    "案件", "犯罪", "违法犯罪", "违法行为",
)

# Verbs shortly before an opening quote that show the quoted words name an ill
# (杜绝“一刀切”, 防止行业“内卷”, 破解“办证难”): ``other``.
NEGATIVE_VERBS = (
    "杜绝", "防止", "避免", "反对", "克服", "整治", "破除", "遏制", "纠正", "摒弃", "破解",
    "解决", "治理", "根治", "打破", "摆脱", "警惕", "防范", "消除", "减少", "不搞", "严禁",
)

# How far before an opening quote (within its clause) a negative verb is looked for.
NEGATIVE_VERB_REACH = 8

# Grades and ranks written in quotes (“A”级, “5A”级, “三星”, “十佳”, “百强”): ``other``.
# A grade may end in 级 (“五星级”文明户, “5A级”景区).
GRADE_NAME = r"[A-Ea-e]{1,3}[+-]?|[1-5][Aa]级?|[1-5]星级?|[一二三四五六七八九十百千]{1,2}(?:星级?|[佳强优])"

# Numeral abbreviations of policies (“三农”, “双减”, “六稳”, “两新”): two
# characters, the first a numeral; programs even where they are common words.
NUMERAL_ABBREVIATION = r"[一二两三四五六七八九十双百千万][\p{Han}]"

# Characters that end a quoted sentence of speech (“以前浇一次地要两三天……省时省力。”,
# “我们将继续优化服务，”该负责人表示): a quotation, not a name.
SPEECH_ENDINGS = "。!?…,，"

# A head compound is at most this long, and its modifier at most this long.
HEAD_MAX_LENGTH = 8
HEAD_MAX_MODIFIER = 6

# The characters after a closing quote that are searched for a head.
HEAD_WINDOW = 12

# Words that end the search for a head: function words, and verbs that start
# a predicate (“爱山东”获评…, “山东通”实名注册…).
HEAD_BREAKERS = frozenset(
    {
        "的", "地", "得", "等", "和", "与", "及", "以及", "或", "或者", "在", "是", "了", "为",
        "将", "被", "把", "对", "从", "向", "到", "以", "中", "上", "下", "里", "内", "外",
        "后", "前", "这", "那", "也", "都", "又", "就", "还", "已", "已经", "并", "而", "之",
        "其", "所", "作为", "成为", "获评", "获得", "荣获", "入选", "得到", "实现", "达到",
        "突破", "超过", "位居", "居", "列", "提升", "推进", "推动", "开展", "实施", "建成",
        "打造", "上线", "发布", "覆盖", "累计", "共", "新增", "注册", "实名注册", "办理",
        "受理", "取得", "带来", "让", "使", "给", "由", "于", "跟", "同", "像", "如",
        "全覆盖", "全面", "落地", "升级",
        # time words open a new phrase (“一户通”全年服务使用量)
        "全年", "今年", "去年", "明年", "当年", "年内", "同期", "期间", "以来", "目前", "近年来",
    }
)

# A token after the closing quote that counts something (两张网建设, 三个中心)
# ends the search for a head: the noun after it is a new phrase.
COUNTING_TOKEN = r"第?[零一二两三四五六七八九十百千几]+[个张项条类批座家种次大期届轮]?"

# Quoted names that qualify what follows rather than name it: a plan period
# (“十四五”数字机关建设) takes no head.
PERIOD_NAME = r"十[一二三四五六七八九]五"

# Separators inside a quoted text that make it a phrase or clause (a slogan).
CLAUSE_SEPARATORS = ",;:!?。…"

# Separator of a list of names (“统云、并网、聚数”).
LIST_SEPARATOR = "、/"

# A list of names whose items are all at most this long is a list of names;
# longer items are clauses (“不出家门就能办、动动手指就能办”).
LIST_ITEM_MAX_LENGTH = 5

# A name-like phrase without a head is at most this long; longer ones are slogans.
NAME_MAX_LENGTH = 6

# A quoted word found in the general-language IDF table with an IDF below this
# is an ordinary word quoted for emphasis (category ``other``), unless it is a
# government term.  Lower IDF means more common.
ORDINARY_WORD_MAX_IDF = 13.5

# Characters that make a list item a clause rather than a name when they stand
# inside it (not first): modal, negative and degree words of parallel maxims
# (“有求必应、无事不扰”, “数据多跑路、群众少跑腿”, “宜林则林、宜草则草”,
# “应享尽享、应兑尽兑”).  Names in lists rarely hold them (“统云、并网、聚数”);
# at the start they belong to names (“不见面审批”, “无证明城市”).
MAXIM_CHARACTERS = "必不就少多无尽则即勿莫"

# A list whose items are all at least this long and all hold a maxim character
# inside is a slogan.
MAXIM_ITEM_MIN_LENGTH = 4

# Words between two quoted words of a wordplay pair (“流量”变“留量”,
# “输血”转“造血”, 从“要我干”到“我要干”): each word is ``other``.
WORDPLAY_LINKS = ("变", "转", "到", "变为", "变成", "转为", "转变为", "转化为", "换")

# The quoted words of a wordplay pair are at most this long.
WORDPLAY_WORD_MAX_LENGTH = 4

