"""Quantity stage 1: scan a range and turn each pattern match into a candidate.

In: the folded text, a range and the enclosures (quotes, 《》) of that range.
Out: :class:`Candidate` records in text order, each with its span, value
(and upper bound), kind, unit and approximation (超过, 以上, 多).  Candidates
are not yet quantities: lists still share their unit, and the filter stage
decides what is kept.

The numeral itself is parsed by :mod:`govextract.numbers` (never re-parsing
digits here); this stage adds what a number library does not know: magnitudes
that apply to both ends of a range (3至5万人), units that a numeral swallowed
(500千瓦), tenths (三成), percent prefixes (百分之), doublings (翻一番),
currencies written before the number and ranks (第三, 前三, 居全国首位).

Package-internal API: :class:`Candidate`, :func:`scale`, :func:`find_candidates`, :func:`ratio_parts`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from .. import numbers
from ..enclosures import EnclosureIndex
from ..lexicon import numerals, qualifiers, units
from ..lexicon import quantity_context as context
from ..models import Approx, QuantityKind
from .pattern import CHINESE_NUMERAL_CHARS, INNER_APPROXIMATORS, candidate_pattern, post_pattern, unit_kinds
from .windows import run_pattern

Number = numbers.Number
Groups = dict[str, Any]  # a match's named groups (one groupdict() call, not one call per group)


@dataclass(slots=True)
class Candidate:
    """A possible quantity found by the candidate pattern.

    Its span in the folded text, value, kind, unit and approximation, and the
    flags that the list and filter stages read.
    """

    start: int
    end: int
    value: Number
    value_max: Number | None = None
    kind: QuantityKind | None = None
    unit: str | None = None
    approx: Approx = Approx.EXACT
    qualifier: str | None = None
    pre: str | None = None
    has_magnitude: bool = False
    single_chinese: bool = False
    ordinal: bool = False  # 第N without a rank cue yet
    rank_cue: bool = False
    drop: bool = False
    cued: bool = False  # kept only after a cue word in its clause (a ratio written with :, 工期18个月)


@lru_cache(maxsize=4096)
def _parse_numeral(surface: str) -> tuple[Number | None, str | None]:
    """Value and inner approximator (十多万 -> 100000, 多) of a numeral surface (cached: numbers repeat)."""
    try:
        parsed = numbers.parse_numeral(surface)
    except (ValueError, ArithmeticError):
        return None, None
    if parsed is None:
        return None, None
    return parsed.value, parsed.approximator or None


def _magnitude(surface: str) -> int:
    """The product of the magnitudes written at the end of a numeral (1500万 -> 10000)."""
    multiplier = 1
    for ch in reversed(surface):
        if ch in numerals.MAGNITUDES:
            multiplier *= numerals.MAGNITUDES[ch]
        elif ch in INNER_APPROXIMATORS:
            continue
        else:
            break
    return multiplier


def scale(value: Number, factor: float) -> Number:
    """``value * factor``, raising OverflowError rather than returning an infinite float."""
    result = value * factor
    if isinstance(result, float) and not math.isfinite(result):
        raise OverflowError
    return result


def _is_single_chinese(surface: str) -> bool:
    core = [c for c in surface if c not in INNER_APPROXIMATORS]
    return len(core) == 1 and core[0] in CHINESE_NUMERAL_CHARS


def find_candidates(
    folded: str, start: int, end: int, inside: EnclosureIndex, *, windows: bool = True
) -> Iterator[Candidate]:
    """Scan ``folded[start:end]`` once and yield its candidates, in order.

    Matches that cannot be a candidate (a URL, an unparsable numeral) and
    candidates covered by ``inside`` (quotes, 《》) are left out.  Only the
    windows of :mod:`.windows` are scanned, each window's candidates cached by
    its text; ``windows=False`` scans the whole range (the same candidates).
    """
    found = run_pattern() if windows else None
    if found is None:
        yield from _uncovered(_scan(folded, start, end), inside)
        return
    runs, live = found
    for run in runs.finditer(folded, start, end):
        low, high = run.span()
        if (low == start and low > 0 and live.match(folded, low - 1)) or (
            high == end and end < len(folded) and live.match(folded, end)
        ):
            # The range cuts a run: what lies beyond the cut is read as the whole-range scan reads it.
            yield from _uncovered(_scan(folded, low, high), inside)
            continue
        before = folded[low - 1] if low > 0 and folded[low - 1] in _context_before() else ""
        offset = low - len(before)
        for template in _run_candidates(run.group(), before):
            candidate = _shifted(template, offset)
            if not inside.covers(candidate.start, candidate.end):
                yield candidate


def _uncovered(candidates: list[Candidate], inside: EnclosureIndex) -> Iterator[Candidate]:
    return (c for c in candidates if not inside.covers(c.start, c.end))


def _scan(folded: str, start: int, end: int) -> list[Candidate]:
    """The candidates of the pattern's matches in ``folded[start:end]``, in order (enclosures not yet checked)."""
    found: list[Candidate] = []
    for match in candidate_pattern().finditer(folded, start, end, overlapped=False):
        if match.end() == match.start():
            continue
        try:
            candidate = _candidate(match, match.groupdict())
        except (ArithmeticError, ValueError):
            candidate = None
        if candidate is not None:
            found.append(candidate)
    return found


@lru_cache(maxsize=1)
def _context_before() -> frozenset[str]:
    """The characters before a match that a candidate reads (出超, 的后3位); others read as a text start."""
    return frozenset("".join(qualifiers.BEFORE_NOT_AFTER.values()) + "".join(context.BOTTOM_AFTER))


@lru_cache(maxsize=16384)
def _run_candidates(run: str, before: str) -> tuple[Candidate, ...]:
    """The candidates of one window ``run`` after the character ``before`` (or none), offsets from ``before``.

    Cached: releases repeat their windows (2023年, 一是, 第三); the records are templates, never handed out.
    """
    return tuple(_scan(before + run, len(before), len(before) + len(run)))


def _shifted(template: Candidate, offset: int) -> Candidate:
    """A fresh copy of a cached candidate, its span moved by ``offset`` (later stages change candidates)."""
    t = template
    return Candidate(
        t.start + offset, t.end + offset, t.value, t.value_max, t.kind, t.unit, t.approx, t.qualifier, t.pre,
        t.has_magnitude, t.single_chinese, t.ordinal, t.rank_cue, t.drop, t.cued,
    )


def _candidate(match: regex.Match[str], g: Groups) -> Candidate | None:
    """Turn one pattern match into a candidate, or None when it cannot be one."""
    if g["url"] is not None:
        return None
    if g["rank"] is not None:
        return _rank_candidate(match, g)
    if g["double"] is not None:
        count = 1
        if g["dnum"]:
            parsed, _ = _parse_numeral(g["dnum"])
            if parsed is None or not 0 < parsed <= 10:
                return None
            count = int(parsed)
        return Candidate(match.start(), match.end(), 2**count, kind=QuantityKind.MULTIPLE,
                         unit=units.DOUBLING_SUFFIX)
    pre = g["pre"]
    post = g["post"]
    if pre is not None and match.start() > 0 and match.string[match.start() - 1] in qualifiers.BEFORE_NOT_AFTER.get(pre, ""):
        pre = None  # 出超806亿美元: a trade surplus, not "more than"
    opening = next(name for name in ("pair", "half", "prefix", "cur", "sign", "n1") if g[name])
    start = match.start() if pre else match.start(opening)
    end = match.end()
    if g["pair"]:
        return _pair_candidate(g, start, end, pre, post)
    if g["half"]:
        candidate = Candidate(start, end, 5, kind=QuantityKind.PERCENT, unit=g["half_tenths"])
        _set_approx(candidate, pre, None, post)
        candidate.pre = pre
        return candidate
    if g["prefix"]:
        value, inner = _parse_numeral(g["pnum"])
        if value is None:
            return None
        divisor, unit = units.PERCENT_PREFIXES[g["prefix"]]
        value = -value if g["psign"] else value
        candidate = Candidate(start, end, value / divisor if divisor != 1 else value,
                              kind=QuantityKind.PERCENT, unit=unit)
    else:
        numeric = _number_candidate(match, g, start, end)
        if numeric is None:
            return None
        candidate = numeric
        inner = candidate.qualifier
        candidate.qualifier = None
        if candidate.end > match.end() and post is None:
            following = post_pattern().match(match.string, candidate.end)  # 10千伏及以上
            if following is not None:
                post, candidate.end = following.group(), following.end()
    _set_approx(candidate, pre, inner, post)
    candidate.pre = pre
    return candidate


def _pair_candidate(
    g: Groups, start: int, end: int, pre: str | None, post: str | None
) -> Candidate | None:
    """两三名, 三五家: two neighbouring digits and a unit are an approximate range."""
    low, high = (numerals.DIGITS[ch] for ch in g["pair"])
    kind, unit = unit_kinds().get(g["pair_unit"], (None, None))
    if kind not in (QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.MONEY):
        return Candidate(start, end, low, drop=True)  # 三五年: a period, not a quantity
    candidate = Candidate(start, end, low, value_max=high, kind=kind, unit=unit, approx=Approx.ABOUT)
    if pre or post:
        _set_approx(candidate, pre, None, post)
    return candidate


def _absorbed_unit(match: regex.Match[str], g: Groups) -> tuple[str, int] | None:
    """Undo a numeral that swallowed the first character of its unit (500千|瓦 -> 500|千瓦).

    Returns the unit word and the offset where it ends, or None.
    """
    n1 = g["n1"]
    if g["n2"] is not None or len(n1) < 2 or n1[-1] not in numerals.SMALL_UNITS:
        return None
    if not (n1[-2].isdigit() or n1[-2] in numerals.MAGNITUDES):
        return None
    folded = match.string
    at = match.end("n1") - 1
    words = [w for w in unit_kinds() if w[0] == n1[-1] and folded.startswith(w, at)]
    if not words:
        return None
    word = max(words, key=len)
    return word, at + len(word)


def _number_candidate(
    match: regex.Match[str], g: Groups, start: int, end: int
) -> Candidate | None:
    n1 = g["n1"]
    absorbed = _absorbed_unit(match, g)
    if absorbed is not None:
        n1 = n1[:-1]
        end = max(end, absorbed[1])
    value, inner = _parse_numeral(n1)
    if value is None:
        return None
    if g["inner"]:
        inner = inner or g["inner"]
    if g["sign"]:
        value = -value
    value_max: Number | None = None
    n2 = g["n2"]
    if n2 is not None:
        value_max, inner2 = _parse_numeral(n2)
        if value_max is None:
            return None
        inner = inner or inner2
        if g["sign2"]:
            value_max = -value_max
        factor = _magnitude(n2)
        if _magnitude(n1) == 1 and factor > 1 and abs(value) * factor <= abs(value_max):
            value = scale(value, factor)  # 3至5万人: the magnitude applies to both ends
    word = g["tenths"] or g["unit"] or g["u1"]
    if absorbed is not None:
        word = absorbed[0]
    if g["ratio"]:
        return _ratio_candidate(g, start, end, value, bool(word or inner))
    kind, unit = unit_kinds().get(word, (None, None)) if word else (None, None)
    if word in units.CUED_DURATION_UNITS and value_max is None and value > 0:
        return Candidate(start, end, value, kind=QuantityKind.MEASURE, unit=word, qualifier=inner,
                         single_chinese=not inner and _is_single_chinese(n1), cued=True)  # 工期18个月
    if word and kind is None:
        return Candidate(start, end, value, drop=True)
    if g["u1"] and g["unit"] and g["u1"] != g["unit"]:
        return Candidate(start, end, value, drop=True)
    if kind is QuantityKind.PERCENT:
        if word in units.TENTHS:
            value, value_max = scale(value, 10), None if value_max is None else scale(value_max, 10)
            if g["thalf"] or g["tdigit"]:  # 三成半 = 35, 七成六 = 76
                if value_max is not None:
                    return Candidate(start, end, value, drop=True)
                value += 5 if g["thalf"] else numerals.DIGITS[g["tdigit"]]
        else:
            divisor = units.PERCENT_SIGNS[word]
            if divisor != 1:
                value = value / divisor
                value_max = None if value_max is None else value_max / divisor
    if unit == units.PER_MILLE_POINT_UNIT:
        divisor = units.PER_MILLE_POINT_DIVISOR
        value, value_max = value / divisor, None if value_max is None else value_max / divisor
    if value_max is not None and value_max <= value:
        return Candidate(start, end, value, drop=True)  # 2-1 is not a range (dates, codes)
    currency = g["cur"]
    if currency is not None:
        written = units.CURRENCY_PREFIXES[currency]
        if kind is None or (kind is QuantityKind.MONEY and unit in units.PLAIN_CURRENCIES):
            kind, unit = QuantityKind.MONEY, written or unit or currency
        elif kind is not QuantityKind.MONEY:
            start = match.start("sign") if g["sign"] else match.start("n1")  # not a price
    return Candidate(
        start, end, value, value_max=value_max, kind=kind, unit=unit, qualifier=inner,
        has_magnitude=_magnitude(n1) > 1 or (n2 is not None and _magnitude(n2) > 1),
        single_chinese=n2 is None and not inner and _is_single_chinese(n1),
    )


def _ratio_candidate(g: Groups, start: int, end: int, value: Number, has_unit: bool) -> Candidate:
    """5.5∶39.7∶54.8, 1:1: a ratio of Arabic numbers, its value the first part (the filter checks the cue)."""
    if has_unit or g["sign"] or g["cur"] or not g["n1"].isascii():
        return Candidate(start, end, value, drop=True)
    return Candidate(start, end, value, kind=QuantityKind.RATIO, cued=True)


def ratio_parts(surface: str) -> list[Number] | None:
    """The parts of a ratio's folded surface (5.5∶39.7∶54.8 -> [5.5, 39.7, 54.8]), or None."""
    seps = "".join(regex.escape(sep) for sep in units.RATIO_SEPARATORS)
    match = regex.search(rf"\d+(?:\.\d+)?(?:[{seps}]\d+(?:\.\d+)?)+", surface)
    if match is None:
        return None
    parts = [numbers.parse_number(piece) for piece in regex.split(f"[{seps}]", match.group())]
    return [part for part in parts if part is not None] or None


def _rank_candidate(match: regex.Match[str], g: Groups) -> Candidate | None:
    has_cue = bool(g["rverb"] or g["rscope"])
    if g["bottom"] is not None:
        return _bottom_rank_candidate(match, g, has_cue)
    if g["first"] is not None:
        if not g["rverb"]:
            return None
        candidate = Candidate(match.start(), match.end(), 1, kind=QuantityKind.RANK)
        candidate.rank_cue = True
        return candidate
    is_top = g["top"] is not None
    numeral = g["tnum"] if is_top else g["rnum"]
    value, _ = _parse_numeral(numeral)
    if value is None or value <= 0 or value != int(value):
        return None
    start = match.start("top") if is_top else match.start()
    if is_top:
        candidate = Candidate(start, match.end(), value, kind=QuantityKind.RANK,
                              approx=Approx(qualifiers.TOP_APPROX), qualifier=g["top"])
    else:
        candidate = Candidate(start, match.end(), value, kind=QuantityKind.RANK)
    candidate.rank_cue = has_cue or g["runit"] is not None
    candidate.ordinal = not is_top
    return candidate


def _bottom_rank_candidate(match: regex.Match[str], g: Groups, has_cue: bool) -> Candidate | None:
    """后3位 after 的 or a rank cue: a rank counted from the bottom (not 此后3名)."""
    at = match.start("bottom")
    if not has_cue and (at == 0 or match.string[at - 1] not in context.BOTTOM_AFTER):
        return None
    value, _ = _parse_numeral(g["bnum"])
    if value is None or value <= 0 or value != int(value):
        return None
    candidate = Candidate(at, match.end(), value, kind=QuantityKind.RANK,
                          approx=Approx(qualifiers.BOTTOM_APPROX), qualifier=g["bottom"])
    candidate.rank_cue = True
    return candidate


def _set_approx(candidate: Candidate, pre: str | None, inner: str | None, post: str | None) -> None:
    strict = pre is not None and qualifiers.BEFORE[pre] in qualifiers.STRICT_APPROX
    if post and not strict:
        candidate.approx, candidate.qualifier = Approx(qualifiers.AFTER[post]), post
    elif inner and not strict:
        candidate.approx, candidate.qualifier = Approx(qualifiers.INNER[inner]), inner
    elif pre:
        candidate.approx, candidate.qualifier = Approx(qualifiers.BEFORE[pre]), pre
