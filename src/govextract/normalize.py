"""Length-preserving text folding.

``fold(text)`` maps every character to exactly one character, so an offset
found in the folded text is the same offset in the original.  Surfaces are
always sliced from the original text, never from the folded copy.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import folding


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table = {
        code: chr(code - folding.FULLWIDTH_OFFSET)
        for code in range(folding.FULLWIDTH_START, folding.FULLWIDTH_END + 1)
    }
    for source, target in (*folding.SINGLE_CHARACTERS.items(), *folding.TRADITIONAL_TO_SIMPLIFIED.items()):
        if len(source) != 1 or len(target) != 1:
            raise ValueError(f"folding entry {source!r} -> {target!r} is not one character to one character")
        table[ord(source)] = target
    return table


def fold(text: str) -> str:
    """Fold widths, spaces and traditional characters; the length never changes.

    >>> fold("９０％以上，個百分點")
    '90%以上,个百分点'
    >>> len(fold("１２３")) == len("１２３")
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"fold() takes a str, not {type(text).__name__}")
    return text.translate(_table())


def checked_range(text: str, folded: str, start: int, end: int | None, caller: str) -> tuple[int, int]:
    """Validate a finder's arguments and clip ``[start, end)`` to the text.

    Every ``find_*`` function takes the original text, its folded copy and a
    range; misuse raises at once, an out-of-range range is clipped.

    >>> checked_range("政务服务", "政务服务", -3, 99, "find_x")
    (0, 4)
    """
    if not isinstance(text, str) or not isinstance(folded, str):
        raise TypeError(f"{caller}() takes the text and its folded copy as str")
    if len(text) != len(folded):
        raise ValueError("folded must be fold(text): the lengths differ")
    if isinstance(start, bool) or not isinstance(start, int) or (
        end is not None and (isinstance(end, bool) or not isinstance(end, int))
    ):
        raise TypeError(f"{caller}() takes start and end as integers")
    length = len(text)
    end = length if end is None else end
    return max(0, min(start, length)), max(0, min(end, length))
