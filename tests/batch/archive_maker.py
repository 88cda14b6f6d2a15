"""A crawler's archive, generated for the whole-batch test (``test_archive.py``).

:func:`build_archive` writes, under a folder, what a crawler leaves behind:
the test releases as plain text in the encodings government sites publish
(and their UTF-8 originals), saved pages (the real ones of ``tests/data/pages``
and releases wrapped in a government page template), JSON-lines dumps (the
real ones of ``tests/data/dumps`` and generated ones with bad lines), junk,
odd file names, symbolic links and files the default patterns do not take.
The article bodies are always the real test data; only the wrapping is made
here.

It returns an :class:`Archive`, whose manifest says, for every entry written,
its case and the records a batch run over the folder must give for it
(:class:`Expected`: the source, a document or an error code, and what the
generator knows of the document: its text, codec, id, page metadata, and
which original its content copies). :meth:`Archive.expected` puts them in
the order of a folder search: depth first, each folder's names sorted, a file
reached twice (through a link) read the first time only.
"""

from __future__ import annotations

import codecs
import html
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path

from conftest import DATA, RELEASES
from govextract.batch import source_name
from govextract.models import PageMetadata

#: The size limit of the runs (``--max-bytes 64k``): the too-large cases exceed it, nothing else does.
MAX_BYTES = 64 * 1024

#: The codec each way of writing a file must be recorded as: the one that decodes its bytes to the text.
RECORDED = {
    "utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "utf-16-be+bom": "utf-16",
    "utf-16-le": "utf-16-le", "utf-16-be": "utf-16-be", "gb18030": "gb18030", "gbk": "gb18030",
    "big5": "big5", "big5hkscs": "big5hkscs",
}
SIMPLIFIED_COPIES = ("utf-8-sig", "utf-16", "utf-16-be+bom", "utf-16-le", "utf-16-be", "gb18030", "gbk")
TRADITIONAL_COPIES = ("utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "big5")

# The real pages and what each gives: the codec recorded, or the error code.
REAL_PAGES = {
    "city_plan_utf8.html": "utf-8",
    "column_list_only.html": "error:empty",
    "county_short_news.html": "utf-8",
    "hong_kong_budget_big5.html": "big5hkscs",
    "provincial_bulletin_gbk.html": "gb18030",
}
# The real dumps read with the fields id, title and pubdate: line number -> error code, None for an article.
REAL_DUMPS = {
    "county_news_dump.jsonl": {1: "empty", 2: "empty", 3: "empty"},  # its text is under "content"
    "crawl_with_bad_lines.jsonl": {1: None, 3: "decode_error", 4: "decode_error", 5: "empty",
                                   6: "decode_error", 7: "empty", 8: None, 10: None},
}

# A government page around an article; {w[...]} are the site's words in the page's script.
PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{site}</title>
<meta name="SiteName" content="{site}">
<meta name="ColumnName" content="{column}">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="{date}">
<meta name="ContentSource" content="{outlet}">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top"><a href="/">{w[home]}</a> | <a href="/zwgk/">{w[open]}</a> | <a href="/zwfw/">{w[service]}</a></div>
<div class="crumb">{w[where]}<a href="/">{w[home]}</a> &gt; <a href="/zwgk/">{column}</a></div>
<div class="article">
<h1>{title}</h1>
<div class="info">{w[published]}{date} {w[from]}{outlet}</div>
<div class="content" id="zoom">
{paragraphs}
</div>
<div class="tools">【<a href="javascript:window.print()">{w[print]}</a>】</div>
</div>
<div class="footer"><p>{w[sponsor]}{site} <a href="https://beian.miit.gov.cn">{w[icp]}</a></p></div>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script");
hm.src = "https://hm.baidu.com/hm.js?0123456789abcdef"; }})();</script>
</body>
</html>
"""
WORDS = {
    "simplified": {"home": "首页", "open": "政务公开", "service": "办事服务", "where": "当前位置：",
                   "published": "发布时间：", "from": "来源：", "print": "打印本页", "sponsor": "主办单位：",
                   "icp": "京ICP备12345678号"},
    "traditional": {"home": "首頁", "open": "政府資訊", "service": "網上服務", "where": "現在位置：",
                    "published": "發佈時間：", "from": "來源：", "print": "列印本頁", "sponsor": "主辦單位：",
                    "icp": "版權所有"},
}
SITES = {
    "simplified": [("某市人民政府", "政务要闻", "某市人民政府办公室"), ("某省统计局", "数据发布", "某省统计局"),
                   ("某县人民政府", "部门动态", "县融媒体中心")],
    "traditional": [("香港特別行政區政府新聞公報", "新聞公報", "政府新聞處")],
}
#: Words of the page furniture no main text may hold.
FURNITURE = ("hm.baidu.com", "jquery", "javascript", "京ICP备12345678号")

# Dump lines that are no article: (what the line is, the error code it gives).
BAD_LINES = [
    ('{"id": "cut", "title": "抓取中断", "text": "会议要求各部门', "decode_error"),
    ('{"id": "no-text", "title": "缺少正文", "url": "http://www.example.gov.cn/a.html"}', "empty"),
    ('{"id": "number", "text": 20240516}', "decode_error"),
    ('{"id": "list", "text": ["第一段", "第二段"]}', "decode_error"),
    ('{"id": "null", "text": null}', "empty"),
    ('{"id": "blank", "text": " \\n\\t "}', "empty"),
    ('["not", "an", "object"]', "decode_error"),
]
# Titles a spreadsheet would take for formulas, from a hostile or careless crawl.
FORMULA_TITLES = ['=HYPERLINK("http://example.com/","点击查看原文")', "-3%的降幅收窄，全市工业经济稳中有进",
                  "+1 全市新增市场主体持续增长", "@各区县 关于做好防汛工作的通知"]


@dataclass(frozen=True)
class Expected:
    """One record the archive must give, and what the generator knows of it."""

    source: str
    error: str | None = None  # the error code, None for a document
    kind: str = "text"  # text, page or dump: how the record's text is known
    text: str | None = None  # the text the offsets index (for pages: unknown, trafilatura's)
    encoding: str | None = None
    source_id: str | None = None
    page: PageMetadata | None = None  # a dump line's metadata; a generated page's title, date and outlet
    origin: str | None = None  # records of the same origin are equal but for source and encoding


@dataclass
class Entry:
    """One file system entry written: its path in the archive, its case, its records (none: ignored)."""

    path: bytes
    case: str
    records: list[Expected] = field(default_factory=list)
    real: bytes | None = None  # the file a link inside the archive leads to

    def key(self) -> tuple[str, ...]:
        """Where a folder search meets it: depth first, names sorted as the OS gives them."""
        return tuple(os.fsdecode(part) for part in self.path.split(b"/"))


@dataclass
class Archive:
    """The archive's folder and its manifest, written entry by entry."""

    root: Path
    entries: list[Entry] = field(default_factory=list)

    def expected(self) -> list[Expected]:
        """Every record a run over :attr:`root` must give, in order."""
        found, seen = [], set()
        for entry in sorted(self.entries, key=Entry.key):
            real = entry.real or entry.path
            if entry.records and real not in seen:
                seen.add(real)
                found.extend(entry.records)
        return found

    def composition(self) -> Counter[str]:
        """How many entries of each case the archive holds."""
        return Counter(entry.case for entry in self.entries)

    def source(self, path: bytes) -> str:
        """The source that names the entry at ``path`` in records."""
        return source_name(os.fsdecode(os.path.join(os.fsencode(self.root), path)))

    def _place(self, path: bytes) -> bytes:
        full = os.path.join(os.fsencode(self.root), path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        return full

    def file(self, path: str | bytes, data: bytes, case: str, *records: Expected) -> None:
        path = os.fsencode(path)
        with open(self._place(path), "wb") as handle:
            handle.write(data)
        self.entries.append(Entry(path, case, list(records)))

    def link(self, path: str | bytes, target: str, case: str, *records: Expected, real: str | None = None) -> None:
        path = os.fsencode(path)
        os.symlink(target, self._place(path))
        self.entries.append(Entry(path, case, list(records), real.encode() if real else None))

    def text(self, path: str | bytes, release: Release, codec: str, case: str) -> None:
        record = Expected(self.source(os.fsencode(path)), text=release.text, encoding=RECORDED[codec],
                          origin=f"release:{release.name}")
        self.file(path, encode(release.text, codec), case, record)

    def error(self, path: str | bytes, data: bytes, case: str, code: str) -> None:
        self.file(path, data, case, Expected(self.source(os.fsencode(path)), error=code))


@dataclass(frozen=True)
class Release:
    genre: str
    name: str
    text: str

    @property
    def script(self) -> str:
        return "traditional" if self.genre == "hong_kong_macau_taiwan" else "simplified"

    @property
    def headline(self) -> str:
        return first_line(self.text)

    @property
    def page_title(self) -> str:
        """The headline as a page's ``<title>`` holds it: on one line, runs of white space as one space."""
        return " ".join(self.headline.split())

    def fits(self, codec: str) -> bool:
        try:
            encode(self.text, codec)
        except UnicodeEncodeError:
            return False
        return True


@cache
def releases() -> tuple[Release, ...]:
    """The test releases, line endings as written."""
    found = []
    for path in sorted(RELEASES.glob("*/*.txt")):
        with open(path, encoding="utf-8", newline="") as handle:
            found.append(Release(path.parent.name, path.stem, handle.read()))
    return tuple(found)


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def encode(text: str, codec: str) -> bytes:
    if codec == "utf-16-be+bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(codec)


def big5_codec(text: str) -> str:
    """Big5 when it holds the text, else the Hong Kong superset (〇 and other HKSCS characters)."""
    try:
        return "big5" if text.encode("big5") == text.encode("big5hkscs") else "big5hkscs"
    except UnicodeEncodeError:
        return "big5hkscs"


def build_archive(root: Path, outside: Path) -> Archive:
    """Write the archive under ``root`` (links leading out point into ``outside``) and return its manifest."""
    archive = Archive(root)
    for part in (_texts, _pages, _dumps, _junk, _names):
        part(archive)
    _links(archive, outside)
    return archive


def _texts(archive: Archive) -> None:
    for release in releases():
        archive.text(f"releases/{release.genre}/{release.name}.txt", release, "utf-8", "text utf-8")
        copies = SIMPLIFIED_COPIES if release.script == "simplified" else TRADITIONAL_COPIES
        for codec in copies:
            codec = big5_codec(release.text) if codec == "big5" else codec
            if release.fits(codec):
                archive.text(f"encodings/{codec}/{release.name}.txt", release, codec, f"text {codec}")


# ---------------------------------------------------------------- pages


def page_html(release: Release, number: int, charset: str) -> str:
    """``release`` as a government site shows it, with menus, crumbs, footer and scripts."""
    sites = SITES[release.script]
    site, column, outlet = sites[number % len(sites)]
    paragraphs = "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in release.text.splitlines()[1:] if line.strip())
    return PAGE_TEMPLATE.format(
        charset=charset, title=html.escape(release.page_title), site=site, column=column, outlet=outlet,
        date=page_date(number).strftime("%Y-%m-%d %H:%M"), w=WORDS[release.script], paragraphs=paragraphs,
    )


def page_date(number: int) -> datetime:
    return datetime(2024, 1 + number % 12, 1 + number % 28, 8 + number % 10, number % 60)


def _page(archive: Archive, path: str, release: Release, number: int, codec: str, case: str) -> None:
    charset = {"gbk": "gb2312", "utf-16-le": "utf-16", "big5hkscs": "big5"}.get(codec, codec)
    _site, _column, outlet = SITES[release.script][number % len(SITES[release.script])]
    page = PageMetadata(title=release.page_title, published_at=page_date(number), outlet=outlet)
    record = Expected(archive.source(path.encode()), kind="page", encoding=RECORDED[codec], page=page,
                      origin=f"page:{release.name}:{number}")
    archive.file(path, encode(page_html(release, number, charset), codec), case, record)


def _pages(archive: Archive) -> None:
    for name, outcome in REAL_PAGES.items():
        data = (DATA / "pages" / name).read_bytes()
        path = f"pages/saved/{name}"
        if outcome.startswith("error:"):
            archive.error(path, data, "page real", outcome.removeprefix("error:"))
        else:
            archive.file(path, data, "page real", Expected(archive.source(path.encode()), kind="page", encoding=outcome))
    simplified = [r for r in releases() if r.script == "simplified" and r.fits("gbk")]
    for number, release in enumerate(releases()):
        if release.script == "traditional":
            codec = big5_codec(release.text)
        else:
            codec = "gbk" if number % 3 == 0 and release.fits("gbk") else "utf-8"
        suffix = ".htm" if number % 10 == 7 else ".HTML" if number == 11 else ".html"
        _page(archive, f"pages/{release.genre}/{release.name}{suffix}", release, number, codec, f"page {codec}")
    for number, release in enumerate(simplified[:8]):  # the same page saved again in another encoding
        for codec in ("utf-8", "gbk", "utf-16", "utf-16-le") if number < 2 else ("utf-8", "gbk"):
            _page(archive, f"pages/mirror/{release.name}.{codec}.html", release, 100 + number, codec, f"page {codec}")


# ---------------------------------------------------------------- dumps


def dump_line(release: Release, number: int) -> tuple[dict, Expected]:
    """A crawler's record of ``release`` (its fields vary with ``number``) and what it must give, source unset."""
    variant = number % 6
    text = release.text
    body = text.split("\n", 1)[1] if variant == 1 else text  # the headline left in the title only
    date = page_date(number)
    line: dict[str, object] = {"id": f"t{date:%Y%m%d}_{number}", "url": f"http://www.example.gov.cn/c/{number}.html"}
    title = release.headline if variant in (0, 1, 3, 5) else None
    published = date if variant in (0, 1, 2, 5) else None
    if variant == 3:
        line["id"] = 20240000 + number
    if title is not None:
        line["title"] = title
    if published is not None:
        line["pubdate"] = {0: f"{date:%Y-%m-%d %H:%M}", 1: f"{date:%Y-%m-%dT%H:%M:%S}",
                           2: f"{date.year}年{date.month}月{date.day}日", 5: f"{date:%Y-%m-%dT%H:%M:%S}+08:00"}[variant]
        if variant == 2:
            published = published.replace(hour=0, minute=0)
    line["text"] = body
    page = None
    if title is not None or published is not None:
        page = PageMetadata(title=title, published_at=published, headline_in_text=title is None or first_line(body) == title)
    source_id = json.dumps(line["id"]) if variant == 3 else str(line["id"])
    return line, Expected("", kind="dump", text=body, source_id=source_id, page=page)


# One line of a dump: its JSON text, and what it gives (a document, an error code, or None for a blank line).
DumpLine = tuple[str, "Expected | str | None"]


def articles(found: list[Release], first: int = 0) -> list[DumpLine]:
    """The dump lines of ``found``, numbered from ``first`` (see :func:`dump_line`)."""
    pairs = [dump_line(release, first + number) for number, release in enumerate(found)]
    return [(json.dumps(row, ensure_ascii=False), expected) for row, expected in pairs]


def _write_dump(archive: Archive, path: bytes, lines: list[DumpLine], codec: str,
                case: str, origin: str, newline: str = "\n", ascii_only: bool = False) -> None:
    """Lines (JSON text, and the record: a document, an error code, or None for a blank line) as one dump."""
    records, rows = [], []
    for number, (row, outcome) in enumerate(lines, start=1):
        rows.append(json.dumps(json.loads(row)) if ascii_only and isinstance(outcome, Expected) else row)
        source = f"{archive.source(path)}#{number}"
        if isinstance(outcome, Expected):
            records.append(Expected(source, kind="dump", text=outcome.text, encoding=RECORDED[codec],
                                    source_id=outcome.source_id, page=outcome.page, origin=f"{origin}#{number}"))
        elif outcome is not None:
            records.append(Expected(source, error=outcome))
    archive.file(path, encode(newline.join(rows) + newline, codec), case, *records)


def _dumps(archive: Archive) -> None:
    for name, outcomes in REAL_DUMPS.items():
        data = (DATA / "dumps" / name).read_bytes()
        records = []
        for number, raw in enumerate(data.decode("utf-8").split("\n"), start=1):
            source = f"{archive.source(f'dumps/real/{name}'.encode())}#{number}"
            if number in outcomes and outcomes[number] is not None:
                records.append(Expected(source, error=outcomes[number]))
            elif number in outcomes:
                row = json.loads(raw)
                text = re.sub("[\ud800-\udfff]", "\ufffd", row["text"])
                page = PageMetadata(title=row["title"], headline_in_text=first_line(text) == row["title"]) if "title" in row else None
                records.append(Expected(source, kind="dump", text=text, encoding="utf-8", source_id=row["id"], page=page))
        archive.file(f"dumps/real/{name}", data, "dump real", *records)
    gbk = [r for r in releases() if r.script == "simplified" and r.fits("gbk")]
    dumps: list[list[DumpLine]] = []
    for month in range(8):
        lines: list[DumpLine] = []
        for index in range(6):
            number = month * 6 + index
            lines += articles([gbk[(number * 7) % len(gbk)]], number)
            if index in (1, 4):
                bad, code = BAD_LINES[(month * 2 + index // 4) % len(BAD_LINES)]
                lines.append((bad, code))
        lines.insert(3, ("", None) if month % 2 else ("   ", None))  # blank lines count, give nothing
        path = f"dumps/county_{month:02d}/2024{month + 1:02d}.jsonl".encode()
        _write_dump(archive, path, lines, "utf-8", "dump utf-8", path.decode())
        dumps.append(lines)
    for month, lines in enumerate(dumps[:2]):  # the same crawl saved in other ways
        origin = f"dumps/county_{month:02d}/2024{month + 1:02d}.jsonl"
        for label, codec, newline, ascii_only in [
            ("gbk", "gbk", "\n", False), ("utf-16", "utf-16", "\n", False), ("utf-16-le", "utf-16-le", "\n", False),
            ("utf-8-sig", "utf-8-sig", "\n", False), ("crlf", "utf-8", "\r\n", False), ("ascii", "utf-8", "\n", True),
        ]:
            path = f"dumps/copies/2024{month + 1:02d}.{label}.jsonl".encode()
            _write_dump(archive, path, lines, codec, f"dump {label}", origin, newline, ascii_only)
    traditional = [r for r in releases() if r.script == "traditional"]
    lines = articles(traditional)
    codec = big5_codec("".join(r.text for r in traditional))
    for label, data_codec in (("utf-8", "utf-8"), (codec, codec)):
        path = f"dumps/hong_kong/press_releases.{label}.jsonl".encode()
        _write_dump(archive, path, lines, data_codec, f"dump {label}", "dumps/hong_kong")
    special: list[DumpLine] = []
    for index, title in enumerate(FORMULA_TITLES):
        release = gbk[index * 5]
        row = {"id": "-0001" if index == 1 else f"f{index}", "title": title, "text": release.text}
        page = PageMetadata(title=title, headline_in_text=False)
        special.append((json.dumps(row, ensure_ascii=False),
                        Expected("", text=release.text, source_id=row["id"], page=page)))
    path = b"dumps/special/formula_titles.jsonl"
    _write_dump(archive, path, special, "utf-8", "dump formula titles", path.decode())
    long_text = gbk[0].text * (MAX_BYTES // len(gbk[0].text.encode()) + 1)
    oversize = [special[0], (json.dumps({"id": "long", "text": long_text}, ensure_ascii=False), "too_large"),
                special[2]]
    path = b"dumps/special/oversize_line.jsonl"
    _write_dump(archive, path, oversize, "utf-8", "dump line over the limit", path.decode())


# ---------------------------------------------------------------- junk, names, links


def _junk(archive: Archive) -> None:
    release = releases()[0]
    archive.error("junk/empty.txt", b"", "junk empty", "empty")
    archive.error("junk/empty.jsonl", b"", "junk empty", "empty")
    archive.error("junk/blank.html", b" \r\n\t\n", "junk empty", "empty")
    archive.error("junk/bom_only.txt", codecs.BOM_UTF8 + b"  \n", "junk empty", "empty")
    image = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 8
    archive.error("junk/scan_0001.txt", image, "junk binary", "binary")
    archive.error("junk/logo.html", image, "junk binary", "binary")
    archive.error("junk/bad_bom.txt", codecs.BOM_UTF8 + "会议要求各部门".encode("gbk"), "junk undecodable", "decode_error")
    big = release.text.encode() * (MAX_BYTES // len(release.text.encode()) + 1)
    archive.error("junk/too_large.txt", big, "junk too large", "too_large")
    page = page_html(release, 0, "utf-8").encode()
    archive.error("junk/too_large.html", page * (MAX_BYTES // len(page) + 1), "junk too large", "too_large")
    for name in ("说明.md", "attachments/附件1.pdf", "attachments/附件2.docx", "data.json", "page.html.bak",
                 "README", "archive.txt.gz"):
        archive.file(f"junk/{name}", b"%PDF-1.4\n" if name.endswith(".pdf") else release.text.encode(), "ignored")


def _names(archive: Archive) -> None:
    news = [r for r in releases() if r.genre == "news" and r.fits("gbk")]
    archive.text("names/政务公开/通知 公告 2024.txt", news[0], "utf-8", "name spaces, Chinese")
    archive.text("names/line\nbreak.txt", news[1], "utf-8", "name newline")
    archive.text("names/NOTICE.TXT", news[2], "utf-8", "name upper-case suffix")
    archive.text("names/.hidden.txt", news[3], "utf-8", "name hidden")
    archive.text(b"names/\xd5\xfe\xb8\xae\xb9\xab\xb8\xe6.txt", news[4], "gbk", "name not UTF-8")  # 政府公告 in GBK
    archive.text(b"names/\xb2\xbf\xc3\xc5/notice.txt", news[5], "gb18030", "name not UTF-8")  # 部门/ in GBK
    path = b"names/\xb6\xaf\xcc\xac.jsonl"  # 动态.jsonl in GBK
    _write_dump(archive, path, articles(news[6:8], 6), "utf-8", "name not UTF-8", f"names:{path!r}")


def _links(archive: Archive, outside: Path) -> None:
    first, second = releases()[1], releases()[2]
    target = f"releases/{first.genre}/{first.name}.txt"
    record = Expected(archive.source(b"links/00_latest.txt"), text=first.text, encoding="utf-8",
                      origin=f"release:{first.name}")
    archive.link("links/00_latest.txt", f"../{target}", "link to a file inside, before it", record,
                 real=target)
    again = f"releases/{second.genre}/{second.name}.txt"
    record = Expected(archive.source(b"zz_mirror/again.txt"), text=second.text, encoding="utf-8")
    archive.link("zz_mirror/again.txt", f"../{again}", "link to a file inside, after it", record,
                 real=again)
    (outside / "elsewhere").mkdir(parents=True, exist_ok=True)
    (outside / "elsewhere" / "secret.txt").write_text(first.text, encoding="utf-8")
    archive.link("links/outside_folder", str(outside / "elsewhere"), "link to a folder outside",
                 Expected(archive.source(b"links/outside_folder"), error="unreadable"))
    archive.link("links/outside.txt", str(outside / "elsewhere" / "secret.txt"), "link to a file outside",
                 Expected(archive.source(b"links/outside.txt"), error="unreadable"))
    archive.link("links/loop/back", "..", "link loop", Expected(archive.source(b"links/loop/back"), error="unreadable"))
    archive.link("links/gone.txt", "deleted.txt", "link dangling", Expected(archive.source(b"links/gone.txt"), error="not_found"))
    archive.link("links/gone.md", "deleted.md", "ignored")
