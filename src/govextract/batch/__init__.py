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
* :mod:`~govextract.batch.writers`: records in, JSON Lines out
  (:class:`JsonLinesWriter`, :func:`open_jsonl`), used by the command.

Everything public is importable from ``govextract.batch`` itself.
"""

from .decoding import Decoded, PathArgument, codec_name, decode, decode_bytes
from .dumps import read_dump
from .inputs import read_sources
from .names import source_name
from .pages import read_page
from .reading import MAX_BYTES, find_files, load_text
from .runner import FileResult, extract_file, extract_files
from .sources import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, InputOptions, SourceItem, SourceText
from .writers import JsonLinesWriter, LineWriter, RecordWriter, open_jsonl, open_lines

__all__ = [
    "DEFAULT_GLOBS",
    "DEFAULT_MAX_BYTES",
    "MAX_BYTES",
    "Decoded",
    "FileResult",
    "InputOptions",
    "JsonLinesWriter",
    "LineWriter",
    "PathArgument",
    "RecordWriter",
    "SourceItem",
    "SourceText",
    "codec_name",
    "decode",
    "decode_bytes",
    "extract_file",
    "extract_files",
    "find_files",
    "load_text",
    "open_jsonl",
    "open_lines",
    "read_dump",
    "read_page",
    "read_sources",
    "source_name",
]
