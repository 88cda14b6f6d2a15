"""Crawler dumps: one article per JSON line, a bad line an error of its own (govextract.batch.dumps)."""

from __future__ import annotations

import codecs
import functools
import io
import json
from datetime import datetime

import pytest

from conftest import DATA
from govextract.batch import InputOptions, SourceText, read_dump, read_sources
from govextract.batch.dumps import raw_lines
from govextract.errors import ErrorCode
from govextract.models import PageMetadata
from govextract.pipeline import Extractor

DUMPS = DATA / "dumps"
COUNTY = DUMPS / "county_news_dump.jsonl"
BAD_LINES = DUMPS / "crawl_with_bad_lines.jsonl"
COUNTY_OPTIONS = InputOptions(text_field="content", id_field="id", title_field="title", date_field="pubdate")


@functools.cache
def _extractor() -> Extractor:
    return Extractor()


def test_a_dump_gives_one_article_per_line_with_its_fields():
    items = list(read_dump(COUNTY, COUNTY_OPTIONS))
    articles = [json.loads(line) for line in COUNTY.read_text(encoding="utf-8").splitlines()]
    assert [item.source for item in items] == [f"{COUNTY}#1", f"{COUNTY}#2", f"{COUNTY}#3"]
    assert [item.text for item in items] == [article["content"] for article in articles]
    assert [item.source_id for item in items] == ["t20240516_1", "t20240515_2", "20240514"]
    assert [item.page for item in items] == [
        PageMetadata(title="我县召开防汛抗旱工作会议", published_at=datetime(2024, 5, 16, 17, 42), headline_in_text=False),
        PageMetadata(title="我县召开优化营商环境大会", published_at=datetime(2024, 5, 15), headline_in_text=True),
        PageMetadata(title="县领导调研春耕生产工作", published_at=datetime(2024, 5, 14, 9, 30), headline_in_text=False),
    ]
    assert all(item.keep_text and item.encoding == "utf-8" for item in items)


def test_without_field_options_only_the_text_is_read(tmp_path):
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"text": "全市新增就业5.2万人。", "id": "x", "title": "标题在此处"}) + "\n", encoding="utf-8")
    (item,) = read_dump(path)
    assert (item.source, item.source_id, item.page) == (f"{path}#1", None, None)


def test_each_bad_line_is_an_error_of_its_own_and_the_good_lines_still_come():
    items = list(read_dump(BAD_LINES, InputOptions(id_field="id", title_field="title")))
    summary = [
        (item.source.rsplit("#", 1)[1], item.source_id if isinstance(item, SourceText) else item.error.value)
        for item in items
    ]
    assert summary == [
        ("1", "a1"),
        ("3", "decode_error"),  # cut off by the crawler
        ("4", "decode_error"),  # an array
        ("5", "empty"),  # no text field
        ("6", "decode_error"),  # a number for text
        ("7", "empty"),  # blank text
        ("8", "a1"),  # the same id again: the line number keeps sources apart
        ("10", "a6"),
    ]
    messages = {item.source.rsplit("#", 1)[1]: item.message for item in items if not isinstance(item, SourceText)}
    assert messages == {
        "3": f"{BAD_LINES}#3: the line is not valid JSON (column 43: unterminated string starting at)",
        "4": f"{BAD_LINES}#4: the line is an array, not a JSON object",
        "5": f'{BAD_LINES}#5: the line has no "text" field',
        "6": f'{BAD_LINES}#6: the "text" field is a number, not a string',
        "7": f'{BAD_LINES}#7: the "text" field is blank',
    }
    assert items[0].text == "市政府召开常务会议\n会议研究部署全市安全生产工作，全年排查整治隐患1200余处。"  # \r\n line end cut
    assert "\ufffd" in items[-1].text and "\ud800" not in items[-1].text


def test_dump_records_index_their_line_and_serialize():
    for item in read_sources([BAD_LINES]):
        if isinstance(item, SourceText):
            document = item.extract(_extractor())
            assert document.text == item.text and document.span_errors(item.text) == []
            json.loads(document.model_dump_json())
        else:
            json.loads(item.model_dump_json())


def test_a_dump_line_document_takes_the_title_the_text_repeats_and_the_line_date():
    first, second, _third = (item.extract(_extractor()) for item in read_dump(COUNTY, COUNTY_OPTIONS))
    assert (second.title, second.title_start, second.source_id) == ("我县召开优化营商环境大会", 0, "t20240515_2")
    assert (first.published_at, first.source_id) == (datetime(2024, 5, 16, 17, 42), "t20240516_1")


# (name, how the file is written, the encoding recorded for each line)
ENCODED = [
    ("gbk", lambda text: text.encode("gbk"), "gb18030"),
    ("utf8_bom", lambda text: text.encode("utf-8-sig"), "utf-8-sig"),
    ("utf16_bom", lambda text: text.encode("utf-16"), "utf-16"),
    ("utf16_le_without_bom", lambda text: text.encode("utf-16-le"), "utf-16-le"),
    ("big5", lambda text: text.encode("big5"), "big5"),
]


@pytest.mark.parametrize("encode, encoding", [c[1:] for c in ENCODED], ids=[c[0] for c in ENCODED])
def test_a_dump_in_another_encoding_gives_the_same_articles(tmp_path, encode, encoding):
    text = COUNTY.read_text(encoding="utf-8")
    if encoding == "big5":
        text = "\n".join(json.dumps({"content": line}, ensure_ascii=False) for line in ("香港特別行政區政府今日公布。", "澳門特別行政區。"))
    path = tmp_path / "dump.jsonl"
    path.write_bytes(encode(text))
    expected = [(item.text, item.source_id) for item in read_dump(COUNTY, COUNTY_OPTIONS)] if encoding != "big5" else None
    items = list(read_dump(path, COUNTY_OPTIONS))
    assert all(isinstance(item, SourceText) and item.encoding == encoding for item in items), items
    if expected is not None:
        assert [(item.text, item.source_id) for item in items] == expected


def test_a_line_in_another_encoding_than_the_first_lines_is_recognized_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    first = json.dumps({"text": "ascii only in the first 64 KB " + "x" * 1000}).encode()
    later = json.dumps({"text": "后来的稿件用GBK写成。"}, ensure_ascii=False).encode("gbk")
    path.write_bytes((first + b"\n") * 70 + later + b"\n")
    items = list(read_dump(path))
    assert len(items) == 71 and {item.encoding for item in items[:70]} == {"utf-8"}
    assert (items[70].text, items[70].encoding) == ("后来的稿件用GBK写成。", "gb18030")


def test_a_forced_encoding_makes_a_line_that_does_not_fit_an_error(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(json.dumps({"text": "数字政府"}, ensure_ascii=False).encode("gbk") + b"\n" + b'{"text": "caf\x80"}\n')
    items = list(read_dump(path, InputOptions(encoding="gbk")))
    assert items[0].text == "数字政府" and items[0].encoding == "gbk"
    assert items[1].error is ErrorCode.DECODE_ERROR and "not valid gbk" in items[1].message


def test_the_size_limit_applies_to_each_line(tmp_path):
    path = tmp_path / "dump.jsonl"
    long_line = json.dumps({"text": "很长的稿件。" * 100}, ensure_ascii=False)
    path.write_text("\n".join([json.dumps({"text": "短稿件。"}), long_line, json.dumps({"text": "又一篇。"})]), encoding="utf-8")
    items = list(read_dump(path, InputOptions(max_bytes=200)))
    assert [item.error.value if not isinstance(item, SourceText) else item.text for item in items] == [
        "短稿件。", "too_large", "又一篇。",
    ]
    assert items[1].source == f"{path}#2" and "more than 200 bytes" in items[1].message


# (name, bytes, limit, lines given: bytes or None for too long)
RAW_LINES = [
    ("line_ends", b"a\nb\r\nc", 5, [b"a", b"b", b"c"]),
    ("exactly_the_limit", b"abcde\r\nabcdef\n", 5, [b"abcde", None]),
    ("long_last_line_without_end", b"ab\n" + b"x" * 20, 5, [b"ab", None]),
    ("long_line_skipped_in_bounded_reads", b"x" * 50 + b"\nok\n", 5, [None, b"ok"]),
    ("blank_lines_kept_for_numbering", b"\n\na\n", 5, [b"", b"", b"a"]),
]


@pytest.mark.parametrize("data, limit, expected", [c[1:] for c in RAW_LINES], ids=[c[0] for c in RAW_LINES])
def testraw_lines(data, limit, expected):
    assert list(raw_lines(io.BytesIO(data), limit)) == expected


# (name, file bytes, code of the one record for the file)
WHOLE_FILE_FAILURES = [
    ("empty", b"", "empty"),
    ("only_blank_lines", b"\n  \r\n\n", "empty"),
    ("binary", b"\x00\x01\x02\x03" * 10, "binary"),
]


@pytest.mark.parametrize("data, code", [c[1:] for c in WHOLE_FILE_FAILURES], ids=[c[0] for c in WHOLE_FILE_FAILURES])
def test_a_dump_with_no_line_to_read_is_one_error_for_the_file(tmp_path, data, code):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(data)
    (failure,) = read_dump(path)
    assert (failure.source, failure.error.value) == (str(path), code)


def test_a_missing_or_unreadable_dump_is_one_error(tmp_path, monkeypatch):
    (failure,) = read_dump(tmp_path / "missing.jsonl")
    assert failure.error is ErrorCode.NOT_FOUND
    path = tmp_path / "locked.jsonl"
    path.write_text('{"text": "x"}\n', encoding="utf-8")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("govextract.batch.reading.open", refuse, raising=False)
    (failure,) = read_dump(path)
    assert failure.error is ErrorCode.UNREADABLE and "permission denied" in failure.message


def test_a_utf16_dump_beyond_the_limit_is_too_large_as_a_whole(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(codecs.BOM_UTF16_LE + (json.dumps({"text": "稿件。"}) + "\n").encode("utf-16-le") * 20)
    (failure,) = read_dump(path, InputOptions(max_bytes=100))
    assert failure.error is ErrorCode.TOO_LARGE and failure.source == str(path)


# (name, value of the field, source_id, published_at)
FIELD_VALUES = [
    ("string_id", {"id": "t1"}, "t1", None),
    ("number_id", {"id": 20240514}, "20240514", None),
    ("float_id", {"id": 1.5}, "1.5", None),
    ("null_id", {"id": None}, None, None),
    ("boolean_id", {"id": True}, None, None),
    ("iso_date_with_zone", {"date": "2024-05-14T09:30:00+08:00"}, None, datetime(2024, 5, 14, 9, 30)),
    ("chinese_date", {"date": "2024年5月14日 09:30"}, None, datetime(2024, 5, 14, 9, 30)),
    ("compact_date", {"date": "20240514"}, None, datetime(2024, 5, 14)),
    ("no_date", {"date": "昨天"}, None, None),
    ("number_date", {"date": 1715650200}, None, None),
]


@pytest.mark.parametrize("fields, source_id, published_at", [c[1:] for c in FIELD_VALUES], ids=[c[0] for c in FIELD_VALUES])
def test_field_values(tmp_path, fields, source_id, published_at):
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"text": "全市新增就业5.2万人。", **fields}), encoding="utf-8")
    (item,) = read_dump(path, InputOptions(id_field="id", date_field="date"))
    assert item.source_id == source_id
    assert (item.page.published_at if item.page else None) == published_at
