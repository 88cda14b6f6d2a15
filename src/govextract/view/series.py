"""One metric over time: the rows of the quantities table that make a series, line by line.

:func:`metric_series` selects the quantities whose ``subject`` contains a given
string, from a JSON-lines output, records, or the quantities DataFrame of
:func:`govextract.to_frames`, and returns them as a pandas DataFrame with one
row per point: what :func:`govextract.view.chart.chart` draws, and what an
analyst can use without drawing.

The rules that keep a line honest (the domain's, hence our own code):

* **One kind.** Levels and growth rates never share an axis: 2876.4亿元 (money)
  and 增长5.2% (percent) of the same subject are different metrics. When the
  selection holds more than one kind the call is refused with a sentence that
  names the kinds and their counts; ``kind`` chooses one.
* **One basis per line.** Within a kind, figures measured against different
  bases (同比 year on year, 环比 period on period, no basis stated …) are
  separate lines; ``basis`` keeps one (``"none"`` keeps the figures with no
  basis).
* **One period shape per line.** Cumulative and single-period figures never
  share a line: each figure's ``period_from``..``period_to`` is classified as
  ``single month`` (one calendar month, January included),
  ``cumulative from 1 January`` (1—2月, 一季度 as 1—3月, 上半年, 1—11月, 全年,
  今年以来), ``single quarter`` (二季度 …), ``at a date`` (年末, 截至…) or
  ``other span``; figures without a resolved period have no place on a time
  axis and are left out (counted in ``frame.attrs["no_period"]``).
* **One subject per line.** Containment can match several subjects (增加值
  matches 规模以上工业增加值 and 采矿业增加值); each exact subject is a line.
* **One point per period.** When two releases state the same line's figure for
  the same period (a restatement or a revision), the later-published one is
  kept (``frame.attrs["duplicates"]`` counts the others).
* Error records and lines that are not records are skipped
  (``frame.attrs["skipped_lines"]``).

A change downwards (下降0.6%, direction ``down``) is plotted as negative:
``signed_value`` is ``-value`` for percents and percentage points whose
direction is ``down``, else ``value``.

Each point keeps where it came from: ``source``, ``start``/``end`` (offsets of
its surface in that release's text), ``sentence`` (the sentence around it, read
from the record's ``text`` or from the source file, when either is at hand) and
``link``, a URI of the release with an RFC 5147 fragment (``#char=start,end``
for a file, ``#line=N`` for a line of a crawler dump).
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..batch import TABLES, MissingExtraError, OutputLine, Record, load_text, table_rows
from ..models import Basis, Document, QuantityKind

__all__ = ["SERIES_COLUMNS", "SelectionError", "metric_series", "period_shape", "read_records", "sentence_around"]

INSTALL = 'pip install "govextract[view]"'

#: The columns of :func:`metric_series`'s frame, in order.
SERIES_COLUMNS = [
    "line",
    "subject",
    "kind",
    "unit",
    "basis",
    "shape",
    "period",
    "period_from",
    "period_to",
    "value",
    "signed_value",
    "text",
    "direction",
    "published_at",
    "source",
    "source_id",
    "index",
    "start",
    "end",
    "sentence",
    "link",
]

NO_BASIS = "none"
_SIGNED_KINDS = frozenset({QuantityKind.PERCENT.value, QuantityKind.PERCENTAGE_POINT.value})
_SENTENCE_ENDS = "。！？!?\n"
_LINE = TypeAdapter(OutputLine)


class SelectionError(ValueError):
    """A selection that gives no series as asked; the message is one sentence saying why and what to choose."""


# ---------------------------------------------------------------- reading


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped]
    except ImportError:
        raise MissingExtraError(f"a metric series needs pandas, which is not installed: {INSTALL}") from None
    return pandas


def read_records(path: str | Path) -> tuple[list[Document], int]:
    """The documents of a JSON-lines output and how many lines were skipped (error records, non-records).

    Raises :class:`SelectionError` when the file cannot be read.
    """
    documents: list[Document] = []
    skipped = 0
    try:
        with open(path, encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if not line.strip():
                    continue
                try:
                    record = _LINE.validate_json(line)
                except (ValidationError, ValueError):
                    skipped += 1
                    continue
                if isinstance(record, Document):
                    documents.append(record)
                else:
                    skipped += 1
    except OSError as error:
        raise SelectionError(f"{path}: cannot be read ({error.strerror or error})") from None
    return documents, skipped


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]``, ended by 。！？ or a line break, trimmed.

    >>> sentence_around("一、工业\\n1—2月，工业增长6.1%。采矿业增长4.0%。", 12, 16)
    '1—2月，工业增长6.1%。'
    """
    left = max((text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS), default=-1) + 1
    ends = [i for mark in _SENTENCE_ENDS if (i := text.find(mark, end)) >= 0]
    right = min(ends) + 1 if ends else len(text)
    return text[left:right].strip()


def _dump_path(source: str) -> tuple[str, int | None]:
    """``FILE#N`` (a line of a crawler dump) -> (FILE, N); any other source -> (source, None)."""
    head, sep, tail = source.rpartition("#")
    if sep and tail.isdigit():
        return head, int(tail)
    return source, None


class _Releases:
    """Where each release is: its file (for links) and its text (for sentences), found once per source."""

    def __init__(self, bases: list[Path], texts: Mapping[str, str | None]) -> None:
        self.bases = bases
        self.texts = dict(texts)
        self.files: dict[str, Path | None] = {}

    def file(self, source: str) -> Path | None:
        if source not in self.files:
            name, _ = _dump_path(source)
            candidates = [Path(name), *(base / name for base in self.bases)]
            self.files[source] = next((c.resolve() for c in candidates if c.is_file()), None)
        return self.files[source]

    def text(self, source: str) -> str | None:
        if source not in self.texts:
            found = self.file(source)
            text = None
            if found is not None and _dump_path(source)[1] is None:
                try:
                    text = load_text(found)
                except (OSError, ValueError):
                    text = None
            self.texts[source] = text
        return self.texts[source]

    def link(self, source: str, start: int, end: int) -> str:
        found = self.file(source)
        name, line = _dump_path(source)
        fragment = f"#line={line - 1},{line}" if line is not None else f"#char={start},{end}"
        if found is None:
            return name + fragment
        return found.as_uri() + fragment


# ---------------------------------------------------------------- periods


def period_shape(period_from: str | None, period_to: str | None) -> str | None:
    """What kind of period ``period_from``..``period_to`` is: the line it belongs to (None: no period).

    >>> period_shape("2024-01-01", "2024-02-29"), period_shape("2024-02-01", "2024-02-29")
    ('cumulative from 1 January', 'single month')
    >>> period_shape("2024-01-01", "2024-03-31"), period_shape("2024-04-01", "2024-06-30")
    ('cumulative from 1 January', 'single quarter')
    >>> period_shape("2024-12-31", "2024-12-31"), period_shape(None, None)
    ('at a date', None)
    """
    if not period_from or not period_to:
        return None
    try:
        first, last = datetime.date.fromisoformat(period_from), datetime.date.fromisoformat(period_to)
    except ValueError:
        return None
    if first == last:
        return "at a date"
    month_end = (last + datetime.timedelta(days=1)).day == 1
    if first.day == 1 and month_end and (first.year, first.month) == (last.year, last.month):
        return "single month"
    if (first.month, first.day) == (1, 1) and first.year == last.year:
        return "cumulative from 1 January"
    if first.day == 1 and month_end and first.month % 3 == 1 and (last.month - first.month, last.year) == (2, first.year):
        return "single quarter"
    return "other span"


# ---------------------------------------------------------------- selection


def _check_choice(name: str, value: str | None, choices: Iterable[str]) -> None:
    allowed = list(choices)
    if value is not None and value not in allowed:
        raise SelectionError(f"{name} {value!r} is not one of {', '.join(allowed)}")


def _close_subjects(subject: str, subjects: list[str], limit: int = 5) -> list[str]:
    close = difflib.get_close_matches(subject, subjects, n=limit, cutoff=0.3)
    shared = [s for s in subjects if s not in close and any(ch in s for ch in subject)]
    shared.sort(key=lambda s: -sum(ch in s for ch in set(subject)))
    return (close + shared)[:limit]


def _counts(values: Iterable[Any]) -> str:
    counted: dict[str, int] = {}
    for value in values:
        key = NO_BASIS if value is None else str(value)
        counted[key] = counted.get(key, 0) + 1
    return ", ".join(f"{key} ({n})" for key, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0])))


def _null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or str(value) in ("<NA>", "NaT")


def select(
    quantities: Any,
    subject: str,
    *,
    kind: str | None = None,
    basis: str | None = None,
    releases: _Releases | None = None,
) -> Any:
    """The series frame of a quantities DataFrame (see :func:`metric_series`)."""
    pandas = _pandas()
    subject = subject.strip()
    if not subject:
        raise SelectionError("give the subject to chart: a word its quantities' subject contains, such as 地区生产总值")
    _check_choice("kind", kind, (k.value for k in QuantityKind))
    _check_choice("basis", basis, [*(b.value for b in Basis), NO_BASIS])
    releases = releases or _Releases([], {})
    rows = [dict(zip(quantities.columns, values, strict=True)) for values in quantities.itertuples(index=False)]
    for row in rows:
        for key, value in row.items():
            if _null(value):
                row[key] = None
    matched = [r for r in rows if r.get("subject") and subject in r["subject"]]
    if not matched:
        subjects = sorted({r["subject"] for r in rows if r.get("subject")})
        close = _close_subjects(subject, subjects)
        hint = f"; close subjects: {', '.join(close)}" if close else ""
        raise SelectionError(f"no quantity's subject contains {subject!r} ({len(rows)} quantities read){hint}")
    if kind is not None:
        kept = [r for r in matched if r["kind"] == kind]
        if not kept:
            raise SelectionError(f"no {kind} figure's subject contains {subject!r}; its figures are {_counts(r['kind'] for r in matched)}")
        matched = kept
    if basis is not None:
        wanted = None if basis == NO_BASIS else basis
        kept = [r for r in matched if r["basis"] == wanted]
        if not kept:
            raise SelectionError(
                f"no figure whose subject contains {subject!r} has basis {basis}; their bases are {_counts(r['basis'] for r in matched)}"
            )
        matched = kept
    kinds = {r["kind"] for r in matched}
    if len(kinds) > 1:
        raise SelectionError(
            f"the figures whose subject contains {subject!r} are of {len(kinds)} kinds, {_counts(r['kind'] for r in matched)}, "
            "and levels and rates never share a chart: choose one with --kind (in Python, kind=)"
        )
    points, no_period = [], 0
    for row in matched:
        shape = period_shape(row.get("period_from"), row.get("period_to"))
        if shape is None:
            no_period += 1
            continue
        points.append(_point(row, shape, releases))
    if not points:
        raise SelectionError(f"none of the {len(matched)} figures whose subject contains {subject!r} has a resolved period to place it in time")
    points, duplicates = _one_per_period(points)
    frame = pandas.DataFrame(points, columns=SERIES_COLUMNS)
    frame = frame.sort_values(["line", "period_to", "period_from"], kind="stable").reset_index(drop=True)
    frame.attrs.update(no_period=no_period, duplicates=duplicates, skipped_lines=0)
    return frame


def _point(row: dict[str, Any], shape: str, releases: _Releases) -> dict[str, Any]:
    value = row["value"]
    value = int(value) if isinstance(value, float) and value.is_integer() else value
    signed = -value if row.get("direction") == "down" and row["kind"] in _SIGNED_KINDS else value
    basis = row.get("basis")
    source = row.get("source") or ""
    start, end = int(row["start"]), int(row["end"])
    text = releases.text(source) if source else None
    sentence = sentence_around(text, start, end) if text is not None and text[start:end] == row["text"] else None
    parts = [row["subject"], (basis or "no basis").replace("_", " "), shape]
    if row.get("unit"):
        parts.insert(1, row["unit"])
    return {
        "line": " · ".join(parts),
        "subject": row["subject"],
        "kind": row["kind"],
        "unit": row.get("unit"),
        "basis": basis,
        "shape": shape,
        "period": row.get("period"),
        "period_from": row["period_from"],
        "period_to": row["period_to"],
        "value": value,
        "signed_value": signed,
        "text": row["text"],
        "direction": row.get("direction"),
        "published_at": row.get("published_at"),
        "source": row.get("source"),
        "source_id": row.get("source_id"),
        "index": None if row.get("index") is None else int(row["index"]),
        "start": start,
        "end": end,
        "sentence": sentence,
        "link": releases.link(source, start, end),
    }


def _one_per_period(points: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """One point per line and period: the last-published release's (the later in input order on a tie)."""
    kept: dict[tuple[str, str, str], tuple[str, int]] = {}
    for order, point in enumerate(points):
        key = (point["line"], point["period_from"], point["period_to"])
        rank = point["published_at"] or ""
        if key not in kept or rank >= kept[key][0]:
            kept[key] = (rank, order)
    chosen = sorted(order for _, order in kept.values())
    return [points[i] for i in chosen], len(points) - len(chosen)


# ---------------------------------------------------------------- entry point


def _quantities_frame(records: Iterable[Record]) -> tuple[Any, dict[str, str | None]]:
    pandas = _pandas()
    rows: list[Any] = []
    texts: dict[str, str | None] = {}
    for record in records:
        if isinstance(record, Document):
            rows.extend(table_rows(record)["quantities"])
            if record.source is not None and record.text is not None:
                texts[record.source] = record.text
    return pandas.DataFrame(rows, columns=TABLES["quantities"].column_names), texts


def metric_series(
    data: Any,
    subject: str,
    *,
    kind: str | None = None,
    basis: str | None = None,
    texts: Mapping[str, str | None] | Callable[[str], str | None] | None = None,
    base: str | Path | None = None,
) -> Any:
    """The points of one metric over time as a pandas DataFrame, one row per point, lines apart.

    ``data`` is a JSON-lines output file (a path, or a list of paths), an iterable of records, the
    frames of :func:`govextract.to_frames` (a dict: the ``documents`` table's
    ``text`` gives sentences), or its ``quantities`` DataFrame alone. Quantities
    whose ``subject`` contains ``subject`` are kept, filtered by ``kind`` and
    ``basis`` (``"none"``: no basis stated). ``texts`` maps a source to its
    text for the sentences, where records do not carry it; otherwise the source
    file is read (relative to the current folder, else to ``base``, by default the
    JSON-lines files' folders). The frame's columns are :data:`SERIES_COLUMNS`;
    ``attrs`` counts what was left out. Raises :class:`SelectionError` (one
    sentence) when nothing or an ambiguous mix is selected, and
    :class:`~govextract.batch.MissingExtraError` without pandas.
    """
    skipped = 0
    found: dict[str, str | None] = {}
    bases = [] if base is None else [Path(base)]
    if isinstance(data, (str, Path)) or (isinstance(data, (list, tuple)) and data and all(isinstance(d, (str, Path)) for d in data)):
        documents = []
        for path in [data] if isinstance(data, (str, Path)) else data:
            read, skipped_here = read_records(path)
            documents.extend(read)
            skipped += skipped_here
            if base is None:
                bases.append(Path(path).resolve().parent)
        quantities, found = _quantities_frame(documents)
    elif isinstance(data, Mapping):
        if "quantities" not in data:
            raise SelectionError("a mapping of frames must hold the quantities table (as govextract.to_frames gives)")
        quantities = data["quantities"]
        documents_frame = data.get("documents")
        if documents_frame is not None and "text" in documents_frame.columns:
            found = {
                s: t for s, t in zip(documents_frame["source"], documents_frame["text"], strict=True) if isinstance(t, str)
            }
    elif hasattr(data, "columns"):
        quantities = data
    else:
        quantities, found = _quantities_frame(data)
    missing = {"subject", "kind", "value", "period_from", "period_to", "start", "end", "text"} - set(quantities.columns)
    if missing:
        raise SelectionError(f"the frame is not a quantities table: it lacks the columns {', '.join(sorted(missing))}")
    if callable(texts):
        lookup = texts
        found = {source: lookup(source) for source in set(quantities["source"].dropna())} | found
    elif texts is not None:
        found = {**texts, **found}
    frame = select(quantities, subject, kind=kind, basis=basis, releases=_Releases(bases, found))
    frame.attrs["skipped_lines"] = skipped
    return frame
