"""Records as tables (govextract.batch.tables): columns follow the models, rows follow the records."""

from __future__ import annotations

import datetime as dt
import functools
from enum import Enum
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, Field

from conftest import FIXTURES
from govextract import extract
from govextract.batch.tables import (
    EXCLUDED_FIELDS,
    NESTED_TABLES,
    TABLES,
    clean_text,
    column_kind,
    model_columns,
    nested_model,
    table_rows,
)
from govextract.errors import ErrorCode, ExtractionFailure
from govextract.models import Document, Quantity, QuantityKind, Section
from govextract.pipeline import Extractor

TABLE_NAMES = ["documents", "quantities", "programs", "cited", "sections", "points", "dates", "errors"]


@functools.cache
def fixture_documents() -> tuple[Document, ...]:
    extractor = Extractor()
    return tuple(
        extractor(path.read_text(encoding="utf-8"), source=str(path), source_id=f"id-{number}")
        for number, path in enumerate(sorted(FIXTURES.glob("*.txt")))
    )


def expected_items(document: Document) -> dict[str, list[dict]]:
    """What each table should hold for ``document``, built from pydantic's own JSON dump (not from table_rows)."""
    dumped = document.model_dump(mode="json")
    keys = {"source": document.source, "source_id": document.source_id}
    nested = {field for (model, field) in NESTED_TABLES if model is Document}
    items: dict[str, list[dict]] = {
        "documents": [{k: v for k, v in dumped.items() if k not in nested and k not in EXCLUDED_FIELDS}]
    }
    for (model, field), table in NESTED_TABLES.items():
        if model is not Document:
            continue
        if table == "sections":
            items[table] = [
                {**keys, **{k: v for k, v in section.items() if k != "points"}} for section in dumped["sections"]
            ]
        else:
            items[table] = [{**keys, "index": i, **item} for i, item in enumerate(dumped[field])]
    items["points"] = [
        {**keys, "section": section["index"], "index": i, **point}
        for section in dumped["sections"]
        for i, point in enumerate(section["points"])
    ]
    themes = {section["index"]: section["theme"] for section in dumped["sections"]}
    for quantity in items["quantities"]:  # the context columns: the release's time, the section's theme
        quantity["published_at"] = dumped["published_at"]
        quantity["section_theme"] = None if quantity["section"] is None else themes.get(quantity["section"])
    return items


def as_dicts(name: str, rows: list[tuple]) -> list[dict]:
    return [dict(zip(TABLES[name].column_names, row, strict=True)) for row in rows]


# ---------------------------------------------------------------- columns from models


def test_the_eight_tables_in_order():
    assert list(TABLES) == TABLE_NAMES


@pytest.mark.parametrize("name", TABLE_NAMES)
def test_every_scalar_field_of_the_model_has_a_column(name):
    table = TABLES[name]
    scalar = {
        field
        for field, info in table.model.model_fields.items()
        if nested_model(info.annotation) is None and field not in EXCLUDED_FIELDS
    }
    fields = [column.name for column in table.fields]
    assert set(fields) == scalar
    assert len(table.column_names) == len(set(table.column_names))  # no column twice


@pytest.mark.parametrize("model", [Document, Section])
def test_every_list_of_records_has_a_table(model):
    nested = {field for field, info in model.model_fields.items() if nested_model(info.annotation) is not None}
    assert nested == {field for (m, field) in NESTED_TABLES if m is model}
    for (m, field), table in NESTED_TABLES.items():
        if m is model:
            assert TABLES[table].model is nested_model(model.model_fields[field].annotation)


def test_child_tables_lead_with_the_document_keys():
    for name in TABLE_NAMES[1:-1]:
        assert TABLES[name].column_names[:2] == ["source", "source_id"], name
    assert TABLES["documents"].column_names[:2] == ["source", "source_id"]
    assert TABLES["points"].column_names[:4] == ["source", "source_id", "section", "index"]
    assert TABLES["errors"].column_names == ["source", "error", "message"]


def test_a_field_added_to_a_model_appears_without_touching_the_tables():
    class Extended(Quantity):
        confidence: float | None = None
        tags: list[str] = Field(default_factory=list)

    columns = {c.name: (c.kind, c.nullable) for c in model_columns(Extended)}
    assert columns["confidence"] == ("number", True)
    assert columns["tags"] == ("strings", False)
    assert list(columns)[: len(TABLES["quantities"].fields)] == [c.name for c in TABLES["quantities"].fields]


class _Colour(str, Enum):
    RED = "red"


class _Nested(BaseModel):
    x: int


# (annotation, kind, nullable)
KIND_CASES = [
    (str, "string", False),
    (str | None, "string", True),
    (Literal["document"], "string", False),
    (_Colour, "string", False),
    (_Colour | None, "string", True),
    (dt.datetime | None, "string", True),
    (int, "integer", False),
    (int | None, "integer", True),
    (float, "number", False),
    (int | float, "number", False),
    (int | float | None, "number", True),
    (bool, "boolean", False),
    (list[str], "strings", False),
    (list[int | float], "numbers", False),
    (list[int | float] | None, "numbers", True),
]


@pytest.mark.parametrize("annotation, kind, nullable", KIND_CASES, ids=[repr(c[0]) for c in KIND_CASES])
def test_column_kind(annotation, kind, nullable):
    assert column_kind(annotation) == (kind, nullable)


@pytest.mark.parametrize("annotation", [dict[str, int], list[int], bytes, int | str, list[_Nested]])
def test_a_field_no_writer_knows_is_refused_not_dropped(annotation):
    with pytest.raises(TypeError, match="no table column kind"):
        column_kind(annotation)


def test_nested_model():
    assert nested_model(list[Section]) is Section
    assert nested_model(list[str]) is None
    assert nested_model(Section) is None


# ---------------------------------------------------------------- rows from records


@pytest.mark.parametrize("number", range(7))
def test_rows_hold_every_item_of_a_whole_document(number):
    document = fixture_documents()[number]
    rows = table_rows(document)
    assert set(rows) == set(TABLE_NAMES) - {"errors"}
    for name, items in expected_items(document).items():
        assert as_dicts(name, rows[name]) == items, name


def test_fixture_documents_touch_every_child_table():
    counts = dict.fromkeys(TABLE_NAMES, 0)
    for document in fixture_documents():
        for name, rows in table_rows(document).items():
            counts[name] += len(rows)
    assert all(counts[name] > 0 for name in TABLE_NAMES[:-1]), counts


def test_cells_are_plain_values():
    document = extract("2023-02-03 14:05:57来源: 某市政府\n\n全省网上可办率达到90%以上，日活数8.5万。", source="a.txt")
    (row,) = as_dicts("documents", table_rows(document)["documents"])
    assert row["published_at"] == "2023-02-03T14:05:57"
    assert row["reporters"] == []
    quantities = as_dicts("quantities", table_rows(document)["quantities"])
    assert [(q["kind"], q["approx"], q["value"]) for q in quantities] == [
        ("percent", "at_least", 90),
        ("count", "exact", 85000),
    ]
    assert all(type(q["value"]) is int for q in quantities)
    assert {(q["published_at"], q["section_theme"]) for q in quantities} == {("2023-02-03T14:05:57", None)}


def test_an_error_record_is_one_errors_row():
    failure = ExtractionFailure(source="a.txt", error=ErrorCode.EMPTY, message="a.txt: the file is empty")
    assert table_rows(failure) == {"errors": [("a.txt", "empty", "a.txt: the file is empty")]}


def test_other_objects_are_refused_with_a_hint():
    with pytest.raises(TypeError, match=r"\.document or \.error"):
        table_rows("a.txt")  # type: ignore[arg-type]


def test_a_lone_surrogate_becomes_one_replacement_character():
    text = "数据\udcff治理"
    document = Document(
        length=len(text), body_end=len(text), text=text, source="bad\udcffname.txt", reporters=["张\ud800三"]
    )
    (row,) = as_dicts("documents", table_rows(document)["documents"])
    assert row["text"] == "数据\ufffd治理" and len(row["text"]) == len(text)
    assert row["source"] == "bad\ufffdname.txt"
    assert row["reporters"] == ["张\ufffd三"]


@given(st.text(alphabet=st.one_of(st.characters(), st.characters(categories=["Cs"]))))
def test_clean_text_keeps_length_and_always_encodes(value):
    cleaned = clean_text(value)
    assert len(cleaned) == len(value)
    cleaned.encode("utf-8")
    if "\ufffd" not in cleaned:
        assert cleaned == value


def test_quantity_kinds_are_written_as_their_values():
    values = {row[TABLES["quantities"].column_names.index("kind")] for d in fixture_documents()
              for row in table_rows(d)["quantities"]}
    assert values <= {kind.value for kind in QuantityKind}
