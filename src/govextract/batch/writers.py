"""Writing stage: records in, lines of output out.

In: pydantic records from the runner, a :class:`~govextract.models.Document`
per good file and an :class:`~govextract.errors.ExtractionFailure` per failed
one. Out: JSON Lines, one compact JSON object per line, encoded as UTF-8 with
``\\n`` line ends whatever the locale says, on a file or a standard stream.

Three layers, each usable alone:

* :class:`LineWriter` writes text lines on a stream;
* :class:`JsonLinesWriter` writes records as lines, and is a
  :class:`RecordWriter`, the two methods a caller of any output format uses;
* :func:`open_jsonl` (and :func:`open_lines` under it) opens a target, ``-``
  meaning the standard stream the caller passes, and closes what it opened.

A writer of another format (CSV, Parquet) would be another
:class:`RecordWriter` with its own opener beside :func:`open_jsonl`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from pydantic import BaseModel


class RecordWriter(Protocol):
    """What the command needs of an output: write one record, flush what is buffered."""

    def write(self, record: BaseModel) -> None: ...

    def flush(self) -> None: ...


class LineWriter:
    """Write text lines as UTF-8 with ``\\n`` endings, whatever the locale says."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._binary = getattr(stream, "buffer", None)

    def write(self, line: str) -> None:
        if self._binary is not None:
            self._binary.write(line.encode("utf-8") + b"\n")
        else:
            self._stream.write(line + "\n")

    def flush(self) -> None:
        if self._binary is not None:
            self._binary.flush()
        self._stream.flush()


class JsonLinesWriter:
    """Write each record as one line of compact JSON (``model_dump_json``).

    With ``flush_each``, every record is flushed as soon as it is written, so
    a reader of an errors stream sees each failure when it happens.
    """

    def __init__(self, lines: LineWriter, *, flush_each: bool = False) -> None:
        self._lines = lines
        self._flush_each = flush_each

    def write(self, record: BaseModel) -> None:
        self._lines.write(record.model_dump_json())
        if self._flush_each:
            self._lines.flush()

    def flush(self) -> None:
        self._lines.flush()


@contextlib.contextmanager
def open_lines(target: str, standard: IO[str]) -> Iterator[LineWriter]:
    """A line writer on ``target``: ``-`` is ``standard`` (left open), else a file opened for writing."""
    if target == "-":
        standard.flush()
        yield LineWriter(standard)
        return
    Path(target).parent.mkdir(parents=True, exist_ok=True)  # -o out/run.jsonl works in a fresh checkout
    with open(target, "w", encoding="utf-8", newline="\n") as handle:
        yield LineWriter(handle)


@contextlib.contextmanager
def open_jsonl(target: str, standard: IO[str], *, flush_each: bool = False) -> Iterator[JsonLinesWriter]:
    """A JSON Lines writer on ``target``, opened as :func:`open_lines` does."""
    with open_lines(target, standard) as lines:
        yield JsonLinesWriter(lines, flush_each=flush_each)
