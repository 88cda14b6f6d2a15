"""The government-domain user dictionary both tokenizer backends load.

The file ``govextract/lexicon/gov_dict.txt`` uses jieba's own format,
``word freq pos`` one entry a line; it is read once per process.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

USER_DICTIONARY = "gov_dict.txt"

# The part-of-speech tag of proper names (programs, platforms, reforms) in the
# user dictionary; agencies are ``nt``, general terms ``n``, ``v`` or ``l``.
NAME_TAG = "nz"


@lru_cache(maxsize=1)
def load_user_dictionary() -> tuple[tuple[str, int, str | None], ...]:
    """Read the shipped jieba user dictionary as ``(word, frequency, tag)`` rows (frequency 0: unstated)."""
    source = resources.files("govextract.lexicon").joinpath(USER_DICTIONARY)
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        parts = line.strip().lstrip("\ufeff").split()
        if not parts:
            continue
        word = parts[0]
        frequency = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
        tag = parts[2] if len(parts) > 2 else None
        rows.append((word, frequency, tag))
    return tuple(rows)


@lru_cache(maxsize=1)
def load_gov_terms() -> frozenset[str]:
    """The words of the shipped government-domain dictionary."""
    return frozenset(word for word, _frequency, _tag in load_user_dictionary())


@lru_cache(maxsize=1)
def load_gov_names() -> frozenset[str]:
    """The proper names (tag ``nz``) of the shipped dictionary: 放管服, 爱山东, 一网通办 …

    >>> "一网通办" in load_gov_names(), "营商环境" in load_gov_names()
    (True, False)
    """
    return frozenset(word for word, _frequency, tag in load_user_dictionary() if tag == NAME_TAG)
