"""The reporting period of each quantity: which date mention governs it, and the interval it holds for.

The table lives in ``tests/data/quantities/periods/cases.tsv`` (tab-separated, ``#``
starts a comment line): published date, text (``\\n`` a line break), the
quantity's surface, the period's surface (``-`` for none), ``period_from``,
``period_to``.  Each case sits beside its negative twin.  A property checks
on generated releases that a period, when set, is one of the document's date
mentions, at the same offsets.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govextract
from conftest import DATA
from govextract.models import PageMetadata

PERIODS = DATA / "quantities" / "periods" / "cases.tsv"


class PeriodRow(NamedTuple):
    line: int
    published: datetime | None
    text: str
    surface: str
    period: str | None
    period_from: str | None
    period_to: str | None


def _rows() -> list[PeriodRow]:
    rows = []
    for number, line in enumerate(PERIODS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        assert len(cells) == 6, f"quantities/periods/cases.tsv:{number}: {line!r}"
        published, text, surface, *period = (None if cell == "-" else cell for cell in cells)
        assert text is not None and surface is not None, f"quantities/periods/cases.tsv:{number}"
        rows.append(PeriodRow(
            number, None if published is None else datetime.fromisoformat(published),
            text.replace("\\n", "\n"), surface, *period,
        ))
    return rows


ROWS = _rows()


def _extract(text: str, published: datetime | None) -> govextract.Document:
    return govextract.extract(text, page=PageMetadata(published_at=published) if published else None)


@pytest.mark.parametrize("row", ROWS, ids=[f"L{row.line}" for row in ROWS])
def test_period_row(row: PeriodRow) -> None:
    document = _extract(row.text, row.published)
    found = [q for q in document.quantities if q.text == row.surface]
    assert found, [q.text for q in document.quantities]
    quantity = found[0]
    assert (quantity.period, quantity.period_from, quantity.period_to) == (row.period, row.period_from, row.period_to)
    if quantity.period is not None:
        assert row.text[quantity.period_start:quantity.period_end] == quantity.period


def test_the_table_pairs_cases_with_negative_twins() -> None:
    assert sum(row.period is None for row in ROWS) >= 10
    assert sum(row.period is not None for row in ROWS) >= 20


_OPENERS = ["", "1—10月，", "2023年，", "今年以来，", "截至2024年底，", "年末", "十四五时期，", "五年来，", "上半年，"]
_CLAUSES = ["全省工业增加值增长4.1%", "比上年增长5.6%", "与一季度相比回落0.5个百分点", "常住人口7751万人",
            "其中10月份增长5.2%", "比2020年末提高2个百分点", "全年出生人口49.8万人", "为2019年以来最高的6%"]


@settings(max_examples=60, deadline=None)
@given(
    title=st.sampled_from(["", "2023年某省统计公报\n\n", "某市经济运行情况\n发布时间：2024-03-15\n\n"]),
    paragraphs=st.lists(
        st.tuples(st.sampled_from(_OPENERS), st.lists(st.sampled_from(_CLAUSES), min_size=1, max_size=4)),
        min_size=1, max_size=4,
    ),
    published=st.sampled_from([None, datetime(2024, 3, 15), datetime(2021, 3, 5)]),
)
def test_a_period_is_one_of_the_documents_date_mentions(title, paragraphs, published) -> None:
    text = title + "\n\n".join(opener + "，".join(clauses) + "。" for opener, clauses in paragraphs)
    document = _extract(text, published)
    mentions = {(m.start, m.end): m for m in document.dates}
    for quantity in document.quantities:
        if quantity.period is None:
            assert quantity.period_from is None and quantity.period_to is None
            continue
        mention = mentions.get((quantity.period_start, quantity.period_end))
        assert mention is not None and mention.text == quantity.period, quantity
        assert text[quantity.period_start:quantity.period_end] == quantity.period
        if mention.interval_start is None:
            assert quantity.period_from is None
        elif quantity.period_from is not None:
            assert mention.interval_start <= quantity.period_from <= mention.interval_end
            assert quantity.period_to is None or quantity.period_from <= quantity.period_to
