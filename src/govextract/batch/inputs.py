"""Inputs: paths in, one :data:`~govextract.batch.sources.SourceItem` per article out.

:func:`read_sources` is the one door of the batch layer: it walks the paths
(:func:`~govextract.batch.reading.walk`) and hands each input to its reader,
chosen by the file's suffix:

* ``.html``, ``.htm`` -- a saved page, its main text (:mod:`.pages`);
* ``.jsonl`` -- a crawler dump, one article per line (:mod:`.dumps`);
* anything else -- a plain text file, decoded whole (:mod:`.reading`);
* the argument ``-`` -- one document from standard input, decoded as a file
  is, and read as a page when it starts as an HTML document does.

Everything is lazy and in order: an input is read only when its item is
requested, so a folder of any size costs the memory of one article at a time.
Whatever goes wrong with one input becomes an
:class:`~govextract.errors.ExtractionFailure` in its place, naming it and the
reason; only misuse (a single path instead of a list, an unknown encoding,
options of the wrong type) raises, at once.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from ..errors import InputError, TooLargeError, UnreadableError
from .decoding import codec_name
from .dumps import DUMP_SUFFIXES, read_dump
from .names import PathArgument, source_name
from .pages import PAGE_SUFFIXES, looks_like_html, page_item, read_page
from .reading import STDIN, Entry, decode_text, read_text, walk
from .sources import InputOptions, SourceItem, SourceText

#: What :func:`read_sources` accepts as standard input: its bytes, or a binary stream.
StdinArgument = bytes | BinaryIO | None


def read_sources(
    paths: Iterable[PathArgument], options: InputOptions | None = None, *, stdin: StdinArgument = None
) -> Iterator[SourceItem]:
    """Lazily yield one :class:`~govextract.batch.sources.SourceText` or failure per article of ``paths``.

    ``options`` says which files a folder contributes, how dumps are read,
    which encoding to force and the size limit (see
    :class:`~govextract.batch.sources.InputOptions`); ``stdin`` is what ``-``
    reads (default: the process's standard input).
    """
    options = options if options is not None else InputOptions()
    _check(options)
    entries = walk(paths, globs=options.globs, follow_symlinks=options.follow_symlinks)
    return _read(entries, options, stdin)


def _check(options: InputOptions) -> None:
    if not isinstance(options, InputOptions):
        raise TypeError(f"options must be a govextract.batch.InputOptions, not {type(options).__name__}")
    if isinstance(options.max_bytes, bool) or not isinstance(options.max_bytes, int) or options.max_bytes < 1:
        raise ValueError(f"max_bytes must be a positive number of bytes, not {options.max_bytes!r}")
    if not isinstance(options.text_field, str) or not options.text_field:
        raise ValueError("text_field must name the field of a dump line that holds the text")
    for name in ("id_field", "title_field", "date_field"):
        value = getattr(options, name)
        if value is not None and (not isinstance(value, str) or not value):
            raise ValueError(f"{name} must be a field name or None, not {value!r}")
    if options.encoding is not None:
        codec_name(options.encoding)  # ValueError naming the unknown encoding


def _read(entries: Iterator[Entry], options: InputOptions, stdin: StdinArgument) -> Iterator[SourceItem]:
    for entry in entries:
        if entry.stdin:
            yield read_stdin(stdin, options)
        elif entry.problem is not None:
            yield entry.problem.to_failure()
        else:
            yield from read_path(entry.path, options)


def read_path(path: PathArgument, options: InputOptions | None = None) -> Iterator[SourceItem]:
    """The items of one file, read by the reader its suffix names."""
    options = options if options is not None else InputOptions()
    suffix = str(path).lower()
    if suffix.endswith(DUMP_SUFFIXES):
        yield from read_dump(path, options)
    elif suffix.endswith(PAGE_SUFFIXES):
        yield read_page(path, max_bytes=options.max_bytes, encoding=options.encoding)
    else:
        yield read_text_file(path, options)


def read_text_file(path: PathArgument, options: InputOptions | None = None) -> SourceItem:
    """One plain text file as a :class:`~govextract.batch.sources.SourceText`, or its failure."""
    options = options if options is not None else InputOptions()
    try:
        decoded = read_text(path, max_bytes=options.max_bytes, encoding=options.encoding)
    except InputError as error:
        return error.to_failure()
    return SourceText(source=source_name(path), text=decoded.text, encoding=decoded.encoding)


def read_stdin(stdin: StdinArgument, options: InputOptions | None = None) -> SourceItem:
    """One document from standard input (source ``-``): a page if it starts as HTML does, else text."""
    options = options if options is not None else InputOptions()
    try:
        data = _stdin_bytes(stdin, options.max_bytes)
        decoded = decode_text(data, STDIN, encoding=options.encoding)
    except InputError as error:
        return error.to_failure()
    if looks_like_html(decoded.text):
        return page_item(STDIN, decoded)
    return SourceText(source=STDIN, text=decoded.text, encoding=decoded.encoding)


def _stdin_bytes(stdin: StdinArgument, max_bytes: int) -> bytes:
    if isinstance(stdin, (bytes, bytearray)):
        data = bytes(stdin)
    else:
        stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise UnreadableError(STDIN, "standard input is not available to read from")
        try:
            data = stream.read(max_bytes + 1)
        except (OSError, ValueError) as error:
            raise UnreadableError(STDIN, f"standard input cannot be read ({error})") from None
    if len(data) > max_bytes:
        raise TooLargeError(STDIN, f"standard input has more than {max_bytes} bytes, the limit")
    return data
