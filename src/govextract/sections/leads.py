"""Stage 2b of section finding: lead items and lead-sentence series that open sections.

In: the paragraphs and quoted positions of stage 1 and the headings of stage 2
(``headings``).  Out: those headings with the lead headings added, in
document order.  Both devices are lists, so both are judged per stretch of
paragraphs between two headings of stage 2:

* lead items (``DASH``): paragraphs led by a dash, ——统一规划，创新发展。…
  At least ``MIN_LEAD_ITEMS`` of them under one heading, each lead no longer
  than a title, are themes of sections one level below that heading; the
  marker is the dash, the theme the lead up to its first 。/；/：/！/？ (a comma
  does not end it).  When one lead runs longer, the items are sentences and
  stay points (``points``); dash items inside a paragraph (包括：——甲；——乙)
  are never headings.
* lead-sentence series (``SERIES``): paragraphs that each open with a
  summarizing sentence built alike, a short term, a comma and a link word
  (“稳”，主要体现在…。/ “进”，主要体现在…。).  At least ``MIN_SERIES_THEMES``
  of them under one heading give one theme each: the whole first sentence.
  A lone paragraph of that form, or paragraphs that merely share a first word,
  open nothing.

Package-internal API: the kind names ``DASH`` and ``SERIES`` and
``add_lead_headings``.

Why our own code: these are conventions of Chinese official prose (the ——
lead items of 政府工作报告 and 指导意见, the “稳”“进”“好” summaries of a
press conference), told apart from ordinary paragraphs only by the list they
form.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import headings as lex
from .headings import Heading
from .paragraphs import TRAILING, Paragraph, Quoted, find_outside, is_bullet_item, is_dash_item, trim
from .patterns import alternation, char_class

DASH = "dash"  # ——统一规划，创新发展。 at paragraph start
SERIES = "series"  # “稳”，主要体现在…。 in a series of parallel paragraphs


@lru_cache(maxsize=1)
def _dash_leader_pattern() -> regex.Pattern[str]:
    """A dash leader and the rest of its run (———— is one leader)."""
    characters = char_class("".join(sorted(set("".join(lex.DASH_LEADERS)))))
    return regex.compile(rf"{alternation(lex.DASH_LEADERS)}{characters}*")


@lru_cache(maxsize=1)
def _series_opening_pattern() -> regex.Pattern[str]:
    """A summarizing opening: a short term, quoted or not, a comma and a link word."""
    longest = lex.SERIES_TERM_MAX_LENGTH
    quoted = "|".join(
        f"{regex.escape(opening)}[^{regex.escape(closing)}\\n]{{1,{longest}}}{regex.escape(closing)}"
        for opening, closing in lex.QUOTATION_PAIRS
    )
    return regex.compile(
        rf"(?:{quoted}|\p{{Han}}{{1,{longest}}})\s*{char_class(lex.SERIES_TERM_SEPARATORS)}\s*"
        rf"{alternation(lex.SERIES_LINK_WORDS)}"
    )


@lru_cache(maxsize=1)
def _han_pattern() -> regex.Pattern[str]:
    return regex.compile(r"\p{Han}")


def add_lead_headings(
    folded: str, paragraphs: list[Paragraph], inside: Quoted, headings: list[Heading]
) -> list[Heading]:
    """``headings`` with the lead items and lead-sentence series added, in document order."""
    added: list[Heading] = []
    taken = {heading.paragraph for heading in headings}
    bounds = [h.paragraph for h in headings] + [len(paragraphs)]
    lo = 0
    for hi in bounds:
        stretch = [i for i in range(lo, hi) if i not in taken]
        added.extend(_lead_items(folded, paragraphs, inside, stretch))
        added.extend(_series(folded, paragraphs, inside, stretch))
        lo = hi
    if not added:
        return headings
    return sorted([*headings, *added], key=lambda heading: heading.paragraph)


def _lead_items(folded: str, paragraphs: list[Paragraph], inside: Quoted, stretch: list[int]) -> list[Heading]:
    """The dash-led paragraphs of one stretch as headings, or none when they are no list of titles."""
    items = []
    for i in stretch:
        paragraph = paragraphs[i]
        if not is_dash_item(folded, paragraph):
            continue
        leader = _dash_leader_pattern().match(folded, paragraph.start, paragraph.end)
        marker_end = leader.end() if leader is not None else paragraph.start
        stop = find_outside(folded, lex.HEADING_TERMINATORS, marker_end, paragraph.end, inside)
        lo, hi = trim(folded, marker_end, paragraph.end if stop < 0 else stop, TRAILING)
        if len(_han_pattern().findall(folded, lo, hi)) < lex.LEAD_ITEM_MIN_HAN:
            continue  # — 3 —: a page number, no item
        if hi - lo > lex.LEAD_ITEM_MAX_LENGTH:
            return []  # a sentence, not a title: the list stays points
        items.append(Heading(i, DASH, 0, marker_end, lo, hi))
    return items if len(items) >= lex.MIN_LEAD_ITEMS else []


def _series(folded: str, paragraphs: list[Paragraph], inside: Quoted, stretch: list[int]) -> list[Heading]:
    """Paragraphs of one stretch that open with a summarizing sentence of the same build."""
    found = []
    for i in stretch:
        paragraph = paragraphs[i]
        if is_dash_item(folded, paragraph) or is_bullet_item(folded, paragraph):
            continue
        if _series_opening_pattern().match(folded, paragraph.start, paragraph.end) is None:
            continue
        stop = find_outside(folded, lex.SERIES_SENTENCE_TERMINATORS, paragraph.start, paragraph.end, inside)
        lo, hi = trim(folded, paragraph.start, paragraph.end if stop < 0 else stop, TRAILING)
        if hi - lo <= lex.SERIES_THEME_MAX_LENGTH:
            found.append(Heading(i, SERIES, 0, paragraph.start, lo, hi))
    return found if len(found) >= lex.MIN_SERIES_THEMES else []
