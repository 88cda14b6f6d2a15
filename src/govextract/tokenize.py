"""PLACEHOLDER until the tokenizer helper lands."""
from __future__ import annotations


class Tokenizer:
    pass
