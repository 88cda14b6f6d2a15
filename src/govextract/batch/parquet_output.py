"""Parquet output and DataFrames: records in, the eight tables as Parquet files or pandas frames out.

In: :class:`~govextract.models.Document` and
:class:`~govextract.errors.ExtractionFailure` records. Out: ``documents.parquet``
… ``errors.parquet`` in one folder (:func:`open_parquet`), or a dict of
pandas DataFrames (:func:`to_frames`), with the tables and columns of
:mod:`govextract.batch.tables`, the same as the CSV output's.

Each table has an explicit schema built from the models: text columns are
``string``, offsets, indexes and lengths ``int64``, numeric values (``value``,
``value_max``) ``float64``, booleans ``bool``, lists of strings
``list<string>``, lists of numbers ``list<float64>``; every column is nullable. Files are written incrementally:
rows are buffered and written as one row group per table every
:data:`ROW_GROUP_DOCUMENTS` documents (sooner when much text is buffered), so
memory stays bounded however large the archive. All eight files are always
written (a schema with no rows when a table is empty). As with CSV, the files
are ``NAME.parquet.part`` until the writer closes and are then renamed; a
failed write removes them, so no torn file is left.

In DataFrames, integer columns are pandas' nullable ``Int64``, booleans
``boolean``, numbers ``float64`` (NaN for null), lists of strings Python lists.

pyarrow and pandas come with the optional extra ``parquet``
(``pip install "govextract[parquet]"``); they are imported only when used, and
their absence is a :class:`~govextract.batch.tables.MissingExtraError` naming
that command.

Why our own code: pyarrow writes Parquet; the buffering into row groups and
the schemas from our models are the glue.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .tables import TABLES, Cell, ColumnKind, MissingExtraError, Record, Row, Table, prepare_folder, table_rows

#: Documents buffered before a row group is written to every table.
ROW_GROUP_DOCUMENTS = 1000

#: Characters of text cells buffered before a row group is written anyway.
ROW_GROUP_CHARACTERS = 32 * 1024 * 1024

_INSTALL = 'pip install "govextract[parquet]"'


def _pyarrow() -> tuple[Any, Any]:
    """The ``pyarrow`` and ``pyarrow.parquet`` modules, or a MissingExtraError saying how to install them."""
    try:
        import pyarrow  # type: ignore[import-untyped]
        import pyarrow.parquet  # type: ignore[import-untyped]
    except ImportError:
        raise MissingExtraError(f"Parquet output needs pyarrow, which is not installed: {_INSTALL}") from None
    return pyarrow, pyarrow.parquet


def _arrow_type(pa: Any, kind: ColumnKind) -> Any:
    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "strings": pa.list_(pa.string()),
        "numbers": pa.list_(pa.float64()),
    }[kind]


def arrow_schema(table: Table) -> Any:
    """The pyarrow schema of ``table``: one nullable field per column, typed by its kind."""
    pa, _ = _pyarrow()
    return pa.schema([pa.field(c.name, _arrow_type(pa, c.kind), nullable=True) for c in table.columns])


class _Columns:
    """Rows of one table held column by column until they become a pyarrow table."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.schema = arrow_schema(table)
        self.values: list[list[Cell]] = [[] for _ in table.columns]
        self.rows = 0
        self.characters = 0

    def add(self, row: Row) -> None:
        for column_values, value in zip(self.values, row, strict=True):
            column_values.append(value)
            if isinstance(value, str):
                self.characters += len(value)
        self.rows += 1

    def take(self) -> Any:
        """The buffered rows as a pyarrow table, the buffer emptied."""
        pa, _ = _pyarrow()
        arrays = []
        for column, values in zip(self.table.columns, self.values, strict=True):
            if column.kind == "number":
                values = [None if v is None else float(v) for v in values]  # type: ignore[arg-type]
            arrays.append(pa.array(values, type=_arrow_type(pa, column.kind)))
        self.values = [[] for _ in self.table.columns]
        self.rows = self.characters = 0
        return pa.Table.from_arrays(arrays, schema=self.schema)


class ParquetTablesWriter:
    """Write records as rows of the eight tables, each a Parquet file in ``folder``.

    A :class:`~govextract.batch.writers.RecordWriter`; open it with
    :func:`open_parquet`, which finishes or discards the files.
    """

    def __init__(self, folder: Path, *, row_group_documents: int = ROW_GROUP_DOCUMENTS) -> None:
        _, pq = _pyarrow()
        self._folder = folder
        self._row_group_documents = row_group_documents
        self._buffers = {name: _Columns(table) for name, table in TABLES.items()}
        self._files: dict[str, Any] = {}
        self._documents = 0
        self.failed = False
        try:
            for name, buffer in self._buffers.items():
                self._files[name] = pq.ParquetWriter(self._part(name), buffer.schema)
        except OSError:
            self.discard()
            raise

    def _part(self, name: str) -> Path:
        return self._folder / f"{name}.parquet.part"

    def write(self, record: Record) -> None:
        for name, rows in table_rows(record).items():
            buffer = self._buffers[name]
            for row in rows:
                buffer.add(row)
        self._documents += 1
        characters = sum(buffer.characters for buffer in self._buffers.values())
        if self._documents >= self._row_group_documents or characters >= ROW_GROUP_CHARACTERS:
            self.flush()

    def flush(self) -> None:
        """Write what is buffered as one row group per non-empty table."""
        try:
            for name, buffer in self._buffers.items():
                if buffer.rows:
                    self._files[name].write_table(buffer.take())
        except Exception:  # the tables are in an unknown state: they will be discarded
            self.failed = True
            raise
        self._documents = 0

    def finish(self) -> None:
        """Write what is buffered, close every file and move it into place as ``NAME.parquet``."""
        try:
            self.flush()
            for file in self._files.values():
                file.close()
            for name in self._files:
                os.replace(self._part(name), self._folder / f"{name}.parquet")
        except Exception:
            self.failed = True
            self.discard()
            raise

    def discard(self) -> None:
        """Close every file and remove the partial files."""
        for name, file in self._files.items():
            with contextlib.suppress(Exception):
                file.close()
            with contextlib.suppress(OSError):
                self._part(name).unlink(missing_ok=True)


@contextlib.contextmanager
def open_parquet(target: str, *, row_group_documents: int = ROW_GROUP_DOCUMENTS) -> Iterator[ParquetTablesWriter]:
    """A :class:`ParquetTablesWriter` on folder ``target`` (created if needed).

    On leaving, the files are moved into place; if a write failed they are
    removed instead, so the folder never holds a torn file.
    """
    _pyarrow()  # a missing extra is reported before the folder is created
    writer = ParquetTablesWriter(prepare_folder(target, "Parquet"), row_group_documents=row_group_documents)
    try:
        yield writer
    except BaseException:
        if writer.failed:
            writer.discard()
        else:
            writer.finish()
        raise
    writer.finish()


def to_frames(records: Iterable[Record]) -> dict[str, Any]:
    """The eight tables of ``records`` (documents and error records, mixed) as pandas DataFrames.

    Keys are the table names in order (documents, quantities, programs, cited,
    sections, points, dates, errors); columns are those of the CSV and Parquet
    outputs. Every table is present, empty tables with their columns.

    >>> import govextract
    >>> frames = govextract.to_frames([govextract.extract("注册用户数突破1亿。", source="a.txt")])
    >>> frames["quantities"][["source", "index", "text", "value"]].to_dict("records")
    [{'source': 'a.txt', 'index': 0, 'text': '突破1亿', 'value': 100000000.0}]
    """
    pa, _ = _pyarrow()
    try:
        import pandas  # type: ignore[import-untyped]
    except ImportError:
        raise MissingExtraError(f"govextract.to_frames needs pandas, which is not installed: {_INSTALL}") from None
    mapping = {pa.int64(): pandas.Int64Dtype(), pa.bool_(): pandas.BooleanDtype()}
    frames = {}
    for name, table in arrow_tables(records).items():
        frame = table.to_pandas(types_mapper=mapping.get)
        for column in TABLES[name].columns:
            if column.kind in ("strings", "numbers"):
                frame[column.name] = [None if v is None else list(v) for v in frame[column.name]]
        frames[name] = frame
    return frames


def arrow_tables(records: Iterable[Record]) -> dict[str, Any]:
    """The eight tables of ``records`` as ``pyarrow.Table`` objects, with the Parquet files' schemas.

    Every table is present (with no rows when ``records`` give none); this is
    what one partition of :func:`govextract.dask.to_parquet` writes.
    """
    _pyarrow()
    buffers = {name: _Columns(table) for name, table in TABLES.items()}
    for record in records:
        for name, rows in table_rows(record).items():
            for row in rows:
                buffers[name].add(row)
    return {name: buffer.take() for name, buffer in buffers.items()}
