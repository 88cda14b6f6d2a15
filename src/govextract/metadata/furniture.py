"""Page furniture above the headline of a web capture, and a page title's site suffix.

Stage: the folded text and its lines come in; predicates over a line tell the
furniture a crawler saves above an article -- menu rows (首页 | 政务公开 | 互动交流,
首页　政务公开　政务服务), accessibility, language, account and search rows
(无障碍 | 繁体 | English | 登录, 加入收藏夹 | 设为首页, Skip to main content), lines
in English only, pointer lines ((点击查阅更多…)) -- and the names a site prints
above it (江西省人民政府门户网站, 新华网 江苏频道), which are furniture only when a
headline or header follows.  :func:`page_title_parts` splits a page title with a
site suffix (政府工作报告_青岚市人民政府, 标题 - 香港特別行政區政府新聞公報) into the
headline and the site, which is the outlet when the page names no other.

Why our own code: the layouts of Chinese government portals and news sites are
the domain; the words come from :mod:`govextract.lexicon.page_furniture`, the
rules stay here.

Package-internal API: :func:`is_furniture`, :func:`is_site_name`,
:func:`page_title_parts`, :func:`is_english_line`.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import page_furniture as lex
from .text import SPACES, Span, alternation, is_han, trimmed


@lru_cache(maxsize=1)
def _access_pattern() -> regex.Pattern:
    return regex.compile(alternation(lex.ACCESS_WORDS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _menu_split_pattern() -> regex.Pattern:
    marks = "".join(regex.escape(mark) for mark in lex.MENU_SEPARATORS)
    return regex.compile(rf"\s*[{marks}]\s*|[ \t]{{2,}}")


@lru_cache(maxsize=1)
def _separator_free_pattern() -> regex.Pattern:
    marks = "".join(regex.escape(mark) for mark in lex.MENU_SEPARATORS)
    return regex.compile(rf"[\s{marks}\p{{P}}\p{{S}}]+")


def is_menu_row(view: str, start: int, end: int) -> bool:
    """A row of short menu items: 首页 | 本地新闻 | 乡镇动态, 国务院　总理　新闻　政策."""
    items = [item for item in _menu_split_pattern().split(view[start:end]) if item.strip(SPACES)]
    if len(items) < lex.MENU_MIN_ITEMS:
        # single spaces (a folded 　) between words of two characters or more: 国务院 总理 新闻 政策
        items = view[start:end].split()
        if len(items) < lex.MENU_MIN_SPACED_ITEMS or any(len(item) < 2 for item in items):
            return False
    return all(len(item) <= lex.MENU_ITEM_MAX and not any(ch in item for ch in "。,;:!?，；：") for item in items)


def is_access_row(view: str, start: int, end: int) -> bool:
    """A row of accessibility, language, account and search links (无障碍 | 繁体 | English | 登录)."""
    if end - start > 80 or _access_pattern().search(view, start, end) is None:
        return False
    rest = _access_pattern().sub("", view[start:end])
    return not _separator_free_pattern().sub("", rest)


def is_english_line(view: str, start: int, end: int) -> bool:
    """A line in English only (Skip to main content) above a Chinese article."""
    line = view[start:end]
    return any(ch.isalpha() for ch in line) and all(ch.isascii() for ch in line)


def is_pointer_line(view: str, start: int, end: int) -> bool:
    """A whole bracketed line pointing elsewhere: (点击查阅更多2024年地方政府工作报告)."""
    start, end = trimmed(view, start, end)
    if end - start > lex.POINTER_MAX_LENGTH or end - start < 3:
        return False
    if view[start] not in "(【[" or view[end - 1] not in ")】]":
        return False
    return any(cue in view[start:end] for cue in lex.POINTER_CUES)


def is_furniture(view: str, start: int, end: int) -> bool:
    """True for a line that is page furniture wherever it stands above the headline."""
    return (
        is_menu_row(view, start, end)
        or is_access_row(view, start, end)
        or is_english_line(view, start, end)
        or is_pointer_line(view, start, end)
    )


def is_site_name(view: str, start: int, end: int) -> bool:
    """A site's name: short, Chinese, ending like a portal, outlet or channel (新华网 江苏频道)."""
    start, end = trimmed(view, start, end)
    name = "".join(ch for ch in view[start:end] if ch not in SPACES)
    if not 2 < len(name) <= lex.SITE_MAX_LENGTH or not all(is_han(ch) for ch in name):
        return False
    return name.endswith(lex.SITE_ENDINGS) and view[start:end].count(" ") <= 1


def page_title_parts(view: str, line: Span) -> tuple[Span, Span] | None:
    """The headline and the site of a page title with a site suffix (标题_某市人民政府), else ``None``."""
    start, end = line
    best: tuple[Span, Span] | None = None
    for separator in lex.SITE_SEPARATORS:
        at = view.rfind(separator, start, end)
        if at <= start:
            continue
        head = trimmed(view, start, at)
        site = trimmed(view, at + len(separator), end)
        if head[1] - head[0] < 4 or not is_site_name(view, *site):
            continue
        if best is None or site[1] - site[0] > best[1][1] - best[1][0]:
            best = (head, site)
    return best
