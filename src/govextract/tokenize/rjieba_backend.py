"""The fast backend: rjieba (the Rust port of jieba, ``pip install govextract[fast]``).

rjieba ships jieba's dictionary and runs jieba's algorithm (prefix DAG, most
probable route, HMM for unknown runs) about five times faster than jieba's
``lcut``.  What it offers, and how this adapter uses it:

* ``rjieba.Jieba()`` is a private instance with the default dictionary
  (built in about 100 ms, no cache file; the class is loaded without the
  default instance ``import rjieba`` builds, see :func:`_jieba_class`); the user dictionary is added once,
  row by row, with ``add_word(word, freq, tag)`` (a missing frequency is
  suggested as jieba's ``add_word`` does).  There is no user-dictionary file
  loader and no ``del_word``; per-call words stay whole by pre-splitting, as
  in the jieba backend, so the instance is never changed after loading.
* ``tokenize(text)`` gives ``(word, start, end)`` in characters, with the HMM
  on, as :class:`~.jieba_backend.Tokenizer` uses jieba.
* ``has_word`` answers :meth:`knows`.  rjieba exposes no word frequencies:
  :meth:`frequency` reads our user dictionary's as ``add_word`` returned
  them and jieba's from its ``dict.txt`` (:func:`jieba_frequency`).

The two engines cut runs that are not Chinese differently: jieba's HMM splits
an unknown run of letters, digits and signs at each sign (2023 - 02 - 03,
www . gov . cn), rjieba keeps it whole (2023-02-03).  :meth:`segment`
re-cuts such a token the way jieba does (:func:`jieba_split`), so both
backends give the same tokens and the same records.  Characters outside
jieba's Han range U+4E00–U+9FD5 (CJK extensions, compatibility ideographs) are
Han to rjieba but separators to jieba: a piece holding one is cut block by
block, as jieba's outer loop cuts it, so the words next to it take the same
route in both engines.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from functools import lru_cache
from typing import Any

import regex

from .cached_tables import cached_bytes, file_key, find_value, sorted_lines
from .dictionary import load_user_dictionary
from .jieba_backend import Tokenizer, cache_directory
from .jieba_data import jieba_file

# jieba's own patterns (jieba/__init__.py and jieba/finalseg/__init__.py, version 0.42.1).
_BLOCK = regex.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+)")
_BLANK = regex.compile(r"(\r\n|\s)")
_HAN = regex.compile(r"([\u4E00-\u9FD5]+)")
_ALNUM = regex.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
# jieba's add_word adds a replaced word's new frequency to the dictionary total
# without taking the old one off; rjieba takes it off.  Routes whose products
# tie (通/通通 and 通通/通) are decided by the total's rounding, so the old
# frequencies are kept in the total under a word no text can hold (NUL is never
# inside a block the engine looks up).
_TOTAL_BALLAST = "\x00total"
# Han to rjieba (jieba-rs's RE_HAN_DEFAULT), outside jieba's blocks.
# Words judged by _segment_block remembered per tokenizer, before the table starts afresh.
_JUDGED_MAX = 100_000
_RJIEBA_ONLY_HAN = regex.compile(r"[\u3400-\u4DBF\u9FD6-\u9FFF\uF900-\uFAFF\U00020000-\U0003134F]")


def _jieba_class() -> Any:
    """rjieba's ``Jieba`` class, loaded lazily without the instance rjieba's package builds at import.

    ``import rjieba`` builds a default instance (``rjieba.cut`` and the like),
    loading the whole dictionary: some 100 ms of every start, for an instance
    this adapter never uses (it builds its own, to add our words to).  The
    class lives in the extension module ``rjieba.rjieba``; that module is
    loaded from its file on its own and registered under its name, so a later
    ``import rjieba`` finds it.  When rjieba is already imported, or its
    layout is not the one expected, the package is imported as usual.
    """
    module = sys.modules.get("rjieba.rjieba")
    if module is None and "rjieba" not in sys.modules:
        module = _load_extension()
    if module is None:
        import rjieba

        return rjieba.Jieba
    return module.Jieba


def _load_extension() -> Any:
    """The extension module ``rjieba.rjieba`` loaded alone, registered in ``sys.modules``; None if not found."""
    package = importlib.util.find_spec("rjieba")
    if package is None or not package.submodule_search_locations:
        return None
    for folder in package.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = os.path.join(folder, "rjieba" + suffix)
            if not os.path.isfile(path):
                continue
            spec = importlib.util.spec_from_file_location("rjieba.rjieba", path)
            if spec is None or spec.loader is None:
                return None
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            if not hasattr(module, "Jieba"):
                return None
            sys.modules["rjieba.rjieba"] = module
            return module
    return None


class RjiebaTokenizer(Tokenizer):
    """:class:`~.jieba_backend.Tokenizer` on rjieba's engine; the same tokens, faster.

    >>> tokenizer = RjiebaTokenizer()
    >>> [t.word for t in tokenizer.tokens("2023-02-03深化放管服改革")]
    ['2023', '-', '02', '-', '03', '深化', '放管服改革']
    """

    backend = "rjieba"
    _added: dict[str, int]  # our user dictionary's words -> the frequency rjieba took (set by _load)
    _judged: set[str]  # words _segment_block has judged (set by _load)
    _recut: dict[str, list[tuple[str, int, int]]]  # those of them jieba cuts in parts, and the parts

    def _load(self) -> Any:
        engine = _jieba_class()()
        added: dict[str, int] = {}
        replaced = 0
        for word, frequency, tag in load_user_dictionary():
            if engine.has_word(word):
                replaced += added.get(word) or jieba_frequency(word)
            added[word] = engine.add_word(word, frequency or None, tag)
            if replaced:
                engine.add_word(_TOTAL_BALLAST, replaced, None)
        self._added = added
        self._judged = set()
        self._recut = {}
        return engine

    def segment(self, piece: str) -> list[tuple[str, int, int]]:
        """``(word, start, end)`` of one folded piece, cut as jieba cuts it."""
        if _RJIEBA_ONLY_HAN.search(piece) is not None:
            return self._segment_blocks(piece)
        return self._segment_block(piece)

    def _segment_blocks(self, piece: str) -> list[tuple[str, int, int]]:
        """A piece with characters jieba does not take for Han: each of jieba's blocks cut alone."""
        tokens: list[tuple[str, int, int]] = []
        cursor = 0
        for block in _BLOCK.finditer(piece):
            _outside(piece, cursor, block.start(), tokens)
            at = block.start()
            tokens.extend((word, at + start, at + end) for word, start, end in self._segment_block(block.group()))
            cursor = block.end()
        _outside(piece, cursor, len(piece), tokens)
        return tokens

    def _segment_block(self, piece: str) -> list[tuple[str, int, int]]:
        engine = self.engine
        tokens = engine.tokenize(piece)
        if piece.isascii() and not piece.strip():
            return tokens
        # Each word is judged once (the judgement depends on the word alone): is rjieba's token jieba's,
        # or what are jieba's parts of it?  Most pieces hold no word to re-cut: they are returned after
        # gathering their words into a set, with no step per token; the others splice in the parts.
        judged, recut = self._judged, self._recut
        if len(judged) > _JUDGED_MAX:
            judged.clear()
            recut.clear()
        words = {word for word, _, _ in tokens}
        for word in words.difference(judged):
            judged.add(word)
            if len(word) > 1 and not (word.isascii() and word.isalnum()) and not _HAN.fullmatch(word) \
                    and not engine.has_word(word):  # letters and digits alone: jieba keeps them whole
                parts = jieba_split(word)
                if len(parts) > 1:  # one part is the word itself: cut alike
                    recut[word] = parts
        bad = words.intersection(recut)
        if not bad:
            return tokens
        fixed: list[tuple[str, int, int]] = []
        kept = 0  # tokens before this index are in ``fixed``
        for index in [index for index, token in enumerate(tokens) if token[0] in bad]:
            fixed.extend(tokens[kept:index])
            word, start, _ = tokens[index]
            fixed.extend((part, start + a, start + b) for part, a, b in recut[word])
            kept = index + 1
        fixed.extend(tokens[kept:])
        return fixed

    def knows(self, word: str) -> bool:
        """True when ``word`` is in the dictionary (jieba's or ours), not guessed by the HMM."""
        from ..normalize import fold

        return bool(self.engine.has_word(fold(word)))

    def frequency(self, word: str) -> int:
        """The dictionary frequency of ``word`` as written (0 when unknown).

        rjieba exposes no frequencies (``suggest_freq`` is off by one or not
        depending on rounding), so they are read where jieba reads them: our
        user dictionary's rows as rjieba took them, else jieba's ``dict.txt``.
        """
        engine = self.engine
        if not engine.has_word(word):
            return 0
        added = self._added.get(word)
        return added if added is not None else jieba_frequency(word)


DICTIONARY_CACHE_FILE = "govextract-dict-v1.sorted"


@lru_cache(maxsize=4096)
def jieba_frequency(word: str) -> int:
    """``word``'s frequency as jieba's ``dict.txt`` states it (1 when it is not there; its first line wins)."""
    value = find_value(_jieba_dictionary(), word.encode("utf-8"))
    return int(value) if value is not None else 1


@lru_cache(maxsize=1)
def _jieba_dictionary() -> bytes:
    """jieba's ``dict.txt`` as sorted ``word frequency`` lines, cached (see :mod:`.cached_tables`)."""
    source = jieba_file("dict.txt")
    return cached_bytes(cache_directory(None), DICTIONARY_CACHE_FILE, file_key(source), lambda: sorted_dictionary(source))


def sorted_dictionary(path: str) -> bytes:
    """The ``word frequency`` lines of a jieba dictionary file, sorted, a frequency that is no number read as 1."""
    rows = []
    with open(path, "rb") as handle:
        for line in handle.read().split(b"\n"):
            space = line.find(b" ")
            if space <= 0:
                continue
            fields = line.split()
            rows.append((line[:space], fields[1] if len(fields) > 1 and fields[1].isdigit() else b"1"))
    return sorted_lines(rows)


def jieba_split(word: str) -> list[tuple[str, int, int]]:
    """``word`` (an unknown run rjieba kept whole) split as jieba splits it; offsets into ``word``.

    Outside jieba's blocks each blank (a CRLF whole) and each other character
    is a token; inside, the HMM's runs: Han runs whole, letters and digits as
    ``[a-zA-Z0-9]+(\\.\\d+)?%?``, and every other stretch whole.

    >>> [w for w, _, _ in jieba_split("www.hkeconomy.gov.hk")]
    ['www', '.', 'hkeconomy', '.', 'gov', '.', 'hk']
    """
    parts: list[tuple[str, int, int]] = []
    cursor = 0
    for block in _BLOCK.finditer(word):
        _outside(word, cursor, block.start(), parts)
        position = block.start()
        for han_or_not in _HAN.split(block.group()):
            if not han_or_not:
                continue
            if _HAN.fullmatch(han_or_not):
                parts.append((han_or_not, position, position + len(han_or_not)))
            else:
                offset = position
                for piece in _ALNUM.split(han_or_not):
                    if piece:
                        parts.append((piece, offset, offset + len(piece)))
                        offset += len(piece)
            position += len(han_or_not)
        cursor = block.end()
    _outside(word, cursor, len(word), parts)
    return parts


def _outside(word: str, start: int, end: int, parts: list[tuple[str, int, int]]) -> None:
    """Characters outside jieba's blocks: each blank (CRLF whole) and each other character alone."""
    position = start
    for piece in _BLANK.split(word[start:end]):
        if not piece:
            continue
        if _BLANK.fullmatch(piece):
            parts.append((piece, position, position + len(piece)))
        else:
            parts.extend((character, position + i, position + i + 1) for i, character in enumerate(piece))
        position += len(piece)
