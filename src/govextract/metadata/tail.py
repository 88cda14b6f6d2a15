"""The tail: where the body ends and the trailing boilerplate begins.

Stage: the folded text, its lines and the index of the first body line come
in; :func:`find_body_end` gives the offset where the tail begins -- the
earliest tail cue (版权声明, 相关新闻, 上一篇, 【打印】【关闭】, ©, 完, …) after which
every line is boilerplate-like, so a body sentence about 版权 never cuts the
body.  WeChat tails (阅读原文, 长按二维码, 往期推荐), bracketed furniture lines
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
from .header_lines import filler_pattern, is_label_led, is_metadata_line, is_noise
from .text import Span, alternation, skip_marks, trimmed

_SENTENCE_END = "。!?"


@lru_cache(maxsize=1)
def _tail_heading_pattern() -> regex.Pattern:
    return regex.compile(alternation(lex.TAIL_HEADINGS), regex.IGNORECASE)


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
    tail_like_after = True
    for index in range(len(lines) - 1, first - 1, -1):
        line = lines[index]
        if tail_like_after and _is_tail_start(view, *line):
            best = _tail_cut(view, *line)
        tail_like_after = tail_like_after and _is_tail_like(view, *line)
        if not tail_like_after:
            break
    return best


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
    if "".join(view[start:end].split()).lower() in lex.TAIL_LINES:
        return True  # 完, (完): the release ends here
    if is_noise(view, start, end):
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
    if _weak_tail_pattern().search(view, start, end):
        return True
    if end - start <= lex.TAIL_SHORT_LINE and view[end - 1] not in _SENTENCE_END:
        return True
    return is_metadata_line(view, start, end)
