"""The candidate pattern calls its one numeral group (n1) where it needs another; it matches as the
pattern with every numeral written out."""

from __future__ import annotations

from functools import cache

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from govextract.quantities import pattern

PIECES = [*"0123456789.,%-+ 一二两三四五六七八九十百千万亿零〇几多余来约超过以上左右至到—第前后位名翻番倍成负元个家人年次兆居全国首",
          "百分之", "千分之", "万亿", "以上", "第一", "翻一番", "位居全国", "两三", "三五", "港币", "HK$", "1,050", "15 700"]


@cache
def patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    return pattern.candidate_pattern(), regex.compile(pattern.candidate_source(inline_numerals=True), regex.VERBOSE)


def _matches(compiled: regex.Pattern[str], text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    names = list(compiled.groupindex)
    return [(m.span(), [m.span(name) for name in names]) for m in compiled.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join))
def test_shared_numeral_matches_as_numerals_written_out(text: str) -> None:
    shared, inline = patterns()
    assert _matches(shared, text) == _matches(inline, text)


def test_shared_numeral_on_release_phrases() -> None:
    shared, inline = patterns()
    text = "位居全国第三，前三名，翻一番，超过两三家，百分之五十，港币47亿元，增长20%—30%，3至5个，700多个，8.5万余场次，一百零几万。"
    assert _matches(shared, text) == _matches(inline, text)
    assert len(_matches(shared, text)) >= 10
