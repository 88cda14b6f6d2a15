"""Decoding stage: the bytes of one release in, its text out (or an InputError).

In: ``bytes`` as read from a file (see :mod:`govextract.batch.reading`).
Out: ``str`` with the byte order mark removed and newlines untouched, or a
:class:`~govextract.errors.DecodeError` / :class:`~govextract.errors.BinaryFileError`
naming the input and the reason.

Why our own code: Python's codecs decode, but do not choose. Releases come in
a handful of encodings (UTF-8, UTF-16/32, GB18030 and its subsets GBK and
GB2312, Big5), and nearly every Big5 byte sequence is also valid GB18030, so
the choice needs rules that know these encodings: a fixed order that never
mis-reads valid input, a NUL-byte test for UTF-16 written without a mark,
and a score of how common the decoded characters are in each encoding. A
general-purpose detector, if one is added later, belongs after these strict
steps, for bytes they cannot place.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Callable, Iterable
from typing import Union

from ..errors import BinaryFileError, DecodeError

#: How callers name an input (a path as text or a path object); decoding uses
#: it only in error messages.
PathArgument = Union[str, "os.PathLike[str]"]

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

# How many characters the GB/Big5 arbitration looks at.
_SAMPLE_CHARACTERS = 20_000


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
        utf16 = _utf16_without_bom(data)
        if utf16 is None:
            raise BinaryFileError(path, "the file holds NUL bytes, so it looks binary, not text")
        return utf16
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


def _utf16_without_bom(data: bytes) -> str | None:
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


def _try_decode(data: bytes, codecs_to_try: Iterable[str]) -> str | None:
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


def _share(text: str, codec: str, is_common: Callable[[int, int], bool]) -> float:
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
