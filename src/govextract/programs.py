"""Quoted names (programs, platforms, reforms, slogans) and cited document titles.

Every pair of quotation marks in the range gives one :class:`Program` record,
in text order: “” ‘’ 「」 『』 and straight quotes (after folding, full-width
＂ and ＇ are straight quotes too).  Quotes nested inside a 《》 title count as
well: 《山东省“十四五”数字机关建设行动计划》 gives 十四五, because a title's
quoted part is usually a name in its own right; the head search never leaves
the title.  Quotes nested in quotes count too (“学习‘枫桥经验’” gives both).
Empty quotes and whitespace-only quotes give nothing; spaces just inside the
marks are not part of the name.

The *head* is the noun right after the closing quote that says what the name
is (“放管服”改革 -> 改革); it is searched on jieba tokens of the folded text.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import regex

from .enclosures import Enclosure, EnclosureKind, find_enclosures, reported
from .keywords import load_dictionary_classes, load_idf
from .lexicon import programs as lexicon
from .models import DocumentRef, Program, ProgramCategory
from .normalize import checked_range, fold
from .tokenize import Token, Tokenizer, default_tokenizer, load_gov_names

__all__ = ["classify", "find_documents", "find_programs"]


@lru_cache(maxsize=1)
def _head_nouns() -> tuple[str, ...]:
    """Folded head nouns, longest first."""
    nouns = {fold(noun) for noun in lexicon.HEAD_NOUNS}
    return tuple(sorted(nouns, key=lambda noun: (-len(noun), noun)))


@lru_cache(maxsize=1)
def _closing_head_nouns() -> tuple[str, ...]:
    """Folded head nouns that count only where the phrase ends with them."""
    nouns = {fold(noun) for noun in lexicon.CLOSING_HEAD_NOUNS}
    return tuple(sorted(nouns, key=lambda noun: (-len(noun), noun)))


@lru_cache(maxsize=1)
def _platform_endings() -> tuple[str, ...]:
    """Folded endings of website, app and account names."""
    return tuple(sorted({fold(ending) for ending in lexicon.PLATFORM_NAME_ENDINGS}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _head_breakers() -> frozenset[str]:
    """Folded words that end the search for a head."""
    return frozenset(fold(word) for word in lexicon.HEAD_BREAKERS)


@lru_cache(maxsize=1)
def _head_character_pattern() -> regex.Pattern[str]:
    # Characters a head compound may contain: ideographs, Latin letters, digits.
    return regex.compile(r"[\p{Han}A-Za-z0-9]")


@lru_cache(maxsize=1)
def _period_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{lexicon.PERIOD_NAME})$")


@lru_cache(maxsize=1)
def _han_pattern() -> regex.Pattern[str]:
    return regex.compile(r"\p{Han}")


@lru_cache(maxsize=1)
def _grade_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{lexicon.GRADE_NAME})$")


@lru_cache(maxsize=1)
def _numeral_abbreviation_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{lexicon.NUMERAL_ABBREVIATION})$")


@lru_cache(maxsize=1)
def _counting_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"^(?:{lexicon.COUNTING_TOKEN})$")


@lru_cache(maxsize=1)
def _ill_nouns() -> tuple[str, ...]:
    return tuple(fold(noun) for noun in lexicon.ILL_NOUNS)


@lru_cache(maxsize=1)
def _negative_verbs() -> tuple[str, ...]:
    return tuple(fold(verb) for verb in lexicon.NEGATIVE_VERBS)


@lru_cache(maxsize=1)
def _idea_heads() -> tuple[str, ...]:
    return tuple(fold(noun) for noun in lexicon.IDEA_HEADS)


@lru_cache(maxsize=1)
def _clause_break_pattern() -> regex.Pattern[str]:
    # Where the clause before an opening quote begins: punctuation or a line break.
    return regex.compile(r"[,;:!?。;:!?、\n“”「」『』《》()]")


@lru_cache(maxsize=1)
def _list_split_pattern() -> regex.Pattern[str]:
    return regex.compile("[" + regex.escape(lexicon.LIST_SEPARATOR) + "]")


def find_programs(
    text: str,
    folded: str,
    start: int = 0,
    end: int | None = None,
    *,
    enclosures: Sequence[Enclosure] = (),
    tokenizer: Tokenizer | None = None,
) -> list[Program]:
    """Every quoted name in ``text[start:end]``, one record per occurrence, in order.

    ``folded`` is ``fold(text)``.  ``enclosures`` may cover the whole document;
    when empty they are computed for the range.

    >>> from govextract.normalize import fold
    >>> text = "深化“放管服”改革,实施“双全双百”工程。"
    >>> [(p.name, p.head, p.category.value) for p in find_programs(text, fold(text))]
    [('放管服', '改革', 'program'), ('双全双百', '工程', 'program')]
    """
    start, end = checked_range(text, folded, start, end, "find_programs")
    if start >= end:
        return []
    pairs = enclosures if enclosures else find_enclosures(folded, start, end)
    titles = [e for e in pairs if e.kind is EnclosureKind.TITLE]
    found: list[Program] = []
    quotes = [
        pair for pair in reported(pairs)
        if pair.kind is EnclosureKind.QUOTE and pair.open >= start and pair.close < end
    ]
    wordplay = _wordplay_quotes(folded, quotes)
    for pair, limit in zip(quotes, _title_limits(quotes, titles, end), strict=True):
        name_start, name_end = _trimmed(text, pair.inner_start, pair.inner_end)
        if name_start >= name_end:
            continue
        name = folded[name_start:name_end]
        head = None
        # Only the first few characters after the quote are read: a window, not a copy to the range end.
        after = folded[pair.close + 1 : min(limit, pair.close + 1 + _after_reach())]
        is_part_title = after.startswith(_text_part_nouns())
        if not (_period_pattern().match(name) or is_part_title or _is_speech(name) or pair in wordplay):
            head = _find_head(folded, pair.close + 1, limit, tokenizer or default_tokenizer())
        if _names_an_ill(folded, pair, limit) or is_part_title or pair in wordplay:
            category = ProgramCategory.OTHER
        elif head is None and _is_list(name) and _precedes_an_idea(after):
            category = ProgramCategory.SLOGAN  # “走在前、做示范”的担当
        else:
            category = classify(name, has_head=head is not None, head=folded[head[0] : head[1]] if head else None)
        found.append(
            Program(
                name=text[name_start:name_end],
                start=name_start,
                end=name_end,
                head=text[head[0] : head[1]] if head else None,
                head_start=head[0] if head else None,
                head_end=head[1] if head else None,
                category=category,
            )
        )
    return found


def _title_limits(quotes: Sequence[Enclosure], titles: Sequence[Enclosure], end: int) -> list[int]:
    """Where the head search of each quote stops: the close of the innermost 《》 around it, else ``end``.

    ``quotes`` are sorted by opening mark.  One sweep keeps the closes of the
    titles opened so far in a heap, so a document with thousands of quotes
    and titles is not scanned once per quote.
    """
    waiting = sorted(titles, key=lambda title: title.open)
    open_closes: list[int] = []  # closes of titles opened before the current quote (a heap)
    taken = 0
    limits = []
    for pair in quotes:
        while taken < len(waiting) and waiting[taken].open < pair.open:
            heapq.heappush(open_closes, waiting[taken].close)
            taken += 1
        while open_closes and open_closes[0] <= pair.open:
            heapq.heappop(open_closes)  # closed before this quote, so before every later one too
        if not open_closes or open_closes[0] > pair.close:
            limits.append(min([end, *open_closes[:1]]))
        else:  # a title crossing the quote (find_enclosures never gives one: its pairs nest)
            limits.append(min([end] + [close for close in open_closes if close > pair.close]))
    return limits


@lru_cache(maxsize=1)
def _after_reach() -> int:
    """How many characters after a closing quote the category tests read."""
    return max(*(len(noun) for noun in _text_part_nouns()), *(len(noun) for noun in _ill_nouns()),
               1 + lexicon.IDEA_NOUN_REACH + 1)


def find_documents(
    text: str,
    folded: str,
    start: int = 0,
    end: int | None = None,
    *,
    enclosures: Sequence[Enclosure] = (),
) -> list[DocumentRef]:
    """Every title in 《》 or 〈〉 inside ``text[start:end]``, in order; titles may hold quotes.

    >>> from govextract.normalize import fold
    >>> text = "印发《山东省“十四五”数字机关建设行动计划》"
    >>> [d.title for d in find_documents(text, fold(text))]
    ['山东省“十四五”数字机关建设行动计划']
    """
    start, end = checked_range(text, folded, start, end, "find_documents")
    if start >= end:
        return []
    pairs = enclosures if enclosures else find_enclosures(folded, start, end)
    found = []
    for pair in reported(pairs):  # bounded: nested 《《…》》 must not give n² characters of titles
        if pair.kind is not EnclosureKind.TITLE or pair.open < start or pair.close >= end:
            continue
        title_start, title_end = _trimmed(text, pair.inner_start, pair.inner_end)
        if title_start < title_end:
            found.append(DocumentRef(title=text[title_start:title_end], start=title_start, end=title_end))
    return found


def classify(name: str, *, has_head: bool = False, head: str | None = None) -> ProgramCategory:
    """Say whether a quoted (folded) ``name`` is a program, a slogan or something else.

    ``head`` is the (folded) head noun found after the name, if any; passing
    it implies ``has_head``.

    >>> [classify(n).value for n in ["放管服", "数据多跑路,群众少跑腿", "A", "坚定不移推动高质量发展"]]
    ['program', 'slogan', 'other', 'slogan']
    >>> classify("统云、并网、聚数", has_head=True).value
    'program'
    >>> [classify(n).value for n in ["十佳", "双减", "卡脖子"]]
    ['other', 'program', 'other']
    >>> classify("绿水青山就是金山银山", head="理念").value
    'slogan'
    """
    name = name.strip()
    has_head = has_head or head is not None
    if _is_speech(name):
        return ProgramCategory.OTHER  # a quoted sentence of speech
    if any(mark in name for mark in lexicon.CLAUSE_SEPARATORS):
        return ProgramCategory.SLOGAN
    if _grade_pattern().match(name):
        return ProgramCategory.OTHER  # a grade or rank: “A”级, “5A”级, “十佳”
    if head is not None and head.endswith(_idea_heads()) and (_is_clause_like(name) or _is_list(name)):
        return ProgramCategory.SLOGAN  # “绿水青山就是金山银山”理念, “以水定城、以水定地”原则
    if has_head or name in load_gov_names() or _numeral_abbreviation_pattern().match(name):
        return ProgramCategory.PROGRAM
    if not _han_pattern().search(name):
        return ProgramCategory.OTHER
    if name in _head_nouns() and not _counting_pattern().match(name[:1]):
        return ProgramCategory.OTHER  # 发放“消费券”: a common noun quoted for emphasis, not a name
    items = [item.strip() for item in _list_split_pattern().split(name)]
    if len(items) > 1 and all(_is_maxim(item) for item in items):
        return ProgramCategory.SLOGAN  # “有求必应、无事不扰”, “数据多跑路、群众少跑腿”
    if len(items) > 1:
        if all(0 < len(item) <= lexicon.LIST_ITEM_MAX_LENGTH for item in items):
            return ProgramCategory.PROGRAM
        return ProgramCategory.SLOGAN
    if name.endswith(_head_nouns()) and any(name.endswith(noun) and len(name) > len(noun) for noun in _head_nouns()):
        return ProgramCategory.PROGRAM
    if len(name) == 1:
        return ProgramCategory.OTHER
    idf, _median = load_idf()
    if idf.get(name, lexicon.ORDINARY_WORD_MAX_IDF) < lexicon.ORDINARY_WORD_MAX_IDF:
        return ProgramCategory.OTHER
    if any(name.endswith(ending) and len(name) > len(ending) + 1 for ending in _platform_endings()):
        return ProgramCategory.PROGRAM  # “某市政务服务网”: a website, app or account
    if len(name) <= lexicon.NAME_MAX_LENGTH:
        return ProgramCategory.PROGRAM
    return ProgramCategory.SLOGAN


def _wordplay_quotes(folded: str, quotes: Sequence[Enclosure]) -> set[Enclosure]:
    """Quotes of wordplay pairs: two short quoted words that share a character,
    joined by a link word (“流量”变“留量”, 从“要我干”到“我要干”).

    Each word of the pair is an ordinary word turned, not a name; known names
    (从“一网通办”到“一网统管”) and plan periods keep their own reading.
    """
    links = _wordplay_links()
    found: set[Enclosure] = set()
    for first, second in pairwise(quotes):
        if first.close >= second.open or folded[first.close + 1 : second.open].strip() not in links:
            continue
        words = [folded[pair.inner_start : pair.inner_end].strip() for pair in (first, second)]
        if all(_is_wordplay_word(word) for word in words) and set(words[0]) & set(words[1]):
            found.update((first, second))
    return found


@lru_cache(maxsize=1)
def _wordplay_links() -> frozenset[str]:
    return frozenset(fold(word) for word in lexicon.WORDPLAY_LINKS)


@lru_cache(maxsize=1)
def _speech_endings() -> str:
    return fold(lexicon.SPEECH_ENDINGS)


def _is_wordplay_word(word: str) -> bool:
    return (
        0 < len(word) <= lexicon.WORDPLAY_WORD_MAX_LENGTH
        and all(_han_pattern().match(ch) for ch in word)
        and word not in load_gov_names()
        and not _period_pattern().match(word)
        and not _numeral_abbreviation_pattern().match(word)
    )


def _is_speech(name: str) -> bool:
    """True for a quoted sentence of speech (“这是我们村的节日！”): it ends like a sentence."""
    name = name.strip()
    return len(name) > 1 and fold(name[-1]) in _speech_endings()


def _is_maxim(item: str) -> bool:
    """True for a list item built like a clause: a maxim character inside it (有求必应, 群众少跑腿)."""
    return len(item) >= lexicon.MAXIM_ITEM_MIN_LENGTH and any(ch in lexicon.MAXIM_CHARACTERS for ch in item[1:])


def _is_list(name: str) -> bool:
    return len([item for item in _list_split_pattern().split(name) if item.strip()]) > 1


def _precedes_an_idea(after: str) -> bool:
    """True when 的 and an idea noun follow the quote (的治水思路, 的担当)."""
    if not after.startswith("的"):
        return False
    window = after[1 : 1 + lexicon.IDEA_NOUN_REACH + 1]
    return any(noun in window for noun in lexicon.IDEA_NOUNS_AFTER_DE)


@lru_cache(maxsize=1)
def _text_part_nouns() -> tuple[str, ...]:
    return tuple(fold(noun) for noun in lexicon.TEXT_PART_NOUNS)


@lru_cache(maxsize=1)
def _document_nouns() -> tuple[str, ...]:
    return tuple(sorted({fold(noun) for noun in lexicon.DOCUMENT_NOUNS}, key=len, reverse=True))


def _is_clause_like(name: str) -> bool:
    """True for a name longer than a name usually is, or a list of long items."""
    items = [item.strip() for item in _list_split_pattern().split(name)]
    if len(items) > 1:
        return any(len(item) > lexicon.LIST_ITEM_MAX_LENGTH for item in items)
    return len(name) > lexicon.NAME_MAX_LENGTH


def _names_an_ill(folded: str, pair: Enclosure, limit: int) -> bool:
    """True when the quote names something to be fixed (“卡脖子”问题, 杜绝“一刀切”)."""
    if folded.startswith(_ill_nouns(), pair.close + 1, limit):
        return True
    reach = max(0, pair.open - lexicon.NEGATIVE_VERB_REACH)
    before = folded[reach : pair.open]
    breaks = list(_clause_break_pattern().finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    return any(verb in before for verb in _negative_verbs())


def _find_head(folded: str, start: int, limit: int, tokenizer: Tokenizer) -> tuple[int, int] | None:
    """Offsets of the longest head compound that starts at ``start``, or None."""
    window_end = start
    stop = min(limit, start + lexicon.HEAD_WINDOW)
    allowed = _head_character_pattern()
    while window_end < stop and allowed.match(folded, window_end):
        window_end += 1
    if window_end == start:
        return None
    found = []
    tokens = tokenizer.tokens(folded, start, window_end)
    verbs = load_dictionary_classes().verbs
    predicate = None  # where a verb after a head begins: “互联网+监管”系统|汇聚监管数据
    for index, token in enumerate(tokens):
        word = token.word
        if word in _head_breakers() or any(ch.isdigit() for ch in word) or _counting_pattern().match(word):
            break
        if token.end - start > lexicon.HEAD_MAX_LENGTH:
            break
        compound = folded[start : token.end]
        noun = _head_noun_ending(compound, _head_nouns())
        if noun is not None:
            if predicate is not None and token.end - len(noun) > predicate:
                break  # the noun is the verb's object; a head noun holding the verb (自助机) is not
            found.append((start, token.end))
        elif found and predicate is None and word in verbs:
            predicate = token.start
        elif _ends_in_head_noun(compound, _closing_head_nouns()) and _phrase_ends(
            folded, tokens[index + 1] if index + 1 < len(tokens) else None, token.end, window_end, limit
        ):
            found.append((start, token.end))  # 创建“无欠薪”城市。, not “一网统管”城市运行
    if not found:
        return None
    longest = found[-1]
    if len(found) > 1 and folded[longest[0] : longest[1]].endswith(_document_nouns()):
        return found[0]  # “亩均论英雄”改革实施方案: the reform, not the plan
    return longest


def _ends_in_head_noun(compound: str, nouns: tuple[str, ...]) -> bool:
    return _head_noun_ending(compound, nouns) is not None


def _head_noun_ending(compound: str, nouns: tuple[str, ...]) -> str | None:
    """The longest of ``nouns`` (sorted longest first) that ends ``compound`` after a short modifier."""
    if not compound.endswith(nouns):  # one test in C rejects most compounds
        return None
    for noun in nouns:
        if compound.endswith(noun) and len(compound) - len(noun) <= lexicon.HEAD_MAX_MODIFIER:
            return noun
    return None


def _phrase_ends(folded: str, following: Token | None, end: int, window_end: int, limit: int) -> bool:
    """True when the noun phrase ends at ``end``: punctuation, the range end or a function word follows."""
    if following is not None:
        return following.word in _head_breakers()
    # the window stopped at a character no head holds, or at the range end;
    # a window cut short by its length proves nothing
    return end == window_end and (window_end >= limit or not _head_character_pattern().match(folded, window_end))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


