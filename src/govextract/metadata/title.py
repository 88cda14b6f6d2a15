"""Title and subtitle: which line of the page is the headline.

Stage: the folded text and its lines come in.  :func:`find_headline` skips what
stands above the headline (navigation crumbs, page noise, a site's column name
such as 政务要闻), takes the next line as the title when it reads as a headline,
and the line after it as the subtitle when that reads as one (——副标题, or a
second headline followed by a header line); it returns both spans and the
index of the first line after them, where the header begins.  Once the header
is read, :func:`choose_title` settles the title: the headline, else the value
of a ``标题:`` label, without a bracketed column tag (【营商环境】).

Why our own code: a headline is told from the lines around it by what it is
not (a label, a date, a crumb, a document number, a dateline, a byline, a
numbered heading, a sentence), which only the other stages of this package
know; lengths and marks come from :mod:`govextract.lexicon.metadata`.

Package-internal API: :func:`find_headline`, :func:`choose_title`.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import metadata as lex
from ..lexicon import page_furniture as furniture_lex
from ..normalize import fold
from .byline import match_dateline, parse_byline
from .furniture import is_furniture, is_site_name, page_title_parts
from .header_lines import (
    date_led,
    is_account_line,
    is_bare_label,
    is_crumb,
    is_document_number,
    is_issuer,
    is_metadata_line,
    is_noise,
    label_matches,
)
from .text import SPACES, Span, is_han, same_text, trimmed

PageTitle = tuple[int, tuple[Span, Span]]  # the line index of a page title with a site suffix, and its parts
PageTop = tuple[int, PageTitle | None]  # the first line that is no furniture, and the page title (page_top)


def find_headline(
    view: str,
    lines: list[Span],
    *,
    page_title: str | None = None,
    headline_in_text: bool = True,
    top: PageTop | None = None,
) -> tuple[Span | None, Span | None, int]:
    """The title and subtitle spans at the top of the page and the index of the line after them.

    Crumbs, noise and a column name above the headline are skipped; either
    span is ``None`` when no line reads as one (the index is then the first
    line after what was skipped). A line that repeats ``page_title`` (the
    title a saved page or dump states outside its text) is the headline; with
    ``headline_in_text`` false, no other line is.  ``top`` is :func:`page_top`
    of these lines when the caller has it already.
    """
    skipped, found = page_top(view, lines) if top is None else top
    suffixed = found[1] if found is not None else None
    if found is not None:
        page_title = page_title or view[slice(*found[1][0])]
        index = _skip_furniture(view, lines, found[0] + 1)
    else:
        index = skipped
    if page_title is not None:
        index = _repeated_page_title(view, lines, index, page_title)

    title: Span | None = None
    subtitle: Span | None = None
    if index + 1 < len(lines) and (
        (page_title is not None and repeats_title(view[slice(*lines[index])], page_title))
        or (headline_in_text and _is_headline(view, *lines[index]))
    ):
        title = lines[index]
        again = _skip_furniture(view, lines, index + 1)
        if again < len(lines) and again > index + 1 and same_text(view, lines[again], title):
            title = lines[again]  # the page title, furniture, then the headline written again
            index = again
        index += 1
        wrapped = _wrapped_line(view, lines, index, title)
        if wrapped is not None:
            title = (title[0], wrapped[1])
            index += 1
        subtitle = _subtitle(view, lines, index, title)
        if subtitle is not None:
            index += 1
            continued = _subtitle_continuation(view, lines, index, subtitle)
            if continued is not None:
                subtitle = (subtitle[0], continued[1])
                index += 1
    elif suffixed is not None and headline_in_text:
        title = suffixed[0]  # no headline in the text: the page title's
    return title, subtitle, index


def find_page_title(view: str, lines: list[Span]) -> PageTitle | None:
    """The index and parts of a page title with a site suffix (标题_某市人民政府), else ``None``.

    A capture starts with it, or gives it after the furniture a crawler saved
    first (site name, menus, accessibility rows, crumbs).
    """
    return page_top(view, lines)[1]


def page_top(view: str, lines: list[Span]) -> PageTop:
    """The index of the first line that is no page furniture, and :func:`find_page_title`: one pass over the top."""
    skipped = _skip_furniture(view, lines, 0)
    return skipped, _page_title_from(view, lines, skipped)


def _page_title_from(view: str, lines: list[Span], skipped: int) -> PageTitle | None:
    if not lines:
        return None
    for index in dict.fromkeys((0, skipped)):
        if index < len(lines):
            parts = page_title_parts(view, lines[index])
            if parts is not None:
                return index, parts
    return None


def _repeated_page_title(view: str, lines: list[Span], index: int, page_title: str) -> int:
    """The index of the line that writes ``page_title`` again, when only short furniture-like lines precede it.

    A page known by its title (a title with a site suffix, a saved page's
    <title>) is headed by that title; rows the furniture rules do not know
    (a portal's own link, GovHK 香港政府一站通) between it and the line that
    repeats it are skipped, never taken for the headline.
    """
    for candidate in range(index, min(len(lines), index + furniture_lex.HEADER_SCAN_LINES)):
        line = view[slice(*lines[candidate])]
        if repeats_title(line, page_title):
            return candidate
        if len(line.strip()) > furniture_lex.SITE_MAX_LENGTH * 2 or line.rstrip().endswith(("。", "!", "?")):
            break  # prose: the article has begun
    return index


def _skip_furniture(view: str, lines: list[Span], index: int) -> int:
    """The index of the first line from ``index`` on that is no page furniture.

    Crumbs, noise rows, menus, accessibility rows and pointer lines are always
    furniture; a site's or column's name only when a headline or a header
    line follows it (else it may be the headline itself).
    """
    crumb_end = ""
    while index < min(len(lines), furniture_lex.HEADER_SCAN_LINES):
        line = lines[index]
        if is_crumb(view, *line):
            crumb_end = _last_crumb(view[line[0] : line[1]])
            index += 1
            continue
        if is_noise(view, *line, need_word=False) or is_furniture(view, *line):
            index += 1
            continue
        if crumb_end and _headline_follows(view, lines, index + 1) and (
            view[line[0] : line[1]].strip() == crumb_end or _is_column_name_under_crumb(view, lines, index)
        ):
            index += 1  # the column under the crumb, printed above the headline (今日石门, 經濟財政)
            continue
        if _is_short_name(view, *line) and index + 1 < len(lines):
            after = _skip_furniture(view, lines, index + 1)
            if after < len(lines) and is_bare_label(view, *lines[after]):
                index += 1  # a column name above an information table whose labels stand alone (政府信息公开)
                continue
        if (_is_column(view, *line) or is_site_name(view, *line)) and index + 1 < len(lines):
            following = lines[index + 1]
            after = _skip_furniture(view, lines, index + 1)
            if (
                not is_metadata_line(view, *following)
                and after + 1 < len(lines)
                and (_is_headline(view, *lines[after]) or is_metadata_line(view, *lines[after]))
            ):
                index += 1
                continue
        break
    return index


def _headline_follows(view: str, lines: list[Span], index: int) -> bool:
    """True when ``lines[index]`` is a headline (not a dashed subtitle) with a line after it."""
    return (
        index + 1 < len(lines)
        and not view.startswith(lex.SUBTITLE_DASHES, lines[index][0])
        and _is_headline(view, *lines[index])
    )


def _is_short_name(view: str, start: int, end: int) -> bool:
    """True for a name of a few Han characters alone on its line (a column, a site section)."""
    start, end = trimmed(view, start, end)
    return 0 < end - start <= lex.COLUMN_MAX_LENGTH and all(is_han(ch) for ch in view[start:end])


def _is_column_name_under_crumb(view: str, lines: list[Span], index: int) -> bool:
    """True for a short name of Han characters under a crumb, above a headline at least twice as long."""
    start, end = trimmed(view, *lines[index])
    headline = trimmed(view, *lines[index + 1])
    return _is_short_name(view, start, end) and headline[1] - headline[0] >= 2 * (end - start)


def _last_crumb(crumb: str) -> str:
    """The last item of a navigation crumb (首页 >> 新闻中心 >> 今日石门 -> 今日石门)."""
    cut = max(crumb.rfind(mark) for mark in lex.CRUMB_SEPARATORS)
    return crumb[cut + 1 :].strip(SPACES) if cut >= 0 else ""


def _wrapped_line(view: str, lines: list[Span], index: int, title: Span) -> Span | None:
    """The second line of a headline wrapped over two lines, else ``None``.

    The first line leaves a bracket open that the second closes (…印发《关于加快发展 /
    县域富民产业的实施意见》), or the second line is the kind of the document the
    first names (…国民经济和社会发展 / 统计公报, …三年行动 / 实施方案（2024—2026年）).
    """
    if index + 1 >= len(lines):
        return None
    line = lines[index]
    first, second = view[title[0] : title[1]], view[line[0] : line[1]]
    if len(first) + len(second) > lex.TITLE_MAX_LENGTH or view.startswith(lex.SUBTITLE_DASHES, *line):
        return None
    if not _is_headline(view, *line) and not _opens_with_kind(second):
        return None
    for opener, closer in (("《", "》"), ("“", "”"), ("(", ")"), ("「", "」")):
        if first.count(opener) > first.count(closer) and second.count(closer) > second.count(opener):
            return line
    if _opens_with_kind(second) and not first.endswith(furniture_lex.DOCUMENT_KINDS):
        return line
    if (
        second.rstrip(")0123456789-—年").endswith(furniture_lex.DOCUMENT_KINDS)
        and "关于" in first
        and not first.endswith(furniture_lex.DOCUMENT_KINDS)
    ):
        return line
    return None


def _opens_with_kind(line: str) -> bool:
    """True for a line that is a document kind, perhaps with its period: 实施方案（2024—2026年）, 统计公报."""
    head = line.split("(", 1)[0].strip()
    return 0 < len(head) <= 6 and head.endswith(furniture_lex.DOCUMENT_KINDS) and head in furniture_lex.DOCUMENT_KINDS


def _subtitle_continuation(view: str, lines: list[Span], index: int, subtitle: Span) -> Span | None:
    """The second line of a dashed subtitle wrapped over two lines (…人民代表大会 / 第四次会议上)."""
    if index >= len(lines) or not view.startswith(lex.SUBTITLE_DASHES, lines[index - 1][0]):
        return None
    line = lines[index]
    text = view[line[0] : line[1]]
    if len(text) > furniture_lex.SUBTITLE_CONTINUATION_MAX or any(mark in text for mark in "。,;:，；："):
        return None
    if not text.endswith(furniture_lex.SUBTITLE_CLOSINGS) or view[subtitle[0] : subtitle[1]].endswith(
        furniture_lex.SUBTITLE_CLOSINGS
    ):
        return None
    return line


def repeats_title(line: str, title: str) -> bool:
    """True when ``line`` is ``title`` written again: the same but for spaces, script and width.

    A page title may also carry the site's name after a separator
    (标题_某市人民政府, 标题 - 某县人民政府), which the line need not repeat.

    >>> repeats_title("我县召开防汛抗旱工作会议", "我县召开防汛抗旱工作会议_某县人民政府")
    True
    >>> repeats_title("會議要求", "会议要求各乡镇压实责任")
    False
    """
    line, title = _squeezed(line), _squeezed(title)
    if len(line) < lex.TITLE_MIN_LENGTH:
        return False
    return title == line or (title.startswith(line) and title[len(line)] in _SITE_SEPARATORS)


# What stands between a page title and the site name after it.
_SITE_SEPARATORS = "_-|—–·:"


def _squeezed(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch not in SPACES)


def choose_title(view: str, headline: Span | None, labelled: Span | None) -> Span | None:
    """The title: the ``headline``, else the value of a ``标题:`` label, without a column tag."""
    title = headline if headline is not None else labelled
    if title is not None:
        title = _untagged(view, title)
    return title


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


def _is_headline(view: str, start: int, end: int, *, allow_dash: bool = False) -> bool:
    if allow_dash:
        for dash in lex.SUBTITLE_DASHES:
            if view.startswith(dash, start, end):
                start = start + len(dash)
                break
        while start < end and view[start] in SPACES:
            start += 1
    line = view[start:end]
    if not lex.TITLE_MIN_LENGTH <= len(line) <= lex.TITLE_MAX_LENGTH:
        return False
    if line[-1] in lex.TITLE_FORBIDDEN_ENDINGS or any(ch in line for ch in lex.TITLE_FORBIDDEN_INSIDE):
        return False
    if not any(is_han(ch) or ch.isalpha() for ch in line):
        return False
    if label_matches(view, start, end) or date_led(view, start, end) is not None:
        return False
    if is_crumb(view, start, end) or is_noise(view, start, end, need_word=False):
        return False
    if is_document_number(view, start, end) or _heading_marker_pattern().match(view, start, end):
        return False
    if match_dateline(view, start, end) is not None or parse_byline(view, start, end) is not None:
        return False
    return not is_account_line(view, start, end)


def _is_header_line(view: str, span: Span) -> bool:
    return (
        is_metadata_line(view, *span)
        or is_crumb(view, *span)
        or is_noise(view, *span, need_word=False)
        or is_document_number(view, *span)
        or parse_byline(view, *span) is not None
    )


def _subtitle(view: str, lines: list[Span], index: int, title: Span) -> Span | None:
    """The line after the title when it reads as a subtitle."""
    if index >= len(lines):
        return None
    line = lines[index]
    if same_text(view, line, title) or not _is_headline(view, *line, allow_dash=True):
        return None
    if view.startswith(lex.SUBTITLE_DASHES, *line):
        start = line[0]
        while start < line[1] and (view.startswith(lex.SUBTITLE_DASHES, start) or view[start] in SPACES):
            start += 1
        return (start, line[1])
    if is_issuer(view, line):
        return None
    if index + 1 < len(lines):
        after = lines[index + 1]
        if same_text(view, after, title) or _is_header_line(view, after):
            return line
    return None


def _is_column(view: str, start: int, end: int) -> bool:
    """True for a site's column name standing above the headline (县域新闻, 政务要闻)."""
    start, end = trimmed(view, start, end)
    name = view[start:end]
    return (
        0 < len(name) <= lex.COLUMN_MAX_LENGTH
        and all(is_han(ch) for ch in name)
        and name.endswith(lex.COLUMN_ENDINGS)
    )


def _untagged(view: str, title: Span) -> Span:
    """The title without a bracketed column tag before it (【营商环境】我区…)."""
    start, end = title
    if view.startswith("【", start) or view.startswith("[", start):
        close = view.find("】" if view[start] == "【" else "]", start + 1, min(end, start + lex.TITLE_TAG_MAX_LENGTH + 2))
        if close > start + 1:
            rest = trimmed(view, close + 1, end)
            if rest[1] - rest[0] >= lex.TITLE_MIN_LENGTH and "【" not in view[rest[0] : rest[1]]:
                return rest
    return title

