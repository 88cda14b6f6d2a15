"""Date vocabulary: relative words, period words, range marks, time-of-day words.

Keys are *folded* text (see ``normalize.fold``): full-width digits and marks
arrive as ASCII, and the traditional characters in the folding table (時, 當,
號, 點) arrive simplified.  Characters the folding table leaves alone (紀) are
listed in both scripts.  The matching logic lives in ``govextract.dates``.
"""

# Years outside this range are not read as calendar years (5000年 is a duration).
YEAR_MIN = 1800
YEAR_MAX = 2199

# Era names written before a year, with the offset to the Gregorian year:
# 民国112年 (民國 folds to 民国) is 2023.  Taiwan releases also write the era
# year alone (112年); a bare three-digit year from 100 to 199 is read as one
# only when the same text writes an era name before a year somewhere.
ERA_NAMES = {"民国": 1911, "中华民国": 1911, "中華民国": 1911}
BARE_ERA_YEAR = r"(?<![0-9])1[0-9]{2}(?![0-9])"
BARE_ERA_OFFSET = 1911

# Digits of a year written out character by character (二〇二三年).
YEAR_DIGITS = {
    "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
}

# Characters of a Chinese month or day number (三月, 十二月, 二十一日, 廿三日).
MONTH_DAY_NUMERALS = "一二三四五六七八九十廿卅"

# Words for a year relative to the reference, with the offset in years.
# 当年 / 同年 / 次年 refer to a year named elsewhere in the text, not to the
# reference, and 后年 hides in 此后年均: none of them is here.
RELATIVE_YEARS = {
    "今年": 0, "本年": 0, "全年": 0,
    "去年": -1, "上年": -1, "上一年": -1,
    "前年": -2,
    "明年": 1, "下一年": 1,
}

# Relative year words of statistical bookkeeping: they count from the year
# being reported on (the latest year named before them: 2023年…比上年增长 is
# 2022), not from the publication date.  A bare 年末 / 年初 (年末全省常住人口)
# is read the same way.  With no year named before them, the publication
# year is the year reported on.
# 全年 (全年地区生产总值, 力争全年增长5%) is the whole year reported on.
REPORTING_YEAR_WORDS = ("上年", "上一年", "本年", "全年")

# Words for a month relative to the reference, with the offset in months.
RELATIVE_MONTHS = {
    "本月": 0,
    "上月": -1, "上个月": -1,
    "下月": 1, "下个月": 1,
}

# Words for a day relative to the reference, with the offset in days.
# 当日 / 当天 in a release mean the day of the release.  前天 is left out: it
# hides in 此前天然气.
RELATIVE_DAYS = {
    "今天": 0, "今日": 0, "当天": 0, "当日": 0,
    "昨天": -1, "昨日": -1,
    "明天": 1,
}

# Words that name a year given elsewhere in the text (当年3月, 同年底) or no
# single year (每年3月, 历年同期): a month or part of a year after them is not
# resolved against the reference, so it is not read at all.
ANAPHORIC_YEARS = ("当年", "同年", "该年", "次年", "翌年", "那年", "这年", "每年", "历年", "往年", "逐年")

# Phrases naming the turn of the year, no single period (统筹做好岁末年初各项工作):
# no year part inside them is read.
TURN_OF_YEAR = ("岁末年初", "年末岁初", "岁末年终", "年终岁末", "岁尾年头", "岁末岁初")

# Today written with its day of the month in brackets (Macau: 今(12)日宣布): the
# reference's month and year, day N.  Folded text has half-width brackets.
TODAY_WITH_DAY = "今"
TODAY_DAY_BRACKETS = ("(", ")")

# What may not follow a relative day word (今日头条 is a name; 当天然 is 当 + 天然).
RELATIVE_DAY_BLOCKERS = ("头条", "然")

# Half years, with their number (H1, H2).
HALF_YEARS = {"上半年": 1, "下半年": 2}

# Quarter numbers written before 季度 (一季度, 第一季度, 1季度).
QUARTER_NUMBERS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}

# What may not follow 第N季 written without 度 (第4季 is a quarter in Taiwan releases).
QUARTER_SHORT_BLOCKERS = ("节", "风", "候", "赛")

# 前三季度 / 前两个季度: the first N quarters of a year.
FIRST_QUARTER_COUNTS = {"二": 2, "两": 2, "三": 3, "2": 2, "3": 3}

# Part of a year written after 年 (2022年底, 今年年初), with the first and
# last month it covers.  年中 spans June and July.
YEAR_PARTS = {"底": (12, 12), "末": (12, 12), "初": (1, 1), "中": (6, 7)}

# What may follow 年初 / 年中 when they are a word of their own; 初步, 初次,
# 中国, 中央 are not (2023年初步建成, 2022年中国经济).
YEAR_START_BLOCKERS = ("步", "次", "心", "衷", "级", "中", "稿", "选", "审", "赛", "创", "期")
YEAR_MIDDLE_FOLLOWERS = (",", "。", ";", "、", " ", "前", "后", "以前", "之前", "以后", "之后", "时", "左右", "起")

# Part of a month written after 月 (2月底, 3月上旬), with the first and last
# day it covers (31 is cut to the month's length).
MONTH_PARTS = {
    "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, 31),
    "初": (1, 10), "中": (11, 20), "底": (21, 31), "末": (21, 31),
}

# The same period in another year (去年同期, 2022年同期).
SAME_PERIOD = "同期"

# Parts of a year or month that name a point in time (a stock: 截至2024年底), not a
# period being reported on: a 同期 in a later paragraph does not repeat them.
POINT_PARTS = ("底", "末", "初")

# Suffixes of a month number that still write the month (2月份).
MONTH_SUFFIX = "份"

# Marks joining the two ends of a range (1—2月, 1至8月, 2021-2023年).
# ～ and － arrive folded to ~ and -.
RANGE_MARKS = ("至", "到", "——", "—", "―", "–", "-", "~", "〜")

# Day markers after the day number (3日, 3号).
DAY_MARKS = ("日", "号")

# Separators of an all-digit date (2023-02-03, 2023/2/3, 2023.02.03).
NUMERIC_SEPARATORS = ("-", "/", ".")

# Hour markers (14时30分, 10点); minute and second markers.
HOUR_MARKS = ("时", "点")
MINUTE_MARK = "分"
SECOND_MARK = "秒"
HALF_HOUR = "半"

# 24时 is the end of a day (2023年12月31日24时); it takes no minutes.
END_OF_DAY_HOUR = 24

# Words after a period that extend it to the reference day (2020年至今) ...
UNTIL_NOW = ("至今", "迄今", "到现在", "至目前", "到目前")
# ... unless they start a longer phrase (至今年底 is "to the end of this year").
UNTIL_NOW_BLOCKERS = ("年", "天", "日")

# Time-of-day words before an hour, with how they shift a 12-hour clock:
# "pm" adds 12 to hours below 12, "noon" adds 12 to hours below 6 (中午1点 is
# 13:00), "am" keeps the hour.
DAY_PERIODS = {
    "上午": "am", "早上": "am", "早晨": "am", "清晨": "am", "凌晨": "am",
    "中午": "noon",
    "下午": "pm", "傍晚": "pm", "晚上": "pm", "晚间": "pm", "夜间": "pm", "夜里": "pm",
}

# Centuries (20世纪90年代, 二十世纪九十年代), with their first year.
CENTURIES = {
    "19世纪": 1800, "20世纪": 1900, "21世纪": 2000,
    "十九世纪": 1800, "二十世纪": 1900, "二十一世纪": 2000,
    "19世紀": 1800, "20世紀": 1900, "21世紀": 2000,
    "十九世紀": 1800, "二十世紀": 1900, "二十一世紀": 2000,
}

# Decades within a century (90年代, 九十年代), with their offset in years.
DECADES = {
    "00": 0, "10": 10, "20": 20, "30": 30, "40": 40, "50": 50, "60": 60, "70": 70, "80": 80, "90": 90,
    "一十": 10, "二十": 20, "三十": 30, "四十": 40, "五十": 50, "六十": 60, "七十": 70, "八十": 80, "九十": 90,
}

DECADE_MARK = "年代"

# What follows 年 after a number that counts years (2000年来, 5000多年).
YEAR_DURATION_FOLLOWERS = ("来", "多", "余", "左右", "以上", "以下", "之久", "历史", "间", "代")

# Named days written month·day (3·15晚会, 7·20特大暴雨): only read as dates
# before one of these words, since 1·8 is also a decimal in scraped text.
DOT_DATE_MARK = "·"
DOT_DATE_FOLLOWERS = (
    "晚会", "国际消费者权益日", "消费者权益日", "事件", "活动", "特大", "专项", "前夕", "期间",
    "当天", "大案", "案件", "重大", "纪念日", "暴雨", "洪水", "洪灾", "地震", "灾害", "特别重大", "以来",
)

# Characters that, right before a mention, show it belongs to a longer number
# or a counted duration rather than a date (12月 is not 2月, 第3月, 每月, 近三年).
NUMBER_CONTEXT_BEFORE = "0123456789.·零〇○一二三四五六七八九十百千万两几数第每个近以/-"

# More characters that block a relative year word: 以上年龄, 五年前年均.
RELATIVE_YEAR_CONTEXT_BEFORE = "年"

# A year-less month or day that falls well after the reference month, in a
# sentence that reports results, is last year's (12月 in a release published
# in January).  These cues say a sentence reports what happened ...
RETROSPECTIVE_CUES = (
    "同比", "增长", "下降", "累计", "完成", "实现", "达到", "已经", "已", "回顾", "过去", "共计", "比上年",
    "回升", "回落", "运行",
    # Taiwan and Hong Kong growth words, records (經濟成長率為4.93％，創近10季新高)
    "成长", "年增", "年减", "新高", "新低",
)
# ... and these that it announces what will happen (they win over the above).
FUTURE_CUES = (
    "将于", "将在", "将要", "即将", "计划", "力争", "预计", "拟于", "拟在", "争取", "届时", "定于",
    "起施行", "起实施", "起执行", "前完成", "之前完成", "截止",
    "将完成", "将实现", "将达到", "将举办", "将举行", "将开展", "将启动", "将建成",
)
# How many months after the reference month a period may start before it is
# read as last year's in a retrospective sentence.
MONTHS_AHEAD_LIMIT = 2

# Marks that end the sentence searched for the cues.
SENTENCE_ENDS = ("。", "!", "?", ";", "\n")
# No sentence cue is looked for further than this many characters away.
SENTENCE_REACH = 120

# Five-year plan periods (十四五时期, “十三五”期间), with their first year; each runs five
# years.  The plan's name alone (十四五规划) names a document, not a period: only a
# name followed by one of PLAN_PERIOD_WORDS is a date mention.
PLAN_PERIODS = {
    "六五": 1981, "七五": 1986, "八五": 1991, "九五": 1996, "十五": 2001,
    "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026,
}
PLAN_YEARS = 5
PLAN_PERIOD_WORDS = ("时期", "期间", "规划期", "规划期间", "规划时期")
# Quotation marks a plan's name is often written in (“十四五”时期); they belong to the surface.
PLAN_QUOTES = (("“", "”"), ('"', '"'), ("「", "」"), ("『", "』"))

# Review spans whose years the text makes clear: N年来 (五年来, 10年来) is the N calendar
# years ending with the reference's year (a report dated 2021: 2017 to 2021).  近N年来 and
# 多年来 stay durations (近 is a NUMBER_CONTEXT_BEFORE character; 多 is no numeral).
REVIEW_SPAN_MARK = "年来"
REVIEW_SPAN_YEARS = (2, 99)
