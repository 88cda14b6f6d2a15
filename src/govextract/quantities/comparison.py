"""Quantity stage 5: cut comparison and share bases off a subject.

In: a quantity group, the subject span found for it and the floor of its
clause.  Out: the subject span left (None when the words were a base alone)
and whether the group compares with a base.  Bases are cut where a comparison
marker or a compared year begins (增速比全省平均水平高 -> 增速; 比2020年), a share
names its base (租金为市场租金的90% -> 租金; 占全国…的90.96%), or the clause opens
with a comparison word (高于全国7.8个百分点).  A group that compares without a
subject of its own inherits the metric named before it (record stage).

Package-internal API: :func:`cut_bases`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from ..lexicon import quantity_context as context
from ..models import QuantityKind
from .candidates import Candidate
from .clauses import clause_start
from .pattern import alternation, comparison_year_pattern


def cut_bases(
    folded: str, span: tuple[int, int] | None, kept: Sequence[Candidate], floor: int
) -> tuple[tuple[int, int] | None, bool]:
    """Cut the comparison or share base off the subject ``span`` of the group ``kept``.

    Returns the subject left (None when none is) and whether the group compares
    with a base, its own or one that opens its clause (after ``floor``).
    """
    last = kept[-1]
    compared = False
    if span is not None and last.kind is QuantityKind.PERCENT and folded.startswith("的", last.end):
        span = None  # 覆盖全澳约七成的成年居民: the share's noun comes after it, 全澳 is a scope
    if span is not None:
        span, compared = _cut_comparison(folded, span)
    if span is not None and kept[0].kind in (QuantityKind.PERCENT, QuantityKind.MULTIPLE) and folded.startswith(
        context.SUBJECT_SHARE_OPENINGS, span[0]
    ) and not folded.endswith(context.SUBJECT_SHARE_NOUNS, span[0], span[1]):
        span, compared = None, True  # 总产511.2万吨,占全国棉花总产量的90.96%: 全国… is the base
    if span is not None and kept[0].kind is QuantityKind.PERCENT:
        span, share = _cut_share_base(folded, span, kept[0].start)
        compared = compared or share
    if span is None and not compared and _clause_compares(folded, kept[0].start, floor):
        compared = True  # 增长12.8%,高于全国7.8个百分点: the comparison is of the metric before
    return span, compared


def _clause_compares(folded: str, position: int, floor: int) -> bool:
    """True when the clause before ``position`` opens with a comparison word (高于全国)."""
    begin = clause_start(folded, position, floor)
    while begin < position and folded[begin] in " ":
        begin += 1
    return folded.startswith(context.COMPARISON_ONLY, begin, position)


@lru_cache(maxsize=1)
def _marker_pattern() -> regex.Pattern[str]:
    return regex.compile(alternation(context.COMPARISON_MARKERS))


def _cut_comparison(folded: str, span: tuple[int, int]) -> tuple[tuple[int, int] | None, bool]:
    """Cut a subject where a comparison base begins; say whether one was found.

    增速比全省平均水平高 -> 增速; 高于城镇居民 -> None (the base alone is no metric).
    """
    left, right = span
    marker = _marker_pattern().search(folded, left, right)  # the leftmost of all markers, in one pass
    cuts = [] if marker is None else [marker.start()]
    year = comparison_year_pattern().search(folded, left, right)
    if year is not None:
        cuts.append(year.start())
    if not cuts:
        return span, False
    cut = min(cuts)
    return ((left, cut) if cut - left >= 2 else None), True


def _cut_share_base(
    folded: str, span: tuple[int, int], quantity_start: int
) -> tuple[tuple[int, int] | None, bool]:
    """租金为市场租金的90%: a percent after 的 is a share of a base; keep the words before the link.

    Returns the span and whether the percent was a share of a base.  Without a
    link the words are the base alone (完成调整预算的96.5%, 为108年之7成):
    no subject, and the metric named before owns the share.
    """
    left, right = span
    if folded[quantity_start - 1:quantity_start] not in context.SHARE_BASE_MARKS:
        return span, False
    found = [(i, -len(word)) for word in context.SHARE_BASE_LINKS
             if (i := folded.find(word, left, right)) >= 0]
    if not found:
        return None, True
    cut = min(found)[0]
    return ((left, cut) if cut - left >= 2 else None), True
