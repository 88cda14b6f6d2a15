"""Long documents: bounded memory and lookups that do not grow with the document, checked without timing.

Speed itself is measured by ``benchmarks/huge.py``, which prints figures; these
tests pin what makes it linear and bounded, deterministically:

* the traced Python memory at the peak of one extraction stays under
  ``MAX_BYTES_PER_CHAR`` times the length of a long document built the way the
  benchmark builds it (test releases, digits perturbed);
* finding a mention's section reads O(log n + nesting depth) entries of the
  locator's tables, counted, not timed, and gives the innermost section;
* the tokenizer's cut piece by piece gives the words of one cut of the whole
  text, and streamed tokens equal the token list;
* final records share their field-name sets without any record seeing
  another's changes.
"""

from __future__ import annotations

import math
import tracemalloc
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

import govextract
from conftest import load_benchmark, release_paths
from govextract.batch import load_text
from govextract.compact import compact, construct
from govextract.models import DocumentRef, Quantity, QuantityKind
from govextract.normalize import fold
from govextract.pipeline import SectionLocator
from govextract.tokenize import default_tokenizer

# The bound for peak memory.  Traced Python allocations peak at about 50 B/char on this
# document (41 on 3 million characters, where per-document costs such as the vocabulary weigh
# less); 230 before the stages streamed their work and the records shared their parts.  Schema 1.2
# gave every Quantity ten more fields (parts, period…, basis…): about 0.7 KB more per record, some
# 10 B/char on this document of one quantity per 70 characters, hence 70, not the earlier 60.
# The period and table stages (schema 1.2) hold the date mentions and each sentence's bounds while
# they work: about 2 B/char more (71.4 measured, 69.5 with the period stage off), hence 75.
MAX_BYTES_PER_CHAR = 75
DOCUMENT_CHARS = 100_000


def _benchmark():
    return load_benchmark("huge")


@pytest.fixture(scope="module")
def long_text() -> str:
    return _benchmark().build_text(DOCUMENT_CHARS)


def test_long_document_has_a_bounded_peak_per_character(long_text):
    extractor = govextract.Extractor()
    first = extractor(long_text)  # also fills the process-wide caches (jieba, patterns, numerals) outside the count
    assert first.body_end > 0.99 * DOCUMENT_CHARS  # no release's tail cuts the body short
    assert len(first.quantities) > DOCUMENT_CHARS / 100 and len(first.sections) > DOCUMENT_CHARS / 1000
    del first
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        document = extractor(long_text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    per_char = (peak - before) / len(long_text)
    assert document.quantities
    assert per_char < MAX_BYTES_PER_CHAR, f"peak {per_char:.1f} B per character"


class CountingList(list):
    """A list that counts the entries read from it (bisection reads through ``__getitem__`` too)."""

    reads = 0

    def __getitem__(self, index):
        CountingList.reads += 1 if isinstance(index, int) else len(range(*index.indices(len(self))))
        return super().__getitem__(index)


def _outline(chapters: int) -> list[SimpleNamespace]:
    """A realistic outline: chapters of parts of items of sub-items, each nested in the one before."""
    found = []
    offset = 0

    def add(level: int, width: int) -> None:
        nonlocal offset
        start = offset
        index = len(found)
        found.append(SimpleNamespace(index=index, start=start, end=-1))
        offset += 10  # the heading line
        if level < 4:
            for _ in range(width):
                add(level + 1, width)
        offset += 5  # text after the last child
        found[index].end = offset

    for _ in range(chapters):
        add(1, 4)
    return found


def _innermost(found, offset):
    """The reference: of the sections holding ``offset``, the last in (start, -end) order (ties: the later one)."""
    holding = [s for s in sorted(found, key=lambda s: (s.start, -s.end)) if s.start <= offset < s.end]
    return holding[-1].index if holding else None


@pytest.mark.parametrize("chapters", [4, 40, 400])
def test_section_lookup_reads_logarithmically_many_entries(chapters):
    found = _outline(chapters)
    locator = SectionLocator(found)
    for name in ("starts", "ends", "indexes", "enclosing"):
        setattr(locator, name, CountingList(getattr(locator, name)))
    offsets = range(0, found[-1].end + 20, 7)
    CountingList.reads = 0
    for offset in offsets:
        locator.index_of(offset)
    per_lookup = CountingList.reads / len(offsets)
    depth = 4
    assert per_lookup <= math.log2(len(found)) + 2 * depth + 3, (len(found), per_lookup)


def test_section_lookup_finds_the_innermost_section():
    found = _outline(3)
    locator = SectionLocator(found)
    for offset in range(-2, found[-1].end + 3):
        assert locator.index_of(offset) == _innermost(found, offset)


spans = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 25)), max_size=14)


@given(spans, st.lists(st.integers(-3, 90), max_size=30))
def test_section_lookup_matches_a_scan_for_any_spans(pairs, offsets):
    found = [SimpleNamespace(index=i, start=a, end=a + n) for i, (a, n) in enumerate(pairs)]
    locator = SectionLocator(found)
    assert [locator.index_of(o) for o in offsets] == [_innermost(found, o) for o in offsets]


def test_cutting_piece_by_piece_gives_the_words_of_one_cut():
    tokenizer = default_tokenizer()
    texts = [load_text(path) for path in release_paths()]
    crlf = next(text for text in texts if "\r\n" in text)
    joined = "\n".join(texts)[:9_000] + crlf * 30  # several pieces, the later ones cut in CRLF lines
    for text in [*texts[::5], joined]:
        whole = [(text[a:b], a, b) for _, a, b in tokenizer.segment(fold(text))]
        assert [(t.word, t.start, t.end) for t in tokenizer.tokens(text)] == whole
        assert list(tokenizer.iter_tokens(text, 5, 9000)) == tokenizer.tokens(text, 5, 9000)


def test_final_records_share_their_field_name_sets_safely():
    first = compact(DocumentRef(title="条例", start=1, end=3), None, section=1)
    second = compact(DocumentRef(title="办法", start=5, end=7), None, section=2)
    assert first.model_fields_set is second.model_fields_set
    changed = first.model_copy(update={"section": 3})
    assert changed.section == 3 and second.section == 2
    assert first.model_fields_set == {"title", "start", "end", "section"} == changed.model_fields_set
    with pytest.raises(Exception, match="frozen"):
        first.section = 4  # type: ignore[misc]
    assert second.model_fields_set == {"title", "start", "end", "section"}


def test_compact_records_equal_the_copies_they_replace():
    pool: dict[str, str] = {}
    quantity = Quantity(start=0, end=4, text="90%以", value=90.0, kind=QuantityKind.PERCENT, unit="%")
    made = compact(quantity, pool, section=0)
    assert made == quantity.model_copy(update={"section": 0})
    assert made.model_fields_set == quantity.model_copy(update={"section": 0}).model_fields_set
    assert made.model_dump_json() == quantity.model_copy(update={"section": 0}).model_dump_json()
    again = compact(Quantity(start=9, end=13, text="90%以", value=90, kind=QuantityKind.PERCENT, unit="%"), pool)
    assert again.text is made.text and again.unit is made.unit


@pytest.mark.parametrize("given", [
    {"start": 0, "end": 4, "text": "90%以", "value": 90.0, "kind": QuantityKind.PERCENT},  # defaults filled
    {"start": 0, "end": 4, "text": "90%以", "value": 90.0, "kind": QuantityKind.PERCENT, "unit": "%", "period": "2024年",
     "period_start": 0, "period_end": 0},  # some left out, given out of order
])
def test_construct_with_fields_left_out_equals_model_construct(given):
    names = frozenset(given)
    made = construct(Quantity, names, **given)
    reference = Quantity.model_construct(_fields_set=set(names), **given)
    assert made == reference and made.model_fields_set == reference.model_fields_set
    assert list(made.__dict__) == list(Quantity.model_fields)  # every field, in the model's order
    assert made.model_dump_json() == reference.model_dump_json()


def test_construct_with_an_unknown_field_falls_back_to_model_construct():
    made = construct(DocumentRef, frozenset({"title", "start", "end"}), title="条例", start=1, end=3, nonsense=1)
    assert made == DocumentRef.model_construct(_fields_set={"title", "start", "end"}, title="条例", start=1, end=3, nonsense=1)
