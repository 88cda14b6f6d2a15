"""The extraction pipeline: original text -> fold -> structure -> mentions -> Document.

An :class:`Extractor` owns everything that is costly to build (lexicon-derived
patterns, the jieba tokenizer, IDF table) and builds it lazily on first use.
It holds no per-document state, so one instance can serve many documents, in
order, through :meth:`Extractor.pipe`.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable, Iterator, Optional, TypeVar, Union

from . import dates, keywords, metadata, programs, quantities, sections
from .enclosures import find_enclosures
from .models import Document, Section
from .normalize import fold
from .tokenize import Tokenizer

T = TypeVar("T")


class Extractor:
    """Turn release texts into validated :class:`~govextract.models.Document` records.

    >>> doc = Extractor()("全省网上可办率达到90%以上。")
    >>> [(q.text, q.value, q.kind.value, q.approx.value) for q in doc.quantities]
    [('90%以上', 90, 'percent', 'at_least')]
    """

    def __init__(self, *, keyword_count: int = 8, tokenizer: Optional[Tokenizer] = None) -> None:
        if not isinstance(keyword_count, int) or isinstance(keyword_count, bool) or keyword_count < 0:
            raise ValueError("keyword_count must be a non-negative integer")
        if tokenizer is not None and not isinstance(tokenizer, Tokenizer):
            raise TypeError("tokenizer must be a govextract.tokenize.Tokenizer")
        self.keyword_count = keyword_count
        self._tokenizer: Optional[Tokenizer] = tokenizer

    @property
    def tokenizer(self) -> Tokenizer:
        """The private jieba tokenizer, built on first use."""
        if self._tokenizer is None:
            self._tokenizer = Tokenizer()
        return self._tokenizer

    def __call__(self, text: str, *, source: Optional[str] = None) -> Document:
        """Extract one document from ``text``; offsets index ``text`` itself."""
        if not isinstance(text, str):
            raise TypeError(f"extract() takes the text as a str, not {type(text).__name__}")
        if source is not None and not isinstance(source, str):
            raise TypeError(f"source must be a str or None, not {type(source).__name__}")
        folded = fold(text)
        meta = metadata.find_metadata(text, folded)
        body_start, body_end = meta.body_start, meta.body_end
        enclosures = find_enclosures(folded)

        found_sections = sections.find_sections(text, folded, body_start, body_end)
        scan = [(body_start, body_end)]
        if meta.title_start is not None and meta.title_end is not None:
            scan.insert(0, (meta.title_start, meta.title_end))

        found_quantities = [
            q for start, end in scan for q in quantities.find_quantities(text, folded, start, end, enclosures=enclosures)
        ]
        found_programs = [
            p
            for start, end in scan
            for p in programs.find_programs(
                text, folded, start, end, enclosures=enclosures, tokenizer=self.tokenizer
            )
        ]
        found_documents = [
            d for start, end in scan for d in programs.find_documents(text, folded, start, end, enclosures=enclosures)
        ]

        # Dates are read from the header too (the publication time is a date mention).
        found_dates = dates.find_dates(text, folded, 0, body_end, reference=meta.published_at, enclosures=enclosures)

        locate = _SectionLocator(found_sections)
        program_names = sorted({p.name for p in found_programs})
        section_keywords = keywords.find_section_keywords(
            self.tokenizer, text, [(s.start, s.end) for s in found_sections],
            count=self.keyword_count, extra_words=program_names,
        )
        found_sections = [
            section.model_copy(update={"keywords": words})
            for section, words in zip(found_sections, section_keywords, strict=True)
        ]
        document = Document(
            source=source,
            length=len(text),
            title=meta.title,
            title_start=meta.title_start,
            title_end=meta.title_end,
            subtitle=meta.subtitle,
            subtitle_start=meta.subtitle_start,
            subtitle_end=meta.subtitle_end,
            published_at=meta.published_at,
            outlet=meta.outlet,
            editor=meta.editor,
            chief_editor=meta.chief_editor,
            author=meta.author,
            reporters=list(meta.reporters),
            photographer=meta.photographer,
            dateline=meta.dateline,
            dateline_start=meta.dateline_start,
            dateline_end=meta.dateline_end,
            body_start=body_start,
            body_end=body_end,
            sections=found_sections,
            quantities=[locate.assign(q) for q in found_quantities],
            programs=[locate.assign(p) for p in found_programs],
            documents=[locate.assign(d) for d in found_documents],
            dates=[locate.assign(d) for d in found_dates],
        )
        document.check_spans(text)
        return document

    def pipe(
        self, items: Iterable[Union[str, tuple[str, T]]], *, as_tuples: bool = False
    ) -> Iterator[Union[Document, tuple[Document, T]]]:
        """Lazily extract many texts, in order.

        With ``as_tuples=True`` each item is ``(text, context)`` and each result
        is ``(document, context)``, so a file path can travel beside its text.
        """
        for item in items:
            if as_tuples:
                text, context = item  # type: ignore[misc]
                yield self(text), context
            else:
                yield self(item)  # type: ignore[arg-type]


class _SectionLocator:
    """Map an offset to the index of the innermost section that contains it."""

    def __init__(self, found: list[Section]) -> None:
        self._sections = sorted(found, key=lambda s: (s.start, -s.end))
        self._starts = [s.start for s in self._sections]

    def index_of(self, offset: int) -> Optional[int]:
        position = bisect_right(self._starts, offset)
        for section in reversed(self._sections[:position]):
            if section.start <= offset < section.end:
                return section.index
        return None

    def assign(self, record: T) -> T:
        return record.model_copy(update={"section": self.index_of(record.start)})  # type: ignore[attr-defined]


_default: Optional[Extractor] = None


def extract(text: str, *, source: Optional[str] = None) -> Document:
    """Extract a :class:`Document` from ``text`` with a shared default :class:`Extractor`."""
    global _default
    if _default is None:
        _default = Extractor()
    return _default(text, source=source)
