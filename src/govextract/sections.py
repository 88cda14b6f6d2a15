"""PLACEHOLDER until the sections helper lands."""
from __future__ import annotations
from .models import Section


def find_sections(text: str, folded: str, start: int, end: int) -> list[Section]:
    return [Section(index=0, start=start, end=end)] if end > start else []
