"""Section structure of a release body: headings, themes, nesting and points.

The body is read paragraph by paragraph (one line is one paragraph).  A
paragraph opens a section when it is

* a marked heading: 第一部分 / 一、 / （一） / 1. 1、 / （1） / ① at its start,
  each style with a fixed ``level`` (see ``lexicon.headings.HEADING_LEVELS``);
* an ordinal heading 第一，… at its start, one level below the enclosing
  marked heading (level 1 when there is none);
* an article of a regulation, 第一条 followed by a space or colon, one level
  below the enclosing chapter (第一章, level 1) or 第一节 (level 2); an
  article keeps its marker and has no theme, since a provision is no title;
* a standalone subheading: a short line without sentence punctuation between
  two paragraphs, one level below the enclosing marked heading;
* two such lines in a row above a paragraph: a subheading and one below it
  (a longer run of short lines stays a list, a table or a signature); a line
  wholly inside 【…】 is a subheading themed by its inside;
* a bullet (■ ◆ ● ▲ …) before a short line above a paragraph: a heading one
  level below the enclosing one, with the bullet as its marker;
* a paragraph whose lead sentence states its theme (政务服务水平持续提升。…),
  one level below the enclosing heading of any other kind.  The device is a
  pattern, so a document needs ``MIN_LEAD_THEMES`` such paragraphs before any
  of them counts; a lone one counts only as a status report (subject + trend
  adverb + short result) in one of the first two paragraphs of a longer body.

A section runs until the next heading of the same or a higher (smaller)
level; paragraphs without a heading of their own belong to the section
opened last.  Text before the first heading is a section without theme.

Never headings: the addressee line of an official document (各市人民政府：),
``label: value`` lines (联系电话：…), a speaker's title and name before a colon
in a transcript (副主任王强：…), and the numbered items of an attachment list
(附件：1．… / 2．…), which stays in the body because it precedes the signature.

Points are enumerated items inside the paragraphs a section owns directly:
一是/二是…, 第一是/第二，…, 首先是/其次是/最后是, 一方面/另一方面, and
paragraphs led by a dash (——统一规划，创新发展。) or a bullet (◆ 鼓励…。), and
dashes after a colon or semicolon inside a paragraph (包括：——甲；——乙。).  A label counts only at
the start of a clause and only as part of a list: a run 一是, 二是 … or
first word plus a follower, at least two items in one section.  Dash-led
items are points, not headings: they are parallel principles inside one
section and rarely carry text of their own below them.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from .enclosures import find_enclosures
from .lexicon import headings as lex
from .models import Point, Section
from .normalize import checked_range

_MARKER = "marker"  # 第一部分 / 一、 / (一) / 1. / (1) / ①
_ORDINAL = "ordinal"  # 第一，at paragraph start
_SUBHEADING = "subheading"  # a short standalone line
_STACKED = "stacked"  # a short standalone line right below a subheading
_BULLET = "bullet"  # a short line led by a bullet (■ 保障用地需求)
_LEAD = "lead"  # a lead sentence that states the paragraph's theme
_ARTICLE = "article"  # 第一条 of a regulation

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


@dataclass(frozen=True)
class _Paragraph:
    start: int  # first non-space character
    end: int  # one past the last non-space character


@dataclass(frozen=True)
class _Heading:
    paragraph: int  # index into the paragraph list
    kind: str
    level: int  # absolute for marked headings, 0 (to be resolved) otherwise
    marker_end: int  # end of the marker; the paragraph start when there is none
    theme_start: Optional[int]
    theme_end: Optional[int]


@dataclass(frozen=True)
class _Candidate:
    family: str  # numbered, ordinal, sequence, aspect, dash
    rank: int  # number of the item (numbered families); 1 for a list opener, 2 for a follower
    label_start: int
    label_end: int
    paragraph: int


# --- patterns ------------------------------------------------------------------------------------


def _char_class(chars: str) -> str:
    return "[" + "".join(regex.escape(ch) for ch in chars) + "]"


def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _marker_pattern() -> regex.Pattern[str]:
    """Marked headings, matched at a paragraph start on folded text."""
    han = f"{_char_class(lex.HEADING_NUMERALS)}{{1,{lex.MAX_MARKER_NUMERAL_LENGTH}}}"
    digits = f"[0-9]{{1,{lex.MAX_MARKER_DIGITS}}}"
    opening = _char_class("".join(pair[0] for pair in lex.MARKER_BRACKETS))
    closing = _char_class("".join(pair[1] for pair in lex.MARKER_BRACKETS))
    list_punct = _char_class("".join(lex.LIST_MARKER_PUNCTUATION))
    return regex.compile(
        rf"""
        (?:
            (?P<part> 第 {han} {_alternation(lex.PART_WORDS)} )              # 第一部分 / 第二章
          | (?P<chapter_section> 第 {han} {_alternation(lex.CHAPTER_SECTION_WORDS)} )  # 第一节
          | (?P<article> 第 {han} {_alternation(lex.ARTICLE_WORDS)}         # 第一条, then a space or colon
                (?= {_char_class(lex.ARTICLE_FOLLOWERS)} ) )
          | (?P<han_list> {han} {list_punct} )                               # 一、
            (?! {han} [、季月年等] )                                          #   not 一、二季度
          | (?P<han_bracket> {opening} {han} {closing}                       # (一) （一） 〔一〕
                | {_char_class(lex.PARENTHESIZED_HAN_NUMBERS)} )            #   ㈠
          | (?P<digit_list> {digits} {list_punct} ) (?! [0-9] )              # 1. 1、, not 1.5 or 1、2月
          | (?P<digit_bracket> {opening} {digits} {closing}                  # (1) （1）
                | {_char_class(lex.PARENTHESIZED_DIGITS)} )                 #   ⑴
          | (?P<circled> {_char_class(lex.CIRCLED_DIGITS)} )                 # ①
          | (?P<ordinal> 第 {han} {_char_class("".join(lex.ORDINAL_HEADING_PUNCTUATION))} )  # 第一，
        )
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _point_pattern() -> regex.Pattern[str]:
    """Point labels anywhere on folded text; the clause-start check is done by the caller."""
    numeral = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    blockers = _alternation(lex.NUMBERED_POINT_BLOCKERS)
    ordinal_followers = _alternation(tuple(f for f in lex.ORDINAL_POINT_FOLLOWERS if f != "是"))
    sequence_followers = _alternation(tuple(f for f in lex.SEQUENCE_POINT_FOLLOWERS if f != "是"))
    return regex.compile(
        rf"""
        (?P<aspect_next> {_alternation(lex.ASPECT_POINT_NEXT)} )                  # 另一方面
      | (?P<aspect_first> {_alternation(lex.ASPECT_POINT_FIRST)} )                # 一方面
      | (?P<ordinal> {regex.escape(lex.ORDINAL_POINT_PREFIX)} (?P<ordinal_number> {numeral} )
            (?: 是 | (?= {ordinal_followers} ) ) )                                # 第一是 / 第二，
      | (?P<sequence_first> {_alternation(lex.SEQUENCE_POINT_FIRST)}
            (?: 是 | (?= {sequence_followers} ) ) )                               # 首先是 / 首先，
      | (?P<sequence_next> {_alternation(lex.SEQUENCE_POINT_NEXT)}
            (?: 是 | (?= {sequence_followers} ) ) )                               # 其次是 / 最后，
      | (?P<numbered> (?P<numbered_number> {numeral} ) {regex.escape(lex.NUMBERED_POINT_SUFFIX)} )
            (?! {blockers} )                                                      # 一是, not 一是否
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _trend_pattern() -> regex.Pattern[str]:
    """A status sentence: subject, trend adverb, short result (营商环境持续优化)."""
    shortest, longest = lex.LONE_LEAD_RESULT_LENGTH
    return regex.compile(
        rf"""
        (?P<subject> .*? (?: \p{{Han}} .*? ){{{lex.LONE_LEAD_SUBJECT_MIN_HAN},}} )  # 全省经济 / “放管服”改革
        {_alternation(lex.LONE_LEAD_TREND_ADVERBS)}                               # 持续 / 稳中
        \p{{Han}}{{{shortest},{longest}}}                                            # 提升 / 向好
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _speaker_pattern() -> regex.Pattern[str]:
    """A speaker's title and name that end a colon-closed lead-in (副主任王强)."""
    shortest, longest = lex.SPEAKER_NAME_LENGTH
    return regex.compile(rf"{_alternation(lex.SPEAKER_TITLES)} \p{{Han}}{{{shortest},{longest}}} $", regex.VERBOSE)


@lru_cache(maxsize=1)
def _han_date_pattern() -> regex.Pattern[str]:
    return regex.compile(r"[〇零一二三四五六七八九十]{1,4}[年月日号]")


@lru_cache(maxsize=1)
def _date_line_pattern() -> regex.Pattern[str]:
    return regex.compile(r"[\d〇零一二三四五六七八九十年月日号时分秒:\-./ ]+")


@lru_cache(maxsize=1)
def _han_pattern() -> regex.Pattern[str]:
    return regex.compile(r"\p{Han}")


def _chinese_number(numeral: str) -> int:
    digits = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if "十" not in numeral:
        return digits.get(numeral, 0)
    tens, _, ones = numeral.partition("十")
    return digits.get(tens, 1) * 10 + digits.get(ones, 0)


# --- public entry --------------------------------------------------------------------------------


def find_sections(text: str, folded: str, start: int, end: int) -> list[Section]:
    """Return the sections of the body ``text[start:end]`` in document order.

    ``folded`` is ``fold(text)``; offsets index ``text``.  Never raises on a
    ``str`` whose fold is ``folded``; out-of-range bounds are clamped.

    >>> from govextract.normalize import fold
    >>> body = "引言段落，说明背景。\\n一、总体要求\\n（一）加强组织领导。各地要落实责任。\\n"
    >>> [(s.index, s.level, s.parent, s.marker, s.theme) for s in find_sections(body, fold(body), 0, len(body))]
    [(0, 1, None, None, None), (1, 1, None, '一、', '总体要求'), (2, 2, 1, '（一）', '加强组织领导')]
    """
    start, end = checked_range(text, folded, start, end, "find_sections")
    end = max(start, end)
    paragraphs = _split_paragraphs(folded, start, end)
    while paragraphs and _is_navigation(folded[paragraphs[0].start : paragraphs[0].end]):
        paragraphs.pop(0)
    if not paragraphs:
        return []
    inside = _quoted_positions(folded, start, end)
    headings = _find_headings(text, folded, paragraphs, inside)
    return _build_sections(text, folded, paragraphs, headings, inside)


# --- paragraphs ----------------------------------------------------------------------------------


def _is_blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def _split_paragraphs(folded: str, start: int, end: int) -> list[_Paragraph]:
    paragraphs = []
    lines = regex.finditer(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+", folded[start:end])
    for line in lines:
        s, e = start + line.start(), start + line.end()
        while s < e and _is_blank(folded[s]):
            s += 1
        while e > s and _is_blank(folded[e - 1]):
            e -= 1
        if s < e:
            paragraphs.append(_Paragraph(s, e))
    return paragraphs


def _is_navigation(line: str) -> bool:
    """True for a crumb trail or a line of web controls (only ever skipped at the body start)."""
    if any(cue in line for cue in lex.NAVIGATION_CUES):
        return True
    if lex.NAVIGATION_HOME in line and any(sep in line for sep in lex.NAVIGATION_SEPARATORS):
        return True
    return len(line) <= lex.WEB_CONTROL_MAX_LENGTH and any(cue in line for cue in lex.WEB_CONTROL_CUES) and not any(
        ch in lex.SENTENCE_TERMINATORS for ch in line
    )


class _Quoted:
    """Which offsets lie inside quotation or title marks (where punctuation ends nothing)."""

    def __init__(self, base: int, flags: bytearray) -> None:
        self.base = base
        self.flags = flags

    def __contains__(self, offset: int) -> bool:
        i = offset - self.base
        return 0 <= i < len(self.flags) and bool(self.flags[i])


def _quoted_positions(folded: str, start: int, end: int) -> _Quoted:
    flags = bytearray(end - start)
    for enclosure in find_enclosures(folded, start, end):
        if enclosure.depth == 0:
            flags[enclosure.inner_start - start : enclosure.inner_end - start] = b"\x01" * (
                enclosure.inner_end - enclosure.inner_start
            )
    return _Quoted(start, flags)


def _find_outside(folded: str, chars: str, lo: int, hi: int, inside: _Quoted) -> int:
    """Offset of the first character of ``chars`` in ``folded[lo:hi]`` outside quotes, else -1."""
    for i in range(lo, hi):
        if folded[i] in chars and i not in inside:
            return i
    return -1


def _trim(folded: str, lo: int, hi: int, strip: str) -> tuple[int, int]:
    while lo < hi and (_is_blank(folded[lo]) or folded[lo] in strip):
        lo += 1
    while hi > lo and (_is_blank(folded[hi - 1]) or folded[hi - 1] in strip):
        hi -= 1
    return lo, hi


_TRAILING = lex.SENTENCE_TERMINATORS + lex.HEADING_TERMINATORS + ",、"


# --- headings ------------------------------------------------------------------------------------


def _find_headings(text: str, folded: str, paragraphs: list[_Paragraph], inside: _Quoted) -> list[_Heading]:
    headings: list[_Heading] = []
    leads: list[_Heading] = []
    in_attachment_list = False
    for i, paragraph in enumerate(paragraphs):
        heading = _marked_heading(folded, i, paragraph, inside)
        if in_attachment_list and heading is not None and _is_list_item(folded, paragraph):
            continue  # 2．重点任务分工清单 under 附件：1．…
        in_attachment_list = folded.startswith(lex.ATTACHMENT_CUES, paragraph.start, paragraph.end) or (
            in_attachment_list and heading is not None
        )
        if heading is None and _is_bullet_item(folded, paragraph):
            heading = _bullet_heading(folded, paragraphs, i)  # a bullet with a sentence is a point
        elif heading is None and not _is_dash_item(folded, paragraph):
            heading = _lead_heading(folded, i, paragraph, inside)
            if heading is not None:
                leads.append(heading)
            elif _is_subheading(folded, paragraphs, i) or _opens_stacked_subheadings(folded, paragraphs, i):
                lo, hi = _trim(folded, paragraph.start, paragraph.end, lex.HEADING_TERMINATORS)
                lo, hi = _unwrap_title(folded, lo, hi)
                stacked = bool(headings) and headings[-1].paragraph == i - 1 and headings[-1].kind == _SUBHEADING
                heading = _Heading(i, _STACKED if stacked else _SUBHEADING, 0, paragraph.start, lo, hi)
        if heading is not None:
            headings.append(heading)
    if len(leads) < lex.MIN_LEAD_THEMES:
        lone = leads[0] if len(leads) == 1 and _is_lone_theme(folded, paragraphs, leads[0]) else None
        headings = [h for h in headings if h.kind != _LEAD or h is lone]
    return headings


def _is_lone_theme(folded: str, paragraphs: list[_Paragraph], heading: _Heading) -> bool:
    """A lead sentence without a second one: a theme only as a status report near the body start."""
    if len(paragraphs) < 2 or heading.paragraph > lex.LONE_LEAD_MAX_PARAGRAPH:
        return False
    if heading.theme_start is None or heading.theme_end is None:
        return False
    match = _trend_pattern().fullmatch(folded, heading.theme_start, heading.theme_end)
    return match is not None and not match.group("subject").endswith(lex.LONE_LEAD_MODAL_ENDINGS)


def _marked_heading(folded: str, i: int, paragraph: _Paragraph, inside: _Quoted) -> Optional[_Heading]:
    match = _marker_pattern().match(folded, paragraph.start, paragraph.end)
    if match is None:
        return None
    style = match.lastgroup or ""
    marker_end = match.end()
    if style == "article":
        return _Heading(i, _ARTICLE, 0, marker_end, None, None)  # a provision has no title
    kind, level = (_ORDINAL, 0) if style == "ordinal" else (_MARKER, lex.HEADING_LEVELS.get(style, 1))
    body_start, _ = _trim(folded, marker_end, paragraph.end, ":")
    stop = _find_outside(folded, lex.HEADING_TERMINATORS, body_start, paragraph.end, inside)
    lo, hi = _trim(folded, body_start, paragraph.end if stop < 0 else stop, _TRAILING)
    if hi <= lo or hi - lo > lex.HEADING_THEME_MAX_LENGTH:
        return _Heading(i, kind, level, marker_end, None, None)
    return _Heading(i, kind, level, marker_end, lo, hi)


def _is_list_item(folded: str, paragraph: _Paragraph) -> bool:
    """A short numbered line without a sentence end: an entry of a list such as 附件."""
    line = folded[paragraph.start : paragraph.end]
    return len(line) <= lex.ATTACHMENT_ITEM_MAX_LENGTH and not any(ch in lex.SENTENCE_TERMINATORS for ch in line)


def _is_dash_item(folded: str, paragraph: _Paragraph) -> bool:
    return folded.startswith(lex.DASH_LEADERS, paragraph.start, paragraph.end)


def _is_bullet_item(folded: str, paragraph: _Paragraph) -> bool:
    return folded[paragraph.start] in lex.BULLET_MARKS


def _bullet_heading(folded: str, paragraphs: list[_Paragraph], i: int) -> Optional[_Heading]:
    """■ 保障用地需求 above a paragraph: a heading whose marker is the bullet."""
    paragraph = paragraphs[i]
    if not _is_bullet_item(folded, paragraph):
        return None
    lo, hi = _trim(folded, paragraph.start + 1, paragraph.end, lex.HEADING_TERMINATORS)
    if hi <= lo or not _is_short_line(folded, paragraph) or i + 1 >= len(paragraphs):
        return None
    below = paragraphs[i + 1]
    if _is_short_line(folded, below) and not _is_bullet_item(folded, below):
        return None  # a short line below: a list or a table
    above = paragraphs[i - 1] if i else None
    if above is not None and _is_bullet_item(folded, above) and _is_short_line(folded, above):
        return None  # the last of a run of short bullet lines is a list item
    if _is_bullet_item(folded, below) or not _reads_as_subheading(folded[lo:hi]):
        return None
    return _Heading(i, _BULLET, 0, paragraph.start + 1, lo, hi)


def _unwrap_title(folded: str, lo: int, hi: int) -> tuple[int, int]:
    """The text inside 【…】 when a pair of title brackets wraps the whole line."""
    for opening, closing in lex.TITLE_BRACKETS:
        if hi - lo > 2 and folded[lo] == opening and folded[hi - 1] == closing:
            return _trim(folded, lo + 1, hi - 1, "")
    return lo, hi


def _lead_heading(folded: str, i: int, paragraph: _Paragraph, inside: _Quoted) -> Optional[_Heading]:
    stop = _find_outside(folded, lex.SENTENCE_TERMINATORS + lex.HEADING_TERMINATORS + ",", paragraph.start,
                         paragraph.end, inside)
    if stop < 0 or folded[stop] not in lex.LEAD_SENTENCE_TERMINATORS:
        return None
    rest_lo, rest_hi = _trim(folded, stop + 1, paragraph.end, "")
    if rest_hi <= rest_lo:
        return None  # nothing follows the lead sentence: not a summary of more text
    lo, hi = _trim(folded, paragraph.start, stop, _TRAILING)
    sentence = folded[lo:hi]
    if not lex.LEAD_THEME_MIN_LENGTH <= len(sentence) <= lex.LEAD_THEME_MAX_LENGTH:
        return None
    if folded[stop] == ":":
        rest = folded[rest_lo:rest_hi]
        if len(rest) <= lex.LABEL_VALUE_MAX_LENGTH and not any(ch in lex.SENTENCE_TERMINATORS for ch in rest):
            return None  # 联系电话：0531-12345678 is a label and its value
        if _speaker_pattern().search(sentence):
            return None  # 省发展改革委副主任王强：… is a speaker in a transcript
        if sentence.endswith(lex.COLON_INTRODUCTION_ENDINGS):
            return None  # 主要预期目标是：… introduces a list, it names no theme
    if not _could_be_theme(sentence):
        return None
    if any(ch in lex.LEAD_THEME_FORBIDDEN or ch.isdigit() for ch in sentence):
        return None
    if _han_date_pattern().search(sentence) or _point_pattern().match(sentence):
        return None
    if any(cue in sentence for cue in lex.LIST_INTRODUCTION_CUES):
        return None
    return _Heading(i, _LEAD, 0, paragraph.start, lo, hi)


def _could_be_theme(line: str) -> bool:
    """Shared checks for lead sentences and subheadings."""
    if len(_han_pattern().findall(line)) < lex.SUBHEADING_MIN_HAN:
        return False
    if any(cue in line for cue in lex.NON_THEME_CUES):
        return False
    return not line.endswith(lex.SPEECH_VERBS + lex.SPEAKER_TITLES + lex.CREDIT_ENDINGS)


def _is_short_line(folded: str, paragraph: _Paragraph) -> bool:
    return (
        paragraph.end - paragraph.start <= lex.SUBHEADING_MAX_LENGTH
        and folded[paragraph.end - 1] not in lex.SUBHEADING_FORBIDDEN_ENDINGS
    )


def _is_subheading(folded: str, paragraphs: list[_Paragraph], i: int) -> bool:
    if i == 0 or i + 1 >= len(paragraphs):
        return False  # a subheading stands between two paragraphs
    paragraph = paragraphs[i]
    below = paragraphs[i + 1]
    if not _is_short_line(folded, paragraph) or (
        _is_short_line(folded, below) and _bullet_heading(folded, paragraphs, i + 1) is None
    ):
        return False  # a run of short lines is a list, a table or a signature
    lo, hi = _unwrap_title(folded, paragraph.start, paragraph.end)
    return _reads_as_subheading(folded[lo:hi])


def _opens_stacked_subheadings(folded: str, paragraphs: list[_Paragraph], i: int) -> bool:
    """A subheading with a second one right below it (教育事业全面发展 / 学前教育普及普惠 / paragraph).

    Exactly two short lines stand between paragraphs (or below a marked
    heading); a longer run of short lines stays a list, a table or a signature.
    """
    if i == 0 or i + 2 >= len(paragraphs):
        return False
    above = paragraphs[i - 1]
    if _is_short_line(folded, above) and _marker_pattern().match(folded, above.start, above.end) is None:
        return False  # three short lines in a row
    line = folded[paragraphs[i].start : paragraphs[i].end]
    lo, hi = _unwrap_title(folded, paragraphs[i].start, paragraphs[i].end)
    return (
        _is_short_line(folded, paragraphs[i])
        and not line.endswith(":")  # a colon introduces the line below: 联系方式： / 电话…
        and _reads_as_subheading(folded[lo:hi])
        and not _is_bullet_item(folded, paragraphs[i + 1])
        and _is_subheading(folded, paragraphs, i + 1)
        and _marker_pattern().match(folded, paragraphs[i + 1].start, paragraphs[i + 1].end) is None
    )


def _reads_as_subheading(line: str) -> bool:
    """Content checks of a standalone subheading line (folded)."""
    if line[0] in lex.SUBHEADING_FORBIDDEN_OPENINGS or any(ch in lex.SENTENCE_TERMINATORS for ch in line):
        return False
    if any(line[0] == opening and line[-1] == closing for opening, closing in lex.QUOTATION_PAIRS):
        return False
    if _date_line_pattern().fullmatch(line) or _point_pattern().match(line):
        return False
    if any(cue in line for cue in lex.LIST_INTRODUCTION_CUES):
        return False  # 重点抓好以下工作: introduces the headings after it
    if line.endswith(":") and (
        line.startswith(lex.ADDRESSEE_OPENINGS) or any(word in line for word in lex.ADDRESSEE_WORDS)
    ):
        return False  # 各市人民政府，省政府各部门: addresses the recipients
    if ":" in line[:-1]:
        return False  # 联系地址：某市某区人民路1号 is a label and its value
    if line.endswith(":") and line[:-1].rstrip().endswith(lex.COLON_INTRODUCTION_ENDINGS):
        return False  # 今年的主要目标是： introduces what follows
    return _could_be_theme(line.rstrip(":").rstrip())


# --- sections ------------------------------------------------------------------------------------


def _build_sections(
    text: str, folded: str, paragraphs: list[_Paragraph], headings: list[_Heading], inside: _Quoted
) -> list[Section]:
    # Resolve levels and parents with a stack of open sections: (index, kind, level).
    spans: list[dict] = []
    first_heading = headings[0].paragraph if headings else len(paragraphs)
    if first_heading > 0:
        spans.append({"level": 1, "parent": None, "first": 0, "last": first_heading - 1, "heading": None})
    offset = len(spans)
    stack: list[tuple[int, str, int]] = []
    for n, heading in enumerate(headings):
        level = heading.level or _relative_level(heading.kind, stack)
        while stack and stack[-1][2] >= level:
            stack.pop()
        spans.append({"level": level, "parent": stack[-1][0] if stack else None,
                      "first": heading.paragraph, "last": len(paragraphs) - 1, "heading": heading})
        stack.append((offset + n, heading.kind, level))
    # A section runs to the paragraph before the next heading of the same or a higher level.
    for n in range(offset, len(spans)):
        for later in spans[n + 1 :]:
            if later["level"] <= spans[n]["level"]:
                spans[n]["last"] = later["first"] - 1
                break
    if offset and len(spans) > 1:
        spans[0]["level"] = spans[1]["level"]  # the untitled opening is a sibling of the first heading

    owners = _paragraph_owners(spans, len(paragraphs))
    points = _find_points(text, folded, paragraphs, spans, owners, inside)
    sections = []
    for index, span in enumerate(spans):
        heading: Optional[_Heading] = span["heading"]
        section_start = paragraphs[span["first"]].start
        theme = marker = None
        if heading is not None and heading.theme_start is not None and heading.theme_end is not None:
            theme = text[heading.theme_start : heading.theme_end]
        if heading is not None and heading.marker_end > section_start:
            marker = text[section_start : heading.marker_end]
        sections.append(
            Section(
                index=index,
                level=span["level"],
                parent=span["parent"],
                theme=theme,
                theme_start=heading.theme_start if theme is not None and heading is not None else None,
                theme_end=heading.theme_end if theme is not None and heading is not None else None,
                marker=marker,
                start=section_start,
                end=paragraphs[span["last"]].end,
                points=points.get(index, []),
            )
        )
    return sections


def _relative_level(kind: str, stack: list[tuple[int, str, int]]) -> int:
    """Level of a heading placed one below the enclosing heading it hangs from."""
    if kind in (_ORDINAL, _SUBHEADING, _ARTICLE):
        anchors: tuple[str, ...] = (_MARKER,)
    elif kind == _STACKED:
        anchors = (_MARKER, _SUBHEADING)
    elif kind == _BULLET:
        anchors = (_MARKER, _ORDINAL, _SUBHEADING, _STACKED)
    else:
        anchors = (_MARKER, _ORDINAL, _SUBHEADING, _STACKED, _BULLET)
    for _, open_kind, open_level in reversed(stack):
        if open_kind in anchors:
            return open_level + 1
    return 1


def _paragraph_owners(spans: list[dict], count: int) -> list[int]:
    """Index of the section that owns each paragraph directly (the one opened last)."""
    firsts = [span["first"] for span in spans]
    return [max(0, bisect_right(firsts, i) - 1) for i in range(count)]


# --- points --------------------------------------------------------------------------------------


def _find_points(
    text: str, folded: str, paragraphs: list[_Paragraph], spans: list[dict], owners: list[int], inside: _Quoted
) -> dict[int, list[Point]]:
    candidates: dict[int, list[_Candidate]] = {}
    for i, paragraph in enumerate(paragraphs):
        owner = owners[i]
        heading = spans[owner]["heading"] if spans[owner]["first"] == i else None
        scan_from = heading.marker_end if heading is not None else paragraph.start
        found = candidates.setdefault(owner, [])
        if heading is None and _is_dash_item(folded, paragraph):
            leader = next(d for d in lex.DASH_LEADERS if folded.startswith(d, paragraph.start))
            found.append(_Candidate("dash", 1, paragraph.start, paragraph.start + len(leader), i))
            continue
        if heading is None and _is_bullet_item(folded, paragraph):
            found.append(_Candidate("bullet", 1, paragraph.start, paragraph.start + 1, i))
            continue
        found.extend(_label_candidates(folded, i, scan_from, paragraph.end))
        found.extend(_inline_dash_candidates(folded, i, scan_from, paragraph.end, inside))

    points: dict[int, list[Point]] = {}
    for owner, found in candidates.items():
        kept = sorted(_keep_lists(found), key=lambda c: c.label_start)
        made = []
        for n, candidate in enumerate(kept):
            paragraph = paragraphs[candidate.paragraph]
            limit = paragraph.end
            if n + 1 < len(kept) and kept[n + 1].paragraph == candidate.paragraph:
                limit = kept[n + 1].label_start
            point = _make_point(text, folded, candidate, limit, inside)
            if point is not None:
                made.append(point)
        if made:
            points[owner] = made
    return points


def _label_candidates(folded: str, i: int, lo: int, hi: int) -> list[_Candidate]:
    found = []
    pattern = _point_pattern()
    for match in pattern.finditer(folded, lo, hi, overlapped=False):
        at = match.start()
        before = at - 1
        while before >= lo and _is_blank(folded[before]):
            before -= 1
        if before >= lo and folded[before] not in lex.CLAUSE_OPENERS:
            continue  # inside a clause or a word: 统一是, 这一是, 唯一是
        style = match.lastgroup
        if style == "numbered":
            found.append(_Candidate("numbered", _chinese_number(match.group("numbered_number")), at, match.end(), i))
        elif style == "ordinal":
            found.append(_Candidate("ordinal", _chinese_number(match.group("ordinal_number")), at, match.end(), i))
        elif style in ("sequence_first", "aspect_first"):
            found.append(_Candidate(style.split("_")[0], 1, at, match.end(), i))
        elif style in ("sequence_next", "aspect_next"):
            found.append(_Candidate(style.split("_")[0], 2, at, match.end(), i))
    return found


def _inline_dash_candidates(folded: str, i: int, lo: int, hi: int, inside: _Quoted) -> list[_Candidate]:
    """Dash-led items inside a paragraph: 包括：——甲；——乙；——丙。

    A dash counts only right after a colon or a semicolon, and only when the
    paragraph holds at least two such dashes; a dash inside a clause
    (改革——这是关键) is punctuation.
    """
    found = []
    for match in _dash_run_pattern().finditer(folded, lo, hi):
        at = match.start()
        before = at - 1
        while before >= lo and _is_blank(folded[before]):
            before -= 1
        if before >= lo and folded[before] in lex.INLINE_DASH_OPENERS and at not in inside:
            found.append(_Candidate("dash", 1, at, match.end("leader"), i))
    return found if len(found) >= 2 else []


@lru_cache(maxsize=1)
def _dash_run_pattern() -> "regex.Pattern[str]":
    """A dash leader and the rest of its run (a long dash run is one leader)."""
    leaders = sorted(lex.DASH_LEADERS, key=len, reverse=True)
    characters = regex.escape("".join(sorted(set("".join(lex.DASH_LEADERS)))))
    return regex.compile(rf"(?P<leader>{'|'.join(map(regex.escape, leaders))})[{characters}]*")


def _keep_lists(found: list[_Candidate]) -> list[_Candidate]:
    """Keep labels that form a list of at least two items within one section."""
    kept: list[_Candidate] = []
    for family in ("dash", "bullet"):
        items = [c for c in found if c.family == family]
        if len(items) >= 2:
            kept.extend(items)
    for family in ("numbered", "ordinal", "sequence", "aspect"):
        chain: list[_Candidate] = []
        for candidate in (c for c in found if c.family == family):
            counting = family in ("numbered", "ordinal")
            if candidate.rank == 1:
                if len(chain) >= 2:
                    kept.extend(chain)
                chain = [candidate]
            elif chain and (not counting or candidate.rank == chain[-1].rank + 1):
                chain.append(candidate)
        if len(chain) >= 2:
            kept.extend(chain)
    return kept


def _make_point(text: str, folded: str, candidate: _Candidate, limit: int, inside: _Quoted) -> Optional[Point]:
    lo, _ = _trim(folded, candidate.label_end, limit, lex.LABEL_TRAILERS)
    stop = _find_outside(folded, "。!?;", lo, limit, inside)
    lo, hi = _trim(folded, lo, limit if stop < 0 else stop, _TRAILING)
    if hi <= lo:
        return None
    return Point(
        label=text[candidate.label_start : candidate.label_end],
        label_start=candidate.label_start,
        text=text[lo:hi],
        start=lo,
        end=hi,
    )
