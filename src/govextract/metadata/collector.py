"""The collector: the header fields found so far, whichever stage found them.

Stage: the header, body and tail readers hand it spans of the folded text --
``label: value`` lines (:meth:`Collector.read_fields`), bylines, dates, a bare
outlet name; it cleans each value (page furniture after it, trimming marks,
unbalanced brackets) and keeps the first value given for each field, sliced
from the original text.  :func:`govextract.metadata.find_metadata` turns what
it holds into :class:`~govextract.metadata.Metadata`.

Why our own code: "the first source wins" and the order of the sources is the
domain rule (a header label before a dateline before a signature); the label
names map to fields through :mod:`govextract.lexicon.metadata`.

Package-internal API: :class:`Collector`.
"""

from __future__ import annotations

from datetime import datetime

from ..lexicon import metadata as lex
from .byline import Byline, parse_byline
from .header_dates import dates_in, first_date_in
from .header_lines import date_led, is_outlet_name, label_fields, label_matches, label_name, value_stop_pattern
from .text import SPACES, Span, trimmed

_VALUE_TRIM = SPACES + ":;,.。、|/\\-—_·\"'“”‘’"


class Collector:
    """Fields found so far; the first source to give a field wins."""

    def __init__(self, text: str, view: str) -> None:
        self.text = text
        self.view = view
        self.values: dict[str, str] = {}
        self.spans: dict[str, Span] = {}
        self.published_at: datetime | None = None
        self.reporters: list[str] = []
        self.reporter_surface: str | None = None
        self.issuer: Span | None = None

    def put(self, name: str, span: Span, max_length: int = lex.MAX_VALUE_LENGTH) -> None:
        cleaned = _clean_value(self.view, *span, max_length=max_length)
        if cleaned is not None and name not in self.values:
            self.values[name] = self.text[cleaned[0] : cleaned[1]]
            self.spans[name] = cleaned

    def put_date(self, value: datetime | None) -> None:
        if self.published_at is None and value is not None:
            self.published_at = value

    def put_byline(self, byline: Byline) -> None:
        if byline.authors:
            self.put("author", (byline.authors[0][0], byline.authors[-1][1]))
        if byline.photographers:
            self.put("photographer", (byline.photographers[0][0], byline.photographers[-1][1]))
        if byline.reporters:
            for start, end in byline.reporters:
                name = self.text[start:end]
                if name not in self.reporters:
                    self.reporters.append(name)
            if self.reporter_surface is None:
                self.reporter_surface = self.text[byline.reporters[0][0] : byline.reporters[-1][1]]

    def put_bare_outlet(self, start: int, end: int) -> None:
        """Take an unlabelled organization name after a header date as the outlet."""
        if is_outlet_name(self.view, start, end):
            self.put("outlet", trimmed(self.view, start, end))

    def read_fields(self, start: int, end: int, continuation: Span | None = None) -> None:
        """Read every ``label: value`` pair of a header line.

        ``continuation`` is the next line, the value of a label that ends the
        line without one (a table cell scraped onto its own line).
        """
        view = self.view
        labels = label_matches(view, start, end)
        fields = label_fields()
        dates: list[tuple[str, datetime | None]] = []
        ignored: list[Span] = []
        for position, match in enumerate(labels):
            value_end = labels[position + 1].start() if position + 1 < len(labels) else end
            value = (match.end(), value_end)
            if continuation is not None and position + 1 == len(labels) and not view[value[0] : value[1]].strip():
                value = continuation
            name = fields[label_name(match)]
            if name == "published_at":
                found = first_date_in(view, *value)
                dates.append((label_name(match), found.value if found else None))
            elif name == "reporter":
                byline = parse_byline(view, *trimmed(view, *value), role="reporter")
                if byline is not None:
                    self.put_byline(byline)
            elif name == "photographer":
                self.put("photographer", value)
            elif name == "ignored":
                ignored.append(value)
            elif name == "title":
                ignored.append(value)  # a date in a title is no publication date
                self.put("title", value, max_length=lex.TITLE_MAX_LENGTH)
            else:
                date = first_date_in(view, *value)
                self.put(name, (value[0], date.start) if date else value)
        priority = lex.FIELD_LABELS["published_at"]
        for _, when in sorted(dates, key=lambda item: priority.index(item[0])):
            self.put_date(when)
        led = date_led(view, start, end)
        if led is not None:
            self.put_date(led.value)
            if not labels:
                self.put_bare_outlet(led.end, end)
        for date in dates_in(view, start, end):
            if not any(a <= date.start < b for a, b in ignored):
                self.put_date(date.value)


def _clean_value(view: str, start: int, end: int, max_length: int = lex.MAX_VALUE_LENGTH) -> Span | None:
    """Cut a header value at page furniture and trim marks; ``None`` when nothing is left."""
    start = trimmed(view, start, end)[0]  # a tab after the colon is layout, not the end of the value
    stop = value_stop_pattern().search(view, start, end)
    if stop is not None:
        end = stop.start()
    for _ in range(3):
        while start < end and view[start] in _VALUE_TRIM:
            start += 1
        while end > start and view[end - 1] in _VALUE_TRIM:
            end -= 1
        inner = view[start:end]
        if inner.endswith(")") and inner.count("(") < inner.count(")"):
            end -= 1
        elif inner.startswith("(") and inner.count("(") > inner.count(")"):
            start += 1
        else:
            break
    if start >= end or end - start > max_length:
        return None
    return start, end

