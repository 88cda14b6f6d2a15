"""Tables stage: records in, flat rows out, the shape every tabular output shares.

CSV, Parquet and :func:`govextract.to_frames` write the same eight tables, in
this order, one row per item:

========== ======================================= =================================
table      one row per                             key columns, then the model's fields
========== ======================================= =================================
documents  :class:`~govextract.models.Document`    ``source``, ``source_id``, …
quantities :class:`~govextract.models.Quantity`    ``source``, ``source_id``, ``index``
programs   :class:`~govextract.models.Program`     ``source``, ``source_id``, ``index``
cited      :class:`~govextract.models.DocumentRef` ``source``, ``source_id``, ``index``
sections   :class:`~govextract.models.Section`     ``source``, ``source_id`` (``index`` is the model's)
points     :class:`~govextract.models.Point`       ``source``, ``source_id``, ``section``, ``index``
dates      :class:`~govextract.models.DateMention` ``source``, ``source_id``, ``index``
errors     :class:`~govextract.errors.ExtractionFailure` its fields
========== ======================================= =================================

``source`` and ``source_id`` are the document's, so every child row joins its
document; ``index`` is the item's 0-based position in its document's list
(for points: in its section's list, ``section`` being the section's index).

Columns are derived from the pydantic models, never listed by hand, so a field
added to a model appears in every output without touching a writer. Each
field becomes one column of a kind:

* ``string``: ``str``, enums (their value), ``Literal`` constants, and
  datetimes as ISO 8601 text exactly as the record holds them (local time as
  written, no time zone invented);
* ``integer``: ``int`` (offsets, indexes, lengths);
* ``number``: ``int | float`` values (``Quantity.value``, ``value_max``),
  float64 in Parquet;
* ``boolean``: ``bool``;
* ``strings``: ``list[str]`` (reporters, keywords): a JSON array in a CSV cell,
  a list in Parquet and DataFrames;
* ``numbers``: ``list[int | float]`` (a ratio's ``parts``): a JSON array in a
  CSV cell, ``list<float64>`` in Parquet, a list in DataFrames.

Fields that are lists of records are not columns: each is a table of its own
(:data:`NESTED_TABLES` says which). The constant ``record`` field is left out
(the table says what its rows are). ``Document.text`` is a column of
``documents``, null unless the record carries it (a saved page, a dump line, or
``--include-text``), because the offsets of such records index only that text.

Text that cannot be encoded (lone surrogates, which a JSON dump can smuggle in
through ``\\udXXX`` escapes) is written with each such character replaced by
U+FFFD, one for one, so offsets still hold.

Why our own code: the rows are a projection of our own models; no library
flattens pydantic records into linked tables with these keys.
"""

from __future__ import annotations

import datetime
import enum
import re
import types
import typing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, Field

from ..errors import ExtractionFailure
from ..models import DateMention, Document, DocumentRef, Point, Program, Quantity, Section

#: What every writer takes: a document, or the error record of an input that gave none.
Record = Document | ExtractionFailure

#: One line of the JSON-lines output, as pydantic reads it back: a record, told apart by ``record``.
OutputLine = Annotated[Document | ExtractionFailure, Field(discriminator="record")]

#: A value in a row: what a column of its kind holds, or None.
Cell = str | int | float | bool | list[str] | list[float | int] | None

ColumnKind = Literal["string", "integer", "number", "boolean", "strings", "numbers"]

#: Fields that are never columns: the constant that says what a record is.
EXCLUDED_FIELDS = frozenset({"record"})


class OutputError(ValueError):
    """An output that cannot be written as asked (unknown format, a folder format on ``-``, resuming CSV)."""


class MissingExtraError(OutputError, ImportError):
    """An output that needs an optional dependency which is not installed; the message says what to install."""


@dataclass(frozen=True)
class Column:
    """One column: its name, kind, whether it may be null, and how a field value becomes its cell."""

    name: str
    kind: ColumnKind
    nullable: bool
    convert: Callable[[Any], Cell]


@dataclass(frozen=True)
class Table:
    """One table: its name, the model of its rows, its key columns, the columns of the model's fields,
    and context columns copied from the enclosing records (``published_at``, ``section_theme``)."""

    name: str
    model: type[BaseModel]
    keys: tuple[Column, ...]
    fields: tuple[Column, ...]
    context: tuple[Column, ...] = ()

    @property
    def columns(self) -> tuple[Column, ...]:
        return self.keys + self.fields + self.context

    @property
    def column_names(self) -> list[str]:
        return [column.name for column in self.columns]


# ---------------------------------------------------------------- cells

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """``value`` with every lone surrogate replaced by U+FFFD (one for one, so offsets hold).

    >>> clean_text("ab") == "ab", clean_text("a\\udcffb")
    (True, 'a\\ufffdb')
    """
    if value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", value)
    return value


def _as_string(value: Any) -> Cell:
    if isinstance(value, enum.Enum):
        value = value.value
    elif isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return clean_text(str(value))


def _as_strings(value: Any) -> Cell:
    return [clean_text(str(item)) for item in value]


def _as_numbers(value: Any) -> Cell:
    # as in JSON: [3.2, 1], never [3.2, 1.0]
    return [item if isinstance(item, float) else int(item) for item in value]


def _as_integer(value: Any) -> Cell:
    return int(value)


def _as_number(value: Any) -> Cell:
    return value if isinstance(value, float) else int(value)


def _as_boolean(value: Any) -> Cell:
    return bool(value)


_CONVERTERS: dict[ColumnKind, Callable[[Any], Cell]] = {
    "string": _as_string,
    "integer": _as_integer,
    "number": _as_number,
    "boolean": _as_boolean,
    "strings": _as_strings,
    "numbers": _as_numbers,
}


# ---------------------------------------------------------------- columns from models


def _union_members(annotation: Any) -> tuple[list[Any], bool]:
    """The members of an annotation, None removed, and whether None was one."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        members = list(typing.get_args(annotation))
    else:
        members = [annotation]
    nullable = type(None) in members
    return [m for m in members if m is not type(None)], nullable


def nested_model(annotation: Any) -> type[BaseModel] | None:
    """The record model of a ``list[Model]`` field, or None for any other field."""
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return item
    return None


def column_kind(annotation: Any) -> tuple[ColumnKind, bool]:
    """The kind of column a field of this annotation becomes, and whether it may be null.

    Raises TypeError for an annotation no writer knows, so a new kind of field
    is a decision, not a silent omission.
    """
    members, nullable = _union_members(annotation)
    if set(members) == {int, float}:
        return "number", nullable
    if len(members) == 1:
        (member,) = members
        if member is bool:
            return "boolean", nullable
        if member is int:
            return "integer", nullable
        if member is float:
            return "number", nullable
        if member is str or typing.get_origin(member) is Literal:
            return "string", nullable
        if isinstance(member, type) and issubclass(member, (enum.Enum, datetime.datetime, datetime.date)):
            return "string", nullable
        if typing.get_origin(member) is list and typing.get_args(member) == (str,):
            return "strings", nullable
        if typing.get_origin(member) is list and typing.get_args(member) == (int | float,):
            return "numbers", nullable
    raise TypeError(f"no table column kind for a field annotated {annotation!r}")


def model_columns(model: type[BaseModel], *, first: tuple[str, ...] = ()) -> tuple[Column, ...]:
    """The columns of ``model``'s scalar fields, ``first`` leading, then declaration order.

    Lists of records (their own tables) and :data:`EXCLUDED_FIELDS` are left out.
    """
    fields = model.model_fields
    names = [*first, *(name for name in fields if name not in first)]
    columns = []
    for name in names:
        annotation = fields[name].annotation
        if name in EXCLUDED_FIELDS or nested_model(annotation) is not None:
            continue
        kind, nullable = column_kind(annotation)
        columns.append(Column(name, kind, nullable, _CONVERTERS[kind]))
    return tuple(columns)


def _key(name: str, kind: ColumnKind, nullable: bool) -> Column:
    return Column(name, kind, nullable, _CONVERTERS[kind])


_DOCUMENT_KEYS = (_key("source", "string", True), _key("source_id", "string", True))
_INDEX = _key("index", "integer", False)


#: Context columns of the quantities table: the document's publication time and the quantity's section theme,
#: so that one table is enough to build a series (which release, when, under which heading).
_QUANTITY_CONTEXT = (_key("published_at", "string", True), _key("section_theme", "string", True))


def _table(
    name: str, model: type[BaseModel], keys: tuple[Column, ...], first: tuple[str, ...] = (), context: tuple[Column, ...] = ()
) -> Table:
    fields = model_columns(model, first=first)
    clash = {k.name for k in (*keys, *context)} & {f.name for f in fields}
    if clash:
        raise TypeError(f"table {name}: model fields {sorted(clash)} clash with the key or context columns")
    return Table(name, model, keys, fields, context)


#: The tables, in the order writers create them.
TABLES: dict[str, Table] = {
    table.name: table
    for table in (
        _table("documents", Document, (), first=("source", "source_id")),
        _table("quantities", Quantity, (*_DOCUMENT_KEYS, _INDEX), context=_QUANTITY_CONTEXT),
        _table("programs", Program, (*_DOCUMENT_KEYS, _INDEX)),
        _table("cited", DocumentRef, (*_DOCUMENT_KEYS, _INDEX)),
        _table("sections", Section, _DOCUMENT_KEYS),
        _table("points", Point, (*_DOCUMENT_KEYS, _key("section", "integer", False), _INDEX)),
        _table("dates", DateMention, (*_DOCUMENT_KEYS, _INDEX)),
        _table("errors", ExtractionFailure, ()),
    )
}

#: Which table holds each list-of-records field: (model, field) -> table name.
NESTED_TABLES: dict[tuple[type[BaseModel], str], str] = {
    (Document, "quantities"): "quantities",
    (Document, "programs"): "programs",
    (Document, "documents"): "cited",
    (Document, "sections"): "sections",
    (Document, "dates"): "dates",
    (Section, "points"): "points",
}

_DOCUMENT_CHILDREN = [
    (field, TABLES[table]) for (model, field), table in NESTED_TABLES.items() if model is Document
]


# ---------------------------------------------------------------- rows

Row = tuple[Cell, ...]


def _cells(table: Table, item: BaseModel) -> Row:
    return tuple(None if (value := getattr(item, c.name)) is None else c.convert(value) for c in table.fields)


def table_rows(record: Record) -> dict[str, list[Row]]:
    """The rows ``record`` contributes to each table it touches, cells in column order.

    >>> from govextract import extract
    >>> rows = table_rows(extract("注册用户数突破1亿。", source="a.txt"))
    >>> rows["quantities"][0][:6]
    ('a.txt', None, 0, 5, 9, '突破1亿')
    """
    if isinstance(record, ExtractionFailure):
        return {"errors": [_cells(TABLES["errors"], record)]}
    if not isinstance(record, Document):
        raise TypeError(
            f"tables hold Document and ExtractionFailure records, not {type(record).__name__}"
            " (for a FileResult, pass its .document or .error)"
        )
    rows: dict[str, list[Row]] = {"documents": [_cells(TABLES["documents"], record)]}
    keys: Row = (
        None if record.source is None else clean_text(record.source),
        None if record.source_id is None else clean_text(record.source_id),
    )
    for field, table in _DOCUMENT_CHILDREN:
        items = getattr(record, field)
        if table.name == "sections":
            rows["sections"] = [keys + _cells(table, section) for section in items]
            continue
        rows[table.name] = [(*keys, index, *_cells(table, item)) for index, item in enumerate(items)]
    published = None if record.published_at is None else record.published_at.isoformat()
    themes = {section.index: section.theme for section in record.sections}
    rows["quantities"] = [
        (*row, published, None if quantity.section is None else _clean_or_none(themes.get(quantity.section)))
        for row, quantity in zip(rows["quantities"], record.quantities, strict=True)
    ]
    points = TABLES["points"]
    rows["points"] = [
        (*keys, section.index, index, *_cells(points, point))
        for section in record.sections
        for index, point in enumerate(section.points)
    ]
    return rows


def _clean_or_none(value: str | None) -> str | None:
    return None if value is None else clean_text(value)


def iter_table_rows(records: Iterable[Record]) -> Iterator[tuple[str, Row]]:
    """``(table name, row)`` for every row of ``records``, record by record."""
    for record in records:
        for name, rows in table_rows(record).items():
            for row in rows:
                yield name, row


# ---------------------------------------------------------------- folders of tables


def prepare_folder(target: str, kind: str) -> Path:
    """The folder ``target`` names, created if needed, or an :class:`OutputError` saying why it cannot be."""
    if target == "-":
        raise OutputError(
            f"{kind} output is a folder of {len(TABLES)} tables ({', '.join(TABLES)}): "
            "give a folder to write them to, not '-'"
        )
    folder = Path(target)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{target}: {kind} output is a folder of tables, and this is a file")
    folder.mkdir(parents=True, exist_ok=True)
    return folder
