"""File names as record sources: a path in, the string that names it everywhere out.

A path found on disk may hold bytes that are not valid UTF-8 (a GBK file name
copied from an old Windows share, say). Python keeps such bytes as lone
surrogates, which cannot be written as UTF-8, so a record whose ``source``
held one could not be serialized. :func:`source_name` writes each such byte
as ``\\xNN`` instead, the same way every time, so the name of a file is one
stable string: in records, in messages, and when a resumed run matches the
sources it has already written.
"""

from __future__ import annotations

import os
from typing import Union

#: How callers name an input (a path as text or a path object).
PathArgument = Union[str, "os.PathLike[str]"]


def source_name(path: PathArgument) -> str:
    """The string that names ``path`` in records: undecodable bytes of the name as ``\\xNN``.

    >>> source_name("政府/报告 1.txt")
    '政府/报告 1.txt'
    >>> source_name(b"gbk-\\xd5\\xfe\\xb8\\xae.txt".decode("utf-8", "surrogateescape"))
    'gbk-\\\\xd5\\\\xfe\\\\xb8\\\\xae.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")
