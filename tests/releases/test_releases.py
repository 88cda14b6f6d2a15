"""Whole releases, read by hand: every expectation file under tests/data/releases, one test per aspect.

Each ``tests/data/releases/<genre>/NAME.txt`` has ``NAME.expected.yaml`` beside
it (schema: the docstring of ``tests/conftest.py`` and
``tests/data/releases/README.md``).  ``test_release`` runs one test per
document and aspect (``text``, ``invariants``, ``header``, ``body``,
``outline``, ``points``, ``quantities``, ``dates``, ``programs``, ``keywords``
…), and one strict xfail per entry marked ``xfail``.  The other tests here
check the corpus as a whole: every text has its expectations, the files keep
to the schema, every genre holds its documents, and no text is there twice.
Checks of one document that fit no table live in the module of the dimension
they test, reading the document with ``conftest.extract_release``.
"""

from __future__ import annotations

import pytest

from conftest import (
    ENTRY_KEYS,
    GENRES,
    RELEASE_CHECKS,
    RELEASES,
    TEXT_KEYS,
    check_release,
    load_expectations,
    read_release,
    release_cases,
    release_name,
    release_paths,
)

PATHS = release_paths()
NAMES = [release_name(path) for path in PATHS]


@pytest.mark.parametrize("name, aspect, expected", list(release_cases()))
def test_release(name, aspect, expected):
    check_release(name, aspect, expected)


def test_every_text_has_an_expectation_file_and_back():
    texts = {release_name(path) for path in RELEASES.glob("*/*.txt")}
    expectations = {release_name(path) for path in RELEASES.glob("*/*.expected.yaml")}
    assert texts == expectations
    assert not [p for p in RELEASES.rglob("*") if p.is_file() and p.suffix not in (".txt", ".yaml", ".md")]


def test_expectation_files_keep_to_the_schema():
    for name in NAMES:
        expected = load_expectations(name)
        unknown = set(expected) - set(RELEASE_CHECKS) - TEXT_KEYS
        assert not unknown, (name, unknown)
        assert set(expected) - TEXT_KEYS, f"{name}: an expectation file checks at least one aspect"
        for aspect, keys in ENTRY_KEYS.items():
            for entry in expected.get(aspect, []):
                assert set(entry) <= keys, (name, aspect, entry)
        for entry in expected.get("quantities", []):
            assert entry["surface"] in read_release(name), (name, entry["surface"])


def test_genres_hold_their_documents():
    folders = {path.name for path in RELEASES.iterdir() if path.is_dir()}
    assert folders == set(GENRES)
    for genre, minimum in GENRES.items():
        count = len(list((RELEASES / genre).glob("*.txt")))
        assert count >= minimum, (genre, count)


def test_texts_are_unique():
    texts = [read_release(name) for name in NAMES]
    assert len(set(texts)) == len(texts)
