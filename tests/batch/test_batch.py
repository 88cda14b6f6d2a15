"""Batch layer: decoding, discovery and errors as records (govextract.batch)."""

from __future__ import annotations

import codecs
import functools
import os
import sys
from pathlib import Path

import pytest

from conftest import SEED
from govextract.batch import FileResult, decode_bytes, extract_file, extract_files, find_files, load_text
from govextract.errors import (
    BinaryFileError,
    DecodeError,
    EmptyFileError,
    ErrorCode,
    ExtractionFailure,
    GovextractError,
    InputError,
    NotFoundError,
    TooLargeError,
    UnreadableError,
)
from govextract.models import Document
from govextract.pipeline import Extractor


@functools.cache
def _shared_extractor() -> Extractor:
    return Extractor()


SIMPLIFIED = "山东省数字政府发展指数列省域前三\n全省政务服务事项网上可办率达到90%以上，“爱山东”注册用户数突破1亿。\r\n"
TRADITIONAL = "香港特別行政區政府今日公布，本地生產總值按年實質上升百分之二點七。「創新科技」發展藍圖將於年內推出。\n"

# ---------------------------------------------------------------- decoding

# (name, bytes, expected text): every supported encoding, newlines untouched.
DECODE_CASES = [
    ("utf8", SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
    ("utf8_bom_removed", codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
    ("utf16_le_bom", codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED),
    ("utf16_be_bom", codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED),
    ("utf32_le_bom", codecs.BOM_UTF32_LE + SIMPLIFIED.encode("utf-32-le"), SIMPLIFIED),
    ("gbk", SIMPLIFIED.encode("gbk"), SIMPLIFIED),
    ("gb2312", SIMPLIFIED.encode("gb2312"), SIMPLIFIED),
    ("gb18030_four_byte", "数字政府𠀀建设".encode("gb18030"), "数字政府𠀀建设"),
    ("big5", TRADITIONAL.encode("big5"), TRADITIONAL),
    ("big5_short", "澳門特別行政區".encode("big5"), "澳門特別行政區"),
    ("big5_hkscs", "沙田新城市廣場邨".encode("big5hkscs"), "沙田新城市廣場邨"),
    ("traditional_in_utf8", TRADITIONAL.encode("utf-8"), TRADITIONAL),
    ("utf16_le_without_bom", SIMPLIFIED.encode("utf-16-le"), SIMPLIFIED),
    ("utf16_be_without_bom", SIMPLIFIED.encode("utf-16-be"), SIMPLIFIED),
    ("ascii_only", b"Press release 2023\n", "Press release 2023\n"),
    ("crlf_kept", "第一行\r\n第二行\r第三行\n".encode("gbk"), "第一行\r\n第二行\r第三行\n"),
    ("full_width_punctuation_gbk", "（一）深化“网上通办”，９０％以上。".encode("gbk"), "（一）深化“网上通办”，９０％以上。"),
]

# Short GBK texts that happen to be valid Big5 too: they must stay GBK.
GBK_NOT_BIG5 = ["经济增长", "政府工作报告", "数字政府", "中国", "山东", "发展指数"]


@pytest.mark.parametrize("data, expected", [c[1:] for c in DECODE_CASES], ids=[c[0] for c in DECODE_CASES])
def test_decode_bytes(data, expected):
    assert decode_bytes(data) == expected


@pytest.mark.xfail(strict=True, reason="UTF-16 without a mark and without any ASCII has no NUL byte to detect it by")
def test_utf16_without_bom_or_ascii():
    assert decode_bytes("数字政府".encode("utf-16-le")) == "数字政府"


@pytest.mark.parametrize("text", GBK_NOT_BIG5)
def test_gbk_is_never_taken_for_big5(text):
    assert decode_bytes(text.encode("gbk")) == text


def test_utf8_is_never_decoded_as_gb():
    # Every character of the seed, in UTF-8, would also be valid GB18030 byte soup.
    text = SEED.read_text(encoding="utf-8")
    assert decode_bytes(text.encode("utf-8")) == text


def test_seed_round_trips_through_every_encoding():
    text = SEED.read_bytes().decode("utf-8")
    for codec in ("gb18030", "utf-16"):
        assert decode_bytes(text.encode(codec)) == text, codec


# (name, bytes, error class, words the message must contain)
BAD_BYTES = [
    ("nul_bytes", b"abc\x00\x01\x02def", BinaryFileError, "NUL"),
    ("png_header", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryFileError, "binary"),
    ("nul_bytes_on_both_sides", "数字\n".encode("utf-16-le") + b"\x00\x00x\x00", BinaryFileError, "NUL"),
    ("undecodable", b"\xff\xfe\xff" * 0 + b"\x80\xff\x80\xff\xfe\xff", DecodeError, "GB18030"),
    ("bad_utf16_after_bom", codecs.BOM_UTF16_LE + "数字".encode("utf-16-le") + b"\x00", DecodeError, "UTF-16"),
    ("nul_inside_utf16", codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"), BinaryFileError, "NUL"),
]


@pytest.mark.parametrize("data, error, words", [c[1:] for c in BAD_BYTES], ids=[c[0] for c in BAD_BYTES])
def test_decode_bytes_refuses(data, error, words):
    with pytest.raises(error) as raised:
        decode_bytes(data, "release.txt")
    message = str(raised.value)
    assert message.startswith("release.txt: ")
    assert words in message
    assert "Traceback" not in message


def test_decode_bytes_rejects_non_bytes():
    with pytest.raises(TypeError):
        decode_bytes("already text")  # type: ignore[arg-type]


def test_error_hierarchy():
    assert issubclass(GovextractError, ValueError)
    for error in (NotFoundError, UnreadableError, DecodeError, EmptyFileError, BinaryFileError, TooLargeError):
        assert issubclass(error, InputError) and issubclass(error, GovextractError)


# ---------------------------------------------------------------- load_text


@pytest.mark.parametrize("data, expected", [c[1:] for c in DECODE_CASES], ids=[c[0] for c in DECODE_CASES])
def test_load_text_reads_bytes_untranslated(tmp_path, data, expected):
    path = tmp_path / "release.txt"
    path.write_bytes(data)
    assert load_text(path) == expected


def test_load_text_offsets_index_the_bom_less_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + SEED.read_bytes())
    text = load_text(path)
    assert text == SEED.read_text(encoding="utf-8")
    document = _shared_extractor()(text, source=str(path))
    assert document.span_errors(text) == []
    assert document.length == len(text)


# (name, how to make the path, error class, code, words)
def _empty(tmp):
    (tmp / "empty.txt").write_bytes(b"")
    return tmp / "empty.txt"


def _bom_only(tmp):
    (tmp / "bom.txt").write_bytes(codecs.BOM_UTF8)
    return tmp / "bom.txt"


def _blank(tmp):
    (tmp / "blank.txt").write_bytes(b" \r\n\t\n")
    return tmp / "blank.txt"


def _missing(tmp):
    return tmp / "missing.txt"


def _folder(tmp):
    (tmp / "folder.txt").mkdir()
    return tmp / "folder.txt"


def _binary(tmp):
    (tmp / "image.txt").write_bytes(bytes(range(256)))
    return tmp / "image.txt"


BAD_FILES = [
    ("empty", _empty, EmptyFileError, ErrorCode.EMPTY, "empty"),
    ("bom_only", _bom_only, EmptyFileError, ErrorCode.EMPTY, "no text"),
    ("white_space_only", _blank, EmptyFileError, ErrorCode.EMPTY, "no text"),
    ("missing", _missing, NotFoundError, ErrorCode.NOT_FOUND, "no such file"),
    ("folder", _folder, UnreadableError, ErrorCode.UNREADABLE, "folder"),
    ("binary", _binary, BinaryFileError, ErrorCode.BINARY, "binary"),
]


@pytest.mark.parametrize("make, error, code, words", [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES])
def test_load_text_refuses(tmp_path, make, error, code, words):
    path = make(tmp_path)
    with pytest.raises(error) as raised:
        load_text(path)
    assert raised.value.code is code
    assert str(raised.value).startswith(f"{path}: ")
    assert words in str(raised.value)


def test_load_text_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("数字政府".encode() * 100)
    with pytest.raises(TooLargeError):
        load_text(path, max_bytes=100)
    assert load_text(path, max_bytes=10_000).startswith("数字政府")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_load_text_permission_denied(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_bytes("数字政府".encode())
    path.chmod(0)
    try:
        with pytest.raises(UnreadableError, match="permission denied"):
            load_text(path)
    finally:
        path.chmod(0o600)


def test_load_text_permission_denied_simulated(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_bytes("数字政府".encode())

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("govextract.batch.reading.open", refuse, raising=False)
    with pytest.raises(UnreadableError, match="permission denied") as raised:
        load_text(path)
    assert raised.value.code is ErrorCode.UNREADABLE


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_load_text_refuses_a_device_without_reading_it():
    with pytest.raises(UnreadableError, match="not a regular file"):
        load_text("/dev/zero")


# ---------------------------------------------------------------- find_files


def _tree(root: Path) -> None:
    (root / "b").mkdir()
    (root / "a" / "deep").mkdir(parents=True)
    for name in ("b/2.txt", "b/1.TXT", "a/deep/x.txt", "a/y.txt", "z.txt"):
        (root / name).write_text("数字政府。", encoding="utf-8")
    for name in ("notes.md", "a/data.json", "a/deep/report.txt.bak", "b/image.png"):
        (root / name).write_bytes(b"ignored")


def test_find_files_recurses_sorts_and_ignores_other_suffixes(tmp_path):
    _tree(tmp_path)
    found = find_files([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "a/deep/x.txt", "a/y.txt", "b/1.TXT", "b/2.txt", "z.txt",
    ]


def test_find_files_keeps_argument_order_and_deduplicates(tmp_path):
    _tree(tmp_path)
    z, b = tmp_path / "z.txt", tmp_path / "b"
    found = find_files([z, b, tmp_path, b / "1.TXT", os.path.join(str(b), ".", "2.txt")])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "z.txt", "b/1.TXT", "b/2.txt", "a/deep/x.txt", "a/y.txt",
    ]


def test_find_files_keeps_missing_paths_and_explicit_files_of_any_suffix(tmp_path):
    (tmp_path / "notes.md").write_text("文本", encoding="utf-8")
    found = find_files([tmp_path / "missing.txt", tmp_path / "notes.md"])
    assert found == [tmp_path / "missing.txt", tmp_path / "notes.md"]


def test_find_files_takes_a_list_not_one_path(tmp_path):
    with pytest.raises(TypeError):
        find_files(str(tmp_path))  # type: ignore[arg-type]


# ---------------------------------------------------------------- extract_files


class _Exploding:
    """An extractor with a bug that shows on one text only."""

    def __call__(self, text, *, source=None):
        if "爆" in text:
            raise RuntimeError("boom\nsecond line of a long message")
        return _shared_extractor()(text, source=source)


def test_extract_files_yields_a_record_or_an_error_per_input_in_order(tmp_path):
    (tmp_path / "1_utf8.txt").write_bytes(SIMPLIFIED.encode("utf-8"))
    (tmp_path / "2_empty.txt").write_bytes(b"")
    (tmp_path / "3_gbk.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (tmp_path / "4_bug.txt").write_text("爆炸性新闻", encoding="utf-8")
    (tmp_path / "5_big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    inputs = [tmp_path, tmp_path / "missing.txt"]

    results = list(extract_files(inputs, extractor=_Exploding()))

    assert [r.path.name for r in results] == [
        "1_utf8.txt", "2_empty.txt", "3_gbk.txt", "4_bug.txt", "5_big5.txt", "missing.txt",
    ]
    assert [r.error.error.value if r.error else "ok" for r in results] == [
        "ok", "empty", "ok", "extraction_error", "ok", "not_found",
    ]
    for result in results:
        assert isinstance(result, FileResult)
        assert (result.document is None) != (result.error is None)
        assert result.ok is (result.document is not None)
        if result.document is not None:
            assert isinstance(result.document, Document)
            assert result.document.source == str(result.path)
            assert result.document.span_errors(load_text(result.path)) == []
        else:
            assert isinstance(result.error, ExtractionFailure)
            assert result.error.source == str(result.path)
            assert result.error.message.startswith(f"{result.path}: ")
            assert "Traceback" not in result.error.message
    bug = results[3].error
    assert "RuntimeError: boom second line" in bug.message


def test_extract_files_is_lazy(tmp_path):
    for index in range(3):
        (tmp_path / f"{index}.txt").write_text("数字政府。", encoding="utf-8")
    calls = []

    class Counting:
        def __call__(self, text, *, source=None):
            calls.append(source)
            return _shared_extractor()(text, source=source)

    results = extract_files([tmp_path], extractor=Counting())
    assert calls == []
    first = next(results)
    assert first.ok and calls == [str(tmp_path / "0.txt")]


def test_extract_files_reports_a_folder_without_text_files(tmp_path):
    (tmp_path / "readme.md").write_text("说明", encoding="utf-8")
    (result,) = extract_files([tmp_path], extractor=_shared_extractor())
    assert result.error is not None and result.error.error is ErrorCode.NO_TEXT_FILES
    assert str(tmp_path) in result.error.message


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_extract_files_reports_an_unlistable_subfolder(tmp_path):
    (tmp_path / "a.txt").write_text("数字政府。", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.txt").write_text("数字政府。", encoding="utf-8")
    locked.chmod(0)
    try:
        results = list(extract_files([tmp_path], extractor=_shared_extractor()))
    finally:
        locked.chmod(0o700)
    assert [(r.path.name, r.error.error.value if r.error else "ok") for r in results] == [
        ("a.txt", "ok"), ("locked", "unreadable"),
    ]


def test_extract_files_reports_an_unlistable_subfolder_simulated(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("数字政府。", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "hidden.txt").write_text("数字政府。", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    results = list(extract_files([tmp_path], extractor=_shared_extractor()))
    assert [(r.path.name, r.error.error.value if r.error else "ok") for r in results] == [
        ("a.txt", "ok"), ("locked", "unreadable"),
    ]
    assert "cannot be listed" in results[1].error.message


def test_extract_file_alone(tmp_path):
    path = tmp_path / "one.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"))
    result = extract_file(path, extractor=_shared_extractor())
    assert result.ok and result.document.length == len(SIMPLIFIED)
    assert result.source == str(path)


def test_failure_record_serializes_with_its_code():
    failure = DecodeError("甲.txt", "the bytes are not valid").to_failure()
    assert failure.model_dump(mode="json") == {
        "record": "error", "source": "甲.txt", "error": "decode_error", "message": "甲.txt: the bytes are not valid",
    }
    with pytest.raises(ValueError):
        ExtractionFailure(source="a", error="no_such_code", message="m")
