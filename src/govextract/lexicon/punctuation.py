"""Paired punctuation: quotation marks and title marks.

Folding has already turned full-width ＂ and ＇ into their ASCII forms, so the
straight quotes below cover both widths.
"""

# opener -> closer for curved and corner quotation marks.
QUOTE_PAIRS = {
    "“": "”",
    "‘": "’",
    "「": "」",
    "『": "』",
    "〝": "〞",
    "﹁": "﹂",
    "﹃": "﹄",
}

# Marks that open and close alike; paired left to right within a paragraph.
STRAIGHT_QUOTES = ('"', "'")

# opener -> closer for marks around titles of documents, laws and works.
TITLE_PAIRS = {
    "《": "》",
    "〈": "〉",
    "ﹽ": "ﹾ",
}

# Sentence-final punctuation (after folding).
SENTENCE_END = "。!?;…"

# Clause separators that mark a quoted text as a phrase rather than a name.
CLAUSE_SEPARATORS = ",;:!?,。;:!?"
