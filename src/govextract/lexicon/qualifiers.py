"""Qualifier words that say how a written number relates to the true one.

Keys are folded words; values are ``govextract.models.Approx`` values.  The
matcher tries longer words first, so 不超过 wins over 超过 and 及以上 over 以上.
"""

# Written before the number: 超过110万人, 约300家, 不低于90%.
BEFORE = {
    "不低于": "at_least", "不少于": "at_least", "至少": "at_least", "最少": "at_least",
    "超过": "more_than", "突破": "more_than", "逾": "more_than", "超": "more_than", "多于": "more_than",
    "高于": "more_than",
    "约": "about", "大约": "about", "约为": "about", "大概": "about",
    "近": "less_than", "接近": "less_than", "将近": "less_than", "不到": "less_than", "不足": "less_than",
    "低于": "less_than", "少于": "less_than",
    "最高": "at_most", "最多可": "at_most", "最低": "at_least",
    "不超过": "at_most", "不高于": "at_most", "至多": "at_most", "最多": "at_most",
}

# Leading qualifiers that are the tail of a word after these characters:
# 出超806亿美元 and 入超 are a trade surplus and deficit, not "more than".
BEFORE_NOT_AFTER = {"超": "出入"}

# Written after the number (and after its unit): 90%以上, 100万人左右.
AFTER = {
    "以上": "at_least", "及以上": "at_least", "或以上": "at_least",
    "有余": "more_than", "出头": "more_than",
    "左右": "about", "上下": "about",
    "以下": "at_most", "及以下": "at_most", "以内": "at_most", "之内": "at_most", "内": "at_most",
}

# A leading qualifier with one of these values is not weakened by a trailing
# one (超过200亿元以上 is more than 200亿元, not at least).
STRICT_APPROX = ("more_than", "less_than")

# Written inside or right after the numeral, before the unit: 700多个, 8.5万余场次, 十来个.
INNER = {"多": "more_than", "余": "more_than", "几": "more_than", "来": "about"}

# The qualifier of a top-N rank (列省域前三).
TOP = ("前",)
TOP_APPROX = "at_most"

# The qualifier of a bottom-N rank (相对较差的后3位): at most N places from the bottom.
BOTTOM = ("后",)
BOTTOM_APPROX = "at_most"
