"""Word tokens with exact offsets, from a private jieba tokenizer (the reference backend).

:class:`Tokenizer` owns its own ``jieba.Tokenizer`` (never the module-level
``jieba.dt``), built on first use with the government-domain user dictionary
shipped in ``govextract/lexicon/gov_dict.txt``.  Its cut is the reference:
other backends (:mod:`.rjieba_backend`) subclass it, replace only the engine
and the cutting of one piece of text, and give the same tokens.

Per-call words (``extra_words``) are kept whole by *pre-splitting*: the text is
cut around their occurrences and only the pieces in between go to the engine.
The engine is therefore never mutated after it is loaded, so one
:class:`Tokenizer` can be shared by threads and no word of one document can
leak into the next.  (``jieba.Tokenizer.add_word``/``del_word`` would not be
safe for this: ``del_word`` registers the word in a *process-wide* force-split
set inside ``jieba.finalseg`` and leaves its prefixes behind.)

jieba caches its prefix dictionary (loading it from the cache takes about a
fifth of a second read as we read it, building it about 1.5 s): the cache goes to the first of the
given ``cache_dir``, ``<temp>/govextract`` and ``<user cache>/govextract``
that already holds it or can be written, so a read-only temporary folder
still gets a cache.
"""

from __future__ import annotations

import logging
import os
import tempfile
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Any

import regex

from ..normalize import fold
from .dictionary import load_user_dictionary
from .jieba_data import import_jieba, jieba_file

CACHE_FILE = "govextract-jieba.cache"
PIECE = 4096  # characters cut at a time, at least (then up to the next line break)


@dataclass(frozen=True, slots=True)
class Token:
    """One word; ``text[start:end] == word`` for the text it came from."""

    word: str
    start: int
    end: int


class Tokenizer:
    """Cut Chinese text into :class:`Token` records with offsets, with jieba.

    The dictionary is loaded lazily, on the first call that needs it.
    ``cache_dir`` is where jieba may write its prefix-dictionary cache
    (default: see the module docstring).

    >>> tokenizer = Tokenizer()
    >>> [t.word for t in tokenizer.tokens("深化放管服改革", extra_words=["放管服"])]
    ['深化', '放管服', '改革']
    """

    backend = "jieba"

    def __init__(self, *, cache_dir: str | None = None) -> None:
        if cache_dir is not None and not isinstance(cache_dir, str):
            raise TypeError("cache_dir must be a str or None")
        self._cache_dir = cache_dir
        self._lock = threading.Lock()
        self._engine: Any = None

    def __repr__(self) -> str:
        state = "loaded" if self._engine is not None else "not loaded"
        return f"<govextract.Tokenizer {self.backend} ({state})>"

    @property
    def engine(self) -> Any:
        """The private engine (here a ``jieba.Tokenizer``), loaded on first use."""
        engine = self._engine
        if engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._load()
                engine = self._engine
        return engine

    def _load(self) -> Any:
        jieba = import_jieba()
        engine = jieba.Tokenizer()
        engine.tmp_dir = cache_directory(self._cache_dir)
        engine.cache_file = CACHE_FILE
        _load_cache(engine, os.path.join(engine.tmp_dir, CACHE_FILE))
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

    def segment(self, piece: str) -> Iterable[tuple[str, int, int]]:
        """``(word, start, end)`` of one folded piece of text, offsets into the piece."""
        return self.engine.tokenize(piece)

    def knows(self, word: str) -> bool:
        """True when ``word`` is in the dictionary (jieba's or ours), not guessed by its HMM.

        >>> tokenizer = Tokenizer()
        >>> tokenizer.knows("政务服务"), tokenizer.knows("禹金涛")
        (True, False)
        """
        return self.frequency(fold(word)) > 0

    def frequency(self, word: str) -> int:
        """The dictionary frequency of ``word`` as written (0 when unknown)."""
        return self.engine.FREQ.get(word, 0)

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
        start, end = clip(len(text), start, end)
        if start >= end:
            return iter(())
        pattern = extra_word_pattern(normalize_extra_words(extra_words))
        return chain.from_iterable(self._pieces(text, start, end, pattern))

    def folded_chunks(
        self, text: str, start: int = 0, end: int | None = None, *, extra_words: Iterable[str] = ()
    ) -> Iterator[tuple[int, list[tuple[str, int, int]]]]:
        """The tokens of :meth:`tokens` as the engine gives them, for a stage that reads folded words:
        ``(base, words)`` pairs, each word ``(folded word, start, end)`` with offsets from ``base``
        (``fold(text[base + start : base + end]) == word``), so no tuple is built per token.

        The arguments are checked at the call, before the first pair is asked for.
        """
        if not isinstance(text, str):
            raise TypeError(f"tokens() takes a str, not {type(text).__name__}")
        start, end = clip(len(text), start, end)
        if start >= end:
            return iter(())
        return self._folded_pieces(text, start, end, extra_word_pattern(normalize_extra_words(extra_words)))

    def _folded_pieces(
        self, text: str, start: int, end: int, pattern: ExtraWords | None
    ) -> Iterator[tuple[int, list[tuple[str, int, int]]]]:
        cursor = start
        if pattern is not None:
            for at, stop in pattern.finditer(text, start, end):
                yield from self._folded_cut(text, cursor, at)
                yield at, [(fold(text[at:stop]), 0, stop - at)]
                cursor = stop
        yield from self._folded_cut(text, cursor, end)

    def _folded_cut(self, text: str, start: int, end: int) -> Iterator[tuple[int, list[tuple[str, int, int]]]]:
        segment = self.segment  # the pieces of _cut
        while start < end:
            stop = text.find("\n", min(start + PIECE, end), end)
            stop = end if stop < 0 else stop + 1
            words = segment(fold(text[start:stop]))
            yield start, words if isinstance(words, list) else list(words)
            start = stop

    def _pieces(self, text: str, start: int, end: int, pattern: ExtraWords | None) -> Iterator[list[Token]]:
        """The tokens in lists of at most a few thousand characters' worth."""
        cursor = start
        if pattern is not None:
            for at, stop in pattern.finditer(text, start, end):
                yield from self._cut(text, cursor, at)
                yield [Token(text[at:stop], at, stop)]
                cursor = stop
        yield from self._cut(text, cursor, end)

    def _cut(self, text: str, start: int, end: int) -> Iterator[list[Token]]:
        # Cut the folded copy (full-width and traditional forms cut like their
        # plain forms); it has the same length, so the offsets hold for ``text``.
        # A few thousand characters at a time, each piece ending after a line
        # break: jieba's blocks never hold a line break (it yields each blank on
        # its own, a CRLF as one), so the words are those of one cut of the
        # whole range, while the folded copy, the engine's list of blocks and
        # the token list stay small.
        segment = self.segment
        while start < end:
            stop = text.find("\n", min(start + PIECE, end), end)
            stop = end if stop < 0 else stop + 1
            piece = text[start:stop]
            yield [Token(piece[a:b], start + a, start + b) for _, a, b in segment(fold(piece))]
            start = stop


def _load_cache(engine: Any, path: str) -> None:
    """Load jieba's prefix-dictionary cache from bytes, as jieba would from the file, when it is usable.

    jieba reads it with ``marshal.load`` on the open file, which reads each of
    its half a million words from the file separately (about 0.6 s);
    ``marshal.loads`` on the whole file takes a third of that.  A cache older
    than jieba's dictionary, or unreadable, is left to jieba to rebuild.
    """
    import marshal

    try:
        if os.path.getmtime(path) <= os.path.getmtime(jieba_file("dict.txt")):
            return
    except OSError:
        return
    try:
        with open(path, "rb") as handle:
            frequencies, total = marshal.loads(handle.read())
    except Exception:
        return
    if not isinstance(frequencies, dict) or not isinstance(total, int):
        return
    engine.FREQ, engine.total, engine.initialized = frequencies, total, True


def clip(length: int, start: int, end: int | None) -> tuple[int, int]:
    """``[start, end)`` checked and clipped to a text of ``length`` characters."""
    if not isinstance(start, int) or (end is not None and not isinstance(end, int)):
        raise TypeError("start and end must be integers")
    end = length if end is None else end
    return max(0, min(start, length)), max(0, min(end, length))


def normalize_extra_words(extra_words: Iterable[str]) -> tuple[str, ...]:
    """The per-call words worth keeping whole, longest first."""
    if isinstance(extra_words, str):
        raise TypeError("extra_words must be an iterable of words, not a single str")
    words = set()
    for word in extra_words:
        if not isinstance(word, str):
            raise TypeError(f"extra_words must hold str, not {type(word).__name__}")
        if len(word) >= 2 and word.strip() == word:
            words.add(word)
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


class ExtraWords:
    """Finds per-call words in a text: leftmost first, then longest (放管服改革 wins over 放管服).

    These are the matches of one regex alternation of the words, longest first, but found in time
    linear in the text: at each place where some word's first character stands, the lengths of the
    words starting with it are tried, longest first.  The alternation cost time per position in
    proportion to the number of words, n² when a document quotes thousands of distinct names.
    """

    __slots__ = ("lengths", "starts", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.words = frozenset(words)
        lengths: dict[str, set[int]] = {}
        for word in words:
            lengths.setdefault(word[0], set()).add(len(word))
        self.lengths = {first: sorted(sizes, reverse=True) for first, sizes in lengths.items()}
        self.starts = regex.compile("[" + "".join(regex.escape(first) for first in sorted(lengths)) + "]")

    def finditer(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The (start, end) of each word found in ``text[start:end]``, not overlapping, in order."""
        words, lengths, search = self.words, self.lengths, self.starts.search
        at = start
        while (found := search(text, at, end)) is not None:
            at = found.start()
            for size in lengths[text[at]]:
                if at + size <= end and text[at : at + size] in words:
                    yield at, at + size
                    at += size
                    break
            else:
                at += 1


@lru_cache(maxsize=64)
def extra_word_pattern(words: tuple[str, ...]) -> ExtraWords | None:
    """The finder of the per-call words (longest first, as :func:`normalize_extra_words` gives them)."""
    if not words:
        return None
    return ExtraWords(words)


def cache_directory(preferred: str | None) -> str:
    """Where jieba's cache is read from and written to (see the module docstring)."""
    user_cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    candidates = [preferred, os.path.join(tempfile.gettempdir(), "govextract"), os.path.join(user_cache, "govextract")]
    for candidate in candidates:
        if not candidate:
            continue
        if os.path.isfile(os.path.join(candidate, CACHE_FILE)):
            return candidate  # a cache already made: reading it needs no write access
        try:
            os.makedirs(candidate, exist_ok=True)
        except OSError:
            continue
        if os.access(candidate, os.W_OK):
            return candidate
    return tempfile.gettempdir()
