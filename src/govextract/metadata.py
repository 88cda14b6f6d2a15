"""Title, publication time, bylines and body bounds of a release.

:func:`find_metadata` reads the page the way a reader does: navigation crumbs,
then a headline (optionally a subtitle), then header lines such as
``2023-02-03 14:05:57来源: X编辑: Y责编: Z``; the body begins at the first line
that is none of these.  Datelines (新华社北京3月12日电, 本报讯), reporter and author
bylines ((记者 张三 李四), (文 郭富莹)) and photo credits (记者 张三 摄) are read
from the body.  The 政府信息公开 table of government sites (索 引 号：… / 标　　题：… /
发布日期：…, padded labels, values after a tab or on the next line) is a
header: its 标题 cell is the title when no headline precedes it, and the
title written again under it is skipped.  A WeChat account line (原创 … 2024-03-18
19:30 发表于山东) gives the time.  ``body_end`` is where the trailing boilerplate begins: the
earliest tail cue (版权声明, 相关新闻, 上一篇, 【打印】【关闭】, ©, …) after which
every line is boilerplate-like, so a body sentence about 版权 never cuts the body.
WeChat tails (阅读原文, 长按二维码, 往期推荐), bracketed furniture lines
(【纠错】 【责任编辑：X】) and an English abstract after a Chinese report open it too.

Dates and times are read by :func:`govextract.dates.find_dates`, the library's one
date grammar: the publication time is the first absolute mention of a day (or
finer) in the header (a label's value, a date-led line, an account line), in the
dateline or in the signature under an official document.  Only the gap a header
may put between a date and its time ((星期三)香港時間) is matched here, as a
marked fallback.

Matching runs on the folded text (plus a small extra traditional-to-simplified
map, one character to one character); every value is sliced from the original
text.  Absent fields are ``None``: nothing is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Optional

import regex

from .dates import find_dates
from .lexicon import metadata as lex
from .models import DateGranularity, DateMention
from .normalize import fold

_SPACES = (  # every str.isspace() character, and the zero-width ones
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u200c\u200d\u2060"
)
_LEADING_MARKS = "【[(<《●•·■□◆◇▪►▶*※"
_VALUE_TRIM = _SPACES + ":;,.。、|/\\-—_·\"'“”‘’"
_SENTENCE_END = "。!?"
_CLAUSE_MARKS = "。!?;,"  # a header value never holds a clause

Span = tuple[int, int]


@dataclass(frozen=True)
class Metadata:
    """What the page says about itself; offsets index the original text."""

    title: Optional[str]
    title_start: Optional[int]
    title_end: Optional[int]
    published_at: Optional[datetime]
    outlet: Optional[str]
    editor: Optional[str]
    chief_editor: Optional[str]
    author: Optional[str]
    body_start: int
    body_end: int
    subtitle: Optional[str] = None
    subtitle_start: Optional[int] = None
    subtitle_end: Optional[int] = None
    reporters: tuple[str, ...] = ()
    photographer: Optional[str] = None
    dateline: Optional[str] = None
    dateline_start: Optional[int] = None
    dateline_end: Optional[int] = None


# --------------------------------------------------------------------------
# Patterns, built lazily from the lexicon.


def _alternation(words) -> str:
    """A regex alternation of literal ``words``, longest first."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _label_fields() -> dict[str, str]:
    fields: dict[str, str] = {}
    for name, labels in lex.FIELD_LABELS.items():
        for label in labels:
            fields.setdefault(label, name)
    return fields


def _padded(word: str) -> str:
    """A literal ``word`` whose characters may be padded apart by spaces (标　　题)."""
    return r"[ \t]*".join(regex.escape(ch) for ch in word)


@lru_cache(maxsize=1)
def _label_pattern() -> regex.Pattern:
    labels = "|".join(_padded(label) for label in sorted(_label_fields(), key=len, reverse=True))
    return regex.compile(
        rf"""
        (?P<label> {labels} )   # a header label, perhaps padded (索 引 号)
        [ \t]* :                 # its colon (folded from ：)
        """,
        regex.VERBOSE,
    )


def _label_name(match: regex.Match) -> str:
    """The label of a label match without its padding."""
    return "".join(match.group("label").split())


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    roles: dict[str, str] = {}
    for kind, words in (
        ("reporter", lex.REPORTER_ROLES),
        ("photographer", lex.PHOTOGRAPHER_ROLES),
        ("author", lex.AUTHOR_ROLES),
        ("other", lex.OTHER_ROLES),
    ):
        for word in words:
            roles.setdefault(word, kind)
    return roles


@lru_cache(maxsize=1)
def _byline_token_pattern() -> regex.Pattern:
    roles = _alternation(_roles())
    credits = _alternation(lex.PHOTO_CREDIT_MARKS)
    blockers = regex.escape(lex.PHOTO_CREDIT_BLOCKERS)
    return regex.compile(
        rf"""
        [ \t]*
        (?:
            (?P<name> (?:(?!{roles}|{credits}|报道)\p{{Han}}){{2,4}}   # a personal name
                      (?: · \p{{Han}}{{1,10}} )? )                       # 买买提·艾力
          | (?P<role> {roles} ) [ \t]* [:/|]?                            # 记者, 文/图, 作者:
          | (?P<sep> [、,/] )                                            # between names
          | (?P<credit> (?:{credits})(?![{blockers}]) | 报道 )            # 摄 closes a photo credit
        )
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _dateline_pattern() -> regex.Pattern:
    return regex.compile(
        rf"""
        (?P<outlet>
            {_alternation(lex.DATELINE_SELF)}                    # 本报讯
          | {_alternation(lex.DATELINE_AGENCIES)}                # 新华社, 中新网
          | \p{{Han}}{{1,12}}? (?:{_alternation(lex.DATELINE_OUTLET_ENDINGS)})  # 湖南日报
        )
        (?P<place> \p{{Han}}{{2,8}}? )??                         # 北京
        (?P<date>
            (?:(?P<year>\d{{4}}) \s* 年 \s*)?
            (?:(?P<month>\d{{1,2}}) \s* 月 \s*)?
            (?P<day>\d{{1,2}}) \s* 日
        )?
        (?P<kind> {_alternation(lex.DATELINE_KINDS)} )           # 电, 讯, 消息
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _noise_pattern() -> regex.Pattern:
    return regex.compile(_alternation(lex.NOISE_WORDS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _filler_pattern() -> regex.Pattern:
    return regex.compile(r"[\s\p{P}\p{S}\d]+")


@lru_cache(maxsize=1)
def _value_stop_pattern() -> regex.Pattern:
    return regex.compile(
        rf"""
        {_alternation(lex.VALUE_STOP_CUES)}   # page furniture after a value
        | [ ]{{2,}} | \t                      # a layout gap
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _crumb_prefix_pattern() -> regex.Pattern:
    return regex.compile(_alternation(lex.CRUMB_PREFIXES))


@lru_cache(maxsize=1)
def _document_number_pattern() -> regex.Pattern:
    return regex.compile(
        r"""
        \S{0,16}                   # issuer code: 国办发, 鲁政字
        [〔\[(【] \d{4} [〕\])】]  # year in brackets
        \s* 第? \s* \d{1,5} \s* 号 # serial number
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _heading_marker_pattern() -> regex.Pattern:
    return regex.compile(
        r"""
        [一二三四五六七八九十百]+ [、.]             # 一、
        | \( [一二三四五六七八九十\d]+ \)           # (一) (1)
        | \d{1,2} [、.](?!\d)                       # 1. 1、
        | 第[一二三四五六七八九十\d]+[章节条部分]   # 第一部分
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _tail_heading_pattern() -> regex.Pattern:
    return regex.compile(_alternation(lex.TAIL_HEADINGS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _tail_statement_pattern() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{part})" for part in lex.TAIL_STATEMENTS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _tail_short_statement_pattern() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{part})" for part in lex.TAIL_SHORT_STATEMENTS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _weak_tail_pattern() -> regex.Pattern:
    return regex.compile(_alternation(lex.WEAK_TAIL_CUES), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _bracket_group_pattern() -> regex.Pattern:
    return regex.compile(r"【[^【】]*】|\[[^\[\]]*\]")


@lru_cache(maxsize=1)
def _line_pattern() -> regex.Pattern:
    return regex.compile(r"[^\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]+")


# --------------------------------------------------------------------------
# Dates.


@dataclass(frozen=True)
class _Date:
    """An absolute date (and time) written in a header, with its span in the folded text."""

    value: datetime
    start: int
    end: int


# Granularities that name a point in time: a publication date is a day or finer.
_CLOCK_GRANULARITIES = frozenset(
    {DateGranularity.DAY, DateGranularity.HOUR, DateGranularity.MINUTE, DateGranularity.SECOND}
)


def parse_datetime(surface: str) -> Optional[datetime]:
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
    found = _find_date(view, 0, len(view))
    return found.value if found is not None else None


def _datetime_of(mention: DateMention) -> Optional[datetime]:
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
    hour, minute, second = (parts + [0, 0, 0])[:3]
    if hour == 24:
        return when + timedelta(days=1)
    try:
        return when.replace(hour=hour, minute=minute, second=second)
    except ValueError:
        return None


def _find_dates(view: str, start: int, end: int) -> list[_Date]:
    """Every absolute date of day (or finer) granularity in ``view[start:end]``.

    The span is read on its own: what stands before it (a mark skipped at the
    start of a line, as in ·2023-02-03) never hides a date from the grammar.
    """
    part = view[start:end]
    found = []
    for mention in find_dates(part, part):
        value = _datetime_of(mention)
        if value is None:
            continue
        date = _Date(value, start + mention.start, start + mention.end)
        found.append(_with_time_after_gap(view, date, end) if mention.granularity is DateGranularity.DAY else date)
    return found


def _find_date(view: str, start: int, end: int) -> Optional[_Date]:
    """The first absolute date of day (or finer) granularity in ``view[start:end]``."""
    found = _find_dates(view, start, end)
    return found[0] if found else None


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
            (?: (?P<zone> {_alternation(lex.TIME_ZONES)} ) [ \t]* )?   # 香港时间
          | (?P<zone> {_alternation(lex.TIME_ZONES)} ) [ \t]*          # 北京时间
        )
        """,
        regex.VERBOSE,
    )


def _with_time_after_gap(view: str, date: _Date, end: int) -> _Date:
    """Extend a day without a time over a weekday or time zone and the time of day after it."""
    gap = _time_gap_pattern().match(view, date.end, end)
    if gap is None:
        return date
    day = view[date.start : date.end]
    joined = day + view[gap.end() : end]
    for mention in find_dates(joined, joined):
        value = _datetime_of(mention)
        if mention.start == 0 and mention.end > len(day) and value is not None:  # the day, now with its time
            return _Date(value, date.start, gap.end() + mention.end - len(day))
        break
    return _Date(date.value, date.start, gap.end())


# --------------------------------------------------------------------------
# Line classification.  ``view`` is the folded text; a line is its stripped span.


def _lines(view: str) -> list[Span]:
    found = []
    for match in _line_pattern().finditer(view):
        start, end = match.span()
        while start < end and view[start] in _SPACES:
            start += 1
        while end > start and view[end - 1] in _SPACES:
            end -= 1
        if start < end:
            found.append((start, end))
    return found


def _skip_marks(view: str, start: int, end: int) -> int:
    while start < end and (view[start] in _LEADING_MARKS or view[start] in _SPACES):
        start += 1
    return start


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _label_matches(view: str, start: int, end: int) -> list[regex.Match]:
    accepted = []
    for match in _label_pattern().finditer(view, start, end):
        label = _label_name(match)
        if label in lex.BOUNDED_LABELS and match.start() > start and _is_han(view[match.start() - 1]):
            continue
        accepted.append(match)
    return accepted


def _is_noise(view: str, start: int, end: int, *, need_word: bool = True) -> bool:
    """True for a line made only of page furniture (【打印】【关闭】, 字号：大 中 小)."""
    if end - start > lex.MAX_NOISE_LINE:
        return False
    line = view[start:end]
    rest = _noise_pattern().sub("", line)
    if _filler_pattern().sub("", rest):
        return False
    return not need_word or _noise_pattern().search(line) is not None


def _is_crumb(view: str, start: int, end: int) -> bool:
    head = _skip_marks(view, start, end)
    if _crumb_prefix_pattern().match(view, head, end):
        return True
    line = view[start:end]
    separators = sum(line.count(mark) for mark in lex.CRUMB_SEPARATORS)
    if separators and len(line) <= 100 and any(word in line for word in lex.CRUMB_HOME_WORDS):
        return True
    if separators >= 2:
        parts = regex.split("|".join(regex.escape(mark) for mark in lex.CRUMB_SEPARATORS), line)
        return all(0 < len(part.strip(_SPACES)) <= 16 for part in parts)
    return False


def _is_document_number(view: str, start: int, end: int) -> bool:
    return _document_number_pattern().fullmatch(view, start, end) is not None


def _date_led(view: str, start: int, end: int) -> Optional[_Date]:
    """The date that opens a header line, when the rest of the line is header material."""
    head = _skip_marks(view, start, end)
    match = _find_date(view, head, end)
    if match is None or match.start != head:
        return None
    rest = match.end
    while rest < end and (view[rest] in _SPACES or view[rest] in "|丨/】])"):
        rest += 1
    if rest >= end:
        return match
    labels = _label_matches(view, rest, end)
    if labels and labels[0].start() == _skip_marks(view, rest, end):
        return match
    if _is_noise(view, rest, end, need_word=False):
        return match
    tail = view[rest:end]
    if len(tail) <= 12 and not any(ch in tail for ch in ",;。;,"):  # 星期五
        return match
    if _is_outlet_name(view, rest, end):  # 2024年2月28日（星期三） 香港特別行政區政府新聞公報
        return match
    return None


def _is_outlet_name(view: str, start: int, end: int) -> bool:
    """True for a short name that ends like an organization or outlet (新聞局, 政府新聞公報)."""
    start, end = _trimmed(view, start, end)
    name = view[start:end]
    return (
        0 < len(name) <= lex.OUTLET_MAX_LENGTH
        and all(_is_han(ch) for ch in name)
        and name.endswith(lex.OUTLET_ENDINGS)
        and len(name) > min(len(e) for e in lex.OUTLET_ENDINGS if name.endswith(e))
    )


def _is_label_led(view: str, start: int, end: int) -> bool:
    """True for a line of ``label: value`` pairs whose values read as values, not sentences."""
    head = _skip_marks(view, start, end)
    labels = _label_matches(view, head, end)
    if not labels or labels[0].start() != head:
        return False
    for position, match in enumerate(labels):
        value_end = labels[position + 1].start() if position + 1 < len(labels) else end
        stop = _value_stop_pattern().search(view, match.end(), value_end)
        value = view[match.end() : stop.start() if stop else value_end]
        if any(mark in value for mark in _CLAUSE_MARKS):
            return False
    return True


def _is_bare_label(view: str, start: int, end: int) -> bool:
    """True for a line that is one label alone (索引号：), its value on the next line."""
    labels = _label_matches(view, start, end)
    return len(labels) == 1 and labels[0].start() == start and labels[0].end() == end


def _is_account_line(view: str, start: int, end: int) -> bool:
    """A WeChat account line: 原创 某省发布 2024-03-18 19:30 发表于山东."""
    if end - start > lex.ACCOUNT_LINE_MAX_LENGTH or not any(cue in view[start:end] for cue in lex.ACCOUNT_LINE_CUES):
        return False
    if any(mark in view[start:end] for mark in _CLAUSE_MARKS):
        return False
    return _find_date(view, start, end) is not None


def _is_metadata_line(view: str, start: int, end: int) -> bool:
    if end - start > lex.MAX_HEADER_LINE:
        return False
    return _is_label_led(view, start, end) or _date_led(view, start, end) is not None


def _same_text(view: str, first: Span, second: Span) -> bool:
    def squeeze(span: Span) -> str:
        return "".join(ch for ch in view[span[0] : span[1]] if ch not in _SPACES)

    return squeeze(first) == squeeze(second)


def _is_headline(view: str, start: int, end: int, *, allow_dash: bool = False) -> bool:
    if allow_dash:
        for dash in lex.SUBTITLE_DASHES:
            if view.startswith(dash, start, end):
                start = start + len(dash)
                break
        while start < end and view[start] in _SPACES:
            start += 1
    line = view[start:end]
    if not lex.TITLE_MIN_LENGTH <= len(line) <= lex.TITLE_MAX_LENGTH:
        return False
    if line[-1] in lex.TITLE_FORBIDDEN_ENDINGS or any(ch in line for ch in lex.TITLE_FORBIDDEN_INSIDE):
        return False
    if not any(_is_han(ch) or ch.isalpha() for ch in line):
        return False
    if _label_matches(view, start, end) or _date_led(view, start, end) is not None:
        return False
    if _is_crumb(view, start, end) or _is_noise(view, start, end, need_word=False):
        return False
    if _is_document_number(view, start, end) or _heading_marker_pattern().match(view, start, end):
        return False
    if _dateline(view, start, end) is not None or _parse_byline(view, start, end) is not None:
        return False
    return not _is_account_line(view, start, end)


def _furniture_fields(view: str, start: int, end: int) -> Optional[list[Span]]:
    """The label spans of a line of bracketed furniture and labels, or ``None`` for any other line.

    Such a line is made of bracketed groups and bare text, each page furniture
    or ``label: value`` pairs: 【纠错】 【责任编辑：曹家宁】, 【我要纠错】 责任编辑：王洋.
    At least one group is bracketed and the line has two pieces or more.
    """
    if end - start > lex.TAIL_SHORT_STATEMENT_MAX:
        return None
    groups = list(_bracket_group_pattern().finditer(view, start, end))
    if not groups:
        return None
    pieces: list[Span] = []
    position = start
    for group in groups:
        pieces.append(_trimmed(view, position, group.start()))
        pieces.append(_trimmed(view, group.start() + 1, group.end() - 1))
        position = group.end()
    pieces.append(_trimmed(view, position, end))
    pieces = [piece for piece in pieces if not _filler_pattern().fullmatch(view, *piece) and piece[0] < piece[1]]
    if len(pieces) < 2:
        return None
    fields = []
    for piece in pieces:
        if _is_label_led(view, *piece):
            fields.append(piece)
        elif not _is_noise(view, *piece):
            return None
    return fields


def _is_bracket_furniture(view: str, start: int, end: int) -> bool:
    """True for a line of bracketed groups and labels, each page furniture or labels: 【纠错】 【责任编辑：曹家宁】."""
    return _furniture_fields(view, start, end) is not None


def _is_tail_start(view: str, start: int, end: int) -> bool:
    """True for a line that opens trailing boilerplate."""
    if _is_bracket_furniture(view, start, end):
        return True
    head = _skip_marks(view, start, end)
    if _tail_heading_pattern().match(view, head, end):
        return True
    if "".join(view[start:end].split()).lower() in lex.TAIL_LINES:
        return True  # 完, (完): the release ends here
    if _is_noise(view, start, end):
        return True
    if end - start <= lex.TAIL_SHORT_STATEMENT_MAX:
        if _is_label_led(view, start, end):
            return True
        if _tail_short_statement_pattern().search(view, start, end):
            return True
    return _tail_statement_pattern().search(view, start, end) is not None


def _tail_cut(view: str, start: int, end: int) -> int:
    """Where the boilerplate of a tail line begins: its start, or inside a run-together page."""
    if end - start <= lex.TAIL_LINE_MAX:
        return start
    found = [
        match.start()
        for pattern in (_tail_statement_pattern(), _run_together_tail_pattern())
        if (match := pattern.search(view, start, end)) is not None
    ]
    if not found:
        return start
    cue = min(found)
    # Back up to the start of the sentence or phrase holding the cue.
    boundary = max(view.rfind(mark, start, cue) for mark in (*_SENTENCE_END, " ", "\u3000", ")", "）"))
    return max(start, boundary + 1)


@lru_cache(maxsize=1)
def _run_together_tail_pattern() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{part})" for part in lex.TAIL_RUN_TOGETHER_CUES))


def _is_tail_like(view: str, start: int, end: int) -> bool:
    """True for a line that may follow the start of the boilerplate."""
    if _is_tail_start(view, start, end) or _is_noise(view, start, end, need_word=False):
        return True
    if _weak_tail_pattern().search(view, start, end):
        return True
    if end - start <= lex.TAIL_SHORT_LINE and view[end - 1] not in _SENTENCE_END:
        return True
    return _is_metadata_line(view, start, end)


# --------------------------------------------------------------------------
# Bylines and datelines.


@dataclass
class _Byline:
    reporters: list[Span] = field(default_factory=list)
    authors: list[Span] = field(default_factory=list)
    photographers: list[Span] = field(default_factory=list)


def _parse_byline(
    view: str, start: int, end: int, *, allow_bare_credit: bool = False, role: Optional[str] = None
) -> Optional[_Byline]:
    """Parse a whole span as a byline: 记者 张三 李四 / 文 郭富莹 / 记者 张三 摄.

    Returns ``None`` unless the span is made of roles, names and separators
    only.  ``role`` is the role of names written before any role word (the
    value of a ``记者:`` label); otherwise bare names are accepted only before a
    credit mark (张三 摄) when ``allow_bare_credit`` is set.
    """
    pattern = _byline_token_pattern()
    roles = _roles()
    byline = _Byline()
    bare: list[Span] = []
    credit: Optional[str] = None
    position = start
    while position < end:
        match = pattern.match(view, position, end)
        if match is None or match.end() == position:
            if view[position:end].strip(_SPACES):
                return None
            break
        if credit is not None:  # nothing but spaces may follow 摄 / 报道
            return None
        if match.group("role"):
            role = roles[match.group("role")]
        elif match.group("name"):
            span = match.span("name")
            if role is None:
                bare.append(span)
            elif role == "reporter":
                byline.reporters.append(span)
            elif role == "author":
                byline.authors.append(span)
            elif role == "photographer":
                byline.photographers.append(span)
        elif match.group("credit"):
            credit = match.group("credit")
        position = match.end()
    if credit is not None and credit != "报道":
        if bare and not allow_bare_credit:
            return None
        byline.photographers.extend(sorted(bare + byline.reporters))
        byline.reporters = []
        bare = []
    if bare:
        return None
    if not (byline.reporters or byline.authors or byline.photographers):
        return None
    return byline


def _dateline(view: str, start: int, end: int) -> Optional[regex.Match]:
    match = _dateline_pattern().match(view, start, end)
    if match is None:
        return None
    kind = match.group("kind")
    if kind.endswith("电") and match.group("date") is None:
        return None
    if kind == "消息" and match.end() < end and view[match.end()] not in ":( \t[【":
        return None
    if match.group("date") is None and match.group("place") is not None:
        return None
    return match


# --------------------------------------------------------------------------
# Collecting fields.


class _Collector:
    """Fields found so far; the first source to give a field wins."""

    def __init__(self, text: str, view: str) -> None:
        self.text = text
        self.view = view
        self.values: dict[str, str] = {}
        self.spans: dict[str, Span] = {}
        self.published_at: Optional[datetime] = None
        self.reporters: list[str] = []
        self.reporter_surface: Optional[str] = None
        self.issuer: Optional[Span] = None

    def put(self, name: str, span: Span, max_length: int = lex.MAX_VALUE_LENGTH) -> None:
        cleaned = _clean_value(self.view, *span, max_length=max_length)
        if cleaned is not None and name not in self.values:
            self.values[name] = self.text[cleaned[0] : cleaned[1]]
            self.spans[name] = cleaned

    def put_date(self, value: Optional[datetime]) -> None:
        if self.published_at is None and value is not None:
            self.published_at = value

    def put_byline(self, byline: _Byline) -> None:
        if byline.authors:
            self.put("author", (byline.authors[0][0], byline.authors[-1][1]))
        if byline.photographers:
            self.put("photographer", (byline.photographers[0][0], byline.photographers[-1][1]))
        if byline.reporters:
            for start, end in byline.reporters:
                name = self.text[start:end]
                if name not in self.reporters:
                    self.reporters.append(name)
            if self.reporter_surface is None:
                self.reporter_surface = self.text[byline.reporters[0][0] : byline.reporters[-1][1]]

    def put_bare_outlet(self, start: int, end: int) -> None:
        """Take an unlabelled organization name after a header date as the outlet."""
        if _is_outlet_name(self.view, start, end):
            self.put("outlet", _trimmed(self.view, start, end))

    def read_fields(self, start: int, end: int, continuation: Optional[Span] = None) -> None:
        """Read every ``label: value`` pair of a header line.

        ``continuation`` is the next line, the value of a label that ends the
        line without one (a table cell scraped onto its own line).
        """
        view = self.view
        labels = _label_matches(view, start, end)
        fields = _label_fields()
        dates: list[tuple[str, Optional[datetime]]] = []
        ignored: list[Span] = []
        for position, match in enumerate(labels):
            value_end = labels[position + 1].start() if position + 1 < len(labels) else end
            value = (match.end(), value_end)
            if continuation is not None and position + 1 == len(labels) and not view[value[0] : value[1]].strip():
                value = continuation
            name = fields[_label_name(match)]
            if name == "published_at":
                found = _find_date(view, *value)
                dates.append((_label_name(match), found.value if found else None))
            elif name == "reporter":
                byline = _parse_byline(view, *_trimmed(view, *value), role="reporter")
                if byline is not None:
                    self.put_byline(byline)
            elif name == "photographer":
                self.put("photographer", value)
            elif name == "ignored":
                ignored.append(value)
            elif name == "title":
                ignored.append(value)  # a date in a title is no publication date
                self.put("title", value, max_length=lex.TITLE_MAX_LENGTH)
            else:
                date = _find_date(view, *value)
                self.put(name, (value[0], date.start) if date else value)
        priority = lex.FIELD_LABELS["published_at"]
        for _, value in sorted(dates, key=lambda item: priority.index(item[0])):
            self.put_date(value)
        led = _date_led(view, start, end)
        if led is not None:
            self.put_date(led.value)
            if not labels:
                self.put_bare_outlet(led.end, end)
        for date in _find_dates(view, start, end):
            if not any(a <= date.start < b for a, b in ignored):
                self.put_date(date.value)


def _trimmed(view: str, start: int, end: int) -> Span:
    while start < end and view[start] in _SPACES:
        start += 1
    while end > start and view[end - 1] in _SPACES:
        end -= 1
    return start, end


def _clean_value(view: str, start: int, end: int, max_length: int = lex.MAX_VALUE_LENGTH) -> Optional[Span]:
    """Cut a header value at page furniture and trim marks; ``None`` when nothing is left."""
    start = _trimmed(view, start, end)[0]  # a tab after the colon is layout, not the end of the value
    stop = _value_stop_pattern().search(view, start, end)
    if stop is not None:
        end = stop.start()
    for _ in range(3):
        while start < end and view[start] in _VALUE_TRIM:
            start += 1
        while end > start and view[end - 1] in _VALUE_TRIM:
            end -= 1
        inner = view[start:end]
        if inner.endswith(")") and inner.count("(") < inner.count(")"):
            end -= 1
        elif inner.startswith("(") and inner.count("(") > inner.count(")"):
            start += 1
        else:
            break
    if start >= end or end - start > max_length:
        return None
    return start, end


_GROUP_CLOSERS = {"(": ")", "[": "]", "【": "】"}


def _read_group(collector: _Collector, start: int, end: int, *, labels_allowed: bool = True) -> bool:
    """Read a bracketed group ((记者 张三), (文 郭富莹), (来源:人民日报)); True if it was one."""
    view = collector.view
    inner = _trimmed(view, start, end)
    if inner[0] >= inner[1]:
        return False
    labels = _label_matches(view, *inner)
    if labels and labels[0].start() == inner[0]:
        if not labels_allowed:
            return False
        collector.read_fields(*inner)
        return True
    byline = _parse_byline(view, *inner, allow_bare_credit=True)
    if byline is not None:
        collector.put_byline(byline)
        return True
    return False


def _read_line_groups(collector: _Collector, start: int, end: int) -> None:
    """Read bracketed groups that open or close a body line."""
    view = collector.view
    opener = view[start]
    if opener in _GROUP_CLOSERS:
        close = view.find(_GROUP_CLOSERS[opener], start + 1, min(end, start + 64))
        if close > 0:  # a label group opening a line counts only as the whole line: (来源：X)数据显示
            _read_group(collector, start + 1, close, labels_allowed=close == end - 1)
    closer = view[end - 1]
    for opener, expected in _GROUP_CLOSERS.items():
        if closer == expected:
            open_at = view.rfind(opener, max(start, end - 64), end - 1)
            if open_at >= 0 and open_at != start:
                _read_group(collector, open_at + 1, end - 1)


def _read_photo_credit(collector: _Collector, start: int, end: int) -> None:
    """Read a caption credit that ends a line: 图为…。记者 张三 摄."""
    view = collector.view
    if not view.startswith(lex.PHOTO_CREDIT_MARKS, end - 1, end):
        return
    low = max(start, end - 40)
    candidates = [start] if start >= low else []
    candidates += [i + 1 for i in range(low, end) if view[i] in "。!?;,: \t)】]"]
    for candidate in candidates:
        byline = _parse_byline(view, candidate, end, allow_bare_credit=True)
        if byline is not None and byline.photographers:
            collector.put_byline(byline)
            return


# --------------------------------------------------------------------------
# The public entry point.


def find_metadata(text: str, folded: str) -> Metadata:
    """Find the title, header fields, bylines and body bounds of ``text``.

    ``folded`` is ``fold(text)``; it is recomputed when its length differs.

    >>> text = "标题在这里\\n2023-02-03 14:05:57来源: 国际在线编辑: 侯艳艳\\n正文。\\n版权声明\\n"
    >>> meta = find_metadata(text, fold(text))
    >>> meta.title, meta.outlet, meta.editor, meta.published_at.isoformat()
    ('标题在这里', '国际在线', '侯艳艳', '2023-02-03T14:05:57')
    >>> text[meta.body_start:meta.body_end]
    '正文。\\n'
    """
    if not isinstance(text, str):
        raise TypeError(f"find_metadata() takes the text as a str, not {type(text).__name__}")
    if not isinstance(folded, str):
        raise TypeError(f"find_metadata() takes the folded text as a str, not {type(folded).__name__}")
    if len(folded) != len(text):
        raise ValueError("folded must be fold(text): the lengths differ")
    view = folded
    lines = _lines(view)
    collector = _Collector(text, view)

    index = 0
    while index < len(lines) and (
        _is_crumb(view, *lines[index])
        or _is_noise(view, *lines[index], need_word=False)
        or (index + 2 < len(lines) and _is_column(view, *lines[index]) and _is_headline(view, *lines[index + 1]))
    ):
        index += 1

    title: Optional[Span] = None
    subtitle: Optional[Span] = None
    if index + 1 < len(lines) and _is_headline(view, *lines[index]):
        title = lines[index]
        index += 1
        subtitle = _subtitle(view, lines, index, title)
        if subtitle is not None:
            index += 1

    subtitle_line = lines[index - 1] if subtitle is not None else None
    index = _read_header(collector, lines, index, title, subtitle_line)
    if title is None and "title" in collector.spans:
        title = collector.spans["title"]
    if title is not None:
        title = _untagged(view, title)
    body_start = lines[index][0] if index < len(lines) else len(text)
    body_end = _body_end(view, lines, index, len(text))
    body_end = max(body_start, body_end)

    dateline = _read_body(collector, lines, index, body_end)
    if collector.published_at is None:
        collector.put_date(_signature_date(view, lines, index, body_end))
    for start, end in lines:
        if start < body_end or end - start > lex.TAIL_SHORT_STATEMENT_MAX:
            continue
        if _is_label_led(view, start, end):
            collector.read_fields(start, end)
        else:
            for piece in _furniture_fields(view, start, end) or ():
                collector.read_fields(*piece)

    if collector.issuer is not None:
        collector.put("outlet", collector.issuer)  # the issuer line under the title, unless a label named the outlet
    values = collector.values
    author = values.get("author") or collector.reporter_surface
    return Metadata(
        title=text[title[0] : title[1]] if title else None,
        title_start=title[0] if title else None,
        title_end=title[1] if title else None,
        published_at=collector.published_at,
        outlet=values.get("outlet"),
        editor=values.get("editor"),
        chief_editor=values.get("chief_editor"),
        author=author,
        body_start=body_start,
        body_end=body_end,
        subtitle=text[subtitle[0] : subtitle[1]] if subtitle else None,
        subtitle_start=subtitle[0] if subtitle else None,
        subtitle_end=subtitle[1] if subtitle else None,
        reporters=tuple(collector.reporters),
        photographer=values.get("photographer"),
        dateline=text[dateline[0] : dateline[1]] if dateline else None,
        dateline_start=dateline[0] if dateline else None,
        dateline_end=dateline[1] if dateline else None,
    )


def _is_header_line(view: str, span: Span) -> bool:
    return (
        _is_metadata_line(view, *span)
        or _is_crumb(view, *span)
        or _is_noise(view, *span, need_word=False)
        or _is_document_number(view, *span)
        or _parse_byline(view, *span) is not None
    )


def _subtitle(view: str, lines: list[Span], index: int, title: Span) -> Optional[Span]:
    """The line after the title when it reads as a subtitle."""
    if index >= len(lines):
        return None
    line = lines[index]
    if _same_text(view, line, title) or not _is_headline(view, *line, allow_dash=True):
        return None
    if view.startswith(lex.SUBTITLE_DASHES, *line):
        start = line[0]
        while start < line[1] and (view.startswith(lex.SUBTITLE_DASHES, start) or view[start] in _SPACES):
            start += 1
        return (start, line[1])
    if _is_issuer(view, line):
        return None
    if index + 1 < len(lines):
        after = lines[index + 1]
        if _same_text(view, after, title) or _is_header_line(view, after):
            return line
    return None


def _is_column(view: str, start: int, end: int) -> bool:
    """True for a site's column name standing above the headline (县域新闻, 政务要闻)."""
    start, end = _trimmed(view, start, end)
    name = view[start:end]
    return (
        0 < len(name) <= lex.COLUMN_MAX_LENGTH
        and all(_is_han(ch) for ch in name)
        and name.endswith(lex.COLUMN_ENDINGS)
    )


def _untagged(view: str, title: Span) -> Span:
    """The title without a bracketed column tag before it (【营商环境】我区…)."""
    start, end = title
    if view.startswith("【", start) or view.startswith("[", start):
        close = view.find("】" if view[start] == "【" else "]", start + 1, min(end, start + lex.TITLE_TAG_MAX_LENGTH + 2))
        if close > start + 1:
            rest = _trimmed(view, close + 1, end)
            if rest[1] - rest[0] >= lex.TITLE_MIN_LENGTH and "【" not in view[rest[0] : rest[1]]:
                return rest
    return title


def _is_issuer(view: str, line: Span) -> bool:
    """True for a line that is only the name of an issuing body (某省统计局)."""
    words = view[line[0]:line[1]].strip()
    return (
        0 < len(words) <= lex.ISSUER_MAX_LENGTH
        and words.endswith(lex.ISSUER_SUFFIXES)
        and not any(ch in words for ch in " ,，、:：")
    )


def _read_header(
    collector: _Collector, lines: list[Span], index: int, title: Optional[Span], subtitle: Optional[Span] = None
) -> int:
    """Read header lines from ``index`` on; return the index of the first body line.

    A title or subtitle repeated under the header is skipped, and so is a
    title given by a ``标题:`` label when it is written again as a headline.
    """
    view = collector.view
    while index < len(lines):
        line = lines[index]
        repeated = [span for span in (title, subtitle, collector.spans.get("title")) if span is not None]
        if _is_metadata_line(view, *line):
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is not None and _is_bare_label(view, *line) and not _is_label_led(view, *following):
                collector.read_fields(*line, continuation=following)
                index += 1
            else:
                collector.read_fields(*line)
        elif any(_same_text(view, line, span) for span in repeated):
            pass
        elif _is_issuer(view, line) and index + 1 < len(lines) and _is_metadata_line(view, *lines[index + 1]):
            if collector.issuer is None:  # 某省统计局 above the release date: the issuer of the page
                collector.issuer = _trimmed(view, *line)
        elif _is_account_line(view, *line):
            found = _find_date(view, *line)
            collector.put_date(found.value if found else None)
        elif _is_crumb(view, *line) or _is_noise(view, *line, need_word=False) or _is_document_number(view, *line):
            pass
        else:
            byline = _parse_byline(view, *line)
            if byline is None:
                break
            collector.put_byline(byline)
        index += 1
    return index


def _body_end(view: str, lines: list[Span], first: int, length: int) -> int:
    """Offset of the earliest tail line after which every line is boilerplate-like."""
    best = length
    tail_like_after = True
    for index in range(len(lines) - 1, first - 1, -1):
        line = lines[index]
        if tail_like_after and _is_tail_start(view, *line):
            best = _tail_cut(view, *line)
        tail_like_after = tail_like_after and _is_tail_like(view, *line)
        if not tail_like_after:
            break
    return best


def _signature_date(view: str, lines: list[Span], first: int, body_end: int) -> Optional[datetime]:
    """The date under the issuer's name that signs an official document (某省人民政府\n2023年6月8日)."""
    body = [line for line in lines[first:] if line[1] <= body_end]
    if len(body) < 3:
        return None
    date_line, issuer = _trimmed(view, *body[-1]), _trimmed(view, *body[-2])
    match = _find_date(view, *date_line)
    if match is None or (match.start, match.end) != date_line:
        return None
    name = view[issuer[0] : issuer[1]]
    if not 0 < len(name) <= lex.OUTLET_MAX_LENGTH or any(ch in name for ch in _CLAUSE_MARKS + ":"):
        return None
    return match.value


def _read_body(collector: _Collector, lines: list[Span], first: int, body_end: int) -> Optional[Span]:
    """Read the dateline, byline groups and photo credits of the body; return the dateline span."""
    view = collector.view
    dateline_span: Optional[Span] = None
    body = [line for line in lines[first:] if line[0] < body_end]
    if body:
        start, end = body[0][0], min(body[0][1], body_end)
        match = _dateline(view, start, end)
        if match is not None:
            dateline_span = match.span()
            outlet = match.group("outlet")
            if outlet not in lex.DATELINE_SELF:
                collector.put("outlet", match.span("outlet"))
            if match.group("year") and match.group("month"):
                found = _find_date(view, *match.span("date"))
                collector.put_date(found.value if found else None)
            after = match.end()
            while after < end and view[after] in _SPACES:
                after += 1
            if after < end and view[after] in _GROUP_CLOSERS:
                close = view.find(_GROUP_CLOSERS[view[after]], after + 1, min(end, after + 64))
                if close > 0:
                    _read_group(collector, after + 1, close)
    for start, end in body:
        end = min(end, body_end)
        end = _trimmed(view, start, end)[1]
        if start >= end:
            continue
        _read_line_groups(collector, start, end)
        _read_photo_credit(collector, start, end)
    return dateline_span
