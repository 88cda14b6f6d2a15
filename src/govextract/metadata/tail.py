"""The tail: where the body ends and the trailing boilerplate begins.

Stage: the folded text, its lines and the index of the first body line come
in; :func:`find_body_end` gives the offset where the tail begins -- the
earliest tail cue (版权声明, 相关新闻, 热点专题, 上一篇, 【打印】【关闭】, ©, a footer
with 主办单位 / ICP备 / 网站标识码, a release's end mark 完, …) after
which every line is boilerplate-like, so a body sentence about 版权 never cuts
the body; a run of related headlines without a label right before it (after a
paragraph's last sentence) opens the tail instead, and so does a related-news
label above linked headlines however long.  The document's own closing
(特此公告, the signature and its date) is no cue: it stays in the body; the
date and time under 完 still date the release (:func:`closing_end`).  A
converted PDF's last page number is page furniture, no tail of its own.  WeChat tails (阅读原文, 长按二维码, 往期推荐), bracketed furniture lines
(【纠错】 【责任编辑：X】) and an English abstract after a Chinese report open it
too; a long line that runs body and page together is cut inside, at the start
of the sentence holding the cue.  :func:`tail_field_spans` gives the
``label: value`` spans of the tail lines (责任编辑 under 【纠错】), read as header
fields by the collector.

Why our own code: the footers of government sites and outlets are page
furniture no library knows; the cues come from
:mod:`govextract.lexicon.metadata`, the rule that everything after the cut must
look like boilerplate stays here.

Package-internal API: :func:`find_body_end`, :func:`tail_field_spans`.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import regex

from ..lexicon import metadata as lex
from ..lexicon import page_furniture as furniture_lex
from .header_dates import first_date_in
from .header_lines import filler_pattern, is_label_led, is_metadata_line, is_noise
from .text import Span, alternation, skip_marks, trimmed

_SENTENCE_END = "。!?"


@lru_cache(maxsize=1)
def _tail_heading_pattern() -> regex.Pattern:
    return regex.compile(alternation(lex.TAIL_HEADINGS + furniture_lex.MORE_TAIL_HEADINGS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _footer_pattern() -> regex.Pattern:
    return regex.compile(alternation(furniture_lex.FOOTER_CUES), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _page_number_pattern() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{part})" for part in furniture_lex.PAGE_NUMBER_LINES))


@lru_cache(maxsize=1)
def _tail_statement_pattern() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{part})" for part in lex.TAIL_STATEMENTS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _tail_short_statement_pattern() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{part})" for part in lex.TAIL_SHORT_STATEMENTS), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _weak_tail_pattern() -> regex.Pattern:
    return regex.compile(alternation(lex.WEAK_TAIL_CUES), regex.IGNORECASE)


@lru_cache(maxsize=1)
def _bracket_group_pattern() -> regex.Pattern:
    return regex.compile(r"【[^【】]*】|\[[^\[\]]*\]")


def find_body_end(view: str, lines: list[Span], first: int, length: int) -> int:
    """Offset of the earliest tail line after which every line is boilerplate-like."""
    best = length
    best_index = len(lines)
    index = len(lines) - 1
    kinds: dict[str, int] = {}  # a line's text -> _START, _LIKE or 0 (see _line_kind)
    while index >= first:
        line = lines[index]
        kind = _line_kind(view, *line, kinds)
        if kind == _START:
            best = _tail_cut(view, *line)
            best_index = index
        elif kind != _LIKE:
            label = _related_label_above(view, lines, first, index)
            if label is None:
                break
            index = label  # links under a 相关稿件 label: the label opens the tail
            continue
        index -= 1
    if best_index < len(lines) and best == lines[best_index][0]:
        run = _related_run_start(view, lines, first, best_index)
        if run < best_index:
            best = lines[run][0]
    return best


_START, _LIKE = 1, 2
_REMEMBERED_LINE = 200  # longer lines are asked about without being remembered (they seldom repeat)


def _line_kind(view: str, start: int, end: int, kinds: dict[str, int]) -> int:
    """``_START`` for a line that opens the tail, ``_LIKE`` for one that may follow it, else 0.

    The answer depends on the line's characters only (no cue pattern looks
    behind its start: the lexicon's tail patterns hold no lookbehind, ``^`` or
    ``\\b``, and the dates are read from the span alone), so it is remembered by
    the line's text for the call: a page of thousands of equal short lines
    (一、 on every line, all tail-like) is then asked about once a distinct line.
    """
    text = view[start:end] if end - start <= _REMEMBERED_LINE else None
    if text is not None:
        kind = kinds.get(text)
        if kind is not None:
            return kind
    kind = _START if _is_tail_start(view, start, end) else _LIKE if _is_tail_like(view, start, end) else 0
    if text is not None:
        kinds[text] = kind
    return kind


def _related_label_above(view: str, lines: list[Span], first: int, index: int) -> int | None:
    """The index of a related-news label line (相关稿件) above ``lines[index]`` with only links between, else None.

    The headlines listed under such a label are other articles' titles: long,
    with a colon or 《》 perhaps, but never a sentence of this one.
    """
    for above in range(index, max(first, index - furniture_lex.RELATED_LABELLED_MAX) - 1, -1):
        start, end = lines[above]
        head = skip_marks(view, start, end)
        if above < index and _tail_heading_pattern().fullmatch(view, head, end):
            return above
        if not _is_link_line(view, start, end):
            return None
    return None


def _is_link_line(view: str, start: int, end: int) -> bool:
    """A line that may be a linked headline: short enough, no sentence ends inside or at its end."""
    line = view[start:end].strip()
    return 0 < len(line) <= furniture_lex.RELATED_LINK_MAX and not any(mark in line for mark in _SENTENCE_END + ";")


def _related_run_start(view: str, lines: list[Span], first: int, index: int) -> int:
    """The first line of a run of related-news headlines right before ``lines[index]``, else ``index``.

    A list of links without a label (我县启动2024年防汛应急演练 / 县政务服务中心推出…)
    follows the last paragraph: at least two short headline lines, the line
    before them ending a sentence.
    """
    start = index
    while start - 1 > first and _is_related_headline(view, *lines[start - 1]):
        start -= 1
    if index - start < furniture_lex.RELATED_RUN_MIN:
        return index
    before = view[lines[start - 1][0] : lines[start - 1][1]]
    return start if before.endswith(tuple(_SENTENCE_END + "”")) else index


def _is_related_headline(view: str, start: int, end: int) -> bool:
    """A line that reads as the headline of another article (a link), not the document's closing."""
    head = start
    while head < end and view[head] in furniture_lex.RELATED_BULLETS + " ":
        head += 1
    line = view[head:end]
    if not furniture_lex.RELATED_LINE_MIN <= len(line) <= furniture_lex.RELATED_LINE_MAX:
        return False
    if line[-1] in "。!?;:,、" or line[0] in "(【[":
        return False
    if is_metadata_line(view, head, end) or (first_date_in(view, head, end) is not None and len(line) <= 16):
        return False
    label = line.split(":", 1)[0] if ":" in line else ""
    if label.endswith(furniture_lex.DOCUMENT_CLOSING_LABELS):
        return False
    return not any(mark in line for mark in "。;")


def closing_end(view: str, lines: list[Span], body_end: int) -> int:
    """Where a release's closing ends: after the date and time lines under a 完 that opens the tail.

    A Hong Kong or Macau release ends 完 / 2024年5月17日（星期五） / 香港時間16時30分:
    the end mark opens the tail, but the date under it still dates the release.
    Any other tail gives ``body_end`` back.
    """
    index = next((n for n, line in enumerate(lines) if line[0] == body_end), None)
    if index is None or "".join(view[slice(*lines[index])].split()).lower() not in lex.TAIL_LINES:
        return body_end
    end = lines[index][1]
    for start, stop in lines[index + 1 : index + 3]:
        if first_date_in(view, start, stop) is None and not view.startswith(furniture_lex.CLOSING_TIME_PREFIXES, start):
            break
        end = stop
    return end


def tail_field_spans(view: str, lines: list[Span], body_end: int) -> Iterator[Span]:
    """The ``label: value`` spans of the short tail lines after ``body_end``, in reading order.

    A tail line of labels (责任编辑：王洋) is given whole; a line of bracketed
    furniture and labels (【纠错】 【责任编辑：曹家宁】) gives its label pieces.
    """
    for start, end in lines:
        if start < body_end or end - start > lex.TAIL_SHORT_STATEMENT_MAX:
            continue
        if is_label_led(view, start, end):
            yield (start, end)
        else:
            yield from _furniture_fields(view, start, end) or ()


def _furniture_fields(view: str, start: int, end: int) -> list[Span] | None:
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
        pieces.append(trimmed(view, position, group.start()))
        pieces.append(trimmed(view, group.start() + 1, group.end() - 1))
        position = group.end()
    pieces.append(trimmed(view, position, end))
    pieces = [piece for piece in pieces if not filler_pattern().fullmatch(view, *piece) and piece[0] < piece[1]]
    if len(pieces) < 2:
        return None
    fields = []
    for piece in pieces:
        if is_label_led(view, *piece):
            fields.append(piece)
        elif not is_noise(view, *piece):
            return None
    return fields


def _is_bracket_furniture(view: str, start: int, end: int) -> bool:
    """True for a line of bracketed groups and labels, each page furniture or labels: 【纠错】 【责任编辑：曹家宁】."""
    return _furniture_fields(view, start, end) is not None


def _is_tail_start(view: str, start: int, end: int) -> bool:
    """True for a line that opens trailing boilerplate."""
    if _is_bracket_furniture(view, start, end):
        return True
    head = skip_marks(view, start, end)
    if _tail_heading_pattern().match(view, head, end):
        return True
    if is_noise(view, start, end):
        return True
    if "".join(view[start:end].split()).lower() in lex.TAIL_LINES:
        return True  # 完, (完): the end mark of a release; the date and time under it are read by closing_end
    if (
        end - start <= furniture_lex.FOOTER_LINE_MAX
        and view[end - 1] not in _SENTENCE_END
        and _footer_pattern().search(view, start, end)
    ):
        return True
    if end - start <= lex.TAIL_SHORT_STATEMENT_MAX:
        if is_label_led(view, start, end):
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
    if _is_tail_start(view, start, end) or is_noise(view, start, end, need_word=False):
        return True
    if _page_number_pattern().fullmatch(view, start, end):
        return True  # the last page number of a converted PDF: furniture of the page, no tail of its own
    if _weak_tail_pattern().search(view, start, end):
        return True
    if end - start <= lex.TAIL_SHORT_LINE and view[end - 1] not in _SENTENCE_END:
        return True
    return is_metadata_line(view, start, end)
