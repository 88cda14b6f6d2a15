"""Scanning only the windows of a range finds the candidates that scanning all of it finds.

The quantity stage scans the runs of characters the candidate pattern can read
that hold a numeral character, and caches each run's candidates by its text
(govextract.quantities.windows).  These tests hold that shortcut to the whole
scan: on generated texts mixing numerals, unit and qualifier words, URLs,
spaces and characters the pattern never reads, and on ranges cut anywhere.
"""

from __future__ import annotations

from dataclasses import astuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govextract.enclosures import EnclosureIndex, find_enclosures
from govextract.quantities.candidates import find_candidates
from govextract.quantities.windows import alphabet_class, run_pattern

PIECES = [
    "2023年", "12.5%", "1,050", "15 700", "三", "十多万", "两三名", "百分之五", "翻一番", "翻番", "第三", "前三",
    "后3位", "的", "居全国首位", "位居全国第一", "超过", "出超", "约", "近", "以上", "左右", "亿元", "万人", "个百分点",
    "至", "-", "、", " ", "\n", "。", ",", "增长", "http://www.gov.cn/a1/2023", "a1@b.cn", "HK$", "负", "元",
    "千瓦", "500千", "瓦", "及以上", "万", "成", "一成不变", "“", "”", "《", "》", "5G", "8.", ".5", "零", "〇",
    "   ", "\n\n", "\u3000",
]


def _scan(text: str, start: int, end: int, *, windows: bool) -> list[tuple[object, ...]]:
    inside = EnclosureIndex(find_enclosures(text, 0, len(text)))
    return [astuple(c) for c in find_candidates(text, start, end, inside, windows=windows)]


def test_windows_are_on_for_the_candidate_pattern() -> None:
    assert run_pattern() is not None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.data())
def test_windows_find_what_the_whole_scan_finds(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert _scan(text, start, end, windows=True) == _scan(text, start, end, windows=False)


@pytest.mark.parametrize(
    ("source", "readable"),
    [
        (r"(?P<n>\d+)年", True),
        ("约[一二三]", True),
        (r"\w+", False),        # reads characters it does not name
        ("[^a]", False),
        ("a.b", False),
        ("a$", False),
        ("(?i)a", False),
        (r"\p{Han}", False),
        ("[一-龥]", True),       # a range of named characters
        (r"(?:(?<!\s)|\G)\s++约", True),  # where the search resumed, possessive runs
        ("(?(DEFINE)(?P<n>[一二]))约(?&n)", True),  # a named group defined once and called
        ("(?(1)a|b)", False),    # a conditional group
    ],
)
def test_alphabet_is_read_only_from_constructs_that_name_their_characters(source: str, readable: bool) -> None:
    assert (alphabet_class(source, verbose=False) is not None) is readable
