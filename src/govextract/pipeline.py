"""The extraction pipeline: original text -> fold -> structure -> mentions -> Document.

An :class:`Extractor` owns everything that is costly to build (lexicon-derived
patterns, the jieba tokenizer, IDF table) and builds it lazily on first use.
It holds no per-document state, so one instance can serve many documents, in
order, through :meth:`Extractor.pipe`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import NamedTuple, TypeVar

from . import dates, keywords, layout, metadata, programs, quantities, sections
from .compact import compact
from .enclosures import Enclosure, find_enclosures
from .models import DateMention, Document, DocumentRef, PageMetadata, Program, Quantity, Section
from .normalize import fold
from .quantities.basis import assign_bases
from .quantities.period import assign_periods
from .quantities.tables import Table, find_tables, period_places, table_quantities
from .tokenize import Tokenizer, make_tokenizer

T = TypeVar("T")


class Extractor:
    """Turn release texts into validated :class:`~govextract.models.Document` records.

    >>> doc = Extractor()("全省网上可办率达到90%以上。")
    >>> [(q.text, q.value, q.kind.value, q.approx.value) for q in doc.quantities]
    [('90%以上', 90, 'percent', 'at_least')]
    """

    def __init__(self, *, keyword_count: int = 8, tokenizer: str | Tokenizer | None = None) -> None:
        """``tokenizer``: ``"jieba"``, ``"rjieba"`` or a :class:`~govextract.tokenize.Tokenizer`;
        by default rjieba when it is installed (``govextract[fast]``), else jieba.  Both give the same records.
        """
        if not isinstance(keyword_count, int) or isinstance(keyword_count, bool) or keyword_count < 0:
            raise ValueError("keyword_count must be a non-negative integer")
        self.keyword_count = keyword_count
        self._tokenizer: Tokenizer = make_tokenizer(tokenizer)  # its dictionary loads on first use

    @property
    def tokenizer(self) -> Tokenizer:
        """The private tokenizer (its dictionary is loaded on first use)."""
        return self._tokenizer

    def __call__(
        self,
        text: str,
        *,
        source: str | None = None,
        source_id: str | None = None,
        encoding: str | None = None,
        include_text: bool = False,
        page: PageMetadata | None = None,
    ) -> Document:
        """Extract one document from ``text``; offsets index ``text`` itself.

        ``source``, ``source_id`` and ``encoding`` are copied to the record;
        ``include_text`` puts ``text`` on it (``Document.text``); ``page`` gives
        the title, time and outlet a saved page or dump line states outside the
        text, used where the text gives none.
        """
        if not isinstance(text, str):
            raise TypeError(f"extract() takes the text as a str, not {type(text).__name__}")
        for name, value in (("source", source), ("source_id", source_id), ("encoding", encoding)):
            if value is not None and not isinstance(value, str):
                raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
        if page is not None and not isinstance(page, PageMetadata):
            raise TypeError(f"page must be a govextract.PageMetadata or None, not {type(page).__name__}")
        folded = fold(text)
        meta = metadata.find_metadata(text, folded, page=page)
        enclosures = find_enclosures(folded)
        page_layout = layout.analyze(text, folded)
        found_sections = sections.find_sections(
            text, folded, meta.body_start, meta.body_end, layout=page_layout, enclosures=enclosures
        )
        records = _Records(found_sections)
        scan = _scan_ranges(meta)
        table_places: dict[int, tuple[tuple[int, int], ...]] = {}
        found_quantities = self._quantities(text, folded, scan, enclosures, records, page_layout, table_places)
        found_quantities = self._bases(folded, found_quantities, page_layout)
        found_programs = records.place(self._programs(text, folded, scan, enclosures))
        found_documents = records.place(self._documents(text, folded, scan, enclosures))
        # Dates are read from the header too (the publication time is a date mention).
        reference = meta.published_at or (page.published_at if page is not None else None)
        found_dates = records.place(
            dates.find_dates(text, folded, 0, meta.body_end, reference=reference, enclosures=enclosures)
        )
        self._periods(folded, meta, reference, found_quantities, found_dates, found_sections, table_places)
        section_keywords = self._keywords(text, found_sections, found_programs)
        return _document(
            _Origin(source, source_id, encoding, include_text, page), text, meta,
            records.sections(found_sections, section_keywords),
            found_quantities, found_programs, found_documents, found_dates,
        )

    # The stages below are separate calls so that a profiler times each one:
    # fold, metadata, enclosures, sections, quantities, bases, programs, documents,
    # dates, periods, keywords, records.

    @staticmethod
    def _quantities(
        text: str, folded: str, scan: list[tuple[int, int]], enclosures: list[Enclosure], records: _Records,
        page_layout: layout.Layout, table_places: dict[int, tuple[tuple[int, int], ...]],
    ) -> list[Quantity]:
        # Each quantity takes its final form as it comes: a long text is never held twice.
        # Table lines are read by the table stage only, prose around them by the prose scan;
        # ``table_places`` receives where each table cell's period is written.
        found: list[Quantity] = []
        for start, end, table in _prose_and_tables(folded, scan):
            if table is not None:
                found.extend(records.final(q) for q in table_quantities(text, folded, table))
                table_places.update(period_places(table))
            else:
                found.extend(
                    records.final(q)
                    for q in quantities.iter_quantities(text, folded, start, end, enclosures=enclosures, layout=page_layout)
                )
        return found

    @staticmethod
    def _periods(
        folded: str, meta: metadata.Metadata, reference: datetime | None, found_quantities: list[Quantity],
        found_dates: list[DateMention], found_sections: list[Section],
        table_places: dict[int, tuple[tuple[int, int], ...]],
    ) -> None:
        # After the dates: each quantity takes the date mention that governs it (in place).
        title_span = (meta.title_start, meta.title_end) if meta.title_start is not None and meta.title_end is not None else None
        dateline = [(meta.dateline_start, meta.dateline_end)] if meta.dateline_start is not None and meta.dateline_end is not None else []
        assign_periods(
            found_quantities, found_dates, folded, sections=found_sections, title_span=title_span,
            excluded_spans=dateline, body_start=meta.body_start,
            published=reference.date() if isinstance(reference, datetime) else reference,
            table_places=table_places,
        )

    @staticmethod
    def _bases(folded: str, found_quantities: list[Quantity], page_layout: layout.Layout) -> list[Quantity]:
        # The comparison basis of each change, read from its sentence once the quantities are final.
        return assign_bases(folded, found_quantities, page_layout)

    def _programs(
        self, text: str, folded: str, scan: list[tuple[int, int]], enclosures: list[Enclosure]
    ) -> list[Program]:
        return [
            p
            for start, end in scan
            for p in programs.find_programs(text, folded, start, end, enclosures=enclosures, tokenizer=self.tokenizer)
        ]

    @staticmethod
    def _documents(text: str, folded: str, scan: list[tuple[int, int]], enclosures: list[Enclosure]) -> list[DocumentRef]:
        return [d for start, end in scan for d in programs.find_documents(text, folded, start, end, enclosures=enclosures)]

    def _keywords(self, text: str, found_sections: list[Section], found_programs: list[Program]) -> list[list[str]]:
        return keywords.find_section_keywords(
            self.tokenizer, text, [(s.start, s.end) for s in found_sections],
            count=self.keyword_count, extra_words=sorted({p.name for p in found_programs}),
        )

    def pipe(
        self,
        items: Iterable[str | tuple[str, T]],
        *,
        as_tuples: bool = False,
        n_process: int = 1,
        batch_size: int | None = None,
    ) -> Iterator[Document | tuple[Document, T]]:
        """Lazily extract many texts, in order.

        With ``as_tuples=True`` each item is ``(text, context)`` and each result
        is ``(document, context)``, so a file path can travel beside its text;
        contexts never leave this process, so they need not be picklable.

        ``n_process`` worker processes extract in parallel (each builds one
        extractor of this class with this ``keyword_count``), results still in
        input order; ``batch_size`` caps the texts sent ahead to them (default
        four per process), so memory stays bounded however many items come.
        An exception raised for a text is raised here, at its place; a text
        whose worker process dies, twice, raises
        :class:`~govextract.batch.parallel.WorkerLostError`. As with any
        multiprocessing code, a script using ``n_process > 1`` must guard its
        entry point with ``if __name__ == "__main__":``.
        """
        if not isinstance(n_process, int) or isinstance(n_process, bool) or n_process < 1:
            raise ValueError("n_process must be a positive integer")
        if batch_size is not None and (not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1):
            raise ValueError("batch_size must be a positive integer or None")
        import functools
        from collections import deque

        contexts: deque[T] = deque()

        def texts() -> Iterator[str]:
            for item in items:
                if as_tuples:
                    if isinstance(item, str):
                        raise TypeError("with as_tuples=True each item is a (text, context) pair, not a str")
                    text, context = item
                    contexts.append(context)
                    yield text
                else:
                    yield item  # type: ignore[misc]

        if n_process == 1:
            documents: Iterator[Document] = (self(text) for text in texts())
        else:
            from .batch.parallel import call_state, ordered_map  # the process pool is loaded only when asked for

            documents = ordered_map(
                call_state, texts(), setup=functools.partial(type(self), keyword_count=self.keyword_count),
                jobs=n_process, window=batch_size,
            )
        for document in documents:
            yield (document, contexts.popleft()) if as_tuples else document


def _scan_ranges(meta: metadata.Metadata) -> list[tuple[int, int]]:
    """The stretches mentions are read from: the title (if any), then the body."""
    scan = [(meta.body_start, meta.body_end)]
    if meta.title_start is not None and meta.title_end is not None:
        scan.insert(0, (meta.title_start, meta.title_end))
    return scan


def _prose_and_tables(folded: str, scan: list[tuple[int, int]]) -> Iterator[tuple[int, int, Table | None]]:
    """The scan ranges cut around the statistical tables in them, in text order: ``(start, end, table)``,
    ``table`` None for a stretch of prose."""
    for start, end in scan:
        for table in find_tables(folded, start, end):
            if table.start > start:
                yield start, table.start, None
            yield table.start, table.end, table
            start = table.end
        if start < end:
            yield start, end, None


class _Origin(NamedTuple):
    """Where a text came from, copied onto its record."""

    source: str | None
    source_id: str | None
    encoding: str | None
    include_text: bool
    page: PageMetadata | None


def _document(
    origin: _Origin,
    text: str,
    meta: metadata.Metadata,
    found_sections: list[Section],
    found_quantities: list[Quantity],
    found_programs: list[Program],
    found_documents: list[DocumentRef],
    found_dates: list[DateMention],
) -> Document:
    """The records stage: assemble, validate, check every span."""
    page = origin.page or PageMetadata()
    title_from_page = meta.title is None and page.title is not None
    document = Document(
        source=origin.source,
        source_id=origin.source_id,
        encoding=origin.encoding,
        length=len(text),
        title=page.title if title_from_page else meta.title,
        title_start=None if title_from_page else meta.title_start,
        title_end=None if title_from_page else meta.title_end,
        subtitle=meta.subtitle,
        subtitle_start=meta.subtitle_start,
        subtitle_end=meta.subtitle_end,
        published_at=meta.published_at or page.published_at,
        outlet=meta.outlet or page.outlet,
        editor=meta.editor,
        chief_editor=meta.chief_editor,
        author=meta.author,
        reporters=list(meta.reporters),
        photographer=meta.photographer,
        dateline=meta.dateline,
        dateline_start=meta.dateline_start,
        dateline_end=meta.dateline_end,
        body_start=meta.body_start,
        body_end=meta.body_end,
        sections=found_sections,
        quantities=found_quantities,
        programs=found_programs,
        documents=found_documents,
        dates=found_dates,
        text=text if origin.include_text else None,
    )
    document.check_spans(text)
    return document


M = TypeVar("M", Quantity, Program, DocumentRef, DateMention)


class _Records:
    """Final records of one document: each mention with its section, equal strings stored once.

    Each list is turned into final records in place, one record at a time, as
    soon as its stage has run, so a stage's records are freed as their final
    copies are made instead of living on beside them (see :mod:`govextract.compact`).
    """

    def __init__(self, found_sections: list[Section]) -> None:
        """Where the mentions go: ``found_sections``, the sections with points made compact in place.

        Those are made compact here, not only with their keywords: a long document's points are
        then held once, pooled, while the later stages run (a tenth more peak memory otherwise).
        A section without points already shares its field-name set (``make_sections`` builds it
        so) and is made compact once, with its keywords (a page of 66,667 one-marker lines then
        builds each section twice, not three times)."""
        self._locate = SectionLocator(found_sections)
        self._strings: dict[str, str] = {}
        strings = self._strings
        for index, section in enumerate(found_sections):
            if section.points:  # a section without points is made compact once, with its keywords
                points = [compact(point, strings) for point in section.points]
                found_sections[index] = compact(section, strings, points=points)

    def final(self, mention: M) -> M:
        """``mention`` with the index of the section it lies in, built from shared parts."""
        return compact(mention, self._strings, section=self._locate.index_of(mention.start))

    def place(self, mentions: list[M]) -> list[M]:
        """Make each mention final (:meth:`final`); the same list, holding the final records."""
        for index, mention in enumerate(mentions):
            mentions[index] = self.final(mention)
        return mentions

    def sections(self, found_sections: list[Section], section_keywords: list[list[str]]) -> list[Section]:
        """Give each section its keywords; the same list, holding the final records."""
        strings = self._strings
        for index, (section, words) in enumerate(zip(found_sections, section_keywords, strict=True)):
            found_sections[index] = compact(section, strings, keywords=[strings.setdefault(word, word) for word in words])
        return found_sections


class SectionLocator:
    """Map an offset to the index of the innermost section that contains it.

    The sections are sorted by ``(start, -end)``; the answer for an offset is
    the last section in that order that starts at or before it and ends after
    it.  A bisection finds the last one starting at or before the offset;
    from there ``enclosing[i]`` jumps to the nearest earlier section that ends
    later than section ``i`` (every section between the two ends no later, so
    none of them can hold an offset that section ``i`` does not).  Sections
    nest, so a lookup costs one bisection and at most the nesting depth in
    jumps, whatever the number of sections: no copy, no scan of the list.
    """

    def __init__(self, found: list[Section]) -> None:
        ordered = sorted(found, key=lambda s: (s.start, -s.end))
        self.starts = [s.start for s in ordered]
        self.ends = [s.end for s in ordered]
        self.indexes = [s.index for s in ordered]
        self.enclosing: list[int] = []
        later_ending: list[int] = []  # positions whose ends strictly decrease
        for position, end in enumerate(self.ends):
            while later_ending and self.ends[later_ending[-1]] <= end:
                later_ending.pop()
            self.enclosing.append(later_ending[-1] if later_ending else -1)
            later_ending.append(position)

    def index_of(self, offset: int) -> int | None:
        position = bisect_right(self.starts, offset) - 1
        while position >= 0:
            if offset < self.ends[position]:
                return self.indexes[position]
            position = self.enclosing[position]
        return None



_default: Extractor | None = None


def extract(
    text: str,
    *,
    source: str | None = None,
    source_id: str | None = None,
    encoding: str | None = None,
    include_text: bool = False,
    page: PageMetadata | None = None,
) -> Document:
    """Extract a :class:`Document` from ``text`` with a shared default :class:`Extractor`.

    The keywords are those of :meth:`Extractor.__call__`.
    """
    global _default
    if _default is None:
        _default = Extractor()
    return _default(
        text, source=source, source_id=source_id, encoding=encoding, include_text=include_text, page=page
    )
