"""Record models: canonical numbers, frozen records, span checks, JSON schema."""

import pytest
from pydantic import ValidationError

from govextract import Document, Quantity, extract
from govextract.models import canonical_number

NUMBERS = [(85000.0, 85000), (100000000, 100000000), (0.352, 0.352), (-9.4, -9.4), (1.2e12, 1200000000000)]


@pytest.mark.parametrize("raw,expected", NUMBERS)
def test_canonical_number(raw, expected):
    value = canonical_number(raw)
    assert value == expected and type(value) is type(expected)


@pytest.mark.parametrize("bad", [float("nan"), float("inf")])
def test_canonical_number_rejects_non_finite(bad):
    with pytest.raises(ValueError):
        canonical_number(bad)


def _quantity(**overrides):
    fields = {"text": "8.5万余场次", "start": 3, "end": 10, "value": 85000.0, "kind": "count", "unit": "场次",
                  "approx": "more_than", "qualifier": "余"}
    fields.update(overrides)
    return Quantity(**fields)


def test_quantity_value_serializes_as_integer():
    assert '"value":85000,' in _quantity().model_dump_json()


def test_records_are_frozen_and_strict():
    quantity = _quantity()
    with pytest.raises(ValidationError):
        quantity.value = 1  # type: ignore[misc]
    with pytest.raises(ValidationError):
        _quantity(colour="red")
    with pytest.raises(ValidationError):
        _quantity(kind="weight")


def test_surface_must_fit_span():
    with pytest.raises(ValidationError):
        _quantity(end=11)


def test_document_span_errors_report_drift():
    text = "共有8.5万余场次。"
    doc = Document(length=len(text), body_end=len(text), quantities=[_quantity(start=2, end=9)])
    assert doc.span_errors(text) == []
    shifted = Document(length=len(text), body_end=len(text), quantities=[_quantity(start=1, end=8)])
    assert shifted.span_errors(text)
    with pytest.raises(ValueError):
        shifted.check_spans(text)


def test_document_span_errors_check_the_period_too():
    text = "1—5月，共有8.5万余场次。"
    doc = extract(text)
    (quantity,) = doc.quantities
    assert quantity.period == "1—5月" and doc.span_errors(text) == []
    moved = quantity.model_copy(update={"period_start": 1, "period_end": 5})  # same length, wrong characters
    drifted = doc.model_copy(update={"quantities": [moved]})
    assert any("period" in error for error in drifted.span_errors(text))


def test_document_bounds_are_checked():
    with pytest.raises(ValidationError):
        Document(length=5, body_end=6)


def test_json_schema_names_the_contract_fields():
    schema = Document.model_json_schema()
    for field in ("source", "title", "published_at", "outlet", "editor", "chief_editor", "author",
                  "body_end", "sections", "quantities", "programs", "documents"):
        assert field in schema["properties"]
