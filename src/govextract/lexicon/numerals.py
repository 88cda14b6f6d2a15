"""Numeral vocabulary: digits, Chinese numerals, magnitudes, fraction words.

The tables are keyed on *folded* characters (see ``normalize.fold``), so a
traditional 萬 or a full-width ５ arrives here already as 万 or 5.  The
matching logic lives in ``govextract.numbers``; this module is data only.
"""

# Chinese digit characters (ordinary, financial, and other common variants).
# 参 is deliberately absent: as a digit it is rare, as a word (参加, 参与) it is
# everywhere; the financial 叁 is the written form.
DIGITS = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "贰": 2, "貮": 2, "俩": 2, "倆": 2,
    "三": 3, "叁": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}

# The digits that read as zero; 零 also marks a skipped place (一千零五).
ZERO_DIGITS = ("零", "〇", "○")

# Units below ten thousand: they multiply the digit written before them.
# 廿 and 卅 stand alone for twenty and thirty (廿三 = 23).
SMALL_UNITS = {
    "十": 10, "拾": 10, "廿": 20, "卅": 30,
    "百": 100, "佰": 100,
    "千": 1000, "仟": 1000,
}

# Magnitudes: they multiply everything written before them (up to a larger one).
# Consecutive magnitudes multiply (万亿 = 10**12, 万万 = 10**8).
MAGNITUDES = {
    "万": 10**4,
    "亿": 10**8,
    "兆": 10**12,
}

# After a number, 兆 is the SI prefix mega in these units (100兆瓦), not 10**12.
MEGA_UNIT_STARTS = ("瓦", "帕", "赫", "焦", "伏", "欧", "字", "比", "位", "W", "w", "B", "b", "H", "J", "P", "V")

# Characters that mark a decimal point inside a numeral (点 in 三点五, · in 1·8).
DECIMAL_POINTS = ("点", ".", "·")

# Exponents, read by parse_number only (2e5, 12.32e+14; 2^5, 2.5^-1): a power of
# ten after e/E, a power of the base after ^; larger exponents are no number.
EXPONENT_MARKERS = ("e", "E")
POWER_MARKER = "^"
MAX_EXPONENT = 30

# Signs written before a number.
NEGATIVE_SIGNS = ("负", "-")
# Characters before 负 that make it part of a word, not a sign (减负50亿元 is a relief of 50亿元).
NEGATIVE_SIGN_NOT_AFTER = "减"
POSITIVE_SIGNS = ("+",)

# Approximators written inside a numeral (十多万, 500余万, 二十几万, 十来万).
# Inside means before a magnitude; after the last magnitude (8.5万余) the word is
# a qualifier of the quantity, not part of the numeral.
APPROXIMATORS = ("多", "余", "几", "来")

# Approximators that also hold a digit's place (二十几, 一百零几万); they count as 0.
PLACEHOLDER_DIGITS = ("几",)

# Neighbouring digits written together for an approximate range (两三名 = 2 to 3).
APPROXIMATE_PAIRS = ("一两", "两三", "二三", "三四", "三五", "四五", "五六", "六七", "七八", "八九")

# Thousands separators between Arabic digit groups (after folding; ， folds to ,).
# Hong Kong releases separate groups with a (thin) space, folded to " ": 15 700个.
THOUSANDS_SEPARATORS = (",", " ")

# Fractions: 三分之二; a whole part joins with 又 (三又二分之一).
FRACTION_MARKER = "分之"
MIXED_FRACTION_JOINER = "又"

# A denominator that starts with one of these (百分之, 千分之, 万分之) writes a
# percent, per mille or per ten thousand: those belong to quantities, not here.
# 十分之一 stays a fraction; 一百分之二 (with its digit) does too.
RATE_DENOMINATOR_STARTS = ("百", "佰", "千", "仟", "万", "亿", "兆")

# Words that start like a numeral but are not one, each with the characters
# after it that make it a numeral again: 百分点 / 千分之 are rates, 十分 is
# "very" (十分重要) unless it is 十分之一 or 十分钟.
NOT_NUMERAL_WORDS = {
    "百分": (),
    "佰分": (),
    "千分": (),
    "仟分": (),
    "十分": ("之", "钟"),
}

# Characters between which a converter's spaces are taken out before quantities are read
# (百 分 之2.4, 一 百 五 十 个 百 分 点, 六 点 五 成): numeral characters and the rate words
# written with them.  Arabic digits are not here: 12 34 is two numbers.
SPACED_NUMERAL_CHARACTERS = (
    "".join(DIGITS) + "".join(SMALL_UNITS) + "".join(MAGNITUDES) + "点分之个成半"
)
