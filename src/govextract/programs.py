"""PLACEHOLDER until the programs helper lands."""
from __future__ import annotations
from .models import DocumentRef, Program


def find_programs(text: str, folded: str, start: int = 0, end: int | None = None, *, enclosures=()) -> list[Program]:
    return []


def find_documents(text: str, folded: str, start: int = 0, end: int | None = None, *, enclosures=()) -> list[DocumentRef]:
    return []
