"""Section keywords: TF-IDF over our own tokens.

Term frequency is counted over the section's tokens (from the private
:class:`~govextract.tokenize.Tokenizer`); inverse document frequency comes
from the table jieba ships (``jieba/analyse/idf.txt``), read once per process.
Words missing from the table (new government terms such as 一网通办) get the
table's median IDF, as jieba itself does.
"""

from __future__ import annotations

import math
import re
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

import regex

from . import idf
from .lexicon import person_names, stopwords, units
from .normalize import fold
from .tokenize import Tokenizer, load_gov_terms, load_user_dictionary
from .tokenize.cached_tables import cached_bytes, digest, file_key
from .tokenize.jieba_backend import cache_directory
from .tokenize.jieba_data import jieba_file

# A keyword holds at least one CJK ideograph or Latin letter, and is not a
# number, an ordinal or a number with a measure word (2022年, 第三, 三是, 8.5万).
_NUMERAL_CHARACTERS = "0-9零〇一二两三四五六七八九十百千万亿.%·"


# Longer "words" are quoted slogans kept whole by ``extra_words``, not terms.
KEYWORD_MAX_LENGTH = 8


@lru_cache(maxsize=1)
def _content_pattern() -> regex.Pattern[str]:
    return regex.compile(r"[\p{Han}A-Za-z]")


@lru_cache(maxsize=1)
def _word_pattern() -> regex.Pattern[str]:
    # Ideographs, Latin letters, digits and the + of 互联网+监管; no punctuation.
    return regex.compile(r"[\p{Han}A-Za-z0-9+]+")


@lru_cache(maxsize=1)
def _measure_words() -> frozenset[str]:
    # A measure word on its own (场次, 人次, 公里) says nothing about the topic.
    return frozenset({*units.COUNT_UNITS, *units.MEASURE_UNITS, *units.CURRENCIES, *units.PERCENTAGE_POINTS})


@lru_cache(maxsize=1)
def _number_pattern() -> regex.Pattern[str]:
    measure_words = sorted(
        {*units.COUNT_UNITS, *units.MEASURE_UNITS, *units.CURRENCIES, *units.NOT_QUANTITY_UNITS},
        key=len, reverse=True,
    )
    return regex.compile(
        rf"""
        ^(?:第|近|约|超|逾)?                 # ordinal prefix or qualifier (第二场, 近百家)
        [{_NUMERAL_CHARACTERS}]+             # digits or Chinese numerals
        (?:{"|".join(map(regex.escape, measure_words))}|[是多余成季倍])?  # measure word, share (两成) or period
        (?:以上|以下|左右)?                  # a trailing qualifier (万元以上)
        $
      | ^[余多](?:{"|".join(map(regex.escape, measure_words))}|[所家个项人])$  # the tail of 200余所
        """,
        regex.VERBOSE,
    )


def load_idf() -> tuple[Mapping[str, float], float]:
    """jieba's IDF table and its median, loaded once per process (lazily: see :mod:`govextract.idf`)."""
    return idf.load_idf()


@dataclass(frozen=True, slots=True)
class DictionaryClasses:
    """Words of jieba's shipped dictionary sorted by what their tags make them."""

    name_candidates: Mapping[str, int]  # tagged like a name and built like one -> length of the surname
    proper_names: frozenset[str]  # one or two characters, tagged as a proper name (建华 nz, 华 ns)
    verbs: frozenset[str]  # two or three characters, tagged v (汇聚, 推进)


@lru_cache(maxsize=1)
def _dictionary_line_pattern() -> re.Pattern[str]:
    # The standard library's engine: three times faster than ``regex`` over the 5 MB table.
    tags = "|".join(sorted({*person_names.PROPER_NAME_TAGS, "v"}, key=len, reverse=True))
    return re.compile(rf"^(\S{{1,4}}) ([0-9]+) ({tags})$", re.MULTILINE)


CLASSES_CACHE_FILE = "govextract-classes-v1.txt"


@lru_cache(maxsize=1)
def load_dictionary_classes() -> DictionaryClasses:
    """The name candidates, proper names and verbs of jieba's ``dict.txt``, read once per process.

    Scanning the 5 MB file takes a few hundred milliseconds, so the classes
    are kept as a compact file in the cache folder (:mod:`govextract.tokenize.cached_tables`),
    keyed by the dictionary file, our own dictionary and the lexicon values
    they depend on; where it cannot be written they are scanned each process.
    """
    source = jieba_file("dict.txt")
    key = " ".join((file_key(source), digest(load_user_dictionary(), _classes_lexicon())))
    data = cached_bytes(cache_directory(None), CLASSES_CACHE_FILE, key, lambda: encode_classes(scan_dictionary_classes(source)))
    return decode_classes(data)


def _classes_lexicon() -> tuple[object, ...]:
    names = person_names
    return (sorted(names.PROPER_NAME_TAGS), sorted(names.PERSON_NAME_TAGS), sorted(names.NAME_LENGTHS),
            sorted(names.COMPOUND_SURNAMES), sorted(names.SURNAMES), sorted(names.NOT_NAME_ENDINGS),
            names.NAME_MAX_FREQUENCY)


def scan_dictionary_classes(path: str) -> DictionaryClasses:
    """The classes read from a jieba dictionary file (:func:`load_dictionary_classes` without its cache).

    Only lines with a proper-name or verb tag are read (one pattern over the
    file), and only these three classes are kept, never the whole table.
    Words of our own government dictionary are in none of them.
    """
    with open(path, encoding="utf-8") as handle:
        content = handle.read()
    own = load_gov_terms()
    candidates: dict[str, int] = {}
    proper: set[str] = set()
    verbs: set[str] = set()
    for word, frequency, tag in _dictionary_line_pattern().findall(content):
        if word in own:
            continue
        if tag == "v":
            if len(word) >= 2:
                verbs.add(word)
            continue
        if len(word) <= 2:
            proper.add(word)  # only given names and short parts are looked up
        if tag not in person_names.PERSON_NAME_TAGS or len(word) not in person_names.NAME_LENGTHS:
            continue
        surname = 2 if word.startswith(person_names.COMPOUND_SURNAMES) else int(word[0] in person_names.SURNAMES)
        if (surname and 1 <= len(word) - surname <= 2 and word[-1] not in person_names.NOT_NAME_ENDINGS
                and int(frequency) <= person_names.NAME_MAX_FREQUENCY):
            candidates[word] = surname
    return DictionaryClasses(MappingProxyType(candidates), frozenset(proper), frozenset(verbs))


def encode_classes(classes: DictionaryClasses) -> bytes:
    """Four lines of words separated by spaces: names with a one-character surname, with a two-character
    surname, proper names, verbs (the words hold no blanks: the scan takes ``\\S`` only)."""
    lines = [
        sorted(word for word, surname in classes.name_candidates.items() if surname == 1),
        sorted(word for word, surname in classes.name_candidates.items() if surname == 2),
        sorted(classes.proper_names),
        sorted(classes.verbs),
    ]
    return "\n".join(" ".join(words) for words in lines).encode("utf-8") + b"\n"


def decode_classes(data: bytes) -> DictionaryClasses:
    """The classes :func:`encode_classes` wrote."""
    one, two, proper, verbs = (line.split() for line in data.decode("utf-8").split("\n")[:4])
    candidates = dict.fromkeys(one, 1)
    candidates.update(dict.fromkeys(two, 2))
    return DictionaryClasses(MappingProxyType(candidates), frozenset(proper), frozenset(verbs))


def is_personal_name(word: str, tokenizer: Tokenizer) -> bool:
    """True when ``word`` (folded) is a personal name jieba's dictionary knows (``lexicon.person_names``).

    >>> from govextract.tokenize import default_tokenizer
    >>> [w for w in ["张建华", "白名单", "许可证", "文明", "政务服务"] if is_personal_name(w, default_tokenizer())]
    ['张建华']
    """
    classes = load_dictionary_classes()
    surname = classes.name_candidates.get(word)
    if surname is None:
        return False
    for part in (word[:-1], word[surname:]):  # 白名单 = 白 + 名单, 巩固率 = 巩固 + 率
        if part not in classes.proper_names and tokenizer.frequency(part) >= person_names.COMMON_WORD_MIN_FREQUENCY:
            return False
    return True


def is_keyword_candidate(word: str) -> bool:
    """True when ``word`` (folded) may be a keyword.

    >>> words = ["政务服务", "我们", "2022年", "第三", "的", "、", "APP", "数据多跑路,群众少跑腿", "局局长", "两成", "余所"]
    >>> [w for w in words if is_keyword_candidate(w)]
    ['政务服务', 'APP']
    """
    if not 2 <= len(word) <= KEYWORD_MAX_LENGTH or not _content_pattern().search(word):
        return False
    if not _word_pattern().fullmatch(word):
        return False
    if word in stopwords.STOPWORDS or _number_pattern().match(word) or word in _measure_words():
        return False
    if len(word) > 2 and word[0] == word[1] and word[1:] in stopwords.STOPWORDS:
        return False  # 局局长: an agency's last character glued to a title
    return True


def find_keywords(
    tokenizer: Tokenizer,
    text: str,
    start: int,
    end: int,
    *,
    count: int = 8,
    extra_words: Iterable[str] = (),
) -> list[str]:
    """The ``count`` best TF-IDF terms of ``text[start:end]``, best first.

    Each keyword is returned as written in the text (its first occurrence);
    ties are broken by the word, so the result is deterministic.
    ``extra_words`` (e.g. the document's quoted names) stay whole.  Only
    dictionary words and ``extra_words`` can be keywords: words jieba's HMM
    guesses are mostly personal names and fragments.

    >>> from govextract.tokenize import default_tokenizer
    >>> find_keywords(default_tokenizer(), "推进“一网通办”，一网通办让群众少跑腿。", 0, 19, count=2)
    ['一网通办', '跑腿']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_keywords() takes a str, not {type(text).__name__}")
    return find_section_keywords(tokenizer, text, [(start, end)], count=count, extra_words=extra_words)[0]


def find_section_keywords(
    tokenizer: Tokenizer,
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    count: int = 8,
    extra_words: Iterable[str] = (),
) -> list[list[str]]:
    """Keywords for each ``(start, end)`` span, cutting the text only once.

    Nested sections share their text, so the covering range is tokenized once
    and each span scores the tokens that lie wholly inside it.  Each result
    equals ``find_keywords`` on that span up to jieba cutting differently at
    the span's edges.

    The tokens stream past: each one is judged once and counted for the spans
    open around it, and a span's terms are ranked as soon as the tokens have
    passed its end, so memory holds the counts of the spans open at one point
    (the nesting depth), never a list of the document's tokens.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_section_keywords() takes a str, not {type(text).__name__}")
    if not isinstance(count, int) or count < 0:
        raise ValueError("count must be a non-negative integer")
    if not spans or count == 0:
        return [[] for _ in spans]
    extra_words = tuple(extra_words)
    named = {fold(word) for word in extra_words}
    results: list[list[str]] = [[] for _ in spans]
    waiting = sorted(range(len(spans)), key=lambda index: spans[index][0])
    taken = 0
    next_start: float = spans[waiting[0]][0]  # where the next span opens
    next_end: float = math.inf  # where the first open span ends
    tallies: list[_Tally] = []  # the spans open at the current token
    # A folded word -> its term (or None for no term), judged once per document.
    judged: dict[str, str | None] = {}
    weights: dict[str, float] = {}  # term -> its IDF, looked up once per document
    decisions = _decisions(tokenizer)  # the same judgement of a folded word, across documents
    chunks = tokenizer.folded_chunks(text, min(s for s, _ in spans), max(e for _, e in spans), extra_words=extra_words)
    for base, chunk in chunks:
        # The engine's words are folded: a word's judgement depends on its folded form only, and
        # the form a term is written in is sliced from the text where it is first counted.
        for folded in {folded for folded, _, _ in chunk if folded not in judged}:
            judged[folded] = _term(tokenizer, folded, decisions, named, weights)
        # Only the tokens that give a term are walked: a span opened or closed at a token that gives
        # none is opened or closed at the next one that does, before it is counted, with the same counts.
        for term, start, end in [
            (term, base + start, base + end) for folded, start, end in chunk if (term := judged[folded]) is not None
        ]:
            if start >= next_start:
                while taken < len(waiting) and spans[waiting[taken]][0] <= start:
                    tallies.append(_Tally(waiting[taken], spans[waiting[taken]][1], weights))
                    taken += 1
                next_start = spans[waiting[taken]][0] if taken < len(waiting) else math.inf
                next_end = min(tally.end for tally in tallies)
            if start >= next_end:
                for tally in tallies:
                    if tally.end <= start:
                        results[tally.index] = tally.ranked(count)
                tallies = [tally for tally in tallies if tally.end > start]
                next_end = min((tally.end for tally in tallies), default=math.inf)
            for tally in tallies:
                if end <= tally.end:
                    frequency = tally.frequency
                    if term in frequency:
                        frequency[term] += 1
                    else:
                        frequency[term] = 1
                        tally.surface[term] = text[start:end]
    for tally in tallies:
        results[tally.index] = tally.ranked(count)
    return results


_DECISIONS: weakref.WeakKeyDictionary[Tokenizer, dict[str, _Decision | None]] = weakref.WeakKeyDictionary()
_DECISIONS_MAX = 50_000  # folded words remembered per tokenizer before the table starts afresh


def _decisions(tokenizer: Tokenizer) -> dict[str, _Decision | None]:
    """The judgements of folded words made with ``tokenizer`` so far (see :func:`_decide`)."""
    try:
        table = _DECISIONS.get(tokenizer)
        if table is None or len(table) > _DECISIONS_MAX:
            table = _DECISIONS[tokenizer] = {}
    except TypeError:  # a tokenizer that cannot be weakly referenced: judge afresh for each document
        return {}
    return table


def _term(
    tokenizer: Tokenizer,
    folded: str,
    decisions: dict[str, _Decision | None],
    named: set[str],
    weights: dict[str, float],
) -> str | None:
    """The term the folded word ``folded`` counts for in this document (None for none); its IDF goes to ``weights``."""
    if not 2 <= len(folded) <= KEYWORD_MAX_LENGTH:
        return None
    decision = decisions.get(folded, _UNSEEN_WORD)
    if decision is _UNSEEN_WORD:
        decision = _decide(tokenizer, folded, decisions)
    if decision is None:
        return None  # no letters, or never a keyword
    word, general, weight = decision
    if not (general or word in named):
        return None
    weights[word] = weight
    return word


def _decide(tokenizer: Tokenizer, folded: str, decisions: dict[str, _Decision | None]) -> _Decision | None:
    """Judge the folded word ``folded`` once: None when it is never a term, else its word (stripped),
    whether it is a term in any document (a dictionary word, not a personal name) rather than only
    where it is named, and its IDF (the table's median for a word the table lacks)."""
    word = folded.strip()
    if not _content_pattern().search(word) or not is_keyword_candidate(word):
        decision = None
    else:
        # Words jieba's HMM guesses (not known) are mostly personal names (禹金涛) and fragments;
        # a name jieba knows (张建华) is no term either, unless the document names it.
        idf, median = load_idf()
        general = tokenizer.knows(word) and not is_personal_name(word, tokenizer)
        decision = (word, general, idf.get(word, median))
    decisions[folded] = decision
    return decision


_Decision = tuple[str, bool, float]  # (folded word, a term in any document, IDF)
_UNSEEN_WORD: _Decision = ("", False, 0.0)


class _Tally:
    """Term counts of one span and each term's first written form, filled as the tokens pass."""

    __slots__ = ("end", "frequency", "index", "surface", "weights")

    def __init__(self, index: int, end: int, weights: dict[str, float]) -> None:
        self.index = index
        self.end = end
        self.frequency: dict[str, int] = {}
        self.surface: dict[str, str] = {}
        self.weights = weights  # the document's term -> IDF

    def ranked(self, count: int) -> list[str]:
        """The ``count`` best terms by TF-IDF, as first written; ties broken by the term."""
        frequency = self.frequency
        total = sum(frequency.values())
        if not total:
            return []
        weights = self.weights
        scored = [(-(frequency[word] / total) * weights[word], word) for word in frequency]
        if all(map(math.isfinite, [score for score, _ in scored])):
            scored.sort()  # (-score, word): best first, ties by the word
            return [self.surface[word] for _, word in scored[:count]]
        # A table with non-finite weights: the reference order (sorted by score, then by key).
        ordered = sorted((-score, word) for score, word in scored)
        ordered.sort(key=lambda pair: (-pair[0], pair[1]))
        return [self.surface[word] for score, word in ordered[:count] if math.isfinite(score)]
