"""Header dates: the publication time written in a header, a dateline or a signature.

Stage: a span of the folded text comes in; out come the absolute dates of day
(or finer) granularity written in it, each a :class:`HeaderDate` (a naive
``datetime`` and its span), and :func:`parse_datetime` gives the first one of
a plain string.

The date grammar is the library's own one, :func:`govextract.dates.find_dates`;
this stage only keeps the mentions that name one point in time (an absolute
day, hour, minute or second, no range, nothing relative) and turns their ISO
value into a ``datetime``.  The one piece of grammar here is a marked local
fallback for the weekday or time zone a header puts between a date and its
time of day.

Package-internal API: :class:`HeaderDate`, :func:`dates_in` (every such date in
a span) and :func:`first_date_in` (the first one).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

import regex

from ..dates import find_dates
from ..dates.grammar import start_characters
from ..lexicon import metadata as lex
from ..models import DateGranularity, DateMention
from ..normalize import fold
from .text import alternation


@dataclass(frozen=True)
class HeaderDate:
    """An absolute date (and time) written in a header, with its span in the folded text."""

    value: datetime
    start: int
    end: int


# Granularities that name a point in time: a publication date is a day or finer.
_CLOCK_GRANULARITIES = frozenset(
    {DateGranularity.DAY, DateGranularity.HOUR, DateGranularity.MINUTE, DateGranularity.SECOND}
)


def parse_datetime(surface: str) -> datetime | None:
    """Return the first absolute date (and time) written in ``surface``, or ``None``.

    The date grammar is :func:`govextract.dates.find_dates`; a date counts when
    it names a day (or a finer time) with its year written.  The result is
    naive local time, as written; 24时, the end of a day, is the next midnight.

    >>> parse_datetime("2023-02-03 14:05:57来源: 国际在线")
    datetime.datetime(2023, 2, 3, 14, 5, 57)
    >>> parse_datetime("发布日期: 2022- 04- 27 浏览次数:")
    datetime.datetime(2022, 4, 27, 0, 0)
    >>> parse_datetime("二〇二三年二月三日"), parse_datetime("民國113年2月29日")
    (datetime.datetime(2023, 2, 3, 0, 0), datetime.datetime(2024, 2, 29, 0, 0))
    >>> parse_datetime("2023年10月18日（星期三）香港時間16時30分")
    datetime.datetime(2023, 10, 18, 16, 30)
    >>> parse_datetime("2月3日") is None, parse_datetime("2023年2月") is None
    (True, True)
    """
    if not isinstance(surface, str):
        raise TypeError(f"parse_datetime() takes a str, not {type(surface).__name__}")
    view = fold(surface)
    found = first_date_in(view, 0, len(view))
    return found.value if found is not None else None


def _datetime_of(mention: DateMention) -> datetime | None:
    """The datetime of a mention that names one absolute day or time, else ``None``.

    ``value`` is ISO 8601 at the precision written (``2023-02-03``,
    ``2023-02-03T10``, ``2023-02-03T14:05``, ``2023-02-03T14:05:57``); hour 24
    is the end of the day, the next day's midnight.
    """
    if mention.relative or mention.value is None or mention.granularity not in _CLOCK_GRANULARITIES:
        return None
    day, _, clock = mention.value.partition("T")
    if "/" in mention.value:
        return None  # a range (2023年2月3日至5日) is no point in time
    try:
        when = datetime.fromisoformat(day)
        parts = [int(part) for part in clock.split(":")] if clock else []
    except ValueError:
        return None
    hour, minute, second = [*parts, 0, 0, 0][:3]
    if hour == 24:
        return when + timedelta(days=1)
    try:
        return when.replace(hour=hour, minute=minute, second=second)
    except ValueError:
        return None


def dates_in(view: str, start: int, end: int) -> list[HeaderDate]:
    """Every absolute date of day (or finer) granularity in ``view[start:end]``.

    The span is read on its own: what stands before it (a mark skipped at the
    start of a line, as in ·2023-02-03) never hides a date from the grammar.
    Its dates depend on its characters only, so each span is read once: the
    header's lines are asked about many times (by each header rule, the
    byline, the tail), and the answers are remembered by the span's text.
    """
    part = view[start:end]
    found = _remembered_dates(part) if len(part) <= _REMEMBERED_LENGTH else _dates_of(part)
    return [HeaderDate(date.value, start + date.start, start + date.end) for date in found] if start else list(found)


_REMEMBERED_LENGTH = 200  # a header line; longer spans are read without being remembered


@lru_cache(maxsize=1024)
def _remembered_dates(part: str) -> tuple[HeaderDate, ...]:
    return _dates_of(part)


def _dates_of(part: str) -> tuple[HeaderDate, ...]:
    """The dates of :func:`dates_in` in ``part``, offsets into ``part``."""
    found = []
    for mention in find_dates(part, part):
        value = _datetime_of(mention)
        if value is None:
            continue
        date = HeaderDate(value, mention.start, mention.end)
        found.append(_with_time_after_gap(part, date, len(part)) if mention.granularity is DateGranularity.DAY else date)
    return tuple(found)


def first_date_in(view: str, start: int, end: int) -> HeaderDate | None:
    """The first absolute date of day (or finer) granularity in ``view[start:end]``."""
    found = dates_in(view, start, end)
    return found[0] if found else None


def date_at(view: str, start: int, end: int) -> HeaderDate | None:
    """:func:`first_date_in` when that date starts at ``start``, else None.

    A mention starts where a match of the date grammar does, so a span whose
    first character starts none is not read at all.
    """
    if start >= end or view[start] not in start_characters():
        return None
    found = first_date_in(view, start, end)
    return found if found is not None and found.start == start else None


# LOCAL FALLBACK — find_dates does not read a weekday or a time zone between a
# date and its time of day (2023年10月18日（星期三）香港時間16時30分 gives the day
# only).  Only that gap is matched here; the time after it is read by find_dates
# itself, on the date surface joined to the text after the gap.  Remove this
# when find_dates reads the gap.
@lru_cache(maxsize=1)
def _time_gap_pattern() -> regex.Pattern:
    return regex.compile(
        rf"""
        [ \t]*
        (?:
            (?P<weekday> {lex.WEEKDAY} ) [ \t]*                          # (星期三)
            (?: \s* (?P<zone> {alternation(lex.TIME_ZONES)} ) [ \t]* )?  # 香港时间, perhaps on the next line
          | (?P<zone> {alternation(lex.TIME_ZONES)} ) [ \t]*           # 北京时间
        )
        """,
        regex.VERBOSE,
    )


def _with_time_after_gap(view: str, date: HeaderDate, end: int) -> HeaderDate:
    """Extend a day without a time over a weekday or time zone and the time of day after it."""
    gap = _time_gap_pattern().match(view, date.end, end)
    if gap is None:
        return date
    day = view[date.start : date.end]
    joined = day + view[gap.end() : end]
    for mention in find_dates(joined, joined):
        value = _datetime_of(mention)
        if mention.start == 0 and mention.end > len(day) and value is not None:  # the day, now with its time
            return HeaderDate(value, date.start, gap.end() + mention.end - len(day))
        break
    return HeaderDate(date.value, date.start, gap.end())

