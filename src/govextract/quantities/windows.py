"""Where the candidate pattern can match: the windows of a range worth scanning (a helper of stage 1).

In: the source of the candidate pattern and the folded text of a range.
Out: the *windows* of the range, the maximal runs of characters the pattern
can read (its *alphabet*) that hold a numeral character.

Why this is exact: a character outside the alphabet (most Han characters, 。
，《》…) can never be consumed, nor seen by a look-behind of characters of the
alphabet, so the pattern reads it as it reads the end of the string.  No match
crosses it, and the matches inside a run are those of the run read on its own.
Every match that can become a candidate holds a numeral character (a digit,
一…九, 十百千, 翻 of 翻番, 半 of 半成, a character of 首位); a run without one holds at
most a URL, which is no candidate.  So scanning the windows alone finds the
same candidates as scanning the whole range, and a window's candidates depend
on its text alone (and on the one character before it, which a caller reads):
they can be cached by that text.  The pattern's syntax is read here; a
construct that could see past the alphabet (``.``, ``\\w``, ``[^…]``, ``$``,
``\\b``, an inline flag, ``\\p{…}``, a conditional group) turns windows off (:func:`run_pattern`
returns None) rather than risk a different result.

Why our own code: the regex engine has no such pre-filter; it tries the whole
pattern at every position, and most positions of a release hold no number.

Package-internal API: :func:`run_pattern`, :func:`alphabet_class`.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import numerals, units
from ..lexicon import quantity_context as context
from .pattern import candidate_pattern

# \s \d, control characters, back-references; \G (where the search resumed: a window's start is
# where a whole-range scan would resume too, since the character before a window is not read)
_SAFE_ESCAPES = frozenset("sdtnrfvG0123456789")
# groups, look-arounds, atomic groups and calls of a named group ((?&name), defined in (?(DEFINE)…))
_GROUP_OPENERS = (":", "P<", "P=", "P>", "=", "!", "<=", "<!", ">", "&", "(DEFINE)")


def alphabet_class(source: str, verbose: bool) -> str | None:
    """The body of a character class holding every character ``source`` can read, or None.

    Every ASCII character, ``\\s`` and ``\\d`` are always in it; beyond them,
    each non-ASCII character and range written in the pattern.  None when the
    pattern uses a construct that reads characters it does not name.
    """
    extra: set[str] = set()
    ranges: list[str] = []
    i, size = 0, len(source)
    in_class = False
    class_start = 0
    plain = -1  # the offset of the last character written as itself inside a class
    while i < size:
        ch = source[i]
        if ch == "\\":
            if i + 1 >= size:
                return None
            escaped = source[i + 1]
            if escaped == "x":
                i += 4  # \xNN: ASCII or Latin-1, read below as a character
                literal = chr(int(source[i - 2:i], 16))
                extra.add(literal)
                continue
            if escaped.isalnum() and escaped not in _SAFE_ESCAPES:
                return None  # \w \S \b \p{…} \N{…} \u…: unnamed characters or positions
            if not escaped.isalnum():
                extra.add(escaped)
            i += 2
            continue
        if in_class:
            if ch == "]" and i > class_start:
                in_class = False
            elif ch == "[" and source.startswith("[:", i):
                return None  # a POSIX class
            elif ch == "-" and i > class_start and i + 1 < size and source[i + 1] != "]":
                low, high = source[i - 1], source[i + 1]
                if plain != i - 1 or high == "\\" or ord(low) > ord(high):
                    return None  # a range from or to an escape: not read here
                if ord(high) > 0x7F:
                    ranges.append(f"{regex.escape(low)}-{regex.escape(high)}")
            else:
                extra.add(ch)
                plain = i
            i += 1
            continue
        if ch == "[":
            if source.startswith("[^", i):
                return None
            in_class, class_start = True, i + 1
        elif ch == "(" and source.startswith("(?", i):
            rest = source[i + 2:i + 10]
            if rest.startswith("#"):
                i = source.index(")", i) + 1
                continue
            if not rest.startswith(_GROUP_OPENERS):
                return None  # an inline flag
        elif ch in ".$^":
            return None
        elif verbose and ch == "#":
            newline = source.find("\n", i)
            i = size if newline < 0 else newline + 1
            continue
        else:
            extra.add(ch)
        i += 1
    if in_class:
        return None
    wide = "".join(sorted(regex.escape(ch) for ch in extra if ord(ch) > 0x7F))
    return r"\x00-\x7f\s\d" + wide + "".join(ranges)


def anchors() -> str:
    """The characters one of which every match that can be a candidate holds (a character class body)."""
    chars = {*numerals.DIGITS, *numerals.SMALL_UNITS, *units.DOUBLING_PREFIX}
    chars.update(ch for word in context.RANK_FIRST_WORDS for ch in word)
    chars.update(ch for pair in numerals.APPROXIMATE_PAIRS for ch in pair)
    chars.update(units.TENTHS_HALF)  # 半成
    return r"\d" + "".join(sorted(regex.escape(ch) for ch in chars))


@lru_cache(maxsize=1)
def run_pattern() -> tuple[regex.Pattern[str], regex.Pattern[str]] | None:
    """The windows pattern and a one-character test of the alphabet, or None when windows are off.

    A window begins where the alphabet begins (or where the search does) and
    runs to the end of the alphabet's run; it must hold a numeral character.
    """
    pattern = candidate_pattern()
    if pattern.flags & (regex.IGNORECASE | regex.MULTILINE | regex.DOTALL):
        return None
    live = alphabet_class(pattern.pattern, bool(pattern.flags & regex.VERBOSE))
    if live is None:
        return None
    runs = regex.compile(rf"(?:(?<![{live}])|\G)(?=[{live}]*?[{anchors()}])[{live}]++")
    return runs, regex.compile(f"[{live}]")
