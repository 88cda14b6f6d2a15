"""Score quantities against hand-annotated releases: spans, and each field of the matched ones.

Usage:  .venv/bin/python benchmarks/quantity_score.py FOLDER [FOLDER ...] [--verbose] [--field NAME ...]

Each FOLDER holds ``NAME.txt`` releases with ``NAME.expected.yaml`` beside them, whose
``quantities:`` list every quantity of the body in text order::

    - surface: "0.2个百分点"     # exact characters of the text
      occurrence: 1              # the n-th (0-based) place the surface occurs in the file, when it recurs
      kind: percentage_point
      value: 0.2
      unit: 百分点
      direction: up
      subject: 规模以上工业增加值
      period: 1—7月份
      period_from: 2024-01-01
      period_to: 2024-07-31
      basis: vs_earlier
      parts: [7.5, 32.6, 59.9]   # ratios only

and optionally ``not_quantities:``, surfaces that must not be found.  Printed per
document and in total:

* spans: precision, recall and F1 of quantity spans (same start, same text);
* for each field an entry states: the share of *expected* quantities whose field is
  right (a quantity not found counts as wrong), and the share among those found.

Fields are compared as written: values within 1e-9 relative, dates as ISO strings,
``null`` as None.  Nothing here asserts: this prints the figures an issue's targets
are stated in, for material kept outside the repository until the rules are done.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import math
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

import govextract

FIELDS = ("kind", "value", "unit", "direction", "subject", "subject~", "period", "period_from", "period_to", "basis", "parts")

# ``subject~`` scores the subject again, forgiving a leading scope word on either side
# (全省规模以上工业增加值 for 规模以上工业增加值): annotators differ on whether the scope belongs
# to the metric, and a series matched by containment finds both.
SCOPE_WORDS = ("全省", "全市", "全县", "全区", "全国", "全州", "全澳", "全港", "我省", "我市", "我县", "本市", "全年")


def _unscoped(subject: Any) -> Any:
    if isinstance(subject, str):
        for word in SCOPE_WORDS:
            if subject.startswith(word) and len(subject) > len(word):
                return subject[len(word):]
    return subject


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _same(expected: Any, got: Any) -> bool:
    expected, got = _plain(expected), _plain(got)
    if isinstance(expected, list) and isinstance(got, list):
        return len(expected) == len(got) and all(_same(a, b) for a, b in zip(expected, got, strict=True))
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)) and not isinstance(expected, bool):
        return math.isclose(float(expected), float(got), rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(expected, str) and isinstance(got, str):
        return expected == got
    return expected == got


def _places(text: str, surface: str) -> list[int]:
    found, at = [], text.find(surface)
    while at >= 0:
        found.append(at)
        at = text.find(surface, at + 1)
    return found


class Score:
    """Counts for one document or a whole folder."""

    def __init__(self) -> None:
        self.spans = Counter()  # matched, expected, found
        self.right: Counter[str] = Counter()  # field -> right among expected
        self.stated: Counter[str] = Counter()  # field -> expected entries stating it
        self.right_found: Counter[str] = Counter()
        self.stated_found: Counter[str] = Counter()
        self.misses: list[str] = []

    def add(self, other: Score) -> None:
        for mine, theirs in ((self.spans, other.spans), (self.right, other.right), (self.stated, other.stated),
                             (self.right_found, other.right_found), (self.stated_found, other.stated_found)):
            mine.update(theirs)
        self.misses.extend(other.misses)

    def lines(self, fields: tuple[str, ...]) -> list[str]:
        matched, expected, found = (self.spans[k] for k in ("matched", "expected", "found"))
        precision = matched / found if found else 1.0
        recall = matched / expected if expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out = [f"  spans     P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}   ({matched} of {expected} expected, {found} found)"]
        for name in fields:
            if self.stated[name]:
                share = self.right[name] / self.stated[name]
                among = self.right_found[name] / self.stated_found[name] if self.stated_found[name] else 0.0
                out.append(f"  {name:<18} {share:.3f}  ({self.right[name]}/{self.stated[name]}; "
                           f"{among:.3f} of those found)")
        return out


def score(path: Path, extractor: govextract.Extractor, fields: tuple[str, ...]) -> Score:
    text = path.read_text(encoding="utf-8")
    spec = yaml.safe_load(path.with_name(path.stem + ".expected.yaml").read_text(encoding="utf-8")) or {}
    document = extractor(text)
    by_start = {(q.start, q.text): q for q in document.quantities}
    result = Score()
    result.spans["found"] = len(document.quantities)
    for entry in spec.get("quantities") or []:
        surface = entry["surface"]
        places = _places(text, surface)
        occurrence = entry.get("occurrence", 0)
        result.spans["expected"] += 1
        quantity = by_start.get((places[occurrence], surface)) if occurrence < len(places) else None
        if quantity is not None:
            result.spans["matched"] += 1
        for name in fields:
            key = name.rstrip("~")
            if key not in entry:
                continue
            result.stated[name] += 1
            if quantity is None:
                continue
            result.stated_found[name] += 1
            want, got = entry[key], getattr(quantity, key)
            if name.endswith("~"):
                want, got = _unscoped(want), _unscoped(got)
            if _same(want, got):
                result.right[name] += 1
                result.right_found[name] += 1
            else:
                result.misses.append(f"{path.stem}: {surface}#{occurrence} {name}: expected {_plain(entry[key])!r}, "
                                     f"got {_plain(getattr(quantity, key))!r}")
        if quantity is None:
            result.misses.append(f"{path.stem}: {surface}#{occurrence} not found")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    parser.add_argument("--field", action="append", choices=FIELDS, help="score only these fields")
    args = parser.parse_args(argv)
    fields = tuple(args.field or FIELDS)
    extractor = govextract.Extractor()
    total = Score()
    for folder in args.folders:
        for path in sorted(folder.glob("*.txt")):
            if not path.with_name(path.stem + ".expected.yaml").exists():
                continue
            result = score(path, extractor, fields)
            print(path.name)
            print("\n".join(result.lines(fields)))
            total.add(result)
    print("total")
    print("\n".join(total.lines(fields)))
    if args.verbose:
        print("\n".join(total.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
