"""Speed and memory figures for govextract, as ratios against baselines run alongside.

Usage:  .venv/bin/python benchmarks/bench.py [--repeat N]

Machines are noisy, so every figure that matters is a ratio against a baseline
measured in the same run on the same texts:

* extraction vs. plain jieba tokenization of the same text (what it costs on
  top of the tokenizing everyone already does);
* ``parse_number`` vs. cn2an (``pip install cn2an``) on the peer numeral suite,
  with the accuracy of both;
* quantity finding vs. Microsoft Recognizers-Text's Chinese number recognizer
  (``pip install recognizers-text-number "emoji<1.0"``) on the fixture bodies.

Peers that are not installed are skipped with a note.  Nothing here asserts:
it prints figures for a human or a CI log to read.
"""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from pathlib import Path

import govextract
from govextract import numbers as numbers_module
from govextract.batch import load_text
from govextract.numbers import parse_number

ROOT = Path(__file__).resolve().parent.parent
PEER_NUMBERS = ROOT / "tests" / "data" / "recognizers-text" / "NumberModel.json"


def _timed(function, *args, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - began)
    return best


def bench_extraction(texts: list[str], repeat: int) -> None:
    extractor = govextract.Extractor()
    extractor(texts[0])  # build patterns, tokenizer and IDF table once, outside the timing
    tokenizer = extractor.tokenizer
    chars = sum(len(t) for t in texts)

    def run_extract():
        for text in texts:
            extractor(text)

    def run_tokenize():
        for text in texts:
            tokenizer.tokens(text)

    extract_s = _timed(run_extract, repeat=repeat)
    tokenize_s = _timed(run_tokenize, repeat=repeat)
    tracemalloc.start()
    run_extract()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"extraction: {len(texts)} documents, {chars} characters")
    print(f"  govextract.extract     {extract_s * 1000:9.1f} ms  {chars / extract_s:12,.0f} chars/s")
    print(f"  baseline jieba tokens  {tokenize_s * 1000:9.1f} ms  {chars / tokenize_s:12,.0f} chars/s")
    print(f"  ratio extract/tokenize {extract_s / tokenize_s:9.2f}x")
    print(f"  peak traced memory while extracting: {peak / 1e6:.1f} MB")


def _peer_numerals() -> list[tuple[str, float]]:
    if not PEER_NUMBERS.exists():
        return []
    cases = []
    for case in json.loads(PEER_NUMBERS.read_text(encoding="utf-8")):
        results = case.get("Results") or []
        if len(results) == 1 and results[0].get("Text") == case["Input"]:
            try:
                cases.append((case["Input"], float(results[0]["Resolution"]["value"])))
            except (KeyError, TypeError, ValueError):
                continue
    return cases


def bench_numbers(repeat: int) -> None:
    cases = _peer_numerals()
    if not cases:
        print("numbers: peer suite not found, skipped")
        return
    surfaces = [s for s, _ in cases]

    def ours_correct(surface, expected):
        value = parse_number(surface)
        return value is not None and abs(value - expected) <= 1e-9 * max(1.0, abs(expected))

    def ours_cold():
        numbers_module._parse_unsigned.cache_clear()  # time real parsing, not the cache
        return [parse_number(s) for s in surfaces]

    ours_s = _timed(ours_cold, repeat=repeat)
    ours_ok = sum(ours_correct(s, v) for s, v in cases)
    print(f"numbers: {len(cases)} whole-input cases of the Recognizers-Text Chinese number suite")
    print(f"  govextract.parse_number  {ours_ok:4d}/{len(cases)} correct  {len(cases) / ours_s:12,.0f} parses/s")
    try:
        import cn2an
    except ImportError:
        print("  cn2an not installed: pip install cn2an")
        return

    def theirs(surface):
        try:
            return float(cn2an.cn2an(surface, "smart"))
        except Exception:  # a peer's failure is a miss, not a crash of the benchmark
            return None

    theirs_s = _timed(lambda: [theirs(s) for s in surfaces], repeat=repeat)
    theirs_ok = sum(1 for s, v in cases if (r := theirs(s)) is not None and abs(r - v) <= 1e-9 * max(1.0, abs(v)))
    print(f"  cn2an (smart)            {theirs_ok:4d}/{len(cases)} correct  {len(cases) / theirs_s:12,.0f} parses/s")
    print(f"  speed ratio govextract/cn2an {theirs_s / ours_s:.2f}x")


def bench_recognizers(texts: list[str], repeat: int) -> None:
    try:
        from recognizers_number import Culture, recognize_number
    except ImportError:
        print('recognizers: not installed: pip install recognizers-text-number "emoji<1.0"')
        return
    from govextract.enclosures import find_enclosures
    from govextract.normalize import fold
    from govextract.quantities import find_quantities

    extractor = govextract.Extractor()
    bodies = []
    for text in texts:
        doc = extractor(text)
        bodies.append(text[doc.body_start:doc.body_end])
    recognize_number(bodies[0], Culture.Chinese)  # warm both up outside the timing
    chars = sum(len(b) for b in bodies)

    def ours():
        return [find_quantities(b, fold(b), enclosures=find_enclosures(fold(b))) for b in bodies]

    def theirs():
        return [recognize_number(b, Culture.Chinese) for b in bodies]

    ours_s, theirs_s = _timed(ours, repeat=repeat), _timed(theirs, repeat=repeat)
    found_ours, found_theirs = ours(), theirs()
    print(f"quantities vs Recognizers-Text numbers on {len(bodies)} fixture bodies ({chars} characters):")
    print(f"  govextract.find_quantities  {sum(map(len, found_ours)):4d} mentions  {chars / ours_s:12,.0f} chars/s")
    print(f"  Recognizers-Text (Chinese)  {sum(map(len, found_theirs)):4d} mentions  {chars / theirs_s:12,.0f} chars/s")
    print(f"  speed ratio govextract/Recognizers {theirs_s / ours_s:.2f}x")
    sample = found_theirs[0][:14]
    print("  Recognizers on the seed body: " + ", ".join(r.text for r in sample)
          + " … (bare numbers: 一是's 一, dates, 3.0版; no units, qualifiers or subjects)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timing repetitions; the best is reported")
    parser.add_argument("--copies", type=int, default=20, help="how many times the fixture set is processed")
    args = parser.parse_args()
    fixtures = [load_text(p) for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    bench_extraction(fixtures * args.copies, args.repeat)
    bench_numbers(args.repeat)
    bench_recognizers(fixtures, args.repeat)


if __name__ == "__main__":
    main()
