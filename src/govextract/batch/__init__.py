"""Read inputs and turn each article into a document or an explicit failure.

The door for a batch is :func:`read_sources`: paths (files, folders, ``-``
for standard input) in, lazily and in order, one
:class:`SourceText` per article (a plain text file, the main text of a saved
page, a line of a crawler dump) or an
:class:`~govextract.errors.ExtractionFailure` naming the input and the reason.
Nothing that goes wrong with one input stops the batch.

The stages, each a module, upstream first:

* :mod:`~govextract.batch.names`: a path -> the string that names it (:func:`source_name`);
* :mod:`~govextract.batch.decoding`: bytes in, text and codec out (:func:`decode`, :func:`decode_bytes`);
* :mod:`~govextract.batch.reading`: paths in, files and their text out
  (:func:`find_files`, :func:`load_text`, :data:`MAX_BYTES`);
* :mod:`~govextract.batch.pages`: saved pages, through trafilatura (:func:`read_page`);
* :mod:`~govextract.batch.dumps`: JSON-lines crawler dumps (:func:`read_dump`);
* :mod:`~govextract.batch.inputs`: all of these behind :func:`read_sources`;
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
from .decoding import Decoded, PathArgument, codec_name, decode, decode_bytes
from .dumps import read_dump
from .inputs import read_sources
from .names import source_name
from .pages import read_page
from .parallel import WorkerLostError, default_jobs, ordered_map
from .parquet_output import arrow_tables, to_frames
from .reading import MAX_BYTES, find_files, load_text
from .resume import ResumeError, WriteFailed, Written, cut_back, guarded_writer, read_written
from .runner import MAX_CHARACTERS_IN_FLIGHT, FileResult, extract_file, extract_files, extract_source, extract_sources
from .sources import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, InputOptions, SourceItem, SourceText
from .tables import TABLES, MissingExtraError, OutputError, OutputLine, Record, table_rows
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
    "MAX_CHARACTERS_IN_FLIGHT",
    "TABLES",
    "Decoded",
    "FileResult",
    "InputOptions",
    "JsonLinesWriter",
    "LineFile",
    "LineWriter",
    "MissingExtraError",
    "OutputError",
    "OutputLine",
    "PathArgument",
    "Record",
    "RecordWriter",
    "ResumeError",
    "SourceItem",
    "SourceText",
    "WorkerLostError",
    "WriteFailed",
    "Written",
    "arrow_tables",
    "codec_name",
    "cut_back",
    "decode",
    "decode_bytes",
    "default_jobs",
    "extract_file",
    "extract_files",
    "extract_source",
    "extract_sources",
    "find_files",
    "guarded_writer",
    "load_text",
    "open_jsonl",
    "open_lines",
    "open_writer",
    "ordered_map",
    "read_dump",
    "read_page",
    "read_sources",
    "read_table",
    "read_written",
    "source_name",
    "table_rows",
    "to_frames",
    "truncate_to_last_line",
]
