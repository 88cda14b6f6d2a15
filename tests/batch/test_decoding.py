"""Decoding: every release re-encoded reads back the same, codec names, the detector fallback (govextract.batch.decoding)."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES, RELEASES
from govextract.batch.decoding import Decoded, codec_name, decode, decode_bytes
from govextract.errors import BinaryFileError, DecodeError

RELEASE_FILES = sorted(RELEASES.glob("*/*.txt")) + sorted(FIXTURES.glob("*.txt"))

# How each copy is written: (name, how to make the bytes from the text).
ENCODINGS = {
    "gb18030": lambda text: text.encode("gb18030"),
    "big5": lambda text: text.encode("big5"),
    "big5hkscs": lambda text: text.encode("big5hkscs"),
    "utf-16-le-without-bom": lambda text: text.encode("utf-16-le"),
    "utf-16-be-without-bom": lambda text: text.encode("utf-16-be"),
    "utf-16-with-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-with-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-8-sig": lambda text: text.encode("utf-8-sig"),
    "utf-32-with-bom": lambda text: text.encode("utf-32"),
}


def _release_id(path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("path", RELEASE_FILES, ids=_release_id)
def test_every_release_reads_back_the_same_from_every_encoding_it_fits(path):
    text = path.read_bytes().decode("utf-8")
    tried = 0
    for name, encode in ENCODINGS.items():
        try:
            data = encode(text)
        except UnicodeEncodeError:
            continue  # simplified text has no Big5 form
        tried += 1
        decoded = decode(data, path)
        assert decoded.text == text, name
        assert data.decode(decoded.encoding) == text, (name, decoded.encoding)
    assert tried >= 7


def test_the_release_sets_hold_traditional_text_that_big5_fits():
    big5_fitting = 0
    for path in RELEASE_FILES:
        try:
            path.read_bytes().decode("utf-8").encode("big5hkscs")
        except UnicodeEncodeError:
            continue
        big5_fitting += 1
    assert big5_fitting >= 3


SIMPLIFIED = "一、总体要求\n到2025年，全省“一网通办”事项网上可办率达到90%以上。\r\n"
TRADITIONAL = "香港特別行政區政府今日公布，本地生產總值按年實質上升百分之二點七。\n"
HONG_KONG = "財政司司長發表二〇二三至二四年度財政預算案，沙田新城市廣場邨。\n"

# (name, bytes, text, codec recorded): the name is what decodes the bytes to the text.
CODEC_CASES = [
    ("utf8", SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8"),
    ("utf8_bom", codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED, "utf-8-sig"),
    ("utf16_le_bom", codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16"),
    ("utf16_be_bom", codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16"),
    ("utf32_bom", SIMPLIFIED.encode("utf-32"), SIMPLIFIED, "utf-32"),
    ("utf16_le_with_yi", SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED, "utf-16-le"),
    ("utf16_be_with_yi", SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED, "utf-16-be"),
    ("gbk", SIMPLIFIED.encode("gbk"), SIMPLIFIED, "gb18030"),
    ("gb18030_four_byte", "数字政府𠀀建设".encode("gb18030"), "数字政府𠀀建设", "gb18030"),
    ("big5", TRADITIONAL.encode("big5"), TRADITIONAL, "big5"),
    ("big5_hkscs_ling", HONG_KONG.encode("big5hkscs"), HONG_KONG, "big5hkscs"),
    ("ascii", b"Press release 2023\n", "Press release 2023\n", "utf-8"),
]


@pytest.mark.parametrize("data, text, codec", [c[1:] for c in CODEC_CASES], ids=[c[0] for c in CODEC_CASES])
def test_decode_names_the_codec_that_gives_the_text(data, text, codec):
    decoded = decode(data)
    assert isinstance(decoded, Decoded)
    assert decoded == (text, codec)
    assert data.decode(decoded.encoding) == decoded.text


def test_shift_jis_is_placed_by_the_detector_when_the_chinese_codecs_refuse_it():
    # A half-width katakana byte (0xB1) followed by ASCII is neither GB18030 nor Big5.
    data = "ｱ-日本語のテキスト、経済対策。\n".encode("shift_jis") * 4
    decoded = decode(data)
    assert decoded.text == "ｱ-日本語のテキスト、経済対策。\n" * 4
    assert decoded.encoding in {"shift_jis", "cp932"}


def test_big5_codes_read_as_kana_or_as_hkscs_take_the_reading_with_fewer_kana():
    # 0xC6E2 is a kana in plain Big5 and 〇 in HKSCS; 二〇二三年 is the reading meant.
    data = "二〇二三年".encode("big5hkscs")
    assert data.decode("big5") != "二〇二三年"
    assert decode(data) == ("二〇二三年", "big5hkscs")


# (name, bytes, forced encoding, text, codec recorded)
FORCED_CASES = [
    ("gbk", "数字政府".encode("gbk"), "GBK", "数字政府", "gbk"),
    ("utf8_bom_removed", codecs.BOM_UTF8 + "数字".encode(), "utf-8", "数字", "utf-8-sig"),
    ("utf16le_bom_removed", codecs.BOM_UTF16_LE + "数字".encode("utf-16-le"), "utf-16-le", "数字", "utf-16"),
    ("latin1_as_asked", "café".encode("latin-1"), "latin-1", "café", "iso8859-1"),
]


@pytest.mark.parametrize("data, forced, text, codec", [c[1:] for c in FORCED_CASES], ids=[c[0] for c in FORCED_CASES])
def test_a_forced_encoding_is_used_as_asked(data, forced, text, codec):
    assert decode(data, encoding=forced) == (text, codec)


def test_a_forced_encoding_that_does_not_fit_is_a_clear_error():
    with pytest.raises(DecodeError) as raised:
        decode("数字政府".encode("gbk"), "release.txt", encoding="utf-8")
    assert str(raised.value).startswith("release.txt: the bytes are not valid utf-8, the encoding asked for (byte 0x")


@pytest.mark.parametrize("name", ["no-such-codec", "base64", ""])
def test_codec_name_refuses_what_is_no_text_encoding(name):
    with pytest.raises(ValueError, match="encoding"):
        codec_name(name)


def test_a_declared_charset_settles_what_the_bytes_alone_leave_open():
    data = "澳門特別行政區".encode("big5")  # also valid GB18030
    assert decode(data, declared="big5").text == "澳門特別行政區"
    assert decode("经济增长".encode("gbk"), declared="gb2312") == ("经济增长", "gb18030")
    # A page saved as UTF-8 keeps its old <meta charset=gbk>: valid UTF-8 wins.
    assert decode("数字政府".encode(), declared="gbk") == ("数字政府", "utf-8")
    # A declaration the bytes do not fit is ignored.
    assert decode("数字政府".encode("gbk"), declared="shift_jis").encoding == "gb18030"


# (name, bytes, error, words in the message)
REFUSED = [
    ("nul_bytes", b"abc\x00\x01\x02def", BinaryFileError, "NUL"),
    ("png_header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFileError, "binary"),
    ("every_byte", bytes(range(256)), BinaryFileError, "NUL"),
    ("every_byte_but_nul", bytes(range(1, 256)), DecodeError, "cannot be recognized"),
    ("byte_soup", b"\x80\xff\x80\xff\xfe\xff", DecodeError, "GB18030"),
    ("bad_utf8_after_bom", codecs.BOM_UTF8 + b"\xff\xfe", DecodeError, "UTF-8 byte order mark"),
]


@pytest.mark.parametrize("data, error, words", [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_what_is_no_text_is_refused_with_the_reason(data, error, words):
    with pytest.raises(error) as raised:
        decode(data, "input.txt")
    assert str(raised.value).startswith("input.txt: ")
    assert words in str(raised.value)


def test_decode_bytes_gives_the_text_alone():
    assert decode_bytes(SIMPLIFIED.encode("utf-16-le")) == SIMPLIFIED


def test_an_undecodable_file_name_is_written_with_escapes_in_the_message():
    name = b"\xd5\xfe\xb8\xae.txt".decode("utf-8", "surrogateescape")
    with pytest.raises(DecodeError) as raised:
        decode(b"\x80\xff", name)
    assert str(raised.value).startswith("\\xd5\\xfe\\xb8\\xae.txt: ")
    str(raised.value).encode("utf-8")  # writable


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_utf8_text_always_reads_back_as_itself(text):
    data = text.encode("utf-8")
    if data.startswith(codecs.BOM_UTF8) or "\x00" in text or not text:
        return
    assert decode(data) == (text, "utf-8")


@given(st.binary(max_size=300))
def test_whatever_decodes_is_what_its_codec_gives(data):
    try:
        decoded = decode(data)
    except (DecodeError, BinaryFileError):
        return
    assert data.decode(decoded.encoding) == decoded.text
