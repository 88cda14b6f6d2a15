"""Numeral parsing: value -> surfaces tables, negatives, the numeral pattern, the peer suite."""

from __future__ import annotations

import json
import math

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA
from govextract.normalize import fold
from govextract.numbers import NUMERAL_PATTERN, Numeral, parse_number, parse_numeral

# ---------------------------------------------------------------- value -> surfaces

VALUES = [
    (0, ["0", "零", "〇", "０"]),
    (1, ["1", "一", "壹", "１"]),
    (2, ["2", "二", "两", "贰", "兩"]),
    (3, ["3", "三", "叁"]),
    (10, ["10", "十", "拾", "一十", "零十"]),
    (11, ["11", "十一", "拾壹"]),
    (15, ["15", "十五", "拾伍", "一十五", "１５"]),
    (20, ["20", "二十", "廿", "贰拾"]),
    (23, ["23", "二十三", "廿三", "贰拾叁"]),
    (30, ["30", "三十", "卅"]),
    (33, ["33", "三十三", "叁拾叁", "３３"]),
    (44, ["44", "四十四", "肆拾肆"]),
    (100, ["100", "一百", "百", "壹佰", "壹百"]),
    (101, ["101", "一百零一", "壹佰零壹"]),
    (110, ["110", "一百一十", "一百一", "壹佰壹拾"]),
    (130, ["130", "百三", "一百三", "一百三十"]),
    (150, ["150", "一百五十", "一百五", "壹佰伍拾"]),
    (152, ["152", "一百五十二", "一百 五 十 二", "壹百五十二"]),
    (250, ["250", "二百五十", "两百五十", "二百五"]),
    (460, ["460", "四百六十", "肆佰陸拾"]),
    (990, ["990", "九百九", "九百九十"]),
    (999, ["999", "九百九十九", "玖佰玖拾玖"]),
    (1000, ["1000", "1,000", "１，０００", "一千", "千", "壹仟"]),
    (1001, ["1001", "一千零一", "1千零1", "壹仟零壹"]),
    (1005, ["1005", "一千零五"]),
    (1020, ["1020", "1千零20", "一千零二十"]),
    (1050, ["1050", "1,050", "１，０５０", "一千零五十"]),
    (1300, ["1300", "千三", "一千三", "一千三百"]),
    (1600, ["1600", "一千陆", "一千六百"]),
    (2000, ["2000", "两千", "二千", "2千", "两千点零"]),
    (2023, ["2023", "２０２３", "二〇二三", "二零二三"]),
    (2222, ["2222", "两千两百二十二", "倆千两百贰拾二"]),
    (2350, ["2350", "2,350", "两千三百五", "兩千三百五", "两千三百五十"]),
    (4565, ["4565", "4,565", "４，５６５", "四千五百六十五"]),
    (10000, ["10000", "10,000", "1万", "一万", "壹萬"]),
    (10012, ["10012", "一万零十二", "一万零一十二"]),
    (10250, ["10250", "一万零二百五十", "一万二百五十"]),
    (13000, ["13000", "一万三", "一万三千", "1万3千", "1.3万", "壹萬三"]),
    (34000, ["34000", "34,000", "3万4000", "三万四千", "3.4万"]),
    (54600, ["54600", "5万4千6百", "5萬4千6百", "五万四千六百"]),
    (75400, ["75400", "7万5千4百", "7 万5 千4 百", "七万五千四百"]),
    (85000, ["85000", "85,000", "8.5万", "８．５万", "八点五万", "八万五", "八万五千"]),
    (94000, ["94000", "九万四", "九万四千"]),
    (100000, ["100000", "100,000", "10万", "十万", "拾万"]),
    (100056, ["100056", "十万零五十六", "拾万零五十六"]),
    (256000, ["256000", "25万6千", "二十五万六千", "25.6万"]),
    (924000, ["924000", "九十二万四", "92.4万"]),
    (1000000, ["1000000", "1,000,000", "100万", "一百万", "百万"]),
    (1013012, ["1013012", "一百零一万零三千零十二"]),
    (1050000, ["1,050,000", "105万", "一百零五万", "1 050 000"]),
    (15700, ["15 700", "15,700", "1万5 700"]),  # Hong Kong releases: a space between groups of three
    (172000, ["17万2 000", "17万2,000"]),
    (1100000, ["1100000", "110万", "一百一十万", "一百零十万"]),
    (11000000, ["11000000", "1,100万", "一千一百万"]),
    (20300000, ["20300000", "2千零30万", "两千零三十万"]),
    (40006000, ["40006000", "四千万零六千"]),
    (40050000, ["40050000", "四千零五万"]),
    (400000000, ["400000000", "4亿", "四亿", "肆亿", "四万万"]),
    (500000006, ["500000006", "五亿零六", "五億零六"]),
    (1000000000, ["1000000000", "10亿", "十亿", "10万万", "1,000,000,000"]),
    (456420015, ["456420015", "四亿五千六百四十二万零一十五", "四億五千六百四十二萬零壹十五"]),
    (559845000000, ["559845000000", "5598.45亿", "五千五百九十八点四五亿"]),
    (110090000000, ["110090000000", "1,100.9亿"]),
    (1200000000000, ["1200000000000", "1.2万亿", "1.2萬億", "一点二万亿", "12000亿"]),
    (1500000000000, ["1500000000000", "一万五千亿", "1.5万亿"]),
    (4780000000000, ["4780000000000", "4.78万亿", "4.78萬億"]),
    (5006200045200, ["五兆六十二亿四万五千二"]),
    (4569831148725382, ["四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二"]),
    (-32, ["-32", "－３２", "负三十二", "負三十二", "负 三十二"]),
    (-10000, ["-10000", "负10000", "负一万", "-1万"]),
    (5, ["+5", "五"]),
    (-9.4, ["-9.4", "负9.4", "负九点四"]),
    (-0.5, ["-.5", "-0.5", "负零点五", "负二分之一"]),
    (0.5, ["0.5", ".5", "０．５", "零点五", "二分之一", "二分 之一"]),
    (0.2, ["0.2", "零点二", "五分之一", "五 分之 一", "五分之壹"]),
    (0.1, ["0.1", "十分之一"]),
    (0.02, ["0.02", "一百分之二", "一百分之2", "壹百分之二"]),
    (0.001, ["0.001", "一千分之一", "壹仟分之壹"]),
    (1.5, ["1.5", "1·5", "一点五", "一又二分之一"]),
    (1.8, ["1.8", "1·8", "１·８", "一点八"]),
    (3.023, ["3.023", "3又一千分之23"]),
    (4.8, ["4.8", "4.800", "四点八"]),
    (10.233, ["10.233", "十点二三三"]),
    (400.5, ["400.5", "四百点五", "四百 点 五"]),
    (2300.1, ["2300.1", "两千三点一"]),
    (10000.233, ["10,000.233"]),
    (10012.15, ["一万零十二点一五"]),
    (40.56, ["二十五分之一千零拾肆"]),
    (1006.51, ["一百分之十万零六百五十一"]),
    (1000000.00005, ["一百万又五十万分之二十五"]),
    (20000000.5544, ["两千万点五五四四"]),
    (83852326.33, ["八千三百八十五万二千三百二十六点三三"]),
    (2 / 3, ["三分之二", "叁分之贰"]),
    (1 / 3, ["三分之一"]),
    (350 + 1 / 3, ["三百五又三分之一", "三百五十又3分之1"]),
    (3 / 4200, ["四千二分之三"]),
]

VALUE_CASES = [
    pytest.param(surface, value, id=f"{value}:{surface}") for value, surfaces in VALUES for surface in surfaces
]


def _same(got, expected) -> bool:
    if got is None:
        return False
    if isinstance(expected, int):
        return type(got) is int and got == expected
    return math.isclose(got, expected, rel_tol=1e-12, abs_tol=1e-15)


def test_value_table_is_large_enough():
    assert len(VALUE_CASES) >= 120


@pytest.mark.parametrize(("surface", "value"), VALUE_CASES)
def test_parse_number_values(surface, value):
    assert _same(parse_number(surface), value)


def test_exact_decimal_arithmetic():
    # No float noise: 1.2 * 10**12 and 5598.45 * 10**8 are exact integers.
    assert parse_number("1.2万亿") == 1_200_000_000_000
    assert parse_number("5598.45亿") == 559_845_000_000
    assert parse_number("0.1万") == 1000
    assert type(parse_number("8.5万")) is int
    assert type(parse_number("1.5")) is float


# ---------------------------------------------------------------- approximators

APPROXIMATE = [
    ("十多万", 100000, "多"),
    ("十余万", 100000, "余"),
    ("十 余 万", 100000, "余"),
    ("十餘萬", 100000, "余"),
    ("500余万", 5000000, "余"),
    ("1000余万", 10000000, "余"),
    ("五百 余万", 5000000, "余"),
    ("一千多万", 10000000, "多"),
    ("三千多亿", 300000000000, "多"),
    ("1万多亿", 1000000000000, "多"),
    ("二十几万", 200000, "几"),
    ("二十幾萬", 200000, "几"),
    ("一百零几万", 1000000, "几"),
    ("壹千五百零幾萬", 15000000, "几"),
    ("一百 二 十 几亿", 12000000000, "几"),
    ("十几", 10, "几"),
    ("二十几", 20, "几"),
    ("十来万", 100000, "来"),
    ("8.5万", 85000, None),
    ("两千三百五", 2350, None),
]


@pytest.mark.parametrize(("surface", "value", "approximator"), APPROXIMATE)
def test_parse_numeral_reports_inner_approximator(surface, value, approximator):
    assert parse_numeral(surface) == Numeral(value, approximator)
    assert parse_number(surface) == value


def test_numeral_is_frozen_and_hashable():
    numeral = parse_numeral("十多万")
    assert numeral == Numeral(100000, "多") and hash(numeral) == hash(Numeral(100000, "多"))
    with pytest.raises(AttributeError):
        numeral.value = 1  # type: ignore[misc]


# ---------------------------------------------------------------- not numerals

NOT_NUMERALS = [
    ("", "empty"),
    ("   ", "blank"),
    ("增长", "a word"),
    ("万", "a magnitude alone"),
    ("亿万", "magnitudes without a digit"),
    ("一是", "enumerator: 一 is a numeral, 是 is not, so the whole surface is not one"),
    ("十个", "a measure word is not part of the numeral"),
    ("一百万元", "a unit is not part of the numeral"),
    ("10%", "percent forms belong to quantities"),
    ("百分之九十", "percent forms belong to quantities"),
    ("千分之三", "per mille forms belong to quantities"),
    ("万分之五", "per ten thousand forms belong to quantities"),
    ("十多", "多 after the last unit is a qualifier of the quantity"),
    ("8.5万余", "余 after the last magnitude is a qualifier of the quantity"),
    ("两千多", "多 after the last unit is a qualifier of the quantity"),
    ("一万来", "来 after the last magnitude is not part of the numeral"),
    ("几十万", "the leading digit is unknown: no stated base"),
    ("数十", "the leading digit is unknown: no stated base"),
    ("3.0.1", "a version number"),
    ("1.2.3", "a version number"),
    ("1,23", "a thousands group needs three digits"),
    ("1,2345", "a thousands group needs three digits"),
    ("12,34,567", "grouping by two is not Chinese usage"),
    (",500", "a separator cannot lead"),
    ("500,", "a separator cannot trail"),
    ("12 34", "a space separates only groups of exactly three digits"),
    ("1 0000", "a space separates only groups of exactly three digits"),
    ("abc", "letters"),
    ("40k", "English abbreviations are not government Chinese"),
    ("1/2", "a slash is a ratio or a date, not a numeral"),
    ("十四五", "a plan name, not a number"),
    ("三五", "two digits side by side mean 'three or five'"),
    ("七八", "two digits side by side mean 'seven or eight'"),
    ("一一", "一一 is an adverb (one by one)"),
    ("十百", "units must decrease"),
    ("点五", "a decimal needs its whole part"),
    ("一点", "a point needs its digits"),
    ("负", "a sign alone"),
    ("--5", "a doubled sign"),
    ("+", "a sign alone"),
    ("零分之一", "division by zero"),
    ("２０２３年", "a year is a date, not a numeral"),
    ("9" * 200, "longer than any numeral"),
    ("\x00\ufffd", "control and replacement characters"),
    ("一\n二", "a line break between digits"),
]


@pytest.mark.parametrize(("surface", "reason"), NOT_NUMERALS, ids=[case[0][:20] or "empty" for case in NOT_NUMERALS])
def test_not_a_numeral(surface, reason):
    assert parse_number(surface) is None, reason
    assert parse_numeral(surface) is None, reason


@pytest.mark.parametrize("bad", [None, 5, 3.2, b"5", ["5"]])
def test_misuse_raises_type_error(bad):
    with pytest.raises(TypeError):
        parse_number(bad)


# ---------------------------------------------------------------- the numeral pattern


def _compiled():
    return regex.compile(NUMERAL_PATTERN, regex.X)


def test_pattern_has_no_groups_and_embeds():
    compiled = _compiled()
    assert compiled.groups == 0 and not compiled.groupindex
    embedded = regex.compile(rf"(?P<number>{NUMERAL_PATTERN})\s*(?P<unit>万?元|人|个)", regex.X)
    match = embedded.search("全年投入5598.45亿元")
    assert match and match.group("number") == "5598.45亿" and match.group("unit") == "元"


PATTERN_SURFACES = [
    pytest.param(surface, id=surface)
    for _, surfaces in VALUES
    for surface in surfaces
    if not regex.search(r"\s", surface) and fold(surface)[0] not in "+-负"
]


@pytest.mark.parametrize("surface", PATTERN_SURFACES)
def test_pattern_fullmatches_every_positive_surface(surface):
    assert _compiled().fullmatch(fold(surface))


@pytest.mark.parametrize("surface", [s for s, _, _ in APPROXIMATE if " " not in s])
def test_pattern_fullmatches_inner_approximators(surface):
    assert _compiled().fullmatch(fold(surface))


# text -> the numerals the pattern finds in it, in order (searched on folded text,
# sliced from the original).
IN_CONTEXT = [
    ("举办活动8.5万余场次", ["8.5万"]),
    ("一是加强组织领导", ["一"]),
    ("建成5个示范区", ["5"]),
    ("覆盖1000余万人", ["1000余万"]),
    ("惠及十多万人", ["十多万"]),
    ("两千多人参加", ["两千"]),
    ("二十几个项目", ["二十几"]),
    ("十来万人", ["十来万"]),
    ("二十来岁", ["二十"]),
    ("增长12.5%", ["12.5"]),
    ("同比下降-9.4%", ["9.4"]),
    ("装机容量100兆瓦", ["100"]),
    ("投资五千万元", ["五千万"]),
    ("达1,100.9亿元", ["1,100.9亿"]),
    ("共４，５６５人", ["４，５６５"]),
    ("超过１．８万家", ["１．８万"]),
    ("同比增长1·8个百分点", ["1·8"]),
    ("3至5万人", ["3", "5万"]),
    ("第15次会议", ["15"]),
    ("规模达1万多亿元", ["1万多亿"]),
    ("占三分之二以上", ["三分之二"]),
    ("约十分之一", ["十分之一"]),
    ("十分重要", []),
    ("用时十分钟", ["十"]),
    ("百分之九十", ["九十"]),
    ("千分之三", ["三"]),
    ("提高3个百分点", ["3"]),
    ("百分点", []),
    ("全省四亿五千六百四十二万零一十五元", ["四亿五千六百四十二万零一十五"]),
    ("5万4千6百人", ["5万4千6百"]),
    ("共3万4000人次", ["3万4000"]),
    ("总额1.2萬億元", ["1.2萬億"]),
    ("二〇二三年", ["二〇二三"]),
    ("3.0.1版", ["3.0"]),
    ("五百余万元", ["五百余万"]),
    ("达到500万以上", ["500万"]),
    ("1,050,000元", ["1,050,000"]),
    ("约15 700个单位", ["15 700"]),
    ("零点五个百分点", ["零点五"]),
]


@pytest.mark.parametrize(("text", "expected"), IN_CONTEXT, ids=[case[0] for case in IN_CONTEXT])
def test_pattern_in_context(text, expected):
    found = []
    for match in _compiled().finditer(fold(text)):
        surface = text[match.start() : match.end()]
        assert fold(surface) == match.group()
        found.append(surface)
    assert found == expected


# ---------------------------------------------------------------- properties

_NUMERAL_ALPHABET = "0123456789.,·-+ 一二两三四五六七八九十百千万亿兆零〇点多余几来分之又负壹拾佰仟萬億"


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_never_raises_on_any_text(text):
    result = parse_number(text)
    assert result is None or isinstance(result, (int, float))


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_NUMERAL_ALPHABET, max_size=40))
def test_never_raises_on_numeral_like_text(text):
    result = parse_numeral(text)
    assert result is None or isinstance(result.value, (int, float))
    for match in _compiled().finditer(fold(text)):
        assert match.end() > match.start()


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_arabic_grouped_round_trip(number):
    grouped = f"{number:,}"
    assert parse_number(grouped) == number
    assert parse_number(str(number)) == number
    assert parse_number(grouped.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789,"})) == number


_CN = "零一二三四五六七八九"


def _to_chinese(number: int) -> str:
    """A plain reference rendering of a whole number in Chinese numerals."""
    if number == 0:
        return "零"
    groups = []
    while number:
        groups.append(number % 10000)
        number //= 10000
    names = ["", "万", "亿", "万亿"]
    parts = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if not group:
            continue
        leading = index == len(groups) - 1
        text = ""
        if not leading and group < 1000:
            text = "零"
        zero_pending = False
        for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = group // place % 10
            if digit == 0:
                zero_pending = bool(text) and not text.endswith("零")
                continue
            if zero_pending:
                text += "零"
                zero_pending = False
            text += _CN[digit] + unit
        if leading and 10 <= group < 20:
            text = text[1:]  # 十五, not 一十五
        parts.append(text + names[index])
    return "".join(parts)


@settings(max_examples=500, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_chinese_round_trip(number):
    surface = _to_chinese(number)
    assert parse_number(surface) == number, surface
    assert _compiled().fullmatch(surface)


def test_reference_rendering():
    assert _to_chinese(456420015) == "四亿五千六百四十二万零一十五"
    assert _to_chinese(10250) == "一万零二百五十"
    assert _to_chinese(15) == "十五"


# ---------------------------------------------------------------- peer suite

PEER_FILE = DATA / "recognizers-text" / "NumberModel.json"

# Deliberate deviations from Recognizers-Text, one reason each.
PEER_DEVIATIONS = {
    "40k": "English k abbreviation: not written in government Chinese",
    "一打": "colloquial dozen: a measure word, not a numeral",
    "壹打": "colloquial dozen: a measure word, not a numeral",
    "五十打": "colloquial dozen: a measure word, not a numeral",
    "半百": "literary idiom (half a hundred), not a statistic",
    "-3/2": "a slash writes dates and ratios (3/2), not fractions",
}


def _peer_cases():
    cases = []
    for case in json.loads(PEER_FILE.read_text(encoding="utf-8")):
        results = case["Results"]
        if len(results) != 1 or results[0]["Text"] != case["Input"]:
            continue
        expected = float(results[0]["Resolution"]["value"])
        marks = []
        if case["Input"] in PEER_DEVIATIONS:
            marks = [pytest.mark.xfail(strict=True, reason=PEER_DEVIATIONS[case["Input"]])]
        cases.append(pytest.param(case["Input"], expected, marks=marks, id=case["Input"]))
    return cases


PEER_CASES = _peer_cases()


def test_peer_suite_is_the_expected_one():
    assert len(PEER_CASES) == 242
    inputs = {param.values[0] for param in PEER_CASES}
    assert set(PEER_DEVIATIONS) <= inputs


def test_peer_number_model_share():
    """The share of the NumberModel whole-input cases that parse_number reads as the peer does (>= 0.95)."""
    good = 0
    for param in PEER_CASES:
        surface, expected = param.values
        got = parse_number(surface)
        good += got is not None and math.isclose(got, expected, rel_tol=1e-9)
    share = good / len(PEER_CASES)
    print(f"NumberModel through parse_number: {good}/{len(PEER_CASES)} = {share:.3f}")
    assert share >= 0.95


EXPONENTS = [("2e5", 200000), ("-12e-1", -1.2), ("12.32e+14", 1232000000000000), ("2^5", 32), ("2.5^-1", 0.4)]
NOT_EXPONENTS = ["e5", "2e", "2e99", "2^", "5G", "2x5"]


@pytest.mark.parametrize(("surface", "expected"), EXPONENTS)
def test_parse_number_reads_exponents(surface, expected):
    assert parse_number(surface) == pytest.approx(expected)
    assert parse_numeral(surface) is None  # a numeral in prose never has an exponent


@pytest.mark.parametrize("surface", NOT_EXPONENTS)
def test_parse_number_refuses_what_is_no_exponent(surface):
    assert parse_number(surface) is None


@pytest.mark.parametrize(("surface", "expected"), PEER_CASES)
def test_peer_number_model(surface, expected):
    got = parse_number(surface)
    assert got is not None and math.isclose(got, expected, rel_tol=1e-9), got


# ---------------------------------------------------------------- the called form of the pattern

_NUMERAL_CHARS = "0123456789.,· 零〇○一二两三四五六七八九十百千万亿兆廿卅壹贰叁拾佰仟多余几点分之又"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_NUMERAL_CHARS, max_size=14), st.text(alphabet=_NUMERAL_CHARS + "年元", max_size=3))
def test_called_numeral_pattern_matches_as_the_written_out_one(surface, before):
    # numbers.called_numeral_pattern writes each repeated part once and calls it: the same
    # language and the same matches, whole or found after some text (its look-behind reads it)
    from govextract.numbers import called_numeral_pattern

    written = regex.compile(NUMERAL_PATTERN, regex.X)
    called = regex.compile(called_numeral_pattern(), regex.X)
    assert len(called_numeral_pattern()) < len(NUMERAL_PATTERN) // 5
    assert (written.fullmatch(surface) is None) == (called.fullmatch(surface) is None)
    text = before + surface
    assert [m.span() for m in written.finditer(text)] == [m.span() for m in called.finditer(text)]
    assert [m.span() for m in written.finditer(text, overlapped=True)] == [
        m.span() for m in called.finditer(text, overlapped=True)
    ]
