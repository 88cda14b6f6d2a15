"""Faults, end to end through the command: each gives a clear error record or message, the other
inputs still come out, and no output file is left torn.

Write failures are real: a child process whose file size limit (RLIMIT_FSIZE)
is hit mid-run, and /dev/full. A dying worker is a real process ending
abruptly. Faults that root ignores (an unreadable file) are simulated at the
``open`` call.
"""

from __future__ import annotations

import builtins
import functools
import io
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import RELEASES, SEED
from govextract import cli
from govextract.cli import main
from govextract.pipeline import Extractor


@functools.cache
def _shared_extractor() -> Extractor:
    return Extractor()


@pytest.fixture(autouse=True)
def _in_process(monkeypatch):
    monkeypatch.setattr(cli, "Extractor", _shared_extractor)
    monkeypatch.setattr(cli, "default_jobs", lambda: 1)


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines()]


def _folder(root: Path, count: int = 30) -> Path:
    root.mkdir()
    for index, path in enumerate(sorted(RELEASES.glob("*/*.txt"))[:count]):
        (root / f"{index:02d}.txt").write_bytes(path.read_bytes())
    (root / "05b empty.txt").write_bytes(b"")
    return root


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "govextract", *args]


def _no_traceback(err: bytes) -> None:
    assert b"Traceback" not in err and b"Exception ignored" not in err, err.decode("utf-8", "replace")


# ---------------------------------------------------------------- the output fails


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_size_limit_hit_mid_run_leaves_complete_records_and_resume_finishes(tmp_path, jobs):
    folder = _folder(tmp_path / "in")
    reference = tmp_path / "reference.jsonl"
    assert main(["-q", str(folder), "-o", str(reference)]) == 1  # loads jieba here: its cache exists for the child
    limit = reference.stat().st_size // 3
    output = tmp_path / "out.jsonl"

    def limit_file_size() -> None:  # Python ignores SIGXFSZ: the write fails with EFBIG instead of a signal
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    done = subprocess.run(
        _command(str(folder), "-o", str(output), "--jobs", jobs),
        capture_output=True, timeout=300, preexec_fn=limit_file_size,
    )
    assert done.returncode == 1
    _no_traceback(done.stderr)
    last = done.stderr.decode("utf-8").splitlines()[-2]  # then the summary
    assert last.startswith(f"govextract: cannot write {output}: File too large; {output} cut back to the last complete record")
    assert last.endswith("run again with --resume to write the rest")
    data = output.read_bytes()
    assert 0 < len(data) <= limit and data.endswith(b"\n")
    assert reference.read_bytes().startswith(data)  # whole records, in order, nothing else

    resumed = subprocess.run(_command(str(folder), "-o", str(output), "--resume", "-q"), capture_output=True, timeout=300)
    assert resumed.returncode == 1, resumed.stderr  # the empty file
    assert output.read_bytes() == reference.read_bytes()


def test_a_full_disk_is_a_clear_message(tmp_path):
    (tmp_path / "one.txt").write_bytes(SEED.read_bytes())
    done = subprocess.run(_command(str(tmp_path), "-o", "/dev/full"), capture_output=True, timeout=120)
    assert done.returncode == 1
    _no_traceback(done.stderr)
    assert "govextract: cannot write /dev/full: No space left on device" in done.stderr.decode("utf-8")


def test_a_full_disk_behind_stdout_is_a_clear_message(tmp_path):
    (tmp_path / "one.txt").write_bytes(SEED.read_bytes())
    with open("/dev/full", "wb") as full:
        done = subprocess.run(_command(str(tmp_path)), stdout=full, stderr=subprocess.PIPE, timeout=120)
    assert done.returncode == 1
    _no_traceback(done.stderr)
    assert "govextract: cannot write standard output: No space left on device" in done.stderr.decode("utf-8")


def test_a_full_disk_behind_the_errors_file_is_a_clear_message(tmp_path):
    (tmp_path / "one.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "two.txt").write_bytes(b"")
    output = tmp_path / "out.jsonl"
    done = subprocess.run(
        _command(str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "-o", str(output), "--errors-jsonl", "/dev/full"),
        capture_output=True, timeout=120,
    )
    assert done.returncode == 1
    _no_traceback(done.stderr)
    assert "govextract: cannot write /dev/full: No space left on device" in done.stderr.decode("utf-8")
    assert output.read_bytes().endswith(b"\n")


# ---------------------------------------------------------------- extraction fails


class ExplodingExtractor(Extractor):
    """An extractor with a bug that shows on one sign (💥)."""

    def __call__(self, text, **keywords):
        if "💥" in text:
            raise RuntimeError("boom")
        return super().__call__(text, **keywords)


class DyingExtractor(Extractor):
    """An extractor whose process ends abruptly on one sign (☠), as one killed for its memory does."""

    def __call__(self, text, **keywords):
        if "☠" in text:
            os._exit(9)
        return super().__call__(text, **keywords)


def _three_files(folder: Path, bad: str) -> list[Path]:
    folder.mkdir()
    paths = [folder / "1.txt", folder / "2.txt", folder / "3.txt"]
    paths[0].write_bytes(SEED.read_bytes())
    paths[1].write_text(f"{bad} 全省政务服务事项网上可办率达到90%以上。", encoding="utf-8")
    paths[2].write_text("“爱山东”注册用户数突破1亿。", encoding="utf-8")
    return paths


def test_an_extractor_bug_is_an_error_record_in_its_place(tmp_path, capsys, monkeypatch):
    paths = _three_files(tmp_path / "in", "💥")
    monkeypatch.setattr(cli, "Extractor", ExplodingExtractor)
    assert main([str(tmp_path / "in")]) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [(r["source"], r["record"]) for r in records] == [
        (str(paths[0]), "document"), (str(paths[1]), "error"), (str(paths[2]), "document"),
    ]
    assert records[1]["error"] == "extraction_error"
    assert f"govextract: {paths[1]}: extraction failed unexpectedly (RuntimeError: boom)" in err.splitlines()
    assert "Traceback" not in err


def test_a_dying_worker_is_an_error_record_in_its_place(tmp_path, capsys, monkeypatch):
    paths = _three_files(tmp_path / "in", "☠")
    monkeypatch.setattr(cli, "Extractor", DyingExtractor)
    assert main([str(tmp_path / "in"), "--jobs", "2"]) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    assert [(r["source"], r["record"]) for r in records] == [
        (str(paths[0]), "document"), (str(paths[1]), "error"), (str(paths[2]), "document"),
    ]
    assert records[1]["error"] == "extraction_error" and "worker process" in records[1]["message"]
    assert "Traceback" not in err


# ---------------------------------------------------------------- inputs change or hide


class _Saboteur(Extractor):
    """While extracting the first file, deletes the second and empties the third (they are read later)."""

    def __init__(self, deleted: Path, emptied: Path) -> None:
        super().__init__()
        self._deleted, self._emptied = deleted, emptied

    def __call__(self, text, **keywords):
        if self._deleted.exists():
            self._deleted.unlink()
            self._emptied.write_bytes(b"")
        return super().__call__(text, **keywords)


def test_files_deleted_or_emptied_during_the_run_are_error_records(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("1.txt", "2 deleted.txt", "3 emptied.txt", "4.txt"):
        (folder / name).write_bytes(SEED.read_bytes())
    saboteur = _Saboteur(folder / "2 deleted.txt", folder / "3 emptied.txt")
    monkeypatch.setattr(cli, "Extractor", lambda: saboteur)
    assert main([str(folder)]) == 1
    records = _records(capsys.readouterr().out)
    assert [(Path(r["source"]).name, r.get("error")) for r in records] == [
        ("1.txt", None), ("2 deleted.txt", "not_found"), ("3 emptied.txt", "empty"), ("4.txt", None),
    ]


def test_an_unreadable_file_is_an_error_record(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("1.txt", "2 locked.txt", "3.txt"):
        (folder / name).write_bytes(SEED.read_bytes())
    locked = str(folder / "2 locked.txt")

    def guard(opener):
        def open_unless_locked(file, *args, **keywords):
            if isinstance(file, (str, bytes, os.PathLike)) and os.fsdecode(file) == locked:
                raise PermissionError(13, "Permission denied", locked)
            return opener(file, *args, **keywords)

        return open_unless_locked

    for module, name in ((builtins, "open"), (io, "open"), (os, "open")):  # root reads any file: refuse it here
        monkeypatch.setattr(module, name, guard(getattr(module, name)))
    assert main([str(folder)]) == 1
    out = capsys.readouterr().out
    records = _records(out)
    assert [r.get("error") for r in records] == [None, "unreadable", None]
    assert records[1]["message"].startswith(f"{locked}: ") and "ermission" in records[1]["message"]


def test_awkward_file_names_are_reported_the_same_way_every_time(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "with space.txt").write_bytes(SEED.read_bytes())
    (folder / "with\nnewline.txt").write_bytes(b"")
    with open(os.path.join(os.fsencode(folder), b"not utf-8 \xff.txt"), "wb") as handle:
        handle.write(SEED.read_bytes())
    outputs = []
    for _run in range(2):
        assert main([str(folder)]) == 1
        out, err = capsys.readouterr()
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert [r["source"] for r in _records(outputs[0])] == [
        f"{folder}/not utf-8 \\xff.txt", f"{folder}/with\nnewline.txt", f"{folder}/with space.txt",
    ]
    assert f"govextract: {folder}/with\\nnewline.txt: " in err  # one failure, one line


def test_a_link_loop_ends_and_the_other_files_still_come_out(tmp_path, capsys):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    status = main([str(folder), "--follow-symlinks"])
    records = _records(capsys.readouterr().out)
    assert [r["source"] for r in records if r["record"] == "document"] == [str(folder / "sub" / "a.txt")]
    assert all(r["record"] == "error" for r in records if r["source"] != str(folder / "sub" / "a.txt"))
    assert status in (0, 1)


def test_a_link_leading_outside_is_followed_only_when_asked(tmp_path, capsys):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_bytes(SEED.read_bytes())
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b.txt").symlink_to(tmp_path / "outside" / "secret.txt")
    assert main([str(folder)]) == 1
    records = _records(capsys.readouterr().out)
    assert [(r["source"], r["record"]) for r in records] == [(str(folder / "a.txt"), "document"), (str(folder / "b.txt"), "error")]
    assert main([str(folder), "--follow-symlinks"]) == 0
    assert [r["record"] for r in _records(capsys.readouterr().out)] == ["document", "document"]
