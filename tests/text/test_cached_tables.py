"""Tables cached next to jieba's cache give what a fresh read gives, and work without a writable folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govextract import keywords
from govextract.tokenize import Tokenizer, rjieba_backend
from govextract.tokenize.cached_tables import cached_bytes, find_value, sorted_lines
from govextract.tokenize.jieba_data import jieba_file


@pytest.fixture(scope="module")
def fresh_classes() -> keywords.DictionaryClasses:
    return keywords.scan_dictionary_classes(jieba_file("dict.txt"))


def _same(first: keywords.DictionaryClasses, second: keywords.DictionaryClasses) -> bool:
    return (dict(first.name_candidates) == dict(second.name_candidates)
            and first.proper_names == second.proper_names and first.verbs == second.verbs)


def test_dictionary_classes_from_the_cache_equal_a_fresh_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_classes: keywords.DictionaryClasses
) -> None:
    monkeypatch.setattr(keywords, "cache_directory", lambda preferred: str(tmp_path))
    built = keywords.load_dictionary_classes.__wrapped__()  # scans and writes the cache
    cached_file = tmp_path / keywords.CLASSES_CACHE_FILE
    assert cached_file.is_file()
    read = keywords.load_dictionary_classes.__wrapped__()  # reads it
    assert _same(built, fresh_classes) and _same(read, fresh_classes)
    assert fresh_classes.name_candidates and fresh_classes.proper_names and fresh_classes.verbs
    assert {1, 2} == set(fresh_classes.name_candidates.values())


def test_a_cache_built_under_another_key_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_classes: keywords.DictionaryClasses
) -> None:
    monkeypatch.setattr(keywords, "cache_directory", lambda preferred: str(tmp_path))
    stale = tmp_path / keywords.CLASSES_CACHE_FILE
    stale.write_bytes(b"an older dictionary\n\xe5\xbc\xa0\xe4\xb8\x89\n\n\n\n")
    assert _same(keywords.load_dictionary_classes.__wrapped__(), fresh_classes)
    assert not stale.read_bytes().startswith(b"an older dictionary\n")


@pytest.mark.parametrize("folder", ["a-file/below", "missing/and/below-a-file"])
def test_dictionary_classes_without_a_writable_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_classes: keywords.DictionaryClasses, folder: str
) -> None:
    (tmp_path / "a-file").write_text("")  # a folder under a file can be made by no one, not even root
    (tmp_path / "missing").mkdir()
    (tmp_path / "missing" / "and").write_text("")
    monkeypatch.setattr(keywords, "cache_directory", lambda preferred: str(tmp_path / folder))
    assert _same(keywords.load_dictionary_classes.__wrapped__(), fresh_classes)
    assert _same(keywords.load_dictionary_classes.__wrapped__(), fresh_classes)


def _frequencies_in_file(content: bytes) -> dict[str, int]:
    """jieba's dict.txt read line by line, the first line of a word winning (a word missing has 1)."""
    table: dict[str, int] = {}
    for line in content.split(b"\n"):
        fields = line.split()
        if b" " in line and line.index(b" ") > 0:
            word = line[: line.index(b" ")].decode("utf-8")
            table.setdefault(word, int(fields[1]) if len(fields) > 1 and fields[1].isdigit() else 1)
    return table


def test_jieba_frequencies_from_the_sorted_copy_equal_dict_txt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = Path(jieba_file("dict.txt")).read_bytes()
    words = [line.split(b" ")[0].decode("utf-8") for line in content.split(b"\n")[::997] if line]
    words += ["一网通办", "张建华", "建华", "不在词典里的词", "a", "\u4e00" * 9]
    in_file = _frequencies_in_file(content)
    expected = {word: in_file.get(word, 1) for word in words}
    sorted_copy = rjieba_backend.sorted_dictionary(jieba_file("dict.txt"))
    lookups = {word: find_value(sorted_copy, word.encode("utf-8")) for word in words}
    assert {w: int(v) if v is not None else 1 for w, v in lookups.items()} == expected
    assert [rjieba_backend.jieba_frequency(word) for word in words] == list(expected.values())


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(st.characters(blacklist_characters=" \n", blacklist_categories=("Cs",)), min_size=1,
                               max_size=6), st.integers(0, 10**9), max_size=40),
       st.text(st.characters(blacklist_characters=" \n", blacklist_categories=("Cs",)), min_size=1, max_size=6))
def test_find_value_finds_every_word_of_sorted_lines(table: dict[str, int], other: str) -> None:
    data = sorted_lines((word.encode("utf-8"), str(value).encode("ascii")) for word, value in table.items())
    for word, value in table.items():
        assert find_value(data, word.encode("utf-8")) == str(value).encode("ascii")
    found = find_value(data, other.encode("utf-8"))
    assert found == (str(table[other]).encode("ascii") if other in table else None)


def test_cached_bytes_builds_once_per_key(tmp_path: Path) -> None:
    builds: list[str] = []

    def build(text: str) -> bytes:
        builds.append(text)
        return text.encode("utf-8")

    assert cached_bytes(str(tmp_path), "t", "key 1", lambda: build("一")) == "一".encode()
    assert cached_bytes(str(tmp_path), "t", "key 1", lambda: build("二")) == "一".encode()
    assert cached_bytes(str(tmp_path), "t", "key 2", lambda: build("三")) == "三".encode()
    assert builds == ["一", "三"] and [p.name for p in tmp_path.iterdir()] == ["t"]


def test_jiebas_cache_read_from_bytes_equals_jiebas_own_load(tmp_path: Path) -> None:
    built = Tokenizer(cache_dir=str(tmp_path)).engine  # no cache yet: jieba builds and writes it
    assert (tmp_path / "govextract-jieba.cache").is_file()
    loaded = Tokenizer(cache_dir=str(tmp_path)).engine  # read by us, from the bytes
    assert loaded.total == built.total and loaded.FREQ == built.FREQ
    text = "深化放管服改革，推进一网通办"
    assert list(loaded.tokenize(text)) == list(built.tokenize(text))
