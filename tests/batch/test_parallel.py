"""Parallel runs: ordered_map, extract_sources(jobs=2), Extractor.pipe(n_process=2) and govextract --jobs 2.

Every test here starts real worker processes (two, by the ``spawn`` method),
so each costs a second or two; they check order, bounds and failures, never
speed (this machine's two cores behave almost like one under load).
"""

from __future__ import annotations

import functools
import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, RELEASES
from govextract.batch import SourceText, WorkerLostError, extract_source, extract_sources, ordered_map
from govextract.batch import runner as runner_module
from govextract.errors import ErrorCode, ExtractionFailure
from govextract.pipeline import Extractor

# ---------------------------------------------------------------- tasks the workers run (module level: picklable)


def _new_state() -> dict:
    return {"pid": os.getpid(), "built": time.monotonic(), "tasks": 0}


def _square(state: dict, item: int) -> tuple[int, int, int]:
    """(item², worker pid, tasks this worker's state has seen); later items first finish first."""
    state["tasks"] += 1
    time.sleep(0.002 * (item % 5))
    return item * item, state["pid"], state["tasks"]


def _fragile(state: dict, item: int) -> int:
    if item == 13:
        raise ValueError("thirteen")
    if item == 7:
        os._exit(9)  # the worker dies, as if killed
    return item


class ExplodingExtractor(Extractor):
    """An extractor with a bug on one sign (💥); workers build their own of this class."""

    def __call__(self, text, **keywords):
        if "💥" in text:
            raise RuntimeError("boom")
        return super().__call__(text, **keywords)


class DyingExtractor(Extractor):
    """An extractor whose process dies on one sign (☠), as a process killed for memory does."""

    def __call__(self, text, **keywords):
        if "☠" in text:
            os._exit(9)
        return super().__call__(text, **keywords)


@functools.cache
def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(RELEASES.glob("*/*.txt"))[:12]]


# ---------------------------------------------------------------- ordered_map


def test_results_keep_input_order_and_each_worker_builds_its_state_once():
    results = list(ordered_map(_square, range(40), setup=_new_state, jobs=2))
    assert [value for value, _pid, _tasks in results] == [n * n for n in range(40)]
    by_worker: dict[int, list[int]] = {}
    for _value, pid, tasks in results:
        by_worker.setdefault(pid, []).append(tasks)
    assert os.getpid() not in by_worker
    assert 1 <= len(by_worker) <= 2
    for counts in by_worker.values():  # one state per process, not per task: its counter runs 1, 2, 3 …
        assert sorted(counts) == list(range(1, len(counts) + 1))


def test_the_window_bounds_what_is_read_ahead():
    pulled = []

    def items():
        for n in range(30):
            pulled.append(n)
            yield n

    ahead = []
    for index, _result in enumerate(ordered_map(_square, items(), setup=_new_state, jobs=2, window=3)):
        ahead.append(len(pulled) - index)
    assert max(ahead) <= 3
    assert len(pulled) == 30


def test_weight_bounds_what_is_in_flight_but_lets_one_heavy_item_through():
    pulled = []

    def items():
        for n in range(12):
            pulled.append(n)
            yield n

    ahead = []
    weights = {n: (100 if n == 4 else 1) for n in range(12)}
    results = ordered_map(
        _square, items(), setup=_new_state, jobs=2, window=8, weight=weights.__getitem__, max_weight=3
    )
    for index, _result in enumerate(results):
        ahead.append(len(pulled) - index)
    assert max(ahead) <= 3  # the weight stops the window at 3 items, not 8
    assert len(pulled) == 12


def test_ready_items_pass_through_in_place_without_a_worker():
    results = list(ordered_map(
        _square, range(10), setup=_new_state, jobs=2, ready=lambda n: ("ready", n) if n % 3 == 0 else None,
    ))
    assert [r if r[0] == "ready" else r[0] for r in results] == [
        ("ready", 0), 1, 4, ("ready", 3), 16, 25, ("ready", 6), 49, 64, ("ready", 9),
    ]


def test_a_task_error_is_raised_at_its_place():
    seen = []
    with pytest.raises(ValueError, match="thirteen"):
        for value in ordered_map(_fragile, range(10, 20), setup=_new_state, jobs=2):
            seen.append(value)
    assert seen == [10, 11, 12]


def test_a_dying_worker_loses_only_the_item_that_kills_it():
    results = list(ordered_map(
        _fragile, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], setup=_new_state, jobs=2, lost=lambda n: -n,
    ))
    assert results == [1, 2, 3, 4, 5, 6, -7, 8, 9, 10, 11, 12]


def test_a_dying_worker_without_lost_raises_at_its_place():
    seen = []
    with pytest.raises(WorkerLostError):
        for value in ordered_map(_fragile, [5, 6, 7, 8], setup=_new_state, jobs=2):
            seen.append(value)
    assert seen == [5, 6]


def test_leaving_early_stops_the_workers():
    results = ordered_map(_square, range(1000), setup=_new_state, jobs=2)
    assert next(results)[0] == 0
    results.close()  # returns once the running tasks are done
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("keywords", [{"jobs": 0}, {"jobs": True}, {"jobs": 2, "window": 0}])
def test_bad_sizes_are_refused(keywords):
    with pytest.raises(ValueError):
        list(ordered_map(_square, range(3), setup=_new_state, **keywords))


# ---------------------------------------------------------------- extract_sources


def _items() -> list:
    texts = _texts()
    items = [SourceText(f"release{index}.txt", text) for index, text in enumerate(texts)]
    items.insert(2, ExtractionFailure(source="broken.txt", error=ErrorCode.DECODE_ERROR, message="broken.txt: bad"))
    items.insert(5, SourceText("bug.txt", "💥 爆炸性新闻：网上可办率达到90%以上。"))
    items.append(SourceText("dump.jsonl#3", "注册用户数突破1亿。", source_id="a-3", keep_text=True))
    return items


def test_two_workers_give_the_records_of_one_in_the_same_order():
    items = _items()
    one = [r.model_dump_json() for r in extract_sources(items, extractor=ExplodingExtractor(), jobs=1)]
    two = [r.model_dump_json() for r in extract_sources(items, extractor=ExplodingExtractor(), jobs=2, window=3)]
    assert two == one
    records = list(extract_sources(items, extractor=ExplodingExtractor(), jobs=1))
    assert [r.source for r in records] == [item.source for item in items]
    assert records[2] is items[2]  # a failure read earlier passes through as is
    assert records[5].record == "error" and records[5].error is ErrorCode.EXTRACTION_ERROR
    assert records[5].message == "bug.txt: extraction failed unexpectedly (RuntimeError: boom)"
    assert records[-1].text == "注册用户数突破1亿。" and records[-1].source_id == "a-3"


def test_a_dying_worker_gives_an_error_record_for_its_input_only():
    items = [SourceText(f"{n}.txt", text) for n, text in enumerate(_texts()[:5])]
    items.insert(3, SourceText("dies.txt", "☠ 死机。网上可办率达到90%以上。"))
    records = list(extract_sources(items, extractor=DyingExtractor(), jobs=2))
    assert [r.source for r in records] == [item.source for item in items]
    assert [r.record for r in records] == ["document"] * 3 + ["error"] + ["document"] * 2
    assert records[3].error is ErrorCode.EXTRACTION_ERROR
    assert "worker process" in records[3].message and records[3].message.startswith("dies.txt: ")
    assert records[4] == extract_source(items[4], Extractor())


def test_a_single_article_is_extracted_in_process(monkeypatch):
    def no_pool(*_args, **_keywords):
        raise AssertionError("no worker process for a single article")

    monkeypatch.setattr(runner_module, "ordered_map", no_pool)
    failure = ExtractionFailure(source="x", error=ErrorCode.EMPTY, message="x: empty")
    records = list(extract_sources([failure, SourceText("a", "突破1亿。"), failure], jobs=2))
    assert [r.record for r in records] == ["error", "document", "error"]


def test_include_text_reaches_the_workers():
    items = [SourceText(f"{n}", text) for n, text in enumerate(_texts()[:3])]
    records = list(extract_sources(items, jobs=2, include_text=True))
    assert [r.text for r in records] == [item.text for item in items]


# ---------------------------------------------------------------- Extractor.pipe


def test_pipe_with_two_processes_keeps_order_and_contexts():
    texts = _texts()
    extractor = Extractor()
    alone = [d.model_dump_json() for d in extractor.pipe(texts)]
    contexts = [{"path": f"{n}.txt"} for n in range(len(texts))]  # contexts stay here: any object will do
    pairs = list(extractor.pipe(zip(texts, contexts, strict=True), as_tuples=True, n_process=2, batch_size=2))
    assert [document.model_dump_json() for document, _context in pairs] == alone
    assert [context for _document, context in pairs] == contexts
    assert all(context is original for (_d, context), original in zip(pairs, contexts, strict=True))


def test_pipe_raises_an_extraction_error_at_its_place():
    seen = []
    with pytest.raises(RuntimeError, match="boom"):
        for document in ExplodingExtractor().pipe(["突破1亿。", "达到90%。", "💥 爆炸。", "增长5%。"], n_process=2):
            seen.append(document.quantities[0].value)
    assert seen == [100000000, 90]


@pytest.mark.parametrize("keywords", [{"n_process": 0}, {"n_process": 1.5}, {"batch_size": 0}])
def test_pipe_refuses_bad_sizes(keywords):
    with pytest.raises(ValueError):
        list(Extractor().pipe(["突破1亿。"], **keywords))


# ---------------------------------------------------------------- the command


def test_command_with_two_jobs_writes_what_one_job_writes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for index, path in enumerate(sorted(RELEASES.glob("*/*.txt"))[:20] + sorted(FIXTURES.glob("*.txt"))):
        (folder / f"{index:03d}.txt").write_bytes(path.read_bytes())
    (folder / "050_empty.txt").write_bytes(b"")
    outputs = {}
    for jobs in ("1", "2"):
        target = tmp_path / f"jobs{jobs}.jsonl"
        done = subprocess.run(
            [sys.executable, "-m", "govextract", str(folder), "-o", str(target), "--jobs", jobs],
            capture_output=True, timeout=300,
        )
        assert done.returncode == 1, done.stderr  # the empty file
        assert b"Traceback" not in done.stderr
        outputs[jobs] = Path(target).read_bytes()
    assert outputs["2"] == outputs["1"]
    assert outputs["1"].count(b"\n") == len(list(folder.iterdir()))
