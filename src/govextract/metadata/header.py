"""The header: the run of lines between the headline and the body.

Stage: the lines of the page, the index of the first line after the headline
(and subtitle) and the :class:`~.collector.Collector` come in; each header
line -- ``label: value`` lines and their 政府信息公开 table cells, date-led
lines, the issuer above them, WeChat account lines, crumbs, noise, document
numbers, bylines, the title written again -- is read into the collector, and
the index of the first line that is none of these, the first body line, goes
out.

Why our own code: the header conventions of government sites and outlets are
the domain; each kind of line is told by :mod:`.header_lines` and
:mod:`.byline`.

Package-internal API: :func:`read_header`.
"""

from __future__ import annotations

from ..lexicon import metadata as lex
from .byline import parse_byline
from .collector import Collector
from .header_dates import first_date_in
from .header_lines import (
    date_led,
    is_account_line,
    is_bare_label,
    is_crumb,
    is_document_number,
    is_issuer,
    is_label_led,
    is_metadata_line,
    is_noise,
)
from .text import Span, same_text, trimmed


def read_header(
    collector: Collector, lines: list[Span], index: int, title: Span | None, subtitle: Span | None = None
) -> int:
    """Read header lines from ``index`` on; return the index of the first body line.

    A title or subtitle repeated under the header is skipped, and so is a
    title given by a ``标题:`` label when it is written again as a headline.
    """
    view = collector.view
    while index < len(lines):
        line = lines[index]
        repeated = [span for span in (title, subtitle, collector.spans.get("title")) if span is not None]
        if is_metadata_line(view, *line):
            following = lines[index + 1] if index + 1 < len(lines) else None
            if following is not None and is_bare_label(view, *line) and not is_label_led(view, *following):
                collector.read_fields(*line, continuation=following)
                index += 1
            else:
                collector.read_fields(*line)
        elif any(same_text(view, line, span) for span in repeated):
            pass
        elif is_issuer(view, line) and index + 1 < len(lines) and is_metadata_line(view, *lines[index + 1]):
            if collector.issuer is None:  # 某省统计局 above the release date: the issuer of the page
                collector.issuer = trimmed(view, *line)
        elif is_issuer(view, line) and index > 0 and date_led(view, *lines[index - 1]) is not None:
            if collector.issuer is None:  # 2024年5月31日 16:45 / 統計暨普查局: the issuer under the date
                collector.issuer = trimmed(view, *line)
        elif is_account_line(view, *line):
            found = first_date_in(view, *line)
            collector.put_date(found.value if found else None)
        elif is_crumb(view, *line) or is_noise(view, *line, need_word=False) or is_document_number(view, *line):
            pass
        elif _is_briefing_line(view, *line):
            pass  # 地点：…, 出席：…: the header block of a transcript
        else:
            byline = parse_byline(view, *line)
            if byline is None:
                break
            collector.put_byline(byline)
        index += 1
    return index



def _is_briefing_line(view: str, start: int, end: int) -> bool:
    """A line of a transcript's header block: 地点：省政府新闻发布厅, 出席：…；…."""
    if end - start > lex.MAX_HEADER_LINE:
        return False
    for label in lex.BRIEFING_HEADER_LABELS:
        if view.startswith(label, start):
            rest = start + len(label)
            while rest < end and view[rest] in " \t":
                rest += 1
            if view.startswith(":", rest):
                return True
    return False
