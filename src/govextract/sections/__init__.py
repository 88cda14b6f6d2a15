"""Section structure of a release body: headings, themes, nesting and points.

The body is read paragraph by paragraph (one line is one paragraph).  A
paragraph opens a section when it is

* a marked heading: 第一部分 / 一、 / （一） / 1. 1、 / （1） / ① at its start,
  each style with a fixed ``level`` (see ``lexicon.headings.HEADING_LEVELS``);
* an ordinal heading 第一，… at its start, one level below the enclosing
  marked heading (level 1 when there is none);
* an article of a regulation, 第一条 followed by a space or colon, one level
  below the enclosing chapter (第一章, level 1) or 第一节 (level 2); an
  article keeps its marker and has no theme, since a provision is no title;
* a standalone subheading: a short line without sentence punctuation between
  two paragraphs, one level below the enclosing marked heading;
* two such lines in a row above a paragraph: a subheading and one below it
  (a longer run of short lines stays a list, a table or a signature); a line
  wholly inside 【…】 is a subheading themed by its inside;
* a bullet (■ ◆ ● ▲ …) before a short line above a paragraph: a heading one
  level below the enclosing one, with the bullet as its marker;
* a paragraph whose lead sentence states its theme (政务服务水平持续提升。…),
  one level below the enclosing heading of any other kind.  The device is a
  pattern, so such paragraphs count in runs of ``MIN_LEAD_THEMES`` under one
  heading; a lone one in a document counts only as a status report (subject +
  trend adverb + short result) in one of the first two paragraphs of a longer body;
* a paragraph led by a dash (——统一规划，创新发展。…), one level below the
  heading it follows, when at least ``MIN_LEAD_ITEMS`` of them under that
  heading have leads no longer than a title; the dash is the marker, the
  theme the lead up to its first 。/；/：;
* a paragraph that opens with a summarizing sentence (“稳”，主要体现在…。) in a
  series of at least ``MIN_SERIES_THEMES`` built alike under one heading; the
  theme is the whole first sentence.

A section runs until the next heading of the same or a higher (smaller)
level; paragraphs without a heading of their own belong to the section
opened last.  Text before the first heading is a section without theme.

Never headings: the addressee line of an official document (各市人民政府：),
``label: value`` lines (联系电话：…), a speaker's title and name before a colon
in a transcript (副主任王强：…), and the numbered items of an attachment list
(附件：1．… / 2．…), which stays in the body because it precedes the signature.

In a transcript (``transcripts``: 问：/答：, 记者：, 【发布人】 turns) each
reporter's question opens a section themed by its question sentence, one
level below the transcript's own heading (答记者问) or at level 1; speaker
labels, the moderator's turns and the header block are no themes.

Points are enumerated items inside the paragraphs a section owns directly:
一是/二是…, 第一是/第二，…, 首先是/其次是/最后是, 首先是…第二是…第三是,
一方面/另一方面, paragraphs led by a bullet (◆ 鼓励…。) or by a dash when
the dash items are whole sentences rather than lead items, and dashes after a
colon or semicolon inside a paragraph (包括：——甲；——乙。).  A label counts only at
the start of a clause and only as part of a list: a run 一是, 二是 … or
first word plus a follower, at least two items in one section.

The work runs in stages, each a module of this package, each importing only
the stages before it:

1. ``paragraphs``: the body split into paragraphs, navigation lines at its
   start dropped, the offsets inside quotation marks;
2. ``headings``: which paragraphs open a section (marked headings,
   subheadings, stacked subheadings, bullets, lead sentences) and their themes;
   ``transcripts`` runs it on a transcript without its labels, questions and
   moderator's turns, and adds the questions;
   ``leads`` adds the lists of lead items and lead-sentence series;
3. ``outline``: levels, parents and paragraph spans of the sections;
4. ``points``: the enumerated points inside each section.

``patterns`` holds the regular expressions that the heading and point stages
share.  Only ``find_sections`` is public.
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import layout as page_layout
from ..enclosures import Enclosure
from ..models import Section
from ..normalize import checked_range
from .headings import find_headings
from .leads import add_lead_headings
from .outline import build_spans, make_sections, paragraph_owners
from .paragraphs import is_navigation, quoted_positions, split_paragraphs
from .points import find_points
from .transcripts import find_transcript_headings

__all__ = ["find_sections"]


def find_sections(
    text: str, folded: str, start: int, end: int, *, layout: page_layout.Layout | None = None,
    enclosures: Sequence[Enclosure] | None = None,
) -> list[Section]:
    """Return the sections of the body ``text[start:end]`` in document order.

    ``folded`` is ``fold(text)``; offsets index ``text``.  Never raises on a
    ``str`` whose fold is ``folded``; out-of-range bounds are clamped.
    ``layout`` is ``govextract.layout.analyze(text, folded)``, computed here when not given;
    ``enclosures`` is ``find_enclosures(folded)`` of the whole text, so the quotes are found once
    (computed here for the range when not given).

    >>> from govextract.normalize import fold
    >>> body = "引言段落，说明背景。\\n一、总体要求\\n（一）加强组织领导。各地要落实责任。\\n"
    >>> [(s.index, s.level, s.parent, s.marker, s.theme) for s in find_sections(body, fold(body), 0, len(body))]
    [(0, 1, None, None, None), (1, 1, None, '一、', '总体要求'), (2, 2, 1, '（一）', '加强组织领导')]
    """
    start, end = checked_range(text, folded, start, end, "find_sections")
    end = max(start, end)
    if layout is None:
        layout = page_layout.analyze(text, folded)
    paragraphs = split_paragraphs(folded, start, end, layout)
    while paragraphs and is_navigation(folded[paragraphs[0].start : paragraphs[0].end]):
        paragraphs.pop(0)
    if not paragraphs:
        return []
    inside = quoted_positions(folded, start, end, enclosures)
    headings = find_transcript_headings(text, folded, paragraphs, inside)  # None unless a transcript
    if headings is None:
        headings = find_headings(text, folded, paragraphs, inside)
    headings = add_lead_headings(folded, paragraphs, inside, headings)
    headings = [h for h in headings if not paragraphs[h.paragraph].continued]
    spans = build_spans(paragraphs, headings)
    owners = paragraph_owners(spans, len(paragraphs))
    points = find_points(text, folded, paragraphs, spans, owners, inside)
    return make_sections(text, paragraphs, spans, points)
