"""Writing stage: records in, output out (JSON lines, or the tables of CSV and Parquet).

In: pydantic records from the runner, a :class:`~govextract.models.Document`
per article and an :class:`~govextract.errors.ExtractionFailure` per input
that gave none. Out, by format (:func:`open_writer`):

* ``jsonl``: one compact JSON object per line, documents and error records
  (``{"record": "error", "source", "error", "message"}``) in the same stream,
  so the output accounts for every input; UTF-8 with ``\\n`` line ends
  whatever the locale says, on a file or a standard stream;
* ``csv``: a folder of eight tables (:mod:`govextract.batch.csv_output`);
* ``parquet``: the same tables as Parquet (:mod:`govextract.batch.parquet_output`).

Every writer is a :class:`RecordWriter`: ``write(record)`` and ``flush()``.

JSON lines on a file are made to survive a kill at any moment. Lines are
buffered here, whole, and handed to the operating system in one ``write``
call per buffer (per line with ``flush_each``), so a killed process leaves at
most one torn last line, which :func:`truncate_to_last_line` cuts away before
a resumed run appends (``append=True`` does it). The writer's ``committed``
is the file's size up to the end of the last line handed over completely; when
a write fails (a full or failing disk), the file is cut back to it before the
error is raised, so it never ends in a torn line.

Why our own code: a line-granular commit offset is what a resumable run
needs, and Python's buffered files do not tell where their last complete
write ended.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Protocol

from pydantic import BaseModel
from pydantic_core import PydanticSerializationError

from .csv_output import open_csv
from .parquet_output import open_parquet
from .tables import OutputError, Record, clean_text

#: The output formats :func:`open_writer` knows.
FORMATS = ("jsonl", "csv", "parquet")

#: Bytes of complete lines buffered before they are handed to the operating system.
BUFFER_BYTES = 64 * 1024

# How far back truncate_to_last_line reads at a time, looking for the last line end.
_TAIL_CHUNK = 64 * 1024


class RecordWriter(Protocol):
    """What a caller needs of an output: write one record, flush what is buffered."""

    def write(self, record: Record) -> None: ...

    def flush(self) -> None: ...


class LineWriter:
    """Write text lines on a stream as UTF-8 with ``\\n`` endings, whatever the locale says."""

    committed: int | None = None  # a stream has no offset to return to

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


class LineFile:
    """Write text lines to a file, each line handed to the operating system whole.

    ``committed`` is the size of the file up to the end of the last line
    written out completely. A failed write cuts the file back to it and
    raises. Lines still buffered when the process dies are simply absent:
    never half a line, except when the kernel itself was interrupted mid-write,
    which :func:`truncate_to_last_line` repairs.
    """

    def __init__(self, path: str | os.PathLike[str], *, append: bool = False) -> None:
        if append:
            truncate_to_last_line(path)
        self._handle = open(path, "ab" if append else "wb", buffering=0)  # noqa: SIM115 - closed by close()
        self.committed: int = self._handle.seek(0, os.SEEK_END)
        self._pending: list[bytes] = []
        self._pending_bytes = 0

    def write(self, line: str) -> None:
        data = (line + "\n").encode("utf-8")
        self._pending.append(data)
        self._pending_bytes += len(data)
        if self._pending_bytes >= BUFFER_BYTES:
            self.flush()

    def flush(self) -> None:
        """Hand the buffered lines to the operating system; on failure cut the file back and raise."""
        if not self._pending:
            return
        data = memoryview(self._pending[0] if len(self._pending) == 1 else b"".join(self._pending))
        self._pending.clear()
        self._pending_bytes = 0
        total = len(data)
        try:
            while data:
                written = self._handle.write(data)
                data = data[written or 0:]
        except OSError:
            self.rollback()
            raise
        self.committed += total

    def rollback(self) -> None:
        """Cut the file back to ``committed`` (best effort: the disk may be failing)."""
        self._pending.clear()
        self._pending_bytes = 0
        with contextlib.suppress(OSError):
            os.ftruncate(self._handle.fileno(), self.committed)
            self._handle.seek(self.committed)  # a later write must not leave a hole

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._handle.close()

    def __enter__(self) -> LineFile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
            return
        with contextlib.suppress(OSError):  # the caller's exception is the one to see
            self.close()


class JsonLinesWriter:
    """Write each record as one line of compact JSON (``model_dump_json``).

    With ``flush_each``, every record is flushed as soon as it is written, so
    a reader of an errors stream sees each failure when it happens.
    ``committed`` is the output file's size after the last complete line
    written out (None on a standard stream).
    """

    def __init__(self, lines: LineWriter | LineFile, *, flush_each: bool = False) -> None:
        self._lines = lines
        self._flush_each = flush_each

    @property
    def committed(self) -> int | None:
        return self._lines.committed

    def write(self, record: BaseModel) -> None:
        self._lines.write(json_line(record))
        if self._flush_each:
            self._lines.flush()

    def flush(self) -> None:
        self._lines.flush()


def json_line(record: BaseModel) -> str:
    """``record`` as one line of compact JSON.

    A string holding a lone surrogate (which UTF-8 cannot encode) is written
    with U+FFFD in its place, one character for one, so offsets still hold.
    """
    try:
        return record.model_dump_json()
    except PydanticSerializationError:
        cleaned = _clean(record.model_dump())
        return type(record).model_validate(cleaned).model_dump_json()


def _clean(value: object) -> object:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean(item) for item in value]
    return value


def truncate_to_last_line(path: str | os.PathLike[str]) -> int:
    """Cut whatever follows the last ``\\n`` of ``path`` (a torn last line) and return the size kept.

    A file without any line end is emptied; a missing file counts as empty (0).
    """
    try:
        handle = open(path, "r+b")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        return 0
    with handle:
        size = end = handle.seek(0, os.SEEK_END)
        keep = 0
        while end > 0:
            start = max(0, end - _TAIL_CHUNK)
            handle.seek(start)
            position = handle.read(end - start).rfind(b"\n")
            if position >= 0:
                keep = start + position + 1
                break
            end = start
        if keep < size:
            handle.truncate(keep)
        return keep


@contextlib.contextmanager
def open_lines(target: str, standard: IO[str], *, append: bool = False) -> Iterator[LineWriter | LineFile]:
    """A line writer on ``target``: ``-`` is ``standard`` (left open), else a file, created with its folder.

    With ``append`` the file is kept (its torn last line cut away) and lines
    are added at its end; otherwise it is replaced.
    """
    if target == "-":
        if append:
            raise OutputError("appending (resuming a run) needs an output file, not standard output")
        standard.flush()
        yield LineWriter(standard)
        return
    Path(target).parent.mkdir(parents=True, exist_ok=True)  # -o out/run.jsonl works in a fresh checkout
    with LineFile(target, append=append) as lines:
        yield lines


@contextlib.contextmanager
def open_jsonl(
    target: str, standard: IO[str], *, flush_each: bool = False, append: bool = False
) -> Iterator[JsonLinesWriter]:
    """A JSON Lines writer on ``target``, opened as :func:`open_lines` does."""
    with open_lines(target, standard, append=append) as lines:
        yield JsonLinesWriter(lines, flush_each=flush_each)


@contextlib.contextmanager
def open_writer(
    format: str, target: str, standard: IO[str], *, append: bool = False, flush_each: bool = False
) -> Iterator[RecordWriter]:
    """A :class:`RecordWriter` of ``format`` (``jsonl``, ``csv`` or ``parquet``) on ``target``.

    ``jsonl`` writes to a file or, for ``-``, to ``standard``; ``append``
    resumes a file (see :func:`open_lines`). ``csv`` and ``parquet`` write a
    folder of tables and cannot append. A request that cannot be met raises
    :class:`~govextract.batch.tables.OutputError` (its subclass
    :class:`~govextract.batch.tables.MissingExtraError` when an optional
    dependency is missing) on entering, before anything is written; a file
    that cannot be created raises :class:`OSError`.
    """
    if format == "jsonl":
        with open_jsonl(target, standard, append=append, flush_each=flush_each) as writer:
            yield writer
        return
    if format not in FORMATS:
        raise OutputError(f"unknown output format {format!r}: choose one of {', '.join(FORMATS)}")
    if append:
        name = "CSV" if format == "csv" else "Parquet"
        raise OutputError(f"{name} output cannot be resumed: resuming works with JSON lines output only")
    opener = open_csv if format == "csv" else open_parquet
    with opener(target) as tables:
        yield tables
