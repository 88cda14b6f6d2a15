"""Read release files and turn each one into a document or an explicit failure.

Three steps, each usable alone:

* :func:`load_text` reads one file and decodes it (byte order marks, UTF-8,
  GB18030/GBK/GB2312, Big5), newlines untouched, or raises an
  :class:`~govextract.errors.InputError` naming the file and the reason;
* :func:`find_files` expands folders into their ``.txt`` files;
* :func:`extract_files` lazily yields one :class:`FileResult` per input, in
  order: a document, or an :class:`~govextract.errors.ExtractionFailure`.
  Nothing that goes wrong with one file stops the batch.

The stages, each a module, upstream first:

* :mod:`~govextract.batch.decoding`: bytes in, text out (:func:`decode_bytes`);
* :mod:`~govextract.batch.reading`: paths in, files and their text out
  (:func:`find_files`, :func:`load_text`, :data:`MAX_BYTES`);
* :mod:`~govextract.batch.runner`: paths in, one :class:`FileResult` per file
  out (:func:`extract_files`, :func:`extract_file`);
* :mod:`~govextract.batch.writers`: records in, output out
  (:func:`open_writer` for ``jsonl``, ``csv`` or ``parquet``,
  :class:`JsonLinesWriter`, :func:`truncate_to_last_line`), used by the
  command; under it :mod:`~govextract.batch.tables` (records as the rows of
  eight linked tables, columns derived from the models),
  :mod:`~govextract.batch.csv_output` and
  :mod:`~govextract.batch.parquet_output` (those tables as CSV, Parquet, or
  pandas DataFrames with :func:`to_frames`).

Everything public is importable from ``govextract.batch`` itself.
"""

from .csv_output import read_table
from .decoding import PathArgument, decode_bytes
from .parquet_output import to_frames
from .reading import MAX_BYTES, TEXT_SUFFIX, find_files, load_text
from .runner import FileResult, extract_file, extract_files
from .sources import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, InputOptions, SourceItem, SourceText
from .tables import TABLES, MissingExtraError, OutputError, Record, table_rows
from .writers import (
    FORMATS,
    JsonLinesWriter,
    LineFile,
    LineWriter,
    RecordWriter,
    open_jsonl,
    open_lines,
    open_writer,
    truncate_to_last_line,
)

__all__ = [
    "DEFAULT_GLOBS",
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "MAX_BYTES",
    "TABLES",
    "TEXT_SUFFIX",
    "FileResult",
    "InputOptions",
    "JsonLinesWriter",
    "LineFile",
    "LineWriter",
    "MissingExtraError",
    "OutputError",
    "PathArgument",
    "Record",
    "RecordWriter",
    "SourceItem",
    "SourceText",
    "decode_bytes",
    "extract_file",
    "extract_files",
    "find_files",
    "load_text",
    "open_jsonl",
    "open_lines",
    "open_writer",
    "read_table",
    "table_rows",
    "to_frames",
    "truncate_to_last_line",
]
