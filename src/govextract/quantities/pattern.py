"""Quantity stage 0: the patterns, built lazily from the lexicon.

In: nothing but the lexicon (units, qualifiers, numerals, quantity context,
headings) and :data:`govextract.numbers.NUMERAL_PATTERN`.  Out: compiled
patterns and the unit table that the later stages use; nothing here looks at
a release.

:func:`candidate_pattern` is the one pattern that scans a range: it is written
as a template of named fragments (``{NUM}``, ``{UNIT}``, ``{PRE}`` …) so that
each alternative reads as the Chinese it matches.  The auxiliary patterns
(qualifiers after a unit, rate words, time phrases, point labels, comparison
years, completion clauses) are matched around one candidate at a time by the
later stages.

Why our own patterns: the numeral is parsed by :mod:`govextract.numbers`; what
a release writes around it (超过 and 以上, 700多个, 位居全国第三, 翻一番, 港币47亿元,
lists that write their unit once) is the genre's own phrasing.  Every word comes
from :mod:`govextract.lexicon`, so the patterns can be extended without reading
this code.

Package-internal API (used by sibling stage modules): :data:`INNER_APPROXIMATORS`,
:data:`CHINESE_NUMERAL_CHARS`, :func:`alternation`, :func:`unit_kinds`,
:func:`candidate_pattern` and the ``*_pattern`` functions below.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from .. import numbers
from ..lexicon import headings, numerals, qualifiers, units
from ..lexicon import quantity_context as context
from ..models import QuantityKind

INNER_APPROXIMATORS = "".join(qualifiers.INNER)
CHINESE_NUMERAL_CHARS = set(numerals.DIGITS) | set(numerals.SMALL_UNITS)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w) for w in unique)


@lru_cache(maxsize=1)
def unit_kinds() -> dict[str, tuple[QuantityKind | None, str | None]]:
    """Folded unit word -> (kind, reported unit); kind None means "not a quantity"."""
    table: dict[str, tuple[QuantityKind | None, str | None]] = {}
    for word in units.NOT_QUANTITY_UNITS:
        table[word] = (None, None)
    for word in units.COUNT_UNITS:
        table[word] = (QuantityKind.COUNT, word)
    for word in units.MEASURE_UNITS:
        table[word] = (QuantityKind.MEASURE, units.REPORTED_UNITS.get(word, word))
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
def candidate_pattern() -> regex.Pattern[str]:
    """The pattern of a candidate quantity (see the module docstring and :func:`candidate_source`)."""
    return regex.compile(candidate_source(), regex.VERBOSE)


def candidate_source(*, inline_numerals: bool = False) -> str:
    """The source of :func:`candidate_pattern`.

    The numeral (:data:`govextract.numbers.NUMERAL_PATTERN`, some 19,000
    characters) is written out once, as group ``n1`` (the common case), and
    the six other places call that group as ``(?&n1)``: compiling seven
    copies took 0.2 s at every start.  A call matches as a copy does and
    leaves ``n1``'s span alone (``regex`` keeps a call's text only in
    ``captures``, which nothing here reads); each calling place is entered
    after its own literal, so the scan's first-character test is unchanged.
    ``inline_numerals`` writes out all seven copies, for the test that says so.
    """
    numeral = f"(?:{numbers.NUMERAL_PATTERN})" if inline_numerals else "(?&n1)"
    tenths_not = alternation(units.TENTHS_NOT_BEFORE)
    unit_words = [w for w in unit_kinds() if w not in units.TENTHS]
    fragments = {
        "NUM": numeral,
        "URL": context.URL_PATTERN,
        "RANK_VERB": alternation(context.RANK_VERBS),
        "RANK_SCOPE": alternation(context.RANK_SCOPES),
        "RANK_UNIT": alternation(context.RANK_UNITS),
        "RANK_FIRST": alternation(context.RANK_FIRST_WORDS),
        "PAIR": alternation(numerals.APPROXIMATE_PAIRS),
        "PRE": alternation(qualifiers.BEFORE),
        "POST": alternation(qualifiers.AFTER),
        "INNER": f"[{regex.escape(INNER_APPROXIMATORS)}]",
        "PREFIX": alternation(units.PERCENT_PREFIXES),
        "SEP": alternation(context.RANGE_SEPARATORS),
        "RANGE_UNIT": alternation([*units.PERCENT_SIGNS, *units.MULTIPLE_UNITS]),
        "UNIT": alternation(unit_words),
        "TENTHS": alternation(units.TENTHS),
        "TENTHS_NOT": tenths_not,
        "CN": "".join(sorted(CHINESE_NUMERAL_CHARS | set(numerals.MAGNITUDES))),
        "DIGIT": "".join(sorted(numerals.DIGITS)),
        "SIGN_NOT": regex.escape(numerals.NEGATIVE_SIGN_NOT_AFTER),
        "DOUBLE": regex.escape(units.DOUBLING_PREFIX),
        "DOUBLE_END": regex.escape(units.DOUBLING_SUFFIX),
        "CUR": alternation(units.CURRENCY_PREFIXES),
        "CUR_NOT": units.CURRENCY_PREFIX_NOT_AFTER,
        "TOP": alternation(qualifiers.TOP),
        "BOTTOM": alternation(qualifiers.BOTTOM),
        "SPACES": r"(?:(?<!\s)|\G)\s++",
        "HALF": regex.escape(units.TENTHS_HALF),
        "UNIT_NOT": alternation(units.NOT_UNIT_WORDS),
        "RATIO_SEP": "".join(regex.escape(sep) for sep in units.RATIO_SEPARATORS),
    }
    # {SPACES}: a match starts in a run of spaces only at its first space or where the search resumed
    # (\G); from a later space it would fail as the one before did, after reading the run to its end (n² on
    # blank lines).  Every \s* is possessive: what follows never starts with a space, so giving one back
    # never helps (and the look-behind of 首位 runs only where 首位 stands).
    source = r"""
      (?P<url>{URL})                                         # numbers in a URL are skipped whole
    | (?P<rank>
          (?:(?P<rverb>{RANK_VERB})\s*+|{SPACES})?(?P<rscope>{RANK_SCOPE})?  # 位居全国 / 列省域
          (?:
              (?P<ordinal>第)(?P<rnum>{NUM})                    # 第三  第8
            | (?P<top>{TOP})(?P<tnum>{NUM})                     # 前三
            | (?P<bottom>{BOTTOM})(?P<bnum>{NUM})(?={RANK_UNIT})  # 后3位 (checked by the caller)
            | (?=(?:{RANK_FIRST}))(?<=(?:{RANK_VERB})\s*(?:{RANK_SCOPE})?)(?P<first>{RANK_FIRST})  # 居全国首位 (needs a verb)
          )
          (?P<runit>{RANK_UNIT})?                               # 第8位  前三名
      )
    | (?P<double>{DOUBLE}(?P<dnum>{NUM})?{DOUBLE_END})        # 翻一番  翻番
    | (?:(?P<pre>{PRE})\s*+|{SPACES})?                         # 超过  约  不低于
      (?:
          (?<![{CN}\d])(?P<pair>{PAIR})(?=(?P<pair_unit>{UNIT}))  # 两三名  三五家 (the unit is checked later)
          (?P<pair_unit_text>(?P=pair_unit))
        | (?<![{CN}\d])(?P<half>{HALF})(?={TENTHS}(?!{TENTHS_NOT}))(?P<half_tenths>{TENTHS})  # 半成 (not 半成品)
        | (?<![{CN}\d])(?P<prefix>{PREFIX})                   # 百分之  千分之 (not 五百分之)
          (?P<psign>负|-)?(?P<pnum>{NUM})(?![{DIGIT}\d])      # not 百分之二三十
        | (?<![A-Za-z0-9_./#=&?%-])                           # not inside an identifier or path
          (?:(?<![{CUR_NOT}])(?P<cur>{CUR})\s*+)?                # 港币47亿元  HK$900亿元  $10亿元
          (?P<sign>(?<![{SIGN_NOT}])负|-|\+)?(?<![{CN}])(?P<n1>{NUM})  # not the tail of 二三十; not 减负
          (?![{DIGIT}])
          (?:
              (?P<u1>{RANGE_UNIT})?\s*+(?P<sep>{SEP})\s*+      # 20%—30%  3至5
              (?P<sign2>负|-)?(?P<n2>{NUM})
            | (?P<ratio>(?:[{RATIO_SEP}]\d++(?:\.\d++)?)++)(?!\.\d)  # 5.5∶39.7∶54.8  1:1 (checked later)
          )?
          (?P<inner>{INNER})?                                 # 700多个  8.5万余场次
          (?:
              (?P<tenths>{TENTHS})(?!{TENTHS_NOT})            # 三成 (not 一成不变)
              (?:(?P<thalf>{HALF})|(?P<tdigit>[{DIGIT}])(?![{CN}\d]|{UNIT}))?  # 三成半  七成六
            | (?!{UNIT_NOT})(?P<unit>{UNIT})                  # not 升 of 升至
          )?
      )
      (?P<post>{POST})?                                       # 以上  左右  以内
    """
    source = source.replace("(?P<n1>{NUM})", f"(?P<n1>(?:{numbers.NUMERAL_PATTERN}))")
    for name, fragment in fragments.items():
        source = source.replace("{" + name + "}", fragment)
    return source


def _date_fragment() -> str:
    """A written date of a time phrase: a year, month or day, or a quarter (no groups)."""
    era = alternation(context.TIME_PHRASE_ERA)
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
def rate_before_pattern() -> regex.Pattern[str]:
    """A time unit or speed noun right before a number (每秒28.3米, 时速达350公里)."""
    return regex.compile(
        rf"""(?:
                (?P<prefix>{alternation(units.RATE_PREFIXES)})          # 每秒  每小时
              | (?P<noun>{alternation(units.RATE_NOUNS)})               # 时速
                (?:{alternation(units.RATE_NOUN_LINKS)})?               # 可达
            )
            \s*$""",
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def post_pattern() -> regex.Pattern[str]:
    return regex.compile(alternation(qualifiers.AFTER))


@lru_cache(maxsize=1)
def leading_time_pattern() -> regex.Pattern[str]:
    openers = alternation(context.TIME_PHRASE_OPENERS)
    ends = alternation(context.TIME_PHRASE_ENDS)
    return regex.compile(
        rf"""(?:{openers})?                                    # 截至
              (?:{_date_fragment()}                            # 2022年1-11月  二〇二三年
                | 第[{context.TIME_PHRASE_QUARTER_NUMBERS}]季度?)  # 第4季 (only leading: 较上一季 ends a base)
              (?:{ends})?                                      # 底  以来  度
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def trailing_time_pattern() -> regex.Pattern[str]:
    """A time phrase ending a subject (财政储备预计在二〇二四年三月三十一日, 最低工资自113年1月1日起)."""
    openers = alternation(context.TIME_PHRASE_OPENERS)
    ends = alternation(context.TIME_PHRASE_ENDS)
    return regex.compile(
        rf"""(?:{openers})?                                    # 在  自
              {_date_fragment()}
              (?:{ends})?                                      # 起  底
              $""",
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def point_label_pattern() -> regex.Pattern[str]:
    """Point labels that open a clause (一是, 第二是, 首先, 另一方面), from the headings lexicon."""
    numeral = f"[{headings.HEADING_NUMERALS}]{{1,3}}"
    words = (*headings.SEQUENCE_POINT_FIRST, *headings.SEQUENCE_POINT_NEXT,
             *headings.ASPECT_POINT_FIRST, *headings.ASPECT_POINT_NEXT)
    return regex.compile(
        rf"(?:{headings.ORDINAL_POINT_PREFIX}?{numeral}{headings.NUMBERED_POINT_SUFFIX}"
        rf"|(?:{alternation(words)}){headings.NUMBERED_POINT_SUFFIX}?)[,:]?"
    )


@lru_cache(maxsize=1)
def period_ending_pattern() -> regex.Pattern[str]:
    digits = "".join(sorted(set(numerals.DIGITS) | set(numerals.SMALL_UNITS)))
    return regex.compile(rf"[\d{digits}]+(?:{alternation(context.SUBJECT_NOT_ENDING)})$")


@lru_cache(maxsize=1)
def trailing_period_pattern() -> regex.Pattern[str]:
    digits = "".join(sorted(set(numerals.DIGITS) | set(numerals.SMALL_UNITS)))
    periods = alternation(context.SUBJECT_NOT_ENDING)
    return regex.compile(rf"{regex.escape(context.PERIOD_OPENER)}[\d{digits}]+(?:{periods})$")


@lru_cache(maxsize=1)
def comparison_year_pattern() -> regex.Pattern[str]:
    """比2020年, 较上年同期 aside: 比/较 with a written year or period (比1—9月, 较113年1月, 比上半年)."""
    openers = alternation(context.COMPARISON_YEAR_OPENERS)
    ends = alternation(context.COMPARISON_YEAR_ENDS)
    periods = alternation(context.COMPARISON_PERIOD_WORDS)
    era = alternation(context.TIME_PHRASE_ERA)
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


@lru_cache(maxsize=1)
def completion_pattern() -> regex.Pattern[str]:
    """A clause that holds only a completion verb and its adverbs (,基本建成  ;已完成)."""
    separators = "".join(regex.escape(mark) for mark in context.STAGE_SEPARATORS)
    return regex.compile(
        rf"""[{separators}]\s*
             (?:{alternation(context.STAGE_COMPLETION_ADVERBS)})*      # 基本  已  累计
             (?:{alternation(context.STAGE_COMPLETION_VERBS)})         # 建成  完成  竣工
             \s*""",
        regex.VERBOSE,
    )
