"""govextract on a Dask cluster (``govextract.dask`` and ``--scheduler``), checked record for record against a local run.

A ``distributed.LocalCluster`` of two worker processes runs a folder holding
every kind of input (plain text in two encodings, saved pages, crawler dumps
with bad lines, junk, an empty file), split into many small units so that
order matters. What comes back must be what the local runner gives, in the
same order: through the bag API, as dicts, as Parquet tables, and through the
command, whose output must be the very bytes of a local run. A worker killed
mid-run must cost nothing (Dask reruns its tasks); an input that kills every
worker it touches must become one error record, as locally; a worker that
runs another govextract version must be refused with a sentence naming it.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed", reason="needs the dask extra: pip install 'govextract[dask]'")

import cloudpickle  # noqa: E402  (comes with distributed)
import dask  # noqa: E402
import dask.bag  # noqa: E402

import govextract  # noqa: E402
import govextract.dask.cluster  # noqa: E402
from conftest import DATA, RELEASES  # noqa: E402
from govextract.batch import InputOptions, SourceText, arrow_tables, extract_sources, read_sources  # noqa: E402
from govextract.batch.runner import lost_record  # noqa: E402
from govextract.cli import main  # noqa: E402
from govextract.dask import (  # noqa: E402
    Settings,
    VersionMismatchError,
    check_workers,
    extract_bag,
    extract_unit,
    ordered_records,
    path_units,
    record_dict,
    to_parquet,
)
from govextract.dask import work as dask_work  # noqa: E402

# Functions of this module run on the workers, which cannot import it: send them by value.
cloudpickle.register_pickle_by_value(sys.modules[__name__])

OPTIONS = InputOptions(id_field="id", title_field="title", date_field="pubdate")
FLAGS = ["--id-field", "id", "--title-field", "title", "--date-field", "pubdate", "-q"]

# Releases of several genres, copied as plain text; the first also as GBK.
RELEASE_NAMES = (
    "bulletins/city_monthly_indicators_table",
    "press_conferences",
    "transcripts",
    "web_captures",
    "pdf_conversions",
    "hong_kong_macau_taiwan",
)


def _release(name: str) -> Path:
    path = RELEASES / name
    if path.is_dir():
        return sorted(path.glob("*.txt"))[0]
    return path.with_suffix(".txt")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every kind of input, in a few subfolders."""
    root = tmp_path_factory.mktemp("mixed")
    texts = root / "texts"
    texts.mkdir()
    for number, name in enumerate(RELEASE_NAMES):
        text = _release(name).read_text(encoding="utf-8")
        (texts / f"{number:02d}.txt").write_text(text, encoding="utf-8")
        if number == 0:
            (texts / f"{number:02d}_gbk.txt").write_bytes(text.encode("gb18030"))
    pages = root / "pages"
    pages.mkdir()
    for page in sorted((DATA / "pages").glob("*.html")):
        (pages / page.name).write_bytes(page.read_bytes())
    for dump in sorted((DATA / "dumps").glob("*.jsonl")):
        (root / dump.name).write_bytes(dump.read_bytes())
    (root / "junk.txt").write_bytes(b"\x00\x01\x02binary\xff\xfe" * 20)
    (root / "empty.txt").write_bytes(b"")
    return root


@pytest.fixture(scope="module")
def local(folder: Path) -> list[Any]:
    """The records of the local runner, in order."""
    return list(extract_sources(read_sources([str(folder)], OPTIONS)))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    ) as cluster, distributed.Client(cluster) as client:
        yield client


def _settings() -> Settings:
    from govextract.tokenize import default_backend

    return Settings(options=OPTIONS, tokenizer=default_backend())


# ---------------------------------------------------------------- the bag API


def test_the_folder_holds_documents_and_error_records(local: list[Any]) -> None:
    kinds = {record.record for record in local}
    assert kinds == {"document", "error"}
    assert len(local) > 20


def test_a_bag_of_paths_gives_the_records_of_the_local_run_in_order(client: Any, folder: Path, local: list[Any]) -> None:
    bag = extract_bag(folder, options=OPTIONS, unit_files=2)
    assert bag.npartitions >= 8
    assert bag.compute() == local


def test_as_dicts_the_bag_holds_the_lines_the_command_writes(client: Any, folder: Path, tmp_path: Path) -> None:
    output = tmp_path / "local.jsonl"
    assert main([str(folder), "-o", str(output), "--jobs", "1", *FLAGS]) == 1
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert extract_bag([folder], options=OPTIONS, unit_files=3, as_dicts=True).compute() == lines


def test_a_bag_of_texts_gives_one_record_per_element_named_by_partition_and_number(client: Any) -> None:
    elements = [
        "全省网上可办率达到90%以上。",
        {"text": "注册用户数突破1亿。", "id": 7, "title": "用户数突破1亿"},
        "   ",
        {"content": "没有正文字段"},
        ["not", "a", "record"],
    ]
    records = extract_bag(dask.bag.from_sequence(elements, npartitions=2), options=OPTIONS).compute()
    assert [(r.record, r.source) for r in records] == [
        ("document", "bag/0#1"), ("document", "bag/0#2"), ("error", "bag/0#3"), ("error", "bag/1#1"), ("error", "bag/1#2"),
    ]
    assert records[0] == govextract.extract(elements[0], source="bag/0#1", include_text=True)
    assert records[1].source_id == "7"
    assert records[1].title == "用户数突破1亿"
    assert [r.error.value for r in records[2:]] == ["empty", "empty", "decode_error"]
    assert records[4].message == "bag/1#2: the item is an array, not a JSON object"


def test_to_parquet_writes_the_tables_of_the_command_one_file_per_partition(client: Any, folder: Path, local: list[Any], tmp_path: Path) -> None:
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "tables"
    (out / "documents").mkdir(parents=True)
    (out / "documents" / "part-99999.parquet").write_bytes(b"a stale part of an earlier run")
    bag = extract_bag(folder, options=OPTIONS, unit_files=4)
    counts = to_parquet(bag, out)
    expected = arrow_tables(local)
    assert counts == {name: table.num_rows for name, table in expected.items()}
    for name, table in expected.items():
        parts = sorted((out / name).iterdir())
        assert [part.name for part in parts] == [f"part-{index:05d}.parquet" for index in range(bag.npartitions)]
        read = pyarrow_parquet.read_table(out / name)
        assert read.schema == table.schema, name
        assert read.to_pylist() == table.to_pylist(), name


def test_to_parquet_takes_a_bag_of_dicts(client: Any, folder: Path, local: list[Any], tmp_path: Path) -> None:
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    counts = to_parquet(extract_bag(folder, options=OPTIONS, as_dicts=True), tmp_path / "tables")
    assert counts["documents"] == sum(record.record == "document" for record in local)
    quantities = pyarrow_parquet.read_table(tmp_path / "tables" / "quantities").to_pylist()
    assert quantities == arrow_tables(local)["quantities"].to_pylist()


def test_each_worker_builds_its_extractor_once(client: Any, folder: Path) -> None:
    extract_bag(folder, options=OPTIONS, unit_files=1).compute()
    built = client.run(lambda: dask_work.worker_extractor.cache_info().misses)
    used = client.run(lambda: dask_work.worker_extractor.cache_info().hits)
    assert set(built.values()) <= {1}
    assert sum(used.values()) > 0


# ---------------------------------------------------------------- the command


def test_the_command_on_a_scheduler_writes_the_bytes_of_a_local_run(client: Any, folder: Path, tmp_path: Path) -> None:
    here, there = tmp_path / "here.jsonl", tmp_path / "there.jsonl"
    assert main([str(folder), "-o", str(here), "--jobs", "1", *FLAGS]) == 1
    assert main([str(folder), "-o", str(there), "--scheduler", client.scheduler.address, *FLAGS]) == 1
    assert there.read_bytes() == here.read_bytes()


def test_a_run_on_a_scheduler_resumes_an_interrupted_output(client: Any, folder: Path, tmp_path: Path) -> None:
    whole, resumed = tmp_path / "whole.jsonl", tmp_path / "resumed.jsonl"
    assert main([str(folder), "-o", str(whole), "--jobs", "1", *FLAGS]) == 1
    lines = whole.read_bytes().splitlines(keepends=True)
    resumed.write_bytes(b"".join(lines[:9]) + lines[9][:25])  # nine records and a torn tenth
    assert main([str(folder), "-o", str(resumed), "--resume", "--scheduler", client.scheduler.address, *FLAGS]) == 1
    assert resumed.read_bytes() == whole.read_bytes()


def test_tables_written_from_a_scheduler_are_those_of_a_local_run(client: Any, folder: Path, tmp_path: Path) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    assert main([str(folder), "--format", "csv", "-o", str(here), "--jobs", "1", *FLAGS]) == 1
    assert main([str(folder), "--format", "csv", "-o", str(there), "--scheduler", client.scheduler.address, *FLAGS]) == 1
    names = sorted(path.name for path in here.iterdir())
    assert names == sorted(path.name for path in there.iterdir())
    for name in names:
        assert (there / name).read_bytes() == (here / name).read_bytes(), name


def test_scheduler_local_starts_a_cluster_of_jobs_workers(folder: Path, tmp_path: Path) -> None:
    here, there = tmp_path / "here.jsonl", tmp_path / "there.jsonl"
    assert main([str(folder), "-o", str(here), "--jobs", "1", *FLAGS]) == 1
    assert main([str(folder), "-o", str(there), "--scheduler", "local", "--jobs", "2", *FLAGS]) == 1
    assert there.read_bytes() == here.read_bytes()


def test_an_unreachable_scheduler_is_a_usage_error_in_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    monkeypatch.setattr(govextract.dask.cluster, "CONNECT_TIMEOUT", 1.0)
    assert main([str(folder), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("govextract: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert "Traceback" not in error


def test_without_dask_the_command_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    def missing() -> None:
        raise govextract.dask.MissingDaskError("running on a Dask cluster needs dask and distributed, which are not installed: pip install 'govextract[dask]'")

    monkeypatch.setattr(govextract.dask.cluster, "distributed_module", missing)
    assert main([str(folder), "--scheduler", "local"]) == 2
    assert "pip install 'govextract[dask]'" in capsys.readouterr().err


# ---------------------------------------------------------------- units


def test_units_close_at_their_size_or_count_and_keep_the_order(folder: Path) -> None:
    whole = [entry for unit in path_units([folder], OPTIONS) for entry in unit]
    for unit_files in (1, 2, 5):
        units = list(path_units([folder], OPTIONS, unit_files=unit_files))
        assert all(0 < len(unit) <= unit_files for unit in units)
        assert [entry for unit in units for entry in unit] == whole
    by_size = list(path_units([folder], OPTIONS, unit_bytes=1))  # every file of some size closes its unit
    sized = [[entry for entry in unit if isinstance(entry, Path) and entry.stat().st_size] for unit in by_size]
    assert all(len(files) == 1 for files in sized[:-1])
    assert [entry for unit in by_size for entry in unit] == whole
    missing = list(path_units([folder / "nothing here"], OPTIONS))
    assert [[entry.error.value for entry in unit] for unit in missing] == [["not_found"]]


# ---------------------------------------------------------------- workers that die or differ


def test_a_worker_killed_mid_run_loses_no_record(client: Any, folder: Path, local: list[Any]) -> None:
    records = ordered_records(client, path_units([folder], OPTIONS, unit_files=1), _settings(), window=6)
    first = next(records)
    pids = client.run(os.getpid)
    victim = sorted(pids)[0]
    os.kill(pids[victim], signal.SIGKILL)
    rest = list(records)
    assert [first, *rest] == local
    client.wait_for_workers(2, timeout=60)
    assert pids[victim] not in client.run(os.getpid).values()


class _Saboteur(distributed.WorkerPlugin):
    """Makes every worker (restarted ones too) die on a text that holds the word SABOTAGE."""

    def setup(self, worker: Any) -> None:
        original = dask_work.extract_source

        def extract_or_die(item: Any, extractor: Any, **options: Any) -> Any:
            if isinstance(item, SourceText) and "SABOTAGE" in item.text:
                os._exit(1)
            return original(item, extractor, **options)

        dask_work.extract_source = extract_or_die


def test_an_input_that_kills_every_worker_becomes_one_error_record(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "a.txt").write_text("全省网上可办率达到90%以上。", encoding="utf-8")
    (inputs / "b.txt").write_text("SABOTAGE 注册用户数突破1亿。", encoding="utf-8")
    (inputs / "c.txt").write_text("新增就业8.5万人。", encoding="utf-8")
    expected = list(extract_sources(read_sources([str(inputs)], OPTIONS)))
    expected[1] = lost_record(SourceText(source=str(inputs / "b.txt"), text=""))
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}), distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.CRITICAL
    ) as cluster, distributed.Client(cluster) as client:
        client.register_plugin(_Saboteur())
        records = list(ordered_records(client, path_units([inputs], OPTIONS), _settings()))
    assert records == expected
    assert "died again when it was extracted alone" in records[1].message


def _set_version(version: str) -> str:
    previous = govextract.__version__
    govextract.__version__ = version
    return previous


def test_a_worker_with_another_version_is_refused_with_a_clear_message(
    client: Any, folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    worker = sorted(client.scheduler_info()["workers"])[0]
    original = client.run(_set_version, "0.0.1", workers=[worker])[worker]
    try:
        with pytest.raises(VersionMismatchError) as refused:
            check_workers(client)
        message = str(refused.value)
        assert message.startswith(f"the worker {worker} has govextract 0.0.1, not {govextract.__version__}:")
        assert "pip install 'govextract" in message
        task = client.submit(extract_unit, [SourceText("a", "新增就业8.5万人。")], _settings(), workers=[worker], pure=False)
        with pytest.raises(VersionMismatchError, match=f"the worker {worker} has govextract 0.0.1"):
            task.result()
        assert main([str(folder), "-o", str(tmp_path / "out.jsonl"), "--scheduler", client.scheduler.address]) == 2
        error = capsys.readouterr().err
        assert error.startswith(f"govextract: the worker {worker} has govextract 0.0.1")
        assert not (tmp_path / "out.jsonl").exists() or not (tmp_path / "out.jsonl").read_text()
    finally:
        client.run(_set_version, original, workers=[worker])
    check_workers(client)


def test_records_as_dicts_are_the_command_lines() -> None:
    document = govextract.extract("新增就业8.5万人。", source="a.txt")
    assert record_dict(document) == json.loads(document.model_dump_json())
