"""Reading stage: paths in, the files to read and their bytes out.

In: the paths a caller gives (files or folders, as text or path objects).
Out: :func:`find_files` expands them into the files to read, in order, each
once (same real path, same file); :func:`load_text` reads one file, within a
size limit, and hands its bytes to :mod:`govextract.batch.decoding`, so the
caller gets text or an :class:`~govextract.errors.InputError` naming the file
and the reason. Every OS error becomes such an error; nothing here prints.

This module reads plain text files from disk. Other kinds of input (saved
pages, crawler dumps, standard input) would each get a reader module of
their own beside this one, producing the same (path, text-or-error) pairs.

Package-internal API, used by :mod:`govextract.batch.runner`:

* :func:`expand` is :func:`find_files` keeping, for each path, the problem
  already known at discovery (a missing path, an unlistable folder, a folder
  without ``.txt`` files), so the runner reports it without reading.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from ..errors import (
    EmptyFileError,
    InputError,
    NoTextFilesError,
    NotFoundError,
    TooLargeError,
    UnreadableError,
)
from .decoding import PathArgument, decode_bytes

#: Files larger than this are refused (a press release is a few kilobytes).
MAX_BYTES = 64 * 1024 * 1024

#: Suffix, compared case-insensitively, of the files collected from folders.
TEXT_SUFFIX = ".txt"


# ---------------------------------------------------------------- one file


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
    return [path for path, _problem in expand(paths)]


def expand(paths: Iterable[PathArgument]) -> list[tuple[Path, InputError | None]]:
    """The entries of :func:`find_files`, each with the problem found on the way, or None."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("find_files() takes a list of paths, not a single path")
    seen: set[str] = set()
    entries: list[tuple[Path, InputError | None]] = []
    for argument in paths:
        path = Path(argument)
        for entry in _expand_one(path):
            key = _identity(entry[0])
            if key not in seen:
                seen.add(key)
                entries.append(entry)
    return entries


def _expand_one(path: Path) -> list[tuple[Path, InputError | None]]:
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
    found: list[tuple[tuple[str, ...], Path, InputError | None]] = []

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
