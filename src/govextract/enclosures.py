"""Find text enclosed in quotation marks and title marks.

Matching works on folded text (so ＂ and " are one mark) and returns offsets
that index the original text just as well.  Pairs never cross a line break;
an unclosed mark is ignored rather than swallowing the rest of a paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from .lexicon import punctuation


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
    for i in range(start, end):
        ch = folded[i]
        if ch == "\n":
            stack.clear()
        elif ch in _STRAIGHT:
            if stack and stack[-1][0] == ch:
                _, opened = stack.pop()
                if ch == '"' or _plausible_single_quote(folded, opened, i):
                    found.append(Enclosure(opened, i, EnclosureKind.QUOTE, len(stack)))
            elif ch == '"' or _could_open_single_quote(folded, i):
                stack.append((ch, i))
        elif ch in _OPENERS:
            stack.append((ch, i))
        elif ch in _CLOSERS:
            opener, kind = _CLOSERS[ch]
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == opener:
                    found.append(Enclosure(stack[depth][1], i, kind, depth))
                    del stack[depth:]
                    break
    found.sort(key=lambda e: (e.open, e.depth))
    return found


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _could_open_single_quote(folded: str, i: int) -> bool:
    # An apostrophe between Latin letters (don't, Xi'an) never opens a quote.
    before = folded[i - 1] if i > 0 else " "
    after = folded[i + 1] if i + 1 < len(folded) else " "
    return not (before.isascii() and before.isalnum() and after.isascii() and after.isalnum())


def _plausible_single_quote(folded: str, opened: int, closed: int) -> bool:
    inner = folded[opened + 1 : closed]
    return 0 < len(inner) <= 40 and any(_is_cjk(ch) for ch in inner)


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
