"""govextract.render on its own: marks nested and split, every quantity one element, escaping, inputs of every kind."""

from __future__ import annotations

import base64
import hashlib
import re
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from page_dom import body_text, elements, quantity_elements

import govextract
from conftest import DATA, FIXTURES, RELEASES, SEED
from govextract.batch import read_page
from govextract.models import Document, Quantity, QuantityKind
from govextract.view.spans import RANK, Mark, Node, nest, settle_cuts, split_crossing

PAGES = DATA / "pages"
TRADITIONAL = [*sorted((RELEASES / "hong_kong_macau_taiwan").glob("*.txt")), FIXTURES / "105_macau_traditional.txt"]


# ---------------------------------------------------------------- nesting and splitting, table-driven


def _tree(nodes: list[Node]) -> str:
    """A forest as ``category start:end`` with children in brackets; ``*`` marks a piece of a cut mark."""
    return " ".join(
        f"{n.mark.category}{n.mark.start}:{n.mark.end}{'*' if n.mark.part else ''}"
        + (f"({_tree(n.children)})" if n.children else "")
        for n in nodes
    )


NESTING_CASES = [
    # (marks as (category, start, end), cuts, expected forest)
    ([("quantity", 0, 2), ("date", 3, 5)], [], "quantity0:2 date3:5"),
    ([("subject", 0, 10), ("quantity", 4, 6)], [], "subject0:10(quantity4:6)"),
    # a subject running into a quantity is cut at the quantity's start; the quantity stays whole
    ([("quantity", 2, 6), ("subject", 0, 4)], [], "subject0:2* quantity2:6(subject2:4*)"),
    # a date crossing a quantity's end is cut at that end
    ([("quantity", 0, 4), ("date", 2, 7)], [], "quantity0:4(date2:4*) date4:7*"),
    # the same extent: the date encloses the period that underlines it
    ([("period", 0, 4), ("date", 0, 4)], [], "date0:4(period0:4)"),
    # two subjects crossing: the first taken stays whole
    ([("subject", 0, 5), ("subject", 3, 8)], [], "subject0:5(subject3:5*) subject5:8*"),
    # a point holding a quantity, and a program crossing the point's end: the point (ranked lower) is cut
    ([("point", 0, 10), ("quantity", 2, 4), ("program", 8, 12)], [], "point0:8*(quantity2:4) program8:12(point8:10*)"),
    # a cut (a section's start) cuts what spans it
    ([("theme", 0, 10)], [5], "theme0:5* theme5:10*"),
    # a quantity inside a date's extent keeps its place inside it
    ([("date", 0, 8), ("quantity", 0, 4)], [], "date0:8(quantity0:4)"),
    # a 《》 document crossing a point label
    ([("document", 1, 3), ("point-label", 0, 2)], [], "point-label0:1* document1:3(point-label1:2*)"),
]


@pytest.mark.parametrize("marks, cuts, expected", NESTING_CASES, ids=[c[2] for c in NESTING_CASES])
def test_marks_nest_and_crossing_ones_are_split(marks, cuts, expected):
    pieces = split_crossing([Mark(start, end, category) for category, start, end in marks], cuts)
    assert _tree(nest(pieces)) == expected


@pytest.mark.parametrize(
    "cuts, quantities, expected",
    [([3], [(2, 6)], [6]), ([2, 6], [(2, 6)], [2, 6]), ([3], [(2, 6), (6, 9)], [6]), ([5, 1], [], [1, 5])],
)
def test_a_cut_inside_a_quantity_moves_to_its_end(cuts, quantities, expected):
    assert settle_cuts(cuts, quantities) == expected


_spans = st.tuples(st.sampled_from(RANK), st.integers(0, 40), st.integers(1, 12)).map(
    lambda t: Mark(t[1], t[1] + t[2], t[0])
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_spans, max_size=25), st.lists(st.integers(0, 52), max_size=4))
def test_pieces_never_cross_and_cover_their_marks(marks, cuts):
    quantities = [m for m in marks if m.category == "quantity"]
    # quantities of a record never overlap one another
    marks = [m for m in marks if m.category != "quantity"] + [
        q for i, q in enumerate(quantities) if all(q.end <= p.start or p.end <= q.start for p in quantities[:i])
    ]
    cuts = settle_cuts(cuts, [(m.start, m.end) for m in marks if m.category == "quantity"])
    pieces = split_crossing(marks, cuts)
    for a in pieces:
        for b in pieces:
            assert a.end <= b.start or b.end <= a.start or (a.start <= b.start and b.end <= a.end) or (
                b.start <= a.start and a.end <= b.end
            ), (a, b)
        assert not any(a.start < cut < a.end for cut in cuts)
    for mark in marks:
        own = sorted((p.start, p.end) for p in pieces if p.category == mark.category and mark.start <= p.start < mark.end)
        assert own[0][0] == mark.start
        if mark.category == "quantity":
            assert (mark.start, mark.end) in own and mark in pieces  # never cut
    nest(pieces)  # raises on a crossing


# ---------------------------------------------------------------- every quantity is one element


def _page(path):
    text = govextract.load_text(path)
    document = govextract.extract(text, source=path.name)
    return text, document, govextract.render(document, text)


def assert_every_quantity_is_one_element(text: str, document: Document, page: str) -> None:
    found = quantity_elements(page)
    ordered = sorted(document.quantities, key=lambda q: (q.start, q.end))
    assert [e.text for e in found] == [q.text for q in ordered]
    for element, quantity in zip(found, ordered, strict=True):
        index = int(element.attrs["data-index"])
        assert document.quantities[index] is quantity
        assert element.attrs["id"] == f"q{index}" and element.attrs["tabindex"] == "0"
        assert element.attrs["data-kind"] == quantity.kind.value
        assert element.attrs["data-value"] == str(quantity.value)
        assert element.attrs.get("data-unit") == quantity.unit
        assert element.attrs["data-approx"] == quantity.approx.value
        assert element.attrs.get("data-subject") == quantity.subject
        assert element.attrs.get("data-period") == quantity.period
        assert element.attrs.get("data-basis") == (quantity.basis.value if quantity.basis else None)
        tip = element.attrs["data-tip"]
        assert f"kind: {quantity.kind.value}" in tip and f"subject: {quantity.subject or '—'}" in tip
    assert body_text(page) == text  # the whole text, once, in order, and nothing else in the text blocks


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.txt")), ids=lambda p: p.name)
def test_every_quantity_of_a_fixture_is_one_element_whose_text_is_its_surface(path):
    assert_every_quantity_is_one_element(*_page(path))


@pytest.mark.parametrize("path", TRADITIONAL, ids=lambda p: p.name)
def test_traditional_script_releases_render_every_quantity(path):
    text, document, page = _page(path)
    assert document.quantities
    assert '<html lang="zh-Hant">' in page  # the CJK fonts take their traditional glyphs
    assert_every_quantity_is_one_element(text, document, page)


def test_seed_page_shows_structure_and_records():
    _text, document, page = _page(SEED)
    assert '<html lang="zh-Hans">' in page
    found = elements(page)
    assert sum("sec-head" in e.classes for e in found) == len(document.sections)
    themes = [e for e in found if "theme" in e.classes]
    assert [e.text for e in themes] == [s.theme for s in document.sections if s.theme]
    assert all(e.attrs["role"] == "heading" for e in themes)
    keywords = [e.text for e in found if "kw" in e.classes]
    assert keywords == [k for s in document.sections for k in s.keywords]
    labels = [e.text for e in found if "point-label" in e.classes and "sw" not in e.classes]
    assert labels == [p.label for s in document.sections for p in s.points]
    tail = [e for e in found if "tail" in e.classes and "seg" in e.classes]
    assert len(tail) == 1 and "国际在线版权与信息产品内容销售的声明" in tail[0].text
    assert [e.text for e in found if "doc" in e.classes and "m" in e.classes] == [d.title for d in document.documents]
    programs = [e.text for e in found if "program" in e.classes and "m" in e.classes]
    assert set(programs) == {p.name for p in document.programs}
    meta = next(e for e in found if e.tag == "table" and "meta" in e.classes).text
    assert all(v in meta for v in (document.title, document.outlet, document.editor, "2023-02-03T14:05:57"))
    rows = [e for e in found if e.tag == "tr" and (e.attrs.get("id") or "").startswith("row-q")]
    assert len(rows) == len(document.quantities)
    links = [e.attrs["href"] for e in found if "jump" in e.classes]
    assert links == [f"#q{i}" for i in range(len(document.quantities))]
    buttons = [e for e in found if e.tag == "button"]
    assert len(buttons) == 9 and all(b.attrs["type"] == "button" for b in buttons)
    legend = {e.text for e in found if "sw" in e.classes}
    assert {k.value for k in QuantityKind} <= legend


def test_records_from_a_saved_page_render_from_their_own_text():
    pytest.importorskip("trafilatura")
    for name in ("city_plan_utf8.html", "hong_kong_budget_big5.html"):
        item = read_page(PAGES / name)
        document = item.extract(govextract.Extractor())
        assert document.text is not None
        page = govextract.render(document)  # the text is the record's own
        assert_every_quantity_is_one_element(document.text, document, page)


# ---------------------------------------------------------------- escaping


HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<script>document.documentElement.setAttribute('data-pwned','script')</script>",
    "\"'><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">",
]


def hostile_text() -> str:
    return (
        f"{HOSTILE[0]}通报\n2024-05-16 09:30 来源：{HOSTILE[1]}\n\n"
        f"  一、{HOSTILE[2]}\n\n  全省“{HOSTILE[1]}”工程投资增长5%，印发《{HOSTILE[0]}》。"
        f"{HOSTILE[3]}指标达到90%以上。\n\n【打印】【关闭】{HOSTILE[0]}\n"
    )


def _only_our_markup(page: str) -> None:
    found = elements(page)
    assert not [e for e in found if e.tag == "img"]
    assert [e.tag for e in found].count("script") == 1
    assert not [e for e in found if any(name.startswith("on") for name in e.attrs)]
    assert not [e for e in found if "data-pwned" in e.attrs]


def test_hostile_text_is_shown_as_text_and_adds_no_element():
    text = hostile_text()
    document = govextract.extract(text)
    page = govextract.render(document, text)
    _only_our_markup(page)
    assert body_text(page) == text
    for payload in HOSTILE:
        assert payload in body_text(page)
    assert_every_quantity_is_one_element(text, document, page)


def test_hostile_record_fields_are_escaped_in_attributes():
    subject = HOSTILE[1] + "指标"
    text = f"{subject}增长5%"
    quantity = Quantity(
        start=len(subject) + 2, end=len(text), text="5%", value=5, kind="percent", unit=HOSTILE[3],
        subject=subject, subject_start=0, subject_end=len(subject),
    )
    document = Document(length=len(text), body_end=len(text), quantities=[quantity], source=HOSTILE[0], title=HOSTILE[1])
    page = govextract.render(document, text)
    _only_our_markup(page)
    (element,) = quantity_elements(page)
    assert element.attrs["data-subject"] == subject and element.attrs["data-unit"] == HOSTILE[3]
    assert "<title>&quot;&gt;&lt;img" in page


def test_the_page_fetches_nothing_and_allows_only_its_own_script():
    _text, _, page = _page(SEED)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:|//)""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page
    script = resources.files("govextract.view").joinpath("view.js").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page and "default-src 'none'" in page
    assert f"<script>{script}</script>" in page


def test_carriage_returns_survive_in_the_elements_text():
    text = "标题\r\n\r\n  全省地区生产总值增长5.2%，\r\n达到1.2万亿元。\r\n"
    document = govextract.extract(text)
    page = govextract.render(document, text)
    assert "\r" not in page  # written as &#13;, which a parser keeps as a carriage return
    assert_every_quantity_is_one_element(text, document, page)


# ---------------------------------------------------------------- misuse


def test_a_record_without_its_text_is_refused_with_a_clear_error():
    document = govextract.extract("增长5%。")
    with pytest.raises(ValueError, match="carries no text"):
        govextract.render(document)
    with pytest.raises(ValueError, match="does not index this text"):
        govextract.render(document, "增长6%。")
    with pytest.raises(ValueError, match="does not index this text"):
        govextract.render(document, "增长5%。。")
    with pytest.raises(TypeError, match=re.escape("takes a govextract.Document, not dict")):
        govextract.render(document.model_dump(), "增长5%。")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be a str"):
        govextract.render(document, b"x")  # type: ignore[arg-type]


def test_an_empty_release_is_a_page():
    document = govextract.extract("")
    page = govextract.render(document, "")
    assert page.startswith("<!doctype html>") and "Quantities (0)" in page


_PIECES = [
    "全省地区生产总值增长5.2%", "，", "。", "达到1.2万亿元", "同比", "比上年", "2023年", "一季度", "“一网通办”", "《实施方案》",
    "一是", "二是", "\n\n", "\r\n", "一、总体要求\n", "<", ">", "&", '"', "'", "<script>", "&amp;", "\x00", "约", "8.5万余场次",
    "澳門", "億元", "注册用户数突破1亿", " ", "——", "【打印】",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_release_renders_its_whole_text_and_each_quantity_as_one_element(pieces):
    text = "".join(pieces)
    document = govextract.extract(text)
    page = govextract.render(document, text)
    assert "\r" not in page
    assert [e.tag for e in elements(page)].count("script") == 1
    assert_every_quantity_is_one_element(text, document, page)
