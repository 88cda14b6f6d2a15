"""Stage 2 of section finding: which paragraphs open a section, and with what theme.

In: the paragraphs and quoted positions of stage 1 (``paragraphs``).  Out:
``Heading`` records in document order, each with its paragraph, its kind, its
level (absolute for marked headings, 0 when the outline stage must place it
below the enclosing heading) and the offsets of its marker end and theme.

Kinds: a marked heading (第一部分 / 一、 / （一） / 1. / （1） / ①), an ordinal
heading (第一，…), an article of a regulation (第一条), a standalone
subheading, a stacked subheading right below one, a bullet before a short
line, and a lead sentence that states its paragraph's theme.  Lead sentences
count only in runs of ``MIN_LEAD_THEMES`` under one heading, or as the one
lone status report of a document near the body start.  Dash-led lead items
and lead-sentence series are added by the next stage (``leads``).

Package-internal API: the kind names (``MARKER`` … ``ARTICLE``), ``Heading``
and ``find_headings``.

Why our own code: Chinese official documents mark their outline with
numeral-and-punctuation conventions (一、 / （一） / 1．), unmarked short title
lines and theme-stating lead sentences; telling them apart from addressee
lines, ``label: value`` lines, speakers in a transcript and attachment lists
takes rules over the tables in ``lexicon.headings``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..lexicon import headings as lex
from .paragraphs import TRAILING, Paragraph, Quoted, find_outside, is_bullet_item, is_dash_item, trim
from .patterns import alternation, char_class, point_pattern

MARKER = "marker"  # 第一部分 / 一、 / (一) / 1. / (1) / ①
ORDINAL = "ordinal"  # 第一，at paragraph start
SUBHEADING = "subheading"  # a short standalone line
STACKED = "stacked"  # a short standalone line right below a subheading
BULLET = "bullet"  # a short line led by a bullet (■ 保障用地需求)
LEAD = "lead"  # a lead sentence that states the paragraph's theme
ARTICLE = "article"  # 第一条 of a regulation


@dataclass(frozen=True, slots=True)
class Heading:
    paragraph: int  # index into the paragraph list
    kind: str
    level: int  # absolute for marked headings, 0 (to be resolved) otherwise
    marker_end: int  # end of the marker; the paragraph start when there is none
    theme_start: int | None
    theme_end: int | None


# --- patterns ------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _marker_pattern() -> regex.Pattern[str]:
    """Marked headings, matched at a paragraph start on folded text."""
    han = f"{char_class(lex.HEADING_NUMERALS)}{{1,{lex.MAX_MARKER_NUMERAL_LENGTH}}}"
    digits = f"[0-9]{{1,{lex.MAX_MARKER_DIGITS}}}"
    opening = char_class("".join(pair[0] for pair in lex.MARKER_BRACKETS))
    closing = char_class("".join(pair[1] for pair in lex.MARKER_BRACKETS))
    list_punct = char_class("".join(lex.LIST_MARKER_PUNCTUATION))
    return regex.compile(
        rf"""
        (?:
            (?P<part> 第 {han} {alternation(lex.PART_WORDS)} )              # 第一部分 / 第二章
          | (?P<chapter_section> 第 {han} {alternation(lex.CHAPTER_SECTION_WORDS)} )  # 第一节
          | (?P<article> 第 {han} {alternation(lex.ARTICLE_WORDS)}         # 第一条, then a space or colon
                (?= {char_class(lex.ARTICLE_FOLLOWERS)} ) )
          | (?P<han_list> {han} {list_punct} )                               # 一、
            (?! {han} [、季月年等] )                                          #   not 一、二季度
          | (?P<han_bracket> {opening} {han} {closing}                       # (一) （一） 〔一〕
                | {char_class(lex.PARENTHESIZED_HAN_NUMBERS)} )            #   ㈠
          | (?P<digit_list> {digits} {list_punct} ) (?! [0-9] )              # 1. 1、, not 1.5 or 1、2月
          | (?P<digit_bracket> {opening} {digits} {closing}                  # (1) （1）
                | {char_class(lex.PARENTHESIZED_DIGITS)} )                 #   ⑴
          | (?P<circled> {char_class(lex.CIRCLED_DIGITS)} )                 # ①
          | (?P<ordinal> 第 {han} {char_class("".join(lex.ORDINAL_HEADING_PUNCTUATION))} )  # 第一，
        )
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
        {alternation(lex.LONE_LEAD_TREND_ADVERBS)}                               # 持续 / 稳中
        \p{{Han}}{{{shortest},{longest}}}                                            # 提升 / 向好
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _speaker_pattern() -> regex.Pattern[str]:
    """A speaker's title and name that end a colon-closed lead-in (副主任王强)."""
    shortest, longest = lex.SPEAKER_NAME_LENGTH
    return regex.compile(rf"{alternation(lex.SPEAKER_TITLES)} \p{{Han}}{{{shortest},{longest}}} $", regex.VERBOSE)


@lru_cache(maxsize=1)
def _han_date_pattern() -> regex.Pattern[str]:
    return regex.compile(r"[〇零一二三四五六七八九十]{1,4}[年月日号]")


@lru_cache(maxsize=1)
def _date_line_pattern() -> regex.Pattern[str]:
    return regex.compile(r"[\d〇零一二三四五六七八九十年月日号时分秒:\-./ ]+")


@lru_cache(maxsize=1)
def _han_pattern() -> regex.Pattern[str]:
    return regex.compile(r"\p{Han}")


# --- headings ------------------------------------------------------------------------------------


def find_headings(text: str, folded: str, paragraphs: list[Paragraph], inside: Quoted) -> list[Heading]:
    """The paragraphs that open a section, in document order (read on ``folded``)."""
    headings: list[Heading] = []
    leads: list[Heading] = []
    in_attachment_list = False
    for i, paragraph in enumerate(paragraphs):
        heading = _marked_heading(folded, i, paragraph, inside)
        if in_attachment_list and heading is not None and _is_list_item(folded, paragraph):
            continue  # 2．重点任务分工清单 under 附件：1．…
        in_attachment_list = folded.startswith(lex.ATTACHMENT_CUES, paragraph.start, paragraph.end) or (
            in_attachment_list and heading is not None
        )
        if heading is None and is_bullet_item(folded, paragraph):
            heading = _bullet_heading(folded, paragraphs, i)  # a bullet with a sentence is a point
        elif heading is None and not is_dash_item(folded, paragraph):
            heading = _lead_heading(folded, i, paragraph, inside)
            if heading is not None:
                leads.append(heading)
            elif _is_subheading(folded, paragraphs, i) or _opens_stacked_subheadings(folded, paragraphs, i):
                lo, hi = trim(folded, paragraph.start, paragraph.end, lex.HEADING_TERMINATORS)
                lo, hi = _unwrap_title(folded, lo, hi)
                stacked = bool(headings) and headings[-1].paragraph == i - 1 and headings[-1].kind == SUBHEADING
                heading = Heading(i, STACKED if stacked else SUBHEADING, 0, paragraph.start, lo, hi)
        if heading is not None:
            headings.append(heading)
    if len(leads) == 1 and _is_lone_theme(folded, paragraphs, leads[0]):
        return headings
    return _series_of_leads(headings)


def _series_of_leads(headings: list[Heading]) -> list[Heading]:
    """The headings without the lead sentences that do not form a series under their heading.

    Lead sentences count in runs of ``MIN_LEAD_THEMES`` under one enclosing
    heading: one lead sentence right below each subheading (勞工市場 / 勞工市場維持偏緊。)
    restates the subheading, it opens no section of its own.
    """
    kept: list[Heading] = []
    run: list[Heading] = []
    for heading in [*headings, None]:
        if heading is not None and heading.kind == LEAD:
            run.append(heading)
            continue
        if len(run) >= lex.MIN_LEAD_THEMES:
            kept.extend(run)
        run = []
        if heading is not None:
            kept.append(heading)
    return kept


def _is_lone_theme(folded: str, paragraphs: list[Paragraph], heading: Heading) -> bool:
    """A lead sentence without a second one: a theme only as a status report near the body start."""
    if len(paragraphs) < 2 or heading.paragraph > lex.LONE_LEAD_MAX_PARAGRAPH:
        return False
    if heading.theme_start is None or heading.theme_end is None:
        return False
    match = _trend_pattern().fullmatch(folded, heading.theme_start, heading.theme_end)
    return match is not None and not match.group("subject").endswith(lex.LONE_LEAD_MODAL_ENDINGS)


def _marked_heading(folded: str, i: int, paragraph: Paragraph, inside: Quoted) -> Heading | None:
    match = _marker_pattern().match(folded, paragraph.start, paragraph.end)
    if match is None:
        return None
    style = match.lastgroup or ""
    marker_end = match.end()
    if style == "article":
        return Heading(i, ARTICLE, 0, marker_end, None, None)  # a provision has no title
    kind, level = (ORDINAL, 0) if style == "ordinal" else (MARKER, lex.HEADING_LEVELS.get(style, 1))
    body_start, _ = trim(folded, marker_end, paragraph.end, ":")
    stop = find_outside(folded, lex.HEADING_TERMINATORS, body_start, paragraph.end, inside)
    lo, hi = trim(folded, body_start, paragraph.end if stop < 0 else stop, TRAILING)
    if hi <= lo or hi - lo > lex.HEADING_THEME_MAX_LENGTH:
        return Heading(i, kind, level, marker_end, None, None)
    return Heading(i, kind, level, marker_end, lo, hi)


def _is_list_item(folded: str, paragraph: Paragraph) -> bool:
    """A short numbered line without a sentence end: an entry of a list such as 附件."""
    line = folded[paragraph.start : paragraph.end]
    return len(line) <= lex.ATTACHMENT_ITEM_MAX_LENGTH and not any(ch in lex.SENTENCE_TERMINATORS for ch in line)


def _bullet_heading(folded: str, paragraphs: list[Paragraph], i: int) -> Heading | None:
    """■ 保障用地需求 above a paragraph: a heading whose marker is the bullet."""
    paragraph = paragraphs[i]
    if not is_bullet_item(folded, paragraph):
        return None
    lo, hi = trim(folded, paragraph.start + 1, paragraph.end, lex.HEADING_TERMINATORS)
    if hi <= lo or not _is_short_line(folded, paragraph) or i + 1 >= len(paragraphs):
        return None
    below = paragraphs[i + 1]
    if _is_short_line(folded, below) and not is_bullet_item(folded, below):
        return None  # a short line below: a list or a table
    above = paragraphs[i - 1] if i else None
    if above is not None and is_bullet_item(folded, above) and _is_short_line(folded, above):
        return None  # the last of a run of short bullet lines is a list item
    if is_bullet_item(folded, below) or not _reads_as_subheading(folded[lo:hi]):
        return None
    return Heading(i, BULLET, 0, paragraph.start + 1, lo, hi)


def _unwrap_title(folded: str, lo: int, hi: int) -> tuple[int, int]:
    """The text inside 【…】 when a pair of title brackets wraps the whole line."""
    for opening, closing in lex.TITLE_BRACKETS:
        if hi - lo > 2 and folded[lo] == opening and folded[hi - 1] == closing:
            return trim(folded, lo + 1, hi - 1, "")
    return lo, hi


def _lead_heading(folded: str, i: int, paragraph: Paragraph, inside: Quoted) -> Heading | None:
    stop = find_outside(folded, lex.SENTENCE_TERMINATORS + lex.HEADING_TERMINATORS + ",", paragraph.start,
                         paragraph.end, inside)
    if stop < 0 or folded[stop] not in lex.LEAD_SENTENCE_TERMINATORS:
        return None
    rest_lo, rest_hi = trim(folded, stop + 1, paragraph.end, "")
    if rest_hi <= rest_lo:
        return None  # nothing follows the lead sentence: not a summary of more text
    lo, hi = trim(folded, paragraph.start, stop, TRAILING)
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
    if _han_date_pattern().search(sentence) or point_pattern().match(sentence):
        return None
    if any(cue in sentence for cue in lex.LIST_INTRODUCTION_CUES):
        return None
    return Heading(i, LEAD, 0, paragraph.start, lo, hi)


def _could_be_theme(line: str) -> bool:
    """Shared checks for lead sentences and subheadings."""
    if len(_han_pattern().findall(line)) < lex.SUBHEADING_MIN_HAN:
        return False
    if any(cue in line for cue in lex.NON_THEME_CUES):
        return False
    return not line.endswith(lex.SPEECH_VERBS + lex.SPEAKER_TITLES + lex.CREDIT_ENDINGS)


def _is_short_line(folded: str, paragraph: Paragraph) -> bool:
    return (
        paragraph.end - paragraph.start <= lex.SUBHEADING_MAX_LENGTH
        and folded[paragraph.end - 1] not in lex.SUBHEADING_FORBIDDEN_ENDINGS
    )


def _is_subheading(folded: str, paragraphs: list[Paragraph], i: int) -> bool:
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


def _opens_stacked_subheadings(folded: str, paragraphs: list[Paragraph], i: int) -> bool:
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
        and not is_bullet_item(folded, paragraphs[i + 1])
        and _is_subheading(folded, paragraphs, i + 1)
        and _marker_pattern().match(folded, paragraphs[i + 1].start, paragraphs[i + 1].end) is None
    )


def _reads_as_subheading(line: str) -> bool:
    """Content checks of a standalone subheading line (folded)."""
    if line[0] in lex.SUBHEADING_FORBIDDEN_OPENINGS or any(ch in lex.SENTENCE_TERMINATORS for ch in line):
        return False
    if any(line[0] == opening and line[-1] == closing for opening, closing in lex.QUOTATION_PAIRS):
        return False
    if _date_line_pattern().fullmatch(line) or point_pattern().match(line):
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
