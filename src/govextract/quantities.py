"""Find quantities in a release: numbers with their unit, kind, qualifier and metric.

One compiled pattern (built lazily from the lexicon) scans the folded text of a
range once.  Each match is a *candidate*; small pure steps then turn candidates
into :class:`~govextract.models.Quantity` records:

1. parse the numeral with :mod:`govextract.numbers` (never re-parsing digits here),
2. join lists whose unit is written once at the end (5.3、0.1、7.8个百分点),
3. drop what is not a quantity (dates, ordinals, enumerators, bare numerals,
   anything inside quotes or 《》 or a URL),
4. find the governing verb (direction) and the metric (subject) in the clause.

Surfaces and subjects are always sliced from the original text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional, Sequence

import regex

from . import numbers
from .enclosures import Enclosure, EnclosureIndex, find_enclosures
from .lexicon import headings, numerals, qualifiers, quantity_context as context, units
from .models import Approx, Direction, Quantity, QuantityKind
from .normalize import checked_range

Number = numbers.Number

_INNER_APPROXIMATORS = "".join(qualifiers.INNER)
_CHINESE_NUMERAL_CHARS = set(numerals.DIGITS) | set(numerals.SMALL_UNITS)


# ---------------------------------------------------------------------------
# Pattern building


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in unique)


@lru_cache(maxsize=1)
def _unit_kinds() -> dict[str, tuple[Optional[QuantityKind], Optional[str]]]:
    """Folded unit word -> (kind, reported unit); kind None means "not a quantity"."""
    table: dict[str, tuple[Optional[QuantityKind], Optional[str]]] = {}
    for word in units.NOT_QUANTITY_UNITS:
        table[word] = (None, None)
    for word in units.COUNT_UNITS:
        table[word] = (QuantityKind.COUNT, word)
    for word in units.MEASURE_UNITS:
        table[word] = (QuantityKind.MEASURE, word)
    for word in units.CURRENCIES:
        table[word] = (QuantityKind.MONEY, word)
    for word in units.MULTIPLE_UNITS:
        table[word] = (QuantityKind.MULTIPLE, word)
    for word in units.TENTHS:
        table[word] = (QuantityKind.PERCENT, word)
    for word in units.PERCENTAGE_POINTS:
        table[word] = (QuantityKind.PERCENTAGE_POINT, units.PERCENTAGE_POINT_UNIT)
    for word in units.PER_MILLE_POINTS:
        table[word] = (QuantityKind.PERCENTAGE_POINT, units.PER_MILLE_POINT_UNIT)
    for word in units.PERCENT_SIGNS:
        table[word] = (QuantityKind.PERCENT, word)
    for base in units.RATE_BASE_UNITS:  # 28.3米/秒, 860立方米每秒
        for suffix, per in units.RATE_SUFFIXES.items():
            table[base + suffix] = (QuantityKind.MEASURE, f"{base}/{per}")
    return table


@lru_cache(maxsize=1)
def _pattern() -> "regex.Pattern[str]":
    numeral = f"(?:{numbers.NUMERAL_PATTERN})"
    tenths_not = _alternation(units.TENTHS_NOT_BEFORE)
    unit_words = [w for w in _unit_kinds() if w not in units.TENTHS]
    fragments = {
        "NUM": numeral,
        "URL": context.URL_PATTERN,
        "RANK_VERB": _alternation(context.RANK_VERBS),
        "RANK_SCOPE": _alternation(context.RANK_SCOPES),
        "RANK_UNIT": _alternation(context.RANK_UNITS),
        "RANK_FIRST": _alternation(context.RANK_FIRST_WORDS),
        "PAIR": _alternation(numerals.APPROXIMATE_PAIRS),
        "PRE": _alternation(qualifiers.BEFORE),
        "POST": _alternation(qualifiers.AFTER),
        "INNER": f"[{regex.escape(_INNER_APPROXIMATORS)}]",
        "PREFIX": _alternation(units.PERCENT_PREFIXES),
        "SEP": _alternation(context.RANGE_SEPARATORS),
        "RANGE_UNIT": _alternation([*units.PERCENT_SIGNS, *units.MULTIPLE_UNITS]),
        "UNIT": _alternation(unit_words),
        "TENTHS": _alternation(units.TENTHS),
        "TENTHS_NOT": tenths_not,
        "CN": "".join(sorted(_CHINESE_NUMERAL_CHARS | set(numerals.MAGNITUDES))),
        "DIGIT": "".join(sorted(numerals.DIGITS)),
        "DOUBLE": regex.escape(units.DOUBLING_PREFIX),
        "DOUBLE_END": regex.escape(units.DOUBLING_SUFFIX),
        "CUR": _alternation(units.CURRENCY_PREFIXES),
        "CUR_NOT": units.CURRENCY_PREFIX_NOT_AFTER,
        "TOP": _alternation(qualifiers.TOP),
        "BOTTOM": _alternation(qualifiers.BOTTOM),
    }
    source = r"""
      (?P<url>{URL})                                         # numbers in a URL are skipped whole
    | (?P<rank>
          (?P<rverb>{RANK_VERB})?\s*(?P<rscope>{RANK_SCOPE})?  # 位居全国 / 列省域
          (?:
              (?P<ordinal>第)(?P<rnum>{NUM})                    # 第三  第8
            | (?P<top>{TOP})(?P<tnum>{NUM})                     # 前三
            | (?P<bottom>{BOTTOM})(?P<bnum>{NUM})(?={RANK_UNIT})  # 后3位 (checked by the caller)
            | (?<=(?:{RANK_VERB})\s*(?:{RANK_SCOPE})?)(?P<first>{RANK_FIRST})  # 居全国首位 (needs a verb)
          )
          (?P<runit>{RANK_UNIT})?                               # 第8位  前三名
      )
    | (?P<double>{DOUBLE}(?P<dnum>{NUM})?{DOUBLE_END})        # 翻一番  翻番
    | (?P<pre>{PRE})?\s*                                      # 超过  约  不低于
      (?:
          (?<![{CN}\d])(?P<pair>{PAIR})(?=(?P<pair_unit>{UNIT}))  # 两三名  三五家 (the unit is checked later)
          (?P<pair_unit_text>(?P=pair_unit))
        | (?<![{CN}\d])(?P<prefix>{PREFIX})                   # 百分之  千分之 (not 五百分之)
          (?P<psign>负|-)?(?P<pnum>{NUM})(?![{DIGIT}\d])      # not 百分之二三十
        | (?<![A-Za-z0-9_./#=&?%-])                           # not inside an identifier or path
          (?:(?<![{CUR_NOT}])(?P<cur>{CUR})\s*)?                # 港币47亿元  HK$900亿元  $10亿元
          (?P<sign>负|-|\+)?(?<![{CN}])(?P<n1>{NUM})            # not the tail of 二三十
          (?![{DIGIT}])
          (?:
              (?P<u1>{RANGE_UNIT})?\s*(?P<sep>{SEP})\s*        # 20%—30%  3至5
              (?P<sign2>负|-)?(?P<n2>{NUM})
          )?
          (?P<inner>{INNER})?                                 # 700多个  8.5万余场次
          (?:
              (?P<tenths>{TENTHS})(?!{TENTHS_NOT})            # 三成 (not 一成不变)
            | (?P<unit>{UNIT})
          )?
      )
      (?P<post>{POST})?                                       # 以上  左右  以内
    """
    for name, fragment in fragments.items():
        source = source.replace("{" + name + "}", fragment)
    return regex.compile(source, regex.VERBOSE)


def _date_fragment() -> str:
    """A written date of a time phrase: a year, month or day, or a quarter (no groups)."""
    era = _alternation(context.TIME_PHRASE_ERA)
    cn = context.TIME_PHRASE_YEAR_DIGITS
    small = "一二三四五六七八九十"
    quarter = context.TIME_PHRASE_QUARTER_NUMBERS
    year = rf"(?:(?:{era})?\d{{2,4}}|[{cn}]{{4}})"          # 2022  民国112  二〇二三
    year_range = rf"{year}(?:[-—至](?:\d{{2,4}}|[{cn}]{{2,4}}))?年"  # 二〇二三至二四年
    month = rf"(?:\d{{1,2}}(?:[-—至]\d{{1,2}})?|[{small}]{{1,3}})月"  # 1至11月  三月
    day = rf"(?:\d{{1,2}}|[{small}]{{1,3}})日"                  # 3日  三十一日
    quarter_part = rf"第?[{quarter}]季度?"                        # 第1季  一季度
    return rf"""(?:
                  {year_range}(?:{month}|{quarter_part})?(?:{day})?  # 2022年  2022年1-11月  113年第1季
                | {month}(?:{day})?                                  # 1至11月  2月3日
              )"""


@lru_cache(maxsize=1)
def _rate_before_pattern() -> "regex.Pattern[str]":
    """A time unit or speed noun right before a number (每秒28.3米, 时速达350公里)."""
    return regex.compile(
        rf"""(?:
                (?P<prefix>{_alternation(units.RATE_PREFIXES)})          # 每秒  每小时
              | (?P<noun>{_alternation(units.RATE_NOUNS)})               # 时速
                (?:{_alternation(units.RATE_NOUN_LINKS)})?               # 可达
            )
            \s*$""",
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _post_pattern() -> "regex.Pattern[str]":
    return regex.compile(_alternation(qualifiers.AFTER))


@lru_cache(maxsize=1)
def _leading_time_pattern() -> "regex.Pattern[str]":
    openers = _alternation(context.TIME_PHRASE_OPENERS)
    ends = _alternation(context.TIME_PHRASE_ENDS)
    return regex.compile(
        rf"""(?:{openers})?                                    # 截至
              (?:{_date_fragment()}                            # 2022年1-11月  二〇二三年
                | 第[{context.TIME_PHRASE_QUARTER_NUMBERS}]季度?)  # 第4季 (only leading: 较上一季 ends a base)
              (?:{ends})?                                      # 底  以来  度
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _trailing_time_pattern() -> "regex.Pattern[str]":
    """A time phrase ending a subject (财政储备预计在二〇二四年三月三十一日, 最低工资自113年1月1日起)."""
    openers = _alternation(context.TIME_PHRASE_OPENERS)
    ends = _alternation(context.TIME_PHRASE_ENDS)
    return regex.compile(
        rf"""(?:{openers})?                                    # 在  自
              {_date_fragment()}
              (?:{ends})?                                      # 起  底
              $""",
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _point_label_pattern() -> "regex.Pattern[str]":
    """Point labels that open a clause (一是, 第二是, 首先, 另一方面), from the headings lexicon."""
    numeral = f"[{headings.HEADING_NUMERALS}]{{1,3}}"
    words = (*headings.SEQUENCE_POINT_FIRST, *headings.SEQUENCE_POINT_NEXT,
             *headings.ASPECT_POINT_FIRST, *headings.ASPECT_POINT_NEXT)
    return regex.compile(
        rf"(?:{headings.ORDINAL_POINT_PREFIX}?{numeral}{headings.NUMBERED_POINT_SUFFIX}"
        rf"|(?:{_alternation(words)}){headings.NUMBERED_POINT_SUFFIX}?)[,:]?"
    )


@lru_cache(maxsize=1)
def _period_ending_pattern() -> "regex.Pattern[str]":
    digits = "".join(sorted(set(numerals.DIGITS) | set(numerals.SMALL_UNITS)))
    return regex.compile(rf"[\d{digits}]+(?:{_alternation(context.SUBJECT_NOT_ENDING)})$")


# ---------------------------------------------------------------------------
# Candidates


@dataclass
class _Candidate:
    start: int
    end: int
    value: Number
    value_max: Optional[Number] = None
    kind: Optional[QuantityKind] = None
    unit: Optional[str] = None
    approx: Approx = Approx.EXACT
    qualifier: Optional[str] = None
    pre: Optional[str] = None
    has_magnitude: bool = False
    single_chinese: bool = False
    ordinal: bool = False  # 第N without a rank cue yet
    rank_cue: bool = False
    drop: bool = False
    group: list["_Candidate"] = field(default_factory=list)


def _parse_numeral(surface: str) -> tuple[Optional[Number], Optional[str]]:
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
        elif ch in _INNER_APPROXIMATORS:
            continue
        else:
            break
    return multiplier


def _scale(value: Number, factor: float) -> Number:
    result = value * factor
    if isinstance(result, float) and not math.isfinite(result):
        raise OverflowError
    return result


def _is_single_chinese(surface: str) -> bool:
    core = [c for c in surface if c not in _INNER_APPROXIMATORS]
    return len(core) == 1 and core[0] in _CHINESE_NUMERAL_CHARS


def _candidate(match: "regex.Match[str]") -> Optional[_Candidate]:
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
        return _Candidate(match.start(), match.end(), 2**count, kind=QuantityKind.MULTIPLE,
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
        candidate = _Candidate(start, end, value / divisor if divisor != 1 else value,
                               kind=QuantityKind.PERCENT, unit=unit)
    else:
        candidate = _number_candidate(match, start, end)
        if candidate is None:
            return None
        inner = candidate.qualifier
        candidate.qualifier = None
        if candidate.end > match.end() and post is None:
            following = _post_pattern().match(match.string, candidate.end)  # 10千伏及以上
            if following is not None:
                post, candidate.end = following.group(), following.end()
    _set_approx(candidate, pre, inner, post)
    candidate.pre = pre
    return candidate


def _pair_candidate(
    match: "regex.Match[str]", start: int, end: int, pre: Optional[str], post: Optional[str]
) -> Optional[_Candidate]:
    """两三名, 三五家: two neighbouring digits and a unit are an approximate range."""
    low, high = (numerals.DIGITS[ch] for ch in match.group("pair"))
    kind, unit = _unit_kinds().get(match.group("pair_unit"), (None, None))
    if kind not in (QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.MONEY):
        return _Candidate(start, end, low, drop=True)  # 三五年: a period, not a quantity
    candidate = _Candidate(start, end, low, value_max=high, kind=kind, unit=unit, approx=Approx.ABOUT)
    if pre or post:
        _set_approx(candidate, pre, None, post)
    return candidate


def _absorbed_unit(match: "regex.Match[str]") -> Optional[tuple[str, int]]:
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
    words = [w for w in _unit_kinds() if w[0] == n1[-1] and folded.startswith(w, at)]
    if not words:
        return None
    word = max(words, key=len)
    return word, at + len(word)


def _number_candidate(match: "regex.Match[str]", start: int, end: int) -> Optional[_Candidate]:
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
    value_max: Optional[Number] = None
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
            value = _scale(value, factor)  # 3至5万人: the magnitude applies to both ends
    word = match.group("tenths") or match.group("unit") or match.group("u1")
    if absorbed is not None:
        word = absorbed[0]
    kind, unit = _unit_kinds().get(word, (None, None)) if word else (None, None)
    if word and kind is None:
        return _Candidate(start, end, value, drop=True)
    if match.group("u1") and match.group("unit") and match.group("u1") != match.group("unit"):
        return _Candidate(start, end, value, drop=True)
    if kind is QuantityKind.PERCENT:
        if word in units.TENTHS:
            value, value_max = _scale(value, 10), None if value_max is None else _scale(value_max, 10)
        else:
            divisor = units.PERCENT_SIGNS[word]
            if divisor != 1:
                value = value / divisor
                value_max = None if value_max is None else value_max / divisor
    if unit == units.PER_MILLE_POINT_UNIT:
        divisor = units.PER_MILLE_POINT_DIVISOR
        value, value_max = value / divisor, None if value_max is None else value_max / divisor
    if value_max is not None and value_max <= value:
        return _Candidate(start, end, value, drop=True)  # 2-1 is not a range (dates, codes)
    currency = match.group("cur")
    if currency is not None:
        written = units.CURRENCY_PREFIXES[currency]
        if kind is None or (kind is QuantityKind.MONEY and unit in units.PLAIN_CURRENCIES):
            kind, unit = QuantityKind.MONEY, written or unit or currency
        elif kind is not QuantityKind.MONEY:
            start = match.start("sign") if match.group("sign") else match.start("n1")  # not a price
    return _Candidate(
        start, end, value, value_max=value_max, kind=kind, unit=unit, qualifier=inner,
        has_magnitude=_magnitude(n1) > 1 or (n2 is not None and _magnitude(n2) > 1),
        single_chinese=n2 is None and not inner and _is_single_chinese(n1),
    )


def _rank_candidate(match: "regex.Match[str]") -> Optional[_Candidate]:
    has_cue = bool(match.group("rverb") or match.group("rscope"))
    if match.group("bottom") is not None:
        return _bottom_rank_candidate(match, has_cue)
    if match.group("first") is not None:
        if not match.group("rverb"):
            return None
        candidate = _Candidate(match.start(), match.end(), 1, kind=QuantityKind.RANK)
        candidate.rank_cue = True
        return candidate
    is_top = match.group("top") is not None
    numeral = match.group("tnum") if is_top else match.group("rnum")
    value, _ = _parse_numeral(numeral)
    if value is None or value <= 0 or value != int(value):
        return None
    start = match.start("top") if is_top else match.start()
    if is_top:
        candidate = _Candidate(start, match.end(), value, kind=QuantityKind.RANK,
                               approx=Approx(qualifiers.TOP_APPROX), qualifier=match.group("top"))
    else:
        candidate = _Candidate(start, match.end(), value, kind=QuantityKind.RANK)
    candidate.rank_cue = has_cue or match.group("runit") is not None
    candidate.ordinal = not is_top
    return candidate


def _bottom_rank_candidate(match: "regex.Match[str]", has_cue: bool) -> Optional[_Candidate]:
    """后3位 after 的 or a rank cue: a rank counted from the bottom (not 此后3名)."""
    at = match.start("bottom")
    if not has_cue and (at == 0 or match.string[at - 1] not in context.BOTTOM_AFTER):
        return None
    value, _ = _parse_numeral(match.group("bnum"))
    if value is None or value <= 0 or value != int(value):
        return None
    candidate = _Candidate(at, match.end(), value, kind=QuantityKind.RANK,
                           approx=Approx(qualifiers.BOTTOM_APPROX), qualifier=match.group("bottom"))
    candidate.rank_cue = True
    return candidate


def _set_approx(candidate: _Candidate, pre: Optional[str], inner: Optional[str], post: Optional[str]) -> None:
    strict = pre is not None and qualifiers.BEFORE[pre] in qualifiers.STRICT_APPROX
    if post and not strict:
        candidate.approx, candidate.qualifier = Approx(qualifiers.AFTER[post]), post
    elif inner and not strict:
        candidate.approx, candidate.qualifier = Approx(qualifiers.INNER[inner]), inner
    elif pre:
        candidate.approx, candidate.qualifier = Approx(qualifiers.BEFORE[pre]), pre


# ---------------------------------------------------------------------------
# Lists, filtering


def _followed_by_count_unit(folded: str, end: int) -> bool:
    """True when a measure word or date word follows 第N (第二场, 全国第一个, 前三季度)."""
    following = folded[end:end + 3]
    return any(following.startswith(word) for word in _unit_kinds())


def _join_lists(folded: str, candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """Group candidates separated only by a list separator; share the unit written last."""
    separators = set(context.LIST_SEPARATORS)
    groups: list[list[_Candidate]] = []
    for candidate in candidates:
        if groups and folded[groups[-1][-1].end:candidate.start] in separators:
            groups[-1].append(candidate)
        else:
            groups.append([candidate])
    result: list[list[_Candidate]] = []
    for group in groups:
        last = group[-1]
        if len(group) > 1 and last.kind is not None and not last.drop:
            for member in group[:-1]:
                if member.kind is None and not member.drop and not member.ordinal:
                    member.kind, member.unit = last.kind, last.unit
                    if last.kind is QuantityKind.PERCENT and last.unit in units.TENTHS:
                        member.value = _scale(member.value, 10)
        if any(m.ordinal and m.rank_cue for m in group) and all(m.ordinal for m in group):
            for member in group:
                member.rank_cue = True
        # Split the group where a member is not a quantity of the same sort.
        current: list[_Candidate] = []
        for member in group:
            if current and (member.kind != current[-1].kind or member.drop):
                result.append(current)
                current = []
            current.append(member)
        result.append(current)
    return result


def _keep(folded: str, candidate: _Candidate) -> bool:
    if candidate.drop:
        return False
    if candidate.ordinal:
        return candidate.rank_cue and not _followed_by_count_unit(folded, candidate.end)
    if candidate.kind is QuantityKind.RANK:  # 前N
        return candidate.rank_cue and not _followed_by_count_unit(folded, candidate.end)
    if candidate.kind is None and _after_multiple_cue(folded, candidate):
        candidate.kind, candidate.unit = QuantityKind.MULTIPLE, units.MULTIPLE_CUE_UNIT
    if candidate.kind is None:
        # A bare numeral is a quantity only with a magnitude (突破1亿) or a comparison word.
        if not (candidate.has_magnitude or candidate.pre):
            return False
        if not candidate.pre and not any(
            c.isdigit() or c in numerals.DIGITS for c in folded[candidate.start:candidate.end]
        ):
            return False  # 千兆光网, 千万要: units and magnitudes alone, unqualified, make a word
        if _is_date_context(folded, candidate):
            return False
        candidate.kind = QuantityKind.COUNT
    if candidate.single_chinese and not candidate.pre and candidate.kind in (
        QuantityKind.COUNT, QuantityKind.MEASURE
    ):
        return False  # 两个维护, 五位一体, 一批, 千家万户: slogans more often than counts
    following = folded[candidate.end:candidate.end + 1]
    if following and following.isascii() and following.isalpha():
        return False  # 5G, 3D, 4K (digits may follow a unit: 8章72条)
    if _is_class_label(folded, candidate):
        return False
    return True


def _is_class_label(folded: str, candidate: _Candidate) -> bool:
    """百亿元以上项目2个: an amount with 以上 before 项目 or 企业 names a size class."""
    if candidate.kind is not QuantityKind.MONEY or candidate.qualifier not in context.CLASS_LABEL_QUALIFIERS:
        return False
    return folded.startswith(context.CLASS_LABEL_NOUNS, candidate.end)


def _after_multiple_cue(folded: str, candidate: _Candidate) -> bool:
    """城乡居民收入倍差从1.96缩小至1.86: a bare Arabic number in a clause about a 倍差 is a multiple."""
    surface = folded[candidate.start:candidate.end]
    if candidate.has_magnitude or not any(c.isdigit() for c in surface) or _is_date_context(folded, candidate):
        return False
    begin = _clause_start(folded, candidate.start, max(0, candidate.start - 40))
    return any(folded.find(word, begin, candidate.start) >= 0 for word in units.MULTIPLE_CUE_WORDS)


def _set_rate(folded: str, candidate: _Candidate, floor: int) -> None:
    """流量每秒860立方米, 时速350公里: a time unit before the number makes a rate unit (立方米/秒)."""
    if candidate.kind is not QuantityKind.MEASURE or candidate.unit not in units.RATE_BASE_UNITS:
        return
    match = _rate_before_pattern().search(folded, max(floor, candidate.start - 12), candidate.start)
    if match is None:
        return
    per = (units.RATE_PREFIXES.get(match.group("prefix") or "")
           or units.RATE_NOUNS.get(match.group("noun") or ""))
    if per:
        candidate.unit = f"{candidate.unit}/{per}"


def _is_date_context(folded: str, candidate: _Candidate) -> bool:
    following = folded[candidate.end:candidate.end + 1]
    return following in ("-", "/", ":", ".")


# ---------------------------------------------------------------------------
# Subject and direction


@lru_cache(maxsize=1)
def _strip_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str]]:
    per_unit = {context.PER_UNIT_MARK + word for word in (*units.COUNT_UNITS, *units.MEASURE_UNITS)}
    trailing = sorted(
        {*context.SUBJECT_TRAILING, *context.UP_VERBS, *context.DOWN_VERBS, *context.RANK_VERBS,
         *context.RANK_SCOPES, *qualifiers.BEFORE, *context.SUBJECT_TRAILING_MODALS,
         *context.UP_RATE_VERBS, *context.DOWN_RATE_VERBS, *per_unit, *units.RATE_PREFIXES},
        key=len, reverse=True,
    )
    leading = sorted(set(context.SUBJECT_LEADING), key=len, reverse=True)
    return tuple(trailing), tuple(leading), frozenset(context.UP_VERBS), frozenset(context.DOWN_VERBS)


@lru_cache(maxsize=1)
def _edge_index() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Trailing words by their last character, leading words by their first (longest first)."""
    trailing, leading, _, _ = _strip_words()
    by_last: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for word in trailing:
        by_last.setdefault(word[-1], []).append(word)
    for word in leading:
        by_first.setdefault(word[0], []).append(word)
    return ({k: tuple(v) for k, v in by_last.items()}, {k: tuple(v) for k, v in by_first.items()})


def _clause_start(folded: str, position: int, floor: int) -> int:
    i = position
    limit = max(floor, position - 60)
    while i > limit:
        if folded[i - 1] == ")":
            opened = _parenthetical_start(folded, i - 1, limit)
            if opened is not None:
                i = opened
                continue
        if folded[i - 1] in context.CLAUSE_BREAKS:
            break
        i -= 1
    return i


def _parenthetical_start(folded: str, close: int, limit: int) -> Optional[int]:
    """Offset of the ( of a short gloss inside a noun phrase (细颗粒物(PM2.5)平均浓度), else None."""
    low = max(limit, close - context.PARENTHETICAL_MAX - 1)
    opened = folded.rfind("(", low, close)
    if opened <= limit or close == opened + 1:
        return None
    inner = folded[opened + 1:close]
    if any(ch in context.CLAUSE_BREAKS for ch in inner):
        return None  # (记者 张三), (一): not a gloss
    before, after = folded[opened - 1], folded[close + 1:close + 2]
    if not (_is_han(before) and after and (_is_han(after) or after.isalnum())):
        return None
    return opened


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _subject_and_direction(
    folded: str, start: int, floor: int, after_quantity: bool, noun_follows: bool = False
) -> tuple[Optional[tuple[int, int]], Optional[Direction], bool]:
    """Return the metric span before ``start``, the direction verb and whether 分别 was written.

    ``noun_follows`` says that a noun is written right after the quantity's unit
    (120亿条数据), so words ending in 的 before it are a relative clause.
    """
    _, leading, up, down = _strip_words()
    modals, keep_before, object_after = _subject_word_sets()
    left = _clause_start(folded, start, floor)
    # A quantity earlier in the same clause owns the words after it (建设100个示范村、1000个重点村),
    # unless a list separator follows it (8.5万亩、中药材4.3万亩) or a linking verb links
    # a metric of its own (16至24岁青年失业率为7.9%).
    same_clause = after_quantity and left == floor and floor < start
    if same_clause and folded.startswith(tuple(context.SUBJECT_LIST_SEPARATORS), floor):
        same_clause = False
    right = start
    direction: Optional[Direction] = None
    respectively = False
    stripped: list[str] = []
    changed = True
    trailing_by_last, leading_by_first = _edge_index()
    while changed and right > left:
        changed = False
        piece = folded[left:right]
        for word in trailing_by_last.get(folded[right - 1], ()):
            if piece.endswith(word) and len(word) <= right - left:
                if len(word) == 1 and right - left >= 2 and folded[right - 2] in keep_before.get(word, ""):
                    continue  # 行为, 安排, 预计: the character ends a word
                if word in modals and not stripped:
                    continue  # 许可: a modal is stripped only before a stripped verb
                if direction is None and (word in up or word in context.UP_RATE_VERBS):
                    direction = Direction.UP
                elif direction is None and (word in down or word in context.DOWN_RATE_VERBS):
                    direction = Direction.DOWN
                respectively = respectively or word.startswith("分别")
                right -= len(word)
                stripped.append(word)
                changed = True
                break
        if not changed:
            period = _trailing_period(folded, left, right)
            if period is None:
                year = _comparison_year_pattern().search(folded, left, right)  # 比2020年 before the verb
                period = year.start() if year is not None and year.end() == right and year.start() > left else None
            if period is None:
                when = _trailing_time_pattern().search(folded, left, right)  # 预计在2024年3月31日为
                period = when.start() if when is not None and when.start() - left >= 2 else None
            if period is not None:
                right, changed = period, True
    if same_clause and any(word in context.LINKING_VERBS for word in stripped):
        same_clause = False
    if same_clause and direction is not None and right - left >= 2:
        same_clause = False  # 26个山区县生产总值增长6.2%: the count modifies the metric that changes
    changed = True
    while changed and right > left:
        changed = False
        while left < right and folded[left] in " ,，、":
            left += 1
        time_match = _leading_time_pattern().match(folded, left, right)
        if time_match is not None and time_match.end() > left:
            left = time_match.end()
            changed = True
            continue
        label = _point_label_pattern().match(folded, left, right)
        if label is not None and right - label.end() >= 2:
            left = label.end()  # 二是压减申请材料: the enumerator is not part of the metric
            changed = True
            continue
        since = _since_phrase_end(folded, left, right)
        if since is not None:
            left = since  # 今年以来我县…: the whole time phrase goes
            changed = True
            continue
        scoped = _scope_verb_end(folded, left, right)
        if scoped is None:
            scoped = _agent_end(folded, left, right)  # 市市场监管局共查处… -> 共查处…
        if scoped is not None:
            left = scoped  # 全市共有个体工商户 -> 个体工商户
            changed = True
            continue
        piece = folded[left:right]
        for word in leading_by_first.get(folded[left], ()) if left < right else ():
            if piece.startswith(word) and right - left - len(word) >= 2 and not folded.startswith(
                context.SUBJECT_LEADING_KEEP_BEFORE.get(word, ()), left + len(word)
            ):
                left += len(word)
                changed = True
                break
        if not changed:
            # “山东通”集成各类业务应用: drop the quoted topic, then its verb.
            topic_end = _drop_leading_topic(folded, left, right)
            changed = topic_end != left
            left = topic_end
    if same_clause:
        # 1.3万家企业兑现资金2.6亿元: a verb after the counted noun opens a metric of its own
        after = _after_verb(folded, left + 1, right, context.SUBJECT_VERBS_AFTER_COUNTED)
        if after is not None:
            left, same_clause = after, False
    left = _after_inner_verb(folded, left, right)
    left = _drop_coordinated_verbs(folded, left, right)
    left, direction = _drop_opening_verb(folded, left, right, direction)
    if same_clause or right - left < 2 or _period_ending_pattern().search(folded, left, right):
        return None, direction, respectively
    subject = folded[left:right]
    if (
        subject in leading
        or subject in context.SUBJECT_NOT_ALONE
        or subject.startswith(context.SUBJECT_FRAGMENT_OPENINGS)
        or subject.endswith(object_after)
        or subject.endswith(tuple(context.SUBJECT_EXAMPLES_END))
        or subject.endswith(context.SUBJECT_LIST_ENDINGS)
        or _counts_examples(subject)
        or (noun_follows and stripped and stripped[0] == "的")
        or (noun_follows and subject.endswith(context.SUBJECT_PREPOSITION_ENDINGS))
    ):
        return None, direction, respectively
    return (left, right), direction, respectively


def _since_phrase_end(folded: str, left: int, right: int) -> Optional[int]:
    """End of a leading time phrase closed by 以来 (今年以来, 入夏以来), or None."""
    mark = context.SINCE_MARK
    at = folded.find(mark, left, min(right, left + context.SINCE_MAX + len(mark)))
    if at <= left or right - (at + len(mark)) < 2:
        return None
    return at + len(mark)


def _scope_verb_end(folded: str, left: int, right: int) -> Optional[int]:
    """End of a scope and a verb of having that open a subject (全市共有, 我县已累计), or None."""
    for scope in context.SUBJECT_SCOPES:
        if not folded.startswith(scope, left, right):
            continue
        at = left + len(scope)
        for verb in sorted(context.SUBJECT_SCOPE_VERBS, key=len, reverse=True):
            if folded.startswith(verb, at, right) and right - (at + len(verb)) >= 2:
                return at + len(verb)
    return None


def _agent_end(folded: str, left: int, right: int) -> Optional[int]:
    """End of an agency that opens a subject before a link word (全市公安机关共破获), or None."""
    stop = min(right, left + context.SUBJECT_AGENT_MAX)
    for at in range(left + 2, stop):
        for ending in context.SUBJECT_AGENT_ENDINGS:
            end = at + len(ending)
            if end > stop or not folded.startswith(ending, at, right):
                continue
            for link in context.SUBJECT_AGENT_LINKS:
                if folded.startswith(link, end, right) and right - (end + len(link)) >= 2:
                    return end
    return None


def _after_verb(folded: str, left: int, right: int, verbs: Sequence[str]) -> Optional[int]:
    """Offset after the last of ``verbs`` in ``folded[left:right]`` that leaves a metric, or None."""
    best: Optional[int] = None
    for verb in verbs:
        at = folded.rfind(verb, left, right)
        end = at + len(verb)
        if at < 0 or right - end < 2:
            continue
        if folded.startswith(context.SUBJECT_LEADING_KEEP_BEFORE.get(verb, ()), end):
            continue  # 建成区: the verb begins a noun
        if best is None or end > best:
            best = end
    return best


def _after_inner_verb(folded: str, left: int, right: int) -> int:
    """Drop an agent and its verb (局将于七月在各区举办「…」讲座 -> 「…」讲座); else ``left``."""
    after = _after_verb(folded, left + 2, right, context.SUBJECT_INNER_VERBS)
    return left if after is None else after


def _counts_examples(subject: str) -> bool:
    """成都、绵阳等9市(州): a list of examples counted by a number is no metric."""
    mark = context.SUBJECT_EXAMPLES_COUNTED
    at = subject.find(mark)
    while at != -1:
        following = subject[at + 1:at + 2]
        if following and (following.isdigit() or following in numerals.DIGITS or following in numerals.SMALL_UNITS):
            return True
        at = subject.find(mark, at + 1)
    return False


@lru_cache(maxsize=1)
def _subject_word_sets() -> tuple[frozenset[str], dict[str, str], tuple[str, ...]]:
    keep_before = {"为": context.SUBJECT_KEEP_BEFORE_WEI, **context.SUBJECT_KEEP_BEFORE}
    return frozenset(context.SUBJECT_TRAILING_MODALS), keep_before, tuple(context.SUBJECT_OBJECT_AFTER)


@lru_cache(maxsize=1)
def _trailing_period_pattern() -> "regex.Pattern[str]":
    digits = "".join(sorted(set(numerals.DIGITS) | set(numerals.SMALL_UNITS)))
    periods = _alternation(context.SUBJECT_NOT_ENDING)
    return regex.compile(rf"{regex.escape(context.PERIOD_OPENER)}[\d{digits}]+(?:{periods})$")


def _trailing_period(folded: str, left: int, right: int) -> Optional[int]:
    """New right end when the span ends with 连续N年 after a metric, else None."""
    match = _trailing_period_pattern().search(folded, left, right)
    if match is None or match.start() - left < 2:
        return None
    return match.start()


def _drop_opening_verb(
    folded: str, left: int, right: int, direction: Optional[Direction]
) -> tuple[int, Optional[Direction]]:
    """Drop a direction verb that opens the subject (平均减少材料 -> 材料, down)."""
    _, _, up, down = _strip_words()
    at = left
    if folded.startswith(context.SUBJECT_OPENING_AVERAGE, at, right):
        at += len(context.SUBJECT_OPENING_AVERAGE)
    for verb in sorted(up | down, key=len, reverse=True):
        if len(verb) < 2 or not folded.startswith(verb, at, right):
            continue
        rest = at + len(verb)
        if right - rest < 2 or folded[rest] in context.SUBJECT_VERB_NOUN_SUFFIXES:
            return left, direction  # 增加值 is a noun
        if direction is None:
            direction = Direction.UP if verb in up else Direction.DOWN
        return rest, direction
    return left, direction


def _drop_coordinated_verbs(folded: str, left: int, right: int) -> int:
    """Drop two verbs joined by 并 that open a subject (发现并整改问题 -> 问题); else ``left``."""
    size = context.SUBJECT_COORDINATED_VERB_LENGTH
    mark = context.SUBJECT_COORDINATED_VERB_MARK
    after = left + 2 * size + len(mark)
    if folded.startswith(mark, left + size, right) and right - after >= 2 and all(
        _is_han(ch) for ch in folded[left:after]
    ):
        return after
    return left


def _drop_leading_topic(folded: str, left: int, right: int) -> int:
    """Drop a leading quoted name when a metric of its own follows (“山东通”实名注册 -> 实名注册)."""
    if left < right and folded[left] in "“\"「『‘'":
        closers = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’", "'": "'"}
        close = folded.find(closers[folded[left]], left + 1, right)
        if close != -1 and right - (close + 1) >= 4:
            return close + 1
    return left


def _split_subjects(folded: str, span: tuple[int, int], count: int) -> Optional[list[tuple[int, int]]]:
    """Split 'A、B和C' into ``count`` spans, or None when the counts differ.

    When every separator gives too many pieces, 、 alone is tried: 和/及 may
    join words inside one member (外商及港澳台商投资企业).
    """
    for separators in (context.SUBJECT_LIST_SEPARATORS, (context.SUBJECT_LIST_MAIN_SEPARATOR,)):
        pieces = _split_on(folded, span, separators)
        if len(pieces) == count and all(b - a >= 2 for a, b in pieces):
            return pieces
    return None


def _split_on(folded: str, span: tuple[int, int], separators: Sequence[str]) -> list[tuple[int, int]]:
    left, right = span
    pieces: list[tuple[int, int]] = []
    begin = left
    i = left
    while i < right:
        if folded[i] in separators:
            pieces.append((begin, i))
            begin = i + 1
        i += 1
    pieces.append((begin, right))
    return pieces


def _merge_ranges(folded: str, candidates: list[_Candidate]) -> list[_Candidate]:
    """Join a range written with its unit on both ends (200元至300元) into one candidate."""
    separators = set(context.RANGE_SEPARATORS)
    merged: list[_Candidate] = []
    for candidate in candidates:
        previous = merged[-1] if merged else None
        if (
            previous is not None and previous.end == candidate.start and candidate.value < 0
            and folded.startswith(tuple(context.RANGE_SEPARATORS), candidate.start)
            and previous.unit is not None and previous.value >= 0
        ):
            candidate.value = -candidate.value  # 300亿元-500亿元: the hyphen is a range, not a sign
            candidate.start += 1
        if (
            previous is not None
            and folded[previous.end:candidate.start] in separators
            and previous.kind is not None and previous.kind is candidate.kind
            and previous.unit is not None and previous.unit == candidate.unit
            and not previous.drop and not candidate.drop
            and previous.value_max is None and candidate.value_max is None
            and previous.kind is not QuantityKind.RANK
            and previous.qualifier is None and candidate.pre is None
            and previous.value < candidate.value
        ):
            previous.end, previous.value_max = candidate.end, candidate.value
            previous.approx, previous.qualifier = candidate.approx, candidate.qualifier
            previous.has_magnitude = previous.has_magnitude or candidate.has_magnitude
            previous.single_chinese = False
            continue
        merged.append(candidate)
    return merged


def _sentence_topic(folded: str, position: int, floor: int) -> Optional[tuple[int, int]]:
    """The topic of the sentence holding ``position``: its first words up to a predicate.

    “爱山东”获评中国政务服务掌办指数“A”级,位居全国第三 -> 爱山东.  None when the
    first clause names no predicate or is the clause of ``position`` itself.
    """
    begin = position
    while begin > floor and folded[begin - 1] not in context.SENTENCE_BREAKS:
        begin -= 1
    while begin < position and folded[begin] in " \t\u3000":
        begin += 1
    clause_end = begin
    while clause_end < position and folded[clause_end] not in context.CLAUSE_BREAKS:
        clause_end += 1
    if clause_end >= position:
        return None
    cuts = [folded.find(word, begin, clause_end) for word in context.TOPIC_PREDICATES]
    cuts = [c for c in cuts if c > begin]
    if not cuts:
        return None
    left, right = begin, min(cuts)
    time_match = _leading_time_pattern().match(folded, left, right)
    if time_match is not None and time_match.end() > left:
        left = time_match.end()
    if any(ch.isdigit() for ch in folded[left:right]):
        return None
    opener = folded[left:left + 1]
    closer = {"“": "”", '"': '"', "「": "」", "『": "』"}.get(opener)
    if closer is not None and folded.find(closer, left + 1, right) == right - 1:
        left, right = left + 1, right - 1
    if right - left < 2:
        return None
    return left, right


# ---------------------------------------------------------------------------
# Public function


def find_quantities(
    text: str,
    folded: str,
    start: int = 0,
    end: Optional[int] = None,
    *,
    enclosures: Sequence[Enclosure] = (),
) -> list[Quantity]:
    """Return the quantities written in ``text[start:end]``, in order.

    ``folded`` is ``fold(text)``; matching happens on it and surfaces are sliced
    from ``text``.  Numbers inside any of ``enclosures`` (quotes, 《》) are never
    quantities; without enclosures they are computed for the range.

    >>> from govextract.normalize import fold
    >>> text = "全省政务服务事项网上可办率达到90%以上,注册用户数突破1亿。"
    >>> [(q.text, q.value, q.kind.value, q.approx.value, q.subject)
    ...  for q in find_quantities(text, fold(text))]
    [('90%以上', 90, 'percent', 'at_least', '全省政务服务事项网上可办率'), ('突破1亿', 100000000, 'count', 'more_than', '注册用户数')]
    """
    start, end = checked_range(text, folded, start, end, "find_quantities")
    if start >= end:
        return []
    inside = EnclosureIndex(enclosures or find_enclosures(folded, start, end))

    candidates: list[_Candidate] = []
    for match in _pattern().finditer(folded, start, end, overlapped=False):
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
        candidates.append(candidate)

    results: list[Quantity] = []
    floor = start
    previous: Optional[tuple[int, list[tuple[int, int]]]] = None  # (end, subjects) of the last group
    after_duration = False
    sentence: list[tuple[int, Optional[tuple[int, int]]]] = []  # (end, subject) of this sentence's quantities
    stage: Optional[tuple[int, tuple[int, int], Optional[str]]] = None  # (end, noun, unit) of an earlier stage
    for group in _join_lists(folded, _merge_ranges(folded, candidates)):
        kept = [c for c in group if _keep(folded, c)]
        if not kept:
            continue
        for candidate in kept:
            _set_rate(folded, candidate, start)
        last = kept[-1]
        noun_follows = last.kind in (QuantityKind.COUNT, QuantityKind.MEASURE) and _is_han(
            folded[last.end:last.end + 1] or " ")
        span, direction, respectively = _subject_and_direction(
            folded, kept[0].start, floor, floor > start and not after_duration, noun_follows)
        respectively = respectively or folded.startswith(context.RESPECTIVELY_MARK, kept[0].start)
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
        if span is None and kept[0].kind is QuantityKind.RANK:
            span = _sentence_topic(folded, kept[0].start, start)
        inherited: Optional[list[tuple[int, int]]] = None
        if (
            span is None
            and (direction is not None or compared or respectively)
            and previous is not None
            and len(previous[1]) == len(kept)
            and not any(ch in context.SENTENCE_BREAKS for ch in folded[previous[0]:kept[0].start])
        ):
            # 全省地区生产总值突破5.9万亿元,增长4.1%: the change is the same metric's;
            # 分别达到92.3%、97.1%,分别高于全国平均水平1.2、1.3个百分点: member by member.
            inherited = previous[1]
        if sentence and any(ch in context.SENTENCE_BREAKS for ch in folded[sentence[-1][0]:kept[0].start]):
            sentence = []
        if (
            inherited is None and span is None and respectively and len(kept) > 1
            and len(sentence) >= len(kept) and all(s is not None for _, s in sentence[-len(kept):])
        ):
            # 接待游客186万人次,实现旅游综合收入15.2亿元,同比分别增长31%和28%: one change per metric
            inherited = [s for _, s in sentence[-len(kept):] if s is not None]
        spans: list[Optional[tuple[int, int]]] = list(inherited) if inherited else [span] * len(kept)
        if span is not None and len(kept) > 1:
            split = _split_subjects(folded, span, len(kept))
            if split is not None and respectively:
                spans = list(split)
        completed = (
            stage is not None and len(kept) == 1 and kept[0].unit == stage[2]
            and _completion_pattern().fullmatch(folded, stage[0], kept[0].start) is not None
        )
        if completed and stage is not None:
            spans = [stage[1]]  # 新开工住房12860套,基本建成9430套: the noun of the earlier stage
        for candidate, subject in zip(kept, spans):
            record = _record(text, candidate, subject, direction)
            if record is not None:
                results.append(record)
        floor = max(floor, kept[-1].end)
        # 预计未来3天降雨量50至80毫米: a duration sets the period, the metric after it is the next one's
        after_duration = last.unit in context.DURATION_UNITS
        known = [subject for subject in spans if subject is not None]
        previous = (kept[-1].end, known) if len(known) == len(kept) else None
        sentence.extend((candidate.end, subject) for candidate, subject in zip(kept, spans))
        noun = spans[0] if completed else (_stage_noun(folded, spans[0]) if len(kept) == 1 and spans[0] else None)
        stage = (kept[0].end, noun, kept[0].unit) if noun is not None else None
    return results


@lru_cache(maxsize=1)
def _completion_pattern() -> "regex.Pattern[str]":
    """A clause that holds only a completion verb and its adverbs (,基本建成  ;已完成)."""
    separators = "".join(regex.escape(mark) for mark in context.STAGE_SEPARATORS)
    return regex.compile(
        rf"""[{separators}]\s*
             (?:{_alternation(context.STAGE_COMPLETION_ADVERBS)})*      # 基本  已  累计
             (?:{_alternation(context.STAGE_COMPLETION_VERBS)})         # 建成  完成  竣工
             \s*""",
        regex.VERBOSE,
    )


def _stage_noun(folded: str, span: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The noun of a subject that names an earlier stage of works (新开工住房 -> 住房), or None."""
    left, right = span
    scope = next((w for w in context.SUBJECT_SCOPES if folded.startswith(w, left, right)), "")
    left += len(scope)  # 全市新开工…: the scope goes with the stage word
    for opening in sorted(context.STAGE_OPENINGS, key=len, reverse=True):
        if folded.startswith(opening, left, right) and right - (left + len(opening)) >= 2:
            return left + len(opening), right
    if not scope and folded[max(0, left - 4):left].endswith(tuple(context.STAGE_PLAN_WORDS)):
        return span  # 计划改造老旧小区300个
    return None


def _clause_compares(folded: str, position: int, floor: int) -> bool:
    """True when the clause before ``position`` opens with a comparison word (高于全国)."""
    begin = _clause_start(folded, position, floor)
    while begin < position and folded[begin] in " ":
        begin += 1
    return folded.startswith(context.COMPARISON_ONLY, begin, position)


def _cut_comparison(folded: str, span: tuple[int, int]) -> tuple[Optional[tuple[int, int]], bool]:
    """Cut a subject where a comparison base begins; say whether one was found.

    增速比全省平均水平高 -> 增速; 高于城镇居民 -> None (the base alone is no metric).
    """
    left, right = span
    cuts = [i for i in (folded.find(word, left, right) for word in context.COMPARISON_MARKERS) if i >= 0]
    year = _comparison_year_pattern().search(folded, left, right)
    if year is not None:
        cuts.append(year.start())
    if not cuts:
        return span, False
    cut = min(cuts)
    return ((left, cut) if cut - left >= 2 else None), True


@lru_cache(maxsize=1)
def _comparison_year_pattern() -> "regex.Pattern[str]":
    """比2020年, 较上年同期 aside: 比/较 with a written year or period (比1—9月, 较113年1月, 比上半年)."""
    openers = _alternation(context.COMPARISON_YEAR_OPENERS)
    ends = _alternation(context.COMPARISON_YEAR_ENDS)
    periods = _alternation(context.COMPARISON_PERIOD_WORDS)
    era = _alternation(context.TIME_PHRASE_ERA)
    return regex.compile(
        rf"""(?:{openers})
              (?:
                  (?:{era})?\d{{2,4}}年                            # 比2020年  较113年
                  (?:\d{{1,2}}(?:[-—至]\d{{1,2}})?月份?)?            # 较113年1月
                | \d{{1,2}}(?:[-—至]\d{{1,2}})?月份?                  # 比1—9月  比8月份
                | (?:{periods})                                    # 比上半年  比一季度
              )
              (?:{ends})?                                          # 同期  末
        """,
        regex.VERBOSE,
    )


def _cut_share_base(
    folded: str, span: tuple[int, int], quantity_start: int
) -> tuple[Optional[tuple[int, int]], bool]:
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


def _record(
    text: str, candidate: _Candidate, subject: Optional[tuple[int, int]], direction: Optional[Direction]
) -> Optional[Quantity]:
    if candidate.kind is None:
        return None
    try:
        return Quantity(
            text=text[candidate.start:candidate.end],
            start=candidate.start,
            end=candidate.end,
            value=candidate.value,
            value_max=candidate.value_max,
            kind=candidate.kind,
            unit=candidate.unit,
            approx=candidate.approx,
            qualifier=candidate.qualifier,
            direction=direction if candidate.kind is not QuantityKind.RANK else None,
            subject=None if subject is None else text[subject[0]:subject[1]],
            subject_start=None if subject is None else subject[0],
            subject_end=None if subject is None else subject[1],
        )
    except (ValueError, TypeError, OverflowError):
        return None
