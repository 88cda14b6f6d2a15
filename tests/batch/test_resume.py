"""Resuming a run (govextract --resume, govextract.batch.read_written).

The promise: a run stopped at any moment (``kill -9`` included) and started
again with ``--resume`` on the same output ends with exactly one record per
input, none lost, none duplicated, no torn line: the output is the one an
uninterrupted run writes, byte for byte. Tested for real below: a command
in a subprocess is killed mid-way, twice, and resumed.
"""

from __future__ import annotations

import functools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import RELEASES, SEED
from govextract import cli
from govextract.batch import ResumeError, read_written
from govextract.cli import main
from govextract.pipeline import Extractor


@functools.cache
def _shared_extractor() -> Extractor:
    return Extractor()


@pytest.fixture(autouse=True)
def _in_process(monkeypatch):
    monkeypatch.setattr(cli, "Extractor", _shared_extractor)
    monkeypatch.setattr(cli, "default_jobs", lambda: 1)


DOCUMENT = '{"record":"document","schema_version":"1.1","source":"a.txt","quantities":[]}\n'
ERROR = '{"record":"error","source":"b.txt","error":"empty","message":"b.txt: the file is empty"}\n'
OLD_DOCUMENT = '{"schema_version":"1.0","source":"c.txt","quantities":[]}\n'  # written before records had a kind

# (name, file content, sources, documents, errors, bytes cut)
WRITTEN_CASES = [
    ("empty_file", "", set(), 0, 0, 0),
    ("document_and_error", DOCUMENT + ERROR, {"a.txt", "b.txt"}, 1, 1, 0),
    ("torn_last_line", DOCUMENT + ERROR[:30], {"a.txt"}, 1, 0, 30),
    ("only_a_torn_line", DOCUMENT[:10], set(), 0, 0, 10),
    ("record_without_kind", OLD_DOCUMENT, {"c.txt"}, 1, 0, 0),
    ("non_ascii_source", DOCUMENT.replace("a.txt", "稿件 \\\\xff.txt"), {"稿件 \\xff.txt"}, 1, 0, 0),
]


@pytest.mark.parametrize(
    "content, sources, documents, errors, cut", [c[1:] for c in WRITTEN_CASES], ids=[c[0] for c in WRITTEN_CASES]
)
def test_read_written(tmp_path, content, sources, documents, errors, cut):
    path = tmp_path / "out.jsonl"
    path.write_bytes(content.encode("utf-8"))
    written = read_written([str(path), str(tmp_path / "missing.jsonl")])
    assert (written.sources, written.documents, written.errors) == (sources, documents, errors)
    assert written.cut == ([(str(path), cut)] if cut else [])
    assert path.read_bytes() == content.encode("utf-8")[: len(content.encode("utf-8")) - cut]


# (name, file content, words of the error)
FOREIGN_CASES = [
    ("not_json", "hello world\n", "line 1 is not a JSON record"),
    ("json_without_source", '{"name": "x"}\n', "line 1 is not a govextract record"),
    ("json_list", DOCUMENT + "[1, 2]\n", "line 2 is not a govextract record"),
    ("unknown_kind", '{"record": "table", "source": "x"}\n', "unknown kind 'table'"),
    ("blank_line", DOCUMENT + "\n" + DOCUMENT, "line 2 is not a JSON record"),
    ("not_utf8", DOCUMENT + '{"source": "\xff"}\n'.encode("latin-1").decode("utf-8", "surrogateescape"), "line 2"),
]


@pytest.mark.parametrize("content, words", [c[1:] for c in FOREIGN_CASES], ids=[c[0] for c in FOREIGN_CASES])
def test_read_written_refuses_a_file_that_is_not_a_govextract_output(tmp_path, content, words):
    path = tmp_path / "out.jsonl"
    path.write_bytes(content.encode("utf-8", "surrogateescape"))
    with pytest.raises(ResumeError, match=words):
        read_written([str(path)])


# ---------------------------------------------------------------- the command, in-process


def _corpus(folder: Path) -> list[str]:
    """Releases, two bad files and awkward names; returns the expected sources in output order."""
    folder.mkdir()
    for index, path in enumerate(sorted(RELEASES.glob("*/*.txt"))[:10]):
        (folder / f"{index:02d} release.txt").write_bytes(path.read_bytes())
    (folder / "03b empty.txt").write_bytes(b"")
    (folder / "06b binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (folder / "07b line\nbreak.txt").write_bytes(SEED.read_bytes())
    with open(os.path.join(os.fsencode(folder), b"08b \xff\xfe.txt"), "wb") as handle:
        handle.write(SEED.read_bytes())
    return sorted(os.fsencode(p).decode("utf-8", "backslashreplace") for p in map(str, folder.iterdir()))


def _lines(path: Path) -> list[bytes]:
    return path.read_bytes().splitlines(keepends=True)


def test_resume_appends_exactly_the_missing_records(tmp_path, capsys):
    sources = _corpus(tmp_path / "in")
    reference = tmp_path / "reference.jsonl"
    assert main(["-q", str(tmp_path / "in"), "-o", str(reference)]) == 1
    lines = _lines(reference)
    assert [json.loads(line)["source"] for line in lines] == sources

    for kept in (0, 1, 5, len(lines) - 1):
        output = tmp_path / f"resumed{kept}.jsonl"
        output.write_bytes(b"".join(lines[:kept]) + lines[kept][:25])  # what a kill leaves: a torn line
        status = main([str(tmp_path / "in"), "-o", str(output), "--resume"])
        err = capsys.readouterr().err
        assert output.read_bytes() == reference.read_bytes(), kept
        assert status == 1  # the empty and binary files failed, in this run or the earlier one
        assert f"govextract: {output}: cut a torn last line (25 bytes) left by the interrupted run" in err
        assert err.splitlines()[-1].endswith(f"resumed after {kept} record{'s' if kept != 1 else ''} already written") \
            or kept == 0


def test_resume_with_errors_aside_completes_both_files(tmp_path, capsys):
    _corpus(tmp_path / "in")
    reference, reference_errors = tmp_path / "reference.jsonl", tmp_path / "reference-errors.jsonl"
    main(["-q", str(tmp_path / "in"), "-o", str(reference), "--errors-jsonl", str(reference_errors)])
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    output.write_bytes(b"".join(_lines(reference)[:4]))
    errors.write_bytes(_lines(reference_errors)[0][:-1])  # torn: its newline never came
    assert main(["-q", str(tmp_path / "in"), "-o", str(output), "--errors-jsonl", str(errors), "--resume"]) == 1
    assert output.read_bytes() == reference.read_bytes()
    assert errors.read_bytes() == reference_errors.read_bytes()


def test_resume_of_a_finished_run_writes_nothing_and_keeps_its_status(tmp_path, capsys):
    _corpus(tmp_path / "in")
    output = tmp_path / "out.jsonl"
    assert main(["-q", str(tmp_path / "in"), "-o", str(output)]) == 1
    before = output.read_bytes()
    assert main([str(tmp_path / "in"), "-o", str(output), "--resume"]) == 1
    assert output.read_bytes() == before
    summary = capsys.readouterr().err.splitlines()[-1]
    assert "0 documents, 0 errors" in summary and f"resumed after {len(_lines(output))} records" in summary


def test_resume_without_an_output_yet_is_a_first_run(tmp_path, capsys):
    (tmp_path / "one.txt").write_bytes(SEED.read_bytes())
    output = tmp_path / "new" / "out.jsonl"
    assert main(["-q", str(tmp_path / "one.txt"), "-o", str(output), "--resume"]) == 0
    assert len(_lines(output)) == 1


def test_resume_refuses_to_append_to_a_foreign_file(tmp_path, capsys):
    (tmp_path / "one.txt").write_bytes(SEED.read_bytes())
    output = tmp_path / "notes.jsonl"
    output.write_text('{"note": "my own data"}\n', encoding="utf-8")
    assert main([str(tmp_path / "one.txt"), "-o", str(output), "--resume"]) == 2
    err = capsys.readouterr().err
    assert f"govextract: cannot resume: {output}, line 1 is not a govextract record" in err
    assert output.read_text(encoding="utf-8") == '{"note": "my own data"}\n'


# ---------------------------------------------------------------- kill -9, for real


def _kill_when(process: subprocess.Popen, output: Path, lines: int) -> int:
    """SIGKILL ``process`` once ``output`` holds at least ``lines`` complete lines; return how many it held."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        held = output.read_bytes().count(b"\n") if output.exists() else 0
        if held >= lines or process.poll() is not None:
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return output.read_bytes().count(b"\n")


def test_a_run_killed_twice_and_resumed_writes_what_an_uninterrupted_run_writes(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    releases = [p.read_bytes() for p in sorted(RELEASES.glob("*/*.txt"))]
    for index in range(160):  # documents of a few thousand characters: the run lasts a few seconds
        parts = [releases[(index * 3 + k) % len(releases)] for k in range(3)]
        (folder / f"{index:03d}.txt").write_bytes(b"\n\n".join(parts))
    (folder / "050 empty.txt").write_bytes(b"")
    reference = tmp_path / "reference.jsonl"
    assert main(["-q", str(folder), "-o", str(reference)]) == 1
    total = len(_lines(reference))
    assert total == 161

    output = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "govextract", str(folder), "-o", str(output), "--jobs", "2", "-q"]
    first = _kill_when(subprocess.Popen(command), output, 3)
    second = _kill_when(subprocess.Popen([*command, "--resume"]), output, first + 20)
    assert 3 <= first < second < total, (first, second, total)  # both kills landed mid-way
    done = subprocess.run([*command, "--resume"], capture_output=True, timeout=300)
    assert done.returncode == 1, done.stderr  # the empty file
    assert b"Traceback" not in done.stderr
    assert output.read_bytes() == reference.read_bytes()
