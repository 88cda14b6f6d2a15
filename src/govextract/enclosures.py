"""Find text enclosed in quotation marks and title marks.

Matching works on folded text (so ＂ and " are one mark) and returns offsets
that index the original text just as well.  Pairs never cross a line break;
an unclosed mark is ignored rather than swallowing the rest of a paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from .lexicon import limits, punctuation


class EnclosureKind(str, Enum):
    QUOTE = "quote"
    TITLE = "title"


@dataclass(frozen=True, slots=True)
class Enclosure:
    """A pair of marks: ``open`` and ``close`` are the offsets of the marks themselves."""

    open: int
    close: int
    kind: EnclosureKind
    depth: int

    @property
    def inner_start(self) -> int:
        return self.open + 1

    @property
    def inner_end(self) -> int:
        return self.close

    def contains(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies strictly inside the marks."""
        return self.open < start and end <= self.close


_CLOSERS = {
    **{closer: (opener, EnclosureKind.QUOTE) for opener, closer in punctuation.QUOTE_PAIRS.items()},
    **{closer: (opener, EnclosureKind.TITLE) for opener, closer in punctuation.TITLE_PAIRS.items()},
}
_OPENERS = set(punctuation.QUOTE_PAIRS) | set(punctuation.TITLE_PAIRS)
_STRAIGHT = set(punctuation.STRAIGHT_QUOTES)
# Only these characters move the scan: a line break and the marks.  The loop visits them alone
# (found by one pattern, in C) instead of every character of the text.
_MARKS = re.compile("[" + re.escape("".join(sorted({"\n", *_STRAIGHT, *_OPENERS, *_CLOSERS}))) + "]")


def find_enclosures(folded: str, start: int = 0, end: int | None = None) -> list[Enclosure]:
    """Return every closed pair of quotation or title marks in ``folded[start:end]``.

    Results are sorted by opening offset; nested pairs are included with a
    larger ``depth``.

    >>> [(e.open, e.close, e.kind.value) for e in find_enclosures("《山东“十四五”规划》")]
    [(0, 10, 'title'), (3, 7, 'quote')]
    """
    end = len(folded) if end is None else end
    found: list[Enclosure] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    # Where each mark stands in the stack, so a closer finds its opener without reading the
    # stack down: 《 ×n then ” ×n would otherwise read n entries per closer.
    places: dict[str, list[int]] = {}
    for mark in _MARKS.finditer(folded, start, end):
        i = mark.start()
        ch = folded[i]
        if ch == "\n":
            stack.clear()
            places.clear()
        elif ch in _STRAIGHT:
            if stack and stack[-1][0] == ch:
                _, opened = stack.pop()
                places[ch].pop()
                if ch == '"' or _plausible_single_quote(folded, opened, i):
                    found.append(Enclosure(opened, i, EnclosureKind.QUOTE, len(stack)))
            elif ch == '"' or _could_open_single_quote(folded, i):
                places.setdefault(ch, []).append(len(stack))
                stack.append((ch, i))
        elif ch in _OPENERS:
            places.setdefault(ch, []).append(len(stack))
            stack.append((ch, i))
        elif ch in _CLOSERS:
            opener, kind = _CLOSERS[ch]
            if places.get(opener):
                depth = places[opener][-1]
                found.append(Enclosure(stack[depth][1], i, kind, depth))
                while len(stack) > depth:  # each mark is pushed and popped once
                    places[stack.pop()[0]].pop()
    found.sort(key=lambda e: (e.open, e.depth))
    return found


def reported(pairs: Sequence[Enclosure]) -> list[Enclosure]:
    """The pairs that may give a record, sorted by ``(open, close)``: bounded in length and depth.

    A pair longer than its kind's cap in :mod:`~govextract.lexicon.limits` names
    nothing, and of pairs nested in one another only the outermost
    ``ENCLOSURE_MAX_DEPTH`` levels of the pairs left count, so the texts of the
    records add up to at most that many times the document.  No real release
    reaches either cap: there every pair is kept.

    >>> text = "《" * 6 + "法" + "》" * 6
    >>> [(e.open, e.close) for e in reported(find_enclosures(text))]
    [(0, 12), (1, 11), (2, 10), (3, 9)]
    """
    kept: list[Enclosure] = []
    closes: list[int] = []  # closes of the kept pairs around the current one (pairs never cross)
    for pair in sorted(pairs, key=lambda e: (e.open, -e.close)):
        cap = limits.TITLE_MAX_CHARS if pair.kind is EnclosureKind.TITLE else limits.QUOTE_MAX_CHARS
        if pair.close - pair.open - 1 > cap:
            continue
        while closes and closes[-1] <= pair.open:
            closes.pop()
        if len(closes) >= limits.ENCLOSURE_MAX_DEPTH:
            continue
        closes.append(pair.close)
        kept.append(pair)
    kept.sort(key=lambda e: (e.open, e.close))
    return kept


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _could_open_single_quote(folded: str, i: int) -> bool:
    # An apostrophe between Latin letters (don't, Xi'an) never opens a quote.
    before = folded[i - 1] if i > 0 else " "
    after = folded[i + 1] if i + 1 < len(folded) else " "
    return not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum())


def _plausible_single_quote(folded: str, opened: int, closed: int) -> bool:
    if not 0 < closed - opened - 1 <= 40:  # checked before slicing: nested pairs must not copy long spans
        return False
    return any(_is_cjk(ch) for ch in folded[opened + 1 : closed])


class EnclosureIndex:
    """Answer "does this span lie inside quotation or title marks?" by bisection.

    >>> index = EnclosureIndex(find_enclosures("推进“一链办”改革"))
    >>> index.covers(3, 6), index.covers(0, 2), index.covers(2, 7)
    (True, False, False)
    """

    def __init__(self, enclosures: Sequence[Enclosure]) -> None:
        merged: list[list[int]] = []  # outermost pairs; nested or overlapping ones fold in
        for enclosure in sorted(enclosures, key=lambda e: (e.open, -e.close)):
            if merged and enclosure.open < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], enclosure.close)
            else:
                merged.append([enclosure.open, enclosure.close])
        self._opens = [pair[0] for pair in merged]
        self._closes = [pair[1] for pair in merged]

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies strictly inside one pair of marks."""
        position = bisect_right(self._opens, start - 1) - 1
        return position >= 0 and end <= self._closes[position]
