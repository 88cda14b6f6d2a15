"""Page layout of a text converted from PDF: wrapped lines, page furniture, converter spaces.

A PDF converter writes every printed line on a line of its own, so a
sentence runs over several lines; the page numbers (— 3 —, 第3页 共10页) and a
running header (the title repeated at each page top) fall between them, even
inside a sentence; and numbers often come with spaces around them
(地区生产总值 340 亿元, 第 54 位) or between their characters (百 分 之 2.4).  :func:`analyze` reads the lines of a whole
document once and says

* which lines are page furniture (``Layout.furniture``): never a paragraph,
  a theme or a quantity;
* which line breaks are soft (``Layout.joins``): the line below continues the
  line above, because the line above runs to the document's common line
  length without closing punctuation (or, in a document that indents its
  paragraphs, because the line below is not indented) and the line below opens
  with no heading marker.  A clean release (one line per paragraph) has no
  common line length, so none of its breaks is soft.

:func:`reading_view` gives the stages that read sentences (quantities) the text with the
layout whitespace taken out and a map back to the original offsets, so a
surface is always the exact original substring, break or space included.
:func:`display_text` gives the display form of such a surface.

Offsets everywhere are offsets of the text given; nothing is copied unless
there is layout to take out.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .lexicon import headings as heading_lex
from .lexicon import layout as lex
from .lexicon import numerals as numeral_lex

__all__ = ["Layout", "View", "analyze", "display_text", "reading_view"]

_LINE_SEPARATORS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


def _is_blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


@dataclass(frozen=True, slots=True)
class Layout:
    """What :func:`analyze` found: line starts are offsets of a line's first non-blank character."""

    joins: frozenset[int] = frozenset()  # lines that continue the content line above them
    across: frozenset[int] = frozenset()  # joins whose gap holds page furniture
    continues: dict[int, int] = field(default_factory=dict)  # joined line start -> end of the line it continues
    furniture: tuple[tuple[int, int], ...] = ()  # (start, end) of each furniture line, in order
    furniture_starts: frozenset[int] = frozenset()

    @property
    def plain(self) -> bool:
        """True when the text has neither soft breaks nor furniture (every clean release)."""
        return not self.joins and not self.furniture


EMPTY = Layout()


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # first non-blank character
    end: int  # one past the last non-blank character
    indented: bool
    blank_before: bool  # a blank line (or several breaks) separates it from the content line above


@lru_cache(maxsize=1)
def _line_pattern() -> regex.Pattern[str]:
    return regex.compile(f"[^{regex.escape(_LINE_SEPARATORS)}]+")


@lru_cache(maxsize=1)
def _page_number_pattern() -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{p})" for p in lex.PAGE_NUMBER_PATTERNS))


@lru_cache(maxsize=1)
def _heading_opening_pattern() -> regex.Pattern[str]:
    """A heading marker, bullet or dash leader at a line start: such a line always opens a paragraph."""
    numerals = regex.escape(heading_lex.HEADING_NUMERALS)
    opening = regex.escape("".join(pair[0] for pair in heading_lex.MARKER_BRACKETS))
    closing = regex.escape("".join(pair[1] for pair in heading_lex.MARKER_BRACKETS))
    punct = regex.escape("".join(heading_lex.LIST_MARKER_PUNCTUATION))
    words = "|".join(regex.escape(w) for w in (*heading_lex.PART_WORDS, *heading_lex.CHAPTER_SECTION_WORDS,
                                               *heading_lex.ARTICLE_WORDS))
    marks = regex.escape(heading_lex.BULLET_MARKS + heading_lex.CIRCLED_DIGITS
                         + heading_lex.PARENTHESIZED_HAN_NUMBERS + heading_lex.PARENTHESIZED_DIGITS)
    dashes = "|".join(regex.escape(d) for d in heading_lex.DASH_LEADERS if len(d) > 1)
    return regex.compile(
        rf"""(?:
              [{numerals}]{{1,4}} [{punct}] (?! [{numerals}] [、季月年等] )   # 一、 (not 一、二季度)
            | [{opening}] \s* (?: [{numerals}]{{1,4}} | [0-9]{{1,2}} ) \s* [{closing}]  # (一) (1)
            | [0-9]{{1,2}} [{punct}] (?! [0-9] )                               # 1. 1、 (not 1.5)
            | 第 [{numerals}]{{1,4}} (?: {words} )                              # 第一章 第二部分 第三条
            | [{marks}]                                                          # ■ ① ㈠ ⑴
            | {dashes}                                                           # ——
        )""",
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _number_space_pattern() -> regex.Pattern[str]:
    """Spaces a converter put around a number (340 亿元, 第 54 位, 6.5 %), on folded text."""
    edge = regex.escape(lex.NUMBER_EDGE_CHARACTERS)
    spaced = regex.escape(numeral_lex.SPACED_NUMERAL_CHARACTERS)
    return regex.compile(
        rf"(?<=[{edge}]) +(?=\p{{Han}})|(?<=\p{{Han}}) +(?=[0-9])|(?<=[0-9]) +(?=[%‰])"
        rf"|(?<=[{spaced}]) +(?=[{spaced}])"  # 百 分 之, 一 百 五 十 个 百 分 点
    )


def _width(line: str) -> int:
    """Printed width: two for a CJK or full-width character, one for the rest."""
    return 2 * len(line) - len(line.encode("latin-1", "ignore"))


def _lines(folded: str) -> list[_Line]:
    lines: list[_Line] = []
    previous_end = 0
    blank = False
    for match in _line_pattern().finditer(folded):
        raw_start, end = match.span()
        gap = folded[previous_end:raw_start]
        if len(gap) - gap.count("\r\n") > 1:
            blank = True
        start = raw_start
        while start < end and _is_blank(folded[start]):
            start += 1
        previous_end = end
        if start == end:
            blank = True
            continue
        while _is_blank(folded[end - 1]):
            end -= 1
        indented = start > raw_start and any(ch in lex.INDENT_CHARACTERS for ch in folded[raw_start:start])
        lines.append(_Line(start, end, indented, blank and bool(lines)))
        blank = False
    return lines


def analyze(text: str, folded: str) -> Layout:
    """The layout of a whole document (``folded`` is ``fold(text)``).

    >>> from govextract.normalize import fold
    >>> text = ("一、总体要求\\n" + "到二〇二六年，全市营商环境评价排名进入全省前列，市场主体总量突破四十五万\\n"
    ...         + "户，年均新增企业一万二千户以上，企业开办全流程压缩至一个工作日以内，工程\\n" + "- 1 -\\n"
    ...         + "建设项目审批时间压减至六十个工作日以内，政务服务事项全程网办率进一步提高，\\n"
    ...         + "群众满意度持续提升。\\n")
    >>> layout = analyze(text, fold(text))
    >>> [text[s:e] for s, e in layout.furniture]
    ['- 1 -']
    >>> sorted(text[s:s + 2] for s in layout.joins), sorted(text[s:s + 2] for s in layout.across)
    (['建设', '户，', '群众'], ['建设'])
    """
    lines = _lines(folded)
    if len(lines) < 2:
        return EMPTY
    furniture = _furniture(folded, lines)
    content = [line for n, line in enumerate(lines) if n not in furniture]
    widths = [_width(text[line.start:line.end]) + _width(text[_raw_start(folded, line):line.start])
              for line in content]
    threshold = _full_width(folded, content, widths)
    joins: set[int] = set()
    across: set[int] = set()
    continues: dict[int, int] = {}
    if threshold is not None:
        indented_doc = _indents_paragraphs(content, widths, threshold)
        furniture_starts = sorted(lines[n].start for n in furniture)
        opening = _heading_opening_pattern()
        for n in range(len(content) - 1):
            above, below = content[n], content[n + 1]
            if widths[n] < threshold:
                continue
            has_furniture = bisect_right(furniture_starts, below.start) > bisect_right(furniture_starts, above.end)
            if below.blank_before and not has_furniture:
                continue  # a blank line ends a paragraph
            if opening.match(folded, below.start, below.end):
                continue  # a heading, a bullet or a dash item opens its own paragraph
            closed = _ends_closed(folded, above)
            if indented_doc:
                if below.indented:
                    continue
                if closed and not _ends_closed(folded, below) and widths[n + 1] < threshold:
                    continue  # an unindented short line after a finished sentence: a heading
            elif closed:
                continue
            joins.add(below.start)
            continues[below.start] = above.end
            if has_furniture:
                across.add(below.start)
    return Layout(
        joins=frozenset(joins), across=frozenset(across), continues=continues,
        furniture=tuple((lines[n].start, lines[n].end) for n in sorted(furniture)),
        furniture_starts=frozenset(lines[n].start for n in furniture),
    )


def _raw_start(folded: str, line: _Line) -> int:
    """Where the line's indentation begins."""
    i = line.start
    while i > 0 and folded[i - 1] in lex.INDENT_CHARACTERS:
        i -= 1
    return i


def _ends_closed(folded: str, line: _Line) -> bool:
    end = line.end
    while end > line.start and folded[end - 1] in lex.CLOSING_TRAILERS:
        end -= 1
    return end > line.start and folded[end - 1] in lex.CLOSING_PUNCTUATION


def _furniture(folded: str, lines: list[_Line]) -> set[int]:
    """Indexes of the page-number lines and of the running headers or footers beside them."""
    pattern = _page_number_pattern()
    numbers = {n for n, line in enumerate(lines)
               if line.end - line.start <= 24 and pattern.fullmatch(folded, line.start, line.end)}
    if not numbers:
        return numbers
    short = Counter(_squeezed(folded, line) for line in lines if line.end - line.start <= lex.RUNNING_HEADER_MAX_LENGTH)
    title = ""
    titles = set()
    for line in lines[: lex.TITLE_LINES]:
        title += _squeezed(folded, line)
        titles.add(title)
    found = set(numbers)
    for n in numbers:
        for m in (n - 1, n + 1):
            if m < lex.TITLE_LINES or m >= len(lines) or m in found:
                continue
            line = lines[m]
            if line.end - line.start > lex.RUNNING_HEADER_MAX_LENGTH:
                continue
            squeezed = _squeezed(folded, line)
            if any(ch in heading_lex.SENTENCE_TERMINATORS for ch in squeezed):
                continue
            if short[squeezed] >= lex.RUNNING_HEADER_MIN_REPEATS or squeezed in titles:
                found.add(m)
    return found


def _squeezed(folded: str, line: _Line) -> str:
    return "".join(folded[line.start:line.end].split())


def _full_width(folded: str, lines: list[_Line], widths: list[int]) -> int | None:
    """The width from which a line counts as full, or None when the text is not hard-wrapped."""
    if len(lines) < lex.WRAPPED_MIN_LINES:
        return None
    ordered = sorted(widths)
    best_count, best_width, low = 0, 0, 0
    for high, width in enumerate(ordered):
        tolerance = max(lex.LINE_TOLERANCE_MIN, width // lex.LINE_TOLERANCE_DIVISOR)
        while ordered[low] < width - tolerance:
            low += 1
        if high - low + 1 >= best_count:
            best_count, best_width = high - low + 1, width
    if best_width < lex.WRAPPED_MIN_WIDTH or best_count < lex.WRAPPED_MIN_LINES:
        return None
    if best_count < lex.WRAPPED_MIN_SHARE * len(lines):
        return None
    tolerance = max(lex.LINE_TOLERANCE_MIN, best_width // lex.LINE_TOLERANCE_DIVISOR)
    if len(ordered) - bisect_right(ordered, best_width + tolerance) > lex.WRAPPED_MAX_WIDER_SHARE * len(lines):
        return None  # the page width caps a wrapped text: few lines run past the common length
    threshold = best_width - tolerance
    broken = sum(1 for line, width in zip(lines, widths, strict=True)
                 if width >= threshold and not _ends_closed(folded, line))
    return threshold if broken >= lex.WRAPPED_MIN_BROKEN else None


def _indents_paragraphs(lines: list[_Line], widths: list[int], threshold: int) -> bool:
    """True when paragraphs open indented and the lines that continue them do not."""
    indented = sum(1 for line in lines if line.indented)
    flush_full = sum(1 for line, width in zip(lines, widths, strict=True) if not line.indented and width >= threshold)
    return indented >= lex.INDENTED_MIN_LINES and flush_full >= lex.INDENTED_MIN_LINES


# --- the reading view ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class View:
    """``text[start:end]`` with layout whitespace and furniture taken out, and the way back.

    ``text`` and ``folded`` are the shortened copies; ``starts`` are the view
    offsets where each kept piece begins and ``origins`` the original offsets
    of those pieces.
    """

    text: str
    folded: str
    starts: tuple[int, ...]
    origins: tuple[int, ...]
    removed: tuple[tuple[int, int], ...]  # original (start, end) of each furniture line taken out

    def original(self, offset: int) -> int:
        """The original offset of the view character at ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        return self.origins[i] + offset - self.starts[i]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the view span ``[start, end)`` (what was taken out inside included)."""
        if end <= start:
            at = self.original(start) if start < len(self.text) else self.original(start - 1) + 1
            return at, at
        return self.original(start), self.original(end - 1) + 1

    def holds_furniture(self, start: int, end: int) -> bool:
        """True when the original span ``[start, end)`` contains a furniture line."""
        i = bisect_right(self.removed, (start, -1))
        return i < len(self.removed) and self.removed[i][0] < end


def reading_view(text: str, folded: str, start: int, end: int, layout: Layout) -> View | None:
    """The view of ``text[start:end]`` for sentence readers, or None when there is nothing to take out.

    Taken out: the line break (and indentation) of each soft break whose gap
    holds no furniture, the furniture lines themselves (the breaks around them
    stay, so a clause never runs across a page number) and the spaces a
    converter put around numbers.

    >>> from govextract.normalize import fold
    >>> text = "地方财政收入 46.57 亿\\n元"
    >>> layout = Layout(joins=frozenset({len(text) - 1}), continues={len(text) - 1: len(text) - 2})
    >>> view = reading_view(text, fold(text), 0, len(text), layout)
    >>> view.text, view.original_span(6, 13), text[7:16]
    ('地方财政收入46.57亿元', (7, 16), '46.57 亿\\n元')
    """
    cuts: list[tuple[int, int]] = []
    for join in layout.joins:
        above_end = layout.continues[join]
        if start <= above_end and join <= end and join not in layout.across:
            cuts.append((above_end, join))
    removed = tuple((s, e) for s, e in layout.furniture if start <= s and e <= end)
    cuts.extend(removed)
    cuts.extend((start + m.start(), start + m.end()) for m in _number_space_pattern().finditer(folded[start:end]))
    if not cuts:
        return None
    cuts.sort()
    pieces_text: list[str] = []
    pieces_folded: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    at, length = start, 0
    for cut_start, cut_end in cuts:
        if cut_start > at:
            starts.append(length)
            origins.append(at)
            pieces_text.append(text[at:cut_start])
            pieces_folded.append(folded[at:cut_start])
            length += cut_start - at
        at = max(at, cut_end)
    if at < end or not starts:
        starts.append(length)
        origins.append(at)
        pieces_text.append(text[at:end])
        pieces_folded.append(folded[at:end])
    return View("".join(pieces_text), "".join(pieces_folded), tuple(starts), tuple(origins), removed)


# --- display -------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _display_pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"""
          (?P<spaced> (?<= (?:^|[^\p{Han}]) \p{Han} ) [ \u3000\xa0]+ (?= \p{Han} (?: [ \u3000\xa0]+ \p{Han} )* (?:[^\p{Han}]|$) ) )
        | (?P<wide> [ \t\u3000\xa0]* [\r\n\f\v\u2028\u2029]+ [ \t\u3000\xa0]* )
        | (?P<number> (?<= [0-9０-９%％‰] ) [ \u3000\xa0]+ (?= \p{Han} ) | (?<= \p{Han} ) [ \u3000\xa0]+ (?= [0-9０-９] )
                      | (?<= [0-9０-９] ) [ \u3000\xa0]+ (?= [%％‰] ) )
        """,
        regex.VERBOSE,
    )


def display_text(surface: str) -> str:
    """The display form of a surface: the layout whitespace of a converted page taken out.

    A line break is taken out (between two words of a Latin script it becomes
    one space); so are the spaces a converter puts around a number and between
    the characters of a spaced-out heading.  A space between two words stays.

    >>> display_text("24.87 亿\\n元"), display_text("总 体 要 求"), display_text("第 54 位")
    ('24.87亿元', '总体要求', '第54位')
    >>> display_text("青岚市优化营商环境三年行动\\n实施方案"), display_text("坚持数字先行 山东省数字政府")
    ('青岚市优化营商环境三年行动实施方案', '坚持数字先行 山东省数字政府')
    """
    if not isinstance(surface, str):
        raise TypeError(f"display_text() takes a str, not {type(surface).__name__}")

    def replace(match: regex.Match[str]) -> str:
        if match.lastgroup == "wide":
            before = surface[match.start() - 1] if match.start() else ""
            after = surface[match.end()] if match.end() < len(surface) else ""
            if before and after and _is_latin(before) and _is_latin(after):
                return " "
        return ""

    return _display_pattern().sub(replace, surface).strip()


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()
