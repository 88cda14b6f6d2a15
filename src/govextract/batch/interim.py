"""INTERIM stand-ins, on branch i8/runner only: delete this module when i8/inputs and i8/outputs land.

The command (:mod:`govextract.cli`) and :mod:`govextract.batch.resume` are
written against names other branches build: ``read_sources`` (i8/inputs,
``batch/inputs.py``), ``open_writer`` and ``truncate_to_last_line``
(i8/outputs, ``batch/writers.py``). Until they are merged, these thin
versions over today's functions stand in for them, with the same
signatures: plain-text files and ``-`` only, JSON lines only.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from ..errors import EmptyFileError, InputError
from .decoding import PathArgument, decode_bytes
from .reading import expand, load_text
from .sources import InputOptions, SourceItem, SourceText
from .writers import JsonLinesWriter, LineWriter, RecordWriter


def read_sources(
    paths: Iterable[PathArgument], options: InputOptions, *, stdin: BinaryIO | None = None
) -> Iterator[SourceItem]:
    """Stand-in for i8/inputs' reader: ``.txt`` files and folders as today, ``-`` for standard input."""
    seen: set[str] = set()
    for argument in paths:
        if os.fspath(argument) == "-":
            yield _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        for path, problem in expand([argument]):
            if os.path.realpath(path) in seen:
                continue
            seen.add(os.path.realpath(path))
            source = os.fsencode(path).decode("utf-8", "backslashreplace")
            try:
                if problem is not None:
                    raise problem
                yield SourceText(source, load_text(path, max_bytes=options.max_bytes))
            except InputError as error:
                yield type(error)(source, error.reason).to_failure()


def _read_stdin(stdin: BinaryIO) -> SourceItem:
    try:
        text = decode_bytes(stdin.read(), "-")
        if not text.strip():
            raise EmptyFileError("-", "standard input holds no text")
    except InputError as error:
        return error.to_failure()
    return SourceText("-", text)


@contextlib.contextmanager
def open_writer(format: str, target: str, standard: IO[str], *, append: bool = False) -> Iterator[RecordWriter]:
    """Stand-in for i8/outputs' opener: JSON lines only, appending when asked."""
    if format != "jsonl":
        raise ValueError(f"the {format} output format is not built on this branch yet")
    if target == "-":
        standard.flush()
        yield JsonLinesWriter(LineWriter(standard))
        return
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    with open(target, "a" if append else "w", encoding="utf-8", newline="\n") as handle:
        yield JsonLinesWriter(LineWriter(handle))


def truncate_to_last_line(path: PathArgument) -> int:
    """Stand-in for i8/outputs' helper: cut what follows the last ``\\n`` of a file; return the bytes cut."""
    with open(path, "rb+") as handle:
        size = handle.seek(0, os.SEEK_END)
        end = size
        while end > 0:
            start = max(0, end - 65536)
            handle.seek(start)
            chunk = handle.read(end - start)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        if end < size:
            handle.truncate(end)
        return size - end
