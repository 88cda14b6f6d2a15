"""Words never reported as section keywords.

Single characters, numbers and punctuation are excluded by rule in
``keywords.py``; this module lists the multi-character words that carry no
topic: function words, the boilerplate of press releases, the generic
verbs and adverbs of official prose (推进, 不断, 进一步 …), the generic nouns
that hold a topic without naming it (事项, 服务, 机制 …) and the courtesies of
transcripts (谢谢).  Personal names are told by ``person_names``.
"""

# Function words, pronouns, conjunctions, adverbs.
FUNCTION_WORDS = (
    "我们", "你们", "他们", "它们", "我国", "我省", "我市", "我区", "我县", "本市", "本省",
    "自己", "大家", "这个", "那个", "这些", "那些", "这里", "这样", "那样", "这种", "其中",
    "以及", "或者", "还是", "并且", "而且", "但是", "不过", "因此", "所以", "因为", "由于",
    "如果", "虽然", "只有", "只要", "通过", "根据", "按照", "围绕", "为了", "对于", "关于",
    "随着", "其他", "其它", "有关", "相关", "各种", "各类", "各项", "各级", "各地", "各个",
    "一些", "一批", "一系列", "一种", "一个", "多个", "多种", "多项", "一是", "二是", "三是", "四是", "五是", "六是",
    "首先", "其次", "最后", "同时", "此外", "另外", "以来", "以上", "以下", "之一", "之间",
    "已经", "正在", "将要", "可以", "能够", "应当", "需要", "必须", "不断", "持续", "进一步",
    "更加", "更好", "较为", "十分", "非常", "比较", "全面", "深入", "积极", "大力", "切实",
    "有力", "有效", "明显", "显著", "稳步", "加快", "不仅", "而是", "就是", "也是", "都是",
    "先后", "逐步", "初步", "基本", "主要", "重要", "重点", "一定", "一步", "方面", "领域",
    "等等", "左右", "如何", "怎么", "什么", "为什么", "哪些", "没有", "不是", "具有",
)

# Press-release boilerplate: bylines, sources, briefings, time words.
BOILERPLATE = (
    "记者", "通讯员", "编辑", "责编", "责任编辑", "来源", "作者", "摄影", "发布", "发布会",
    "新闻发布会", "介绍", "表示", "指出", "强调", "获悉", "报道", "消息", "日电", "日讯",
    "近日", "日前", "目前", "近年来", "今年以来", "去年", "今年", "明年", "本月", "上午",
    "下午", "年底", "年初", "年末", "期间", "当前", "现在", "以后", "之后", "之前", "此前",
    "负责同志", "负责人", "副局长", "局长", "主任", "副主任", "同志", "举行", "召开", "邀请",
    "版权", "声明", "转载", "授权", "网站", "本网", "链接", "打印", "关闭", "分享",
)

# Generic verbs and evaluations of official prose, too common to mark a topic.
GENERIC_WORDS = (
    "推进", "推动", "开展", "提升", "提高", "加强", "实现", "实施", "建立", "完善", "健全",
    "坚持", "落实", "落地", "做好", "抓好", "取得", "形成", "促进", "支持", "保障", "确保",
    "打造", "构建", "优化", "深化", "强化", "统筹", "创新", "发展", "工作", "情况", "问题",
    "成效", "水平", "能力", "作用", "进展", "成果", "效果", "效率", "效能", "质量", "力度",
    "全省", "全市", "全区", "全县", "全国", "全球", "各市", "省级", "市级", "县级",
    "提供", "进行", "开始", "继续", "出台", "推出", "建成", "建设", "得到", "达到", "超过",
    "突破", "位居", "居于", "列入", "纳入", "覆盖", "累计", "共计", "合计", "分别",
    "一体", "不断提升", "明显提升", "明显增强", "持续提升", "更加坚实", "走在", "前列",
    # changes and comparisons of statistical prose (the metric is the keyword, not the change)
    "增长", "新增", "增加", "减少", "下降", "上升", "提高", "降低", "低于", "高于", "同比", "环比",
    "比为", "依次", "相对", "平均", "比例", "全年", "年度", "上年", "完成", "扩大", "稳住",
    # verbs and adverbs of plans and instructions
    "着力", "力争", "认真贯彻", "贯彻", "贯彻落实", "认真", "制定", "指导", "印发", "牵头", "逐项",
    "梳理", "编制", "依托", "面向", "引导", "拓展", "增进", "壮大", "安排", "如下", "分步", "统一",
    "每年", "一般", "核心", "举办", "进一步", "有序", "不得", "及时", "提出", "持平", "缩小",
    "同一", "新建", "较差", "较好",
    # the bases and rates of weather, water and health bulletins (较常年同期偏多3成, 每千人口)
    "常年", "同期", "偏多", "偏少", "偏高", "偏低", "每千人", "每千人口", "惠及", "出现",
    # the frame of meeting communiqués, work-report summaries and interpretations (会议强调, 分为三个部分)
    "会议", "会议强调", "会议指出", "会议认为", "会议要求", "分为", "部分", "坚定不移", "有关情况",
    "解读", "如下", "以下简称", "简称", "据悉", "据了解", "据介绍", "据统计", "数据显示",
)

# The frame of plans, opinions and regulations: issuing governments, document
# kinds, scopes and the verbs of organisation (加强组织领导, 各区人民政府, 主要目标,
# 依法予以, 总体平稳); measured over every fixture and test text, these stood in the
# top eight of 68 of 271 sections without saying what any of them was about.
# Placeholders of anonymised releases (某市) go too.
FRAME_WORDS = (
    "政府", "人民政府", "市人民政府", "省人民政府", "县人民政府", "区人民政府", "市政府", "省政府",
    "区政府", "县政府", "某市", "某省", "某县", "某区", "某某", "区县", "各区", "各县", "各部委",
    "意见", "目标", "总体", "领导", "组织", "部门", "依法", "依据", "及其", "予以", "用于", "成立",
    "同意", "选取", "运用", "办理", "应用", "基础", "扎实", "聚焦", "顺利", "办公室", "执行", "规范",
)

# The address and closing formulas of a work report (各位代表：…请予审议).
REPORT_FORMULAS = ("各位", "请予", "审议", "代表们", "现在", "报告")

# Officials' titles, which tokenization may glue to the last character of their
# agency (創新科技及工業局局長 -> 局局长): the title is no topic.
TITLES = (
    "局长", "副局长", "厅长", "副厅长", "部长", "副部长", "署长", "司长", "处长", "主席", "秘书长",
    "市长", "副市长", "省长", "副省长", "县长", "区长", "主任委员", "发言人", "新闻发言人",
)

# Generic nouns that name no topic: the containers official prose puts a topic
# in (政务服务事项, 协调机制, 保障措施 — the compound is the keyword, the head alone
# says nothing), and the slots of a plan (任务, 主体, 环节).  A compound that
# holds them (政务服务, 长效机制) is a word of its own and stays a candidate.
GENERIC_NOUNS = (
    "事项", "服务", "机制", "措施", "举措", "体系", "制度", "任务", "要素", "主体", "单位", "行业",
    "方式", "模式", "环节", "渠道", "载体", "手段", "内容", "对象", "范围", "事业", "功能", "形式",
    "途径", "方向", "局面", "态势", "格局", "指标", "全程", "公共", "本地", "民间", "分类", "下达",
    "全面推行", "有关部门", "工作机制", "各方",
    # the link of a summarizing sentence (“稳”，主要体现在…)
    "体现", "体现在", "主要体现在", "表现在",
)

# Courtesies and turn-taking of a press-conference transcript (谢谢您的提问, 记者朋友们) and
# the page furniture word 首页: never a topic.
COURTESIES = (
    "谢谢", "谢谢您", "谢谢大家", "感谢", "提问", "朋友", "记者朋友", "朋友们", "女士们", "先生们",
    "大家好", "上午好", "下午好", "首页",
)

STOPWORDS = frozenset(
    FUNCTION_WORDS + BOILERPLATE + GENERIC_WORDS + FRAME_WORDS + REPORT_FORMULAS + TITLES + GENERIC_NOUNS
    + COURTESIES
)
