"""Golden files: every fixtures/*.txt has a hand-reviewed fixtures/*.expected.json.

Run ``pytest tests/contract/test_golden.py --update-golden`` to rewrite them after an
intended change, then review the diff line by line before committing.
"""

import json

import pytest

import govextract
from conftest import FIXTURES, assert_spans_consistent
from govextract.batch import load_text

TEXTS = sorted(FIXTURES.glob("*.txt"))


def _render(path):
    text = load_text(path)
    document = govextract.extract(text, source=path.name)
    assert_spans_consistent(text, document)
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_golden(path, update_golden):
    expected_path = path.with_name(path.stem + ".expected.json")
    actual = _render(path)
    if update_golden:
        expected_path.write_text(actual, encoding="utf-8")
        pytest.skip(f"rewrote {expected_path.name}; review the diff")
    assert expected_path.exists(), f"{expected_path.name} is missing: run with --update-golden and review it"
    assert json.loads(actual) == json.loads(expected_path.read_text(encoding="utf-8"))


def test_every_fixture_has_a_golden_file():
    assert TEXTS, "no fixtures found"
    for path in TEXTS:
        assert path.with_name(path.stem + ".expected.json").exists(), path.name
