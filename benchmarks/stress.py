"""Time per character and peak memory on pathological inputs, next to ordinary text's, in one run.

Usage:  .venv/bin/python benchmarks/stress.py [--chars 200000] [--repeat 3] [--only NAME,...] [--src PATH]

Each case is a text of ``--chars`` characters (200,000 by default) made of one
pathological repetition: nested 《《《…》》》 and “「『…』」”, long runs of digits,
万万万…, 百分之百分之…, unbalanced quotes by the thousand, paragraphs of 30,000
characters without punctuation, heading markers over and over (一、一、…,
（一）（一）…), point labels (一是一是…), dashes, dates (2024年2024年…) and a
few more read off the stages' patterns.  ``ordinary`` is the baseline: test
releases' bodies, digits perturbed (the text ``benchmarks/huge.py`` builds).

Each case runs in a fresh subprocess (so one case's peak cannot hide another's,
and a runaway case is stopped by ``--timeout`` and an address-space cap of
``--memory`` GB instead of taking the machine down).  The child warms the
extractor on a short text, resets the kernel's peak-RSS mark, extracts the
case ``--repeat`` times and prints the median time and the peak RSS above the
RSS before the first extraction.  ``ordinary`` runs first and last; its median
over both runs is the baseline.  Printed per case: microseconds per character,
the ratio to ordinary text's (target: under 3), and peak RSS per character of
input (ordinary text's is the yardstick for "bounded").  Nothing here asserts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHARS = 200_000


def _huge():  # the ordinary-text builder of benchmarks/huge.py
    spec = importlib.util.spec_from_file_location("huge_benchmark", ROOT / "benchmarks" / "huge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _nested(openers: str, closers: str, n: int, inner: str = "") -> str:
    depth = (n - len(inner)) // (2 * len(openers))
    return (openers * depth + inner + closers[::-1] * depth).ljust(n, "。")


def _unpunctuated(n: int) -> str:
    """Ordinary text with every punctuation mark and line break removed, 30,000 characters a paragraph."""
    import unicodedata

    text = "".join(ch for ch in _huge().build_text(n * 2) if not unicodedata.category(ch).startswith(("P", "Z", "C")))
    paragraphs = [text[i : i + 30_000] for i in range(0, len(text), 30_000)]
    return "\n".join(paragraphs)[:n]


def _quoted_names(n: int) -> str:
    """Distinct quoted names side by side (“甲乙丙丁”“乙乙丙丁”…, 33,000 of them at 200k characters).

    Each one is a program name, so each one is a word the tokenizer keeps whole for this document.
    """
    pool = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    k = len(pool)
    names = ("“" + pool[i % k] + pool[i // k % k] + pool[i // k**2 % k] + pool[i // k**3 % k] + "”"
             for i in range(n // 6 + 1))
    return "".join(names)[:n]


def _ordinary(n: int) -> str:
    return str(_huge().build_text(n))


CASES: dict[str, Callable[[int], str]] = {
    "ordinary": _ordinary,
    "nested 《》": lambda n: _nested("《", "》", n),
    "nested 《》 with text": lambda n: _nested("《", "》", n, "关于印发某某规划的通知"),
    "nested “「『": lambda n: _nested("“「『", "”」』", n),
    "nested ‘’ and \"": lambda n: _nested("‘\"", "’\"", n),
    "100,000 digits": lambda n: _repeat("增长" + _repeat("1234567890", 100_000) + "%。\n", n),
    "digits with commas": lambda n: _repeat("1,234," * 20_000 + "567万元\n", n),
    "decimal points": lambda n: _repeat("1.2." * 25_000 + "3亿元\n", n),
    "万万万": lambda n: "一" + _repeat("万", n - 2) + "元",
    "百分之百分之": lambda n: _repeat("百分之", n - 2) + "十。",
    "unbalanced “": lambda n: _repeat("推进“放管服改革", n),
    "unbalanced ”》": lambda n: _repeat("改革”》成效", n),
    "《《… then ””…": lambda n: "《" * (n // 2) + "”" * (n - n // 2),
    "unbalanced \"": lambda n: _repeat('推进"一网通办', n),
    "unbalanced 《“ per line": lambda n: _repeat("印发《关于“" * 500 + "\n", n),
    "30,000 chars unpunctuated": _unpunctuated,
    "一、一、": lambda n: _repeat("一、", n),
    "（一）（一）": lambda n: _repeat("（一）", n),
    "一、 per line": lambda n: _repeat("一、\n", n),
    "（一） per line": lambda n: _repeat("（一）加强\n", n),
    "一是一是": lambda n: _repeat("一是", n),
    "首先第二第三": lambda n: _repeat("首先第二是第三是", n),
    "——————": lambda n: _repeat("——", n),
    "——加强 per line": lambda n: _repeat("——加强\n", n),
    "2024年2024年": lambda n: _repeat("2024年", n),
    "2024年1月1日至": lambda n: _repeat("2024年1月1日至", n),
    "同比增长同比": lambda n: _repeat("同比增长", n - 3) + "5%。",
    "1、2、3、 list": lambda n: "分别为" + "、".join(str(i % 1000) + "%" for i in range(n // 4))[: n - 4] + "。",
    "约约约": lambda n: _repeat("约", n - 5) + "100万元",
    "第一第一": lambda n: _repeat("第一", n),
    "1.1.1. headings": lambda n: _repeat("1.1.\n", n),
    "no line breaks ordinary": lambda n: _ordinary(2 * n).replace("\n", "")[:n],
    "blank lines": lambda n: "标题\n" + "\n" * (n - 6) + "正文。",
    "spaces": lambda n: "标题\n" + " " * (n - 6) + "正文。",
    "的的的": lambda n: _repeat("的", n),
    "distinct quoted names": _quoted_names,
}


def _peak_rss() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def _current_rss() -> int:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return _peak_rss()


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


def child(path: str, repeat: int, memory_gb: float) -> None:
    """Extract the text at ``path`` ``repeat`` times; print one JSON line of figures."""
    import resource

    import govextract

    limit = int(memory_gb * 2**30)
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    extractor = govextract.Extractor()
    extractor("全省政务服务事项网上可办率达到90%以上。推进“一网通办”,印发《方案》。")
    with open(path, encoding="utf-8", newline="") as file:
        text = file.read()
    _reset_peak()
    before = _current_rss()
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        extractor(text)
        times.append(time.perf_counter() - began)
        if times[0] > 20:  # a runaway case: one timing says enough
            break
    print(json.dumps({"chars": len(text), "seconds": statistics.median(times), "before": before,
                      "peak": _peak_rss(), "module": govextract.__file__}))


def _run_case(name: str, text: str, arguments: argparse.Namespace, environment: dict[str, str]) -> dict | str:
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as file:
        file.write(text)
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", file.name, "--repeat", str(arguments.repeat),
             "--memory", str(arguments.memory)],
            env=environment, capture_output=True, text=True, check=False, timeout=arguments.timeout,
        )
    except subprocess.TimeoutExpired:
        return f"over {arguments.timeout:.0f} s"
    finally:
        os.unlink(file.name)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return f"failed: {last[:60]}"
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(arguments: argparse.Namespace) -> None:
    environment = dict(os.environ)
    if arguments.src:
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, [arguments.src, environment.get("PYTHONPATH")]))
    names = [name for name in CASES if name != "ordinary"]
    if arguments.only:
        names = [name for name in names if name in arguments.only.split(",")]
    texts = {name: CASES[name](arguments.chars) for name in ["ordinary", *names]}
    wrong = {name: len(text) for name, text in texts.items() if len(text) != arguments.chars}
    if wrong:
        raise SystemExit(f"cases of the wrong length: {wrong}")
    ordinary_text = texts["ordinary"]
    first = _run_case("ordinary", ordinary_text, arguments, environment)
    results: dict[str, dict | str] = {}
    for name in names:
        results[name] = _run_case(name, texts[name], arguments, environment)
    last = _run_case("ordinary", ordinary_text, arguments, environment)
    if not isinstance(first, dict) or not isinstance(last, dict):
        print(f"ordinary text failed: {first} / {last}")
        return
    base = statistics.median([first["seconds"], last["seconds"]]) / arguments.chars
    base_memory = max(first["peak"] - first["before"], last["peak"] - last["before"]) / arguments.chars
    print(f"govextract from {first['module']}; {arguments.chars:,} characters a case, median of {arguments.repeat}")
    print(f"{'case':<28} {'µs/char':>8} {'ratio':>6} {'peak B/char':>12}")
    print(f"{'ordinary':<28} {base * 1e6:8.2f} {1:6.2f} {base_memory:12.1f}")
    for name, figures in results.items():
        if isinstance(figures, str):
            print(f"{name:<28} {figures}")
            continue
        per_char = figures["seconds"] / figures["chars"]
        memory = (figures["peak"] - figures["before"]) / figures["chars"]
        flag = "" if per_char / base < 3 else "  <- over 3"
        print(f"{name:<28} {per_char * 1e6:8.2f} {per_char / base:6.2f} {memory:12.1f}{flag}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=CHARS, help="characters a case")
    parser.add_argument("--repeat", type=int, default=3, help="extractions a case (the median is printed)")
    parser.add_argument("--only", help="comma-separated case names")
    parser.add_argument("--src", help="import govextract from this src folder in the children")
    parser.add_argument("--timeout", type=float, default=180, help="seconds a case may take")
    parser.add_argument("--memory", type=float, default=6, help="address-space cap of a case, GB")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.child:
        child(arguments.child, arguments.repeat, arguments.memory)
    else:
        run(arguments)


if __name__ == "__main__":
    main()
