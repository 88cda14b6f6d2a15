"""Words of statistical tables converted to text (统计公报 annex tables, 月报 indicator tables).

A page table reaches the text as one line per row, its cells separated by
tabs, runs of spaces or ``|``.  The header row names what each column holds;
these words say which.  All entries are folded (simplified, half-width).
"""

# The first cell of a header row: the column of row labels (the metric).
# A header cell is a label header when it starts with one of these.
LABEL_HEADERS = (
    "指标", "主要指标", "项目", "行业", "产品", "产品名称", "地区", "区域", "类别", "类型",
    "分组", "组别", "名称", "分类", "门类", "品种", "主要产品", "经济类型", "企业类型",
    # tables by place (分县市区主要指标, 各乡镇茶园面积): the places are the row labels
    "乡镇", "县(市、区)", "县市区", "县(市,区)", "区县", "县区", "市县", "城市", "省份", "国家和地区",
    "国家(地区)", "街道", "开发区", "园区",
)

# The column that gives each row's unit.
UNIT_HEADERS = ("单位", "计量单位")

# Columns that hold no quantity: dates, times, ranks, notes, serial numbers.
# A header cell is skipped when it starts with one of these.
SKIPPED_HEADERS = (
    "时间", "日期", "年份", "月份", "发布时间", "统计时间", "序号", "编号", "排名", "位次",
    "位序", "备注", "说明",
)

# Columns of change: a header holding one of these words makes each cell a
# change whose direction is its sign (比上年增长(%), 增速(%), 同比±%).
CHANGE_HEADER_WORDS = (
    "增长", "增速", "增幅", "增减", "增加", "增降", "涨跌", "涨幅", "变动", "变化", "±", "+/-", "+-",
)

# Header words that hold a change word but name a value (增加值(亿元) is no change).
NOT_CHANGE_HEADER_WORDS = ("增加值",)

# Columns of a share: each cell is a percent, with no direction (占GDP比重(%)).
SHARE_HEADER_WORDS = ("比重", "占比", "构成", "结构", "所占")

# Columns of an index (居民消费价格指数 column, 上年=100).
INDEX_HEADER_WORDS = ("指数",)

# Columns of absolute values.  Any other header that names a unit in
# brackets (增加值(亿元)), a year or a period (2024年, 1-9月) is one too.
VALUE_HEADER_WORDS = (
    "绝对数", "绝对值", "绝对额", "数值", "数量", "总量", "总额", "金额", "本年", "本期", "本月",
    "累计", "全年", "当月", "实绩", "完成", "完成数", "产量", "增加值", "实际", "合计", "计划",
    "规模", "余额", "人数", "个数", "面积", "收入", "支出",
)
# A header cell wholly a year or period (2024年, 1-9月, 1—9月累计, 一季度) is a value column.
PERIOD_HEADER_PATTERN = (
    r"(?:[0-9]{4}年)?(?:[0-9]{1,2}(?:[-—~至][0-9]{1,2})?月(?:份)?|[一二三四1-4]季度|上半年|下半年|前三季度|全年)?"
    r"(?:末|底|累计|止)?"
)

# Words of a header that state the comparison basis, with the basis they give.
# As in prose (``lexicon.basis``), 比上年 names an earlier period (vs_earlier) and only
# 同期 words are year on year.
BASIS_HEADER_WORDS = {
    "同比": "year_on_year", "比上年同期": "year_on_year", "比去年同期": "year_on_year",
    "较上年同期": "year_on_year", "较去年同期": "year_on_year", "比上年": "vs_earlier",
    "较上年": "vs_earlier", "比去年": "vs_earlier", "较去年": "vs_earlier",
    "环比": "period_on_period", "比上月": "period_on_period", "较上月": "period_on_period",
    "比上季": "period_on_period", "比上季度": "period_on_period",
    "比年初": "vs_earlier", "较年初": "vs_earlier",
}

# Brackets around a unit written in a header cell (绝对数(亿元), 增长(%)), folded.
UNIT_BRACKETS = (("(", ")"), ("[", "]"), ("【", "】"))

# Units of a unit cell or header that make a percent or percentage point.
PERCENT_UNITS = {"%": 1, "‰": 10}
PERCENTAGE_POINT_UNITS = ("百分点", "个百分点")
# A unit cell that states an index base (上年=100, 上年同期=100): the value is an index.
INDEX_BASE_MARK = "=100"

# Magnitudes written before a unit (亿元, 万人次, 万吨), longest first.
MAGNITUDES = ("万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "亿", "万", "千", "百")

# Spellings of the currency prose reports as 元.
PLAIN_CURRENCY_SPELLINGS = ("元人民币", "人民币")

# Cells that say there is no figure.
EMPTY_CELLS = ("—", "——", "-", "--", "…", "……", "...", "/", "x", "X", "×", "*", "空")

# Prefixes of a row label that say it is a part of the row above
# (其中：工业, #工业); the label keeps only its own words.
LABEL_PREFIXES = ("#其中:", "其中:", "其中,", "#")

# Separators between the cells of a row.
PIPE = "|"
TAB = "\t"

# A line of its own (or the end of a caption) that states the unit of a whole table.
TABLE_UNIT_LABELS = ("单位:", "计量单位:")

# Table captions (表1 2024年全市主要经济指标, 附表2): their first characters.
CAPTION_OPENINGS = ("表", "附表")
