"""Header lines: split the page into lines and tell what kind of line each is.

Stage: the folded text comes in; out come its lines (stripped spans, from
:func:`split_lines`) and predicates over a span that the later stages ask in
their own order: page noise (【打印】【关闭】, 字号：大 中 小), navigation crumbs
(首页 > 新闻中心), ``label: value`` lines (来源：…  责任编辑：…, padded labels such
as 索 引 号), date-led lines (2023-02-03 14:05:57来源: X), document numbers
(国办发〔2023〕5号), WeChat account lines (原创 某省发布 2024-03-18 19:30 发表于山东)
and the name of an issuing body or outlet standing alone.

Why our own code: these are the page furniture and header conventions of
Chinese government sites and news outlets, which no library describes; the
words come from :mod:`govextract.lexicon.metadata`, the rules stay here.  Dates
are read through :mod:`.header_dates`.

Package-internal API: :func:`split_lines`; :func:`label_fields`,
:func:`label_matches`, :func:`label_name`, :func:`value_stop_pattern`,
:func:`filler_pattern` (labels and values); :func:`is_noise`, :func:`is_crumb`,
:func:`is_document_number`, :func:`date_led`, :func:`is_outlet_name`,
:func:`is_label_led`, :func:`is_bare_label`, :func:`is_account_line`,
:func:`is_metadata_line`, :func:`is_issuer` (line kinds).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import metadata as lex
from .header_dates import HeaderDate, date_at, first_date_in
from .text import CLAUSE_MARKS, SPACES, Span, alternation, is_han, skip_marks, trimmed

# --------------------------------------------------------------------------
# Patterns, built lazily from the lexicon.


@lru_cache(maxsize=1)
def label_fields() -> dict[str, str]:
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
    labels = "|".join(_padded(label) for label in sorted(label_fields(), key=len, reverse=True))
    return regex.compile(
        rf"""
        (?P<label> {labels} )   # a header label, perhaps padded (索 引 号)
        [ \t]* :                 # its colon (folded from ：)
        """,
        regex.VERBOSE,
    )


def label_name(match: regex.Match) -> str:
    """The label of a label match without its padding."""
    return "".join(match.group("label").split())


@lru_cache(maxsize=1)
def _noise_pattern() -> regex.Pattern:
    return regex.compile(alternation(lex.NOISE_WORDS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def filler_pattern() -> regex.Pattern:
    return regex.compile(r"[\s\p{P}\p{S}\d]+")


@lru_cache(maxsize=1)
def value_stop_pattern() -> regex.Pattern:
    return regex.compile(
        rf"""
        {alternation(lex.VALUE_STOP_CUES)}    # page furniture after a value
        | [ ]{{2,}} | \t                      # a layout gap
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _crumb_prefix_pattern() -> regex.Pattern:
    return regex.compile(alternation(lex.CRUMB_PREFIXES))


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


# --------------------------------------------------------------------------
# Line classification.  ``view`` is the folded text; a line is its stripped span.


_LINE_BREAKS = r"\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"


@lru_cache(maxsize=1)
def _stripped_line_pattern() -> regex.Pattern:
    # A line (a run of characters that are no line break) without the SPACES at its ends: from its
    # first character that is no space to its last.  What a line holds after a match is spaces
    # only, so each line with any other character gives one match.
    spaces = "".join(f"\\u{ord(ch):04x}" for ch in sorted(set(SPACES)))
    return regex.compile(rf"[^{_LINE_BREAKS}{spaces}](?:[^{_LINE_BREAKS}]*[^{_LINE_BREAKS}{spaces}])?")


def split_lines(view: str) -> list[Span]:
    """The lines of ``view`` as spans without their leading and trailing SPACES; blank lines give none."""
    return [match.span() for match in _stripped_line_pattern().finditer(view)]


def label_matches(view: str, start: int, end: int) -> list[regex.Match]:
    accepted = []
    for match in _label_pattern().finditer(view, start, end):
        label = label_name(match)
        if label in lex.BOUNDED_LABELS and match.start() > start and is_han(view[match.start() - 1]):
            continue
        accepted.append(match)
    return accepted


def is_noise(view: str, start: int, end: int, *, need_word: bool = True) -> bool:
    """True for a line made only of page furniture (【打印】【关闭】, 字号：大 中 小)."""
    if end - start > lex.MAX_NOISE_LINE:
        return False
    line = view[start:end]
    rest = _noise_pattern().sub("", line)
    if filler_pattern().sub("", rest):
        return False
    if _noise_pattern().search(line) is None:
        # A line of signs and digits is furniture (1/3, 2024-01-01, | |) unless it states a
        # figure: 25%, -22.2% on its own line is a percent, not a page counter.
        return not need_word and _figure_pattern().search(line) is None
    return True


@lru_cache(maxsize=1)
def _figure_pattern() -> regex.Pattern:
    return regex.compile(r"\d\s*(?:" + alternation(lex.FIGURE_SIGNS) + ")")


def is_crumb(view: str, start: int, end: int) -> bool:
    head = skip_marks(view, start, end)
    if _crumb_prefix_pattern().match(view, head, end):
        return True
    line = view[start:end]
    separators = sum(line.count(mark) for mark in lex.CRUMB_SEPARATORS)
    if separators and len(line) <= 100 and any(word in line for word in lex.CRUMB_HOME_WORDS):
        return True
    if separators >= 2:
        parts = regex.split("|".join(regex.escape(mark) for mark in lex.CRUMB_SEPARATORS), line)
        return all(0 < len(part.strip(SPACES)) <= 16 for part in parts)
    return False


def is_document_number(view: str, start: int, end: int) -> bool:
    return _document_number_pattern().fullmatch(view, start, end) is not None


def date_led(view: str, start: int, end: int) -> HeaderDate | None:
    """The date that opens a header line, when the rest of the line is header material."""
    head = skip_marks(view, start, end)
    match = date_at(view, head, end)
    if match is None:
        return None
    rest = match.end
    while rest < end and (view[rest] in SPACES or view[rest] in "|丨/】])"):
        rest += 1
    if rest >= end:
        return match
    labels = label_matches(view, rest, end)
    if labels and labels[0].start() == skip_marks(view, rest, end):
        return match
    if is_noise(view, rest, end, need_word=False):
        return match
    tail = view[rest:end]
    if len(tail) <= 12 and not any(ch in tail for ch in ",;。;,"):  # 星期五
        return match
    if is_outlet_name(view, rest, end):  # 2024年2月28日（星期三） 香港特別行政區政府新聞公報
        return match
    return None


def is_outlet_name(view: str, start: int, end: int) -> bool:
    """True for a short name that ends like an organization or outlet (新聞局, 政府新聞公報)."""
    start, end = trimmed(view, start, end)
    name = view[start:end]
    return (
        0 < len(name) <= lex.OUTLET_MAX_LENGTH
        and all(is_han(ch) for ch in name)
        and name.endswith(lex.OUTLET_ENDINGS)
        and len(name) > min(len(e) for e in lex.OUTLET_ENDINGS if name.endswith(e))
    )


def is_label_led(view: str, start: int, end: int) -> bool:
    """True for a line of ``label: value`` pairs whose values read as values, not sentences."""
    head = skip_marks(view, start, end)
    labels = label_matches(view, head, end)
    if not labels or labels[0].start() != head:
        return False
    fields = label_fields()
    for position, match in enumerate(labels):
        value_end = labels[position + 1].start() if position + 1 < len(labels) else end
        stop = value_stop_pattern().search(view, match.end(), value_end)
        value = view[match.end() : stop.start() if stop else value_end]
        if len(labels) > 1 and fields[label_name(match)] == "ignored":
            continue  # a table cell such as 分类：其他;市政府办公室文件 may list with marks
        if any(mark in value for mark in CLAUSE_MARKS):
            return False
    return True


def is_bare_label(view: str, start: int, end: int) -> bool:
    """True for a line that is one label alone (索引号：), its value on the next line."""
    labels = label_matches(view, start, end)
    return len(labels) == 1 and labels[0].start() == start and labels[0].end() == end


def is_account_line(view: str, start: int, end: int) -> bool:
    """A WeChat account line: 原创 某省发布 2024-03-18 19:30 发表于山东."""
    if end - start > lex.ACCOUNT_LINE_MAX_LENGTH or not any(cue in view[start:end] for cue in lex.ACCOUNT_LINE_CUES):
        return False
    if any(mark in view[start:end] for mark in CLAUSE_MARKS):
        return False
    return first_date_in(view, start, end) is not None


def is_metadata_line(view: str, start: int, end: int) -> bool:
    if end - start > lex.MAX_HEADER_LINE:
        return False
    return is_label_led(view, start, end) or date_led(view, start, end) is not None


def is_issuer(view: str, line: Span) -> bool:
    """True for a line that is only the name of an issuing body (某省统计局)."""
    words = view[line[0]:line[1]].strip()
    return (
        0 < len(words) <= lex.ISSUER_MAX_LENGTH
        and words.endswith(lex.ISSUER_SUFFIXES)
        and not any(ch in words for ch in " ,，、:：")
    )

