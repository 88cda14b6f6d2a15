"""Word tokens with exact offsets, from a private jieba tokenizer.

:class:`Tokenizer` owns its own ``jieba.Tokenizer`` (never the module-level
``jieba.dt``), built on first use with the government-domain user dictionary
shipped in ``govextract/lexicon/gov_dict.txt``.

Per-call words (``extra_words``) are kept whole by *pre-splitting*: the text is
cut around their occurrences and only the pieces in between go to jieba.  The
jieba instance is therefore never mutated after it is loaded, so one
:class:`Tokenizer` can be shared by threads and no word of one document can
leak into the next.  (``jieba.Tokenizer.add_word``/``del_word`` would not be
safe for this: ``del_word`` registers the word in a *process-wide* force-split
set inside ``jieba.finalseg`` and leaves its prefixes behind.)
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import TYPE_CHECKING

import regex

from .normalize import fold

if TYPE_CHECKING:  # pragma: no cover
    import jieba

_USER_DICTIONARY = "gov_dict.txt"
_CACHE_FILE = "govextract-jieba.cache"


@dataclass(frozen=True, slots=True)
class Token:
    """One word; ``text[start:end] == word`` for the text it came from."""

    word: str
    start: int
    end: int


@lru_cache(maxsize=1)
def load_user_dictionary() -> tuple[tuple[str, int, str | None], ...]:
    """Read the shipped jieba user dictionary as ``(word, frequency, tag)`` rows.

    The file uses jieba's own format, ``word freq pos`` one entry a line.
    """
    source = resources.files("govextract.lexicon").joinpath(_USER_DICTIONARY)
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        parts = line.strip().lstrip("\ufeff").split()
        if not parts:
            continue
        word = parts[0]
        frequency = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        tag = parts[2] if len(parts) > 2 else None
        rows.append((word, frequency, tag))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_gov_terms() -> frozenset[str]:
    """The words of the shipped government-domain dictionary."""
    return frozenset(word for word, _frequency, _tag in load_user_dictionary())


# The part-of-speech tag of proper names (programs, platforms, reforms) in the
# user dictionary; agencies are ``nt``, general terms ``n``, ``v`` or ``l``.
_NAME_TAG = "nz"


@lru_cache(maxsize=1)
def load_gov_names() -> frozenset[str]:
    """The proper names (tag ``nz``) of the shipped dictionary: 放管服, 爱山东, 一网通办 …

    >>> "一网通办" in load_gov_names(), "营商环境" in load_gov_names()
    (True, False)
    """
    return frozenset(word for word, _frequency, tag in load_user_dictionary() if tag == _NAME_TAG)


class Tokenizer:
    """Cut Chinese text into :class:`Token` records with offsets.

    The jieba dictionary is loaded lazily, on the first call that needs it.
    ``cache_dir`` is where jieba may write its prefix-dictionary cache
    (default: the system temporary directory).

    >>> tokenizer = Tokenizer()
    >>> [t.word for t in tokenizer.tokens("深化放管服改革", extra_words=["放管服"])]
    ['深化', '放管服', '改革']
    """

    def __init__(self, *, cache_dir: str | None = None) -> None:
        if cache_dir is not None and not isinstance(cache_dir, str):
            raise TypeError("cache_dir must be a str or None")
        self._cache_dir = cache_dir
        self._lock = threading.Lock()
        self._engine: jieba.Tokenizer | None = None

    def __repr__(self) -> str:
        state = "loaded" if self._engine is not None else "not loaded"
        return f"<govextract.Tokenizer ({state})>"

    @property
    def engine(self) -> jieba.Tokenizer:
        """The private ``jieba.Tokenizer``, loaded on first use."""
        engine = self._engine
        if engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._load()
                engine = self._engine
        return engine

    def _load(self) -> jieba.Tokenizer:
        import jieba  # imported lazily: importing jieba costs time and installs a log handler

        engine = jieba.Tokenizer()
        engine.tmp_dir = _writable_directory(self._cache_dir)
        engine.cache_file = _CACHE_FILE
        # jieba logs each dictionary load at DEBUG on its own stderr handler.
        # Quieten only jieba's logger, only while we load, and put it back:
        # the library never configures logging for the application.
        logger = logging.getLogger("jieba")
        previous = logger.level
        logger.setLevel(logging.WARNING)
        try:
            engine.initialize()
            for word, frequency, tag in load_user_dictionary():
                engine.add_word(word, frequency or None, tag)
        finally:
            logger.setLevel(previous)
        return engine

    def tokens(
        self, text: str, start: int = 0, end: int | None = None, *, extra_words: Iterable[str] = ()
    ) -> list[Token]:
        """Tokens of ``text[start:end]`` with offsets into ``text``.

        ``extra_words`` are kept whole for this call only (longest first,
        leftmost first where they overlap).  Out-of-range bounds are clipped.
        """
        return list(self.iter_tokens(text, start, end, extra_words=extra_words))

    def iter_tokens(
        self, text: str, start: int = 0, end: int | None = None, *, extra_words: Iterable[str] = ()
    ) -> Iterator[Token]:
        """The tokens of :meth:`tokens`, one at a time, so a long text is never held as a token list.

        The arguments are checked at the call, before the first token is asked for.
        """
        if not isinstance(text, str):
            raise TypeError(f"tokens() takes a str, not {type(text).__name__}")
        start, end = _clip(len(text), start, end)
        if start >= end:
            return iter(())
        pattern = _extra_word_pattern(_normalize_extra_words(extra_words))
        return chain.from_iterable(self._pieces(text, start, end, pattern))

    def _pieces(self, text: str, start: int, end: int, pattern: regex.Pattern[str] | None) -> Iterator[list[Token]]:
        """The tokens in lists of at most a few thousand characters' worth."""
        cursor = start
        if pattern is not None:
            for match in pattern.finditer(text, start, end):
                yield from self._cut(text, cursor, match.start())
                yield [Token(match.group(), match.start(), match.end())]
                cursor = match.end()
        yield from self._cut(text, cursor, end)

    def knows(self, word: str) -> bool:
        """True when ``word`` is in the dictionary (jieba's or ours), not guessed by its HMM.

        >>> tokenizer = Tokenizer()
        >>> tokenizer.knows("政务服务"), tokenizer.knows("禹金涛")
        (True, False)
        """
        return self.engine.FREQ.get(fold(word), 0) > 0

    def _cut(self, text: str, start: int, end: int) -> Iterator[list[Token]]:
        # Cut the folded copy (full-width and traditional forms cut like their
        # plain forms); it has the same length, so the offsets hold for ``text``.
        # A few thousand characters at a time, each piece ending after a line
        # break: jieba's blocks never hold a line break (it yields each blank on
        # its own, a CRLF as one), so the words are those of one cut of the
        # whole range, while the folded copy, jieba's list of blocks and the
        # token list stay small.
        if start >= end:
            return
        engine = self.engine
        while start < end:
            stop = text.find("\n", min(start + _PIECE, end), end)
            stop = end if stop < 0 else stop + 1
            yield [
                Token(text[start + a : start + b], start + a, start + b)
                for _, a, b in engine.tokenize(fold(text[start:stop]))
            ]
            start = stop


_PIECE = 4096  # characters cut at a time, at least (then up to the next line break)


def _clip(length: int, start: int, end: int | None) -> tuple[int, int]:
    if not isinstance(start, int) or (end is not None and not isinstance(end, int)):
        raise TypeError("start and end must be integers")
    end = length if end is None else end
    return max(0, min(start, length)), max(0, min(end, length))


def _normalize_extra_words(extra_words: Iterable[str]) -> tuple[str, ...]:
    if isinstance(extra_words, str):
        raise TypeError("extra_words must be an iterable of words, not a single str")
    words = set()
    for word in extra_words:
        if not isinstance(word, str):
            raise TypeError(f"extra_words must hold str, not {type(word).__name__}")
        if len(word) >= 2 and word.strip() == word:
            words.add(word)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=64)
def _extra_word_pattern(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    if not words:
        return None
    # Longest alternatives first, so that 放管服改革 wins over 放管服.
    return regex.compile("|".join(regex.escape(word) for word in words))


def _writable_directory(preferred: str | None) -> str:
    for candidate in (preferred, os.path.join(tempfile.gettempdir(), "govextract")):
        if not candidate:
            continue
        try:
            os.makedirs(candidate, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    return tempfile.gettempdir()


@lru_cache(maxsize=1)
def default_tokenizer() -> Tokenizer:
    """A shared :class:`Tokenizer`; it is never mutated, so sharing it is safe."""
    return Tokenizer()
