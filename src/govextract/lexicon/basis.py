"""Words that state what a change is measured against: its comparison basis.

All entries are folded (simplified, half-width) words; the traditional forms of
Hong Kong, Macau and Taiwan releases (較上年同期, 與一季度相比) fold to these.
:mod:`govextract.quantities.basis` builds one pattern from them; the README's
"Comparison basis" table lists what each class covers.

A basis phrase is an opener and a base (比上年同期, 较年初, 高于全国平均水平),
a base between 与 and 相比 (与一季度相比), a share of a base (完成年度计划的98%,
是全国平均水平的2倍), or a word that says it alone (同比, 环比, 按年).
"""

# Words that open a base: 比上年, 较年初, 相比上月, 对比2020年.
OPENERS = ("比", "较", "相比", "相较", "相较于", "对比")
# Words around a base: 与一季度相比, 同上年同期比较, 與上年同期比較 (folded).
ENCLOSING_OPENERS = ("与", "同", "和", "跟")
ENCLOSING_CLOSERS = ("相比", "比较", "相较", "对比", "比")
# Comparative verbs that open a base and are the change themselves:
# 高于全国平均水平0.5个百分点, 超出目标2个百分点, 快于全省1.2个百分点.
COMPARATIVE_OPENERS = ("高于", "低于", "快于", "慢于", "好于", "优于", "超出", "超过", "多于", "少于", "高出", "低出")
# Verbs that make the quantity after a base and 的/之 a share of it:
# 完成年度计划的98%, 是全国平均水平的2倍, 恢复到2019年同期的65%, 为上年同期的1.2倍.
# Characters the folding table leaves alone are listed in both scripts (恢復至, 佔, 僅為 folds to 僅为).
SHARE_OPENERS = (
    "完成", "超额完成", "为", "是", "占", "佔", "达", "达到", "相当于", "恢复到", "恢复至", "恢复",
    "恢復到", "恢復至", "恢復", "仅为", "僅为", "约为",
)
SHARE_MARKS = ("的", "之")

# Words that say the basis alone.  同比例 (in proportion) and 按年计/按年度 (annualised, per year) are
# no basis; 按年/按季/按月 count only before a change verb (按年上升3.5%, 按季实质增长0.6%).
YEAR_ON_YEAR_WORDS = ("同比",)
PERIOD_ON_PERIOD_WORDS = ("环比",)
NOT_BASIS_AFTER_WORD = ("例",)  # 同比例
# Hong Kong and Macau statistics: 按年 = year on year, 按季 / 按月 = on the previous quarter / month.
HK_YEAR_ON_YEAR = ("按年",)
HK_PERIOD_ON_PERIOD = ("按季", "按月")
HK_CHANGE_STARTS = ("增", "升", "上", "下", "减", "跌", "回", "录得", "扩", "擴", "收", "实质", "实际", "分别")
# Taiwan statistics fuse the basis with the verb: 出口年增10.9%, 年减3.2% (annual growth on the same
# period a year before).  Read only right before a number or 率/幅, and not inside 年均/每年/逐年.
TAIWAN_YEAR_ON_YEAR_VERBS = ("年增", "年减")
TAIWAN_NOT_AFTER = "均每逐今本全去明上前后当近度0123456789"

# Bases, by class.  Each base may be followed by one of BASE_TAILS (比上年同期水平, 比全国平均增速).
YEAR_ON_YEAR_BASES = (
    "上年同期", "去年同期", "上年同月", "去年同月", "上年同季", "去年同季", "上年同季度", "去年同季度",
    "上年同一时期", "去年同一时期", "同期",
)
PERIOD_ON_PERIOD_BASES = (
    "上月", "上个月", "上一月", "上一个月", "上季度", "上季", "上一季度", "上一季", "上个季度", "上期",
    "上月末", "上月底", "上季末", "上季度末",
)
# A target, plan or budget: 超出目标, 完成年度计划的98%, 比预算增加, 完成调整预算的96.5%.
TARGET_QUALIFIERS = ("年度", "全年", "年初", "调整", "調整", "当年", "年", "省定", "市定", "国家下达", "上级下达")
TARGET_NOUNS = (
    "预算", "预算数", "调整预算", "计划", "目标", "任务", "预期目标", "目标任务", "计划任务", "预期",
    "序时进度",
)
# A wider area or an average (and long-term normals of weather and water bulletins): 高于全国平均水平,
# 比全省平均, 比全国高1.2个百分点, 较常年同期偏多12%, 较多年平均偏少.  A bare area counts only after
# an opener (比全省); an average needs an opener, 水平/值 or a share after it (全国平均水平的2倍).
AREAS = (
    "全国", "全省", "全市", "全区", "全州", "全县", "全盟", "全球", "世界", "全国城镇", "全国农村",
    "全省城镇", "全省农村", "全国同类城市", "同类城市", "全国平均", "全省平均", "全市平均",
)
AVERAGE_WORDS = ("平均水平", "平均值", "平均", "均值", "均值水平", "平均线")
NORMAL_BASES = ("常年同期", "常年", "多年平均", "多年同期", "历年同期", "历年平均", "近五年平均", "近五年同期",
                "近五年均值", "近三年平均", "近十年平均", "近十年同期")
# A named earlier period: 比上年, 比2020年, 较年初, 比1—2月, 与一季度相比, 比"十三五"末.
EARLIER_BASES = (
    "上年", "去年", "上一年", "前一年", "上年度", "上一年度", "上年末", "上年底", "去年末", "去年底", "上年全年",
    "年初", "上半年", "下半年", "一季度", "第一季度", "二季度", "第二季度", "三季度", "第三季度",
    "前一季度", "前两季度", "前三季度", "一至三季度", "上旬", "上周",
)
EARLIER_PERIOD_ENDS = ("同期", "末", "底", "年末", "年底", "全年", "水平", "初")
PLAN_PERIODS = ("十一五", "十二五", "十三五", "十四五")
PLAN_PERIOD_ENDS = ("末", "期末", "时期", "期间")
ERAS = ("民国", "中华民国")
YEAR_DIGITS_HAN = "〇零一二三四五六七八九"  # 較二〇二二年 in Macau and Hong Kong releases

# A rate compared with an earlier period's rate (增速比1—9月加快0.3个百分点, 降幅比上月收窄) states the
# change of its own clause only: the phrase right after one of these words governs its clause.
RATE_NOUNS = ("增速", "增幅", "降幅", "涨幅", "跌幅", "增长率", "增长速度", "速度", "比重", "占比")
# A change averaged over years (两年平均增长3.5%, 年均增长6%) states its own basis: it takes none from
# the sentence before it.
AVERAGE_RATE_WORDS = ("年均", "平均增长", "平均下降", "平均增速", "平均每年", "平均上涨")
# Written after a base, kept in its span: 比上年同期水平, 比全国平均增速.
BASE_TAILS = ("水平", "增速", "增幅", "数")

# What may stand between a comparative base and its number (比全国高1.2个百分点, 较常年同期偏多12%):
# the change is the comparative word; qualifiers and 分别 may follow it.
COMPARATIVE_WORDS = (
    "高", "低", "快", "慢", "多", "少", "高出", "低出", "偏高", "偏低", "偏多", "偏少", "超出", "超过",
    "提高", "降低", "增加", "减少", "上升", "下降",
)
GAP_WORDS = ("分别", "了", "约", "近", "均", "各")
# A growth rate written as a level is a change too (同比增速为5.1%, 比上年涨幅达2.3%): the rate word, then
# a link, right before the number.
CHANGE_RATE_NOUNS = ("增速", "增幅", "降幅", "涨幅", "跌幅", "增长率", "增长速度", "年增率", "增长幅度")
RATE_LINKS = ("为", "达", "达到", "是", "在", "保持在")

# A share of a target whose noun is qualified by more words (完成年度投资计划的85%, 完成省下达目标任务的
# 102%): the share verb, at most TARGET_SHARE_GAP Han characters, the target noun, then 的/之.
TARGET_SHARE_VERBS = ("完成", "超额完成")
TARGET_SHARE_NOUNS = ("计划", "目标", "任务", "预算")
TARGET_SHARE_GAP = 6
