"""Reporting periods: which date mention governs each quantity, and the interval it holds for.

In: the document's quantities and date mentions (both final records, in text
order), its sections, the title's span, where the body begins and the
publication date.  Out: the same quantities with ``period`` (a date mention's
surface), ``period_start``/``period_end`` (its offsets), ``period_from``/
``period_to`` (ISO dates) and ``period_granularity`` set, where a mention
governs them.

Which mention governs (the first rule that finds one wins):

0. for a cell of a statistical table, the one in its column header (全年, 2024年), else in the
   table's caption (表1  2024年主要农产品产量…);

1. the last mention before the quantity in its own clause;
2. else the last one before it in its sentence;
3. else the first one in its paragraph's first sentence (1—10月，全省…; after a heading run into it);
4. else the one in the heading of its section (or of an enclosing section);
5. else the document's own reporting period: the first mention in the title.

Never eligible: mentions in the header (the publication time) or the dateline,
and comparison bases (比上年, 较年初, 与一季度相比: the basis, not the period; an index
base 上年=100 too).
The interval is the mention's, narrowed where the text says so: a point
(2024年底, 年末, or a year after 截至) holds on its last day; a mention followed
by 以来 runs from its first day to the publication date.  A mention that
cannot be resolved keeps its surface and offsets with null dates; without a
mention no period is set.

Why our own code: which period a figure in a release holds for is a matter of
this genre's layout (periods open paragraphs and headings, comparisons name
other periods), which no general library models.  Cost: one bisection per
quantity and a few bounded ``rfind`` calls.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache

import regex

from ..compact import amend
from ..lexicon import periods as lex
from ..models import DateGranularity, DateMention, Quantity, Section

_POINT_ENDS = ("底", "末")


def assign_periods(
    quantities: list[Quantity],
    mentions: Sequence[DateMention],
    folded: str,
    *,
    sections: Sequence[Section] = (),
    title_span: tuple[int, int] | None = None,
    excluded_spans: Sequence[tuple[int, int]] = (),
    body_start: int = 0,
    published: date | None = None,
    table_places: Mapping[int, Sequence[tuple[int, int]]] | None = None,
) -> list[Quantity]:
    """Set the period fields of ``quantities`` in place; the same list.

    ``folded`` is the folded text the offsets index; ``title_span`` the title's
    offsets (its mentions are the document's own period); mentions before
    ``body_start`` outside the title, and inside ``excluded_spans`` (the
    dateline), are never a period.  ``table_places`` maps the start of a table cell to the spans
    where its period is written (its column header, the table's caption), searched first.
    """
    if not quantities or not mentions:
        return quantities
    eligible = [m for m in mentions if _eligible(m, folded, title_span, excluded_spans, body_start)]
    if not eligible:
        return quantities
    starts = [m.start for m in eligible]
    ends = [m.end for m in eligible]
    document_period = None
    if title_span is not None:
        document_period = next((m for m in eligible if title_span[0] <= m.start and m.end <= title_span[1]), None)
    by_index = {s.index: s for s in sections}
    for position, quantity in enumerate(quantities):
        places = table_places.get(quantity.start, ()) if table_places else ()
        mention = next((m for low, high in places if (m := _first_in(eligible, starts, low, high))), None)
        mention = mention or _governing(quantity, eligible, starts, ends, folded, by_index) or document_period
        if mention is not None:
            quantities[position] = _with_period(quantity, mention, folded, published)
    return quantities


def _eligible(
    mention: DateMention, folded: str, title_span: tuple[int, int] | None,
    excluded_spans: Sequence[tuple[int, int]], body_start: int,
) -> bool:
    in_title = title_span is not None and title_span[0] <= mention.start and mention.end <= title_span[1]
    if mention.start < body_start and not in_title:
        return False  # the header: the publication time is never a period
    if any(low <= mention.start < high for low, high in excluded_spans):
        return False
    return not _is_comparison(mention, folded)


def _is_comparison(mention: DateMention, folded: str) -> bool:
    """True when ``mention`` is the base of a comparison (比上年, 与一季度相比)."""
    before = folded[max(0, mention.start - 6 - lex.COMPARISON_GAP) : mention.start].rstrip(" \t")
    if before.endswith(lex.COMPARISON_BEFORE):
        return True
    after = folded[mention.end : mention.end + 4 + lex.COMPARISON_GAP].lstrip(" \t")
    return after.startswith(lex.COMPARISON_AFTER) or after.startswith(lex.INDEX_BASE_AFTER) or (
        before.endswith(lex.SHARE_BEFORE) and after.startswith(lex.SHARE_AFTER)
    )


@cache
def _marks(marks: tuple[str, ...], reverse: bool) -> regex.Pattern[str]:
    """One search for any of ``marks`` (single characters), the last one first when ``reverse``."""
    if any(len(mark) != 1 for mark in marks):
        raise ValueError(f"clause and sentence marks are single characters, not {marks!r}")
    return regex.compile("[" + "".join(regex.escape(mark) for mark in marks) + "]", regex.REVERSE if reverse else 0)


def _boundary(folded: str, marks: tuple[str, ...], low: int, position: int) -> int:
    """Where the stretch ending at ``position`` begins: after the last of ``marks`` at or after ``low``."""
    found = _marks(marks, True).search(folded, low, position)
    return low if found is None else max(low, found.end())


def _governing(
    quantity: Quantity, eligible: list[DateMention], starts: list[int], ends: list[int], folded: str,
    sections: dict[int, Section],
) -> DateMention | None:
    position = quantity.start
    low = max(0, position - lex.CLAUSE_REACH)
    paragraph = max(low, folded.rfind("\n", low, position) + 1)
    before = bisect_right(ends, position) - 1
    if before >= 0 and eligible[before].start >= paragraph:
        latest = eligible[before]
        if latest.start >= _boundary(folded, lex.SENTENCE_MARKS, paragraph, position):
            return latest  # rules 1 and 2: the last mention before it in its clause, else its sentence
    section = sections.get(quantity.section) if quantity.section is not None else None
    opening = _after_heading(section, folded, paragraph, position)
    opener = _first_in(eligible, starts, opening, _sentence_end(folded, opening, position))
    if opener is not None:
        return opener  # rule 3: the period opening its paragraph
    return _heading_period(quantity.section, eligible, starts, folded, sections)


def _after_heading(section: Section | None, folded: str, paragraph: int, position: int) -> int:
    """Where the paragraph's own text begins: after a heading run into it (一、工业生产稳步回升。1—10月，…)."""
    if section is None or section.theme_end is None or not paragraph <= section.start < section.theme_end < position:
        return paragraph
    end = section.theme_end
    return end + 1 if folded[end] in lex.CLAUSE_MARKS else end  # past the mark ending the heading


def _clause_end(folded: str, start: int, limit: int, marks: tuple[str, ...] = lex.CLAUSE_MARKS) -> int:
    """Where the clause beginning at ``start`` ends (at most ``limit``)."""
    found = _marks(marks, False).search(folded, start, limit)
    return limit if found is None else found.start()


def _sentence_end(folded: str, start: int, limit: int) -> int:
    """Where the sentence beginning at ``start`` ends (at most ``limit``)."""
    return _clause_end(folded, start, limit, lex.SENTENCE_MARKS)


def _first_in(eligible: list[DateMention], starts: list[int], low: int, high: int) -> DateMention | None:
    """The first eligible mention lying wholly in ``[low, high)``."""
    index = bisect_left(starts, low)
    if index < len(eligible) and eligible[index].end <= high:
        return eligible[index]
    return None


def _heading_period(
    index: int | None, eligible: list[DateMention], starts: list[int], folded: str, sections: dict[int, Section]
) -> DateMention | None:
    """The period named in the heading of section ``index`` or of a section enclosing it."""
    seen = 0
    while index is not None and seen < 16:
        section = sections.get(index)
        if section is None:
            return None
        if section.marker is not None or section.theme is not None:
            high = section.theme_end if section.theme_end is not None else _clause_end(
                folded, section.start, min(section.end, section.start + lex.CLAUSE_REACH)
            )
            found = _first_in(eligible, starts, section.start, high)
            if found is not None:
                return found
        index, seen = section.parent, seen + 1
    return None


def _with_period(quantity: Quantity, mention: DateMention, folded: str, published: date | None) -> Quantity:
    first, last = mention.interval_start, mention.interval_end
    granularity = mention.granularity
    if first is not None and last is not None:
        after = folded[mention.end : mention.end + 4].lstrip(" \t")
        before = folded[max(0, mention.start - 5) : mention.start].rstrip(" \t")
        if after.startswith(lex.SINCE_WORDS) and "/" not in (mention.value or ""):
            # 今年以来: from its first day to the publication date
            last = published.isoformat() if published is not None and published.isoformat() >= first else None
            granularity = DateGranularity.DAY
        elif mention.text.rstrip().endswith(_POINT_ENDS) or (
            before.endswith(lex.AS_OF_WORDS) and mention.granularity is DateGranularity.YEAR
        ):
            first, granularity = last, DateGranularity.DAY  # a stock: the last day (截至2024年底, 年末)
    return amend(
        quantity,
        period=mention.text, period_start=mention.start, period_end=mention.end,
        period_from=first, period_to=last, period_granularity=granularity,
    )
