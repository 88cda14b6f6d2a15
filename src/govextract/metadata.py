"""PLACEHOLDER until the metadata helper lands: title, time, bylines, body bounds."""
from __future__ import annotations
from dataclasses import dataclass
from datetime import datetime
from typing import Optional


@dataclass(frozen=True)
class Metadata:
    title: Optional[str]
    title_start: Optional[int]
    title_end: Optional[int]
    published_at: Optional[datetime]
    outlet: Optional[str]
    editor: Optional[str]
    chief_editor: Optional[str]
    author: Optional[str]
    body_start: int
    body_end: int


def find_metadata(text: str, folded: str) -> Metadata:
    return Metadata(None, None, None, None, None, None, None, None, 0, len(text))
