"""Clause geometry shared by the quantity stages (a helper, not a stage).

In: the folded text and an offset.  Out: where the clause holding the offset
begins, looking back over short glosses in parentheses (细颗粒物(PM2.5)平均浓度),
and whether a character is Han.  The filter, subject and comparison stages all
ask these questions, so they live upstream of all three.

Package-internal API: :func:`clause_start`, :func:`is_han`.
"""

from __future__ import annotations

from ..lexicon import quantity_context as context


def clause_start(folded: str, position: int, floor: int) -> int:
    i = position
    limit = max(floor, position - 60)
    while i > limit:
        if folded[i - 1] == ")":
            opened = _parenthetical_start(folded, i - 1, limit)
            if opened is not None:
                i = opened
                continue
        if folded[i - 1] in context.CLAUSE_BREAKS:
            break
        i -= 1
    return i


def _parenthetical_start(folded: str, close: int, limit: int) -> int | None:
    """Offset of the ( of a short gloss inside a noun phrase (细颗粒物(PM2.5)平均浓度), else None."""
    low = max(limit, close - context.PARENTHETICAL_MAX - 1)
    opened = folded.rfind("(", low, close)
    if opened <= limit or close == opened + 1:
        return None
    inner = folded[opened + 1:close]
    if any(ch in context.CLAUSE_BREAKS for ch in inner):
        return None  # (记者 张三), (一): not a gloss
    before, after = folded[opened - 1], folded[close + 1:close + 2]
    if not (is_han(before) and after and (is_han(after) or after.isalnum())):
        return None
    return opened


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
