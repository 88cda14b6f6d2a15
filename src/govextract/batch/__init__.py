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
* :mod:`~govextract.batch.writers`: records in, JSON Lines out
  (:class:`JsonLinesWriter`, :func:`open_jsonl`), used by the command.

Everything public is importable from ``govextract.batch`` itself.
"""

from .decoding import PathArgument, decode_bytes
from .interim import open_writer, read_sources, truncate_to_last_line  # INTERIM: i8/inputs, i8/outputs
from .parallel import WorkerLostError, default_jobs, ordered_map
from .reading import MAX_BYTES, TEXT_SUFFIX, find_files, load_text
from .resume import ResumeError, WriteFailed, Written, cut_back, guarded_writer, read_written
from .runner import MAX_CHARACTERS_IN_FLIGHT, FileResult, extract_file, extract_files, extract_source, extract_sources
from .sources import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, InputOptions, SourceItem, SourceText
from .writers import JsonLinesWriter, LineWriter, RecordWriter, open_jsonl, open_lines

__all__ = [
    "DEFAULT_GLOBS",
    "DEFAULT_MAX_BYTES",
    "MAX_BYTES",
    "MAX_CHARACTERS_IN_FLIGHT",
    "TEXT_SUFFIX",
    "FileResult",
    "InputOptions",
    "JsonLinesWriter",
    "LineWriter",
    "PathArgument",
    "RecordWriter",
    "ResumeError",
    "SourceItem",
    "SourceText",
    "WorkerLostError",
    "WriteFailed",
    "Written",
    "cut_back",
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
    "read_sources",
    "read_written",
    "truncate_to_last_line",
]
