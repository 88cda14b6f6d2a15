"""Word tokens with exact offsets from a private tokenizer: jieba, or rjieba when installed.

``govextract.tokenize`` keeps the names the stages import (:class:`Token`,
:class:`Tokenizer`, :func:`default_tokenizer`, the dictionary loaders).
:func:`make_tokenizer` picks a backend: ``"jieba"`` (:class:`Tokenizer`, the
reference cut), ``"rjieba"`` (:class:`RjiebaTokenizer`, the same tokens
about five times faster, ``pip install govextract[fast]``), or by default
rjieba when it can be imported, else jieba; the environment variable
``GOVEXTRACT_TOKENIZER=jieba|rjieba`` overrides the default (for the CLI).
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.util import find_spec

from .dictionary import load_gov_names, load_gov_terms, load_user_dictionary
from .jieba_backend import Token, Tokenizer
from .rjieba_backend import RjiebaTokenizer

__all__ = [
    "BACKENDS",
    "RjiebaTokenizer",
    "Token",
    "Tokenizer",
    "default_backend",
    "default_tokenizer",
    "load_gov_names",
    "load_gov_terms",
    "load_user_dictionary",
    "make_tokenizer",
]

BACKENDS: dict[str, type[Tokenizer]] = {"jieba": Tokenizer, "rjieba": RjiebaTokenizer}
ENVIRONMENT_VARIABLE = "GOVEXTRACT_TOKENIZER"


@lru_cache(maxsize=1)
def default_backend() -> str:
    """The backend named by ``GOVEXTRACT_TOKENIZER``, else ``"rjieba"`` when rjieba can be imported, else ``"jieba"``.

    The variable is read once per process (the CLI, its worker processes and
    benchmarks choose a backend through it); rjieba is not imported to find out.
    """
    chosen = os.environ.get(ENVIRONMENT_VARIABLE, "").strip()
    if chosen:
        if chosen not in BACKENDS:
            raise ValueError(f"{ENVIRONMENT_VARIABLE}={chosen!r} names no tokenizer: choose one of {', '.join(sorted(BACKENDS))}")
        return chosen
    return "rjieba" if find_spec("rjieba") is not None else "jieba"


def make_tokenizer(tokenizer: str | Tokenizer | None = None) -> Tokenizer:
    """A tokenizer from a backend name, a :class:`Tokenizer` (returned as is) or ``None`` (the default backend).

    >>> make_tokenizer("jieba")
    <govextract.Tokenizer jieba (not loaded)>
    """
    if isinstance(tokenizer, Tokenizer):
        return tokenizer
    name = default_backend() if tokenizer is None else tokenizer
    if not isinstance(name, str):
        raise TypeError(f"tokenizer must be 'jieba', 'rjieba' or a govextract.tokenize.Tokenizer, not {type(name).__name__}")
    if name not in BACKENDS:
        raise ValueError(f"unknown tokenizer {name!r}: choose one of {', '.join(sorted(BACKENDS))}")
    if name == "rjieba" and find_spec("rjieba") is None:
        raise ImportError("the rjieba tokenizer needs rjieba: pip install 'govextract[fast]'")
    return BACKENDS[name]()


@lru_cache(maxsize=1)
def default_tokenizer() -> Tokenizer:
    """A shared tokenizer of the default backend; it is never mutated, so sharing it is safe."""
    return make_tokenizer()
