"""Comparison basis of changes: a table of sentences with negative twins, and the invariants.

The table is ``tests/data/quantities/basis/sentences.tsv`` (its layout is in
its header): each row lists quantities of one sentence with the basis they
must have (or none) and the words that state it; every quantity of the
sentence that has a basis must be listed, so a basis given where none is
stated fails its row.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA
from govextract import extract
from govextract.models import Basis

TABLE = DATA / "quantities" / "basis" / "sentences.tsv"


@dataclass(frozen=True)
class Row:
    id: str
    sentence: str
    cells: tuple[tuple[str, str | None, str | None], ...]  # (surface, basis, words)


def _rows() -> list[Row]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        row_id, sentence, *cells = line.split("\t")
        parsed = []
        for cell in cells:
            surface, basis, words = cell.split("|")
            parsed.append((surface, None if basis == "-" else basis, None if words == "-" else words))
        rows.append(Row(row_id, sentence.replace("\\n", "\n"), tuple(parsed)))
    return rows


ROWS = _rows()


def test_the_table_covers_every_basis_and_has_negative_twins():
    seen = {basis for row in ROWS for _, basis, _ in row.cells}
    assert {b.value for b in Basis} <= seen
    ids = {row.id for row in ROWS}
    assert len(ids) == len(ROWS)
    twins = [row.id for row in ROWS if row.id.endswith(("n", "n2")) and row.id.rsplit("n", 1)[0] in ids]
    assert len(twins) >= 15


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_basis_sentence(row: Row):
    document = extract(row.sentence)
    got = list(document.quantities)
    used: set[int] = set()
    for surface, basis, words in row.cells:
        match = next((i for i, q in enumerate(got) if q.text == surface and i not in used), None)
        assert match is not None, (surface, [q.text for q in got])
        used.add(match)
        q = got[match]
        stated = None if q.basis_start is None else row.sentence[q.basis_start:q.basis_end]
        assert (q.basis.value if q.basis else None, stated) == (basis, words), surface
    unlisted = [(q.text, q.basis) for i, q in enumerate(got) if i not in used and q.basis is not None]
    assert not unlisted


_PIECES = st.sampled_from([
    "同比", "环比", "比上年", "较年初", "比全省", "高于全国平均水平", "完成年度计划的", "按年", "与一季度相比",
    "增长", "下降", "提高", "回落", "5.1%", "0.3个百分点", "2倍", "，", "。", "；", "\n", "分别", "、",
    "全省", "工业增加值", "比重为", "年均", "1—10月",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_a_basis_lies_before_its_change_in_the_same_sentence(text: str):
    for q in extract(text).quantities:
        if q.basis is None:
            assert q.basis_start is None and q.basis_end is None
            continue
        assert q.basis_start is not None and q.basis_end is not None
        assert 0 <= q.basis_start < q.basis_end <= q.start
        assert not any(ch in "。\n" for ch in text[q.basis_end:q.start]), (text, q)
        assert q.kind.value in ("percent", "percentage_point", "multiple")
