"""One self-contained HTML page showing a release with its records: :func:`render`.

In: a :class:`~govextract.models.Document` and the text its offsets index.
Out: a page (a string) with nothing to fetch — the style and the small script
are inline, and a Content-Security-Policy lets no other script run — that
shows the title and metadata in a header table, a legend, the text with
every mention highlighted (quantities coloured by kind, programs, 《》
documents, dates; subjects, periods and bases underlined; themes as headings
with their section's keywords; points marked; the boilerplate tail greyed),
and a side panel listing the quantities as a sortable table whose rows jump
to their mention. Every string that comes from the input is escaped, in
text and in attributes alike.

The marks and their nesting are :mod:`.spans`'s; the words about each
quantity are :mod:`.records`'s; the style and script are the package data
files ``view.css`` and ``view.js``.
"""

from __future__ import annotations

import base64
import bisect
import functools
import hashlib
import html
import itertools
from dataclasses import dataclass, field
from importlib import resources

from ..layout import display_text
from ..models import Document, QuantityKind
from ..normalize import fold
from .records import COLUMNS, row_cells, tip_lines
from .spans import Mark, Node, document_marks, nest, settle_cuts, split_crossing

#: What the legend names, besides the quantity kinds: (class, label).
OTHER_MARKS = (
    ("program", "program “…”"),
    ("doc", "document 《…》"),
    ("date", "date"),
    ("subject", "subject"),
    ("period", "period"),
    ("basis", "basis"),
    ("point", "point"),
)

_CLASSES = {
    "document": "doc",
    "title": "title-mark",
    "point-label": "point-label",
}

_NUMERIC_COLUMNS = {0, 1, 2}


def render(document: Document, text: str | None = None) -> str:
    """The release as one self-contained HTML page with its records highlighted.

    ``text`` is the string the offsets index; it defaults to the record's own
    ``text`` (set for saved pages and dump lines, or with
    ``include_text=True``). ``ValueError`` if there is neither, or if the
    record's spans do not read from ``text``.

    >>> import govextract
    >>> text = "全省网上可办率达到90%以上。"
    >>> page = govextract.render(govextract.extract(text), text)
    >>> page.startswith("<!doctype html>"), 'data-kind="percent"' in page
    (True, True)
    """
    text = _text_of(document, text)
    cuts = settle_cuts(_cut_positions(document), ((q.start, q.end) for q in document.quantities))
    pieces = split_crossing(document_marks(document), cuts)
    body = _Body(document, text, cuts)
    title = document.title or document.source or "govextract"
    return "".join(
        [
            f'<!doctype html>\n<html lang="{script_tag(text)}">\n<head>\n<meta charset="utf-8">\n',
            f'<meta http-equiv="Content-Security-Policy" content="{_policy()}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            '<meta name="generator" content="govextract">\n',
            f"<title>{_esc(title)}</title>\n<style>{_asset('view.css')}</style>\n</head>\n<body>\n",
            _header(document, text),
            '<div class="layout">\n<main id="text" class="text" aria-label="release text">\n',
            body.write(pieces),
            "</main>\n",
            _panel(document, text),
            "</div>\n",
            f"<script>{_asset('view.js')}</script>\n</body>\n</html>\n",
        ]
    )


def script_tag(text: str) -> str:
    """``zh-Hant`` for a release in traditional characters (the fonts pick their glyphs by it), else ``zh-Hans``.

    A release is traditional when folding turns at least three of its Chinese
    characters, and one in a hundred, into simplified ones.

    >>> script_tag("澳門特區政府公佈「智慧城市」發展成效"), script_tag("山东省数字政府发展指数列省域前三")
    ('zh-Hant', 'zh-Hans')
    """
    folded = fold(text)
    chinese = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    changed = sum(1 for a, b in zip(text, folded, strict=True) if a != b and "\u4e00" <= a <= "\u9fff")
    return "zh-Hant" if changed >= 3 and changed * 100 >= chinese else "zh-Hans"


def _text_of(document: Document, text: str | None) -> str:
    if not isinstance(document, Document):
        raise TypeError(f"render takes a govextract.Document, not {type(document).__name__}")
    if text is None:
        if document.text is None:
            raise ValueError("this record carries no text: pass the text its offsets index, render(document, text)")
        text = document.text
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    errors = document.span_errors(text)
    if errors:
        raise ValueError(f"the record does not index this text: {errors[0]}")
    return text


# ---------------------------------------------------------------- assets


@functools.cache
def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _policy() -> str:
    """Nothing fetched, no script but ours: inline style, and our script by its hash."""
    digest = base64.b64encode(hashlib.sha256(_asset("view.js").encode("utf-8")).digest()).decode("ascii")
    return f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; img-src data:"


# ---------------------------------------------------------------- escaping


def _esc(value: object) -> str:
    """``value`` as HTML text or attribute value: & < > " ' escaped; a carriage return kept as a reference."""
    return html.escape(str(value), quote=True).replace("\r", "&#13;")


def _attrs(**values: object) -> str:
    """Attributes from keywords (``data_kind`` -> ``data-kind``); None values left out."""
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{_esc(value)}"' for name, value in values.items() if value is not None
    )


# ---------------------------------------------------------------- header, legend, panel


def _header(document: Document, text: str) -> str:
    rows = [
        ("title", document.title),
        ("subtitle", document.subtitle),
        ("published", document.published_at.isoformat() if document.published_at else None),
        ("outlet 来源", document.outlet),
        ("editor 编辑", document.editor),
        ("chief editor 责编", document.chief_editor),
        ("author 作者", document.author),
        ("reporters", "、".join(document.reporters) or None),
        ("photographer", document.photographer),
        ("dateline", document.dateline),
        ("source", document.source),
        ("source id", document.source_id),
        ("encoding", document.encoding),
        (
            "records",
            " · ".join(
                _count(number, word)
                for number, word in (
                    (len(text), "character"),
                    (len(document.sections), "section"),
                    (len(document.quantities), "quantity"),
                    (len(document.programs), "program"),
                    (len(document.documents), "document"),
                    (len(document.dates), "date"),
                )
            ),
        ),
    ]
    cells = "".join(f'<tr><th scope="row">{_esc(k)}</th><td>{_esc(v)}</td></tr>' for k, v in rows if v is not None)
    heading = _esc(display_text(document.title)) if document.title else "<i>untitled release</i>"
    return (
        f'<header class="top">\n<h1>{heading}</h1>\n<table class="meta" aria-label="metadata">{cells}</table>\n'
        f"{_legend()}</header>\n"
    )


def _count(number: int, word: str) -> str:
    plural = "quantities" if word == "quantity" else f"{word}s"
    return f"{number:,} {word if number == 1 else plural}"


def _legend() -> str:
    kinds = "".join(f'<li><span class="sw k-{kind.value}">{kind.value}</span></li>' for kind in QuantityKind)
    others = "".join(f'<li><span class="sw {cls}">{_esc(label)}</span></li>' for cls, label in OTHER_MARKS)
    return (
        '<div class="legend" aria-label="legend"><span class="legend-head">quantities:</span>'
        f'<ul>{kinds}</ul><span class="legend-head">other:</span><ul>{others}'
        '<li><span class="sw tail-sw">boilerplate tail</span></li></ul></div>\n'
    )


def _panel(document: Document, text: str) -> str:
    heads = "".join(
        f'<th scope="col"><button type="button" data-col="{i}" data-num="{int(i in _NUMERIC_COLUMNS)}">'
        f"{_esc(name)}</button></th>"
        for i, name in enumerate(COLUMNS)
    )
    rows = []
    for index, quantity in enumerate(document.quantities):
        cells = []
        for column, cell in enumerate(row_cells(index, quantity, text)):
            shown = _esc(display_text(cell.text))
            if column == 1:
                shown = f'<a class="jump" href="#q{index}">{shown}</a>'
            cells.append(f"<td{_attrs(data_key=cell.key)}>{shown}</td>")
        rows.append(f'<tr id="row-q{index}">{"".join(cells)}</tr>')
    return (
        '<aside class="panel" aria-labelledby="panel-head">\n'
        f'<h2 id="panel-head">Quantities ({len(document.quantities)})</h2>\n'
        '<p class="hint">Sort by a column with its button; a mention jumps to its place in the text '
        "(Enter on a highlighted quantity comes back here).</p>\n"
        f'<table id="qtable"><thead><tr>{heads}</tr></thead>\n<tbody>{"".join(rows)}</tbody></table>\n</aside>\n'
    )


# ---------------------------------------------------------------- the text


def _cut_positions(document: Document) -> list[int]:
    cuts = [document.body_start, document.body_end]
    cuts.extend(section.start for section in document.sections)
    return [cut for cut in cuts if 0 < cut < document.length]


@dataclass
class _Segment:
    start: int
    end: int
    sections: list[int] = field(default_factory=list)
    pieces: list[Mark] = field(default_factory=list)


class _Body:
    """The text cut into blocks — the header lines, each section's stretch, the tail — each with its marks."""

    def __init__(self, document: Document, text: str, cuts: list[int]) -> None:
        self.document = document
        self.text = text
        edges = [0, *[cut for cut in cuts if 0 < cut < len(text)], len(text)]
        self.segments = [_Segment(start, end) for start, end in itertools.pairwise(edges) if end > start]
        self.starts = [segment.start for segment in self.segments]
        for section in document.sections:
            at = bisect.bisect_right(self.starts, section.start) - 1
            if at >= 0:
                self.segments[at].sections.append(section.index)

    def write(self, pieces: list[Mark]) -> str:
        for piece in pieces:
            self.segments[bisect.bisect_right(self.starts, piece.start) - 1].pieces.append(piece)
        return "".join(self._segment(segment) for segment in self.segments)

    def _segment(self, segment: _Segment) -> str:
        if segment.start >= self.document.body_end:
            area, label = "tail", '<div class="tail-label">boilerplate tail (from body_end)</div>'
        elif segment.start < self.document.body_start:
            area, label = "head", ""
        else:
            area, label = "body", ""
        heads = "".join(self._section_head(index) for index in segment.sections)
        out: list[str] = []
        self._inline(segment.start, segment.end, nest(segment.pieces), out, top=True)
        return f'<div class="seg {area}">{label}{heads}<div class="txt">{"".join(out)}</div></div>\n'

    def _section_head(self, index: int) -> str:
        section = self.document.sections[index]
        keywords = "".join(f'<li class="kw">{_esc(word)}</li>' for word in section.keywords)
        theme = "" if section.theme else '<span class="untitled">untitled</span> '
        marker = f"{_esc(section.marker)} " if section.marker else ""
        return (
            f'<div class="sec-head lvl-{section.level}" id="sec-{section.index}">'
            f'<span class="sec-no">§{section.index} · level {section.level}</span> {marker}{theme}'
            f'<ul class="kws" aria-label="keywords">{keywords}</ul></div>'
        )

    def _inline(self, start: int, end: int, nodes: list[Node], out: list[str], *, top: bool = False) -> None:
        position = start
        for node in nodes:
            out.append(_esc(self.text[position : node.mark.start]))
            out.append(self._open(node.mark))
            self._inline(node.mark.start, node.mark.end, node.children, out)
            out.append("</span>")
            position = node.mark.end
        rest = self.text[position:end]
        kept = rest.rstrip() if top else rest
        out.append(_esc(kept))
        if len(kept) < len(rest):  # the blank lines before the next block: in the text, but not shown as space
            out.append(f'<span class="ws">{_esc(rest[len(kept):])}</span>')

    def _open(self, mark: Mark) -> str:
        part = " part" if mark.part else ""
        if mark.category == "quantity" and mark.ref is not None:
            return self._quantity(mark, part)
        cls = _CLASSES.get(mark.category, mark.category)
        extra: dict[str, object] = {}
        if mark.category == "date" and mark.ref is not None:
            date = self.document.dates[mark.ref]
            extra["title"] = f"date: {date.value or 'unresolved'} ({date.granularity.value})"
        elif mark.category == "program" and mark.ref is not None:
            program = self.document.programs[mark.ref]
            extra["title"] = f"{program.category.value}" + (f" · head {program.head}" if program.head else "")
        elif mark.category == "document":
            extra["title"] = "document cited in 《》"
        elif mark.category in ("subject", "period", "basis"):
            extra["title"] = mark.category
        elif mark.category == "theme" and mark.ref is not None:
            extra["role"] = "heading"
            extra["aria_level"] = min(self.document.sections[mark.ref].level + 1, 6)
        return f'<span class="m {cls}{part}"{_attrs(**extra)}>'

    def _quantity(self, mark: Mark, part: str) -> str:
        assert mark.ref is not None
        quantity = self.document.quantities[mark.ref]
        first = mark.start == quantity.start
        return (
            f'<span class="m q k-{quantity.kind.value}{part}"'
            + _attrs(
                id=f"q{mark.ref}" if first else None,
                tabindex=0 if first else None,
                data_index=mark.ref,
                data_kind=quantity.kind.value,
                data_value=quantity.value,
                data_unit=quantity.unit,
                data_approx=quantity.approx.value,
                data_qualifier=quantity.qualifier,
                data_subject=quantity.subject,
                data_period=quantity.period,
                data_basis=quantity.basis.value if quantity.basis else None,
                data_tip="\n".join(tip_lines(quantity, self.text)),
                aria_describedby=f"row-q{mark.ref}" if first else None,
            )
            + ">"
        )
