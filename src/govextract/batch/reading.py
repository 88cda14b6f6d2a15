"""Reading stage: paths in, the files to read and their bytes out.

In: the paths a caller gives (files or folders, as text or path objects; the
text ``-`` for standard input). Out: :func:`walk` lazily expands them into
:class:`Entry` items, in order, each file once (same real path, same file);
:func:`open_binary`, :func:`read_bytes` and :func:`read_text` read one file
within a size limit and hand its bytes to :mod:`govextract.batch.decoding`.
Every OS error becomes an :class:`~govextract.errors.InputError` naming the
file (through :func:`~govextract.batch.names.source_name`) and the reason;
nothing here prints.

Folders are searched recursively, in sorted order, for the file patterns
given (default :data:`~govextract.batch.sources.DEFAULT_GLOBS`; a pattern is
matched against the file name, case-insensitively, or, when it holds a
``/``, against the path inside the folder). Symbolic links inside a folder are
followed while they stay inside it; one leading outside is reported, not
followed, unless ``follow_symlinks``; one leading back to a folder being
searched is reported as a loop, so a search always ends. What cannot be
listed or followed becomes an entry with a problem, so nothing is silently
skipped.

Why our own walk: :func:`os.walk` neither sorts across files and folders nor
reports where links lead; the rules above are this package's contract.
"""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import (
    EmptyFileError,
    InputError,
    NoTextFilesError,
    NotFoundError,
    TooLargeError,
    UnreadableError,
)
from .decoding import Decoded, decode
from .names import PathArgument, source_name
from .sources import DEFAULT_GLOBS, DEFAULT_MAX_BYTES

#: Files larger than this are refused unless the caller sets another limit.
MAX_BYTES = DEFAULT_MAX_BYTES

#: The argument that means standard input.
STDIN = "-"


# ---------------------------------------------------------------- one file


def load_text(path: PathArgument, *, max_bytes: int = MAX_BYTES, encoding: str | None = None) -> str:
    """Read ``path`` and return its text, byte order mark removed, newlines untouched.

    The encoding is recognized as :func:`~govextract.batch.decoding.decode`
    says (a byte order mark, UTF-16 without one, UTF-8, GB18030, Big5, then
    charset-normalizer), unless ``encoding`` forces one.

    Raises an :class:`~govextract.errors.InputError` subclass, whose message
    names the file and the reason, when the path is missing or unreadable,
    the file is empty, binary (NUL bytes), larger than ``max_bytes``, or
    decodes in no encoding.
    """
    return read_text(path, max_bytes=max_bytes, encoding=encoding).text


def read_text(
    path: PathArgument, *, max_bytes: int = MAX_BYTES, encoding: str | None = None, declared: str | None = None
) -> Decoded:
    """:func:`load_text` with the codec used: a :class:`~govextract.batch.decoding.Decoded` pair."""
    data = read_bytes(path, max_bytes)
    return decode_text(data, source_name(path), encoding=encoding, declared=declared)


def decode_text(data: bytes, source: str, *, encoding: str | None = None, declared: str | None = None) -> Decoded:
    """Decode the bytes of one input named ``source``, refusing an input with no text."""
    if not data:
        raise EmptyFileError(source, "the file is empty")
    decoded = decode(data, source, encoding=encoding, declared=declared)
    if not decoded.text.strip():
        raise EmptyFileError(source, "the file holds no text (only white space or a byte order mark)")
    return decoded


def read_bytes(path: PathArgument, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, at most ``max_bytes`` of them, or an InputError."""
    name = source_name(path)
    with open_binary(path) as handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise TooLargeError(name, f"the file has {size} bytes, more than the limit of {max_bytes}")
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise UnreadableError(name, f"the file cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:
        raise TooLargeError(name, f"the file has more than {max_bytes} bytes, the limit")
    return data


def open_binary(path: PathArgument) -> BinaryIO:
    """Open the regular file ``path`` for reading bytes, turning every OS error into an InputError."""
    name = source_name(path)
    try:
        info = os.stat(path)
        if stat.S_ISREG(info.st_mode):
            return open(path, "rb")
    except FileNotFoundError:
        if os.path.lexists(path):
            raise NotFoundError(name, "this symbolic link leads to a missing file") from None
        raise NotFoundError(name, "no such file or folder") from None
    except PermissionError:
        raise UnreadableError(name, "permission denied, the file cannot be read") from None
    except IsADirectoryError:
        raise UnreadableError(name, "this is a folder, not a file") from None
    except OSError as error:
        raise UnreadableError(name, f"the file cannot be read ({error.strerror or error})") from None
    except ValueError:
        raise UnreadableError(name, "the path holds a NUL character, so no file can have it") from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableError(name, "this is a folder, not a file")
    raise UnreadableError(name, "this is not a regular file (a device, pipe or socket)")


# ---------------------------------------------------------------- discovery


@dataclass(frozen=True)
class Entry:
    """One input found: a file to read, standard input, or a ``problem`` already known."""

    path: Path
    problem: InputError | None = None
    stdin: bool = False

    @property
    def source(self) -> str:
        """The string that names this input in records."""
        return STDIN if self.stdin else source_name(self.path)


def find_files(
    paths: Iterable[PathArgument], *, globs: Iterable[str] = DEFAULT_GLOBS, follow_symlinks: bool = False
) -> list[Path]:
    """Expand ``paths`` into the files to read, in order, each once.

    A folder contributes the files matching ``globs``, recursively, sorted by
    their path inside it; any other path is kept as given, so a missing path
    or an unreadable folder stays in the list and the reader reports it instead
    of silently skipping it. Arguments keep their order; a file reached twice
    is listed the first time only.
    """
    return [entry.path for entry in walk(paths, globs=globs, follow_symlinks=follow_symlinks)]


def expand(
    paths: Iterable[PathArgument], *, globs: Iterable[str] = DEFAULT_GLOBS, follow_symlinks: bool = False
) -> list[tuple[Path, InputError | None]]:
    """The entries of :func:`find_files`, each with the problem found on the way, or None."""
    return [(entry.path, entry.problem) for entry in walk(paths, globs=globs, follow_symlinks=follow_symlinks)]


def walk(
    paths: Iterable[PathArgument], *, globs: Iterable[str] = DEFAULT_GLOBS, follow_symlinks: bool = False
) -> Iterator[Entry]:
    """Lazily yield one :class:`Entry` per input of ``paths``, in order (see the module's rules).

    Misuse (a single path instead of a list, patterns that are not strings)
    raises at once, before iteration.
    """
    if isinstance(paths, (str, bytes, os.PathLike)):
        raise TypeError("give a list of paths, not a single path")
    return _walk(paths, Patterns(globs), follow_symlinks)


def _walk(paths: Iterable[PathArgument], patterns: Patterns, follow_symlinks: bool) -> Iterator[Entry]:
    seen: set[str] = set()
    for argument in paths:
        if isinstance(argument, str) and argument == STDIN:
            yield Entry(Path(STDIN), stdin=True)
            continue
        for entry in _expand_one(Path(argument), patterns, follow_symlinks):
            key = _identity(entry.path)
            if key not in seen:
                seen.add(key)
                yield entry


class Patterns:
    """File patterns matched case-insensitively: against the name, or the relative path if they hold ``/``."""

    def __init__(self, globs: Iterable[str]) -> None:
        patterns = () if isinstance(globs, str) else tuple(globs)
        if not patterns or not all(isinstance(g, str) and g for g in patterns):
            raise TypeError("globs must be a non-empty list of file patterns such as '*.txt'")
        self.globs: tuple[str, ...] = patterns
        self._by_name = _compiled(g for g in patterns if "/" not in g)
        self._by_path = _compiled(g for g in patterns if "/" in g)

    def match(self, name: str, relative: str) -> bool:
        """True when a pattern matches the file ``name`` or its ``relative`` path inside the folder."""
        return bool(
            (self._by_name is not None and self._by_name.match(name))
            or (self._by_path is not None and self._by_path.match(relative))
        )

    def describe(self) -> str:
        """The patterns as a phrase: ``*.txt, *.html or *.jsonl``."""
        *rest, last = self.globs
        return f"{', '.join(rest)} or {last}" if rest else last


def _compiled(globs: Iterable[str]) -> re.Pattern[str] | None:
    parts = [fnmatch.translate(g) for g in globs]
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _expand_one(path: Path, patterns: Patterns, follow_symlinks: bool) -> Iterator[Entry]:
    name = source_name(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.lexists(path):
            yield Entry(path, NotFoundError(name, "this symbolic link leads to a missing file"))
        else:
            yield Entry(path, NotFoundError(name, "no such file or folder"))
        return
    except (OSError, ValueError):
        yield Entry(path)  # the reader reports the precise reason
        return
    if stat.S_ISDIR(info.st_mode):
        yield from _search(path, _key(info), patterns, follow_symlinks)
    else:
        yield Entry(path)


# A folder's identity: (device, inode).
_Key = tuple[int, int]


@dataclass
class _Frame:
    """A folder being searched: its entries still to visit, its path inside the root, its identity."""

    folder: Path
    entries: Iterator[os.DirEntry[str]]
    prefix: str
    key: _Key


def _search(root: Path, root_key: _Key, patterns: Patterns, follow_symlinks: bool) -> Iterator[Entry]:
    """The entries of one folder argument, depth first, each folder's names in sorted order."""
    root_real = os.path.realpath(root)
    found = False
    listing = _listing(root)
    if isinstance(listing, Entry):
        yield listing
        return
    stack = [_Frame(root, iter(listing), "", root_key)]
    visited = {root_key}
    context = _Context(root, root_real, follow_symlinks, stack, visited)
    while stack:
        frame = stack[-1]
        entry = next(frame.entries, None)
        if entry is None:
            stack.pop()
            continue
        path, relative = frame.folder / entry.name, frame.prefix + entry.name
        outcome = _visit(entry, path, relative, patterns, context)
        if isinstance(outcome, Entry):
            found = True
            yield outcome
        elif outcome is not None:
            listing = _listing(path)
            if isinstance(listing, Entry):
                found = True
                yield listing
            else:
                visited.add(outcome)
                stack.append(_Frame(path, iter(listing), relative + "/", outcome))
    if not found:
        yield Entry(root, NoTextFilesError(source_name(root), f"the folder holds no file matching {patterns.describe()}"))


@dataclass(frozen=True)
class _Context:
    root: Path
    root_real: str
    follow_symlinks: bool
    stack: list[_Frame]
    visited: set[_Key]


def _visit(entry: os.DirEntry[str], path: Path, relative: str, patterns: Patterns, context: _Context) -> Entry | _Key | None:
    """What one folder entry gives: an entry to yield, a folder to descend into (its key), or nothing."""
    name = source_name(path)
    try:
        if not entry.is_symlink():
            if entry.is_dir(follow_symlinks=False):
                return _folder_key(path, _key(entry.stat(follow_symlinks=False)), context)
            return Entry(path) if patterns.match(entry.name, relative) else None
        target = os.stat(path)
    except FileNotFoundError:
        if patterns.match(entry.name, relative):
            return Entry(path, NotFoundError(name, "this symbolic link leads to a missing file"))
        return None
    except OSError as error:
        return Entry(path, UnreadableError(name, f"this symbolic link cannot be followed ({error.strerror or error})"))
    is_folder = stat.S_ISDIR(target.st_mode)
    if not is_folder and not patterns.match(entry.name, relative):
        return None
    real = os.path.realpath(path)
    if not context.follow_symlinks and not _inside(real, context.root_real):
        return Entry(path, UnreadableError(
            name,
            f"this symbolic link leads outside {source_name(context.root)} (to {source_name(real)}), "
            "so it is not followed (--follow-symlinks follows it)",
        ))
    if is_folder:
        return _folder_key(path, _key(target), context)
    return Entry(path)


def _folder_key(path: Path, key: _Key, context: _Context) -> Entry | _Key | None:
    """The key of a folder to descend into; a loop is reported, a folder already searched skipped."""
    if any(frame.key == key for frame in context.stack):
        return Entry(path, UnreadableError(
            source_name(path), "this leads back to a folder that contains it, a loop, so it is not followed"
        ))
    if key in context.visited:
        return None  # searched already through another link: its files are listed
    return key


def _listing(folder: Path) -> list[os.DirEntry[str]] | Entry:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda entry: entry.name)
    except OSError as error:
        where = Path(error.filename) if error.filename else folder
        reason = f"the folder cannot be listed ({error.strerror or error})"
        return Entry(where, UnreadableError(source_name(where), reason))


def _key(info: os.stat_result) -> _Key:
    return (info.st_dev, info.st_ino)


def _inside(real: str, root_real: str) -> bool:
    return real == root_real or real.startswith(root_real.rstrip(os.sep) + os.sep)


def _identity(path: Path) -> str:
    try:
        return os.path.normcase(os.path.realpath(path))
    except (OSError, ValueError):
        return os.path.normcase(os.path.abspath(path))
