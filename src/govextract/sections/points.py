"""Stage 4 of section finding: the enumerated points inside each section.

In: the paragraphs and quoted positions of stage 1 and the spans and
paragraph owners of stage 3 (``outline``).  Out: ``Point`` records per span
index, for the paragraphs each section owns directly.

Labels: 一是/二是…, 第一是/第二，…, 首先是/其次是/最后是, 一方面/另一方面,
首先是 opening a numbered run (首先是…第二是…第三是),
paragraphs led by a dash (——统一规划，创新发展。) or a bullet (◆ 鼓励…。),
and dashes after a colon or semicolon inside a paragraph (包括：——甲；——乙。).
A label counts only at the start of a clause and only as part of a list: a
run 一是, 二是 … or first word plus a follower, at least two items in one
section.  A point's text runs to the end of its sentence.

Package-internal API: ``find_points``.

Why our own code: these enumeration devices are conventions of Chinese
official prose, and whether 一是 is a label or part of a word (统一是, 唯一是)
depends on the clause around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicon import headings as lex
from ..models import Point
from .outline import Span
from .paragraphs import TRAILING, Paragraph, Quoted, find_outside, is_blank, is_bullet_item, is_dash_item, trim
from .patterns import point_pattern


@dataclass(frozen=True, slots=True)
class _Candidate:
    family: str  # numbered, ordinal, sequence, aspect, dash
    rank: int  # number of the item (numbered families); 1 for a list opener, 2 for a follower
    label_start: int
    label_end: int
    paragraph: int


def _chinese_number(numeral: str) -> int:
    digits = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if "十" not in numeral:
        return digits.get(numeral, 0)
    tens, _, ones = numeral.partition("十")
    return digits.get(tens, 1) * 10 + digits.get(ones, 0)


def find_points(
    text: str, folded: str, paragraphs: list[Paragraph], spans: list[Span], owners: list[int], inside: Quoted
) -> dict[int, list[Point]]:
    """The points of each span, by span index; spans without a list of points are left out."""
    candidates: dict[int, list[_Candidate]] = {}
    for i, paragraph in enumerate(paragraphs):
        owner = owners[i]
        heading = spans[owner].heading if spans[owner].first == i else None
        scan_from = heading.marker_end if heading is not None else paragraph.start
        found = candidates.setdefault(owner, [])
        if heading is None and is_dash_item(folded, paragraph):
            leader = next(d for d in lex.DASH_LEADERS if folded.startswith(d, paragraph.start))
            found.append(_Candidate("dash", 1, paragraph.start, paragraph.start + len(leader), i))
            continue
        if heading is None and is_bullet_item(folded, paragraph):
            found.append(_Candidate("bullet", 1, paragraph.start, paragraph.start + 1, i))
            continue
        found.extend(_label_candidates(folded, i, scan_from, paragraph.end))
        found.extend(_inline_dash_candidates(folded, i, scan_from, paragraph.end, inside))

    points: dict[int, list[Point]] = {}
    for owner, found in candidates.items():
        if not found:
            continue  # no label at all: no list
        kept = sorted({c.label_start: c for c in _keep_lists(found)}.values(), key=lambda c: c.label_start)
        made = []
        for n, candidate in enumerate(kept):
            paragraph = paragraphs[candidate.paragraph]
            limit = paragraph.end
            if n + 1 < len(kept) and kept[n + 1].paragraph == candidate.paragraph:
                limit = kept[n + 1].label_start
            point = _make_point(text, folded, candidate, limit, inside)
            if point is not None:
                made.append(point)
        if made:
            points[owner] = made
    return points


def _label_candidates(folded: str, i: int, lo: int, hi: int) -> list[_Candidate]:
    found = []
    pattern = point_pattern()
    for match in pattern.finditer(folded, lo, hi, overlapped=False):
        at = match.start()
        before = at - 1
        while before >= lo and is_blank(folded[before]):
            before -= 1
        if before >= lo and folded[before] not in lex.CLAUSE_OPENERS:
            continue  # inside a clause or a word: 统一是, 这一是, 唯一是
        style = match.lastgroup
        if style == "numbered":
            found.append(_Candidate("numbered", _chinese_number(match.group("numbered_number")), at, match.end(), i))
        elif style == "ordinal":
            found.append(_Candidate("ordinal", _chinese_number(match.group("ordinal_number")), at, match.end(), i))
        elif style in ("sequence_first", "aspect_first"):
            found.append(_Candidate(style.split("_")[0], 1, at, match.end(), i))
            if style == "sequence_first" and folded.startswith(lex.ORDINAL_CHAIN_OPENERS, at):
                found.append(_Candidate("ordinal", 1, at, match.end(), i))  # 首先是…第二是…第三是
        elif style in ("sequence_next", "aspect_next"):
            found.append(_Candidate(style.split("_")[0], 2, at, match.end(), i))
    return found


def _inline_dash_candidates(folded: str, i: int, lo: int, hi: int, inside: Quoted) -> list[_Candidate]:
    """Dash-led items inside a paragraph: 包括：——甲；——乙；——丙。

    A dash counts only right after a colon or a semicolon, and only when the
    paragraph holds at least two such dashes; a dash inside a clause
    (改革——这是关键) is punctuation.
    """
    found = []
    for match in _dash_run_pattern().finditer(folded, lo, hi):
        at = match.start()
        before = at - 1
        while before >= lo and is_blank(folded[before]):
            before -= 1
        if before >= lo and folded[before] in lex.INLINE_DASH_OPENERS and at not in inside:
            found.append(_Candidate("dash", 1, at, match.end("leader"), i))
    return found if len(found) >= 2 else []


@lru_cache(maxsize=1)
def _dash_run_pattern() -> regex.Pattern[str]:
    """A dash leader and the rest of its run (a long dash run is one leader)."""
    leaders = sorted(lex.DASH_LEADERS, key=len, reverse=True)
    characters = regex.escape("".join(sorted(set("".join(lex.DASH_LEADERS)))))
    return regex.compile(rf"(?P<leader>{'|'.join(map(regex.escape, leaders))})[{characters}]*")


def _keep_lists(found: list[_Candidate]) -> list[_Candidate]:
    """Keep labels that form a list of at least two items within one section."""
    kept: list[_Candidate] = []
    for family in ("dash", "bullet"):
        items = [c for c in found if c.family == family]
        if len(items) >= 2:
            kept.extend(items)
    for family in ("numbered", "ordinal", "sequence", "aspect"):
        chain: list[_Candidate] = []
        for candidate in (c for c in found if c.family == family):
            counting = family in ("numbered", "ordinal")
            if candidate.rank == 1:
                if len(chain) >= 2:
                    kept.extend(chain)
                chain = [candidate]
            elif chain and (not counting or candidate.rank == chain[-1].rank + 1):
                chain.append(candidate)
        if len(chain) >= 2:
            kept.extend(chain)
    return kept


def _make_point(text: str, folded: str, candidate: _Candidate, limit: int, inside: Quoted) -> Point | None:
    lo, _ = trim(folded, candidate.label_end, limit, lex.LABEL_TRAILERS)
    stop = find_outside(folded, "。!?;", lo, limit, inside)
    lo, hi = trim(folded, lo, limit if stop < 0 else stop, TRAILING)
    if hi <= lo:
        return None
    return Point(
        label=text[candidate.label_start : candidate.label_end],
        label_start=candidate.label_start,
        text=text[lo:hi],
        start=lo,
        end=hi,
    )
