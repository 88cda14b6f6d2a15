"""A measured corpus of date mentions, written as realistic release sentences.

The rows live in ``tests/data/dates/sentences.tsv`` (tab-separated, ``#``
starts a comment line): ``reference date, sentence with every date mention
between ⟦ and ⟧, values in order (| separated, - for an unresolved value) [,
reason]``.  A row with a fourth column is a known failure: it runs as a strict
xfail with that column as its reason, so a fix forces the row to move.  A
summary test asserts the accuracy over the whole set, failures included.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from conftest import DATA, unmark
from govextract.dates import find_dates
from govextract.normalize import fold

SENTENCES = DATA / "dates" / "sentences.tsv"


def _rows() -> list[list[str]]:
    """``[line number, *cells]`` of every row of ``dates/sentences.tsv``."""
    rows = []
    for number, line in enumerate(SENTENCES.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        assert len(parts) in (3, 4), f"dates/sentences.tsv:{number}: {line!r}"
        rows.append([str(number), *parts])
    return rows


def _marks(reason: str | None) -> list:
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


class DateRow(NamedTuple):
    line: str
    reference: date | None
    marked: str
    values: list[str | None]
    reason: str | None


DATE_ROWS = [
    DateRow(
        line,
        None if reference == "-" else date.fromisoformat(reference),
        marked,
        [None if value == "-" else value for value in values.split("|")] if values else [],
        rest[0] if rest else None,
    )
    for line, reference, marked, values, *rest in _rows()
]


def _date_outcome(row: DateRow) -> list[tuple[int, int, str | None]]:
    text, _spans = unmark(row.marked)
    found = find_dates(text, fold(text), reference=row.reference)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return [(m.start, m.end, m.value) for m in found]


def _date_expected(row: DateRow) -> list[tuple[int, int, str | None]]:
    _text, spans = unmark(row.marked)
    assert len(spans) == len(row.values), f"line {row.line}: {len(spans)} marked spans, {len(row.values)} values"
    return [(start, end, value) for (start, end), value in zip(spans, row.values, strict=True)]


@pytest.mark.parametrize(
    "row",
    [pytest.param(row, id=f"L{row.line}", marks=_marks(row.reason)) for row in DATE_ROWS],
)
def test_date_row(row: DateRow) -> None:
    assert _date_outcome(row) == _date_expected(row)


def test_date_corpus_size_and_accuracy() -> None:
    assert len(DATE_ROWS) >= 80
    right = sum(_date_outcome(row) == _date_expected(row) for row in DATE_ROWS)
    assert right == len(DATE_ROWS) - sum(row.reason is not None for row in DATE_ROWS)
    assert right / len(DATE_ROWS) >= 0.9
