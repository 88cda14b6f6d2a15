"""Stage 3 of section finding: the outline, from headings to ``Section`` records.

In: the paragraphs of stage 1 and the headings of stage 2.  Out: ``Span``
records (level, parent, first and last paragraph, heading) and, once the
points stage has run on them, the ``Section`` records themselves.

A heading without a fixed level hangs one level below the enclosing heading it
may hang from (``relative_level``); a section runs until the next heading of
the same or a higher (smaller) level; text before the first heading is an
untitled section, a sibling of the first heading.  Each paragraph is owned
directly by the section opened last (``paragraph_owners``), which is where the
points stage looks for its items.

Why our own code: the levels come from the numbering conventions of Chinese
official documents and from where unmarked headings hang, which no generic
outline builder knows.

Package-internal API: ``Span``, ``build_spans``, ``paragraph_owners`` and
``make_sections``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..compact import construct
from ..models import Point, Section
from .headings import ARTICLE, BULLET, LEAD, MARKER, ORDINAL, STACKED, SUBHEADING, Heading
from .leads import DASH
from .paragraphs import Paragraph
from .transcripts import QUESTION


@dataclass(slots=True)
class Span:
    """A section before it becomes a record: paragraph indexes, not offsets."""

    level: int
    parent: int | None  # index of the enclosing span
    first: int  # index of the first paragraph (the heading's own)
    last: int  # index of the last paragraph
    heading: Heading | None  # None for the untitled opening


def build_spans(paragraphs: list[Paragraph], headings: list[Heading]) -> list[Span]:
    # Resolve levels and parents with a stack of open sections: (index, kind, level).
    spans: list[Span] = []
    first_heading = headings[0].paragraph if headings else len(paragraphs)
    if first_heading > 0:
        spans.append(Span(level=1, parent=None, first=0, last=first_heading - 1, heading=None))
    offset = len(spans)
    stack: list[tuple[int, str, int]] = []
    for n, heading in enumerate(headings):
        level = heading.level or relative_level(heading.kind, stack)
        while stack and stack[-1][2] >= level:
            stack.pop()
        spans.append(Span(level=level, parent=stack[-1][0] if stack else None,
                          first=heading.paragraph, last=len(paragraphs) - 1, heading=heading))
        stack.append((offset + n, heading.kind, level))
    # A section runs to the paragraph before the next heading of the same or a higher level.
    # ``waiting`` holds the sections whose end is not found yet, levels rising toward its top:
    # each later heading ends those at its level or below, so every span is visited once.
    waiting: list[Span] = []
    for span in spans[offset:]:
        while waiting and waiting[-1].level >= span.level:
            waiting.pop().last = span.first - 1
        waiting.append(span)
    if offset and len(spans) > 1:
        spans[0].level = spans[1].level  # the untitled opening is a sibling of the first heading
    return spans


def relative_level(kind: str, stack: list[tuple[int, str, int]]) -> int:
    """Level of a heading placed one below the enclosing heading it hangs from."""
    if kind in (ORDINAL, SUBHEADING, ARTICLE):
        anchors: tuple[str, ...] = (MARKER,)
    elif kind == STACKED:
        anchors = (MARKER, SUBHEADING)
    elif kind == BULLET:
        anchors = (MARKER, ORDINAL, SUBHEADING, STACKED)
    elif kind == DASH:
        anchors = (MARKER, ORDINAL, SUBHEADING, STACKED, BULLET, ARTICLE, LEAD, QUESTION)
    else:  # a lead sentence inside an answer hangs below its question (questions have a level of their own)
        anchors = (MARKER, ORDINAL, SUBHEADING, STACKED, BULLET, QUESTION)
    for _, open_kind, open_level in reversed(stack):
        if open_kind in anchors:
            return open_level + 1
    return 1


def paragraph_owners(spans: list[Span], count: int) -> list[int]:
    """Index of the section that owns each paragraph directly (the one opened last)."""
    firsts = [span.first for span in spans]
    return [max(0, bisect_right(firsts, i) - 1) for i in range(count)]


# The fields every section is built from (``keywords`` come later, from the keywords stage).
_SECTION_FIELDS = frozenset(
    {"index", "level", "parent", "theme", "theme_start", "theme_end", "marker", "start", "end", "points"}
)


def make_sections(
    text: str, paragraphs: list[Paragraph], spans: list[Span], points: dict[int, list[Point]]
) -> list[Section]:
    """The ``Section`` records of ``spans``, with the points found for each (by span index).

    Built without validation (:func:`govextract.compact.construct`): every value
    is an offset, a level or a slice of ``text`` made here, so the records are
    those ``Section(...)`` gives, a page of thousands of headings without its
    cost (a validation and a copied default per section).
    """
    sections = []
    for index, span in enumerate(spans):
        heading = span.heading
        section_start = paragraphs[span.first].start
        section_end = paragraphs[span.last].end
        if not 0 <= section_start <= section_end:
            raise ValueError(f"bad span {section_start}:{section_end}")
        theme = marker = None
        theme_start = theme_end = None
        if heading is not None and heading.theme_start is not None and heading.theme_end is not None:
            theme = text[heading.theme_start : heading.theme_end]
            theme_start, theme_end = heading.theme_start, heading.theme_end
        if heading is not None and heading.marker_end > section_start:
            marker = text[section_start : heading.marker_end]
        sections.append(
            construct(
                Section,
                _SECTION_FIELDS,  # the values in the model's order, kept as they come
                start=section_start,
                end=section_end,
                index=index,
                level=span.level,
                parent=span.parent,
                theme=theme,
                theme_start=theme_start,
                theme_end=theme_end,
                marker=marker,
                points=list(points.get(index, ())),
                keywords=[],
            )
        )
    return sections
