"""Find date and time mentions and normalize them to ISO 8601 values and intervals.

``find_dates`` runs one compiled pattern over the folded text, reads every
match into a small *reading* (what was written: an explicit year, a year
relative to the reference, or none), then joins ranges written as two
mentions (2021年至2023年, 1月至8月) and resolves 同期 against the period
named before it.  Only then are readings resolved against the reference —
the document's own ``published_at`` — into :class:`DateMention` records.
Each stage is a module: :mod:`.grammar` (the patterns), :mod:`.reading`
(a match to a reading) and :mod:`.resolution` (ranges, 同期, 至今, the
reference); ``find_dates`` here runs them in that order.

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
* A plan period (十四五时期, “十三五”期间, quotes included in the surface) is
  its plan's five years, ``2021/2025``; a review span N年来 (五年来) is the N
  calendar years ending with the reference's year (relative).  Neither is a
  year reported on: a later 上年 or 同期 does not count from it.
* Not dates: durations (3个月, 近三年, 近五年来, 5000年), numbers in document numbers
  (国发〔2023〕16号 has no 年), versions (3.0版), bare day numbers (3日), a plan's
  name alone (十四五规划), and anything inside quotation or title marks.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, datetime

from ..enclosures import Enclosure, EnclosureIndex, find_enclosures
from ..models import DateMention
from ..normalize import checked_range
from .grammar import date_pattern, era_pattern, turn_of_year_pattern
from .reading import read
from .resolution import resolve


def find_dates(
    text: str,
    folded: str,
    start: int = 0,
    end: int | None = None,
    *,
    reference: date | None = None,
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

    # Turns of the year, in order and apart, so the last one starting before a match's end is
    # the only one that can overlap it (a bisection, not a scan of them all).
    turns = [(m.start(), m.end()) for m in turn_of_year_pattern().finditer(folded, start, end)]
    turn_starts = [a for a, _ in turns]
    readings = []
    for match in date_pattern().finditer(folded, start, end):
        if inside.covers(match.start(), match.end()):
            continue
        last_turn = bisect_left(turn_starts, match.end()) - 1
        if last_turn >= 0 and match.start() < turns[last_turn][1]:
            continue  # 岁末年初: the turn of the year, no single period
        reading = read(match)
        if reading is not None:
            readings.append(reading)
    if any(reading.bare_era for reading in readings) and not era_pattern().search(folded, start, end):
        readings = [reading for reading in readings if not reading.bare_era]  # 112年 means 112 years here
    return resolve(readings, text, folded, end, anchor)
