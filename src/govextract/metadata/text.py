"""Spans of the folded text, shared by every metadata stage (package-internal).

Not a stage: the small vocabulary the stages share.  ``view`` is always the
folded text (:func:`govextract.normalize.fold`), which has the length of the
original, so a :data:`Span` found in it indexes the original text too.

Package-internal API:

- :data:`Span` -- a ``(start, end)`` pair of offsets;
- :data:`SPACES` -- every space character, the zero-width ones included;
- :data:`CLAUSE_MARKS` -- marks that end a clause, never found in a header value;
- :func:`alternation` -- a regex alternation of literal words, longest first;
- :func:`trimmed`, :func:`skip_marks` -- a span without its spaces (and leading marks);
- :func:`is_han`, :func:`same_text` -- a CJK ideograph; two spans equal but for spaces.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

SPACES = (  # every str.isspace() character, and the zero-width ones
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u200c\u200d\u2060"
)
_LEADING_MARKS = "【[(<《●•·■□◆◇▪►▶*※"
CLAUSE_MARKS = "。!?;,"  # a header value never holds a clause

Span = tuple[int, int]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal ``words``, longest first."""
    return "|".join(regex.escape(word) for word in sorted(set(words), key=len, reverse=True))


def trimmed(view: str, start: int, end: int) -> Span:
    while start < end and view[start] in SPACES:
        start += 1
    while end > start and view[end - 1] in SPACES:
        end -= 1
    return start, end


def skip_marks(view: str, start: int, end: int) -> int:
    while start < end and (view[start] in _LEADING_MARKS or view[start] in SPACES):
        start += 1
    return start


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def same_text(view: str, first: Span, second: Span) -> bool:
    def squeeze(span: Span) -> str:
        return "".join(ch for ch in view[span[0] : span[1]] if ch not in SPACES)

    return squeeze(first) == squeeze(second)
