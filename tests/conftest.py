"""Shared test helpers: the offset invariant and the golden-file switch."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite fixtures/*.expected.json from the current output (review the diff by hand)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def assert_spans_consistent(text: str, document) -> None:
    """Every span of ``document`` covers exactly its surface in ``text``, and the outline is well formed."""
    errors = document.span_errors(text)
    assert not errors, "\n".join(errors)
    assert 0 <= document.body_start <= document.body_end <= len(text)
    for section in document.sections:
        assert document.body_start <= section.start <= section.end <= document.body_end
        if section.marker is not None:
            assert text[section.start:section.start + len(section.marker)] == section.marker
        if section.parent is not None:
            assert document.sections[section.parent].level < section.level
        for point in section.points:
            assert text[point.label_start:point.label_start + len(point.label)] == point.label
    for record in (*document.quantities, *document.programs, *document.documents):
        in_title = document.title_start is not None and document.title_start <= record.start < (document.title_end or 0)
        assert in_title or document.body_start <= record.start <= record.end <= document.body_end, record
    for mention in document.dates:
        assert mention.end <= document.body_end, mention

OPEN, CLOSE = "⟦", "⟧"


def unmark(marked: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove ⟦⟧ markers from a table case; return the text and the marked spans."""
    text, spans, start = "", [], 0
    for ch in marked:
        if ch == OPEN:
            start = len(text)
        elif ch == CLOSE:
            spans.append((start, len(text)))
        else:
            text += ch
    return text, spans


def nth_mention(records, surface: str, occurrence: int):
    """The ``occurrence``-th record (0-based) whose surface is ``surface``, or None."""
    found = [r for r in records if r.text == surface]
    return found[occurrence] if len(found) > occurrence else None


def assert_key_quantity(document, surface, occurrence, value, value_max, kind, unit, approx, subject, direction):
    """A hand-written expectation of one quantity of a whole release; ``*`` leaves a field unchecked."""
    q = nth_mention(document.quantities, surface, occurrence)
    assert q is not None, [x.text for x in document.quantities]
    assert (q.value, q.value_max, q.kind.value, q.unit, q.approx.value) == (value, value_max, kind, unit, approx)
    if subject != "*":
        assert q.subject == subject
    if direction != "*":
        assert (q.direction.value if q.direction else None) == direction


def assert_key_date(document, surface, occurrence, value):
    """A hand-written expectation of one date mention of a whole release."""
    mention = nth_mention(document.dates, surface, occurrence)
    assert mention is not None, [x.text for x in document.dates]
    assert mention.value == value
