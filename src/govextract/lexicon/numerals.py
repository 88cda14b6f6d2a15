"""Numeral vocabulary: digits, Chinese numerals, magnitudes.

The tables are keyed on *folded* characters (see ``normalize.fold``), so a
traditional 萬 or a full-width ５ arrives here already as 万 or 5.
"""

# Chinese digit characters (ordinary, financial, and other common variants).
DIGITS = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "贰": 2, "貮": 2,
    "三": 3, "叁": 3, "参": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}

# Units below ten thousand: they multiply the digit written before them.
SMALL_UNITS = {
    "十": 10, "拾": 10, "廿": 20, "卅": 30,
    "百": 100, "佰": 100,
    "千": 1000, "仟": 1000,
}

# Magnitudes: they multiply everything written before them (up to a larger one).
MAGNITUDES = {
    "万": 10**4,
    "亿": 10**8,
    "兆": 10**12,
}

# Characters that mark a decimal point inside a numeral (点 in 三点五, · in 1·8).
DECIMAL_POINTS = ("点", ".", "·")

# Signs written before a number.
NEGATIVE_SIGNS = ("负", "-")

# Approximators written inside or after a numeral (十多万, 500余万, 二十几万).
APPROXIMATORS = ("多", "余", "几", "来")

# Thousands separators between Arabic digit groups (after folding).
THOUSANDS_SEPARATORS = (",",)
