"""Score structure against hand-written expectations: themes, points, metadata, tail, program heads.

Usage:  .venv/bin/python benchmarks/structure_score.py FOLDER [FOLDER ...] [--verbose]

Each FOLDER holds ``NAME.txt`` releases with ``NAME.expected.yaml`` beside them
(the schema of ``tests/data/releases/README.md``), directly or one level down
(``tests/data/releases`` scores every genre). Printed per document and in
total:

* section themes: precision, recall and F1 over the multiset of non-null
  themes (exact strings);
* points: the same over ``(label, text)`` pairs of every section;
* metadata: the share of the header fields the file states (title,
  published_at, outlet, editor, chief_editor, author; ``null`` included)
  that the record gets exactly;
* body: the share of documents whose body starts and whose tail begins
  exactly where the file says;
* program heads: the share of expected programs whose name is found with
  the expected head;
* key quantities: the share of listed quantities found with their surface,
  value and kind.

Nothing here asserts: the tests check each document exactly; this script
gives the figures an issue's targets are stated in, for any folder,
including material kept outside the repository until rules are done.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

import govextract

HEADER_FIELDS = ("title", "published_at", "outlet", "editor", "chief_editor", "author")


@dataclass
class Tally:
    """Counts for one document or a whole folder."""

    themes: list[int] = field(default_factory=lambda: [0, 0, 0])  # matched, expected, found
    points: list[int] = field(default_factory=lambda: [0, 0, 0])
    fields: list[int] = field(default_factory=lambda: [0, 0])  # right, stated
    body: list[int] = field(default_factory=lambda: [0, 0])
    heads: list[int] = field(default_factory=lambda: [0, 0])
    quantities: list[int] = field(default_factory=lambda: [0, 0])
    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("themes", "points", "fields", "body", "heads", "quantities"):
            mine, theirs = getattr(self, name), getattr(other, name)
            for i, value in enumerate(theirs):
                mine[i] += value


def _multiset_match(expected: Iterable[Any], found: Iterable[Any]) -> tuple[int, int, int, list[str]]:
    want, got = collections.Counter(expected), collections.Counter(found)
    matched = sum((want & got).values())
    misses = [f"missing {item!r}" for item in (want - got).elements()]
    misses += [f"extra {item!r}" for item in (got - want).elements()]
    return matched, sum(want.values()), sum(got.values()), misses


def _as_datetime(value: Any) -> Any:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime(value.year, value.month, value.day)
    return value


def score(text: str, expected: dict[str, Any]) -> Tally:
    """The tally of one document against its expectations."""
    document = govextract.extract(text)
    tally = Tally()
    if "outline" in expected:
        themes = [row[3] for row in expected["outline"] if row[3] is not None]
        found = [s.theme for s in document.sections if s.theme is not None]
        *counts, misses = _multiset_match(themes, found)
        tally.themes = list(counts)
        tally.misses += [f"theme {m}" for m in misses]
    if "points" in expected:
        want = [(label, body) for rows in (expected["points"] or {}).values() for label, body in rows]
        found_points = [(p.label, p.text) for s in document.sections for p in s.points]
        *counts, misses = _multiset_match(want, found_points)
        tally.points = list(counts)
        tally.misses += [f"point {m}" for m in misses]
    for key in HEADER_FIELDS:
        if key in expected.get("header", {}):
            want_value, got_value = _as_datetime(expected["header"][key]), getattr(document, key)
            tally.fields[1] += 1
            if want_value == got_value:
                tally.fields[0] += 1
            else:
                tally.misses.append(f"{key}: want {want_value!r}, got {got_value!r}")
    body = expected.get("body", {})
    if "starts_with" in body or "tail" in body:
        tally.body[1] += 1
        start_ok = text[document.body_start:].startswith(body.get("starts_with", ""))
        tail = body.get("tail")
        tail_ok = (
            "tail" not in body
            or (tail is None and document.body_end == len(text))
            or (tail is not None and text[document.body_end:].startswith(tail))
        )
        if start_ok and tail_ok:
            tally.body[0] += 1
        else:
            tally.misses.append(
                f"body: starts {text[document.body_start:][:15]!r}, tail {text[document.body_end:][:15]!r}"
            )
    for entry in expected.get("programs", []) or []:
        tally.heads[1] += 1
        if any(p.name == entry["name"] and p.head == entry.get("head") for p in document.programs):
            tally.heads[0] += 1
        else:
            heads = [p.head for p in document.programs if p.name == entry["name"]]
            tally.misses.append(f"program {entry['name']!r}: want head {entry.get('head')!r}, got {heads}")
    for entry in expected.get("quantities", []) or []:
        tally.quantities[1] += 1
        if any(q.text == entry["surface"] and q.value == entry["value"] and q.kind.value == entry["kind"]
               for q in document.quantities):
            tally.quantities[0] += 1
        else:
            tally.misses.append(f"quantity {entry['surface']!r} not found as {entry['value']} {entry['kind']}")
    return tally


def _ratio(right: int, total: int) -> str:
    return f"{right / total:6.1%} ({right}/{total})" if total else "   n/a"


def _f1(matched: int, expected: int, found: int) -> str:
    if not expected and not found:
        return "   n/a"
    precision = matched / found if found else 0.0
    recall = matched / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"F1 {f1:.3f} (P {precision:.2f} R {recall:.2f}, {matched}/{expected} exp, {found} found)"


def _report(name: str, tally: Tally) -> None:
    print(name)
    print(f"  themes      {_f1(*tally.themes)}")
    print(f"  points      {_f1(*tally.points)}")
    print(f"  metadata    {_ratio(*tally.fields)}")
    print(f"  body/tail   {_ratio(*tally.body)}")
    print(f"  prog. heads {_ratio(*tally.heads)}")
    print(f"  quantities  {_ratio(*tally.quantities)}")


def _documents(folders: Iterable[str]) -> list[Path]:
    paths: list[Path] = []
    for folder in folders:
        root = Path(folder)
        paths += sorted(root.glob("*.txt")) + sorted(root.glob("*/*.txt"))
    return [p for p in paths if p.with_name(p.name[:-4] + ".expected.yaml").exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+")
    parser.add_argument("--verbose", action="store_true", help="print every miss of every document")
    args = parser.parse_args(argv)
    total = Tally()
    for path in _documents(args.folders):
        with open(path, encoding="utf-8", newline="") as handle:
            text = handle.read()
        expected = yaml.safe_load(path.with_name(path.name[:-4] + ".expected.yaml").read_text(encoding="utf-8")) or {}
        tally = score(text, expected)
        total.add(tally)
        if args.verbose:
            _report(path.name, tally)
            for miss in tally.misses:
                print(f"    - {miss}")
    _report(f"TOTAL over {len(_documents(args.folders))} documents", total)
    return 0


if __name__ == "__main__":
    sys.exit(main())
