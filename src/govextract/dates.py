"""Find date and time mentions and normalize them to ISO 8601 values and intervals.

``find_dates`` runs one compiled pattern over the folded text, reads every
match into a small *reading* (what was written: an explicit year, a year
relative to the reference, or none), then joins ranges written as two
mentions (2021年至2023年, 1月至8月) and resolves 同期 against the period
named before it.  Only then are readings resolved against the reference —
the document's own ``published_at`` — into :class:`DateMention` records.

Conventions:

* ``value`` is ISO 8601 at the precision written: ``2023-02-03T14:05:57``,
  ``2023-02-03T14:05``, ``2023-02-03T10`` (hour), ``2023-02-03``, ``2023-02``,
  ``2023-Q1``, ``2023-H1``, ``2023``; a decade is ``199X`` (ISO 8601-2 /
  EDTF unspecified digit), so it is never mistaken for the year 1990.
  A range is an ISO interval of its two ends, ``2023-01/2023-08`` or
  ``2021/2023``, with the granularity of its ends.
* ``interval_start`` / ``interval_end`` are the first and last day covered,
  inclusive.  Parts of a year and a month are written at month granularity
  with a narrower interval: 2022年底 / 年末 is ``2022-12`` (December),
  年初 is January, 年中 is ``2022-06/2022-07``; 2月上旬 / 2月初 is ``2023-02``
  covering days 1–10, 中旬 11–20, 下旬 / 月底 / 月末 21 to the month's end.
* ``relative`` is True when the year (or more) came from the reference:
  2月3日, 去年, 今年一季度, 1—2月, 当日, 90年代 (century chosen so the decade
  is not after the reference).  A year-less month or day takes the
  reference's year, unless it starts more than two months after the
  reference month in a sentence that reports results (同比, 累计, 完成…) and
  announces nothing (将于, 起施行…): then it is last year's.  Without a
  reference such mentions keep ``value`` and the interval ``None``: the
  clock is never consulted.
* A part of the day written without an hour (3月12日上午, 当天下午) belongs to
  the surface but not to the value: the mention stays a day (no hour is
  invented), and the surface shows which part of it was meant.
* A period followed by 至今 / 迄今 is a range ending on the reference day:
  2020年至今 is ``2020/2023-02-03`` (relative, since its end is).  24时 is
  the end of a day (ISO 8601 allows hour 24): ``2023-12-31T24``.
* 去年同期 (the same period in another year) takes the period of the date
  mentioned before it in the same paragraph (今年1—2月…比去年同期 -> 2022-01/2022-02);
  with none there, the latest month, quarter or half year named earlier in the
  document (a whole year named later wins; a point such as 2024年底 is no
  period); with none at all, it is the whole year.
* Not dates: durations (3个月, 近三年, 5000年), numbers in document numbers
  (国发〔2023〕16号 has no 年), versions (3.0版), bare day numbers (3日), plan
  names such as 十四五, and anything inside quotation or title marks.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Callable, Optional, Sequence

import regex

from .enclosures import Enclosure, EnclosureIndex, find_enclosures
from .lexicon import dates as lex
from .models import DateGranularity, DateMention
from .normalize import checked_range
from .numbers import parse_number

G = DateGranularity

# A leap year for checking a year-less month and day (2月29日 exists in some year).
_LEAP_YEAR = 2000

# Granularities whose readings can be joined into a range.
_RANGE_GRANULARITIES = (G.DAY, G.MONTH, G.QUARTER, G.HALF_YEAR, G.YEAR)


# --------------------------------------------------------------------------
# Patterns, built lazily from the lexicon.


def _alternation(words) -> str:
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
    return f


@lru_cache(maxsize=1)
def _date_pattern() -> regex.Pattern:
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
def _era_pattern() -> regex.Pattern:
    """A year written after an era name (民国112年): the document counts years by that era."""
    return regex.compile(rf"(?:{_alternation(lex.ERA_NAMES)})\s*[0-9]{{1,3}}\s*年")


def _start_characters() -> str:
    """Every character a date mention can start with."""
    words = (
        *lex.RELATIVE_YEARS, *lex.RELATIVE_MONTHS, *lex.RELATIVE_DAYS, *lex.HALF_YEARS, *lex.CENTURIES,
        *lex.DECADES, *lex.QUARTER_NUMBERS,
    )
    starts = {word[0] for word in words}
    starts.update("0123456789", lex.YEAR_DIGITS, lex.MONTH_DAY_NUMERALS, "前第年")
    starts.update(word[0] for word in lex.ERA_NAMES)
    return "".join(sorted(starts))


@lru_cache(maxsize=1)
def _until_now_pattern() -> regex.Pattern:
    return regex.compile(
        rf"""
        [ \t]* (?: {_alternation(lex.UNTIL_NOW)} )        # 至今, 迄今
        (?! {_alternation(lex.UNTIL_NOW_BLOCKERS)} )       # not 至今年底 (to the end of this year)
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _turn_of_year_pattern() -> regex.Pattern:
    return regex.compile(_alternation(lex.TURN_OF_YEAR))


@lru_cache(maxsize=1)
def _range_marks() -> frozenset[str]:
    return frozenset(lex.RANGE_MARKS)


# --------------------------------------------------------------------------
# Periods: a resolved value with its inclusive interval.


@dataclass(frozen=True)
class _Period:
    value: str
    first: date
    last: date


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _year_period(year: int) -> Optional[_Period]:
    if not lex.YEAR_MIN <= year <= lex.YEAR_MAX:
        return None
    return _Period(f"{year:04d}", date(year, 1, 1), date(year, 12, 31))


def _months_period(year: int, first_month: int, last_month: int, value: Optional[str] = None) -> Optional[_Period]:
    if not (lex.YEAR_MIN <= year <= lex.YEAR_MAX and 1 <= first_month <= last_month <= 12):
        return None
    if value is None:
        value = f"{year:04d}-{first_month:02d}"
        if last_month != first_month:
            value += f"/{year:04d}-{last_month:02d}"
    return _Period(value, date(year, first_month, 1), date(year, last_month, _days_in(year, last_month)))


def _day_period(year: int, month: int, day: int) -> Optional[_Period]:
    if not (lex.YEAR_MIN <= year <= lex.YEAR_MAX and 1 <= month <= 12 and 1 <= day <= _days_in(year, month)):
        return None
    when = date(year, month, day)
    return _Period(when.isoformat(), when, when)


def _span(first: Optional[_Period], last: Optional[_Period]) -> Optional[_Period]:
    """The range from ``first`` to ``last``, or ``None`` when it runs backwards."""
    if first is None or last is None or last.first < first.first or last.last < first.last:
        return None
    return _Period(f"{first.value}/{last.value}", first.first, last.last)


# --------------------------------------------------------------------------
# Readings: what a match wrote, before it is resolved against the reference.

# make(year, reference) -> period; ``year`` is the year the mention refers to.
_Maker = Callable[[int, Optional[date]], Optional[_Period]]


@dataclass(frozen=True)
class _Reading:
    start: int
    end: int
    granularity: DateGranularity
    make: _Maker
    year: Optional[int] = None  # the year as written, when it is written
    year_offset: int = 0  # years from the reference's year, when it is not
    partial: bool = False  # year-less (2月3日): a range may lend it a year
    anchored: bool = False  # needs the reference day itself (今天, 上月)
    same_period: bool = False  # 同期: resolved from the mention before it
    is_range: bool = False
    reporting: bool = False  # 上年, 年末: counted from the year reported on, not the reference
    until_now: bool = False  # 2020年至今: a range that ends on the reference day
    bare_era: bool = False  # 112年: a 民国 year, kept only when the text writes 民国 somewhere
    month_back: bool = False  # 上月: counted from the month reported on, when one was named
    point: bool = False  # 2024年底, 9月末: a point in time (a stock), no period reported on


def _small_number(surface: Optional[str]) -> Optional[int]:
    """A month, day or quarter number written in digits or Chinese numerals."""
    if not surface:
        return None
    if surface.isascii() and surface.isdigit():
        return int(surface)
    value = parse_number(surface)
    return value if isinstance(value, int) and value >= 0 else None


def _year_number(surface: str) -> Optional[int]:
    if surface.isascii():
        return int(surface) if surface.isdigit() else None
    digits = [lex.YEAR_DIGITS.get(ch) for ch in surface]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _time_of(match: regex.Match) -> Optional[tuple[int, Optional[int], Optional[int], DateGranularity]]:
    """Hour, minute, second and granularity of the time written in ``match``, if any."""
    hour = match.group("hour")
    if hour is None:
        return None
    value = int(hour)
    shift = lex.DAY_PERIODS.get(match.group("period") or "")
    if (shift == "pm" and value < 12) or (shift == "noon" and value < 6):
        value += 12
    if match.group("half_hour"):
        return value, 30, None, G.MINUTE
    if match.group("minute") is None:
        return value, None, None, G.HOUR
    minute = int(match.group("minute"))
    if match.group("second") is None:
        return value, minute, None, G.MINUTE
    return value, minute, int(match.group("second")), G.SECOND


def _with_time(day: Optional[_Period], time: Optional[tuple]) -> Optional[_Period]:
    if day is None or time is None:
        return day
    hour, minute, second, _granularity = time
    if hour == lex.END_OF_DAY_HOUR and (minute or second):
        return None  # 24时 is the end of a day; 24时30分 is no time
    value = f"{day.value}T{hour:02d}"
    if minute is not None:
        value += f":{minute:02d}"
    if second is not None:
        value += f":{second:02d}"
    return replace(day, value=value)


def _day_reading(match: regex.Match, month: int) -> Optional[tuple[DateGranularity, Callable[[int], Optional[_Period]]]]:
    """Granularity and year -> period for a month with a day (2月3日, 2月3—5日, 2月3日10时)."""
    day = _small_number(match.group("day"))
    day2 = _small_number(match.group("day2"))
    if day is None or (match.group("day2") and day2 is None):
        return None
    time = _time_of(match)
    if day2 is not None:
        if time is not None:
            return None
        return G.DAY, lambda y: _span(_day_period(y, month, day), _day_period(y, month, day2))
    granularity = G.DAY if time is None else time[3]
    return granularity, lambda y: _with_time(_day_period(y, month, day), time)


def _sub_year(match: regex.Match) -> Optional[tuple[DateGranularity, Callable[[int], Optional[_Period]], bool]]:
    """The part of a year written in ``match``: granularity, year -> period, is it a range.

    ``None`` when the match writes no part of a year (2023年) or an invalid one.
    """
    groups = match.groupdict()
    if groups["month"] is not None:
        month = _small_number(groups["month"])
        month2 = _small_number(groups["month2"])
        if month is None or not 1 <= month <= 12 or (groups["month2"] and (month2 is None or not 1 <= month2 <= 12)):
            return None
        if month2 is not None:
            if groups["day"] is not None or groups["month_part"] is not None:
                return None
            return G.MONTH, lambda y: _months_period(y, month, month2), True
        if groups["day"] is not None:
            day = _day_reading(match, month)
            if day is None:
                return None
            return day[0], day[1], groups["day2"] is not None
        part = groups["month_part"]
        if part is not None:
            first_day, last_day = lex.MONTH_PARTS[part]

            def month_part(y: int) -> Optional[_Period]:
                whole = _months_period(y, month, month)
                if whole is None:
                    return None
                return _Period(whole.value, date(y, month, first_day), date(y, month, min(last_day, whole.last.day)))

            return G.MONTH, month_part, False
        return G.MONTH, lambda y: _months_period(y, month, month), False
    if groups["first_quarters"] is not None:
        count = lex.FIRST_QUARTER_COUNTS[groups["first_quarters"]]
        return G.QUARTER, lambda y: _quarters(y, 1, count), True
    if groups["quarter"] is not None:
        quarter = lex.QUARTER_NUMBERS[groups["quarter"]]
        last = lex.QUARTER_NUMBERS[groups["quarter2"]] if groups["quarter2"] else quarter
        if last < quarter:
            return None
        return G.QUARTER, lambda y: _quarters(y, quarter, last), last != quarter
    if groups["half"] is not None:
        half = lex.HALF_YEARS[groups["half"]]
        return G.HALF_YEAR, lambda y: _months_period(y, half * 6 - 5, half * 6, f"{y:04d}-H{half}"), False
    if groups["year_part"] is not None:
        first_month, last_month = lex.YEAR_PARTS[groups["year_part"]]
        return G.MONTH, lambda y: _months_period(y, first_month, last_month), first_month != last_month
    return None


def _quarters(year: int, first: int, last: int) -> Optional[_Period]:
    if not 1 <= first <= last <= 4:
        return None
    period = _months_period(year, first * 3 - 2, last * 3, f"{year:04d}-Q{first}")
    if period is None or first == last:
        return period
    return replace(period, value=f"{year:04d}-Q{first}/{year:04d}-Q{last}")


def _read(match: regex.Match) -> Optional[_Reading]:
    """Turn one pattern match into a reading, or ``None`` when it writes no valid date."""
    reading = _read_match(match)
    if reading is not None and match.group("bare_era_year") is not None:
        reading = replace(reading, bare_era=True)
    if reading is not None and (match.group("year_part") or match.group("month_part")) in lex.POINT_PARTS:
        reading = replace(reading, point=True)
    if reading is None or reading.year is not None:
        return reading
    word = match.group("relative_year")
    if word in lex.REPORTING_YEAR_WORDS or (word is None and reading.partial and match.group(0).startswith("年")):
        return replace(reading, reporting=True)
    return reading


def _read_match(match: regex.Match) -> Optional[_Reading]:
    groups = match.groupdict()
    start, end = match.span()
    if groups["numeric"] is not None:
        year, month, day = int(groups["year"]), int(groups["month"]), int(groups["day"])
        time = _time_of(match)
        granularity = G.DAY if time is None else time[3]
        if _day_period(year, month, day) is None:
            return None
        return _Reading(start, end, granularity, lambda y, _r: _with_time(_day_period(y, month, day), time), year=year)
    if groups["dot"] is not None:
        month, day = int(groups["dot_month"]), int(groups["dot_day"])
        return _Reading(start, end, G.DAY, lambda y, _r: _day_period(y, month, day), partial=True)
    if groups["decade"] is not None or groups["decade_year"] is not None:
        return _read_decade(match, start, end)
    if groups["relative_month"] is not None:
        return _read_relative_month(match, start, end)
    if groups["bare_day"] is not None:
        return _read_day_hour(match, start, end)
    if groups["today"] is not None:
        return _read_today_day(match, start, end)
    if groups["relative_day"] is not None:
        offset = lex.RELATIVE_DAYS[groups["relative_day"]]
        time = _time_of(match)
        granularity = G.DAY if time is None else time[3]

        def relative_day(_y: int, reference: Optional[date]) -> Optional[_Period]:
            if reference is None or not lex.YEAR_MIN <= reference.year <= lex.YEAR_MAX:
                return None
            when = reference + timedelta(days=offset)
            return _with_time(_day_period(when.year, when.month, when.day), time)

        return _Reading(start, end, granularity, relative_day, anchored=True)

    year: Optional[int] = None
    offset = 0
    era_offset = lex.ERA_NAMES[groups["era"]] if groups["era"] is not None else 0
    if groups["bare_era_year"] is not None:
        groups = {**groups, "year": groups["bare_era_year"]}
        era_offset = lex.BARE_ERA_OFFSET
    if groups["year"] is not None:
        year = _year_number(groups["year"])
        year = None if year is None else year + era_offset
        if year is None or _year_period(year) is None:
            return None
    elif groups["relative_year"] is not None:
        offset = lex.RELATIVE_YEARS[groups["relative_year"]]
    has_year = groups["year"] is not None or groups["relative_year"] is not None

    if groups["same"] is not None:
        return _Reading(start, end, G.YEAR, lambda y, _r: _year_period(y), year=year, year_offset=offset, same_period=True)
    sub = _sub_year(match)
    if sub is not None:
        granularity, make, is_range = sub
        if make(_LEAP_YEAR if year is None else year) is None:
            return None  # 2月30日, 2023年2月29日, 8至1月
        return _Reading(
            start, end, granularity, lambda y, _r: make(y),
            year=year, year_offset=offset, partial=not has_year, is_range=is_range,
        )
    if not has_year:
        return None
    if groups["year2"] is not None:
        year2 = int(groups["year2"]) + (era_offset if len(groups["year2"]) < 4 else 0)
        if year is None or year2 <= year or _year_period(year2) is None:
            return None
        span = year2 - year
        return _Reading(
            start, end, G.YEAR, lambda y, _r: _span(_year_period(y), _year_period(y + span)),
            year=year, is_range=True,
        )
    return _Reading(start, end, G.YEAR, lambda y, _r: _year_period(y), year=year, year_offset=offset)


def _read_decade(match: regex.Match, start: int, end: int) -> Optional[_Reading]:
    def decade(first_year: int) -> Optional[_Period]:
        if _year_period(first_year) is None or _year_period(first_year + 9) is None:
            return None
        return _Period(f"{first_year // 10:03d}X", date(first_year, 1, 1), date(first_year + 9, 12, 31))

    if match.group("decade_year") is not None:
        first_year = int(match.group("decade_year"))
        if decade(first_year) is None:
            return None
        return _Reading(start, end, G.DECADE, lambda y, _r: decade(y), year=first_year)
    offset = lex.DECADES[match.group("decade")]
    century = match.group("century")
    if century is not None:
        first_year = lex.CENTURIES[century] + offset
        return _Reading(start, end, G.DECADE, lambda y, _r: decade(y), year=first_year)

    def latest_decade(year: int, _reference: Optional[date]) -> Optional[_Period]:
        # The latest decade with these digits that does not start after the reference year.
        first_year = year - year % 100 + offset
        if first_year > year:
            first_year -= 100
        return decade(first_year)

    return _Reading(start, end, G.DECADE, latest_decade)


def _read_day_hour(match: regex.Match, start: int, end: int) -> Optional[_Reading]:
    """27日18时: a day of the reference's month (of the month before, when after the reference day)."""
    day = int(match.group("bare_day"))
    time = _time_of(match)
    if not 1 <= day <= 31 or time is None:
        return None

    def day_hour(_y: int, reference: Optional[date]) -> Optional[_Period]:
        if reference is None or not lex.YEAR_MIN <= reference.year <= lex.YEAR_MAX:
            return None
        year, month = reference.year, reference.month
        if day > reference.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return _with_time(_day_period(year, month, day), time)

    return _Reading(start, end, time[3], day_hour, anchored=True)


def _read_today_day(match: regex.Match, start: int, end: int) -> Optional[_Reading]:
    """今(12)日: day 12 of the reference's month."""
    day = int(match.group("today_day"))
    if not 1 <= day <= 31:
        return None
    time = _time_of(match)
    granularity = G.DAY if time is None else time[3]

    def today(_y: int, reference: Optional[date]) -> Optional[_Period]:
        if reference is None or not lex.YEAR_MIN <= reference.year <= lex.YEAR_MAX:
            return None
        return _with_time(_day_period(reference.year, reference.month, day), time)

    return _Reading(start, end, granularity, today, anchored=True)


def _read_relative_month(match: regex.Match, start: int, end: int) -> Optional[_Reading]:
    offset = lex.RELATIVE_MONTHS[match.group("relative_month")]
    day_surface = match.group("day")
    part = match.group("month_part")
    time = _time_of(match)
    if day_surface is not None:
        day = _small_number(day_surface)
        if day is None or match.group("day2") is not None:
            return None
        granularity = G.DAY if time is None else time[3]
    else:
        day, granularity = None, G.MONTH

    def relative_month(_y: int, reference: Optional[date]) -> Optional[_Period]:
        if reference is None:
            return None
        index = reference.year * 12 + reference.month - 1 + offset
        year, month = divmod(index, 12)
        month += 1
        if day is not None:
            return _with_time(_day_period(year, month, day), time)
        whole = _months_period(year, month, month)
        if whole is None or part is None:
            return whole
        first_day, last_day = lex.MONTH_PARTS[part]
        return _Period(whole.value, date(year, month, first_day), date(year, month, min(last_day, whole.last.day)))

    return _Reading(start, end, granularity, relative_month, anchored=True, month_back=offset < 0)


# --------------------------------------------------------------------------
# Joining readings: ranges written as two mentions, and 同期.


def _join_ranges(readings: list[_Reading], folded: str) -> list[_Reading]:
    """Join ``A 至 B`` into one reading when A and B are compatible ends of a range."""
    joined: list[_Reading] = []
    for reading in readings:
        previous = joined[-1] if joined else None
        merged = _join(previous, reading, folded) if previous is not None else None
        if merged is not None:
            joined[-1] = merged
        else:
            joined.append(reading)
    return joined


def _join(first: _Reading, last: _Reading, folded: str) -> Optional[_Reading]:
    if folded[first.end : last.start].strip(" \t") not in _range_marks():
        return None
    if (
        first.granularity != last.granularity
        or first.granularity not in _RANGE_GRANULARITIES
        or first.is_range or last.is_range
        or first.same_period or last.same_period
        or first.anchored or last.anchored
    ):
        return None
    if last.partial:
        base, roll = 0, True  # 2023年1月至8月: the end borrows the start's year
    elif first.year is not None and last.year is not None:
        base, roll = last.year - first.year, False  # 2022年12月至2023年2月
    elif first.year is None and last.year is None and not first.partial:
        base, roll = last.year_offset - first.year_offset, False  # 去年12月至今年2月
    else:
        return None
    make_first, make_last = first.make, last.make

    def make(year: int, reference: Optional[date]) -> Optional[_Period]:
        start_period = make_first(year, reference)
        end_period = make_last(year + base, reference)
        if roll and start_period is not None and end_period is not None and end_period.first < start_period.first:
            end_period = make_last(year + base + 1, reference)  # 12月至2月 crosses a new year
        return _span(start_period, end_period)

    return replace(first, end=last.end, make=make, is_range=True)


def _resolve_same_periods(readings: list[_Reading], folded: str) -> list[_Reading]:
    """Give each 同期 the period of the mention before it in the same paragraph."""
    resolved: list[_Reading] = []
    for reading in readings:
        if reading.same_period:
            before = _period_before(resolved, reading, folded)
            if before is not None:
                reading = replace(
                    reading, granularity=before.granularity, make=before.make, is_range=before.is_range
                )
        resolved.append(reading)
    return resolved


def _period_before(readings: list[_Reading], reading: _Reading, folded: str) -> Optional[_Reading]:
    """The period a 同期 repeats: the mention before it in its paragraph, else the latest
    period named earlier in the document (今年上半年 one paragraph up), else ``None``."""
    same_paragraph = True
    for before in reversed(readings):
        if same_paragraph and "\n" in folded[before.end : reading.start]:
            same_paragraph = False
        if before.anchored or before.same_period:
            continue
        if same_paragraph and before.granularity not in (G.YEAR, G.DECADE):
            return before
        if not same_paragraph and before.granularity in _PART_OF_YEAR_GRANULARITIES and not before.point:
            return before
        if not same_paragraph and before.granularity is G.YEAR:
            return None  # the latest period reported on is a whole year
    return None


# Periods shorter than a year that a 同期 further up the document may repeat.
_PART_OF_YEAR_GRANULARITIES = (G.MONTH, G.QUARTER, G.HALF_YEAR)


# --------------------------------------------------------------------------
# Public API.


def find_dates(
    text: str,
    folded: str,
    start: int = 0,
    end: Optional[int] = None,
    *,
    reference: Optional[date] = None,
    enclosures: Sequence[Enclosure] = (),
) -> list[DateMention]:
    """Return the date and time mentions written in ``text[start:end]``, in order.

    ``folded`` is ``fold(text)``; matching happens on it and surfaces are sliced
    from ``text``.  ``reference`` (the document's ``published_at``) resolves
    partial and relative mentions; without it they keep null values.  Mentions
    inside any of ``enclosures`` (quotes, 《》) are skipped; without
    enclosures they are computed for the range.  ``section`` is left ``None``.

    >>> from datetime import datetime
    >>> from govextract.normalize import fold
    >>> text = "2月3日,今年一季度同比增长,较2022年底提高。"
    >>> [(d.text, d.value, d.interval_start, d.interval_end, d.relative)
    ...  for d in find_dates(text, fold(text), reference=datetime(2023, 2, 3))]  # doctest: +NORMALIZE_WHITESPACE
    [('2月3日', '2023-02-03', '2023-02-03', '2023-02-03', True),
     ('今年一季度', '2023-Q1', '2023-01-01', '2023-03-31', True),
     ('2022年底', '2022-12', '2022-12-01', '2022-12-31', False)]
    >>> [(d.text, d.value) for d in find_dates("2月3日", "2月3日")]
    [('2月3日', None)]
    """
    start, end = checked_range(text, folded, start, end, "find_dates")
    if reference is not None and not isinstance(reference, date):
        raise TypeError(f"reference must be a date or datetime, not {type(reference).__name__}")
    anchor = reference.date() if isinstance(reference, datetime) else reference
    if start >= end:
        return []
    inside = EnclosureIndex(enclosures or find_enclosures(folded, start, end))

    turns = [(m.start(), m.end()) for m in _turn_of_year_pattern().finditer(folded, start, end)]
    readings = []
    for match in _date_pattern().finditer(folded, start, end):
        if inside.covers(match.start(), match.end()):
            continue
        if any(a < match.end() and match.start() < b for a, b in turns):
            continue  # 岁末年初: the turn of the year, no single period
        reading = _read(match)
        if reading is not None:
            readings.append(reading)
    if any(reading.bare_era for reading in readings) and not _era_pattern().search(folded, start, end):
        readings = [reading for reading in readings if not reading.bare_era]  # 112年 means 112 years here
    readings = _resolve_same_periods(_join_ranges(readings, folded), folded)
    readings = [_until_now(reading, folded, end) for reading in readings]
    mentions = []
    reported_year: Optional[int] = None  # the latest year named as a period (2023年, 今年1—4月)
    reported_month: Optional[date] = None  # the last month named as a period (5月份, 1—5月)
    for reading in readings:
        if reading.month_back and reported_month is not None:
            mention = _mention(text, folded, reading, reported_month, reported_year)  # 5月…上月末: April
        else:
            mention = _mention(text, folded, reading, anchor, reported_year)
        mentions.append(mention)
        if reading.granularity is G.MONTH and not reading.anchored and mention.interval_end is not None:
            reported_month = date.fromisoformat(mention.interval_end[:10])
        if reading.granularity in _PERIOD_GRANULARITIES and not reading.reporting:
            year = reading.year
            if year is None and anchor is not None and not reading.partial:
                year = anchor.year + reading.year_offset
            reported_year = year if year is not None else reported_year
    return mentions


def _until_now(reading: _Reading, folded: str, end: int) -> _Reading:
    """Extend a period followed by 至今 into a range that ends on the reference day."""
    if (
        reading.is_range or reading.anchored or reading.same_period
        or reading.granularity not in _RANGE_GRANULARITIES
    ):
        return reading
    match = _until_now_pattern().match(folded, reading.end, end)
    if match is None:
        return reading
    return replace(reading, end=match.end(), is_range=True, until_now=True)


# Mentions of these granularities name a period being reported on; a full date
# (a release's own time) does not.
_PERIOD_GRANULARITIES = (G.MONTH, G.QUARTER, G.HALF_YEAR, G.YEAR)


def _mention(
    text: str, folded: str, reading: _Reading, reference: Optional[date], reported_year: Optional[int] = None
) -> DateMention:
    relative = reading.year is None or reading.until_now
    period: Optional[_Period] = None
    if reading.year is not None:
        period = reading.make(reading.year, reference)  # type: ignore[arg-type]
    elif reading.reporting and reported_year is not None:
        period = reading.make(reported_year + reading.year_offset, reference)
    elif reference is not None:
        period = reading.make(reference.year + reading.year_offset, reference)
        if reading.partial and period is not None and _reported_last_year(folded, reading, period, reference):
            period = reading.make(reference.year - 1, reference)
    if reading.until_now and period is not None:
        if reference is None or reference < period.first:
            period = None
        else:
            period = _Period(f"{period.value}/{reference.isoformat()}", period.first, reference)
    return DateMention(
        start=reading.start,
        end=reading.end,
        text=text[reading.start : reading.end],
        value=None if period is None else period.value,
        interval_start=None if period is None else period.first.isoformat(),
        interval_end=None if period is None else period.last.isoformat(),
        granularity=reading.granularity,
        relative=relative,
    )


def _reported_last_year(folded: str, reading: _Reading, period: _Period, reference: date) -> bool:
    """True when a year-less period well after the reference is reported as a result.

    12月,全省完成投资 in a release published in January is last December; a
    sentence announcing what will happen (10月1日起施行) keeps this year.
    """
    months_ahead = (period.first.year - reference.year) * 12 + period.first.month - reference.month
    if months_ahead <= lex.MONTHS_AHEAD_LIMIT:
        return False
    low = max(0, reading.start - lex.SENTENCE_REACH)
    high = min(len(folded), reading.end + lex.SENTENCE_REACH)
    sentence_start = max(folded.rfind(mark, low, reading.start) for mark in lex.SENTENCE_ENDS) + 1
    ends = [i for i in (folded.find(mark, reading.end, high) for mark in lex.SENTENCE_ENDS) if i >= 0]
    sentence = folded[max(sentence_start, low) : min(ends, default=high)]
    if any(cue in sentence for cue in lex.FUTURE_CUES):
        return False
    return any(cue in sentence for cue in lex.RETROSPECTIVE_CUES)
