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

Package-internal API: :class:`Candidate`, :func:`scale`, :func:`find_candidates`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .. import numbers
from ..enclosures import EnclosureIndex
from ..lexicon import numerals, qualifiers, units
from ..lexicon import quantity_context as context
from ..models import Approx, QuantityKind
from .pattern import CHINESE_NUMERAL_CHARS, INNER_APPROXIMATORS, candidate_pattern, post_pattern, unit_kinds

Number = numbers.Number


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


def _parse_numeral(surface: str) -> tuple[Number | None, str | None]:
    """Value and inner approximator (十多万 -> 100000, 多) of a numeral surface."""
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


def find_candidates(folded: str, start: int, end: int, inside: EnclosureIndex) -> Iterator[Candidate]:
    """Scan ``folded[start:end]`` once and yield its candidates, in order.

    Matches that cannot be a candidate (a URL, an unparsable numeral) and
    candidates covered by ``inside`` (quotes, 《》) are left out.
    """
    for match in candidate_pattern().finditer(folded, start, end, overlapped=False):
        if match.end() == match.start():
            continue
        try:
            candidate = _candidate(match)
        except (ArithmeticError, ValueError):
            candidate = None
        if candidate is None:
            continue
        if inside.covers(candidate.start, candidate.end):
            continue
        yield candidate


def _candidate(match: regex.Match[str]) -> Candidate | None:
    """Turn one pattern match into a candidate, or None when it cannot be one."""
    if match.group("url") is not None:
        return None
    if match.group("rank") is not None:
        return _rank_candidate(match)
    if match.group("double") is not None:
        count = 1
        if match.group("dnum"):
            parsed, _ = _parse_numeral(match.group("dnum"))
            if parsed is None or not 0 < parsed <= 10:
                return None
            count = int(parsed)
        return Candidate(match.start(), match.end(), 2**count, kind=QuantityKind.MULTIPLE,
                         unit=units.DOUBLING_SUFFIX)
    pre = match.group("pre")
    post = match.group("post")
    if pre is not None and match.start() > 0 and match.string[match.start() - 1] in qualifiers.BEFORE_NOT_AFTER.get(pre, ""):
        pre = None  # 出超806亿美元: a trade surplus, not "more than"
    opening = next(name for name in ("pair", "prefix", "cur", "sign", "n1") if match.group(name))
    start = match.start() if pre else match.start(opening)
    end = match.end()
    if match.group("pair"):
        return _pair_candidate(match, start, end, pre, post)
    if match.group("prefix"):
        value, inner = _parse_numeral(match.group("pnum"))
        if value is None:
            return None
        divisor, unit = units.PERCENT_PREFIXES[match.group("prefix")]
        value = -value if match.group("psign") else value
        candidate = Candidate(start, end, value / divisor if divisor != 1 else value,
                              kind=QuantityKind.PERCENT, unit=unit)
    else:
        numeric = _number_candidate(match, start, end)
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
    match: regex.Match[str], start: int, end: int, pre: str | None, post: str | None
) -> Candidate | None:
    """两三名, 三五家: two neighbouring digits and a unit are an approximate range."""
    low, high = (numerals.DIGITS[ch] for ch in match.group("pair"))
    kind, unit = unit_kinds().get(match.group("pair_unit"), (None, None))
    if kind not in (QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.MONEY):
        return Candidate(start, end, low, drop=True)  # 三五年: a period, not a quantity
    candidate = Candidate(start, end, low, value_max=high, kind=kind, unit=unit, approx=Approx.ABOUT)
    if pre or post:
        _set_approx(candidate, pre, None, post)
    return candidate


def _absorbed_unit(match: regex.Match[str]) -> tuple[str, int] | None:
    """Undo a numeral that swallowed the first character of its unit (500千|瓦 -> 500|千瓦).

    Returns the unit word and the offset where it ends, or None.
    """
    n1 = match.group("n1")
    if match.group("n2") is not None or len(n1) < 2 or n1[-1] not in numerals.SMALL_UNITS:
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


def _number_candidate(match: regex.Match[str], start: int, end: int) -> Candidate | None:
    n1 = match.group("n1")
    absorbed = _absorbed_unit(match)
    if absorbed is not None:
        n1 = n1[:-1]
        end = max(end, absorbed[1])
    value, inner = _parse_numeral(n1)
    if value is None:
        return None
    if match.group("inner"):
        inner = inner or match.group("inner")
    if match.group("sign"):
        value = -value
    value_max: Number | None = None
    n2 = match.group("n2")
    if n2 is not None:
        value_max, inner2 = _parse_numeral(n2)
        if value_max is None:
            return None
        inner = inner or inner2
        if match.group("sign2"):
            value_max = -value_max
        factor = _magnitude(n2)
        if _magnitude(n1) == 1 and factor > 1 and abs(value) * factor <= abs(value_max):
            value = scale(value, factor)  # 3至5万人: the magnitude applies to both ends
    word = match.group("tenths") or match.group("unit") or match.group("u1")
    if absorbed is not None:
        word = absorbed[0]
    kind, unit = unit_kinds().get(word, (None, None)) if word else (None, None)
    if word and kind is None:
        return Candidate(start, end, value, drop=True)
    if match.group("u1") and match.group("unit") and match.group("u1") != match.group("unit"):
        return Candidate(start, end, value, drop=True)
    if kind is QuantityKind.PERCENT:
        if word in units.TENTHS:
            value, value_max = scale(value, 10), None if value_max is None else scale(value_max, 10)
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
    currency = match.group("cur")
    if currency is not None:
        written = units.CURRENCY_PREFIXES[currency]
        if kind is None or (kind is QuantityKind.MONEY and unit in units.PLAIN_CURRENCIES):
            kind, unit = QuantityKind.MONEY, written or unit or currency
        elif kind is not QuantityKind.MONEY:
            start = match.start("sign") if match.group("sign") else match.start("n1")  # not a price
    return Candidate(
        start, end, value, value_max=value_max, kind=kind, unit=unit, qualifier=inner,
        has_magnitude=_magnitude(n1) > 1 or (n2 is not None and _magnitude(n2) > 1),
        single_chinese=n2 is None and not inner and _is_single_chinese(n1),
    )


def _rank_candidate(match: regex.Match[str]) -> Candidate | None:
    has_cue = bool(match.group("rverb") or match.group("rscope"))
    if match.group("bottom") is not None:
        return _bottom_rank_candidate(match, has_cue)
    if match.group("first") is not None:
        if not match.group("rverb"):
            return None
        candidate = Candidate(match.start(), match.end(), 1, kind=QuantityKind.RANK)
        candidate.rank_cue = True
        return candidate
    is_top = match.group("top") is not None
    numeral = match.group("tnum") if is_top else match.group("rnum")
    value, _ = _parse_numeral(numeral)
    if value is None or value <= 0 or value != int(value):
        return None
    start = match.start("top") if is_top else match.start()
    if is_top:
        candidate = Candidate(start, match.end(), value, kind=QuantityKind.RANK,
                              approx=Approx(qualifiers.TOP_APPROX), qualifier=match.group("top"))
    else:
        candidate = Candidate(start, match.end(), value, kind=QuantityKind.RANK)
    candidate.rank_cue = has_cue or match.group("runit") is not None
    candidate.ordinal = not is_top
    return candidate


def _bottom_rank_candidate(match: regex.Match[str], has_cue: bool) -> Candidate | None:
    """后3位 after 的 or a rank cue: a rank counted from the bottom (not 此后3名)."""
    at = match.start("bottom")
    if not has_cue and (at == 0 or match.string[at - 1] not in context.BOTTOM_AFTER):
        return None
    value, _ = _parse_numeral(match.group("bnum"))
    if value is None or value <= 0 or value != int(value):
        return None
    candidate = Candidate(at, match.end(), value, kind=QuantityKind.RANK,
                          approx=Approx(qualifiers.BOTTOM_APPROX), qualifier=match.group("bottom"))
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
