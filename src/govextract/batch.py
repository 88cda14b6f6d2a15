"""Read release files and turn each one into a document or an explicit failure.

Three steps, each usable alone:

* :func:`load_text` reads one file and decodes it (byte order marks, UTF-8,
  GB18030/GBK/GB2312, Big5), newlines untouched, or raises an
  :class:`~govextract.errors.InputError` naming the file and the reason;
* :func:`find_files` expands folders into their ``.txt`` files;
* :func:`extract_files` lazily yields one :class:`FileResult` per input, in
  order: a document, or an :class:`~govextract.errors.ExtractionFailure`.
  Nothing that goes wrong with one file stops the batch.
"""

from __future__ import annotations

import codecs
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .errors import (
    BinaryFileError,
    DecodeError,
    EmptyFileError,
    ExtractionError,
    ExtractionFailure,
    InputError,
    NoTextFilesError,
    NotFoundError,
    TooLargeError,
    UnreadableError,
)
from .models import Document
from .pipeline import Extractor

logger = logging.getLogger(__name__)

PathArgument = Union[str, "os.PathLike[str]"]

#: Files larger than this are refused (a press release is a few kilobytes).
MAX_BYTES = 64 * 1024 * 1024

#: Suffix, compared case-insensitively, of the files collected from folders.
TEXT_SUFFIX = ".txt"

# Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Big5 as published, then the Hong Kong superset (HKSCS characters such as 邨).
_BIG5_CODECS = ("big5", "big5hkscs")

# Control characters that plain text may hold.
_TEXT_CONTROLS = frozenset("\t\n\v\f\r\x1a")

# Longest exception text quoted in an extraction_error message.
_MAX_DETAIL = 200

# How many characters the GB/Big5 arbitration looks at.
_SAMPLE_CHARACTERS = 20_000


# ---------------------------------------------------------------- decoding


def load_text(path: PathArgument, *, max_bytes: int = MAX_BYTES) -> str:
    """Read ``path`` and return its text, byte order mark removed, newlines untouched.

    Encodings are tried in an order that never mis-reads valid input: a byte
    order mark decides (UTF-8, UTF-16, UTF-32); NUL bytes mean UTF-16 without
    a mark when they all fall on one side of each pair, else binary data;
    otherwise strict UTF-8, which
    GBK or Big5 text almost never satisfies by accident; otherwise GB18030
    (a superset of GBK and GB2312) and Big5. Nearly every Big5 byte sequence
    is also valid GB18030, so when both decode, the one whose characters are
    the common ones of its own encoding wins, with ties going to GB18030.

    Raises an :class:`~govextract.errors.InputError` subclass, whose message
    names the file and the reason, when the path is missing or unreadable,
    the file is empty, binary (NUL bytes), too large, or decodes in no
    supported encoding.
    """
    data = _read_bytes(path, max_bytes)
    if not data:
        raise EmptyFileError(path, "the file is empty")
    text = decode_bytes(data, path)
    if not text.strip():
        raise EmptyFileError(path, "the file holds no text (only white space or a byte order mark)")
    return text


def decode_bytes(data: bytes, path: PathArgument = "<bytes>") -> str:
    """Decode the bytes of a release as :func:`load_text` does; ``path`` names it in errors.

    >>> decode_bytes("数字政府".encode("gbk"))
    '数字政府'
    >>> decode_bytes("數位政府發展".encode("big5"))
    '數位政府發展'
    >>> decode_bytes(b"\\xef\\xbb\\xbf\\xe6\\x95\\xb0\\xe5\\xad\\x97")
    '数字'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_bytes() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    for mark, codec, name in _BOMS:
        if data.startswith(mark):
            try:
                text = data[len(mark):].decode(codec)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    path, f"the file starts with a {name} byte order mark but is not valid {name} ({_where(error)})"
                ) from None
            if "\x00" in text:
                raise BinaryFileError(path, "the file holds NUL characters, so it looks binary, not text")
            return text
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise BinaryFileError(path, "the file holds NUL bytes, so it looks binary, not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    gb_text = _try_decode(data, ("gb18030",))
    big5_text = _try_decode(data, _BIG5_CODECS)
    if gb_text is not None and big5_text is not None:
        return big5_text if _big5_score(big5_text) > _gb_score(gb_text) else gb_text
    if gb_text is not None:
        return gb_text
    if big5_text is not None:
        return big5_text
    raise DecodeError(
        path,
        f"the bytes are not valid UTF-8 ({_where(utf8_error)}), GB18030 or Big5, "
        "so the encoding cannot be recognized",
    )


def _read_bytes(path: PathArgument, max_bytes: int) -> bytes:
    """Read a regular file in binary mode, turning every OS error into an InputError."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableError(path, "this is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableError(path, "this is not a regular file (a device, pipe or socket)")
        if info.st_size > max_bytes:
            raise TooLargeError(path, f"the file has {info.st_size} bytes, more than the limit of {max_bytes}")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise NotFoundError(path, "no such file or folder") from None
    except PermissionError:
        raise UnreadableError(path, "permission denied, the file cannot be read") from None
    except IsADirectoryError:
        raise UnreadableError(path, "this is a folder, not a file") from None
    except OSError as error:
        raise UnreadableError(path, f"the file cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise TooLargeError(path, f"the file has more than {max_bytes} bytes, the limit")
    return data


def _utf16_without_bom(data: bytes) -> Optional[str]:
    """Decode UTF-16 written without a byte order mark, or return None.

    Such text has its NUL bytes (the high halves of ASCII characters) all at
    odd offsets (little endian) or all at even ones (big endian); binary data
    does not, nor does it decode to text free of control characters.
    """
    if len(data) % 2:
        return None
    even_nul = b"\x00" in data[0::2]
    odd_nul = b"\x00" in data[1::2]
    if even_nul == odd_nul:
        return None
    text = _try_decode(data, ("utf-16-be" if even_nul else "utf-16-le",))
    if text is None or any(c < " " and c not in _TEXT_CONTROLS for c in text):
        return None
    return text


def _try_decode(data: bytes, codecs_to_try: Iterable[str]) -> Optional[str]:
    for codec in codecs_to_try:
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def _where(error: UnicodeDecodeError) -> str:
    return f"byte 0x{error.object[error.start]:02x} at offset {error.start}"


def _gb_score(text: str) -> float:
    """Share of non-ASCII characters that are GB2312 punctuation or hanzi."""
    return _share(text, "gb2312", _common_gb2312)


def _big5_score(text: str) -> float:
    """Share of non-ASCII characters that are Big5 punctuation or frequent hanzi."""
    return _share(text, "big5", _common_big5)


def _share(text: str, codec: str, is_common) -> float:  # type: ignore[no-untyped-def]
    total = common = 0
    for character in text[:_SAMPLE_CHARACTERS]:
        if character < "\x80":
            continue
        total += 1
        try:
            encoded = character.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and is_common(encoded[0], encoded[1]):
            common += 1
    return common / total if total else 0.0


def _common_gb2312(lead: int, trail: int) -> bool:
    # Row 0xA1 punctuation, row 0xA3 full-width ASCII, rows 0xB0-0xF7 hanzi.
    return lead in (0xA1, 0xA3) or 0xB0 <= lead <= 0xF7


def _common_big5(lead: int, trail: int) -> bool:
    # Rows 0xA1-0xA2 punctuation and symbols, 0xA440-0xC67E the frequent hanzi.
    return 0xA1 <= lead <= 0xA2 or 0xA440 <= (lead << 8 | trail) <= 0xC67E


# ---------------------------------------------------------------- discovery


def find_files(paths: Iterable[PathArgument]) -> list[Path]:
    """Expand ``paths`` into the files to read, in order, each once.

    A folder contributes its ``.txt`` files (suffix in any case), recursively,
    sorted by their path inside it; any other path is kept as given, so a
    missing path or an unreadable folder stays in the list and
    :func:`extract_files` reports it instead of silently skipping it.
    Arguments keep their command-line order; a file reached twice is listed
    the first time only.
    """
    return [path for path, _problem in _expand(paths)]


def _expand(paths: Iterable[PathArgument]) -> list[tuple[Path, Optional[InputError]]]:
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("find_files() takes a list of paths, not a single path")
    seen: set[str] = set()
    entries: list[tuple[Path, Optional[InputError]]] = []
    for argument in paths:
        path = Path(argument)
        for entry in _expand_one(path):
            key = _identity(entry[0])
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    return entries


def _expand_one(path: Path) -> list[tuple[Path, Optional[InputError]]]:
    try:
        is_folder = stat.S_ISDIR(os.stat(path).st_mode)
    except FileNotFoundError:
        if os.path.lexists(path):
            return [(path, None)]  # a broken link: load_text says what is wrong
        return [(path, NotFoundError(path, "no such file or folder"))]
    except (OSError, ValueError):
        return [(path, None)]  # load_text reports the precise reason
    if not is_folder:
        return [(path, None)]
    found: list[tuple[tuple[str, ...], Path, Optional[InputError]]] = []

    def report(error: OSError) -> None:
        where = Path(error.filename) if error.filename else path
        problem = UnreadableError(where, f"the folder cannot be listed ({error.strerror or error})")
        found.append((_relative_parts(where, path), where, problem))

    for folder, folders, files in os.walk(path, onerror=report):
        folders.sort()
        for name in files:
            if name.lower().endswith(TEXT_SUFFIX):
                file_path = Path(folder, name)
                found.append((_relative_parts(file_path, path), file_path, None))
    if not found:
        return [(path, NoTextFilesError(path, f"the folder holds no {TEXT_SUFFIX} file"))]
    found.sort(key=lambda item: item[0])
    return [(file_path, problem) for _parts, file_path, problem in found]


def _relative_parts(path: Path, root: Path) -> tuple[str, ...]:
    try:
        return path.relative_to(root).parts
    except ValueError:
        return path.parts


def _identity(path: Path) -> str:
    try:
        return os.path.normcase(os.path.realpath(path))
    except (OSError, ValueError):
        return os.path.normcase(os.path.abspath(path))


# ---------------------------------------------------------------- extraction


@dataclass(frozen=True)
class FileResult:
    """What came of one input: ``document`` or ``error``, never both."""

    path: Path
    document: Optional[Document] = None
    error: Optional[ExtractionFailure] = None

    @property
    def ok(self) -> bool:
        """True when the file gave a document."""
        return self.document is not None

    @property
    def source(self) -> str:
        """The path as given or discovered, as recorded in ``document.source``."""
        return str(self.path)


def extract_files(
    paths: Iterable[PathArgument],
    *,
    extractor: Optional[Extractor] = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[FileResult]:
    """Lazily yield one :class:`FileResult` per file of ``paths``, in the order of :func:`find_files`.

    Folders are expanded when iteration starts; each file is read and
    extracted only when its result is requested. A file that cannot be read
    or decoded, or whose extraction fails unexpectedly, yields a result whose
    ``error`` names the file and the reason; the batch always goes on.
    """
    entries = _expand(paths)
    extractor = extractor if extractor is not None else Extractor()
    for path, problem in entries:
        if problem is not None:
            yield FileResult(path=path, error=problem.to_failure())
            continue
        yield extract_file(path, extractor=extractor, max_bytes=max_bytes)


def extract_file(path: PathArgument, *, extractor: Optional[Extractor] = None, max_bytes: int = MAX_BYTES) -> FileResult:
    """Read and extract one file; every failure becomes the result's ``error``."""
    path = Path(path)
    source = str(path)
    try:
        text = load_text(path, max_bytes=max_bytes)
    except InputError as error:
        return FileResult(path=path, error=error.to_failure())
    extractor = extractor if extractor is not None else Extractor()
    try:
        document = extractor(text, source=source)
    except Exception as error:  # noqa: BLE001 - one file's bug must not stop the batch
        logger.debug("extraction of %s failed", source, exc_info=True)
        detail = " ".join(str(error).split())
        if len(detail) > _MAX_DETAIL:
            detail = detail[: _MAX_DETAIL - 1] + "…"
        reason = f"extraction failed unexpectedly ({type(error).__name__}{': ' + detail if detail else ''})"
        return FileResult(path=path, error=ExtractionError(source, reason).to_failure())
    return FileResult(path=path, document=document)
