"""Page layout vocabulary of text converted from PDF: page furniture and line-break signals.

A PDF converter (pdftotext, a copy from a PDF viewer) writes every printed
line on a line of its own, the page numbers and running headers in between,
and often a space around each number.  The tables below say what such
furniture looks like and which signals tell a line that was wrapped by the
page from one that ends a paragraph.  Every table is keyed on *folded* text
(see ``normalize.fold``): －３－ arrives as -3-, the ideographic space as a
space.  The engine is ``govextract.layout``; nothing runs here.
"""

# Page numbers on a line of their own (matched against the whole line, blanks
# trimmed): — 3 —, - 3 -, －3－, ·3·, 第3页 共10页, 第 3 页/共 10 页, 共10页 第3页,
# 第3页, 3/10 is left out (it reads as a date or a ratio).
PAGE_NUMBER_PATTERNS = (
    r"[-—–―‒~·•]{1,2}\s*\d{1,4}\s*[-—–―‒~·•]{1,2}",       # — 3 —  - 3 -  ·3·
    r"第\s*\d{1,4}\s*页(?:\s*[,/、]?\s*共\s*\d{1,4}\s*页)?",  # 第3页 共10页  第 3 页
    r"共\s*\d{1,4}\s*页\s*[,/、]?\s*第\s*\d{1,4}\s*页",       # 共10页 第3页
    r"(?i:page)\s*\d{1,4}(?:\s*(?i:of)\s*\d{1,4})?",        # Page 3 of 10
)

# A running header or footer (the document's title or issuer repeated at a
# page top or bottom) is a line next to a page number that either occurs
# more than once in the text or repeats the document's opening lines (the
# title, wrapped or not).  Longer lines are prose, never furniture.
RUNNING_HEADER_MAX_LENGTH = 60
RUNNING_HEADER_MIN_REPEATS = 2
# How many of the first non-blank lines may make up the title a running header repeats.
TITLE_LINES = 3

# Characters that close a sentence or a clause at a line end: a line ending in
# one of them (a closing quote or bracket after it included) may end its
# paragraph; a line ending in anything else was cut by the page width.
CLOSING_PUNCTUATION = "。!?;:…"
CLOSING_TRAILERS = "”’」』)》】\"'"

# Blanks that indent a paragraph's first line (after folding; the ideographic space is a space).
INDENT_CHARACTERS = " \t"

# The common line length: the width (CJK characters count two, others one; a printed
# page holds 20 CJK characters a line at least, WRAPPED_MIN_WIDTH) that
# most lines reach, within a tolerance of max(LINE_TOLERANCE_MIN, width // LINE_TOLERANCE_DIVISOR)
# below it.  A document is hard-wrapped when at least WRAPPED_MIN_LINES lines
# reach it, they are at least WRAPPED_MIN_SHARE of its non-blank lines, and at
# least WRAPPED_MIN_BROKEN of them end without closing punctuation (a line cut
# inside a sentence), and no more than WRAPPED_MAX_WIDER_SHARE of the lines run
# past it (the page width caps every line); a clean release, one line per
# paragraph, has no such cluster: its paragraphs run far past any short lines.
LINE_TOLERANCE_MIN = 6
LINE_TOLERANCE_DIVISOR = 8
WRAPPED_MIN_WIDTH = 40
WRAPPED_MIN_LINES = 3
WRAPPED_MIN_SHARE = 0.25
WRAPPED_MIN_BROKEN = 2
WRAPPED_MAX_WIDER_SHARE = 0.1

# A document indents its paragraphs when at least this many of its full lines'
# successors start with an indent; then an indented line always opens a paragraph.
INDENTED_MIN_LINES = 2

# Spaces a converter writes around a number (地区生产总值 340 亿元, 第 54 位, 6.5% 左右):
# between one of these characters and a Han character, in either order, or
# between a digit and a percent sign, a space is layout, not text.
NUMBER_EDGE_CHARACTERS = "0123456789%‰"
