"""Statistical tables converted to text: every numeric cell is a quantity of its row label.

The cases are in ``tests/data/quantities/tables.yaml`` (tables split by ``|``, tabs,
runs of spaces and single spaces; unit column or unit in the header; percent and
percentage-point change columns; negative growth; empty cells; date and time
columns), with their negative twins (short lines without a header row, a header
with one row, a header of words that name no columns).  Each case lists every
quantity of its text, so a table read twice (by the table stage and the prose
scan) or a cell read from prose fails it.
"""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DATA, assert_spans_consistent
from govextract import extract
from govextract.normalize import fold
from govextract.quantities.tables import find_tables

CASES = yaml.safe_load((DATA / "quantities" / "tables.yaml").read_text(encoding="utf-8"))
LEAD = "2024年全市国民经济和社会发展统计公报\n"  # a title line, so the case is the body


def _row(q, text: str) -> list:
    basis_words = text[q.basis_start:q.basis_end] if q.basis_start is not None else None
    return [q.text, q.value, q.kind.value, q.unit, q.subject,
            q.direction.value if q.direction else None, q.basis.value if q.basis else None, basis_words]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_table_case(case):
    text = LEAD + case["text"]
    document = extract(text)
    assert_spans_consistent(text, document)
    got = [_row(q, text) for q in document.quantities]
    expected = case["quantities"]
    assert len(got) == len(expected), got
    for row, want in zip(got, expected, strict=True):
        assert [w if w != "*" else r for r, w in zip(row, want, strict=True)] == row, (row, want)


def test_cases_cover_every_separator_and_twin():
    texts = [c["text"] for c in CASES]
    assert any("|" in t for t in texts) and any("\t" in t for t in texts)
    assert any("　" in t for t in texts) and any(c["quantities"] == [] for c in CASES)


def test_basis_offsets_cover_the_header_words():
    case = next(c for c in CASES if c["name"].startswith("pipes"))
    text = LEAD + case["text"]
    for q in extract(text).quantities:
        if q.basis is not None:
            assert text[q.basis_start:q.basis_end] == "比上年"
            assert text.rfind("\n", 0, q.basis_start) < text.index("指标 |") <= q.basis_start


def test_table_lines_are_not_read_by_the_prose_scan():
    case = next(c for c in CASES if c["name"].startswith("a table and the prose"))
    text = LEAD + case["text"]
    folded = fold(text)
    (table,) = find_tables(folded, 0, len(folded))
    inside = [q for q in extract(text).quantities if table.start <= q.start < table.end]
    assert all(q.text[-1].isdigit() for q in inside)  # cells only, no prose surface such as 5.3%


_CELL = st.one_of(
    st.sampled_from(["—", "-", "…", "", "14:05", "2024-10-25"]),
    st.decimals(min_value=-999, max_value=99999, places=2, allow_nan=False, allow_infinity=False).map(str),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["地区生产总值", "　其中：工业", "#民间投资", "税收收入"]),
                          st.sampled_from(["亿元", "万人", "%", "上年=100", "元/人", ""]), _CELL, _CELL),
                min_size=2, max_size=6),
       st.sampled_from([" | ", "\t", "  "]))
def test_any_table_keeps_offsets_and_reads_only_number_cells(rows, separator):
    header = separator.join(["指标", "单位", "绝对数", "比上年增长(%)"])
    lines = [header] + [separator.join(row) for row in rows]
    text = LEAD + "\n".join(lines) + "\n"
    document = extract(text)
    assert_spans_consistent(text, document)
    for q in document.quantities:
        assert q.text not in ("—", "-", "…", "14:05", "2024-10-25")
        assert q.value >= 0 or q.direction is None
