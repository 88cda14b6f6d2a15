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
