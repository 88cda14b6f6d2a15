"""Crawler dumps: a JSON-lines file in, one article per line out.

In: a ``.jsonl`` file, each line a JSON object such as
``{"id": "t20240516_1", "title": "…", "pubdate": "2024-05-16 17:42", "text": "…"}``.
Out: for each line that is not blank, in order, a
:class:`~govextract.batch.sources.SourceText` or an
:class:`~govextract.errors.ExtractionFailure` for that line alone, so one bad
line never hides the others.

* The article is the string under ``options.text_field`` (default ``text``);
  ``options.id_field`` gives ``source_id`` (a string as written, a number as
  JSON writes it), ``options.title_field`` the title and ``options.date_field``
  the publication time (ISO 8601 or the Chinese forms
  :func:`~govextract.metadata.parse_datetime` reads; a time zone is dropped,
  the wall time kept as written; anything else is left null).
* Each record's ``source`` is ``FILE#N``, N the 1-based line number in the
  file (blank lines counted, not reported), unique even when ids repeat.
* A line that is not JSON, not an object, lacks the text field, or whose text
  is not a string or is blank gives an error record for ``FILE#N``
  (``decode_error`` for what is malformed, ``empty`` for what is missing).
  An unpaired surrogate escape (``"\\ud800"``), which is no character and could
  not be written out, is read as U+FFFD, so offsets are unchanged.
* Dumps are streamed, not loaded: the size limit (``options.max_bytes``)
  applies to each line, an article, not to the file, and a longer line is a
  ``too_large`` error for that line. The encoding is recognized on the first
  64 KB as a file's is, and a line that does not decode in it is recognized
  alone; UTF-16 and UTF-32 dumps, which cannot be split into lines as bytes,
  are read whole, within the limit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import datetime
from typing import BinaryIO

from ..errors import DecodeError, EmptyFileError, InputError, TooLargeError, UnreadableError
from ..metadata import parse_datetime, repeats_title
from ..models import PageMetadata
from .decoding import codec_name, decode
from .names import PathArgument, source_name
from .reading import decode_text, open_binary
from .sources import InputOptions, SourceItem, SourceText

#: File suffixes read as crawler dumps, compared case-insensitively.
DUMP_SUFFIXES = (".jsonl",)

# How much of a dump its encoding is recognized on.
_SAMPLE_BYTES = 64 * 1024

_SURROGATE = re.compile("[\ud800-\udfff]")

_JSON_TYPES = {dict: "an object", list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def read_dump(path: PathArgument, options: InputOptions | None = None) -> Iterator[SourceItem]:
    """Lazily yield one item per non-blank line of the dump at ``path``, in order."""
    options = options or InputOptions()
    source = source_name(path)
    try:
        handle = open_binary(path)
    except InputError as error:
        yield error.to_failure()
        return
    with handle:
        any_line = False
        for number, line in _decoded_lines(handle, source, options):
            any_line = True
            if isinstance(line, InputError):
                yield line.to_failure()
            else:
                yield _article(f"{source}#{number}", line[0], line[1], options)
        if not any_line:
            yield EmptyFileError(source, "the dump holds no line of text").to_failure()


# ---------------------------------------------------------------- lines


_Line = tuple[str, str]  # the line's text, the codec it was decoded with


def _decoded_lines(handle: BinaryIO, source: str, options: InputOptions) -> Iterator[tuple[int, _Line | InputError]]:
    """(line number, its text and codec, or the problem) for each non-blank line."""
    forced = codec_name(options.encoding) if options.encoding else None
    try:
        sample = handle.read(_SAMPLE_BYTES)
        handle.seek(0)
    except OSError as error:
        yield 0, UnreadableError(source, f"the file cannot be read ({error.strerror or error})")
        return
    if _is_wide(sample, forced):
        yield from _wide_lines(handle, source, options)
        return
    codec = forced or _sample_codec(sample)
    number = 0
    try:
        for raw in raw_lines(handle, options.max_bytes):
            number += 1
            where = f"{source}#{number}"
            if raw is None:
                yield number, TooLargeError(where, f"the line has more than {options.max_bytes} bytes, the limit")
            elif raw.strip():
                yield number, _decode_line(raw, where, codec, forced is not None)
    except OSError as error:
        reason = f"the file cannot be read after line {number} ({error.strerror or error})"
        yield number + 1, UnreadableError(source, reason)


def _is_wide(sample: bytes, forced: str | None) -> bool:
    if forced is not None:
        return forced.startswith(("utf-16", "utf-32"))
    return b"\x00" in sample or sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def _sample_codec(sample: bytes) -> str | None:
    """The codec of a dump's first lines (cut at the last newline), or None to recognize each line."""
    if len(sample) == _SAMPLE_BYTES and b"\n" in sample:
        sample = sample[: sample.rindex(b"\n") + 1]
    try:
        return decode(sample).encoding
    except InputError:
        return None


def raw_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Each line's bytes without its line end, or None for a line longer than ``max_bytes``."""
    limit = max_bytes + 2  # room for the line end, \r\n
    while True:
        raw = handle.readline(limit)
        if not raw:
            return
        complete = raw.endswith(b"\n") or len(raw) < limit
        line = raw[:-1] if raw.endswith(b"\n") else raw
        line = line[:-1] if line.endswith(b"\r") else line
        if not complete or len(line) > max_bytes:
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line, in bounded reads
                raw = handle.readline(limit)
            yield None
        else:
            yield line


def _decode_line(raw: bytes, where: str, codec: str | None, forced: bool) -> _Line | InputError:
    if codec is not None:
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError as error:
            if forced:
                return DecodeError(where, f"the line is not valid {codec}, the encoding asked for ({error.reason})")
    try:
        decoded = decode(raw, where)
    except InputError as error:
        return error
    return decoded.text, decoded.encoding


def _wide_lines(handle: BinaryIO, source: str, options: InputOptions) -> Iterator[tuple[int, _Line | InputError]]:
    """The lines of a UTF-16 or UTF-32 dump, read whole within the size limit."""
    try:
        data = handle.read(options.max_bytes + 1)
    except OSError as error:
        yield 0, UnreadableError(source, f"the file cannot be read ({error.strerror or error})")
        return
    if len(data) > options.max_bytes:
        reason = f"the dump is UTF-16 or UTF-32, read whole, and has more than {options.max_bytes} bytes, the limit"
        yield 0, TooLargeError(source, reason)
        return
    try:
        decoded = decode_text(data, source, encoding=options.encoding)
    except InputError as error:
        yield 0, error
        return
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if line.strip():
            yield number, (line.removesuffix("\r"), decoded.encoding)


# ---------------------------------------------------------------- articles


def _article(source: str, line: str, encoding: str, options: InputOptions) -> SourceItem:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as error:
        message = str(getattr(error, "msg", error))
        column = getattr(error, "colno", None)
        where = f"column {column}: " if column is not None else ""
        reason = f"the line is not valid JSON ({where}{message[:1].lower()}{message[1:]})"
        return DecodeError(source, reason).to_failure()
    return dump_article(source, record, encoding, options, what="the line")


def dump_article(
    source: str, record: object, encoding: str | None, options: InputOptions, *, what: str = "the item"
) -> SourceItem:
    """The article of one parsed dump record (a JSON object as a dict), or the failure naming ``source``.

    Read as a dump line is: the text under ``options.text_field``, the id,
    title and date under their fields; ``what`` names the record in messages
    (``"the line"`` for a line of a file).
    """
    if not isinstance(record, dict):
        return DecodeError(source, f"{what} is {_json_type(record)}, not a JSON object").to_failure()
    field = options.text_field
    if field not in record or record[field] is None:
        return EmptyFileError(source, f'{what} has no "{field}" field').to_failure()
    text = record[field]
    if not isinstance(text, str):
        return DecodeError(source, f'the "{field}" field is {_json_type(text)}, not a string').to_failure()
    if not text.strip():
        return EmptyFileError(source, f'the "{field}" field is blank').to_failure()
    text = _characters(text)
    title = _string(record.get(options.title_field)) if options.title_field else None
    published_at = _datetime(record.get(options.date_field)) if options.date_field else None
    page = None
    if title is not None or published_at is not None:
        first_line = next((row for row in text.splitlines() if row.strip()), "")
        page = PageMetadata(
            title=title,
            published_at=published_at,
            headline_in_text=title is None or repeats_title(first_line, title),
        )
    source_id = _identifier(record.get(options.id_field)) if options.id_field else None
    return SourceText(source=source, text=text, source_id=source_id, encoding=encoding, page=page, keep_text=True)


def _characters(text: str) -> str:
    """``text`` with each unpaired surrogate (no character, not writable) as U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def _string(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return _characters(value.strip())


def _identifier(value: object) -> str | None:
    if isinstance(value, str):
        return _characters(value) if value else None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return json.dumps(value)
    return None


def _datetime(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    found = parse_datetime(value)
    if found is not None:
        return found
    try:
        return datetime.fromisoformat(value.strip()).replace(tzinfo=None)
    except ValueError:
        return None


def _json_type(value: object) -> str:
    return "null" if value is None else _JSON_TYPES.get(type(value), "a JSON value")
