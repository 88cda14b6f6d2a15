"""Reading: the second stage of :func:`govextract.dates.find_dates`.

In: one match of :func:`.grammar.date_pattern`.  Out: a :class:`Reading`
(or ``None`` when the match writes no valid date, such as 2月30日): its span,
its granularity, a ``make(year, reference)`` function giving its
:class:`Period`, and how its year is known — written (2023年), relative to
the reference (去年), borrowed from the reference (2月3日), or needing the
reference day itself (今天, 上月).  Nothing is resolved against the reference
here; :mod:`.resolution` does that once ranges and 同期 are known.

Why our own code: what a match means is a matter of this domain's
conventions, not of a calendar library — days, months and quarters written in
Chinese numerals, parts of a year and of a month with their own intervals
(年底, 年中, 上旬), half years and quarters as ``2023-H1`` / ``2023-Q1``,
民国 years, decades as ``199X``, 24时 as the end of a day.  The standard
library supplies the calendar arithmetic.

Package-internal API, used by the sibling modules of ``govextract.dates``:
:class:`Period`, :class:`Reading`, :func:`read` and :func:`period_range`.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

import regex

from ..lexicon import dates as lex
from ..models import DateGranularity
from ..numbers import parse_number

G = DateGranularity

# A leap year for checking a year-less month and day (2月29日 exists in some year).
_LEAP_YEAR = 2000


# --------------------------------------------------------------------------
# Periods: a resolved value with its inclusive interval.


@dataclass(frozen=True, slots=True)
class Period:
    """A resolved ``value`` (ISO 8601) with the first and last day it covers."""

    value: str
    first: date
    last: date


def _days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _year_period(year: int) -> Period | None:
    if not lex.YEAR_MIN <= year <= lex.YEAR_MAX:
        return None
    return Period(f"{year:04d}", date(year, 1, 1), date(year, 12, 31))


def _months_period(year: int, first_month: int, last_month: int, value: str | None = None) -> Period | None:
    if not (lex.YEAR_MIN <= year <= lex.YEAR_MAX and 1 <= first_month <= last_month <= 12):
        return None
    if value is None:
        value = f"{year:04d}-{first_month:02d}"
        if last_month != first_month:
            value += f"/{year:04d}-{last_month:02d}"
    return Period(value, date(year, first_month, 1), date(year, last_month, _days_in(year, last_month)))


def _day_period(year: int, month: int, day: int) -> Period | None:
    if not (lex.YEAR_MIN <= year <= lex.YEAR_MAX and 1 <= month <= 12 and 1 <= day <= _days_in(year, month)):
        return None
    when = date(year, month, day)
    return Period(when.isoformat(), when, when)


def period_range(first: Period | None, last: Period | None) -> Period | None:
    """The range from ``first`` to ``last``, or ``None`` when it runs backwards."""
    if first is None or last is None or last.first < first.first or last.last < first.last:
        return None
    return Period(f"{first.value}/{last.value}", first.first, last.last)


# --------------------------------------------------------------------------
# Readings: what a match wrote, before it is resolved against the reference.

# make(year, reference) -> period; ``year`` is the year the mention refers to.
_Maker = Callable[[int, date | None], Period | None]


@dataclass(frozen=True, slots=True)
class Reading:
    """What one match wrote, with ``make(year, reference)`` giving its period."""

    start: int
    end: int
    granularity: DateGranularity
    make: _Maker
    year: int | None = None  # the year as written, when it is written
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
    frame: bool = False  # 十四五时期, 五年来: a plan period or review span, no year reported on


def _small_number(surface: str | None) -> int | None:
    """A month, day or quarter number written in digits or Chinese numerals."""
    if not surface:
        return None
    if surface.isascii() and surface.isdigit():
        return int(surface)
    value = parse_number(surface)
    return value if isinstance(value, int) and value >= 0 else None


def _year_number(surface: str) -> int | None:
    if surface.isascii():
        return int(surface) if surface.isdigit() else None
    digits = [lex.YEAR_DIGITS.get(ch) for ch in surface]
    if any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _time_of(match: regex.Match) -> tuple[int, int | None, int | None, DateGranularity] | None:
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


def _with_time(day: Period | None, time: tuple | None) -> Period | None:
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


def _day_reading(match: regex.Match, month: int) -> tuple[DateGranularity, Callable[[int], Period | None]] | None:
    """Granularity and year -> period for a month with a day (2月3日, 2月3—5日, 2月3日10时)."""
    day = _small_number(match.group("day"))
    day2 = _small_number(match.group("day2"))
    if day is None or (match.group("day2") and day2 is None):
        return None
    time = _time_of(match)
    if day2 is not None:
        if time is not None:
            return None
        return G.DAY, lambda y: period_range(_day_period(y, month, day), _day_period(y, month, day2))
    granularity = G.DAY if time is None else time[3]
    return granularity, lambda y: _with_time(_day_period(y, month, day), time)


def _sub_year(match: regex.Match) -> tuple[DateGranularity, Callable[[int], Period | None], bool] | None:
    """The part of a year written in ``match``: granularity, year -> period, is it a range.

    ``None`` when the match writes no part of a year (2023年) or an invalid one.
    """
    group = match.group  # one group at a time: groupdict builds all of them
    if group("month") is not None:
        month = _small_number(group("month"))
        month2 = _small_number(group("month2"))
        if month is None or not 1 <= month <= 12 or (group("month2") and (month2 is None or not 1 <= month2 <= 12)):
            return None
        if month2 is not None:
            if group("day") is not None or group("month_part") is not None:
                return None
            return G.MONTH, lambda y: _months_period(y, month, month2), True
        if group("day") is not None:
            day = _day_reading(match, month)
            if day is None:
                return None
            return day[0], day[1], group("day2") is not None
        part = group("month_part")
        if part is not None:
            first_day, last_day = lex.MONTH_PARTS[part]

            def month_part(y: int) -> Period | None:
                whole = _months_period(y, month, month)
                if whole is None:
                    return None
                return Period(whole.value, date(y, month, first_day), date(y, month, min(last_day, whole.last.day)))

            return G.MONTH, month_part, False
        return G.MONTH, lambda y: _months_period(y, month, month), False
    if group("first_quarters") is not None:
        count = lex.FIRST_QUARTER_COUNTS[group("first_quarters")]
        return G.QUARTER, lambda y: _quarters(y, 1, count), True
    if group("quarter") is not None:
        quarter = lex.QUARTER_NUMBERS[group("quarter")]
        last = lex.QUARTER_NUMBERS[group("quarter2")] if group("quarter2") else quarter
        if last < quarter:
            return None
        return G.QUARTER, lambda y: _quarters(y, quarter, last), last != quarter
    if group("half") is not None:
        half = lex.HALF_YEARS[group("half")]
        return G.HALF_YEAR, lambda y: _months_period(y, half * 6 - 5, half * 6, f"{y:04d}-H{half}"), False
    if group("year_part") is not None:
        first_month, last_month = lex.YEAR_PARTS[group("year_part")]
        return G.MONTH, lambda y: _months_period(y, first_month, last_month), first_month != last_month
    return None


def _quarters(year: int, first: int, last: int) -> Period | None:
    if not 1 <= first <= last <= 4:
        return None
    period = _months_period(year, first * 3 - 2, last * 3, f"{year:04d}-Q{first}")
    if period is None or first == last:
        return period
    return replace(period, value=f"{year:04d}-Q{first}/{year:04d}-Q{last}")


def read(match: regex.Match) -> Reading | None:
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


def _read_match(match: regex.Match) -> Reading | None:
    group = match.group  # one group at a time: groupdict builds all of them
    start, end = match.span()
    year: int | None
    if group("numeric") is not None:
        year, month, day = int(group("year")), int(group("month")), int(group("day"))
        time = _time_of(match)
        granularity = G.DAY if time is None else time[3]
        if _day_period(year, month, day) is None:
            return None
        return Reading(start, end, granularity, lambda y, _r: _with_time(_day_period(y, month, day), time), year=year)
    if group("plan") is not None:
        if group("plan_quote") is not None:
            start -= 1  # “十四五”时期: the opening mark belongs to the surface
        first_year = lex.PLAN_PERIODS[group("plan")]
        last_year = first_year + lex.PLAN_YEARS - 1
        return Reading(
            start, end, G.YEAR, lambda y, _r: period_range(_year_period(y), _year_period(y + last_year - first_year)),
            year=first_year, is_range=True, frame=True,
        )
    if group("review_years") is not None:
        return _read_review_span(match, start, end)
    if group("dot") is not None:
        month, day = int(group("dot_month")), int(group("dot_day"))
        return Reading(start, end, G.DAY, lambda y, _r: _day_period(y, month, day), partial=True)
    if group("decade") is not None or group("decade_year") is not None:
        return _read_decade(match, start, end)
    if group("relative_month") is not None:
        return _read_relative_month(match, start, end)
    if group("bare_day") is not None:
        return _read_day_hour(match, start, end)
    if group("today") is not None:
        return _read_today_day(match, start, end)
    if group("relative_day") is not None:
        offset = lex.RELATIVE_DAYS[group("relative_day")]
        time = _time_of(match)
        granularity = G.DAY if time is None else time[3]

        def relative_day(_y: int, reference: date | None) -> Period | None:
            if reference is None or not lex.YEAR_MIN <= reference.year <= lex.YEAR_MAX:
                return None
            when = reference + timedelta(days=offset)
            return _with_time(_day_period(when.year, when.month, when.day), time)

        return Reading(start, end, granularity, relative_day, anchored=True)

    year = None
    offset = 0
    era_offset = lex.ERA_NAMES[group("era")] if group("era") is not None else 0
    year_text = group("year")
    if group("bare_era_year") is not None:
        year_text = group("bare_era_year")
        era_offset = lex.BARE_ERA_OFFSET
    if year_text is not None:
        year = _year_number(year_text)
        year = None if year is None else year + era_offset
        if year is None or _year_period(year) is None:
            return None
    elif group("relative_year") is not None:
        offset = lex.RELATIVE_YEARS[group("relative_year")]
    has_year = year_text is not None or group("relative_year") is not None

    if group("same") is not None:
        return Reading(start, end, G.YEAR, lambda y, _r: _year_period(y), year=year, year_offset=offset, same_period=True)
    sub = _sub_year(match)
    if sub is not None:
        granularity, make, is_range = sub
        if make(_LEAP_YEAR if year is None else year) is None:
            return None  # 2月30日, 2023年2月29日, 8至1月
        return Reading(
            start, end, granularity, lambda y, _r: make(y),
            year=year, year_offset=offset, partial=not has_year, is_range=is_range,
        )
    if not has_year:
        return None
    if group("year2") is not None:
        year2 = int(group("year2")) + (era_offset if len(group("year2")) < 4 else 0)
        if year is None or year2 <= year or _year_period(year2) is None:
            return None
        span = year2 - year
        return Reading(
            start, end, G.YEAR, lambda y, _r: period_range(_year_period(y), _year_period(y + span)),
            year=year, is_range=True,
        )
    return Reading(start, end, G.YEAR, lambda y, _r: _year_period(y), year=year, year_offset=offset)


def _read_review_span(match: regex.Match, start: int, end: int) -> Reading | None:
    """五年来: the N calendar years ending with the reference's year."""
    years = _small_number(match.group("review_years"))
    low, high = lex.REVIEW_SPAN_YEARS
    if years is None or not low <= years <= high:
        return None

    def review_span(_y: int, reference: date | None) -> Period | None:
        if reference is None:
            return None
        return period_range(_year_period(reference.year - years + 1), _year_period(reference.year))

    return Reading(start, end, G.YEAR, review_span, anchored=True, is_range=True, frame=True)


def _read_decade(match: regex.Match, start: int, end: int) -> Reading | None:
    def decade(first_year: int) -> Period | None:
        if _year_period(first_year) is None or _year_period(first_year + 9) is None:
            return None
        return Period(f"{first_year // 10:03d}X", date(first_year, 1, 1), date(first_year + 9, 12, 31))

    if match.group("decade_year") is not None:
        first_year = int(match.group("decade_year"))
        if decade(first_year) is None:
            return None
        return Reading(start, end, G.DECADE, lambda y, _r: decade(y), year=first_year)
    offset = lex.DECADES[match.group("decade")]
    century = match.group("century")
    if century is not None:
        first_year = lex.CENTURIES[century] + offset
        return Reading(start, end, G.DECADE, lambda y, _r: decade(y), year=first_year)

    def latest_decade(year: int, _reference: date | None) -> Period | None:
        # The latest decade with these digits that does not start after the reference year.
        first_year = year - year % 100 + offset
        if first_year > year:
            first_year -= 100
        return decade(first_year)

    return Reading(start, end, G.DECADE, latest_decade)


def _read_day_hour(match: regex.Match, start: int, end: int) -> Reading | None:
    """27日18时: a day of the reference's month (of the month before, when after the reference day)."""
    day = int(match.group("bare_day"))
    time = _time_of(match)
    if not 1 <= day <= 31 or time is None:
        return None

    def day_hour(_y: int, reference: date | None) -> Period | None:
        if reference is None or not lex.YEAR_MIN <= reference.year <= lex.YEAR_MAX:
            return None
        year, month = reference.year, reference.month
        if day > reference.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return _with_time(_day_period(year, month, day), time)

    return Reading(start, end, time[3], day_hour, anchored=True)


def _read_today_day(match: regex.Match, start: int, end: int) -> Reading | None:
    """今(12)日: day 12 of the reference's month."""
    day = int(match.group("today_day"))
    if not 1 <= day <= 31:
        return None
    time = _time_of(match)
    granularity = G.DAY if time is None else time[3]

    def today(_y: int, reference: date | None) -> Period | None:
        if reference is None or not lex.YEAR_MIN <= reference.year <= lex.YEAR_MAX:
            return None
        return _with_time(_day_period(reference.year, reference.month, day), time)

    return Reading(start, end, granularity, today, anchored=True)


def _read_relative_month(match: regex.Match, start: int, end: int) -> Reading | None:
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

    def relative_month(_y: int, reference: date | None) -> Period | None:
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
        return Period(whole.value, date(year, month, first_day), date(year, month, min(last_day, whole.last.day)))

    return Reading(start, end, granularity, relative_month, anchored=True, month_back=offset < 0)
