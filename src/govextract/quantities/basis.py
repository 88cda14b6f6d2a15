"""Comparison basis: what a change is measured against, as its sentence states it.

In: the folded text, the document's quantities (final records, in order) and
the page layout.  Out: each change (a percent, percentage point or multiple
after a change verb, a comparative word or a share of a base) with ``basis``
and ``basis_start``/``basis_end``, the offsets of the words that state it.
Runs once per document, after the quantity stage; reads only the sentences
that hold a change.

Scope, as releases write it:

* 同比, 环比, 按年 and a base after 比/较 or between 与 and 相比 (比上年同期,
  较年初, 比1—2月, 与一季度相比, 比预算, 较常年同期) govern every change after
  them in their sentence, until another such phrase replaces them (同比分别
  增长5.1%、6.2%和7.0%); never a quantity before them, never the next sentence;
* a comparative verb with its base (高于全国平均水平0.5个百分点, 超出目标2个
  百分点), a share of a base (完成年度计划的98%, 是全国平均水平的2倍) and a
  rate compared with a base (增速比1—9月加快0.3个百分点) state the change of
  their own clause only: the sentence's basis holds again after it
  (增长6.8%，高于全省1.2个百分点；投资增长5% -> 5% is not measured against
  the province);
* a change averaged over years (两年平均增长3.5%, 年均增长) takes none.

A sentence ends at 。！？ or a line break that is not a soft one of a
converted PDF (``Layout.joins``) or a page-furniture line.  Quantities that
already have a basis (set by an earlier stage) keep it.

Package-internal API: :func:`assign_bases`; :func:`basis_pattern` for tests.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import regex

from ..compact import amend
from ..layout import Layout
from ..lexicon import basis as lex
from ..models import Basis, Quantity, QuantityKind
from .pattern import alternation

_CHANGE_KINDS = frozenset({QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT, QuantityKind.MULTIPLE})
_SENTENCE_BREAKS = "。!?\n"
_CLAUSE_BREAKS = frozenset(",;:。!?\n")
_LIST_GAP = regex.compile(r"\s*(?:[、,]|和|及|与|或)\s*")  # between members of a list (1.2、1.3个百分点)
_LOOKBACK = 400  # a sentence is searched for at most this far back from a change
_CLASSES = {
    "yoy": Basis.YEAR_ON_YEAR, "pop": Basis.PERIOD_ON_PERIOD, "earlier": Basis.VS_EARLIER,
    "average": Basis.VS_AVERAGE, "target": Basis.VS_TARGET,
}


def _bases() -> str:
    """The bases after an opener, one named group per class (names repeat across the forms)."""
    year = rf"(?:{alternation(lex.ERAS)})?(?:\d{{2,4}}|[{lex.YEAR_DIGITS_HAN}]{{4}})年"
    months = r"\d{1,2}(?:[-—–~～至到]\d{1,2})?月份?"
    ends = alternation(lex.EARLIER_PERIOD_ENDS)
    plan = rf"[\"“]?(?:{alternation(lex.PLAN_PERIODS)})[\"”]?(?:{alternation(lex.PLAN_PERIOD_ENDS)})?"
    earlier = (
        rf"{year}(?:{months})?(?:{ends})?|{months}(?:末|底)?|{plan}"
        rf"|(?:{alternation(lex.EARLIER_BASES)})(?:{ends})?"
    )
    average = (
        rf"(?:{alternation(lex.AREAS)})?(?:{alternation(lex.AVERAGE_WORDS)})"
        rf"|{alternation(lex.NORMAL_BASES)}|(?:{alternation(lex.AREAS)})"
    )
    target = rf"(?:{alternation(lex.TARGET_QUALIFIERS)})?(?:{alternation(lex.TARGET_NOUNS)})"
    return (
        rf"(?:(?P<yoy>{alternation(lex.YEAR_ON_YEAR_BASES)})|(?P<pop>{alternation(lex.PERIOD_ON_PERIOD_BASES)})"
        rf"|(?P<target>{target})|(?P<average>{average})|(?P<earlier>{earlier}))"
        rf"(?:{alternation(lex.BASE_TAILS)})?"
    )


@lru_cache(maxsize=1)
def basis_pattern() -> regex.Pattern[str]:
    """One pattern for every basis phrase; the named group says its class and form."""
    bases = _bases()
    hk_change = alternation(lex.HK_CHANGE_STARTS)
    words = (
        rf"(?P<yoy>{alternation(lex.YEAR_ON_YEAR_WORDS)})(?!{alternation(lex.NOT_BASIS_AFTER_WORD)})"
        rf"|(?P<pop>{alternation(lex.PERIOD_ON_PERIOD_WORDS)})"
        rf"|(?P<yoy>{alternation(lex.HK_YEAR_ON_YEAR)})(?=(?:{hk_change}))"
        rf"|(?P<pop>{alternation(lex.HK_PERIOD_ON_PERIOD)})(?=(?:{hk_change}))"
        rf"|(?<![{regex.escape(lex.TAIWAN_NOT_AFTER)}])(?P<yoy>{alternation(lex.TAIWAN_YEAR_ON_YEAR_VERBS)})"
        rf"(?=\d|率|幅)"
    )
    target_share = (
        rf"(?P<share>{alternation(lex.TARGET_SHARE_VERBS)})"
        rf"(?P<target>\p{{Han}}{{0,{lex.TARGET_SHARE_GAP}}}?(?:{alternation(lex.TARGET_SHARE_NOUNS)}))"
        rf"(?=[{''.join(lex.SHARE_MARKS)}])"
    )
    return regex.compile(
        rf"(?P<comparative>{alternation(lex.COMPARATIVE_OPENERS)}){bases}"
        rf"|(?P<share>{alternation(lex.SHARE_OPENERS)}){bases}(?=[{''.join(lex.SHARE_MARKS)}])"
        rf"|{target_share}"
        rf"|(?:{alternation(lex.ENCLOSING_OPENERS)}){bases}(?:{alternation(lex.ENCLOSING_CLOSERS)})"
        rf"|(?:{alternation(lex.OPENERS)}){bases}"
        rf"|{words}"
    )


@lru_cache(maxsize=1)
def _gap_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """What may stand between a phrase and its change: (after a comparative, after a share, before a number)."""
    gap = rf"(?:{alternation(lex.GAP_WORDS)})*"
    comparative = alternation(lex.COMPARATIVE_WORDS)
    return (
        regex.compile(rf"(?:{comparative})?{gap}"),
        regex.compile(rf"[{''.join(lex.SHARE_MARKS)}]{gap}"),
        regex.compile(
            rf"(?:{comparative}|(?:{alternation(lex.CHANGE_RATE_NOUNS)})(?:{alternation(lex.RATE_LINKS)})?){gap}$"
        ),
    )


class _Phrase:
    """One basis phrase of a sentence: its class, its span and whether it governs the sentence."""

    __slots__ = ("basis", "end", "form", "sentence_wide", "start")

    def __init__(self, match: regex.Match[str]) -> None:
        groups = match.groupdict()
        name = next(n for n in ("yoy", "pop", "earlier", "average", "target") if groups.get(n) is not None)
        self.form = "comparative" if groups["comparative"] else "share" if groups["share"] else "plain"
        self.basis = _CLASSES[name]
        self.start, self.end = match.span()
        self.sentence_wide = self.form == "plain" and not _after_rate(match)


def _after_rate(match: regex.Match[str]) -> bool:
    """True when the phrase compares a rate (增速比1—9月): it then governs its clause only."""
    return match.string.endswith(lex.RATE_NOUNS, max(0, match.start() - 6), match.start())


def assign_bases(folded: str, quantities: list[Quantity], layout: Layout) -> list[Quantity]:
    """Set the basis of each change in ``quantities`` (in place); the same list.

    >>> from govextract import extract
    >>> doc = extract("1—10月，规上工业增加值同比增长5.1%，增速比全省高1.2个百分点。")
    >>> [(q.text, q.basis.value) for q in doc.quantities]
    [('5.1%', 'year_on_year'), ('1.2个百分点', 'vs_average')]
    """
    sentence_end = -1
    phrases: list[_Phrase] = []
    ends: list[int] = []
    previous: tuple[int, _Phrase] | None = None  # the end of the last change given a basis, and its phrase
    for index, quantity in enumerate(quantities):
        if quantity.kind not in _CHANGE_KINDS or quantity.basis is not None:
            continue
        if quantity.start >= sentence_end:
            sentence_start = _sentence_start(folded, quantity.start, layout)
            sentence_end = _sentence_end(folded, quantity.end, layout)
            phrases = [_Phrase(m) for m in basis_pattern().finditer(folded, sentence_start, sentence_end)]
            ends = [phrase.end for phrase in phrases]  # increasing: the matches do not overlap
            previous = None
        if not phrases:
            continue
        if previous is not None and _LIST_GAP.fullmatch(folded, previous[0], quantity.start):
            found: _Phrase | None = previous[1]  # 分别高于全国平均水平1.2、1.3个百分点: a list shares its basis
        else:
            found = _governing(folded, quantity, phrases, bisect_right(ends, quantity.start))
        previous = None if found is None else (quantity.end, found)
        if found is not None:
            quantities[index] = amend(quantity, basis=found.basis, basis_start=found.start,
                                        basis_end=found.end)
    return quantities


def _governing(folded: str, quantity: Quantity, phrases: list[_Phrase], before: int) -> _Phrase | None:
    """The phrase that states the basis of ``quantity``, if it is a change and one does.

    ``phrases[:before]`` are those of its sentence that end before it."""
    after_comparative, after_share, before_number = _gap_patterns()
    for position in range(before - 1, -1, -1):  # nearest first
        phrase = phrases[position]
        gap = "".join(folded[phrase.end:quantity.start].split())
        if phrase.form != "plain":  # 完成年度计划的98%, 高于全国0.5个百分点: the number right after it only
            if (after_share if phrase.form == "share" else after_comparative).fullmatch(gap):
                return phrase
            continue
        if not phrase.sentence_wide and any(ch in _CLAUSE_BREAKS for ch in gap):
            continue  # a rate compared in an earlier clause (增速比1—9月加快…)
        if _averaged(gap):
            return None  # 两年平均增长3.5%: an average over years, on no stated basis
        if quantity.direction is not None or before_number.search(gap[-8:]):
            return phrase
        return None  # the phrase in force, but the quantity is a level, not a change
    return None


def _averaged(gap: str) -> bool:
    """True when the clause before a change averages it over years (年均增长, 两年平均增长)."""
    clause = max(gap.rfind(ch) for ch in _CLAUSE_BREAKS) + 1
    return any(word in gap[clause:] for word in lex.AVERAGE_RATE_WORDS)


def _is_break(folded: str, position: int, layout: Layout) -> bool:
    """True when the character at ``position`` ends a sentence (a line break only when the line below is new)."""
    if folded[position] != "\n":
        return True
    if layout.plain:
        return True
    following = position + 1
    while following < len(folded) and folded[following].isspace():
        following += 1
    return following not in layout.joins and following not in layout.furniture_starts


def _sentence_start(folded: str, position: int, layout: Layout) -> int:
    low = max(0, position - _LOOKBACK)
    i = position
    while True:
        i = max(folded.rfind(ch, low, i) for ch in _SENTENCE_BREAKS)
        if i < 0:
            return low
        if _is_break(folded, i, layout):
            return i + 1


def _sentence_end(folded: str, position: int, layout: Layout) -> int:
    high = min(len(folded), position + _LOOKBACK)
    i = position
    while True:
        found = [j for ch in _SENTENCE_BREAKS if (j := folded.find(ch, i, high)) >= 0]
        if not found:
            return high
        i = min(found)
        if _is_break(folded, i, layout):
            return i
        i += 1
