"""Period words: what decides which date mention governs a quantity (see ``govextract.quantities.period``).

Keys are *folded* text (see ``normalize.fold``): full-width marks arrive as ASCII, and the
traditional characters in the folding table (較, 與, 為) arrive simplified; those it leaves
alone (復) are listed in both scripts.
The matching logic lives in ``govextract.quantities.period``.
"""

from .basis import COMPARATIVE_OPENERS, ENCLOSING_CLOSERS, ENCLOSING_OPENERS, OPENERS, SHARE_MARKS

# Words written right before a date mention that make it a comparison base, not the
# period of the figure (比上年, 较年初, 与一季度相比, 相当于2019年同期的95%): such a
# mention is the basis of a change, never its period.  The openers are the basis
# stage's own (``lexicon.basis``), so a mention is a base for both stages or for neither;
# the rest open a base that is no change (相当于, 恢复至, 持平于).
COMPARISON_BEFORE = tuple(dict.fromkeys(
    OPENERS + ENCLOSING_OPENERS + COMPARATIVE_OPENERS
    + ("较之", "比起", "相当于", "恢复到", "恢复至", "恢復到", "恢復至", "持平于")
))
# Words written right after a date mention that make it a comparison base (一季度相比);
# a bare 比 is left out: 2023年比2022年增长 names the figure's own year first.
COMPARISON_AFTER = tuple(word for word in ENCLOSING_CLOSERS if word != "比")
# A mention between one of SHARE_BEFORE and one of SHARE_AFTER is the base of a share or
# multiple (为2019年同期的95%, 是2012年的2倍, 為108年之7成): a comparison base too.
SHARE_BEFORE = ("为", "是", "达", "达到", "相当于", "恢复到", "恢复至", "恢復到", "恢復至")
SHARE_AFTER = SHARE_MARKS
# Written right after a date mention, these make it the base of an index (上年=100,
# 2020年=100: the index of the figure's own period, measured against that one).
INDEX_BASE_AFTER = ("=100", "=1000")
# How far (in characters, spaces skipped) a comparison word may stand from the mention.
COMPARISON_GAP = 1

# A mention followed by one of these runs from its start to the publication date
# (今年以来, 2020年以来): the figure is cumulative since then.
SINCE_WORDS = ("以来",)

# A mention after one of these, naming a year or a year's or month's end, is a point in
# time: a stock as of the last day (截至2024年底, 截至2023年).
AS_OF_WORDS = ("截至", "截止", "截止到", "截至到", "截止至")

# Marks that end a clause (the quantity's own clause runs back to the last of them) ...
CLAUSE_MARKS = (",", "。", ";", ":", "!", "?", "\n")
# ... and marks that end a sentence (；separates clauses of one sentence here).
SENTENCE_MARKS = ("。", "!", "?", "\n")
# No clause or sentence is looked back into further than this many characters.
CLAUSE_REACH = 300
