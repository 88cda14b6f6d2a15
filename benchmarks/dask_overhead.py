"""What running on Dask costs next to extracting in-process, measured in the same run.

Usage:  python benchmarks/dask_overhead.py [--repeat 3] [--min-chars 1000000]

Needs ``govextract[dask]``. The corpus (``benchmarks/corpus.py``: the fixtures
and test releases, copies with their digits perturbed) is written to a
temporary folder, one file per release. Then, each the median of
``--repeat`` rounds whose parts alternate:

* **in-process**: ``extract_sources(read_sources([folder]))`` with one warmed
  extractor -- the baseline, and the throughput one worker can reach;
* **on a cluster of one worker process** (one thread; its extractor warmed
  before timing), the same folder as ``extract_bag(folder).compute()`` for
  several unit sizes, and as ``ordered_records`` (what ``--scheduler`` runs).
  Overhead is the cluster's time over the baseline's, minus one; divided by
  the number of tasks it is the cost of one task (scheduling, sending the
  unit, reading the files on the worker, pickling the records back);
* **a bare round trip**: the time per task of ``client.submit`` on a
  function that does nothing, gathered at once -- the scheduler's own share.

One worker on a two-core machine leaves the other core to the scheduler and
this process, so the figures are Dask's cost, not a contest for cores.
Nothing here asserts: read the figures.
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "src"), str(HERE)]

import corpus  # noqa: E402  (after the path set-up above)
from govextract.batch import extract_sources, read_sources  # noqa: E402
from govextract.dask import Settings, extract_bag, ordered_records, path_units, worker_extractor  # noqa: E402
from govextract.tokenize import default_backend  # noqa: E402

#: Unit sizes compared (bytes of files per task); the default, 1 MiB, among them.
UNIT_SIZES = (16 * 1024, 128 * 1024, 1024 * 1024)


def _clock(function: Callable[[], object]) -> float:
    began = time.perf_counter()
    function()
    return time.perf_counter() - began


def _nothing(number: int) -> int:
    return number


def _warm(backend: str) -> None:
    worker_extractor(8, backend)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--min-chars", type=int, default=1_000_000)
    args = parser.parse_args()

    import distributed

    texts = corpus.build_corpus(args.min_chars)
    characters = sum(len(text) for text in texts)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        for number, text in enumerate(texts):
            (folder / f"{number:05d}.txt").write_text(text, encoding="utf-8")
        size = sum(path.stat().st_size for path in folder.iterdir())
        print(f"corpus: {len(texts)} files, {characters:,} characters, {size / 1e6:.1f} MB, backend {default_backend()}")
        extractor = worker_extractor(8, default_backend())
        settings = Settings(tokenizer=default_backend())
        with distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
        ) as cluster, distributed.Client(cluster) as client:
            client.run(_warm, default_backend())  # the worker's dictionaries load before timing
            parts: dict[str, Callable[[], object]] = {
                "in-process": lambda: list(extract_sources(read_sources([folder]), extractor=extractor))
            }
            tasks: dict[str, int] = {}
            for unit_bytes in UNIT_SIZES:
                name = f"bag, units of {unit_bytes // 1024} KB"
                tasks[name] = len(list(path_units([folder], settings.options, unit_bytes=unit_bytes)))
                parts[name] = lambda unit_bytes=unit_bytes: extract_bag(folder, unit_bytes=unit_bytes).compute()
            name = "ordered_records (--scheduler)"
            tasks[name] = len(list(path_units([folder], settings.options)))
            parts[name] = lambda: list(ordered_records(client, path_units([folder], settings.options), settings))
            times: dict[str, list[float]] = {name: [] for name in parts}
            round_trips: list[float] = []
            for _ in range(args.repeat):
                for name, part in parts.items():
                    times[name].append(_clock(part))
                round_trips.append(_clock(lambda: client.gather(client.map(_nothing, range(1000), pure=False))) / 1000)
        base = statistics.median(times["in-process"])
        print(f"in-process: {base:.2f} s, {len(texts) / base:.1f} docs/s, {characters / base / 1000:.0f} k chars/s"
              f" (median of {args.repeat})")
        for name, values in times.items():
            if name == "in-process":
                continue
            seconds = statistics.median(values)
            extra = seconds - base
            print(f"{name}: {seconds:.2f} s over {tasks[name]} tasks, overhead {100 * extra / base:+.1f} %"
                  f" ({1000 * extra / tasks[name]:+.1f} ms per task)")
        print(f"bare task round trip (1,000 no-op tasks): {1000 * statistics.median(round_trips):.2f} ms per task")


if __name__ == "__main__":
    main()
