"""jieba's IDF table, looked up lazily from a sorted copy: no 270,000-entry dict at start.

Building a dict of jieba's ``analyse/idf.txt`` (270,000 words) takes over
100 ms however it is stored (text, marshal or pickle: hashing the words is the
cost), and a document scores a few hundred words.  So the table is rewritten
once, sorted by its UTF-8 bytes, into the cache directory jieba's cache uses
(:func:`~govextract.tokenize.jieba_backend.cache_directory`); each process
then reads those bytes (a few milliseconds) and finds a word by bisection over
its lines, remembering each answer.  The first line holds the table's median,
which words missing from the table get, as jieba itself does.  Where no cache
directory can be written the sorted copy is made in memory each process.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from functools import lru_cache

from .tokenize.jieba_backend import cache_directory
from .tokenize.jieba_data import jieba_file

CACHE_FILE = "govextract-idf-v1.sorted"


class IdfTable(Mapping[str, float]):
    """A read-only mapping word -> IDF over sorted ``word value`` lines (bytes)."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._seen: dict[str, float | None] = {}

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        seen = self._seen
        if word in seen:
            value = seen[word]
        else:
            value = seen[word] = self._find(word.encode("utf-8"))
        return default if value is None else value

    def __getitem__(self, word: str) -> float:
        value = self.get(word)
        if value is None:
            raise KeyError(word)
        return value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __iter__(self) -> Iterator[str]:
        for line in self._data.split(b"\n")[1:]:
            if line:
                yield line.split(b" ", 1)[0].decode("utf-8")

    def __len__(self) -> int:
        return self._data.count(b"\n") - 1

    def _find(self, key: bytes) -> float | None:
        data = self._data
        low = data.find(b"\n") + 1  # the first line is the median
        high = len(data)
        while low < high:  # low and high are always the starts of lines
            middle = (low + high) // 2
            start = data.rfind(b"\n", 0, middle) + 1
            end = data.find(b"\n", start)
            space = data.find(b" ", start, end)
            word = data[start:space]
            if word == key:
                return float(data[space + 1 : end])
            if word < key:
                low = end + 1
            else:
                high = start
        return None


@lru_cache(maxsize=1)
def load_idf() -> tuple[IdfTable, float]:
    """jieba's IDF table (looked up lazily) and its median, once per process.

    >>> table, median = load_idf()
    >>> round(table["政务"], 2), round(median, 2), "一网通办" in table
    (7.91, 11.95, False)
    """
    source = jieba_file("analyse", "idf.txt")
    path = os.path.join(cache_directory(None), CACHE_FILE)
    data = _read_fresh(path, source)
    if data is None:
        with open(source, encoding="utf-8") as handle:
            data = sorted_table(handle.read())
        _write(path, data)
    median = float(data[: data.find(b"\n")])
    return IdfTable(data), median


def sorted_table(content: str) -> bytes:
    """The ``word value`` lines of an IDF file, sorted by bytes, under a first line holding the median."""
    table: dict[bytes, bytes] = {}
    for line in content.splitlines():
        parts = line.split()
        if len(parts) == 2:
            try:
                float(parts[1])
            except ValueError:
                continue
            table[parts[0].encode("utf-8")] = parts[1].encode("ascii")
    values = sorted(float(value) for value in table.values())
    median = values[len(values) // 2] if values else 10.0
    lines = [repr(median).encode("ascii"), *(word + b" " + table[word] for word in sorted(table))]
    return b"\n".join(lines) + b"\n"


def _read_fresh(path: str, source: str) -> bytes | None:
    try:
        if os.path.getmtime(path) < os.path.getmtime(source):
            return None
        with open(path, "rb") as handle:
            return handle.read()
    except OSError:
        return None


def _write(path: str, data: bytes) -> None:
    """Write atomically (another process may be reading); a directory that refuses is no error."""
    try:
        descriptor, temporary = tempfile.mkstemp(dir=os.path.dirname(path))
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        return
