"""The benchmark corpus: the fixtures and test releases, replicated with their digits perturbed.

Every copy after the first has its ASCII digits replaced by seeded random
digits, so numbers and dates look real but no two copies are equal: no cache
keyed on a text or a line can answer a copy from memory.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 10


def release_paths() -> list[Path]:
    """The fixtures and the test releases, in a stable order."""
    return sorted([*ROOT.glob("fixtures/*.txt"), *ROOT.glob("tests/data/releases/*/*.txt")])


def perturb(text: str, rng: random.Random) -> str:
    """``text`` with every ASCII digit replaced by a random one (same length, same layout)."""
    digits = "0123456789"
    return "".join(digits[rng.randrange(10)] if "0" <= ch <= "9" else ch for ch in text)


def originals() -> list[str]:
    """The texts of the fixtures and test releases."""
    from govextract.batch import load_text

    return [load_text(path) for path in release_paths()]


def build_corpus(min_chars: int = 2_000_000, seed: int = SEED) -> list[str]:
    """At least ``min_chars`` characters of releases: the originals, then perturbed copies."""
    texts = originals()
    rng = random.Random(seed)
    corpus = list(texts)
    size = sum(map(len, corpus))
    while size < min_chars:
        for text in texts:
            copy = perturb(text, rng)
            corpus.append(copy)
            size += len(copy)
            if size >= min_chars:
                break
    return corpus


def documents(count: int, seed: int = SEED) -> Iterator[str]:
    """``count`` documents cycling through the originals, each copy perturbed, made one at a time."""
    texts = originals()
    rng = random.Random(seed)
    for i in range(count):
        yield texts[i] if i < len(texts) else perturb(texts[i % len(texts)], rng)
