"""The shared test harness: paths, the golden-file switch, table helpers and every whole-release check.

Test modules live in one folder per dimension (``numbers/``, ``quantities/``,
``dates/``, ``programs/``, ``structure/``, ``metadata/``, ``keywords/``,
``batch/``), plus ``releases/`` (whole documents, data-driven), ``contract/``
(golden files, the seed release, invariants, models, doctests) and ``text/``
(folding and enclosures).  There is no ``__init__.py``: pytest imports each
module by its unique basename and puts this folder on ``sys.path``, so every
module can ``from conftest import …``: the paths (``FIXTURES``, ``DATA``,
``SEED``), ``unmark`` and ``nth_mention`` for table cases, ``sections_of`` for
the structure tests, ``SEED_QUANTITIES`` and the whole-release loaders and checks.

Whole releases
--------------
``tests/data/releases/<genre>/NAME.txt`` is a release as a scraper gives it, written
for these tests (read with ``newline=""``: a CRLF file keeps its line endings);
``NAME.expected.yaml`` beside it says what a careful reader finds in it, written
from the text, not dumped from the code.  Every key is optional (absent: not checked):

* ``length: [min, max]`` characters; ``line_endings: crlf`` (any other text has no CR);
* ``header:`` Document fields (title, subtitle, published_at, outlet, editor,
  chief_editor, author, reporters, dateline), only those present; ``null`` = None;
  a date without a time is midnight;
* ``body:`` ``starts_with`` (the body's first words) and ``tail`` (the trailing
  boilerplate's first words; ``null`` = the body runs to the end); never blank;
* ``outline:`` ``[level, parent, marker, theme]`` of every section;
* ``points:`` section index -> ``[label, text]`` of every point, unlisted sections
  have none; ``section_points:`` the same for the listed sections only;
* ``quantities:`` ``{surface, value, value_max, kind, unit, approx, subject}`` and
  optional ``occurrence`` (the n-th mention of that surface, 0-based; without it,
  some mention of that surface) and ``direction``; ``"*"`` = not checked (an
  absent ``direction`` too), ``null`` = None; ``not_quantities:`` surfaces none has;
* ``table_cells:`` ``{surface, occurrence, value, kind, unit, subject, direction, basis}``
  of the cells of statistical tables (no stretch of text read as two quantities);
* ``dates:`` ``{surface, occurrence, value}`` (``null`` = unresolved);
* ``programs:`` ``{name, head, category}``: some quoted name so named has this head
  and category (the n-th so named, with ``occurrence``); names and heads cover
  their offsets;
* ``documents:`` the 《》 titles in order;
* ``bases:`` ``{surface, basis}`` with optional ``occurrence`` and ``words``: the
  quantity with that surface (the n-th, with ``occurrence``; else some one) has
  that comparison basis (``null`` = none) and ``text[basis_start:basis_end] ==
  words``; every quantity with a basis has its surface listed (checked by
  ``check_bases``);
* ``keywords:`` words among some section's keywords, or section index -> words
  among that section's; ``not_keywords:`` words no section has.

* ``complete: [periods, bases]``: ``periods:`` names every quantity of the document
  and ``bases:`` every percent, percentage point and multiple (by surface and
  ``occurrence``; an entry without ``occurrence`` names a surface found once), so
  the lists are whole-document expectations (``check_periods_complete``,
  ``check_bases_complete``).

An entry of ``quantities``, ``dates``, ``programs``, ``periods`` or ``bases`` may carry
``xfail: "reason"``: it runs as a test of its own, a strict xfail.  ``tests/data/releases/README.md``
says the same, with the decisions the expectations encode.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import govextract
from govextract.normalize import fold
from govextract.sections import find_sections

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = ROOT / "fixtures"
DATA = TESTS / "data"
RELEASES = DATA / "releases"
SEED = FIXTURES / "000_ed59100b0a95fe47.txt"


def load_benchmark(name: str) -> ModuleType:
    """The script ``benchmarks/NAME.py`` as a module (the benchmarks folder is no package)."""
    spec = importlib.util.spec_from_file_location(f"benchmark_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

# The genres of tests/data/releases, each with the number of documents it holds
# at least (a missing file fails the corpus checks in releases/test_releases.py).
GENRES = {
    "bulletins": 12,  # 统计公报, 月报, economic operation, environment, weather, water, disaster 通报
    "hong_kong_macau_taiwan": 5,  # traditional script, full-width digits, 民國 years, HK$ amounts
    "news": 25,  # department and county news items, meeting communiqués, 综述, photo news
    "pdf_conversions": 6,  # text a PDF converter gives: wrapped lines, page numbers, running headers
    "plans_and_policies": 7,  # 实施意见, 指导意见, 条例, 方案, 通知, 公告
    "press_conferences": 3,  # 新闻发布会 reports
    "transcripts": 7,  # 答记者问, 政策解读 Q&A, 新闻发布会 文字实录
    "web_captures": 21,  # site furniture, WeChat reposts, 人民网/新华网/中国政府网 pages, info tables
    "work_reports": 6,  # 政府工作报告, budget and final accounts reports, 工作总结
}


# ---------------------------------------------------------------------------
# the golden-file switch


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


# ---------------------------------------------------------------------------
# the offset invariant


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
    for quantity in document.quantities:  # the words stating a basis come before the change, in the text
        if quantity.basis_start is not None:
            assert 0 <= quantity.basis_start < quantity.basis_end <= quantity.start, quantity


# ---------------------------------------------------------------------------
# table helpers

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


def sections_of(body: str, start: int = 0, end: int | None = None):
    """``find_sections`` over ``body[start:end]`` with its invariants checked (structure/ tests)."""
    end = len(body) if end is None else end
    found = find_sections(body, fold(body), start, end)
    assert_section_invariants(body, found, start, end)
    return found


def assert_section_invariants(text: str, found, start: int, end: int) -> None:
    """Offsets exact, sections inside the body, nested or disjoint, parents consistent."""
    assert [s.index for s in found] == list(range(len(found)))
    for s in found:
        assert start <= s.start <= s.end <= end, s
        if s.theme is not None:
            assert text[s.theme_start : s.theme_end] == s.theme
            assert s.start <= s.theme_start <= s.theme_end <= s.end
        if s.marker is not None:
            assert text[s.start : s.start + len(s.marker)] == s.marker
        for p in s.points:
            assert text[p.start : p.end] == p.text
            assert text[p.label_start : p.label_start + len(p.label)] == p.label
            assert s.start <= p.label_start < p.start <= p.end <= s.end
        if s.parent is not None:
            parent = found[s.parent]
            assert parent.index < s.index and parent.level < s.level
            assert parent.start <= s.start and s.end <= parent.end
    for a in found:
        for b in found[a.index + 1 :]:
            assert a.start <= b.start
            ancestor = b.parent
            while ancestor is not None and ancestor != a.index:
                ancestor = found[ancestor].parent
            assert a.end <= b.start or (ancestor == a.index and b.end <= a.end), (a, b)


# The seed release's quantities in text order, (surface, value, kind, unit, approx):
# checked on the whole document (contract/test_seed.py) and by the matcher alone
# from offset 0 (quantities/test_quantity_forms.py).
SEED_QUANTITIES = [
    ("前三", 3, "rank", None, "at_most"),
    ("前三", 3, "rank", None, "at_most"),
    ("90%以上", 90, "percent", "%", "at_least"),
    ("80%以上", 80, "percent", "%", "at_least"),
    ("突破1亿", 100000000, "count", None, "more_than"),
    ("超过800万", 8000000, "count", None, "more_than"),
    ("位居全国第三", 3, "rank", None, "exact"),
    ("超过110万人", 1100000, "count", "人", "more_than"),
    ("700多个", 700, "count", "个", "more_than"),
    ("8.5万余场次", 85000, "count", "场次", "more_than"),
    ("居全国第一", 1, "rank", None, "exact"),
]


# ---------------------------------------------------------------------------
# whole releases: loading


def release_paths() -> list[Path]:
    """Every release text, sorted by genre and name."""
    return sorted(RELEASES.glob("*/*.txt"))


def release_name(path: Path) -> str:
    """``genre/name`` of a release text or expectation file."""
    stem = path.name.split(".")[0]
    return f"{path.parent.name}/{stem}"


def read_release(name: str) -> str:
    """The text of release ``genre/name``, line endings as written."""
    with open(RELEASES / f"{name}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def load_expectations(name: str) -> dict[str, Any]:
    """The parsed ``genre/name.expected.yaml`` (an empty mapping when the file is empty)."""
    path = RELEASES / f"{name}.expected.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


@functools.cache
def extract_release(name: str):
    """``(text, document)`` of release ``genre/name``; extracted once per run (documents are frozen)."""
    text = read_release(name)
    return text, govextract.extract(text)


# ---------------------------------------------------------------------------
# whole releases: one check per aspect; each raises AssertionError listing every mismatch


def _collect(checks: list[tuple[str, Callable[[], None]]]) -> None:
    """Run every check, then fail once with all their messages."""
    errors = []
    for label, check in checks:
        try:
            check()
        except AssertionError as error:
            errors.append(f"{label}: {error}")
    assert not errors, "\n".join(errors)


def check_text(text: str, document, expected: dict) -> None:
    """``length`` bounds and ``line_endings`` (``expected`` is the whole expectation mapping)."""
    if "length" in expected:
        low, high = expected["length"]
        assert low <= len(text) <= high, (len(text), expected["length"])
    if expected.get("line_endings") == "crlf":
        assert "\r\n" in text
    else:
        assert "\r" not in text


def check_invariants(text: str, document, expected: dict) -> None:
    """The offset invariant, header values without padding, and keywords that are words.

    A keyword is a word: no digit, no padding, two characters or more.
    """
    assert_spans_consistent(text, document)
    for field in ("title", "subtitle", "dateline"):
        value = getattr(document, field)
        assert value is None or (value and value == value.strip()), (field, value)
    for section in document.sections:
        for word in section.keywords:
            assert not any(ch.isdigit() for ch in word), word
            assert word.strip() == word and len(word) >= 2, word


def _as_datetime(value):
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


def check_header(text: str, document, expected: dict) -> None:
    want = {key: _as_datetime(value) for key, value in expected.items()}
    got = {key: getattr(document, key) for key in expected}
    assert got == want


def check_body(text: str, document, expected: dict) -> None:
    if "starts_with" in expected:
        assert text[document.body_start:].startswith(expected["starts_with"]), text[document.body_start:][:40]
    if "tail" in expected:
        tail = expected["tail"]
        if tail is None:
            assert document.body_end == len(text), repr(text[document.body_end:][:40])
        else:
            assert text[document.body_end:].startswith(tail), repr(text[document.body_end:][:40])
    assert text[document.body_start:document.body_end].strip()


def check_outline(text: str, document, expected: list) -> None:
    assert [[s.level, s.parent, s.marker, s.theme] for s in document.sections] == expected


def check_points(text: str, document, expected: dict) -> None:
    got = {s.index: [[p.label, p.text] for p in s.points] for s in document.sections if s.points}
    assert got == expected


def check_section_points(text: str, document, expected: dict) -> None:
    got = {index: [[p.label, p.text] for p in document.sections[index].points] for index in expected}
    assert got == expected


def _quantity_fields(q, entry: dict) -> dict:
    fields = {"value": q.value, "value_max": q.value_max, "kind": q.kind.value, "unit": q.unit,
              "approx": q.approx.value}
    if entry.get("subject", "*") != "*":
        fields["subject"] = q.subject
    if entry.get("direction", "*") != "*":
        fields["direction"] = q.direction.value if q.direction else None
    return fields


def _check_quantity(document, entry: dict) -> None:
    if "occurrence" in entry:
        assert_key_quantity(document, entry["surface"], entry["occurrence"], entry["value"], entry["value_max"],
                            entry["kind"], entry["unit"], entry["approx"], entry["subject"],
                            entry.get("direction", "*"))
        return
    found = [q for q in document.quantities if q.text == entry["surface"]]
    assert found, [q.text for q in document.quantities]
    got = [_quantity_fields(q, entry) for q in found]
    want = {key: entry[key] for key in _quantity_fields(found[0], entry)}
    assert want in got, got


def check_quantities(text: str, document, expected: list) -> None:
    _collect([(f"{e['surface']}#{e.get('occurrence', '*')}", functools.partial(_check_quantity, document, e))
              for e in expected])


def check_not_quantities(text: str, document, expected: list) -> None:
    surfaces = [q.text for q in document.quantities]
    assert not [s for s in expected if s in surfaces], surfaces


def _check_date(document, entry: dict) -> None:
    if "occurrence" in entry:
        assert_key_date(document, entry["surface"], entry["occurrence"], entry["value"])
        return
    found = [m.value for m in document.dates if m.text == entry["surface"]]
    assert entry["value"] in found, found


def check_dates(text: str, document, expected: list) -> None:
    _collect([(f"{e['surface']}#{e.get('occurrence', '*')}", functools.partial(_check_date, document, e))
              for e in expected])


def _period_fields(q) -> dict:
    return {"period": q.period, "period_from": q.period_from, "period_to": q.period_to}


def _check_period(document, entry: dict) -> None:
    """A quantity's period: the governing date mention's surface and the interval it holds for."""
    want = {key: None if entry.get(key) is None else str(entry[key]) for key in ("period", "period_from", "period_to")}
    if "occurrence" in entry:
        q = nth_mention(document.quantities, entry["surface"], entry["occurrence"])
        assert q is not None, [x.text for x in document.quantities]
        assert _period_fields(q) == want
        if q.period is not None:
            assert (q.period_start, q.period_end) in {(m.start, m.end) for m in document.dates}
        return
    found = [_period_fields(q) for q in document.quantities if q.text == entry["surface"]]
    assert found, [q.text for q in document.quantities]
    assert want in found, found


def check_periods(text: str, document, expected: list) -> None:
    _collect([(f"{e['surface']}#{e.get('occurrence', '*')}", functools.partial(_check_period, document, e))
              for e in expected])


# kinds of the quantities whose comparison basis a complete ``bases:`` list must give
CHANGE_KINDS = {"percent", "percentage_point", "multiple"}


def unlisted_quantities(document, expected: list, kinds: set[str] | None = None) -> list[tuple[str, int]]:
    """``(surface, occurrence)`` of every quantity (of ``kinds``, when given) that no entry of ``expected`` names.

    An entry with ``occurrence`` names that one quantity; an entry without it names the
    quantity with that surface only when the document has exactly one.  Entries marked
    ``xfail`` still name their quantity.
    """
    named = {(e["surface"], e["occurrence"]) for e in expected if "occurrence" in e}
    bare = {e["surface"] for e in expected if "occurrence" not in e}
    seen: dict[str, int] = {}
    counts: dict[str, int] = {}
    for q in document.quantities:
        counts[q.text] = counts.get(q.text, 0) + 1
    missing = []
    for q in document.quantities:
        occurrence = seen.get(q.text, 0)
        seen[q.text] = occurrence + 1
        if kinds is not None and q.kind.value not in kinds:
            continue
        if (q.text, occurrence) in named or (q.text in bare and counts[q.text] == 1):
            continue
        missing.append((q.text, occurrence))
    return missing


def check_periods_complete(text: str, document, expected: list) -> None:
    """``complete: [periods]``: every quantity of the document is listed in ``periods:``."""
    missing = unlisted_quantities(document, expected)
    assert not missing, f"quantities without a periods entry: {missing}"


def check_bases_complete(text: str, document, expected: list) -> None:
    """``complete: [bases]``: every percent, percentage point and multiple is listed in ``bases:``."""
    missing = unlisted_quantities(document, expected, CHANGE_KINDS)
    assert not missing, f"changes without a bases entry: {missing}"


def _check_program(document, entry: dict) -> None:
    found = [p for p in document.programs if p.name == entry["name"]]
    assert found, [p.name for p in document.programs]
    got = [(p.head, p.category.value) for p in found]
    want = (entry["head"], entry["category"])
    if "occurrence" in entry:
        assert len(got) > entry["occurrence"] and got[entry["occurrence"]] == want, got
    else:
        assert want in got, got


def check_programs(text: str, document, expected: list) -> None:
    for program in document.programs:
        assert text[program.start:program.end] == program.name
        if program.head is not None:
            assert text[program.head_start:program.head_end] == program.head
    _collect([(f"{e['name']}#{e.get('occurrence', '*')}", functools.partial(_check_program, document, e))
              for e in expected])


def _check_basis(text: str, document, entry: dict) -> None:
    """One ``bases:`` entry: the quantity with that surface (the n-th with ``occurrence``) has that basis."""
    def stated(q):
        words = None if q.basis_start is None else text[q.basis_start:q.basis_end]
        return (q.basis.value if q.basis else None, words)

    found = [q for q in document.quantities if q.text == entry["surface"]]
    assert found, [q.text for q in document.quantities]
    if "occurrence" in entry:
        assert len(found) > entry["occurrence"], [q.text for q in found]
        found = [found[entry["occurrence"]]]
    got = [stated(q) for q in found]
    assert any(basis == entry["basis"] and ("words" not in entry or words == entry["words"]) for basis, words in got), got


def check_bases(text: str, document, expected: list) -> None:
    """The comparison basis of the listed quantities; a quantity with a basis must be listed (no basis invented).

    Entries marked ``xfail`` count as listed but are checked by ``check_basis_entries``, one test each.
    """
    listed = {entry["surface"] for entry in expected}
    invented = [(q.text, q.basis.value) for q in document.quantities if q.basis is not None and q.text not in listed]
    checks = [(f"{e['surface']}#{e.get('occurrence', '*')}", functools.partial(_check_basis, text, document, e))
              for e in expected if "xfail" not in e]
    checks.append(("no unlisted basis", functools.partial(_assert_empty, invented)))
    _collect(checks)


def check_basis_entries(text: str, document, expected: list) -> None:
    """The listed ``bases:`` entries alone (an ``xfail`` entry's own test), without the whole-list check."""
    _collect([(f"{e['surface']}#{e.get('occurrence', '*')}", functools.partial(_check_basis, text, document, e))
              for e in expected])


def _assert_empty(found: list) -> None:
    assert not found, found


def check_documents(text: str, document, expected: list) -> None:
    assert [d.title for d in document.documents] == expected


def check_keywords(text: str, document, expected) -> None:
    if isinstance(expected, dict):
        for index, words in expected.items():
            assert set(words) <= set(document.sections[index].keywords), (index, document.sections[index].keywords)
    else:
        keywords = {k for s in document.sections for k in s.keywords}
        assert set(expected) <= keywords, sorted(keywords)


def check_not_keywords(text: str, document, expected: list) -> None:
    for section in document.sections:
        assert not set(expected) & set(section.keywords), (section.index, section.keywords)


# aspect -> check(text, document, expected value); "text" and "invariants" run for
# every release and take the whole expectation mapping.
def _check_table_cell(text: str, document, entry: dict) -> None:
    q = nth_mention(document.quantities, entry["surface"], entry["occurrence"])
    assert q is not None, [x.text for x in document.quantities]
    got = {"value": q.value, "kind": q.kind.value, "unit": q.unit, "subject": q.subject,
           "direction": q.direction.value if q.direction else None, "basis": q.basis.value if q.basis else None}
    assert got == {key: entry[key] for key in got}
    assert q.subject_start is not None and text[q.subject_start:q.subject_end] == q.subject


def check_table_cells(text: str, document, expected: list) -> None:
    """Cells of statistical tables, each read once: ``{surface, occurrence, value, kind, unit, subject,
    direction, basis}`` of the n-th quantity with that surface (table quantities are never duplicated)."""
    spans = [(q.start, q.end) for q in document.quantities]
    assert len(spans) == len(set(spans)), "a stretch of text read as two quantities"
    _collect([(f"{e['surface']}#{e['occurrence']}", functools.partial(_check_table_cell, text, document, e))
              for e in expected])


RELEASE_CHECKS: dict[str, Callable[[str, Any, Any], None]] = {
    "text": check_text,
    "invariants": check_invariants,
    "header": check_header,
    "body": check_body,
    "outline": check_outline,
    "points": check_points,
    "section_points": check_section_points,
    "quantities": check_quantities,
    "not_quantities": check_not_quantities,
    "table_cells": check_table_cells,
    "dates": check_dates,
    "periods": check_periods,
    "programs": check_programs,
    "documents": check_documents,
    "bases": check_bases,
    "keywords": check_keywords,
    "not_keywords": check_not_keywords,
}
# keys of the expectation files that are no aspect of their own (checked by "text")
TEXT_KEYS = {"length", "line_endings"}
# ``complete: [periods, bases]``: the listed aspects name every quantity they apply to
COMPLETE_KEY = "complete"
COMPLETENESS_CHECKS: dict[str, Callable[[str, Any, Any], None]] = {
    "periods": check_periods_complete,
    "bases": check_bases_complete,
}
# checks that no expectation key names: completeness, and an xfail ``bases:`` entry on its own
INTERNAL_CHECKS: dict[str, Callable[[str, Any, Any], None]] = {
    **{f"{aspect}:complete": check for aspect, check in COMPLETENESS_CHECKS.items()},
    "bases:entry": check_basis_entries,
}
# aspects whose entries may carry an ``xfail`` reason
ENTRY_ASPECTS = {"quantities", "dates", "programs", "periods", "bases"}
ENTRY_KEYS = {
    "quantities": {"surface", "occurrence", "value", "value_max", "kind", "unit", "approx", "subject", "direction",
                   "xfail"},
    "dates": {"surface", "occurrence", "value", "xfail"},
    "programs": {"name", "occurrence", "head", "category", "xfail"},
    "periods": {"surface", "occurrence", "period", "period_from", "period_to", "xfail"},
    "bases": {"surface", "occurrence", "basis", "words", "xfail"},
}


def release_cases():
    """pytest params ``(name, aspect, expected)``: one per release and aspect, one per xfail entry."""
    for path in release_paths():
        name = release_name(path)
        expected = load_expectations(name)
        yield pytest.param(name, "text", expected, id=f"{name}:text")
        yield pytest.param(name, "invariants", expected, id=f"{name}:invariants")
        for aspect, value in expected.items():
            if aspect in TEXT_KEYS:
                continue
            if aspect == COMPLETE_KEY:
                for listed in value:
                    yield pytest.param(name, f"{listed}:complete", expected.get(listed, []),
                                       id=f"{name}:{listed}:complete")
                continue
            if aspect in ENTRY_ASPECTS:
                # bases: the whole-list check (no basis invented) needs the xfail entries too
                kept = value if aspect == "bases" else [entry for entry in value if "xfail" not in entry]
                if kept:
                    yield pytest.param(name, aspect, kept, id=f"{name}:{aspect}")
                single_aspect = "bases:entry" if aspect == "bases" else aspect
                for entry in value:
                    if "xfail" in entry:
                        label = f"{entry.get('surface', entry.get('name'))}#{entry.get('occurrence', '*')}"
                        single = [{k: v for k, v in entry.items() if k != "xfail"}]
                        yield pytest.param(name, single_aspect, single, id=f"{name}:{aspect}:{label}",
                                           marks=pytest.mark.xfail(strict=True, reason=entry["xfail"]))
            else:
                yield pytest.param(name, aspect, value, id=f"{name}:{aspect}")


def check_release(name: str, aspect: str, expected) -> None:
    """Run one aspect's check on release ``genre/name``."""
    text, document = extract_release(name)
    {**RELEASE_CHECKS, **INTERNAL_CHECKS}[aspect](text, document, expected)
