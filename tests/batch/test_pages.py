"""Saved web pages: main text, tables as rows and the page's own metadata (govextract.batch.pages)."""

from __future__ import annotations

import functools
import sys
from datetime import datetime

import pytest

from conftest import DATA
from govextract.batch import SourceText, read_page, read_sources
from govextract.batch.pages import declared_charset, looks_like_html
from govextract.errors import ErrorCode
from govextract.metadata import find_metadata, repeats_title
from govextract.models import PageMetadata
from govextract.normalize import fold
from govextract.pipeline import Extractor

PAGES = DATA / "pages"


@functools.cache
def _extractor() -> Extractor:
    return Extractor()


# (page, encoding, title, published_at, outlet, headline_in_text,
#  words the main text holds, words it must not hold: menus, crumbs, footers, scripts)
PAGE_CASES = [
    ("city_plan_utf8", "utf-8", "某市推进政务服务“一网通办”实施方案", datetime(2023, 6, 8, 10, 30), "某市人民政府办公室", False,
     ["为深入推进政务服务", "| 网上可办率（%） | 92 | 100 |", "三、保障措施"],
     ["首页", "当前位置", "打印本页", "上一篇", "主办单位", "ICP备", "jquery", "utf-8", "document.write", "浏览次数"]),
    ("county_short_news", "utf-8", "我县召开防汛抗旱工作会议", datetime(2024, 5, 16, 17, 42), "县应急管理局", True,
     ["5月16日，我县召开2024年防汛抗旱工作会议", "党政同责、一岗双责"],
     ["您当前的位置", "政府信息公开", "分享到", "主办单位", "蜀ICP备", "公网安备", "hm.baidu.com", "请输入关键字"]),
    ("provincial_bulletin_gbk", "gb18030", "2023年1—5月全省经济运行情况", datetime(2023, 6, 20, 9, 0), "某省统计局", False,
     ["一、工业生产稳步增长。", "| 社会消费品零售总额 | 亿元 | 3856.42 | 8.5 |", "注：规模以上工业统计范围"],
     ["统计分析", "当前位置", "发布日期", "打印", "版权所有", "ICP备案号", "jquery"]),
    ("hong_kong_budget_big5", "big5hkscs", "財政司司長發表二〇二三至二四年度財政預算案", None, "香港特別行政區政府新聞公報", True,
     ["二〇二二年本地生產總值實質收縮百分之三點五", "「共創明天基金」"],
     ["繁體版", "English", "私隱政策"]),
]


@pytest.mark.parametrize(
    "name, encoding, title, published_at, outlet, headline_in_text, present, absent",
    PAGE_CASES, ids=[c[0] for c in PAGE_CASES],
)
def test_a_saved_page_gives_its_main_text_and_its_own_metadata(
    name, encoding, title, published_at, outlet, headline_in_text, present, absent
):
    path = PAGES / f"{name}.html"
    item = read_page(path)
    assert isinstance(item, SourceText), item
    assert (item.source, item.encoding, item.keep_text) == (str(path), encoding, True)
    assert item.page == PageMetadata(
        title=title, published_at=published_at, outlet=outlet, headline_in_text=headline_in_text
    )
    for word in present:
        assert word in item.text, word
    for word in absent:
        assert word not in item.text, word


def test_a_layout_table_is_unwrapped_so_paragraphs_stay_lines_and_data_tables_stay_rows():
    item = read_page(PAGES / "provincial_bulletin_gbk.html")
    lines = item.text.splitlines()
    assert lines[0] == "今年以来，全省上下坚持稳中求进工作总基调，经济运行持续恢复向好。"
    assert "| 指标 | 单位 | 1—5月 | 同比增长（%） |" in [line.strip() for line in lines]
    assert not any(line.startswith("| 2023年1—5月") for line in lines)


@pytest.mark.parametrize("name", [c[0] for c in PAGE_CASES])
def test_the_document_of_a_page_indexes_the_main_text_it_carries(name):
    item = read_page(PAGES / f"{name}.html")
    document = item.extract(_extractor())
    assert document.text == item.text and document.length == len(item.text)
    assert document.span_errors(item.text) == []
    assert document.encoding == item.encoding and document.source == item.source
    assert not {"utf-8", "nav", "footer"} & {program.name for program in document.programs}


def test_a_title_from_the_page_alone_has_no_offsets():
    document = read_page(PAGES / "city_plan_utf8.html").extract(_extractor())
    assert (document.title, document.title_start, document.title_end) == ("某市推进政务服务“一网通办”实施方案", None, None)
    assert [q.text for q in document.quantities] == ["100%", "不低于90%", "30%以上", "500项以上"]


def test_a_headline_repeated_in_the_main_text_keeps_its_offsets():
    item = read_page(PAGES / "county_short_news.html")
    document = item.extract(_extractor())
    assert (document.title, document.title_start) == ("我县召开防汛抗旱工作会议", 0)
    assert (document.outlet, document.published_at) == ("县应急管理局", datetime(2024, 5, 16, 17, 42))


# (name, html, words of the message)
EMPTY_PAGES = [
    ("a_column_list", (PAGES / "column_list_only.html").read_bytes(), "no article text"),
    ("nothing_in_the_body", b"<html><head><title>t</title></head><body></body></html>", "no main text"),
    ("only_a_script", b"<html><body><script>var a = 1;</script></body></html>", "no main text"),
]


@pytest.mark.parametrize("html, words", [c[1:] for c in EMPTY_PAGES], ids=[c[0] for c in EMPTY_PAGES])
def test_a_page_without_an_article_is_an_empty_error(tmp_path, html, words):
    path = tmp_path / "page.html"
    path.write_bytes(html)
    failure = read_page(path)
    assert failure.error is ErrorCode.EMPTY
    assert failure.message.startswith(f"{path}: ") and words in failure.message


def test_an_empty_file_is_empty_before_any_parsing(tmp_path):
    (tmp_path / "zero.htm").write_bytes(b"")
    assert read_page(tmp_path / "zero.htm").error is ErrorCode.EMPTY


def test_without_trafilatura_each_page_is_an_error_naming_the_extra(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("数字政府。", encoding="utf-8")
    for name in ("b.html", "c.htm"):
        (tmp_path / name).write_bytes((PAGES / "county_short_news.html").read_bytes())
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import trafilatura now fails
    items = list(read_sources([tmp_path]))
    assert [type(item).__name__ for item in items] == ["SourceText", "ExtractionFailure", "ExtractionFailure"]
    for failure in items[1:]:
        assert failure.error is ErrorCode.UNREADABLE
        assert 'pip install "govextract[html]"' in failure.message
        assert failure.message.startswith(failure.source + ": ")


def test_a_parser_failure_is_an_extraction_error_for_that_page(tmp_path, monkeypatch):
    import trafilatura

    def explode(*args, **kwargs):
        raise RuntimeError("parser bug\nwith two lines")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    failure = read_page(PAGES / "county_short_news.html")
    assert failure.error is ErrorCode.EXTRACTION_ERROR
    assert "RuntimeError: parser bug with two lines" in failure.message


# (name, the page's <meta>, the codec it is written in, the encoding recorded)
CHARSETS = [
    ("declared_gb2312", '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', "gbk", "gb18030"),
    ("declared_big5", '<meta charset="big5">', "big5", "big5"),
    ("saved_as_utf8_with_a_stale_declaration", '<meta charset="gbk">', "utf-8", "utf-8"),
]


@pytest.mark.parametrize("meta, codec, encoding", [c[1:] for c in CHARSETS], ids=[c[0] for c in CHARSETS])
def test_the_declared_charset_is_tried_after_strict_utf8(tmp_path, meta, codec, encoding):
    body = "<html><head>{}</head><body><p>澳門特別行政區政府今日公布，本地生產總值按年實質上升百分之二點七。</p></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(body.format(meta).encode(codec))
    item = read_page(path)
    assert item.encoding == encoding
    assert "澳門特別行政區政府今日公布" in item.text


def test_declared_charset_and_html_sniffing():
    assert declared_charset(b"<html><head><meta charset='UTF-8'/>") == "utf-8"
    assert declared_charset(b"<html>" + b" " * 5000 + b'<meta charset="gbk">') is None  # beyond the prescan
    assert looks_like_html("\ufeff  <!DOCTYPE html>") and looks_like_html("<HTML>")
    assert not looks_like_html("<p>一段</p>") and not looks_like_html("市政府召开常务会议")


# ---------------------------------------------------------------- the headline hook in metadata

BODY_FIRST = "工业生产稳步增长\n1—5月，全省规模以上工业增加值同比增长5.3%。\n"


def test_repeats_title_tolerates_spaces_script_width_and_a_site_suffix():
    assert repeats_title("我县召开 防汛抗旱工作会议", "我县召开防汛抗旱工作会议_某县人民政府")
    assert repeats_title("財政預算案發表", "财政预算案发表")
    assert not repeats_title("工业生产稳步增长", "2023年1—5月全省经济运行情况")
    assert not repeats_title("会议", "会议_某县")  # too short to be a headline


@pytest.mark.parametrize(
    "page, title",
    [
        (None, "工业生产稳步增长"),  # a text alone: its first line reads as a headline
        (PageMetadata(title="2023年1—5月全省经济运行情况", headline_in_text=True), "工业生产稳步增长"),
        (PageMetadata(title="2023年1—5月全省经济运行情况", headline_in_text=False), None),
        (PageMetadata(title="工业生产稳步增长_某省统计局", headline_in_text=False), "工业生产稳步增长"),
    ],
    ids=["no_page", "headline_in_text", "main_text_without_headline", "line_repeats_page_title"],
)
def test_find_metadata_takes_the_first_line_for_a_title_only_when_the_page_allows(page, title):
    meta = find_metadata(BODY_FIRST, fold(BODY_FIRST), page=page)
    assert meta.title == title


def test_a_dump_line_whose_text_lacks_the_headline_keeps_the_page_title():
    item = SourceText(
        source="dump.jsonl#1", text=BODY_FIRST, keep_text=True,
        page=PageMetadata(title="2023年1—5月全省经济运行情况", headline_in_text=False),
    )
    document = item.extract(_extractor())
    assert (document.title, document.title_start) == ("2023年1—5月全省经济运行情况", None)
