"""Date grammar: the first stage of :func:`govextract.dates.find_dates`.

In: the date words of :mod:`govextract.lexicon.dates` (range marks, numerals,
era names, relative words, their blockers).  Out: compiled patterns, built
lazily and cached.  The main one, :func:`date_pattern`, finds every candidate
mention in the folded text; its named groups (``year``, ``month``, ``day``,
``quarter``, ``half``, ``year_part``, ``relative_year``, ``same``, ``hour`` …)
are what :mod:`.reading` reads.

Why our own grammar: the mentions have to be *found* in running Chinese text
with exact offsets, in the forms releases write (2023年1—8月, 今年一季度,
上半年, 去年同期, 民国112年, 今(12)日, 3·15晚会, 20世纪90年代), while refusing
what only looks like a date (3个月, 近三年, 年来, 国发〔2023〕16号, 初步, 中国).
The lookbehinds and blockers below carry those refusals, all from the lexicon.

Package-internal API, used by the sibling modules of ``govextract.dates``:
:func:`date_pattern`, :func:`era_pattern`, :func:`until_now_pattern`,
:func:`turn_of_year_pattern` and :func:`range_marks`; :func:`start_characters` also serves the
metadata stage (a header line whose first character starts no date opens with none).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import regex

from ..lexicon import dates as lex

# --------------------------------------------------------------------------
# Patterns, built lazily from the lexicon.


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


def _not_after(characters: str) -> str:
    """A lookbehind refusing any of ``characters`` right before the match."""
    return rf"(?<![{regex.escape(characters)}])"


@lru_cache(maxsize=1)
def _fragments() -> dict[str, str]:
    """Named regex fragments; later fragments refer to earlier ones by name."""
    f: dict[str, str] = {}
    f["S"] = r"[ \t]*"
    f["NUM"] = rf"(?:[0-9]{{1,2}}|[{lex.MONTH_DAY_NUMERALS}]{{1,3}})"
    f["RANGE"] = rf"(?:{_alternation(lex.RANGE_MARKS)})"
    f["DAY_MARK"] = rf"[{''.join(lex.DAY_MARKS)}]"
    year_digits = "".join(lex.YEAR_DIGITS)
    f["TIME"] = rf"""
        (?:
            {f["S"]} (?:T {f["S"]})?                                          # a space or ISO T
            (?: (?P<period> {_alternation(lex.DAY_PERIODS)} ) {f["S"]} )?      # 上午, 下午
            (?:
                (?P<hour> [01]?[0-9] | 2[0-3] ) {f["S"]} : {f["S"]}            # 14:
                (?P<minute> [0-5][0-9] )                                       # 05
                (?: {f["S"]} : {f["S"]} (?P<second> [0-5][0-9] ) )? (?![0-9])  # :57
              | (?P<hour> [01]?[0-9] | 2[0-4] ) {f["S"]}                       # 14; 24时 ends the day
                (?: {_alternation(lex.HOUR_MARKS)} )                           # 时, 点
                (?:
                    {f["S"]} (?P<minute> [0-5]?[0-9] ) {f["S"]} {lex.MINUTE_MARK}                 # 30分
                    (?: {f["S"]} (?P<second> [0-5]?[0-9] ) {f["S"]} {lex.SECOND_MARK} )?         # 15秒
                  | (?P<half_hour> {lex.HALF_HOUR} )                                              # 半
                )?
            )
          | (?P<period> {_alternation(lex.DAY_PERIODS)} )                    # 上午 alone: in the surface, no hour
        )?
    """
    f["DAY"] = rf"""
        {f["S"]} (?P<day> {f["NUM"]} ) {f["S"]}                                # 3
        (?:
            {f["RANGE"]} {f["S"]} (?P<day2> {f["NUM"]} ) {f["S"]} {f["DAY_MARK"]}     # 3—5日
          | {f["DAY_MARK"]}                                                            # 3日
            (?: {f["S"]} {f["RANGE"]} {f["S"]} (?P<day2> {f["NUM"]} ) {f["S"]} {f["DAY_MARK"]} )?   # 3日至5日
        )
        {f["TIME"]}
    """
    f["MONTH"] = rf"""
        (?P<month> {f["NUM"]} ) {f["S"]}                                       # 1
        (?: {f["RANGE"]} {f["S"]} (?P<month2> {f["NUM"]} ) {f["S"]} )?         # —2
        月 (?: {lex.MONTH_SUFFIX} )?                                           # 月, 月份
        (?: {f["DAY"]} | (?P<month_part> {_alternation(lex.MONTH_PARTS)} ) )?  # 3日, 上旬, 底
    """
    f["QUARTER"] = rf"""
        前 {f["S"]} (?P<first_quarters> {_alternation(lex.FIRST_QUARTER_COUNTS)} ) {f["S"]} 个? {f["S"]} 季度   # 前三季度
      | (?P<quarter_ordinal> 第 )? {f["S"]} (?P<quarter> {_alternation(lex.QUARTER_NUMBERS)} ) {f["S"]}        # 第一
        (?: {f["RANGE"]} {f["S"]} 第? {f["S"]} (?P<quarter2> {_alternation(lex.QUARTER_NUMBERS)} ) {f["S"]} )?  # 至三
        (?: 季度 | (?(quarter_ordinal) 季 (?! {_alternation(lex.QUARTER_SHORT_BLOCKERS)} ) | (?!) ) )  # 季度; 第4季 (Taiwan)
    """
    f["HALF"] = rf"(?P<half> {_alternation(lex.HALF_YEARS)} )"
    f["YEAR_PART"] = rf"""
        (?:
            (?P<year_part> 底 | 末 )                                           # 年底, 年末
          | (?P<year_part> 初 ) (?! {_alternation(lex.YEAR_START_BLOCKERS)} )  # 年初 (not 初步)
          | (?P<year_part> 中 ) (?= {_alternation(lex.YEAR_MIDDLE_FOLLOWERS)} | $ )  # 年中 (not 中国)
        )
    """
    f["AFTER_YEAR"] = rf"""
        (?:
            {f["S"]} (?: {f["MONTH"]} | {f["QUARTER"]} | {f["HALF"]} )
          | 年? {f["YEAR_PART"]}                                              # 2022年底, 今年年初
          | (?P<same> {lex.SAME_PERIOD} )                                     # 去年同期
        )?
    """
    f["YEAR"] = rf"""
        (?:
            (?P<era> {_alternation(lex.ERA_NAMES)} ) {f["S"]} (?P<year> [0-9]{{1,3}} )   # 民国112
          | (?P<bare_era_year> {lex.BARE_ERA_YEAR} )                           # 112 (in a 民国 document)
          | (?P<year> [0-9]{{4}} | [{year_digits}]{{4}} )                        # 2023, 二〇二三
        ) {f["S"]}
        (?: {f["RANGE"]} {f["S"]} (?P<year2> [0-9]{{4}} | [0-9]{{2,3}} ) {f["S"]} )?  # —2025, 民国111—112
        年 (?! {_alternation(lex.YEAR_DURATION_FOLLOWERS)} )                   # 年, not 年来 / 年代
        (?: (?P<fiscal> 度 ) | {f["AFTER_YEAR"]} )                             # 年度, or a part of the year
    """
    f["RELATIVE_YEAR"] = rf"""
        (?P<relative_year> {_alternation(lex.RELATIVE_YEARS)} )                # 今年, 去年
        (?: (?P<fiscal> 度 ) | {f["AFTER_YEAR"]} )
    """
    f["RELATIVE_MONTH"] = rf"""
        (?P<relative_month> {_alternation(lex.RELATIVE_MONTHS)} )              # 本月, 上月
        (?: {f["DAY"]} | (?P<month_part> {_alternation(lex.MONTH_PARTS)} ) )?
    """
    f["RELATIVE_DAY"] = rf"""
        (?P<relative_day> {_alternation(lex.RELATIVE_DAYS)} )                  # 今天, 当日
        (?! {_alternation(lex.RELATIVE_DAY_BLOCKERS)} )
        {f["TIME"]}
    """
    f["TODAY_DAY"] = rf"""
        (?P<today> {regex.escape(lex.TODAY_WITH_DAY)} ) {regex.escape(lex.TODAY_DAY_BRACKETS[0])} {f["S"]}   # 今(
        (?P<today_day> [0-9]{{1,2}} ) {f["S"]} {regex.escape(lex.TODAY_DAY_BRACKETS[1])}  # 12)
        {f["DAY_MARK"]}                                                        # 日
        {f["TIME"]}
    """
    f["DAY_HOUR"] = rf"""
        (?P<bare_day> [0-9]{{1,2}} ) {f["S"]} {f["DAY_MARK"]}                   # 27日
        (?= {f["S"]} [0-9]{{1,2}} {f["S"]} (?: {_alternation(lex.HOUR_MARKS)} ) )   # only before an hour
        {f["TIME"]}                                                            # 18时
    """
    f["NUMERIC"] = rf"""
        (?P<year> [0-9]{{4}} ) {f["S"]} (?P<sep> [{regex.escape(''.join(lex.NUMERIC_SEPARATORS))}] ) {f["S"]}   # 2023-
        (?P<month> [0-9]{{1,2}} ) {f["S"]} (?P=sep) {f["S"]}                   # 02-
        (?P<day> [0-9]{{1,2}} ) (?! [0-9] | \.[0-9] )                          # 03
        {f["TIME"]}
    """
    f["DOT"] = rf"""
        (?P<dot_month> 1[0-2] | 0?[1-9] ) {regex.escape(lex.DOT_DATE_MARK)}    # 3·
        (?P<dot_day> [12][0-9] | 3[01] | 0?[1-9] ) (?![0-9])                   # 15
        (?= {_alternation(lex.DOT_DATE_FOLLOWERS)} )                           # 晚会
    """
    f["DECADE"] = rf"""
        (?: (?P<century> {_alternation(lex.CENTURIES)} ) {f["S"]} )?           # 20世纪
        (?P<decade> {_alternation(lex.DECADES)} ) {f["S"]} {lex.DECADE_MARK}   # 90年代
      | (?P<decade_year> [0-9]{{3}}0 ) {f["S"]} {lex.DECADE_MARK}              # 1990年代
    """
    opening = "".join(regex.escape(a) for a, _b in lex.PLAN_QUOTES)  # the mention starts at the opening mark (reading.py)
    closing = "".join(regex.escape(b) for _a, b in lex.PLAN_QUOTES)
    f["PLAN"] = rf"""
        (?P<plan> {_alternation(lex.PLAN_PERIODS)} )                           # 十四五
        (?: (?<= [{opening}] (?: {_alternation(lex.PLAN_PERIODS)} ) ) (?P<plan_quote> [{closing}] ) )?  # ” after “十四五
        (?: {_alternation(lex.PLAN_PERIOD_WORDS)} )                            # 时期, 期间
    """
    f["REVIEW"] = rf"""
        (?P<review_years> [0-9]{{1,2}} | [{lex.MONTH_DAY_NUMERALS}两]{{1,3}} ) {f["S"]}  # 五
        {lex.REVIEW_SPAN_MARK}                                                 # 年来
    """
    return f


@lru_cache(maxsize=1)
def date_pattern() -> regex.Pattern:
    """Every candidate date mention; :func:`.reading.read` reads its named groups."""
    f = _fragments()
    number_before = lex.NUMBER_CONTEXT_BEFORE
    latin = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    year_before = "0123456789.·" + "".join(lex.YEAR_DIGITS) + latin
    period_before = number_before + "当同该次全整年上下"  # 上一季度 is no first quarter
    not_anaphoric = rf"(?<!{_alternation(lex.ANAPHORIC_YEARS)})"
    return regex.compile(
        rf"""
        (?= [{regex.escape(_start_characters())}] )                            # a cheap first test
        (?:
        {_not_after(year_before)} (?P<numeric> {f["NUMERIC"]} )               # 2023-02-03 14:05:57
      | {_not_after(number_before)} (?P<dot> {f["DOT"]} )                     # 3·15
      | {_not_after(number_before)} (?: {f["DECADE"]} )                       # 20世纪90年代
      | {_not_after(number_before)} (?: {f["PLAN"]} )                         # 十四五时期
      | {_not_after(number_before)} (?: {f["REVIEW"]} )                       # 五年来
      | {_not_after(year_before)} (?: {f["YEAR"]} )                           # 2023年2月3日, 2022年底
      | {_not_after(number_before + lex.RELATIVE_YEAR_CONTEXT_BEFORE)}
        (?: {f["RELATIVE_YEAR"]} )                                            # 今年一季度, 去年同期
      | {_not_after(number_before)} {not_anaphoric} (?: {f["MONTH"]} )       # 2月3日, 1—2月
      | {_not_after(period_before)} {not_anaphoric}
        (?: {f["QUARTER"]} | {f["HALF"]} | 年 {f["YEAR_PART"]} )              # 一季度, 上半年, 年底
      | {_not_after(number_before)} (?: {f["RELATIVE_MONTH"]} )               # 本月, 上月底
      | {_not_after(number_before)} (?: {f["RELATIVE_DAY"]} )                 # 今天, 当日
      | {_not_after(number_before)} (?: {f["TODAY_DAY"]} )                    # 今(12)日 (Macau)
      | {_not_after(number_before + "月")} (?: {f["DAY_HOUR"]} )               # 截至27日18时
        )
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def era_pattern() -> regex.Pattern:
    """A year written after an era name (民国112年): the document counts years by that era."""
    return regex.compile(rf"(?:{_alternation(lex.ERA_NAMES)})\s*[0-9]{{1,3}}\s*年")


@lru_cache(maxsize=1)
def start_characters() -> frozenset[str]:
    """Every character a date mention can start with: no mention starts elsewhere."""
    return frozenset(_start_characters())


def _start_characters() -> str:
    """Every character a date mention can start with."""
    words = (
        *lex.RELATIVE_YEARS, *lex.RELATIVE_MONTHS, *lex.RELATIVE_DAYS, *lex.HALF_YEARS, *lex.CENTURIES,
        *lex.DECADES, *lex.QUARTER_NUMBERS,
    )
    starts = {word[0] for word in words}
    starts.update("0123456789", lex.YEAR_DIGITS, lex.MONTH_DAY_NUMERALS, "前第年")
    starts.update(word[0] for word in lex.ERA_NAMES)
    starts.update(word[0] for word in lex.PLAN_PERIODS)
    starts.add("两")
    return "".join(sorted(starts))


@lru_cache(maxsize=1)
def until_now_pattern() -> regex.Pattern:
    """至今 / 迄今 matched right at the end of a period (2020年至今)."""
    return regex.compile(
        rf"""
        [ \t]* (?: {_alternation(lex.UNTIL_NOW)} )        # 至今, 迄今
        (?! {_alternation(lex.UNTIL_NOW_BLOCKERS)} )       # not 至今年底 (to the end of this year)
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def turn_of_year_pattern() -> regex.Pattern:
    """The turn of a year (岁末年初), which names no single period."""
    return regex.compile(_alternation(lex.TURN_OF_YEAR))


@lru_cache(maxsize=1)
def range_marks() -> frozenset[str]:
    """The marks written between the two ends of a range (至, —)."""
    return frozenset(lex.RANGE_MARKS)
