"""Pattern building blocks shared by the heading and point stages (no stage of its own).

In: the tables of ``lexicon.headings``.  Out: compiled ``regex`` patterns.
The point-label pattern lives here rather than in ``points`` because the
heading stage needs it too: a line that opens with 一是 or 首先 is never a
theme, so it may not become a subheading or a lead-sentence heading.

Package-internal API: ``char_class``, ``alternation`` and ``point_pattern``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..lexicon import headings as lex


def char_class(chars: str) -> str:
    return "[" + "".join(regex.escape(ch) for ch in chars) + "]"


def alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def point_pattern() -> regex.Pattern[str]:
    """Point labels anywhere on folded text; the clause-start check is done by the caller."""
    numeral = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
    blockers = alternation(lex.NUMBERED_POINT_BLOCKERS)
    ordinal_followers = alternation(tuple(f for f in lex.ORDINAL_POINT_FOLLOWERS if f != "是"))
    sequence_followers = alternation(tuple(f for f in lex.SEQUENCE_POINT_FOLLOWERS if f != "是"))
    return regex.compile(
        rf"""
        (?P<aspect_next> {alternation(lex.ASPECT_POINT_NEXT)} )                   # 另一方面
      | (?P<aspect_first> {alternation(lex.ASPECT_POINT_FIRST)} )                 # 一方面
      | (?P<ordinal> {regex.escape(lex.ORDINAL_POINT_PREFIX)} (?P<ordinal_number> {numeral} )
            (?: 是 | (?= {ordinal_followers} ) ) )                                # 第一是 / 第二，
      | (?P<sequence_first> {alternation(lex.SEQUENCE_POINT_FIRST)}
            (?: 是 | (?= {sequence_followers} ) ) )                               # 首先是 / 首先，
      | (?P<sequence_next> {alternation(lex.SEQUENCE_POINT_NEXT)}
            (?: 是 | (?= {sequence_followers} ) ) )                               # 其次是 / 最后，
      | (?P<numbered> (?P<numbered_number> {numeral} ) (?:\r?\n)? {regex.escape(lex.NUMBERED_POINT_SUFFIX)} )  # 二⏎是: a soft break
            (?! {blockers} )                                                      # 一是, not 一是否
        """,
        regex.VERBOSE,
    )
