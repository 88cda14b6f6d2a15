"""Tables derived from data files, cached as compact files next to jieba's cache.

A few tables are computed from big data files (jieba's 5 MB ``dict.txt``)
on every start unless kept: :func:`cached_bytes` keeps the derived bytes in
the cache folder jieba's cache uses
(:func:`~govextract.tokenize.jieba_backend.cache_directory`), under a first
line holding a key that names what they were derived from (file sizes and
times, the lexicon values used, a format version).  A cache whose key differs
is rebuilt and replaced; where no cache folder can be written the table is
built in memory in each process, as the IDF table's is (:mod:`govextract.idf`).

:func:`find_value` looks a word up in sorted ``word value`` lines by bisection,
so a table of hundreds of thousands of words is read as bytes, never parsed
into a dict.  Why our own: the standard library's ``shelve``/``dbm`` need a
writable file and parse nothing faster; a few dozen lines do it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable


def file_key(*paths: str) -> str:
    """A key naming files by size and modification time (nanoseconds)."""
    parts = []
    for path in paths:
        status = os.stat(path)
        parts.append(f"{os.path.basename(path)}:{status.st_size}:{status.st_mtime_ns}")
    return " ".join(parts)


def digest(*values: object) -> str:
    """A short hexadecimal digest of the ``repr`` of ``values`` (lexicon values a table depends on)."""
    return hashlib.sha256(repr(values).encode("utf-8")).hexdigest()[:32]


def cached_bytes(directory: str, name: str, key: str, build: Callable[[], bytes]) -> bytes:
    """``build()``'s bytes, read from ``directory/name`` when that file was built under ``key``.

    Otherwise built, and written atomically (another process may be reading);
    a folder that refuses the write is no error.  ``key`` is one line of text.
    """
    header = key.replace("\n", " ").encode("utf-8") + b"\n"
    path = os.path.join(directory, name)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
        if data.startswith(header):
            return data[len(header):]
    except OSError:
        pass
    body = build()
    write_atomically(path, header + body)
    return body


def write_atomically(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder; an OSError is ignored."""
    try:
        descriptor, temporary = tempfile.mkstemp(dir=os.path.dirname(path))
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.remove(temporary)


def sorted_lines(rows: Iterable[tuple[bytes, bytes]]) -> bytes:
    """``word value`` lines sorted by the word's bytes (the first value of a repeated word wins)."""
    table: dict[bytes, bytes] = {}
    for word, value in rows:
        table.setdefault(word, value)
    return b"".join(word + b" " + table[word] + b"\n" for word in sorted(table))


def find_value(data: bytes, key: bytes, low: int = 0) -> bytes | None:
    """The value of ``key`` in sorted ``word value`` lines of ``data`` from offset ``low`` on, or None."""
    high = len(data)
    while low < high:  # low and high are always the starts of lines
        middle = (low + high) // 2
        start = data.rfind(b"\n", 0, middle) + 1
        if start < low:
            start = low
        end = data.find(b"\n", start)
        if end < 0:
            end = high
        space = data.find(b" ", start, end)
        word = data[start:space]
        if word == key:
            return data[space + 1 : end]
        if word < key:
            low = end + 1
        else:
            high = start
    return None
