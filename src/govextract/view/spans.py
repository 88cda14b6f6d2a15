"""The document's mentions as nested, non-crossing marks over its text.

In: a :class:`~govextract.models.Document` (its quantities, programs, 《》
documents, dates, the subjects, periods and bases of its quantities, the
title, section themes and points). Out: :class:`Mark` pieces that are pairwise
nested or disjoint, and :func:`nest` arranging them as a tree of
:class:`Node` values that a page writes as nested elements.

Written here rather than taken from a library: displaCy-style renderers draw
flat, non-overlapping entities, while a govextract record nests (a quantity
inside a point inside a theme) and crosses (a subject running into the next
date). The rule that matters is ours: a quantity is never split, so its
element's text is exactly its surface. Marks are taken in order of rank
(quantities first, then 《》 documents, programs, dates, subjects, periods,
bases, then the structure); each is cut where a piece taken before it
crosses it, so no two pieces cross. The pieces are kept sorted by start,
so a mark looks only at the pieces near it that can cross it.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..models import Document

#: Categories in the order they are taken: a mark is only ever cut by marks of an earlier category (or an earlier
#: mark of its own). Quantities come first, so they are never cut.
RANK = (
    "quantity",
    "document",
    "program",
    "date",
    "subject",
    "period",
    "basis",
    "point-label",
    "title",
    "subtitle",
    "dateline",
    "theme",
    "point",
)

# For marks of the same extent, which element encloses which (outermost first).
_OUTER_FIRST = (
    "title",
    "subtitle",
    "dateline",
    "theme",
    "point",
    "point-label",
    "subject",
    "basis",
    "program",
    "document",
    "date",
    "period",
    "quantity",
)
_RANK = {name: rank for rank, name in enumerate(RANK)}
_DEPTH = {name: depth for depth, name in enumerate(_OUTER_FIRST)}


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch ``[start, end)`` of the text.

    ``ref`` is the index of the record the mark belongs to in its document
    list (the quantity, program, document, date or section), ``part`` says
    that the mark is one piece of a longer one cut where another crosses it.
    """

    start: int
    end: int
    category: str
    ref: int | None = None
    part: bool = False


@dataclass
class Node:
    """A mark and the marks nested in it."""

    mark: Mark
    children: list[Node] = field(default_factory=list)


def document_marks(document: Document) -> list[Mark]:
    """Every mention of ``document`` as a mark (empty spans left out, repeats of one extent and category once)."""
    marks: list[Mark] = []

    def add(start: int | None, end: int | None, category: str, ref: int | None = None) -> None:
        if start is not None and end is not None:
            marks.append(Mark(start, end, category, ref))

    add(document.title_start, document.title_end, "title")
    add(document.subtitle_start, document.subtitle_end, "subtitle")
    add(document.dateline_start, document.dateline_end, "dateline")
    for section in document.sections:
        add(section.theme_start, section.theme_end, "theme", section.index)
        for point in section.points:
            add(point.label_start, point.label_start + len(point.label), "point-label", section.index)
            add(point.start, point.end, "point", section.index)
    for index, quantity in enumerate(document.quantities):
        add(quantity.start, quantity.end, "quantity", index)
        add(quantity.subject_start, quantity.subject_end, "subject")
        add(quantity.period_start, quantity.period_end, "period")
        add(quantity.basis_start, quantity.basis_end, "basis")
    for index, program in enumerate(document.programs):
        marks.append(Mark(program.start, program.end, "program", index))
    for index, cited in enumerate(document.documents):
        marks.append(Mark(cited.start, cited.end, "document", index))
    for index, date in enumerate(document.dates):
        marks.append(Mark(date.start, date.end, "date", index))
    seen: set[tuple[int, int, str]] = set()
    unique = []
    for mark in marks:
        key = (mark.start, mark.end, mark.category)
        if mark.end > mark.start and key not in seen:
            seen.add(key)
            unique.append(mark)
    return unique


def split_crossing(marks: Iterable[Mark], cuts: Iterable[int] = ()) -> list[Mark]:
    """Cut marks where others cross them, so that any two of the pieces are nested or disjoint.

    Marks are taken by :data:`RANK`, then by position; each is cut where a
    piece taken before it crosses it (at that piece's end or start, the one
    strictly inside the mark) and at ``cuts`` (positions no piece may span,
    such as the start of a section). A mark nested in another, or holding
    one, is not cut. Quantities, taken first, are cut only by ``cuts`` and by
    an earlier quantity crossing them.
    """
    cuts = sorted(set(cuts))
    accepted: list[tuple[int, int]] = []  # the pieces so far, by start; pairwise nested or disjoint
    longest = 0
    pieces: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (_RANK.get(m.category, len(RANK)), m.start, -m.end)):
        points = set(cuts[bisect.bisect_right(cuts, mark.start) : bisect.bisect_left(cuts, mark.end)])
        before = bisect.bisect_left(accepted, (mark.start,))
        for at in range(before - 1, -1, -1):  # pieces still open at mark.start
            start, end = accepted[at]
            if start <= mark.start - longest:
                break
            if mark.start < end < mark.end:
                points.add(end)
        after = bisect.bisect_right(accepted, (mark.start, float("inf")))
        for start, end in accepted[after : bisect.bisect_left(accepted, (mark.end,))]:  # pieces starting inside
            if end > mark.end:
                points.add(start)
        if not points:
            made = [mark]
        else:
            edges = [mark.start, *sorted(points), mark.end]
            made = [Mark(start, end, mark.category, mark.ref, part=True) for start, end in itertools.pairwise(edges)]
        for piece in made:
            bisect.insort(accepted, (piece.start, piece.end))
            longest = max(longest, piece.end - piece.start)
        pieces.extend(made)
    return pieces


def nest(pieces: Iterable[Mark]) -> list[Node]:
    """The pieces (pairwise nested or disjoint) as a forest, in text order."""
    roots: list[Node] = []
    stack: list[Node] = []
    for mark in sorted(pieces, key=lambda m: (m.start, -m.end, _DEPTH.get(m.category, len(_DEPTH)))):
        while stack and stack[-1].mark.end <= mark.start:
            stack.pop()
        node = Node(mark)
        if stack and mark.end > stack[-1].mark.end:
            raise ValueError(f"{mark.category} {mark.start}:{mark.end} crosses {stack[-1].mark.category}")
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def settle_cuts(cuts: Iterable[int], quantities: Iterable[tuple[int, int]]) -> list[int]:
    """``cuts`` with any that falls strictly inside a quantity moved to its end, sorted, without repeats."""
    spans = sorted(quantities)
    starts = [start for start, _ in spans]
    settled = set()
    for cut in cuts:
        at = bisect.bisect_left(starts, cut) - 1  # the last quantity starting before the cut
        while at >= 0 and spans[at][1] > cut:
            cut = spans[at][1]
            at = bisect.bisect_left(starts, cut) - 1
        settled.add(cut)
    return sorted(settled)
