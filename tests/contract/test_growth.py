"""Hostile inputs grow linearly: the time at 4n over the time at n stays under 8, and offsets stay exact.

These tests time ratios, never absolute speed (``benchmarks/stress.py`` prints
the figures at 200,000 characters next to ordinary text's): each case is
extracted at n and 4n characters, the best of five alternating rounds, and quadratic growth would
give a ratio near 16.  A pytest-timeout ceiling stops a case that runs away.
Every case of the stress script that once grew faster than linearly is listed.
"""

from __future__ import annotations

import gc
import time

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import govextract
from govextract.enclosures import find_enclosures, reported
from govextract.lexicon import limits
from govextract.normalize import fold
from govextract.tokenize.jieba_backend import extra_word_pattern, normalize_extra_words

N = 2_000
MAX_GROWTH = 8


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _nested(openers: str, closers: str, n: int) -> str:
    depth = n // (2 * len(openers))
    return (openers * depth + closers[::-1] * depth).ljust(n, "。")


def _quoted_names(n: int) -> str:
    """“甲乙丙丁”“乙乙丙丁”…: each a program name, so each a word the tokenizer keeps whole."""
    pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    k = len(pool)
    names = ("“" + pool[i % k] + pool[i // k % k] + pool[i // k**2 % k] + pool[i // k**3 % k] + "”"
             for i in range(n // 6 + 1))
    return "".join(names)[:n]


CASES = {
    "nested titles": lambda n: _nested("《", "》", n),
    "nested mixed quotes": lambda n: _nested("“「『", "”」』", n),
    "nested single and straight quotes": lambda n: _nested("‘\"", "’\"", n),
    "openers then unmatched closers": lambda n: "《" * (n // 2) + "”" * (n - n // 2),
    "unbalanced quotes": lambda n: _repeat("推进“放管服改革", n),
    "unbalanced closers": lambda n: _repeat("改革”》成效", n),
    "digits": lambda n: "增长" + _repeat("1234567890", n - 3) + "%",
    "万万万": lambda n: "一" + _repeat("万", n - 2) + "元",
    "百分之百分之": lambda n: _repeat("百分之", n - 2) + "十。",
    "heading markers": lambda n: _repeat("（一）", n),
    "point labels": lambda n: _repeat("一是", n),
    "dashes": lambda n: _repeat("——", n),
    "dates": lambda n: _repeat("2024年", n),
    "blank lines": lambda n: "标题\n" + "\n" * (n - 6) + "正文。",
    "spaces": lambda n: "标题\n" + " " * (n - 6) + "正文。",
    "decimal points": lambda n: _repeat("1.2." * (n // 8) + "3亿元\n", n),
    "约约约": lambda n: _repeat("约", n - 5) + "100万元",
    "的的的": lambda n: _repeat("的", n),
    "distinct quoted names": _quoted_names,
}


@pytest.fixture(scope="module")
def extractor() -> govextract.Extractor:
    extractor = govextract.Extractor()
    extractor("推进“一网通办”,印发《方案》。")  # load jieba, patterns and IDF outside the timing
    return extractor


def _best_times(extractor: govextract.Extractor, texts: tuple[str, str], rounds: int = 5) -> tuple[float, float]:
    """The best time of each text over ``rounds`` alternating rounds (a slow spell of the machine hits both)."""
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for index, text in enumerate(texts):
            gc.collect()  # a collection left over from the last text is not charged to this one
            began = time.perf_counter()
            extractor(text)
            best[index] = min(best[index], time.perf_counter() - began)
    return best[0], best[1]


@pytest.mark.timeout(90)
@pytest.mark.parametrize("name", list(CASES))
def test_time_at_four_times_the_length_stays_under_eight_times(extractor, name):
    make = CASES[name]
    small, large = _best_times(extractor, (make(N), make(4 * N)))
    growth = large / small
    assert growth < MAX_GROWTH, f"{name}: time grew {growth:.1f}× for 4× the text"


def test_nested_titles_give_only_the_outermost_levels(extractor):
    text = "《" * 50 + "条例" + "》" * 50
    document = extractor(text)
    assert len(document.documents) == limits.ENCLOSURE_MAX_DEPTH
    assert [d.start for d in document.documents] == list(range(1, limits.ENCLOSURE_MAX_DEPTH + 1))


def test_a_pair_longer_than_its_cap_gives_no_record(extractor):
    text = "印发《" + "规" * (limits.TITLE_MAX_CHARS + 1) + "》。推进“" + "办" * (limits.QUOTE_MAX_CHARS + 1) + "”。"
    document = extractor(text)
    assert document.documents == [] and document.programs == []


MARKS = "《》“”「」『』‘’\"'〈〉\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from([*MARKS, "法", "规", "a", "1"]), max_size=120))
def test_nested_and_unbalanced_enclosures_keep_offsets_exact(text):
    folded = fold(text)
    pairs = find_enclosures(folded)
    for pair in pairs:
        assert pair.open < pair.close
        assert "\n" not in folded[pair.open : pair.close]
    kept = reported(pairs)
    assert all(pair in pairs for pair in kept)
    document = govextract.extract(text)
    for mention in [*document.documents, *document.programs]:
        assert 0 <= mention.start <= mention.end <= len(text)
    for doc_ref in document.documents:
        assert text[doc_ref.start : doc_ref.end] == doc_ref.title
    for program in document.programs:
        assert text[program.start : program.end] == program.name


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(alphabet="ab放管服-]", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="ab放管服-]", max_size=40),
    st.data(),
)
def test_extra_words_are_found_as_one_alternation_longest_first_found_them(words, text, data):
    normalized = normalize_extra_words(words)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    finder = extra_word_pattern(normalized)
    found = [] if finder is None else list(finder.finditer(text, start, end))
    alternation = regex.compile("|".join(regex.escape(word) for word in normalized)) if normalized else None
    expected = [] if alternation is None else [m.span() for m in alternation.finditer(text, start, end)]
    assert found == expected
