"""Typed records produced by govextract.

Every mention carries half-open character offsets ``start``/``end`` into the
exact string that was given to :func:`govextract.extract`; ``text[start:end]``
is the mention's surface.  The models check what they can on their own
(bounds, ordering, value canonicalization); :meth:`Document.check_spans`
checks surfaces against the source text, and the pipeline runs it on every
document it builds.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

SCHEMA_VERSION = "1.2"

Number = int | float


class QuantityKind(str, Enum):
    """What a quantity measures."""

    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    COUNT = "count"
    MONEY = "money"
    MEASURE = "measure"
    MULTIPLE = "multiple"
    RANK = "rank"
    INDEX = "index"
    RATIO = "ratio"


class Approx(str, Enum):
    """How the written number relates to the true one."""

    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"


class Direction(str, Enum):
    """Direction of change stated by the verb governing a quantity."""

    UP = "up"
    DOWN = "down"


class ProgramCategory(str, Enum):
    """What a quoted name is."""

    PROGRAM = "program"
    SLOGAN = "slogan"
    OTHER = "other"


def canonical_number(value: Number) -> Number:
    """Return ``value`` as an ``int`` when it is whole, else as a ``float``.

    One canonical form keeps golden files byte-stable (85000, never 85000.0).

    >>> canonical_number(85000.0), canonical_number(0.352), canonical_number(3)
    (85000, 0.352, 3)
    """
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError("a quantity value must be finite")
        if value.is_integer():
            return int(value)
        return float(repr(round(value, 10)))
    return int(value)


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _Span(_Record):
    start: int
    end: int

    @model_validator(mode="after")
    def _ordered(self) -> _Span:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}:{self.end}")
        return self


class DateGranularity(str, Enum):
    """How precisely a date mention is written."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"
    DECADE = "decade"


class Basis(str, Enum):
    """What a change is measured against, as the text states it."""

    YEAR_ON_YEAR = "year_on_year"
    PERIOD_ON_PERIOD = "period_on_period"
    VS_EARLIER = "vs_earlier"
    VS_AVERAGE = "vs_average"
    VS_TARGET = "vs_target"


class Quantity(_Span):
    """A number with its unit, kind, qualifier, the metric it measures, the period it holds for and its basis.

    ``period`` is the surface of the date mention that governs the quantity
    (one of the document's ``dates``), ``period_start``/``period_end`` its
    offsets, ``period_from``/``period_to`` the ISO dates of the interval the
    quantity holds for and ``period_granularity`` its precision; ``basis``
    says what a change is measured against, ``basis_start``/``basis_end``
    the offsets of the words that say it. ``parts`` holds the terms of a
    ratio (``5.5∶39.7∶54.8``), ``value`` being the first.
    """

    text: str
    value: Number
    value_max: Number | None = None
    kind: QuantityKind
    unit: str | None = None
    approx: Approx = Approx.EXACT
    qualifier: str | None = None
    direction: Direction | None = None
    subject: str | None = None
    subject_start: int | None = None
    subject_end: int | None = None
    section: int | None = None
    parts: list[Number] | None = None
    period: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    period_from: str | None = None
    period_to: str | None = None
    period_granularity: DateGranularity | None = None
    basis: Basis | None = None
    basis_start: int | None = None
    basis_end: int | None = None

    @field_validator("value", "value_max")
    @classmethod
    def _canonical(cls, value: Number | None) -> Number | None:
        return None if value is None else canonical_number(value)

    @model_validator(mode="after")
    def _surface_length(self) -> Quantity:
        if len(self.text) != self.end - self.start:
            raise ValueError(f"quantity {self.text!r} does not fit its span {self.start}:{self.end}")
        if (self.subject is None) != (self.subject_start is None) or (
            self.subject_start is not None
            and (self.subject_end is None or self.subject_end - self.subject_start != len(self.subject or ""))
        ):
            raise ValueError(f"subject {self.subject!r} does not fit its span")
        if (self.period is None) != (self.period_start is None) or (
            self.period_start is not None
            and (self.period_end is None or self.period_end - self.period_start != len(self.period or ""))
        ):
            raise ValueError(f"period {self.period!r} does not fit its span")
        if (self.basis_start is None) != (self.basis_end is None) or (
            self.basis_start is not None and (self.basis is None or self.basis_end <= self.basis_start)  # type: ignore[operator]
        ):
            raise ValueError("basis offsets must be given together, around the words that state the basis")
        return self


class Program(_Span):
    """A name written in quotes, with the noun that says what it is."""

    name: str
    head: str | None = None
    head_start: int | None = None
    head_end: int | None = None
    category: ProgramCategory
    section: int | None = None

    @model_validator(mode="after")
    def _surface_length(self) -> Program:
        if len(self.name) != self.end - self.start:
            raise ValueError(f"program {self.name!r} does not fit its span {self.start}:{self.end}")
        if self.head is not None and (
            self.head_start is None or self.head_end is None or self.head_end - self.head_start != len(self.head)
        ):
            raise ValueError(f"program head {self.head!r} does not fit its span")
        return self


class DocumentRef(_Span):
    """A document cited by title in 《》; offsets cover the title inside the marks."""

    title: str
    section: int | None = None

    @model_validator(mode="after")
    def _surface_length(self) -> DocumentRef:
        if len(self.title) != self.end - self.start:
            raise ValueError(f"document title {self.title!r} does not fit its span")
        return self


class DateMention(_Span):
    """A date or time written in the text, normalized to an ISO 8601 value and interval.

    ``value`` is the ISO form at the precision written (``2023-02-03T14:05:57``,
    ``2023-02-03``, ``2023-02``, ``2023-Q1``, ``2023-H1``, ``2023``);
    ``interval_start``/``interval_end`` are the first and last day it covers
    (inclusive, ISO dates), so ranges such as 1—2月 and periods such as
    2022年底 or 今年一季度 can be compared.  Partial and relative dates (2月3日,
    去年, 今年一季度) are resolved against the document's ``published_at``;
    ``relative`` says so.  Without a reference they stay unresolved (null values).
    """

    text: str
    value: str | None = None
    interval_start: str | None = None
    interval_end: str | None = None
    granularity: DateGranularity
    relative: bool = False
    section: int | None = None

    @model_validator(mode="after")
    def _surface_length(self) -> DateMention:
        if len(self.text) != self.end - self.start:
            raise ValueError(f"date {self.text!r} does not fit its span {self.start}:{self.end}")
        return self


class Point(_Span):
    """An enumerated point (一是/二是…); offsets cover ``text``, without label or final 。."""

    label: str
    label_start: int
    text: str


class Section(_Span):
    """A stretch of the body with its theme, points and keywords."""

    index: int
    level: int = 1
    parent: int | None = None
    theme: str | None = None
    theme_start: int | None = None
    theme_end: int | None = None
    marker: str | None = None
    points: list[Point] = []
    keywords: list[str] = []


class PageMetadata(BaseModel):
    """What a saved page or a dump line says about its article besides the text.

    Passed to :class:`govextract.Extractor`; each field fills the document's
    field when the text itself gives none (a title taken from here has null
    offsets, since it is not in the text).  ``headline_in_text`` says whether
    the text may start with the headline: the main text of a saved page
    usually does not, so its first line is not taken for a title unless it
    repeats ``title``.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = None
    published_at: datetime | None = None
    outlet: str | None = None
    headline_in_text: bool = True


class Document(_Record):
    """Everything govextract knows about one release.

    ``text`` is the string every offset indexes when that is not simply the
    file's decoded content (the main text of a saved page, one line of a
    crawler dump), or when it was asked for; otherwise it is null and the
    offsets index the file as decoded.
    """

    record: Literal["document"] = "document"
    schema_version: str = SCHEMA_VERSION
    source: str | None = None
    source_id: str | None = None
    encoding: str | None = None
    length: int
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    subtitle: str | None = None
    subtitle_start: int | None = None
    subtitle_end: int | None = None
    published_at: datetime | None = None
    outlet: str | None = None
    editor: str | None = None
    chief_editor: str | None = None
    author: str | None = None
    reporters: list[str] = []
    photographer: str | None = None
    dateline: str | None = None
    dateline_start: int | None = None
    dateline_end: int | None = None
    body_start: int = 0
    body_end: int
    sections: list[Section] = []
    quantities: list[Quantity] = []
    programs: list[Program] = []
    documents: list[DocumentRef] = []
    dates: list[DateMention] = []
    text: str | None = None

    @model_validator(mode="after")
    def _in_bounds(self) -> Document:
        if self.text is not None and len(self.text) != self.length:
            raise ValueError(f"text holds {len(self.text)} characters, length says {self.length}")
        if not 0 <= self.body_start <= self.body_end <= self.length:
            raise ValueError(f"body {self.body_start}:{self.body_end} outside a text of {self.length} characters")
        for kind, span, _surface in self.iter_spans():
            if span[1] > self.length:
                raise ValueError(f"{kind} span {span} ends beyond the text ({self.length} characters)")
        return self

    def iter_spans(self) -> Iterator[tuple[str, tuple[int, int], str | None]]:
        """Yield ``(kind, (start, end), surface)`` for every span in the document.

        ``surface`` is the text the span must cover, or ``None`` where the
        record holds no copy of it (sections).
        """
        if self.title is not None and self.title_start is not None and self.title_end is not None:
            yield "title", (self.title_start, self.title_end), self.title
        if self.subtitle is not None and self.subtitle_start is not None and self.subtitle_end is not None:
            yield "subtitle", (self.subtitle_start, self.subtitle_end), self.subtitle
        if self.dateline is not None and self.dateline_start is not None and self.dateline_end is not None:
            yield "dateline", (self.dateline_start, self.dateline_end), self.dateline
        for s in self.sections:
            yield "section", (s.start, s.end), None
            if s.theme is not None and s.theme_start is not None and s.theme_end is not None:
                yield "theme", (s.theme_start, s.theme_end), s.theme
            for p in s.points:
                yield "point", (p.start, p.end), p.text
        for q in self.quantities:
            yield "quantity", (q.start, q.end), q.text
            if q.subject is not None and q.subject_start is not None and q.subject_end is not None:
                yield "subject", (q.subject_start, q.subject_end), q.subject
            if q.period is not None and q.period_start is not None and q.period_end is not None:
                yield "period", (q.period_start, q.period_end), q.period
            if q.basis_start is not None and q.basis_end is not None:
                yield "basis", (q.basis_start, q.basis_end), None  # the words that state the basis
        for g in self.programs:
            yield "program", (g.start, g.end), g.name
            if g.head is not None and g.head_start is not None and g.head_end is not None:
                yield "head", (g.head_start, g.head_end), g.head
        for d in self.documents:
            yield "document", (d.start, d.end), d.title
        for m in self.dates:
            yield "date", (m.start, m.end), m.text

    def span_errors(self, text: str | None = None) -> list[str]:
        """Describe every span whose surface differs from ``text[start:end]``.

        ``text`` defaults to the record's own ``text`` where it carries one.
        """
        if text is None:
            if self.text is None:
                raise ValueError("this record carries no text: pass the text its offsets index")
            text = self.text
        if len(text) != self.length:
            return [f"document was built from {self.length} characters, got {len(text)}"]
        errors = []
        for kind, (start, end), surface in self.iter_spans():
            if surface is not None and text[start:end] != surface:
                errors.append(f"{kind} {surface!r} at {start}:{end} reads {text[start:end]!r}")
        return errors

    def check_spans(self, text: str | None = None) -> None:
        """Raise ``ValueError`` unless every surface equals ``text[start:end]``."""
        errors = self.span_errors(text)
        if errors:
            raise ValueError("; ".join(errors))
