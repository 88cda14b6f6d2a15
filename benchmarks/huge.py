"""Speed and peak memory of one long document, at 100 thousand, 1 million and 3 million characters.

Usage:  .venv/bin/python benchmarks/huge.py [--sizes 100000,1000000,3000000] [--src PATH]

The document is built from the test releases (tests/data/releases/*/*.txt and
fixtures/*.txt): the header of one release, then the bodies of all of them
over and over, each copy with its ASCII digits replaced by seeded random
digits, so numbers, dates and sections look real but never repeat exactly.

Each size runs in a fresh subprocess, so one size's peak cannot hide
another's.  The child loads the extractor, warms it on a short text, reads
the document, resets the kernel's peak-RSS mark (``/proc/self/clear_refs``,
where Linux has it), extracts once and reads the peak from
``resource.getrusage``.  Printed per size: characters per second, and peak RSS
above the RSS before extraction, per character of the document.  Then the
ratio of characters per second at the largest size to the smallest: 1.0 is
linear time.

``--src PATH`` runs the children on another checkout's ``src`` folder (for a
before/after comparison in one run, on the same document).  Nothing here
asserts: it prints figures for a human or a CI log to read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = (100_000, 1_000_000, 3_000_000)
SEED = 8


def release_paths() -> list[Path]:
    return sorted([*ROOT.glob("fixtures/*.txt"), *ROOT.glob("tests/data/releases/*/*.txt")])


def build_text(length: int, seed: int = SEED) -> str:
    """A document of exactly ``length`` characters: one release's header, then perturbed release bodies."""
    from govextract import metadata
    from govextract.batch import load_text
    from govextract.normalize import fold

    texts = [load_text(path) for path in release_paths()]
    bodies = []
    header = ""
    for text in texts:
        meta = metadata.find_metadata(text, fold(text))
        bodies.append(text[meta.body_start : meta.body_end].strip())
        if not header and meta.title is not None and meta.published_at is not None:
            header = text[: meta.body_start].rstrip()
    rng = random.Random(seed)
    parts = [header]
    size = len(header)
    while size < length:
        body = bodies[(len(parts) - 1) % len(bodies)]
        body = "".join(str(rng.randrange(10)) if "0" <= ch <= "9" else ch for ch in body)
        parts.append(body)
        size += len(body) + 2
    return "\n\n".join(parts)[:length]


def _peak_rss() -> int:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def _current_rss() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return _peak_rss()


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # reset the peak RSS mark to the current RSS
        return True
    except OSError:
        return False


def child(path: str) -> None:
    """Extract the document at ``path`` once; print one JSON line of figures."""
    import govextract

    extractor = govextract.Extractor()
    extractor("全省政务服务事项网上可办率达到90%以上。推进“一网通办”。")  # load patterns, jieba, IDF
    with open(path, encoding="utf-8", newline="") as file:
        text = file.read()
    reset = _reset_peak()
    before = _current_rss()
    began = time.perf_counter()
    document = extractor(text)
    elapsed = time.perf_counter() - began
    peak = _peak_rss()
    print(json.dumps({
        "chars": len(text), "seconds": elapsed, "before": before, "peak": peak, "reset": reset,
        "quantities": len(document.quantities), "sections": len(document.sections),
        "module": govextract.__file__,
    }))


def run(sizes: list[int], src: str | None) -> None:
    environment = dict(os.environ)
    if src:
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [src, environment.get("PYTHONPATH")]))
    speeds = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"huge-{size}.txt"
            with path.open("w", encoding="utf-8", newline="") as file:
                file.write(build_text(size))
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(path)],
                env=environment, capture_output=True, text=True, check=False,
            )
            if done.returncode != 0:
                print(f"{size:>10,} chars: the child failed:\n{done.stderr}")
                continue
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            speeds[size] = figures["chars"] / figures["seconds"]
            if size == sizes[0]:
                print(f"govextract from {figures['module']}")
                if not figures["reset"]:
                    print("  (no /proc/self/clear_refs: peaks include the start-up peak)")
            growth = (figures["peak"] - figures["before"]) / figures["chars"]
            print(
                f"{figures['chars']:>10,} chars {figures['seconds']:8.2f} s {speeds[size]:>10,.0f} chars/s"
                f"   peak RSS {figures['peak'] / 1e6:7.1f} MB, {growth:6.1f} B/char above the"
                f" {figures['before'] / 1e6:.0f} MB before extraction"
                f"   ({figures['quantities']:,} quantities, {figures['sections']:,} sections)"
            )
    if len(speeds) >= 2:
        small, large = min(speeds), max(speeds)
        print(f"chars/s at {large:,} / chars/s at {small:,}: {speeds[large] / speeds[small]:.2f} (1.00 is linear)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated character counts")
    parser.add_argument("--src", help="import govextract from this src folder in the children")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments.child)
    else:
        run([int(size) for size in arguments.sizes.split(",")], arguments.src)


if __name__ == "__main__":
    main()
