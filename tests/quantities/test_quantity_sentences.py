"""A hand-labelled corpus of release sentences, scored for quantity precision and recall.

The sentences live in ``tests/data/quantities/*.tsv``, one file per
domain (finance, industry, agriculture, environment, health, education,
transport, housing, employment, tourism, science, social security, rural
revitalization, Hong Kong/Macau/Taiwan, negatives).  Layout, tab-separated::

    id <TAB> sentence [<TAB> quantity]...

with one cell per expected quantity, in text order::

    surface|value|value_max|kind|unit|approx|subject|direction

``-`` is None; ``*`` (subject and direction only) is not checked.  A row
without quantity cells expects none.  Lines starting with ``#`` are comments.

A quantity *matches* when (surface, value, value_max, kind, unit, approx) are
equal; precision and recall are counted on those keys, subject accuracy on the
matched quantities whose subject is labelled.  Every row must be exact (keys,
subjects, directions) unless it is listed in ``KNOWN_FAILURES`` (strict xfail,
so a fix forces the list to change).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pytest

from conftest import DATA
from govextract.models import Quantity
from govextract.normalize import fold
from govextract.quantities import find_quantities

SENTENCES = DATA / "quantities"

# Floors for the aggregate figures: raise them when the extractor improves.
MIN_PRECISION = 1.0
MIN_RECALL = 1.0
MIN_SUBJECT_ACCURACY = 0.995

# Rows the extractor gets wrong today, each with the reason (strict xfail).
KNOWN_FAILURES: dict[str, str] = {}  # edu11 (补助 stripped as a trailing word) fixed in the domain sweep


@dataclass(frozen=True)
class Expected:
    surface: str
    value: float
    value_max: float | None
    kind: str
    unit: str | None
    approx: str
    subject: str | None  # "*" = not checked
    direction: str | None  # "*" = not checked


@dataclass(frozen=True)
class Row:
    id: str
    sentence: str
    expected: tuple[Expected, ...]


def _none(cell: str) -> str | None:
    return None if cell == "-" else cell


def _number(cell: str) -> float | None:
    return None if cell == "-" else float(cell)


def _parse_quantity(cell: str) -> Expected:
    fields = cell.split("|")
    assert len(fields) == 8, f"a quantity cell has 8 fields: {cell!r}"
    surface, value, value_max, kind, unit, approx, subject, direction = fields
    return Expected(surface, float(value), _number(value_max), kind, _none(unit), approx,
                    _none(subject), _none(direction))


def load_rows() -> list[Row]:
    rows = []
    for path in sorted(SENTENCES.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            rows.append(Row(cells[0], cells[1], tuple(_parse_quantity(c) for c in cells[2:])))
    return rows


ROWS = load_rows()


def _find(sentence: str) -> list[Quantity]:
    found = find_quantities(sentence, fold(sentence))
    for q in found:
        assert sentence[q.start:q.end] == q.text
        if q.subject is not None:
            assert sentence[q.subject_start:q.subject_end] == q.subject
    return found


def _same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def _matches(expected: Expected, q: Quantity) -> bool:
    return (
        q.text == expected.surface
        and _same_number(q.value, expected.value)
        and _same_number(q.value_max, expected.value_max)
        and q.kind.value == expected.kind
        and q.unit == expected.unit
        and q.approx.value == expected.approx
    )


def _pair(row: Row, found: list[Quantity]) -> list[tuple[Expected, Quantity]]:
    """Matched (expected, found) pairs; each found quantity is used once."""
    pairs, used = [], set()
    for expected in row.expected:
        for i, q in enumerate(found):
            if i not in used and _matches(expected, q):
                pairs.append((expected, q))
                used.add(i)
                break
    return pairs


def _subject_ok(expected: Expected, q: Quantity) -> bool:
    return expected.subject == "*" or q.subject == expected.subject


def _direction_ok(expected: Expected, q: Quantity) -> bool:
    found = q.direction.value if q.direction is not None else None
    return expected.direction == "*" or found == expected.direction


def _describe(q: Quantity) -> str:
    direction = q.direction.value if q.direction else "-"
    return (f"{q.text}|{q.value}|{q.value_max if q.value_max is not None else '-'}|{q.kind.value}|"
            f"{q.unit or '-'}|{q.approx.value}|{q.subject or '-'}|{direction}")


def test_corpus_is_well_formed():
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids)), "row ids must be unique"
    assert len(ROWS) >= 250
    assert set(KNOWN_FAILURES) <= set(ids), "a known failure names a row that does not exist"
    for row in ROWS:
        for expected in row.expected:
            assert expected.surface in row.sentence, (row.id, expected.surface)


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(row, id=row.id, marks=pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[row.id]))
        if row.id in KNOWN_FAILURES else pytest.param(row, id=row.id)
        for row in ROWS
    ],
)
def test_sentence(row: Row):
    found = _find(row.sentence)
    got = "\n".join(_describe(q) for q in found) or "(none)"
    assert len(found) == len(row.expected), f"{row.sentence}\n{got}"
    for expected, q in zip(row.expected, found, strict=True):
        assert _matches(expected, q), f"{row.sentence}\nexpected {expected}\ngot\n{got}"
        assert _subject_ok(expected, q), f"{row.sentence}: subject {q.subject!r}, expected {expected.subject!r}"
        assert _direction_ok(expected, q), f"{row.sentence}: direction {q.direction}, expected {expected.direction}"


def score(rows: list[Row]) -> dict[str, float]:
    """Precision, recall and subject accuracy over ``rows``."""
    found_total = expected_total = matched = subject_total = subject_right = 0
    for row in rows:
        found = _find(row.sentence)
        pairs = _pair(row, found)
        found_total += len(found)
        expected_total += len(row.expected)
        matched += len(pairs)
        for expected, q in pairs:
            if expected.subject != "*":
                subject_total += 1
                subject_right += _subject_ok(expected, q)
    return {
        "precision": matched / found_total if found_total else 1.0,
        "recall": matched / expected_total if expected_total else 1.0,
        "subject_accuracy": subject_right / subject_total if subject_total else 1.0,
        "found": found_total,
        "expected": expected_total,
        "matched": matched,
    }


def test_aggregate_scores():
    figures = score(ROWS)
    summary = (
        f"{len(ROWS)} sentences, {figures['expected']} expected, {figures['found']} found, "
        f"{figures['matched']} matched: precision {figures['precision']:.3f}, recall {figures['recall']:.3f}, "
        f"subject accuracy {figures['subject_accuracy']:.3f}, {len(KNOWN_FAILURES)} known failures"
    )
    assert figures["precision"] >= MIN_PRECISION, summary
    assert figures["recall"] >= MIN_RECALL, summary
    assert figures["subject_accuracy"] >= MIN_SUBJECT_ACCURACY, summary
