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
    COMPLETE_KEY,
    COMPLETENESS_CHECKS,
    ENTRY_KEYS,
    GENRES,
    RELEASE_CHECKS,
    RELEASES,
    TEXT_KEYS,
    check_bases_complete,
    check_periods_complete,
    check_release,
    extract_release,
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
        unknown = set(expected) - set(RELEASE_CHECKS) - TEXT_KEYS - {COMPLETE_KEY}
        assert not unknown, (name, unknown)
        assert set(expected) - TEXT_KEYS, f"{name}: an expectation file checks at least one aspect"
        for aspect, keys in ENTRY_KEYS.items():
            for entry in expected.get(aspect, []):
                assert set(entry) <= keys, (name, aspect, entry)
        for entry in expected.get("quantities", []):
            assert entry["surface"] in read_release(name), (name, entry["surface"])
        for aspect in expected.get(COMPLETE_KEY, []):
            assert aspect in COMPLETENESS_CHECKS and aspect in expected, (name, aspect)


def test_genres_hold_their_documents():
    folders = {path.name for path in RELEASES.iterdir() if path.is_dir()}
    assert folders == set(GENRES)
    for genre, minimum in GENRES.items():
        count = len(list((RELEASES / genre).glob("*.txt")))
        assert count >= minimum, (genre, count)


def test_texts_are_unique():
    texts = [read_release(name) for name in NAMES]
    assert len(set(texts)) == len(texts)


# A release whose periods and bases lists are complete: the checks fail as soon as one entry is missing.
COMPLETE_RELEASE = "bulletins/guangdong_monthly_economy"


@pytest.mark.parametrize("aspect, check", [("periods", check_periods_complete), ("bases", check_bases_complete)])
def test_completeness_check_fails_when_an_entry_is_missing(aspect, check):
    text, document = extract_release(COMPLETE_RELEASE)
    expected = load_expectations(COMPLETE_RELEASE)
    assert aspect in expected[COMPLETE_KEY]
    check(text, document, expected[aspect])  # the whole list passes
    for dropped in (0, len(expected[aspect]) - 1):
        with pytest.raises(AssertionError, match=expected[aspect][dropped]["surface"]):
            check(text, document, expected[aspect][:dropped] + expected[aspect][dropped + 1:])


def test_completeness_needs_an_occurrence_for_a_repeated_surface():
    text, document = extract_release(COMPLETE_RELEASE)
    surfaces = [q.text for q in document.quantities]
    repeated = next(s for s in surfaces if surfaces.count(s) > 1)
    entries = [{"surface": s, "occurrence": surfaces[:i].count(s)} for i, s in enumerate(surfaces) if s != repeated]
    with pytest.raises(AssertionError, match=repeated):
        check_periods_complete(text, document, [*entries, {"surface": repeated}])
    named = [{"surface": repeated, "occurrence": n} for n in range(surfaces.count(repeated))]
    check_periods_complete(text, document, [*entries, *named])
