"""Resolution: the last stage of :func:`govextract.dates.find_dates`.

In: the readings of one text, in order (from :mod:`.reading`), the folded
text and the reference (the document's ``published_at``).  Out: the
:class:`~govextract.models.DateMention` records.

:func:`resolve` runs the passes in order, each taking and returning the list
of readings: ranges written as two mentions are joined (2021年至2023年,
1月至8月), each 同期 takes the period named before it, a period followed by
至今 becomes a range ending on the reference day; finally every reading is
resolved against the reference year — or against the year and month the text
reports on (上年, 上月末) — into a mention.  A new kind of period adds a pass
in :func:`resolve`.

Why our own code: which year a year-less or relative mention means depends on
the release around it — the period reported on earlier, whether the sentence
reports results or announces what will happen — which no date library knows.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..lexicon import dates as lex
from ..models import DateGranularity, DateMention
from .grammar import range_marks, until_now_pattern
from .reading import Period, Reading, period_range

G = DateGranularity

# Granularities whose readings can be joined into a range.
_RANGE_GRANULARITIES = (G.DAY, G.MONTH, G.QUARTER, G.HALF_YEAR, G.YEAR)


def resolve(
    readings: list[Reading], text: str, folded: str, end: int, anchor: date | None
) -> list[DateMention]:
    """Resolve one text's ``readings`` (in text order) into mentions.

    ``end`` bounds the 至今 looked for after a period; ``anchor`` is the
    reference day (a ``date``), or ``None``: relative and partial mentions then
    keep null values.
    """
    readings = _resolve_same_periods(_join_ranges(readings, folded), folded)
    readings = [_until_now(reading, folded, end) for reading in readings]
    return _mentions(readings, text, folded, anchor)


# --------------------------------------------------------------------------
# Joining readings: ranges written as two mentions, and 同期.


def _join_ranges(readings: list[Reading], folded: str) -> list[Reading]:
    """Join ``A 至 B`` into one reading when A and B are compatible ends of a range."""
    joined: list[Reading] = []
    for reading in readings:
        previous = joined[-1] if joined else None
        merged = _join(previous, reading, folded) if previous is not None else None
        if merged is not None:
            joined[-1] = merged
        else:
            joined.append(reading)
    return joined


def _join(first: Reading, last: Reading, folded: str) -> Reading | None:
    if folded[first.end : last.start].strip(" \t") not in range_marks():
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

    def make(year: int, reference: date | None) -> Period | None:
        start_period = make_first(year, reference)
        end_period = make_last(year + base, reference)
        if roll and start_period is not None and end_period is not None and end_period.first < start_period.first:
            end_period = make_last(year + base + 1, reference)  # 12月至2月 crosses a new year
        return period_range(start_period, end_period)

    return replace(first, end=last.end, make=make, is_range=True)


def _resolve_same_periods(readings: list[Reading], folded: str) -> list[Reading]:
    """Give each 同期 the period of the mention before it in the same paragraph."""
    resolved: list[Reading] = []
    for reading in readings:
        if reading.same_period:
            before = _period_before(resolved, reading, folded)
            if before is not None:
                reading = replace(
                    reading, granularity=before.granularity, make=before.make, is_range=before.is_range
                )
        resolved.append(reading)
    return resolved


def _period_before(readings: list[Reading], reading: Reading, folded: str) -> Reading | None:
    """The period a 同期 repeats: the mention before it in its paragraph, else the latest
    period named earlier in the document (今年上半年 one paragraph up), else ``None``."""
    same_paragraph = True
    for before in reversed(readings):
        if same_paragraph and "\n" in folded[before.end : reading.start]:
            same_paragraph = False
        if before.anchored or before.same_period or before.frame:
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


def _until_now(reading: Reading, folded: str, end: int) -> Reading:
    """Extend a period followed by 至今 into a range that ends on the reference day."""
    if (
        reading.is_range or reading.anchored or reading.same_period
        or reading.granularity not in _RANGE_GRANULARITIES
    ):
        return reading
    match = until_now_pattern().match(folded, reading.end, end)
    if match is None:
        return reading
    return replace(reading, end=match.end(), is_range=True, until_now=True)


# --------------------------------------------------------------------------
# Mentions: readings resolved against the reference.

# Mentions of these granularities name a period being reported on; a full date
# (a release's own time) does not.
_PERIOD_GRANULARITIES = (G.MONTH, G.QUARTER, G.HALF_YEAR, G.YEAR)


def _mentions(readings: list[Reading], text: str, folded: str, anchor: date | None) -> list[DateMention]:
    """One mention per reading; 上年 and 上月 count from the year and month reported on before them."""
    mentions = []
    reported_year: int | None = None  # the latest year named as a period (2023年, 今年1—4月)
    reported_month: date | None = None  # the last month named as a period (5月份, 1—5月)
    for reading in readings:
        if reading.month_back and reported_month is not None:
            mention = _mention(text, folded, reading, reported_month, reported_year)  # 5月…上月末: April
        else:
            mention = _mention(text, folded, reading, anchor, reported_year)
        mentions.append(mention)
        if reading.granularity is G.MONTH and not reading.anchored and mention.interval_end is not None:
            reported_month = date.fromisoformat(mention.interval_end[:10])
        if reading.granularity in _PERIOD_GRANULARITIES and not reading.reporting and not reading.frame:
            year = reading.year
            if year is None and anchor is not None and not reading.partial:
                year = anchor.year + reading.year_offset
            reported_year = year if year is not None else reported_year
    return mentions


def _mention(
    text: str, folded: str, reading: Reading, reference: date | None, reported_year: int | None = None
) -> DateMention:
    relative = reading.year is None or reading.until_now
    period: Period | None = None
    if reading.year is not None:
        period = reading.make(reading.year, reference)
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
            period = Period(f"{period.value}/{reference.isoformat()}", period.first, reference)
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


def _reported_last_year(folded: str, reading: Reading, period: Period, reference: date) -> bool:
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
