"""Saved web pages: an ``.html`` file in, the article's main text and what the page says about it out.

In: the bytes of a saved page (or its decoded text, for standard input).
Out: one :class:`~govextract.batch.sources.SourceText` whose ``text`` is the
page's main text (``keep_text``, since the record's offsets index it, not
the file) and whose ``page`` holds the page's own title, publication time and
site, or an :class:`~govextract.errors.ExtractionFailure` naming the page and
the reason.

The main text and metadata come from trafilatura (the optional extra
``govextract[html]``): menus, breadcrumbs, share buttons, footers (主办单位,
ICP备) and scripts are left out, tables are kept as ``| a | b |`` rows, one
per line, and the date is read from the page's markup only (no guessing from
a year in the footer). Two rules of the genre are ours, because trafilatura
does not know Chinese government sites:

* the metadata every 政府网站 page carries by the national specification,
  ``<meta name="ArticleTitle">`` and ``<meta name="ContentSource">`` (the
  来源), win over the generic title and site name;
* a ``<table>`` laid out as the page (one holding another table or a block
  such as a ``div`` or a heading, as older county sites are built) is
  unwrapped before extraction, otherwise the whole page reads as one table
  row; data tables inside it stay tables.

A page whose main text is empty, or only short lines without a sentence or a
table row (a column's list of links, an error page), is an ``empty`` error.
The bytes are decoded as any file's, with the charset the page declares
tried after strict UTF-8.
"""

from __future__ import annotations

import re
from datetime import datetime
from types import ModuleType
from typing import Any

from ..errors import EmptyFileError, ExtractionError, ExtractionFailure, InputError, UnreadableError
from ..metadata import parse_datetime, repeats_title
from ..models import PageMetadata
from .decoding import Decoded
from .names import PathArgument, source_name
from .reading import decode_text, read_bytes
from .sources import DEFAULT_MAX_BYTES, SourceItem, SourceText

#: File suffixes read as saved pages, compared case-insensitively.
PAGE_SUFFIXES = (".html", ".htm")

#: What to install when trafilatura is missing.
HTML_EXTRA = 'pip install "govextract[html]"'

# <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">,
# looked for in the first bytes of the page, as browsers do.
_DECLARED_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_PRESCAN_BYTES = 4096

# Elements that make a table page layout rather than data.
_LAYOUT_BLOCKS = frozenset({"table", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "form"})
_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")

# A main text is an article when a line ends a sentence, is a table row, or is long.
_SENTENCE_MARKS = "。！？；!?;"
_LONG_LINE = 40

# htmldate reads the publication date from the markup only, the original one first.
_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
_DATE_PARAMETERS = {"extensive_search": False, "original_date": True, "outputformat": _DATE_FORMAT}


def read_page(path: PathArgument, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> SourceItem:
    """The article of the saved page at ``path``, or the failure that names why there is none."""
    source = source_name(path)
    try:
        data = read_bytes(path, max_bytes)
        decoded = decode_text(data, source, encoding=encoding, declared=declared_charset(data))
    except InputError as error:
        return error.to_failure()
    return page_item(source, decoded)


def declared_charset(data: bytes) -> str | None:
    """The charset a page's ``<meta>`` declares in its first bytes, or None.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />')
    'gb2312'
    """
    match = _DECLARED_CHARSET.search(data, 0, _PRESCAN_BYTES)
    return match.group(1).decode("ascii").lower() if match else None


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts as an HTML document does (``<!DOCTYPE html``, ``<html``).

    >>> looks_like_html("\\n<!doctype html><html>"), looks_like_html("市政府召开常务会议")
    (True, False)
    """
    head = text.lstrip("\ufeff \t\r\n")[:64].lower()
    return head.startswith(("<!doctype html", "<html"))


def page_item(source: str, decoded: Decoded) -> SourceItem:
    """The article of a page already decoded: its main text and metadata, or a failure."""
    trafilatura = _trafilatura(source)
    if isinstance(trafilatura, ExtractionFailure):
        return trafilatura
    try:
        tree = trafilatura.load_html(decoded.text)
        if tree is None:
            raise ValueError("the document has no HTML element")
        named = _government_metadata(tree)
        _unwrap_layout_tables(tree)
        result = trafilatura.bare_extraction(
            tree,
            include_tables=True,
            include_comments=False,
            with_metadata=True,
            date_extraction_params=_DATE_PARAMETERS,
        )
    except Exception as error:  # a parser bug must not stop the batch
        detail = " ".join(str(error).split())[:200]
        reason = f"the page could not be read as HTML ({type(error).__name__}{': ' + detail if detail else ''})"
        return ExtractionError(source, reason).to_failure()
    text = getattr(result, "text", None) or ""
    if not _is_article(text):
        reason = "the page holds no article text (only menus, links or nothing at all)" if text.strip() else (
            "the page holds no main text"
        )
        return EmptyFileError(source, reason).to_failure()
    title = named.get("articletitle") or _clean(getattr(result, "title", None))
    page = PageMetadata(
        title=title,
        published_at=_published_at(getattr(result, "date", None)),
        outlet=named.get("contentsource") or _clean(getattr(result, "sitename", None)) or named.get("sitename"),
        headline_in_text=title is None or repeats_title(_first_line(text), title),
    )
    return SourceText(source=source, text=text, encoding=decoded.encoding, page=page, keep_text=True)


def _trafilatura(source: str) -> ModuleType | ExtractionFailure:
    try:
        import trafilatura
    except ImportError as error:
        reason = f"reading saved pages needs the optional extra html ({error}): {HTML_EXTRA}"
        return UnreadableError(source, reason).to_failure()
    return trafilatura


def _government_metadata(tree: Any) -> dict[str, str]:
    """The ``<meta name=... content=...>`` pairs of the page, names in lower case."""
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        name = (element.get("name") or "").strip().lower()
        content = _clean(element.get("content"))
        if name and content and name not in found:
            found[name] = content
    return found


def _unwrap_layout_tables(tree: Any) -> None:
    """Turn the tables that lay the page out into ``div``s, keeping the data tables inside them."""
    layout = [
        table for table in tree.iter("table")
        if any(element.tag in _LAYOUT_BLOCKS for element in table.iterdescendants() if isinstance(element.tag, str))
    ]
    renamed = []
    for table in layout:
        renamed.append(table)
        renamed.extend(part for part in table.iterdescendants(*_TABLE_PARTS) if next(part.iterancestors("table")) is table)
    for element in renamed:
        element.tag = "div"


def _is_article(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines()]
    return any(
        line.startswith("|") or len(line) >= _LONG_LINE or any(mark in line for mark in _SENTENCE_MARKS)
        for line in lines
    )


def _first_line(text: str) -> str:
    return next((line for line in text.splitlines() if line.strip()), "")


def _published_at(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.strptime(value.strip(), _DATE_FORMAT)
    except ValueError:
        return parse_datetime(value)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
