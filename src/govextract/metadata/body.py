"""The body: its dateline, the bylines and photo credits inside it, and a signature date.

Stage: the lines of the page, the index of the first body line, where the
tail begins (``body_end``) and the :class:`~.collector.Collector` come in.
:func:`read_body` reads the dateline that opens the body (新华社北京3月12日电,
本报讯) and the group after it, bracketed groups that open or close a body line
((记者 张三), (文 郭富莹), (来源:人民日报)) and caption credits that end one
(记者 张三 摄), and returns the dateline span; :func:`signature_date` is the date
under the issuer's name that signs an official document.

Why our own code: where a Chinese release puts its bylines and datelines is a
convention of the genre; the bylines themselves are parsed by :mod:`.byline`.

Package-internal API: :func:`read_body`, :func:`signature_date`.
"""

from __future__ import annotations

from datetime import datetime

from ..lexicon import metadata as lex
from ..lexicon import page_furniture as furniture_lex
from .byline import match_dateline, parse_byline
from .collector import Collector
from .header_dates import first_date_in
from .header_lines import label_matches
from .text import CLAUSE_MARKS, SPACES, Span, trimmed

_GROUP_CLOSERS = {"(": ")", "[": "]", "【": "】"}


def _read_group(collector: Collector, start: int, end: int, *, labels_allowed: bool = True) -> bool:
    """Read a bracketed group ((记者 张三), (文 郭富莹), (来源:人民日报)); True if it was one."""
    view = collector.view
    inner = trimmed(view, start, end)
    if inner[0] >= inner[1]:
        return False
    labels = label_matches(view, *inner)
    if labels and labels[0].start() == inner[0]:
        if not labels_allowed:
            return False
        collector.read_fields(*inner)
        return True
    byline = parse_byline(view, *inner, allow_bare_credit=True)
    if byline is not None:
        collector.put_byline(byline)
        return True
    return False


def _read_line_groups(collector: Collector, start: int, end: int) -> None:
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


def _read_photo_credit(collector: Collector, start: int, end: int) -> None:
    """Read a caption credit that ends a line: 图为…。记者 张三 摄."""
    view = collector.view
    if not view.startswith(lex.PHOTO_CREDIT_MARKS, end - 1, end):
        return
    low = max(start, end - 40)
    candidates = [start] if start >= low else []
    candidates += [i + 1 for i in range(low, end) if view[i] in "。!?;,: \t)】]"]
    for candidate in candidates:
        byline = parse_byline(view, candidate, end, allow_bare_credit=True)
        if byline is not None and byline.photographers:
            collector.put_byline(byline)
            return


def read_body(collector: Collector, lines: list[Span], first: int, body_end: int) -> Span | None:
    """Read the dateline, byline groups and photo credits of the body; return the dateline span."""
    view = collector.view
    dateline_span: Span | None = None
    body = [line for line in lines[first:] if line[0] < body_end]
    if body:
        start, end = body[0][0], min(body[0][1], body_end)
        match = match_dateline(view, start, end)
        if match is not None:
            dateline_span = match.span()
            outlet = match.group("outlet")
            if outlet not in lex.DATELINE_SELF:
                collector.put("outlet", match.span("outlet"))
            if match.group("year") and match.group("month"):
                found = first_date_in(view, *match.span("date"))
                collector.put_date(found.value if found else None)
            after = match.end()
            while after < end and view[after] in SPACES:
                after += 1
            if after < end and view[after] in _GROUP_CLOSERS:
                close = view.find(_GROUP_CLOSERS[view[after]], after + 1, min(end, after + 64))
                if close > 0:
                    _read_group(collector, after + 1, close)
    for start, end in body:
        end = min(end, body_end)
        end = trimmed(view, start, end)[1]
        if start >= end:
            continue
        _read_line_groups(collector, start, end)
        _read_photo_credit(collector, start, end)
    return dateline_span


def signature_date(view: str, lines: list[Span], first: int, body_end: int) -> datetime | None:
    """The date under the issuer's name that signs an official document (某省人民政府\n2023年6月8日).

    A release's own closing counts too: 完, the date, and the time on the line
    under it (完 / 2024年5月17日（星期五） / 香港時間16時30分).
    """
    body = [line for line in lines[first:] if line[1] <= body_end]
    if len(body) < 3:
        return None
    last = trimmed(view, *body[-1])
    if view.startswith(furniture_lex.CLOSING_TIME_PREFIXES, last[0]) and len(body) >= 4:
        date_line, issuer = trimmed(view, *body[-2]), trimmed(view, *body[-3])
    else:
        date_line, issuer = last, trimmed(view, *body[-2])
    match = first_date_in(view, date_line[0], last[1])
    if match is None or match.start != date_line[0] or match.end < date_line[1]:
        return None
    name = view[issuer[0] : issuer[1]]
    if not 0 < len(name) <= lex.OUTLET_MAX_LENGTH or any(ch in name for ch in CLAUSE_MARKS + ":"):
        return None
    return match.value
