"""Units written after a number, grouped by the kind of quantity they make.

Every entry is in *folded* form (see ``normalize.fold``): 個百分點 arrives as
个百分点, 公噸 as 公吨, 萬 as 万.  Order inside a tuple does not matter; the
matcher sorts alternatives longest first so 个百分点 wins over 个 and
平方公里 over 公里.
"""

# Percent signs written after the number, with the divisor that turns the
# written number into a value in percent (3.52‰ -> 0.352).
PERCENT_SIGNS = {
    "%": 1, "‰": 10, "‱": 100,
    # rates per 100 000 of health statistics (孕产妇死亡率8.6/10万), in percent
    # like ‰ (8.6/10万 -> 0.0086), the written base kept as the unit
    "/10万": 1000, "/十万": 1000,
}

# Fraction prefixes written before the number (百分之九十 -> 90), with the
# divisor to percent and the unit reported for them.
PERCENT_PREFIXES = {
    "百分之": (1, "%"), "佰分之": (1, "%"),
    "千分之": (10, "‰"), "仟分之": (10, "‰"),
    "万分之": (100, "‱"),
    "十万分之": (1000, "/10万"),
    # parts per million and below (百万分之五 = 0.0005 percent), written in environment and safety figures
    "百万分之": (10**4, "/100万"), "千万分之": (10**5, "/1000万"),
    "万万分之": (10**6, "/1亿"), "百万万分之": (10**8, "/100亿"),
}

# Tenths written as 成 (三成 -> 30 percent).
TENTHS = ("成",)

# Characters after 成 that make it a verb or a word (一成不变, 建成为, 三成员).
TENTHS_NOT_BEFORE = ("不变", "为", "立", "果", "效", "功", "员", "本", "绩", "熟", "就", "交", "长", "都", "人", "年", "型", "品")

# Percentage points: the whole unit is reported as 百分点.
PERCENTAGE_POINTS = ("个百分点", "百分点")
PERCENTAGE_POINT_UNIT = "百分点"

# Per mille points (自然增长率下降0.52个千分点): reported as 千分点, with the
# value in percentage points (0.052) like ‰ is reported in percent.
PER_MILLE_POINTS = ("个千分点", "千分点")
PER_MILLE_POINT_UNIT = "千分点"
PER_MILLE_POINT_DIVISOR = 10

# Currencies.  Magnitudes (万元, 亿元, 万亿元) are part of the numeral.
CURRENCIES = (
    "元", "元人民币", "人民币", "美元", "港元", "港币", "澳门元", "澳门币", "澳元", "欧元", "日元",
    "英镑", "新台币", "卢布", "韩元",
)

# Measure words that make a count.
COUNT_UNITS = (
    "人", "人次", "名", "位", "个", "家", "户", "户次", "所", "件", "件次", "项", "条", "条次",
    "场", "场次", "次", "批", "台", "台套", "辆", "辆次", "座", "处", "套", "种", "类", "篇",
    "份", "张", "册", "部", "支", "只", "头", "株", "棵", "艘", "艘次", "架", "架次", "班次",
    "车次", "笔", "单", "宗", "起", "例", "间", "栋", "幢", "票", "组", "队", "款",
    "门", "颗", "枚", "根", "块", "片", "口", "本", "册次", "家次", "列", "趟",
    "处次", "剂", "剂次", "人份", "份次", "例次", "款次",
    # relief supplies and machinery runs (帐篷800顶, 棉被1.5万床, 车辆280台次)
    "顶", "床", "台次",
    # runs counted per site or batch (调度水库2300余座次, 大风15站次, 抽检1.2万批次)
    "座次", "站次", "批次", "县次",
    # chapters of a law or plan (共8章72条); 第8章 stays an ordinal
    "章",
)

# Physical units and durations that make a measure.
MEASURE_UNITS = (
    "亩", "公顷", "平方公里", "平方千米", "平方米", "平米", "立方米", "公里", "千米", "米",
    "厘米", "毫米", "吨", "公吨", "公斤", "千克", "克", "毫克", "微克", "微克/立方米", "斤",
    "千瓦", "千瓦时", "兆瓦", "吉瓦", "瓦", "度", "千伏", "升", "毫升", "岁", "周岁", "天",
    "个工作日", "工作日", "小时", "个小时", "分钟", "秒", "标准箱", "标箱", "TEU", "车位",
    "床位", "GB", "TB", "PB", "Mbps", "Gbps", "℃", "摄氏度", "海里",
    # energy in tonnes of standard coal (能源消费总量2.5亿吨标准煤)
    "吨标准煤", "吨标煤",
)

# Multiples.
MULTIPLE_UNITS = ("倍",)

# 翻一番 -> 2, 翻两番 -> 4: the count of doublings is written between 翻 and 番.
DOUBLING_PREFIX = "翻"
DOUBLING_SUFFIX = "番"

# Words after a number that make it a date, a time, a period, an edition or a
# level rather than a quantity.  A candidate followed by one of them is dropped.
NOT_QUANTITY_UNITS = (
    "年", "年度", "年代", "年底", "年末", "年初", "年中", "个月", "月", "月份", "月底", "日", "号",
    "时", "点", "分", "季度", "周", "周年", "世纪", "届", "期", "版", "级", "代", "号线", "楼",
    "层", "节", "星", "星级", "K", "k", "G", "D", "A", "B", "C", "M", "S", "X", "大",
    "强", "线", "路", "中", "高", "方面",
    # quarters counted as a period (创近10季新高, 寬減四季差餉) and the Hong Kong
    # interest 厘 (年息4厘), which is a percent in one place and a length in another
    "季", "厘",
)

# Currencies written before the number (港幣47億元, HK$900億元, 新臺幣1,500億元),
# each with the unit reported for the amount.  The surface includes the prefix.
# ``None`` keeps the unit written after the number (a bare $ says which dollar
# only through the document).  人民币 is not here: before a 元 amount it adds
# nothing, and it is stripped from the subject instead.
CURRENCY_PREFIXES = {
    "港币": "港币", "港元": "港元", "HK$": "港元", "HKD": "港元",
    "澳门币": "澳门币", "澳门元": "澳门元", "MOP$": "澳门元", "MOP": "澳门元",
    "新台币": "新台币", "NT$": "新台币",
    "US$": "美元", "USD": "美元",
    "$": None,
}
# Units after an amount that a currency prefix makes precise (港币47亿元 is in 港币).
PLAIN_CURRENCIES = ("元",)
# Characters that may not precede a prefix written as a symbol (A$, 1$).
CURRENCY_PREFIX_NOT_AFTER = "A-Za-z0-9_"

# A bare number after one of these words is a multiple (城乡居民收入倍差1.86).
MULTIPLE_CUE_WORDS = ("倍差", "倍数")
MULTIPLE_CUE_UNIT = "倍"


# Rates per unit of time.  A measure of one of RATE_BASE_UNITS is a rate when
# its time unit is written before the number (流量每秒860立方米, 风速达每秒约30米),
# after its unit (28.3米/秒, 860立方米每秒), or named by a speed noun before it
# (设计时速350公里).  The unit is reported as "<unit>/<time unit>" — 米/秒,
# 立方米/秒, 公里/小时 — the way SI writes m/s; the surface stays the number and
# its own unit (每秒 before the number belongs to the clause, like 每人 does).
RATE_BASE_UNITS = (
    "米", "厘米", "毫米", "公里", "千米", "海里", "立方米", "升", "毫升", "吨", "公斤", "千克",
)
# Time units written before the number after 每, with the time unit reported.
RATE_PREFIXES = {"每秒": "秒", "每秒钟": "秒", "每分钟": "分钟", "每小时": "小时"}
# Time units written right after the unit, with the time unit reported.
RATE_SUFFIXES = {"/秒": "秒", "每秒": "秒", "/分钟": "分钟", "每分钟": "分钟", "/小时": "小时", "每小时": "小时"}
# Speed nouns before the number (时速350公里, 最高时速可达350公里), with their time unit,
# and the link words that may stand between the noun and the number.
RATE_NOUNS = {"时速": "小时"}
RATE_NOUN_LINKS = ("为", "是", "达", "达到", "可达", "可达到", "高达", "最高", "最高可达", "超过", "约")


# Units reported in a shorter form than written (3个工作日 is 3 工作日).
REPORTED_UNITS = {"个工作日": "工作日", "个小时": "小时"}

# Indexes and coefficients: a bare number after one of these nouns (居民消费价格指数为102.3,
# 基尼系数0.35, 性别比105.3) is an index, its value as written and no unit.  Between the
# noun and the number stand only a short gloss in parentheses ((PMI)), link words and
# the index's earlier value (指数从101.2升至102.3).
INDEX_NOUNS = ("指数", "系数", "PMI", "CPI", "PPI", "性别比")
INDEX_LINKS = (
    "为", "是", "达", "达到", "升至", "降至", "上升至", "下降至", "回升至", "回落至", "提高至",
    "提高到", "降低至", "降低到", "保持在", "稳定在", "处于", "录得", "报", "收于", "从", "由",
    "至", "到", "值", "值为", "分别为", "分别是",
)

# Ratios: numbers joined by a ratio sign (三次产业结构为5.5∶39.7∶54.8, 按1∶1配套).  ∶ (U+2236)
# is the ratio sign itself; a colon (: after folding ：) makes a ratio only after one of
# RATIO_CUES in the clause, and never when the parts read as a time of day (14:05, 14:05:57).
RATIO_SIGN = "∶"
RATIO_SEPARATORS = ("∶", ":")
RATIO_CUES = ("结构", "比例", "之比", "配比", "比值", "比为", "比是", "按")

# Durations that are no quantity alone (三年行动, 近三年, 10年来 are time frames) but
# measure something after one of DURATION_CUES in the clause (工期18个月, 期限2年).
CUED_DURATION_UNITS = ("个月", "年")
DURATION_CUES = (
    "时限", "期限", "用时", "工期", "周期", "时长", "耗时", "历时", "时间", "缩短至", "缩短到",
    "压缩至", "压缩到", "压减至", "压减到", "减少至", "控制在", "延长至", "延长到",
)

# Halves of tenths: 半成 (5%), 三成半 (35%); a digit after 成 is a hundredth (七成六 = 76%).
TENTHS_HALF = "半"

# Words after a number that start with a unit but are a verb (指数从101.2升至102.3).
NOT_UNIT_WORDS = ("升至", "升到", "升为")
