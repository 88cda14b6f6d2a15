"""Decoding stage: the bytes of one input in, its text and the codec used out.

In: ``bytes`` as read from a file, a dump line or standard input.
Out: a :class:`Decoded` pair (the text, the codec's name), or a
:class:`~govextract.errors.DecodeError` / :class:`~govextract.errors.BinaryFileError`
naming the input and the reason. :func:`decode_bytes` gives the text alone.

The steps, in an order that never mis-reads valid input:

1. a byte order mark decides (UTF-8, UTF-16, UTF-32);
2. NUL bytes mostly on one side of each pair mean UTF-16 without a mark,
   when the reading is made of the characters of Chinese text;
3. strict UTF-8, which GBK or Big5 text almost never satisfies by accident;
4. the charset a saved page declares, when it decodes;
5. GB18030 (a superset of GBK and GB2312) against Big5 and Big5-HKSCS: nearly
   every Big5 byte sequence is also valid GB18030, so when both decode, the
   reading whose characters are the common ones of its own encoding wins;
6. charset-normalizer, for everything else: other legacy codecs, UTF-16 of
   other scripts.

Why our own code for steps 1-5: Python's codecs decode but do not choose, and
a general detector alone mis-reads the genre: charset-normalizer reads a Hong
Kong release in Big5-HKSCS as plain Big5, turning 〇 into a kana, and finds
nothing in another one written as UTF-16 without a mark (where 一 and ASCII put NUL
bytes on both sides). The steps know these encodings; charset-normalizer, a
well-kept library, places the bytes they cannot.

**Codec names.** The name recorded is Python's canonical name of the codec
that decodes the bytes into exactly the text returned, so
``data.decode(encoding) == text`` always holds: ``utf-8``, ``utf-8-sig``
(a UTF-8 byte order mark, removed), ``utf-16`` and ``utf-32`` (with a byte
order mark, removed), ``utf-16-le`` / ``utf-16-be`` (without one),
``gb18030`` (also for GBK and GB2312 text), ``big5``, ``big5hkscs``, and
whatever else the detector or a forced ``encoding`` names (``shift_jis``,
``cp1252`` ...).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..errors import BinaryFileError, DecodeError
from .names import PathArgument, source_name

__all__ = ["Decoded", "PathArgument", "codec_name", "decode", "decode_bytes"]

# Byte order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE
# one), with the codec that removes the mark, and the name used in messages.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# Declared charsets read as the superset that decodes all their text.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}

# What text read in a wrong codec shows: control characters other than
# \t \n \v \f \r and \x1a (DOS end of file), C1 controls, a byte order mark inside.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f\ufeff]")

# What Chinese text is made of: ASCII, hanzi, CJK and general punctuation,
# geometric shapes (○ □ ■), full-width forms; and how much of it a reading
# of UTF-16 without a byte order mark must be.
_CHINESE_TEXT = re.compile("[\x00-\x7f\u2000-\u206f\u25a0-\u25ff\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")
_CHINESE_SHARE = 0.9

# A forced codec that has a byte order mark, and the codec that removes it.
_FORCED_BOMS = {
    "utf-8": (codecs.BOM_UTF8, "utf-8-sig"),
    "utf-16-le": (codecs.BOM_UTF16_LE, "utf-16"),
    "utf-16-be": (codecs.BOM_UTF16_BE, "utf-16"),
    "utf-32-le": (codecs.BOM_UTF32_LE, "utf-32"),
    "utf-32-be": (codecs.BOM_UTF32_BE, "utf-32"),
}

# How many characters the GB/Big5 arbitration looks at.
_SAMPLE_CHARACTERS = 20_000


class Decoded(NamedTuple):
    """Decoded text and the canonical name of the codec that gave it."""

    text: str
    encoding: str


def decode_bytes(data: bytes, path: PathArgument = "<bytes>") -> str:
    """Decode the bytes of a release as :func:`decode` does and return the text alone.

    >>> decode_bytes("数字政府".encode("gbk"))
    '数字政府'
    >>> decode_bytes("數位政府發展".encode("big5"))
    '數位政府發展'
    >>> decode_bytes(b"\\xef\\xbb\\xbf\\xe6\\x95\\xb0\\xe5\\xad\\x97")
    '数字'
    """
    return decode(data, path).text


def decode(
    data: bytes, path: PathArgument = "<bytes>", *, encoding: str | None = None, declared: str | None = None
) -> Decoded:
    """Decode ``data``; ``path`` names it in errors.

    ``encoding`` forces a codec (a byte order mark of the same family is still
    removed); ``declared`` is the charset a saved page names, tried after strict
    UTF-8. Raises :class:`~govextract.errors.DecodeError` or
    :class:`~govextract.errors.BinaryFileError`.

    >>> decode("数字政府".encode("gbk"))
    Decoded(text='数字政府', encoding='gb18030')
    >>> decode("一网通办\\n".encode("utf-16-le"))
    Decoded(text='一网通办\\n', encoding='utf-16-le')
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"decode_bytes() takes bytes, not {type(data).__name__}")
    data = bytes(data)
    name = source_name(path)
    if encoding is not None:
        return _forced(data, name, codec_name(encoding))
    for mark, codec, label in _BOMS:
        if data.startswith(mark):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise DecodeError(
                    name, f"the file starts with a {label} byte order mark but is not valid {label} ({_where(error)})"
                ) from None
            if "\x00" in text:
                raise BinaryFileError(name, "the file holds NUL characters, so it looks binary, not text")
            return Decoded(text, codec)
    if b"\x00" in data:
        found = _utf16_without_bom(data) or _detected(data, wide=True)
        if found is None:
            raise BinaryFileError(name, "the file holds NUL bytes, so it looks binary, not text")
        return found
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    found = (_declared(data, declared) if declared else None) or _chinese(data) or _detected(data, wide=False)
    if found is None:
        raise DecodeError(
            name,
            f"the bytes are not valid UTF-8 ({_where(utf8_error)}), GB18030 or Big5, "
            "and no other encoding fits them, so the encoding cannot be recognized",
        )
    return found


def codec_name(encoding: str) -> str:
    """Python's canonical name of ``encoding``; ``ValueError`` when no codec has that name.

    >>> codec_name("GBK"), codec_name("utf_8"), codec_name("UTF-16LE")
    ('gbk', 'utf-8', 'utf-16-le')
    """
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise ValueError(f"unknown encoding {encoding!r}: give a codec name such as utf-8, gb18030 or big5") from None
    if not _is_text_codec(info):
        raise ValueError(f"{encoding!r} is not a text encoding")
    return info.name


def _is_text_codec(info: codecs.CodecInfo) -> bool:
    # Codecs such as base64 or rot13 are registered but do not decode bytes to text.
    return getattr(info, "_is_text_encoding", True) is not False


def _forced(data: bytes, name: str, codec: str) -> Decoded:
    mark, without_mark = _FORCED_BOMS.get(codec, (b"", codec))
    if mark and data.startswith(mark):
        codec = without_mark
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise DecodeError(name, f"the bytes are not valid {codec}, the encoding asked for ({_where(error)})") from None
    if "\x00" in text:
        raise BinaryFileError(name, f"the file decoded as {codec} holds NUL characters, so it looks binary, not text")
    return Decoded(text, codec)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """Decode Chinese UTF-16 written without a byte order mark, or return None.

    ASCII characters (newlines, digits, spaces) put their NUL byte on one side
    of each pair: odd offsets in little endian, even ones in big endian. A few
    hanzi put one on the other side (一 is U+4E00), so the side with more NUL
    bytes gives the byte order; the reading is kept only when nearly all its
    characters are ASCII, hanzi or CJK punctuation, which binary data and other
    scripts are not (those go to the detector).
    """
    if len(data) % 2:
        return None
    even_nul = data[0::2].count(0)
    odd_nul = data[1::2].count(0)
    if even_nul == odd_nul:
        return None
    codec = "utf-16-be" if even_nul > odd_nul else "utf-16-le"
    text = _try_decode(data, (codec,))
    if text is None or not _reads_as_text(text) or _chinese_share(text) < _CHINESE_SHARE:
        return None
    return Decoded(text, codec)


def _chinese_share(text: str) -> float:
    """Share of the sample's characters that Chinese text is made of."""
    sample = text[:_SAMPLE_CHARACTERS]
    return len(_CHINESE_TEXT.findall(sample)) / len(sample) if sample else 0.0


def _declared(data: bytes, declared: str) -> Decoded | None:
    """The text in the charset a page declares, when that charset decodes the bytes."""
    try:
        codec = codec_name(declared)
    except ValueError:
        return None
    codec = _SUPERSETS.get(codec, codec)
    if codec == "big5hkscs":
        return _big5(data)
    text = _try_decode(data, (codec,))
    return Decoded(text, codec) if text is not None and _reads_as_text(text) else None


def _chinese(data: bytes) -> Decoded | None:
    """GB18030 or Big5, whichever reads as the commoner characters of its own encoding."""
    gb_text = _try_decode(data, ("gb18030",))
    big5 = _big5(data)
    if gb_text is not None and big5 is not None:
        return big5 if _big5_score(big5.text) > _gb_score(gb_text) else Decoded(gb_text, "gb18030")
    if gb_text is not None:
        return Decoded(gb_text, "gb18030")
    return big5


def _big5(data: bytes) -> Decoded | None:
    """Big5 as published, or the Hong Kong superset (HKSCS characters such as 邨).

    The two differ on 243 codes (0xC6A1-0xC8FE): plain Big5 reads them as kana,
    HKSCS as ①, 〇, radicals and kana elsewhere. When both decode and differ,
    the reading with fewer kana wins, since the genre writes Chinese.
    """
    plain = _try_decode(data, ("big5",))
    hkscs = _try_decode(data, ("big5hkscs",))
    if plain is not None and (hkscs is None or hkscs == plain or _kana(plain) <= _kana(hkscs)):
        return Decoded(plain, "big5")
    if hkscs is not None:
        return Decoded(hkscs, "big5hkscs")
    return None


def _kana(text: str) -> int:
    return sum(1 for ch in text if "\u3040" <= ch <= "\u30ff")


def _detected(data: bytes, *, wide: bool) -> Decoded | None:
    """What charset-normalizer finds, if the result reads as text.

    ``wide`` says whether the bytes hold NUL bytes: without any, UTF-16 and
    UTF-32 are refused, since such text would have no ASCII character at all,
    not even a newline, and short byte soup often passes for them.
    """
    import charset_normalizer  # imported when a file is not UTF-8 (about 10 ms at start otherwise)

    match = charset_normalizer.from_bytes(data).best()
    if match is None or match.encoding is None:
        return None
    try:
        codec = codec_name(match.encoding)
    except ValueError:
        return None
    if not wide and codec.startswith(("utf-16", "utf-32")):
        return None
    text = _try_decode(data, (codec,))
    if text is None or not _reads_as_text(text):
        return None
    return Decoded(text, codec)


def _reads_as_text(text: str) -> bool:
    """No control characters but the usual ones, and no byte order mark inside."""
    return _NOT_TEXT.search(text) is None


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
