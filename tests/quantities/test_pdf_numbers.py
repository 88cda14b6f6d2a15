"""Numbers a PDF converter spaced out or broke across lines read as the same quantities as clean text.

Each case is a hard-wrapped passage (lines cut at the page width, so the
breaks are soft) holding one marked surface; the quantity found there must
have the value, kind, unit, approx and subject of the clean reading, and its
surface must be the exact substring, spaces and breaks included.
"""

from __future__ import annotations

import pytest

import govextract
from conftest import assert_spans_consistent

FILLER = "全市上下坚持稳中求进工作总基调，全力拼经济抓项目惠民生，经济运行回升向好，"
PAD = "各地各部门认真贯彻落实决策部署，扎实推进各项工作，推动经济社会持续健康发展，"


def _width(line: str) -> int:
    return sum(1 if ord(ch) < 0x100 else 2 for ch in line)


def _wrapped(passage: str) -> str:
    """The passage as a converter lays out a page: each of its breaks ends a full-width line.

    Every line runs to the width of ``FILLER`` + one character; the text before
    each break in ``passage`` is padded in front to that width, so the break is soft.
    """
    width = _width(FILLER) + 2
    first, *rest = passage.split("\n")
    lead = "质量发展扎实推进。"
    pad = ""
    for ch in PAD:
        if _width(lead + pad + "。" + first) >= width - 1:
            break
        pad += ch
    lines = [FILLER + "高", lead + (pad.rstrip("，") + "。" if pad else "") + first, *rest]
    return "\n".join(lines) + "\n" + FILLER + "发展\n质量稳步提升，人民群众获得感持续增强。\n"


# (case, passage, surface, value, kind, unit, approx, subject)
CASES = [
    ("space_before_unit", "全年实现地区生产总值 340 亿元，增长百分之五。", "340 亿元", 34000000000, "money", "元", "exact", "地区生产总值"),
    ("break_between_yi_and_yuan", "地方财政收入 46.57 亿\n元，增长百分之六。", "46.57 亿\n元", 4657000000, "money", "元", "exact", "地方财政收入"),
    ("break_between_number_and_unit", "第二产业增加值139.2\n亿元，增长百分之七。", "139.2\n亿元", 13920000000, "money", "元", "exact", "第二产业增加值"),
    ("spaced_rank", "县域经济综合实力在全省排名第 54 位，较上年前移。", "排名第 54 位", 54, "rank", None, "exact", "县域经济综合实力"),
    ("spaced_count", "新增规模以上工业企业 959 家，总数创历史新高。", "959 家", 959, "count", "家", "exact", "新增规模以上工业企业"),
    ("spaced_qualifier", "地区生产总值增长 6.5% 左右，保持稳定。", "6.5% 左右", 6.5, "percent", "%", "about", "地区生产总值"),
    ("qualifier_broken", "一般性支出压减 10% 以\n上，三公经费只减不增。", "10% 以\n上", 10, "percent", "%", "at_least", "一般性支出"),
    ("unit_word_broken", "常住人口城镇化率比上年末提高１．２个百\n分点，稳步提升。", "１．２个百\n分点", 1.2, "percentage_point", "百分点", "exact", "常住人口城镇化率"),
    ("full_width_digits", "年末全县户籍人口５８．６万人，保持稳定。", "５８．６万人", 586000, "count", "人", "exact", "年末全县户籍人口"),
    ("metric_broken", "县城污水处理\n率达到96.3%，持续提高。", "96.3%", 96.3, "percent", "%", "exact", "县城污水处理\n率"),
]


@pytest.mark.parametrize(
    ("passage", "surface", "value", "kind", "unit", "approx", "subject"),
    [c[1:] for c in CASES], ids=[c[0] for c in CASES],
)
def test_spaced_and_broken_numbers(passage, surface, value, kind, unit, approx, subject) -> None:
    text = _wrapped(passage)
    document = govextract.extract(text)
    found = [q for q in document.quantities if q.text == surface]
    assert found, [q.text for q in document.quantities]
    quantity = found[0]
    assert (quantity.value, quantity.kind.value, quantity.unit, quantity.approx.value, quantity.subject) == (
        value, kind, unit, approx, subject)
    assert text[quantity.start:quantity.end] == surface
    assert_spans_consistent(text, document)


# Page furniture is no quantity, and no subject runs across it.
PAGE_NUMBER_CASES = [
    ("em_dash_page_number", "— 3 —"),
    ("hyphen_page_number", "- 3 -"),
    ("page_of_pages", "第3页 共10页"),
    ("page_of_pages_spaced", "第 3 页 共 10 页"),
]


@pytest.mark.parametrize("furniture", [c[1] for c in PAGE_NUMBER_CASES], ids=[c[0] for c in PAGE_NUMBER_CASES])
def test_page_numbers_are_no_quantities(furniture: str) -> None:
    text = (f"{FILLER}社会消费品零售总\n{furniture}\n额215.8亿元，增长8.4%，城镇居民人均可支配收入52318元，\n"
            f"{FILLER}增长5.3%。\n")
    document = govextract.extract(text)
    assert [q.text for q in document.quantities] == ["215.8亿元", "8.4%", "52318元", "5.3%"]
    assert all(furniture not in (q.subject or "") for q in document.quantities)
    assert_spans_consistent(text, document)


def test_clean_text_reads_the_same() -> None:
    clean = govextract.extract("全年实现地区生产总值340亿元，地方财政收入46.57亿元，在全省排名第54位。")
    spaced = govextract.extract(_wrapped("全年实现地区生产总值 340 亿元，地方财政收入 46.57 亿\n元，在全省排名第 54 位。"))
    assert [(q.value, q.kind, q.unit, q.approx, q.subject) for q in clean.quantities] == [
        (q.value, q.kind, q.unit, q.approx, q.subject) for q in spaced.quantities]
