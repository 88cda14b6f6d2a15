"""Context words around quantities: verbs, rank cues, subject trimming.

All entries are folded (simplified, half-width) words.
"""

# Verbs (and their fused forms) that state a change upward or downward.
UP_VERBS = (
    "增长", "提高", "上升", "增加", "提升", "上涨", "增", "升", "扩大", "攀升", "跃升",
    "猛增", "激增", "递增", "增收", "增产",
    "上调", "调高", "涨价", "延长", "偏高", "偏多",
)
DOWN_VERBS = (
    "下降", "减少", "回落", "降低", "下跌", "下滑", "缩小", "压减", "压缩", "减", "降",
    "缩减", "削减", "收窄", "递减", "减产", "减收",
    "下调", "调低", "降价", "缩短", "偏低", "偏少",
)

# Verbs of a rate's change and of Taiwan and Hong Kong statistics, read only
# where they end a subject (增速比1—9月加快0.3个百分点, 实质成长8.32%, 年增10.9%,
# 服务输出则急升21.2%).  They never open one: 加快推进 is no change.  Words with
# characters the folding table leaves alone are listed in both scripts.
UP_RATE_VERBS = (
    "加快", "回升", "提速", "急升", "飙升", "微升", "上扬", "大增", "回稳向上",
    "成长", "年增", "调升", "調升", "调涨", "調漲",
    # before 至 they would lose their first character to the rank verb 升至
    "调升至", "調升至",
)
DOWN_RATE_VERBS = (
    "放缓", "放慢", "急跌", "微跌", "回跌", "大跌", "负成长", "年减", "调降", "調降",
)

# Rank: verbs and scopes written before 第N or 前N.
RANK_VERBS = (
    "位居", "位列", "名列", "排名", "排在", "排名第", "稳居", "居", "列", "跻身", "进入", "挤进",
    "跃居", "升至", "分居", "分列", "分别居", "分别位居", "分别列", "分别位列", "排", "保持",
)
RANK_SCOPES = (
    "全国", "全省", "全市", "全区", "全州", "全县", "全球", "世界", "省域", "省内", "国内",
    "全国同类城市", "同类城市", "副省级城市", "中部地区", "中部", "西部", "东部", "东部地区",
    "西部地区", "沿海省份", "各省", "各省区市", "省区市", "全国省级", "全国各省", "全国城市",
    "全国地级市", "计划单列市", "长三角", "全省各市", "十六市", "各市", "全国各省区", "各省区",
)
# Words after 第N that make it a rank (全国第8位); any count unit instead makes it an ordinal.
RANK_UNITS = ("位", "名")
# Words for first place written after a rank verb (居全国首位, 位居榜首): rank 1.
RANK_FIRST_WORDS = ("首位", "榜首")

# Ordinal prefix.
ORDINAL_PREFIX = "第"

# Separators inside a range (3至5万人, 20%—30%).
RANGE_SEPARATORS = ("至", "到", "~", "-", "—", "——", "–", "－", "～")

# Separators between the members of a list (88.7%、94.6%和89.6%).
LIST_SEPARATORS = ("、", "和", "及", "与", "或", ",", "，")
# Separators between members that each keep the measure word of a unit written once at the
# end (分别收窄13.1个和13.0个百分点: two percentage points); a comma may end a clause instead.
MEASURE_WORD_LIST_SEPARATORS = ("、", "和", "及", "与")
# Separators that may join a list of metrics before 分别.
SUBJECT_LIST_SEPARATORS = ("、", "和", "及", "与")
# List words that open the clause of a member right after the previous member (学校5个和幼儿园
# 3个, 留宿旅客(493万人次)及不过夜旅客(448万人次)): they join, the metric follows them.  The
# previous member may be closed by a parenthesis first.
SUBJECT_LIST_WORDS = ("以及", "和", "及", "与")
LIST_WORD_AFTER_CLOSE = ")"
# The separator tried alone when the others split a member (外商及港澳台商投资企业).
SUBJECT_LIST_MAIN_SEPARATOR = "、"

# Characters that end a sentence, where a rank looks for the sentence's topic.
SENTENCE_BREAKS = "。!！?？;；\n\r"
# Of those, the ones a change without a metric of its own reads across to take the metric before
# them, as the comparison basis reads across them (同比增长6.0%；5月份增长5.3%: the same metric).
CHANGE_CARRY_BREAKS = ";；"

# Characters that end the clause in which a subject is looked for.
CLAUSE_BREAKS = ",，。;；:：!！?？\n\r\t ()（）【】[]|"

# Words stripped from the end of a subject: linking verbs, comparisons and
# auxiliaries written between the metric and the number.  Direction verbs
# (above) and rank verbs and scopes are stripped as well.
SUBJECT_TRAILING = (
    "达到", "达", "为", "是", "有", "共", "共计", "计", "合计", "累计", "总计", "实现", "完成",
    "同比", "环比", "实质", "实际", "比上年", "较上年", "比去年", "较去年", "比上年同期", "较上年同期", "同期",
    "比上年末", "较上年末", "年均", "平均", "分别", "分别达", "分别达到", "分别为", "均", "均达",
    "了", "到", "至", "已", "已达", "已经", "稳定在", "保持在", "控制在", "占", "约占", "仅",
    "高达", "多达", "达成", "突破了", "超过了", "增长了", "下降了", "提高了", "首次", "连续",
    "的", "最高", "最低", "最长", "最短", "最多", "给予", "奖励", "高于", "低于", "快于", "慢于", "超出", "平均水平", "全国平均水平",
    "全省平均水平", "全国", "全省", "全市",
    # comparison bases of Hong Kong and Macau statistics (按季下降, 按年增长)
    "按季", "按年", "按月", "按季度", "按年同期",
    # adverbs and plan verbs written between a metric and its verb (全部达到, 预计为, 预算安排)
    "全部", "则", "预计", "安排", "总体", "在", "普遍", "普遍在",
    # rates per person, period or area written between the metric and the number
    # (补助标准提高到每人每年640元, 人口密度为每平方公里680人)
    "每人每年", "每人每月", "每人每天", "每人每次", "每人", "每月", "每年", "每户", "每亩",
    "每平方公里", "每平方米",
    # a currency written before the number (规模为新台币8,400亿元)
    "人民币", "港币", "新台币", "澳门币",
    # nominal growth, conversions and forecasts (同比名义增长, 折合人民币, 预测增长)
    "名义", "折合", "预测", "预估", "預測", "預估",
    # the start value of a change (报销比例由85%提高到90%, 从每人每月155元提高到)
    "由", "从",
    # shares written with the variant 佔 (佔政府經常開支約17.5%)
    "佔", "約佔", "约佔",
)

# A rate per unit written before the number (顺产每例2000元, 收购价格每公斤7.2元):
# 每 followed by any count or measure word is stripped from a subject's end.
PER_UNIT_MARK = "每"

# A subject opening with one of these is the tail of a relative clause
# (50万元以上的村达到48个: 的村), not a metric.
SUBJECT_FRAGMENT_OPENINGS = ("的", "之")

# Words that are no metric on their own (其中50万元以上的村占比15.3%: 占比 alone).
SUBJECT_NOT_ALONE = (
    "占比", "比重", "比例",
    # words of a period or an adjustment, no metric (预计未来3天, 扣除价格因素实际增长4.3%)
    "未来", "扣除价格因素", "扣除价格因素后", "连续多年", "多年", "多年来",
)

# A subject opening with one of these names the base of a share (占全国棉花总产量的90.96%),
# not the metric: the metric is the one named before (总产511.2万吨).
SUBJECT_SHARE_OPENINGS = ("占", "约占", "佔", "約佔")
# ... unless it ends with the share's own noun (占规上工业比重为18.6%).
SUBJECT_SHARE_NOUNS = ("比重", "比例", "份额", "占比")

# A subject ending with a list separator is the head of a list whose member is
# the quantity (给予全额资助和70%定额资助): the words before are no metric.
SUBJECT_LIST_ENDINGS = ("和", "及", "与", "、", "或")

# A subject holding 等 right before a number enumerates places and counts them
# (成都、绵阳等9市(州)38个县): no metric.
SUBJECT_EXAMPLES_COUNTED = "等"

# Modal words stripped from the end of a subject only once a verb after them
# was stripped (亩均粮食产量可提高100公斤 -> 亩均粮食产量); alone they may end a
# word (许可, 认可), so they are never stripped first.
SUBJECT_TRAILING_MODALS = ("可", "可以", "将", "能", "能够", "有望", "力争", "预计", "预计可", "预期")

# A one-character trailing word is kept after these characters, where it ends a
# word instead (安排, 预计, 行为).  The entry for 为 is SUBJECT_KEEP_BEFORE_WEI.
SUBJECT_KEEP_BEFORE = {
    "排": "安编", "计": "预统设估会审", "在": "所存现正实内外自好健",
    "有": "拥具享没所持占含", "由": "理自经缘", "从": "服自听随",
}

# Linking verbs: a metric written after an earlier quantity in the same clause
# still owns the number it links to (16至24岁青年失业率为7.9%).
LINKING_VERBS = ("为", "达", "达到", "是")

# A clause holding only one of these before a value of the kind just given restates the
# metric's value (全省地区生产总值突破5500亿元,达到5598.45亿元): it takes the same metric.
RESTATING_LINKS = (
    "达到", "达", "为", "是", "实现", "达到了", "共计", "合计", "总计", "累计", "累计达", "累计达到",
    "约为", "约", "总量达到", "总量为", "规模达到", "规模达", "已达", "已达到", "即",
)

# A rank verb starting with this mark pairs the ranks with listed subjects (分居, 分列).
RESPECTIVELY_MARK = "分"
# A trailing 为 is kept after these characters (行为, 作为, 认为 are words).
SUBJECT_KEEP_BEFORE_WEI = "行作认成因称"

# Words stripped from the start of a subject: adverbs, time words and verbs
# whose object is the metric (集成各类业务应用700多个 -> 各类业务应用).
SUBJECT_LEADING = (
    "目前", "截至目前", "是", "预计", "计划", "截至", "当前", "其中", "同时", "此外", "另外", "全年", "今年", "去年",
    "上半年", "下半年", "前三季度", "一季度", "已", "已经", "先后", "已先后", "累计", "共",
    "共计", "合计", "总计", "集成", "汇聚", "归集", "服务保障", "开展", "举办", "举行",
    "建成", "吸引", "接入", "上线", "办理", "发放", "实现", "完成", "带动", "覆盖", "惠及",
    "引进", "签约", "培育", "创建", "推出", "受理", "办结", "安排", "争取", "落实",
    "拨付", "下达", "筹集", "查处", "救助", "资助", "共有", "拥有", "拟",
    "实施", "推动", "推进", "滚动推进",
    "力争", "每年", "确保", "涉及", "提供", "收到", "而", "并", "并在", "的",
    "首季", "本季", "上季", "免费",
    # plans and supply verbs (将继续稳定棉花种植面积在3600万亩左右, 调拨帐篷800顶)
    "将继续", "继续", "将", "稳定", "调拨", "派出", "在",
    # verbs of paying out (兑现资金2.6亿元)
    "兑现",
    # time and list words of Hong Kong and Macau releases (本月訪港旅客, 當中內地旅客)
    "本月", "当月", "本季度", "当中",
    # the light verb 进行 has no content of its own (进行比赛86场 -> 比赛)
    "进行",
    # verbs of issuing (出台支持民营经济发展的政策措施200多条, 印发文件23份)
    "出台", "制定出台", "研究出台", "印发",
    # verbs of providing and saving whose object is the metric (开发政策性岗位3000个, 募集见习岗位,
    # 推介乡村旅游精品线路100条, 召开视频会议1.2万场次, 节约运维资金1.3亿元, 建设改造…中心)
    "开发", "募集", "推介", "扶持", "召开", "节约", "建设改造",
)

# Leading words of SUBJECT_LEADING kept when one of these follows, where they
# begin a noun instead (集成电路产量, 建成区绿地率, 资助资金).
SUBJECT_LEADING_KEEP_BEFORE = {
    "集成": ("电路",), "建成": ("区",), "资助": ("资金",), "救助": ("资金", "金"), "实施": ("方案",),
    "稳定": ("性", "率"), "将": ("军", "来"),
    "开发": ("区", "商", "性", "投资", "利用", "建设", "面积"), "募集": ("资金",), "节约": ("型", "率"), "在": ("校", "岗", "册", "职", "建", "读", "线", "途", "营", "园"),
}

# A subject that ends with one of these verbs has its object after the number
# (在全港十八区设立120个…, 对已归集的120亿条数据): the words before are no metric.
SUBJECT_OBJECT_AFTER = (
    "设立", "预留", "获发", "可获", "可获得", "获得", "提供", "举办", "涉及", "归集", "推出",
    "建成", "创建", "引进", "上线", "开展", "配备", "组建", "设置", "安装", "新建",
    "拥有", "派出", "落实", "预留", "預留",
    # a verb of origin (来自全县18个乡镇): the place counted follows the number
    "来自",
    # plans that name their object after the number (将新增及优化一百项电子服务)
    "优化",
    # events and people named after the number (可能出现35℃以上高温天气, 解决了32.7万人的饮水困难)
    "出现", "解决",
)

# Verbs of issuing whose object, written after its count, is the metric (出台200多条政策措施
# -> 政策措施): a clause ending with one before the number names the noun after the unit.  The
# noun runs to the clause end (at most SUBJECT_AFTER_MAX characters), after its last 的 and
# before a verb of purpose (出台20条措施支持民营经济发展 -> 措施).
SUBJECT_ISSUING_VERBS = ("出台", "制定出台", "研究出台", "印发", "制定", "修订", "发布实施", "出台实施")
SUBJECT_ISSUING_PARTICLES = "了"
SUBJECT_AFTER_MAX = 16
SUBJECT_AFTER_RELATIVE_MARK = "的"
SUBJECT_AFTER_PURPOSE_VERBS = ("支持", "促进", "推动", "助力", "推进", "加快", "保障", "帮助", "服务", "稳定", "扶持")

# Two verbs joined by this mark open a subject (发现并整改问题89个): both go, the
# object they share is the metric.  Each verb is written in this many characters.
SUBJECT_COORDINATED_VERB_MARK = "并"
SUBJECT_COORDINATED_VERB_LENGTH = 2

# Prepositions whose object is written after the number (累计向1.3万家企业兑现资金,
# 给2000户家庭发放): when a noun follows the quantity, a subject ending with one is no metric.
SUBJECT_PREPOSITION_ENDINGS = ("向", "给", "对", "替", "帮")

# Verbs written inside a long subject, after its agent or time (行政公职局将于七月至九月期间
# 在各区举办「长者数码共融」讲座共三十场): the metric is the verb's object, after the last one.
# A verb with at most one character before it stays (新开通国际航线, 设置…摊位): verb and
# object together are the metric, like 接待游客.
SUBJECT_INNER_VERBS = (
    "举办", "举行", "开展", "设置", "设立", "抽调", "梳理", "开通", "兑现", "发放",
    "拨付", "收集", "聘请", "担任", "培育", "引进", "推出",
    # 对首次登记的个体工商户给予一次性创业补贴, 累计进行比赛 (完成 is no inner verb:
    # 旅游项目完成投资 is the metric)
    "给予", "进行",
)

# A scope that opens a subject before a verb of having (全市共有个体工商户38.6万户,
# 我县已累计接待游客186万人次) is dropped with the verb: the metric is what follows.
SUBJECT_SCOPES = (
    "全国", "全省", "全市", "全区", "全州", "全县", "全镇", "全乡", "全盟",
    "我国", "我省", "我市", "我区", "我州", "我县", "我镇", "我乡", "本市", "本省", "本县", "本区",
)
# An agency that opens a subject before an adverb of total or a verb of completing
# (市市场监管局共查处各类违法案件, 全市公安机关共破获…, 全省港口完成货物吞吐量): the agency
# goes; the words after it are stripped as leading words.  The agency ends in one of
# these nouns within AGENT_MAX characters and the link word follows it at once.
SUBJECT_AGENT_ENDINGS = ("局", "厅", "委", "机关", "部门", "队伍", "港口", "机场", "系统", "平台")
SUBJECT_AGENT_LINKS = ("共", "共计", "累计", "全年", "已", "已累计", "完成", "共完成", "累计完成",
                       # a data platform gathers and puts online (数据平台归集数据资源, 平台累计上线服务事项)
                       "归集", "汇聚")
SUBJECT_AGENT_MAX = 10

SUBJECT_SCOPE_VERBS = (
    "共有", "拥有", "已有", "现有", "累计", "共计", "已累计", "已",
    # verbs of completing and of occurring (全市共完成食品安全监督抽检, 全省共发生各类生产安全事故,
    # 全月共出现雷暴日数, 全市完成建筑业总产值)
    "完成", "共完成", "累计完成", "共发生", "共出现", "共排查", "共查处", "查处", "共接待",
    # verbs of issuing (全市制定出台惠企政策56条)
    "出台", "制定出台", "印发",
)

# A time phrase ending in 以来 (今年以来, 入夏以来, 自2023年以来) that opens a subject is
# dropped whole, up to this many characters before 以来.
SINCE_MARK = "以来"
SINCE_MAX = 10

# Verbs written after the noun a quantity counts, in the same clause, before a metric
# of their own (1.3万家企业兑现资金2.6亿元): the words after the verb are the next metric.
SUBJECT_VERBS_AFTER_COUNTED = (
    "兑现", "发放", "拨付", "下达", "投放", "减免", "退还", "缓缴", "减税", "降费", "节约", "带动",
)

# A money amount with 以上/以下 written before one of these nouns is a size class, not an
# amount (百亿元以上项目2个, 50亿元以上项目5个): the words label what is counted next.
CLASS_LABEL_NOUNS = ("项目", "企业", "工业企业", "产业项目", "重大项目", "工程", "大项目")
CLASS_LABEL_QUALIFIERS = ("以上", "以下")

# A subject that ends with this lists examples of what the number counts
# (企业信息变更、出生、退休等13个“一件事”), not a metric.
SUBJECT_EXAMPLES_END = ("等",)

# Direction verbs that may open a subject, verb before object (减少材料60%,
# 压缩时限70%): the object is the metric and the verb gives the direction.
# They are not dropped when the next character makes a noun of them (增加值).
SUBJECT_OPENING_AVERAGE = "平均"
SUBJECT_VERB_NOUN_SUFFIXES = "值率量幅额度"

# A period written between the metric and its verb (粮食总产量连续五年稳定在50万吨以上).
PERIOD_OPENER = "连续"

# A short parenthetical inside a subject (细颗粒物(PM2.5)平均浓度) does not end the clause.
PARENTHETICAL_MAX = 12

# Predicates that end the topic of a sentence (“爱山东”获评…); a rank whose own
# clause names nothing takes the topic (“爱山东”获评“A”级,位居全国第三).
TOPIC_PREDICATES = (
    "获评", "荣获", "获得", "入选", "被评为", "被列为", "被确定为", "成为", "达到", "实现",
    "完成", "同比", "比上年", "增长", "下降", "连续", "位居", "位列", "名列", "排名", "跻身",
    "进入",
)

# A bottom-N rank (相对较差的后3位城市, qualifiers.BOTTOM) needs a rank unit after
# the number and one of these characters before 后 (not 此后3名, 之后3位).
BOTTOM_AFTER = "的,、:排名列居是"

# Leading time phrases (截至2022年底, 1至11月) are dropped by the matcher: a written
# date, optionally after one of these openers and before one of these ends.
TIME_PHRASE_OPENERS = ("截至", "截止", "到", "至", "在", "自", "于", "从")
TIME_PHRASE_ENDS = (
    "底", "末", "初", "中", "以来", "期间", "份", "度", "起",
    # ten-day periods (8月中旬前后): 中 alone would leave 旬 behind
    "上旬", "中旬", "下旬", "旬", "中旬前后", "上旬前后", "下旬前后", "前后",
)
# A year may be written in Chinese digits (二〇二三年) and after the era name of
# Taiwan releases (民国112年); a fiscal year runs over two (二〇二三至二四年度).
TIME_PHRASE_ERA = ("民国", "中华民国")
TIME_PHRASE_YEAR_DIGITS = "〇零一二三四五六七八九"
# Quarters written as a time phrase (第1季, 一季度, 第三季度).
TIME_PHRASE_QUARTER_NUMBERS = "1234一二三四"

# A subject ending like this is a period, not a metric (连续9年, 近3个月).
SUBJECT_NOT_ENDING = (
    "年", "个月", "月", "天", "日", "周", "多年", "数年", "几年",
    # deadlines (目标于2025年前实现超过八成…): the number's noun follows it
    "年前", "年底前", "年内", "月底前", "月前", "日前",
)

# URL and e-mail cues: numbers inside them are never quantities.  An address's local part holds at
# most 64 characters (RFC 5321); unbounded, every position of a long run such as 1.2.1.2… read the run
# to its end looking for an @ (n² on a line of dotted numbers).
URL_PATTERN = r"(?:https?://|www\.)[A-Za-z0-9._~:/?#\[\]@!$&'()*+,;=%-]+|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"

# Words that introduce the base of a comparison (高于城镇居民2.5个百分点,
# 增速比全省平均水平高2.1个百分点): what follows them is not the metric, so a
# subject is cut where they begin.  比/较 count only with the bases listed.
COMPARISON_MARKERS = (
    "高于", "低于", "快于", "慢于", "好于", "优于", "超出", "相当于",
    "比全国", "比全省", "比全市", "比全区", "较全国", "较全省", "较全市", "较全区",
    "比上年", "较上年", "比去年", "较去年", "比上月", "较上月", "比上季", "较上季",
    "比同期", "较同期", "比平均", "较平均", "比年初", "较年初",
    "比上一季度", "较上一季度", "比上季度", "较上季度", "比上一年", "较上一年", "比上个月", "较上个月",
    "比上一季", "较上一季", "比常年", "较常年", "比历年同期", "较历年同期",
    # the original standard or the budget as the base (比原标准分别提高500元, 比预算减少0.42亿元)
    "比原", "较原", "比预算", "较预算", "比上年度", "较上年度",
    # long-term normals of weather and water bulletins (较多年同期偏少12.3%, 较近五年均值下降)
    "比多年", "较多年", "比常年同期", "较常年同期", "比近五年", "较近五年", "比近三年", "较近三年",
    "比近十年", "较近十年",
)

# 比/较 followed by a written year is a comparison base as well (碳排放强度比2020年下降18%).
COMPARISON_YEAR_OPENERS = ("比", "较")
COMPARISON_YEAR_ENDS = ("同期", "末", "底", "水平")
# Comparison words that leave a clause without a metric (高于全国7.8个百分点): the
# quantity compares the metric named before it, which it inherits.
COMPARISON_ONLY = ("高于", "低于", "快于", "慢于", "超出", "好于", "优于", "比", "较")

# 比/较 followed by a period is a comparison base as well: 增速比1—9月加快0.3个百分点,
# 比上半年提高, 较113年1月预估值.  The period is a month or month range, a half year or a quarter,
# optionally after a year (written as 2 to 4 digits, 113年 in Taiwan releases).
COMPARISON_PERIOD_WORDS = ("上半年", "下半年", "一季度", "前一季度", "前三季度", "前两季度", "二季度", "三季度", "四季度")

# Verbs that link a metric to a share of a base (租金为市场租金的90%, 恢复到2019年同期的65%):
# when a percent follows 的, the subject is cut where the first of them begins.
# The characters between a base and its share (市场租金的90%, 108年之7成).
SHARE_BASE_MARKS = ("的", "之")
SHARE_BASE_LINKS = ("调整为", "恢复到", "恢复至", "相当于", "为", "是", "到", "至")

# A count alone in parentheses right after a noun (留宿旅客(493万人次)) measures that noun:
# its subject is looked for before the opening parenthesis.
GLOSSED_COUNT_OPEN = "("
GLOSSED_COUNT_CLOSE = ")"

# Durations: a metric written after one (未来3天降雨量50至80毫米) belongs to the
# next quantity, since the duration only sets the period.
DURATION_UNITS = ("天", "小时", "个小时", "分钟", "个工作日", "工作日")

# Stages of the same works.  A clause holding only a completion verb (and its
# adverbs) right after a count of an earlier stage, in the same unit, counts the
# same noun: 新开工棚户区改造安置住房12860套,基本建成9430套 -> 棚户区改造安置住房;
# 计划改造老旧小区300个,已完成286个 -> 改造老旧小区.  An earlier stage is a subject
# opened by a start of works or a plan (STAGE_OPENINGS, dropped from the noun) or
# written right after a plan word (STAGE_PLAN_WORDS).
STAGE_COMPLETION_VERBS = ("建成", "完成", "开工", "竣工", "交付", "投用", "投运", "投产")
STAGE_COMPLETION_ADVERBS = ("其中", "基本", "已", "已经", "累计", "共", "全部", "均", "目前已", "现已", "实际", "新")
STAGE_OPENINGS = ("新开工", "开工建设", "开工", "计划新建", "计划")
STAGE_PLAN_WORDS = ("计划", "目标", "任务", "拟")
STAGE_SEPARATORS = (",", ";")
