"""Stage 1 of section finding: the body as a list of paragraphs.

In: the folded text, the body bounds and the page layout (``govextract.layout``).
Out: ``Paragraph`` spans (one non-blank line is one paragraph, trimmed of blanks
and invisible characters, except that a line after a soft break continues the
paragraph above it and page furniture lines are no paragraphs at all; the part
of a paragraph after a page break is a paragraph of its own marked
``continued``, so no theme or point ever holds a page number),
the test that drops navigation lines (crumb trails, web controls) at the body
start, and ``Quoted``, the offsets inside quotation or title marks where
punctuation ends nothing.

Package-internal API, shared by the later stages (headings, outline, points):
``Paragraph``, ``split_paragraphs``, ``is_navigation``, ``Quoted``,
``quoted_positions``, ``is_blank``, ``find_outside``, ``trim``, ``TRAILING``,
``is_dash_item`` and ``is_bullet_item``.

Why our own code: splitting at line breaks is easy, but the offsets must
stay those of the original text, the blanks to trim include full-width and
zero-width characters, and whether punctuation ends a clause depends on the
quotation and title marks around it (``enclosures``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..enclosures import Enclosure, find_enclosures
from ..layout import Layout
from ..lexicon import headings as lex

_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int  # first non-space character
    end: int  # one past the last non-space character
    continued: bool = False  # the rest of the paragraph above, after page furniture: opens no section


def is_blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


@lru_cache(maxsize=1)
def _trimmed_line_pattern() -> regex.Pattern[str]:
    """A line (a run of characters that are no line break) from its first character that is not blank
    (:func:`is_blank`) to its last: what a line holds after a match is blank, so a line gives one match
    or, when blank throughout, none."""
    breaks = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
    blanks = {chr(code) for code in range(0x3001) if chr(code).isspace()} | set(_INVISIBLE)  # U+3000 is the last space
    blank = "".join(f"\\u{ord(ch):04x}" for ch in sorted(blanks))
    line_break = "".join(f"\\u{ord(ch):04x}" for ch in breaks)
    return regex.compile(rf"[^{line_break}{blank}](?:[^{line_break}]*[^{line_break}{blank}])?")


def split_paragraphs(folded: str, start: int, end: int, layout: Layout | None = None) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    plain = layout is None or layout.plain
    for line in _trimmed_line_pattern().finditer(folded, start, end):
        s, e = line.span()
        if plain or layout is None:
            paragraphs.append(Paragraph(s, e))
        elif s in layout.furniture_starts:
            continue  # a page number or running header
        elif s in layout.joins and paragraphs and paragraphs[-1].end == layout.continues[s]:
            if s in layout.across:
                paragraphs.append(Paragraph(s, e, continued=True))
            else:
                paragraphs[-1] = Paragraph(paragraphs[-1].start, e, paragraphs[-1].continued)
        else:
            paragraphs.append(Paragraph(s, e))
    return paragraphs


def is_navigation(line: str) -> bool:
    """True for a crumb trail or a line of web controls (only ever skipped at the body start)."""
    if any(cue in line for cue in lex.NAVIGATION_CUES):
        return True
    if lex.NAVIGATION_HOME in line and any(sep in line for sep in lex.NAVIGATION_SEPARATORS):
        return True
    return len(line) <= lex.WEB_CONTROL_MAX_LENGTH and any(cue in line for cue in lex.WEB_CONTROL_CUES) and not any(
        ch in lex.SENTENCE_TERMINATORS for ch in line
    )


class Quoted:
    """Which offsets lie inside quotation or title marks (where punctuation ends nothing)."""

    def __init__(self, base: int, flags: bytearray) -> None:
        self.base = base
        self.flags = flags

    def __contains__(self, offset: int) -> bool:
        i = offset - self.base
        return 0 <= i < len(self.flags) and bool(self.flags[i])


def quoted_positions(folded: str, start: int, end: int, enclosures: Sequence[Enclosure] | None = None) -> Quoted:
    """The offsets inside the outermost marks of ``folded[start:end]``.

    ``enclosures`` (those of the whole text) are used when the range starts a
    line: the marks' scan starts afresh on each line, so the pairs of the range
    are then exactly those of the whole text that lie in it.
    """
    flags = bytearray(end - start)
    if enclosures is not None and (start == 0 or folded[start - 1] == "\n"):
        found = [e for e in enclosures if start <= e.open and e.close < end]
    else:
        found = find_enclosures(folded, start, end)
    for enclosure in found:
        if enclosure.depth == 0:
            flags[enclosure.inner_start - start : enclosure.inner_end - start] = b"\x01" * (
                enclosure.inner_end - enclosure.inner_start
            )
    return Quoted(start, flags)


def find_outside(folded: str, chars: str, lo: int, hi: int, inside: Quoted) -> int:
    """Offset of the first character of ``chars`` in ``folded[lo:hi]`` outside quotes, else -1."""
    for found in _any_of(chars).finditer(folded, lo, hi):
        if found.start() not in inside:
            return found.start()
    return -1


@lru_cache(maxsize=64)
def _any_of(chars: str) -> regex.Pattern[str]:
    return regex.compile("[" + "".join(f"\\U{ord(ch):08x}" for ch in chars) + "]")


def trim(folded: str, lo: int, hi: int, strip: str) -> tuple[int, int]:
    while lo < hi and (is_blank(folded[lo]) or folded[lo] in strip):
        lo += 1
    while hi > lo and (is_blank(folded[hi - 1]) or folded[hi - 1] in strip):
        hi -= 1
    return lo, hi


TRAILING = lex.SENTENCE_TERMINATORS + lex.HEADING_TERMINATORS + ",、"


def is_dash_item(folded: str, paragraph: Paragraph) -> bool:
    return folded.startswith(lex.DASH_LEADERS, paragraph.start, paragraph.end)


def is_bullet_item(folded: str, paragraph: Paragraph) -> bool:
    return folded[paragraph.start] in lex.BULLET_MARKS
