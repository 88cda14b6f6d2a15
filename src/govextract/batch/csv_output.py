"""CSV output: records in, a folder of eight CSV tables out, ready for Excel.

In: :class:`~govextract.models.Document` and
:class:`~govextract.errors.ExtractionFailure` records. Out: ``documents.csv``,
``quantities.csv``, ``programs.csv``, ``cited.csv``, ``sections.csv``,
``points.csv``, ``dates.csv`` and ``errors.csv`` in one folder, the tables and
columns of :mod:`govextract.batch.tables`. All eight are always written (a
header row alone when a table is empty), so a script reading them never
meets a missing file.

The files are UTF-8 with a byte order mark (Excel then shows Chinese instead
of mojibake), comma-separated with RFC 4180 quoting and ``\\r\\n`` row ends
(Python's :mod:`csv`), one header row of column names. A null is an empty
cell; booleans are ``true``/``false``; numbers as in JSON (``85000``,
``0.352``); lists of strings are JSON arrays (``["张三","李四"]``), which keeps
them lossless whatever they contain.

Formula injection: a spreadsheet runs a cell that begins with ``=``, ``+``,
``-`` or ``@`` as a formula, and some treat a leading tab or carriage return
alike, so a hostile page could put ``=HYPERLINK(…)`` into a title. Every text
cell beginning with one of those characters, or with ``'`` itself, is written
with a ``'`` in front (the OWASP advice); numbers are never changed (``-5`` is
a number, not a formula). :func:`read_table` takes the ``'`` away again, so
the tables reload to exactly the record values.

The tables are written to ``NAME.csv.part`` files and renamed into place when
the writer closes, so a folder never holds a torn table: after a failed write
the partial files are removed; after an exception of the caller (an
interrupted run) the rows written so far are kept, complete for every record
written. Excel holds at most 32,767 characters in a cell: the ``text`` column
of a long page is cut there by Excel (the file itself keeps it whole).

Why our own code: :mod:`csv` does the quoting; what is ours is the cell
format above and the neutralisation, which no library applies for us.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .tables import TABLES, Cell, Column, Record, Table, prepare_folder, table_rows

#: The first characters that make a spreadsheet read a text cell as a formula (and ``'``, the escape itself).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")

#: Encoding of every table: UTF-8 with a byte order mark, which Excel needs to recognise UTF-8.
ENCODING = "utf-8-sig"


def neutralise(value: str) -> str:
    """``value`` with a ``'`` in front when a spreadsheet could take it for a formula.

    >>> neutralise("=1+2"), neutralise("-3%"), neutralise("数字政府"), neutralise("'quoted")
    ("'=1+2", "'-3%", '数字政府', "''quoted")
    """
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def restore(value: str) -> str:
    """Undo :func:`neutralise`: ``restore(neutralise(s)) == s`` for every string.

    >>> restore("'=1+2"), restore("''quoted"), restore("数字政府")
    ('=1+2', "'quoted", '数字政府')
    """
    if value.startswith("'") and value[1:].startswith(FORMULA_TRIGGERS):
        return value[1:]
    return value


def format_cell(column: Column, value: Cell) -> str:
    """The CSV text of one cell of ``column``."""
    if value is None:
        return ""
    if column.kind == "string":
        return neutralise(str(value))
    if column.kind in ("strings", "numbers"):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if column.kind == "boolean":
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def parse_cell(column: Column, text: str) -> Cell:
    """The value of one CSV cell of ``column``, as :func:`~govextract.batch.tables.table_rows` gives it.

    An empty cell is null, except in a text column that cannot be null, where it is the empty string.
    """
    if text == "":
        return "" if column.kind == "string" and not column.nullable else None
    if column.kind == "string":
        return restore(text)
    if column.kind == "strings":
        items = json.loads(text)
        return [str(item) for item in items]
    if column.kind == "numbers":
        return [float(item) for item in json.loads(text)]
    if column.kind == "boolean":
        return text == "true"
    if column.kind == "integer":
        return int(text)
    number = float(text)
    return int(text) if _is_integer_literal(text) else number


def _is_integer_literal(text: str) -> bool:
    return text.lstrip("-").isdigit()


def read_table(path: str | os.PathLike[str], table: str | None = None) -> list[dict[str, Any]]:
    """The rows of a CSV table written here, as dicts of values (neutralisation undone).

    ``table`` names the table; by default it is the file's name without
    ``.csv``. The header must be the table's columns, in order.
    """
    path = Path(path)
    spec = TABLES[table or path.name.removesuffix(".csv")]
    with open(path, encoding=ENCODING, newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None)
        if header != spec.column_names:
            raise ValueError(f"{path}: the header is not the {spec.name} table's columns")
        return [
            {column.name: parse_cell(column, cell) for column, cell in zip(spec.columns, row, strict=True)}
            for row in reader
        ]


class CsvTablesWriter:
    """Write records as rows of the eight tables, each a CSV file in ``folder``.

    A :class:`~govextract.batch.writers.RecordWriter`; open it with
    :func:`open_csv`, which finishes or discards the files.
    """

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._handles: dict[str, IO[str]] = {}
        self._writers: dict[str, Any] = {}
        self.failed = False
        try:
            for name, table in TABLES.items():
                handle = open(self._part(name), "w", encoding=ENCODING, newline="")  # noqa: SIM115 - closed by finish()
                self._handles[name] = handle
                self._writers[name] = csv.writer(handle)
                self._writers[name].writerow(table.column_names)
        except OSError:
            self.discard()
            raise

    def _part(self, name: str) -> Path:
        return self._folder / f"{name}.csv.part"

    def write(self, record: Record) -> None:
        rows = table_rows(record)
        try:
            for name, table_rows_ in rows.items():
                self._writers[name].writerows(_format_rows(TABLES[name], table_rows_))
        except Exception:  # the tables are in an unknown state: they will be discarded
            self.failed = True
            raise

    def flush(self) -> None:
        try:
            for handle in self._handles.values():
                handle.flush()
        except Exception:  # the tables are in an unknown state: they will be discarded
            self.failed = True
            raise

    def finish(self) -> None:
        """Close every table and move it into place as ``NAME.csv``."""
        try:
            for handle in self._handles.values():
                handle.close()
            for name in self._handles:
                os.replace(self._part(name), self._folder / f"{name}.csv")
        except Exception:
            self.failed = True
            self.discard()
            raise

    def discard(self) -> None:
        """Close every table and remove the partial files."""
        for name, handle in self._handles.items():
            with contextlib.suppress(OSError):
                handle.close()
            with contextlib.suppress(OSError):
                self._part(name).unlink(missing_ok=True)


def _format_rows(table: Table, rows: list[tuple[Cell, ...]]) -> Iterator[list[str]]:
    columns = table.columns
    for row in rows:
        yield [format_cell(column, value) for column, value in zip(columns, row, strict=True)]


@contextlib.contextmanager
def open_csv(target: str) -> Iterator[CsvTablesWriter]:
    """A :class:`CsvTablesWriter` on folder ``target`` (created if needed).

    On leaving, the tables are moved into place; if a write failed they are
    removed instead, so the folder never holds a torn table.
    """
    writer = CsvTablesWriter(prepare_folder(target, "CSV"))
    try:
        yield writer
    except BaseException:
        if writer.failed:
            writer.discard()
        else:
            writer.finish()
        raise
    writer.finish()
