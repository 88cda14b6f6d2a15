"""Assembly: run the metadata stages in reading order and build :class:`Metadata`.

Stage: the original text and its folded view come in; :class:`Metadata` goes
out.  The order is the page's: the lines (:mod:`.header_lines`), the headline
and subtitle (:mod:`.title`), the header under them (:mod:`.header`), the title
settled, the tail (:mod:`.tail`) and so the body bounds, then the body's
dateline, bylines and signature (:mod:`.body`), and last the labels of the
tail; every field goes through the :class:`~.collector.Collector`, where the
first source to give a field wins.

Why our own code: the order of the stages is the order of precedence between
sources (a header label before a dateline before a signature), which is the
domain rule of this package.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..models import PageMetadata
from ..normalize import fold  # noqa: F401  (the doctest of find_metadata calls it)
from .body import read_body, signature_date
from .collector import Collector
from .header import read_header
from .header_dates import first_date_in
from .header_lines import split_lines
from .tail import closing_end, find_body_end, tail_field_spans
from .title import choose_title, find_headline, page_top


@dataclass(frozen=True)
class Metadata:
    """What the page says about itself; offsets index the original text."""

    title: str | None
    title_start: int | None
    title_end: int | None
    published_at: datetime | None
    outlet: str | None
    editor: str | None
    chief_editor: str | None
    author: str | None
    body_start: int
    body_end: int
    subtitle: str | None = None
    subtitle_start: int | None = None
    subtitle_end: int | None = None
    reporters: tuple[str, ...] = ()
    photographer: str | None = None
    dateline: str | None = None
    dateline_start: int | None = None
    dateline_end: int | None = None


def find_metadata(text: str, folded: str, *, page: PageMetadata | None = None) -> Metadata:
    """Find the title, header fields, bylines and body bounds of ``text``.

    ``folded`` must be ``fold(text)``; a folded text of another length is refused with ``ValueError``.
    ``page`` is what a saved page or dump line says outside the text: a line
    repeating its title is the headline, and when ``page.headline_in_text``
    is false no other line is taken for one.

    >>> text = "标题在这里\\n2023-02-03 14:05:57来源: 国际在线编辑: 侯艳艳\\n正文。\\n版权声明\\n"
    >>> meta = find_metadata(text, fold(text))
    >>> meta.title, meta.outlet, meta.editor, meta.published_at.isoformat()
    ('标题在这里', '国际在线', '侯艳艳', '2023-02-03T14:05:57')
    >>> text[meta.body_start:meta.body_end]
    '正文。\\n'
    """
    if not isinstance(text, str):
        raise TypeError(f"find_metadata() takes the text as a str, not {type(text).__name__}")
    if not isinstance(folded, str):
        raise TypeError(f"find_metadata() takes the folded text as a str, not {type(folded).__name__}")
    if len(folded) != len(text):
        raise ValueError("folded must be fold(text): the lengths differ")
    view = folded
    lines = split_lines(view)
    collector = Collector(text, view)

    top = page_top(view, lines)  # the page title is read once, the furniture above it skipped once
    suffixed = top[1]
    title, subtitle, index = find_headline(
        view,
        lines,
        page_title=page.title if page is not None else None,
        headline_in_text=page.headline_in_text if page is not None else True,
        top=top,
    )

    subtitle_line = lines[index - 1] if subtitle is not None else None
    index = read_header(collector, lines, index, title, subtitle_line)
    title = choose_title(view, title, collector.spans.get("title"))
    body_start = lines[index][0] if index < len(lines) else len(text)
    body_end = find_body_end(view, lines, index, len(text))
    body_end = max(body_start, body_end)

    dateline = read_body(collector, lines, index, body_end)
    if collector.published_at is None and subtitle is not None:
        found = first_date_in(view, *subtitle)  # ——2024年1月9日在…会议上: the report's own date
        collector.put_date(found.value if found else None)
    if collector.published_at is None:
        collector.put_date(signature_date(view, lines, index, closing_end(view, lines, body_end)))
    for span in tail_field_spans(view, lines, body_end):
        collector.read_fields(*span)

    if collector.issuer is not None:
        collector.put("outlet", collector.issuer)  # the issuer line under the title, unless a label named the outlet
    for fallback in ("issuing_body", "issuing_authority"):  # an information table's 发布机构, else its 发文机关
        if fallback in collector.spans:
            collector.put("outlet", collector.spans[fallback])
    if suffixed is not None:
        collector.put("outlet", suffixed[1][1])  # no 来源 named: the site of the page title's suffix
    values = collector.values
    author = values.get("author") or collector.reporter_surface
    return Metadata(
        title=text[title[0] : title[1]] if title else None,
        title_start=title[0] if title else None,
        title_end=title[1] if title else None,
        published_at=collector.published_at,
        outlet=values.get("outlet"),
        editor=values.get("editor"),
        chief_editor=values.get("chief_editor"),
        author=author,
        body_start=body_start,
        body_end=body_end,
        subtitle=text[subtitle[0] : subtitle[1]] if subtitle else None,
        subtitle_start=subtitle[0] if subtitle else None,
        subtitle_end=subtitle[1] if subtitle else None,
        reporters=tuple(collector.reporters),
        photographer=values.get("photographer"),
        dateline=text[dateline[0] : dateline[1]] if dateline else None,
        dateline_start=dateline[0] if dateline else None,
        dateline_end=dateline[1] if dateline else None,
    )

