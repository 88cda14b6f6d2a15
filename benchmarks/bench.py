"""Speed and memory of govextract, as ratios against baselines measured in the same run.

Usage:  python benchmarks/bench.py [--repeat 5] [--quick] [--peers]

Run from a clone (``pip install -e ".[bench]"`` or any environment with the
dependencies): the checkout's own ``src`` folder is imported, here and in
every child process.  The corpus (``benchmarks/corpus.py``) is at least 2 MB
of the fixtures and test releases, the copies with their digits perturbed.

Printed, each timing the median of ``--repeat`` rounds whose parts alternate
(so a slow spell of the machine hits every part alike):

* ``extract()`` documents/s and characters/s for each tokenizer backend
  ``Extractor(tokenizer=...)`` accepts (only the default where it accepts
  none), and which backend the default picked;
* bare ``jieba.lcut`` on the same texts, our ``Tokenizer.tokens``, and the
  ratios of their times (extract/lcut is the headline figure);
* the time of each pipeline stage (each stage call of ``pipeline.py`` timed by
  a wrapper in an instrumented pass, the outermost call only);
* the CLI's cold start on one file (a fresh process each time);
* peak RSS of a process extracting 10,000 documents one after another;
* one 3-million-character document's characters/s next to the corpus's
  (``benchmarks/huge.py``'s builder; 1.0 is linear time).

``--peers`` adds the old comparisons: ``parse_number`` vs. cn2an and quantity
finding vs. Recognizers-Text (skipped with a note when not installed).
Nothing here asserts: targets are read from the output.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# --src PATH imports govextract from another checkout's src folder (a before/after comparison).
SRC = Path(sys.argv[sys.argv.index("--src") + 1]).resolve() if "--src" in sys.argv[:-1] else ROOT / "src"
sys.path[:0] = [str(SRC), str(HERE)]

import corpus  # noqa: E402  (after the path set-up above)
import govextract  # noqa: E402
from govextract import pipeline  # noqa: E402

BACKENDS = ("jieba", "rjieba")
CHILD_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")]))}


def _clock(function: Callable[[], object]) -> float:
    began = time.perf_counter()
    function()
    return time.perf_counter() - began


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def make_extractors() -> tuple[dict[str, govextract.Extractor], str]:
    """One warmed extractor per backend ``Extractor(tokenizer=...)`` accepts, and the default's name."""
    default = govextract.Extractor()
    default("全省政务服务事项网上可办率达到90%以上。推进“一网通办”。")
    picked = getattr(default.tokenizer, "backend", None) or getattr(default.tokenizer, "name", None)
    extractors: dict[str, govextract.Extractor] = {}
    if "tokenizer" in inspect.signature(govextract.Extractor).parameters:
        for name in BACKENDS:
            try:
                extractor = govextract.Extractor(tokenizer=name)  # type: ignore[arg-type]
                extractor("全省政务服务事项网上可办率达到90%以上。推进“一网通办”。")
            except (TypeError, ValueError, ImportError) as error:
                print(f"  backend {name!r}: not available ({type(error).__name__}: {error})")
                continue
            extractors[name] = extractor
    if not extractors:
        extractors["default"] = default
        picked = picked or "jieba (Extractor takes no backend name)"
    return extractors, str(picked or "unknown")


def bench_throughput(texts: list[str], repeat: int) -> dict[str, float]:
    """Median seconds per pass over ``texts`` for each extractor, lcut and Tokenizer.tokens."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    extractors, picked = make_extractors()
    tokenizer = next(iter(extractors.values())).tokenizer
    parts: dict[str, Callable[[], object]] = {
        f"extract[{name}]": (lambda e=extractor: [e(t) for t in texts]) for name, extractor in extractors.items()
    }
    parts["jieba.lcut"] = lambda: [jieba.lcut(t) for t in texts]
    parts["Tokenizer.tokens"] = lambda: [tokenizer.tokens(t) for t in texts]
    times: dict[str, list[float]] = {name: [] for name in parts}
    ratios: dict[str, list[float]] = {name: [] for name in parts}
    for _ in range(repeat):
        for name, function in parts.items():
            times[name].append(_clock(function))
        for name in parts:
            ratios[name].append(times[name][-1] / times["jieba.lcut"][-1])
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} documents, {chars:,} characters; median of {repeat} alternating rounds")
    print(f"  default backend: {picked}")
    print(f"  {'':22} {'seconds':>8} {'docs/s':>8} {'chars/s':>11}  {'x lcut':>7} {'(median of round ratios)':>10}")
    medians = {name: _median(values) for name, values in times.items()}
    for name, seconds in medians.items():
        print(f"  {name:22} {seconds:8.2f} {len(texts) / seconds:8.1f} {chars / seconds:11,.0f}"
              f"  {seconds / medians['jieba.lcut']:6.2f}x  ({_median(ratios[name]):.2f}x)")
    return {name: chars / seconds for name, seconds in medians.items()}


STAGES = (
    ("fold", pipeline, "fold"),
    ("metadata", pipeline.metadata, "find_metadata"),
    ("enclosures", pipeline, "find_enclosures"),
    ("layout", pipeline.layout, "analyze"),
    ("sections", pipeline.sections, "find_sections"),
    ("quantities", pipeline.Extractor, "_quantities"),
    ("bases", pipeline.Extractor, "_bases"),
    ("programs", pipeline.Extractor, "_programs"),
    ("documents", pipeline.Extractor, "_documents"),
    ("dates", pipeline.dates, "find_dates"),
    ("periods", pipeline.Extractor, "_periods"),
    ("keywords+tokens", pipeline.Extractor, "_keywords"),
    ("records", pipeline, "_document"),
)


def bench_stages(texts: list[str], repeat: int) -> None:
    """Each stage call of ``pipeline.py`` timed by a wrapper (outermost calls only); medians over passes."""
    extractor = govextract.Extractor()
    extractor(texts[0])
    spent: dict[str, float] = {}
    depth = [0]

    def timed(name: str, function: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            if depth[0]:
                return function(*args, **kwargs)
            depth[0] += 1
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - began
                depth[0] -= 1

        return wrapper

    originals = [(owner, attribute, inspect.getattr_static(owner, attribute)) for _, owner, attribute in STAGES]
    passes: list[dict[str, float]] = []
    try:
        for (name, owner, attribute), (_, _, original) in zip(STAGES, originals, strict=True):
            if isinstance(original, staticmethod):
                setattr(owner, attribute, staticmethod(timed(name, original.__func__)))
            else:
                setattr(owner, attribute, timed(name, original))
        for _ in range(repeat):
            spent.clear()
            total = _clock(lambda: [extractor(t) for t in texts])
            passes.append({**spent, "(rest)": total - sum(spent.values()), "total": total})
    finally:
        for owner, attribute, original in originals:
            setattr(owner, attribute, original)
    print(f"stages: seconds over the corpus, median of {repeat} instrumented passes")
    total = _median([p["total"] for p in passes])
    for name in [*(s for s, _, _ in STAGES), "(rest)", "total"]:
        seconds = _median([p.get(name, 0.0) for p in passes])
        print(f"  {name:16} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")


def bench_cli(path: Path, repeat: int) -> None:
    """Wall time of ``python -m govextract FILE`` in a fresh process (interpreter start included), per backend.

    The backend is chosen by ``GOVEXTRACT_TOKENIZER``; runs of the backends and
    of a bare interpreter alternate.
    """
    command = [sys.executable, "-m", "govextract", "-q", "-o", os.devnull, str(path)]
    bare = [sys.executable, "-c", "pass"]
    backends = [b for b in BACKENDS if b == "jieba" or importlib.util.find_spec(b) is not None]
    cold: dict[str, list[float]] = {backend: [] for backend in backends}
    empty: list[float] = []
    for _ in range(repeat):
        for backend in backends:
            env = {**CHILD_ENV, "GOVEXTRACT_TOKENIZER": backend}
            cold[backend].append(_clock(lambda env=env: subprocess.run(command, env=env, check=True, capture_output=True)))
        empty.append(_clock(lambda: subprocess.run(bare, env=CHILD_ENV, check=True, capture_output=True)))
    timings = ", ".join(f"{backend} {_median(times):.2f} s" for backend, times in cold.items())
    print(f"CLI cold start on {path.name} ({len(path.read_text(encoding='utf-8')):,} chars), median of {repeat}:"
          f" {timings} (a bare interpreter: {_median(empty):.2f} s)")


def rss_child(count: int) -> None:
    """Extract ``count`` documents one after another; print one JSON line of figures."""
    import resource

    extractor = govextract.Extractor()
    chars = 0
    began = time.perf_counter()
    for text in corpus.documents(count):
        extractor(text)
        chars += len(text)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    print(json.dumps({"documents": count, "chars": chars, "seconds": time.perf_counter() - began, "peak": peak}))


def bench_rss(count: int) -> None:
    done = subprocess.run([sys.executable, __file__, "--rss-child", str(count)], env=CHILD_ENV,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"peak RSS: the child failed:\n{done.stderr}")
        return
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"peak RSS over {figures['documents']:,} documents ({figures['chars']:,} characters, one process):"
          f" {figures['peak'] / 1e6:.0f} MB   ({figures['chars'] / figures['seconds']:,.0f} chars/s)")


def bench_huge(length: int, repeat: int, corpus_speed: float) -> None:
    import huge

    text = huge.build_text(length)
    extractor = govextract.Extractor()
    extractor(text[:1000])
    seconds = _median([_clock(lambda: extractor(text)) for _ in range(repeat)])
    speed = len(text) / seconds
    print(f"one document of {len(text):,} characters, median of {repeat}: {seconds:.1f} s, {speed:,.0f} chars/s;"
          f" / corpus chars/s = {speed / corpus_speed:.2f} (1.00 is linear)")


def bench_peers(texts: list[str], repeat: int) -> None:
    """``parse_number`` vs. cn2an, and quantities vs. Recognizers-Text, where installed."""
    from govextract.numbers import parse_number

    suite = ROOT / "tests" / "data" / "recognizers-text" / "NumberModel.json"
    cases = []
    for case in json.loads(suite.read_text(encoding="utf-8")) if suite.exists() else []:
        results = case.get("Results") or []
        if len(results) == 1 and results[0].get("Text") == case["Input"]:
            try:
                cases.append((case["Input"], float(results[0]["Resolution"]["value"])))
            except (KeyError, TypeError, ValueError):
                continue

    def score(parse: Callable[[str], float | None]) -> tuple[int, float]:
        def close(surface: str, expected: float) -> bool:
            try:
                value = parse(surface)
            except Exception:  # a peer's failure is a miss, not a crash of the benchmark
                return False
            return value is not None and abs(float(value) - expected) <= 1e-9 * max(1.0, abs(expected))

        seconds = _median([_clock(lambda: [close(s, v) for s, v in cases]) for _ in range(repeat)])
        return sum(close(s, v) for s, v in cases), len(cases) / seconds

    if cases:
        ok, rate = score(parse_number)
        print(f"numbers: govextract.parse_number {ok}/{len(cases)} correct, {rate:,.0f} parses/s")
        try:
            import cn2an

            ok, rate = score(lambda s: float(cn2an.cn2an(s, "smart")))
            print(f"         cn2an (smart)           {ok}/{len(cases)} correct, {rate:,.0f} parses/s")
        except ImportError:
            print("         cn2an not installed: pip install cn2an")
    try:
        from recognizers_number import Culture, recognize_number
    except ImportError:
        print('recognizers: not installed: pip install recognizers-text-number "emoji<1.0"')
        return
    from govextract.enclosures import find_enclosures
    from govextract.normalize import fold
    from govextract.quantities import find_quantities

    extractor = govextract.Extractor()
    bodies = [t[(d := extractor(t)).body_start : d.body_end] for t in texts]
    recognize_number(bodies[0], Culture.Chinese)
    chars = sum(map(len, bodies))
    ours = _median([_clock(lambda: [find_quantities(b, fold(b), enclosures=find_enclosures(fold(b))) for b in bodies])
                    for _ in range(repeat)])
    theirs = _median([_clock(lambda: [recognize_number(b, Culture.Chinese) for b in bodies]) for _ in range(repeat)])
    print(f"quantities on {len(bodies)} bodies: govextract {chars / ours:,.0f} chars/s,"
          f" Recognizers-Text {chars / theirs:,.0f} chars/s ({theirs / ours:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="rounds per timing; the median is reported")
    parser.add_argument("--min-chars", type=int, default=2_000_000, help="corpus size in characters")
    parser.add_argument("--rss-documents", type=int, default=10_000, help="documents in the peak-RSS run")
    parser.add_argument("--huge-chars", type=int, default=3_000_000, help="length of the one long document")
    parser.add_argument("--huge-repeat", type=int, default=3, help="rounds for the long document")
    parser.add_argument("--skip", default="", help="comma-separated parts to skip: stages,cli,rss,huge")
    parser.add_argument("--quick", action="store_true", help="throughput and stages only, 3 rounds")
    parser.add_argument("--peers", action="store_true", help="also compare with cn2an and Recognizers-Text")
    parser.add_argument("--src", help="import govextract from this src folder (default: this checkout's)")
    parser.add_argument("--rss-child", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.rss_child:
        rss_child(arguments.rss_child)
        return
    skip = set(filter(None, arguments.skip.split(",")))
    if arguments.quick:
        skip |= {"cli", "rss", "huge"}
        arguments.repeat = min(arguments.repeat, 3)
    print(f"govextract {govextract.__version__} from {Path(govextract.__file__).parent}; Python {sys.version.split()[0]}")
    texts = corpus.build_corpus(arguments.min_chars)
    speeds = bench_throughput(texts, arguments.repeat)
    if "stages" not in skip:
        bench_stages(texts, arguments.repeat)
    if "cli" not in skip:
        bench_cli(corpus.release_paths()[0], arguments.repeat)
    if "huge" not in skip:
        corpus_speed = next(speed for name, speed in speeds.items() if name.startswith("extract"))
        bench_huge(arguments.huge_chars, arguments.huge_repeat, corpus_speed)
    if "rss" not in skip:
        bench_rss(arguments.rss_documents)
    if arguments.peers:
        bench_peers(corpus.originals(), arguments.repeat)


if __name__ == "__main__":
    main()
