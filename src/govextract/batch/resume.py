"""Output that is never torn: resuming an interrupted run, cutting back after a failed write.

In: the JSON-lines files an earlier run of the command was writing (its
output and, when given, its ``--errors-jsonl`` file). Out:
:func:`read_written` first cuts a torn last line off each file (what a kill
left half-written), then reads the ``source`` of every complete record and
returns them as :class:`Written`; the command skips the inputs whose source
is among them and appends the records of the others.

Why every input ends with exactly one record, whenever the earlier run was
stopped (``kill -9`` included): the command writes each record as one line
ending in ``\\n``, after the record is complete; so every complete line in
the files is a finished input, and at most the last line of each file is
torn. Cutting that line and skipping the finished inputs leaves exactly the
unfinished ones to do; each input's record goes to one file only (errors
either in the output or in the errors file), so the two files never need to
agree with each other. Records come out in input order, so a resumed output
is the uninterrupted one, line for line.

A write that fails (disk full, file too large) is never left as a torn
line either: :func:`guarded_writer` turns every OS error after the output was
opened into a :class:`WriteFailed`, and :func:`cut_back` then cuts each
output file back to its last complete record, ready for ``--resume``.

A line that is not a govextract record (not JSON, no ``source``) stops the
resume with a :class:`ResumeError`: the file is then not an earlier output
of this command, and appending to it would mix two kinds of data.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from .tables import Record
from .writers import RecordWriter, open_writer, truncate_to_last_line


class ResumeError(ValueError):
    """A file to resume is not an output of govextract; ``str(error)`` says which line and why."""


@dataclass
class Written:
    """What earlier runs wrote: the source of every complete record, and how many of each kind."""

    sources: set[str] = field(default_factory=set)
    documents: int = 0
    errors: int = 0
    #: (file, bytes) of each torn last line that was cut.
    cut: list[tuple[str, int]] = field(default_factory=list)

    @property
    def records(self) -> int:
        return self.documents + self.errors


def read_written(paths: Iterable[str]) -> Written:
    """Cut a torn last line off each existing file of ``paths``, then read the records they hold.

    Missing files hold nothing (a run killed before its first record, or a
    first run with ``--resume``). Raises :class:`ResumeError` for a line that
    is not a govextract record, naming the file and the line.
    """
    written = Written()
    for path in paths:
        if not os.path.isfile(path):
            continue
        size = os.path.getsize(path)
        cut = size - truncate_to_last_line(path)
        if cut:
            written.cut.append((path, cut))
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                _read_record(path, number, line, written)
    return written


def _read_record(path: str, number: int, line: bytes, written: Written) -> None:
    where = f"{path}, line {number}"
    try:
        record = json.loads(line)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError both are
        raise ResumeError(f"{where} is not a JSON record, so the file is not a govextract output") from None
    if not isinstance(record, dict) or not isinstance(record.get("source"), str):
        raise ResumeError(f"{where} is not a govextract record (it has no source), so the file is not a govextract output")
    kind = record.get("record", "document")
    if kind == "error":
        written.errors += 1
    elif kind == "document":
        written.documents += 1
    else:
        raise ResumeError(f"{where} is a record of unknown kind {kind!r}, so the file is not a govextract output")
    written.sources.add(record["source"])


# ---------------------------------------------------------------- failed writes


class WriteFailed(Exception):
    """Writing ``name`` (a path, or ``standard output``) failed with ``error`` after it was opened."""

    def __init__(self, name: str, error: OSError) -> None:
        super().__init__(f"{name}: {error.strerror or error}")
        self.name = name
        self.error = error


@contextlib.contextmanager
def guarded_writer(format: str, target: str, standard: IO[str], append: bool = False) -> Iterator[RecordWriter]:
    """``open_writer(format, target, standard, append=append)``, raising :class:`WriteFailed` for a failed write.

    An error while opening stays an :class:`OSError` (the target cannot be
    written at all); an error of any later write, flush or of the final close
    becomes a :class:`WriteFailed`. A closed pipe stays a
    :class:`BrokenPipeError`: the reader went away, nothing failed.
    """
    name = "standard output" if target == "-" and standard is sys.stdout else target
    opened = False
    try:
        with open_writer(format, target, standard, append=append) as writer:
            opened = True
            yield _Guarded(writer, name)
    except BrokenPipeError:
        raise
    except OSError as error:
        if not opened:
            raise
        raise WriteFailed(name, error) from None


class _Guarded:
    """A record writer whose OS errors (other than a closed pipe) become :class:`WriteFailed`."""

    def __init__(self, writer: RecordWriter, name: str) -> None:
        self._writer = writer
        self._name = name

    def write(self, record: Record) -> None:
        try:
            self._writer.write(record)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise WriteFailed(self._name, error) from None

    def flush(self) -> None:
        try:
            self._writer.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise WriteFailed(self._name, error) from None


def cut_back(paths: Iterable[str]) -> list[str]:
    """Cut each regular file of ``paths`` back to its last complete line; return those cut or checked.

    Devices (``/dev/full``), pipes and missing paths are left alone.
    """
    done = []
    for path in paths:
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.stat(path).st_mode):
                truncate_to_last_line(path)
                done.append(path)
    return done
