"""The govextract command (govextract.cli.main and python -m govextract)."""

from __future__ import annotations

import codecs
import functools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import govextract
from conftest import FIXTURES, SEED
from govextract import cli
from govextract.batch import load_text
from govextract.cli import main
from govextract.models import Document
from govextract.pipeline import Extractor

SIMPLIFIED = "山东省数字政府发展指数列省域前三\n全省政务服务事项网上可办率达到90%以上。\n"
TRADITIONAL = "香港特別行政區政府今日公布，本地生產總值按年實質上升百分之二點七。\n"


@functools.cache
def _shared_extractor() -> Extractor:
    return Extractor()


@pytest.fixture(autouse=True)
def _one_extractor_for_all_tests(monkeypatch):
    """main() builds a fresh Extractor per run; the tests share one to load jieba once."""
    monkeypatch.setattr(cli, "Extractor", _shared_extractor)


def _make_corpus(root: Path) -> dict[str, Path]:
    """A folder of releases in every encoding, bad files and ignored files; names sort in this order."""
    nested = root / "nested" / "deeper"
    nested.mkdir(parents=True)
    files = {
        "a_utf8": (root / "a_utf8.txt", SIMPLIFIED.encode("utf-8")),
        "b_bom": (root / "b_bom.txt", codecs.BOM_UTF8 + SEED.read_bytes()),
        "c_binary": (root / "c_binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "d_empty": (root / "d_empty.txt", b""),
        "e_gbk": (root / "e_gbk.txt", SIMPLIFIED.encode("gbk")),
        "f_big5": (root / "f_big5.TXT", TRADITIONAL.encode("big5")),
        "g_undecodable": (root / "g_undecodable.txt", b"\x80\xff\x80\xff\xfe\xff"),
        "h_utf16": (nested / "h_utf16.txt", codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le")),
    }
    for path, data in files.values():
        path.write_bytes(data)
    (root / "notes.md").write_text("不是稿件", encoding="utf-8")
    (root / "nested" / "data.json").write_text("{}", encoding="utf-8")
    (nested / "scan.pdf").write_bytes(b"%PDF-1.4\x00")
    return {name: path for name, (path, _data) in files.items()}


GOOD = ["a_utf8", "b_bom", "e_gbk", "f_big5", "h_utf16"]
BAD = {"c_binary": "binary", "d_empty": "empty", "g_undecodable": "decode_error"}


def _documents(output: str) -> list[dict]:
    lines = output.splitlines()
    assert all(line.startswith("{") for line in lines), lines
    return [json.loads(line) for line in lines]


def test_folder_gives_one_line_per_document_in_order_and_errors_on_stderr(tmp_path, capsys):
    files = _make_corpus(tmp_path)
    missing = tmp_path / "missing.txt"

    status = main([str(tmp_path), str(missing)])

    out, err = capsys.readouterr()
    documents = _documents(out)
    assert [d["source"] for d in documents] == [str(files[name]) for name in GOOD]
    for document in documents:
        parsed = Document.model_validate(document)
        assert parsed.span_errors(load_text(parsed.source)) == []
    assert documents[2]["length"] == len(SIMPLIFIED)  # GBK decoded to the same text as UTF-8
    err_lines = err.splitlines()
    expected = [f"govextract: {files[name]}: " for name in BAD] + [f"govextract: {missing}: "]
    assert len(err_lines) == len(expected) + 1
    for prefix, line in zip(expected, err_lines[:-1], strict=True):
        assert line.startswith(prefix), (prefix, line)
    assert err_lines[-1] == "govextract: 4 of 9 inputs failed"
    assert "Traceback" not in err
    assert status == 1


def test_bom_file_offsets_index_the_bom_less_text(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + SEED.read_bytes())
    assert main([str(path)]) == 0
    (document,) = _documents(capsys.readouterr().out)
    text = load_text(path)
    assert not text.startswith("\ufeff")
    assert Document.model_validate(document).span_errors(text) == []
    assert document["length"] == len(SEED.read_text(encoding="utf-8"))


def test_output_file_and_errors_jsonl(tmp_path, capsys):
    files = _make_corpus(tmp_path / "in")
    out_path, errors_path = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    status = main([str(tmp_path / "in"), "-o", str(out_path), "--errors-jsonl", str(errors_path)])

    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    raw = out_path.read_bytes()
    assert b"\r\n" not in raw and raw.endswith(b"\n")
    text = raw.decode("utf-8")
    assert "山东省" in text  # non-ASCII kept as is, not \\u-escaped
    assert [d["source"] for d in _documents(text)] == [str(files[name]) for name in GOOD]
    failures = [json.loads(line) for line in errors_path.read_text(encoding="utf-8").splitlines()]
    assert [(f["source"], f["error"]) for f in failures] == [(str(files[name]), code) for name, code in BAD.items()]
    for failure in failures:
        assert set(failure) == {"record", "source", "error", "message"}
        assert failure["message"].startswith(failure["source"] + ": ")
        assert f"govextract: {failure['message']}" in err.splitlines()


def test_all_good_exits_zero_and_stderr_is_silent(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "two.txt").write_bytes(SIMPLIFIED.encode("gb18030"))
    assert main([str(tmp_path), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2 and err == ""


def test_dash_output_is_stdout(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    assert main([str(tmp_path / "one.txt"), "-o", "-"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_quiet_hides_error_lines_but_not_the_status(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["--quiet", str(tmp_path)]) == 1
    assert capsys.readouterr() == ("", "")


def test_errors_jsonl_dash_goes_to_stderr(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["-q", "--errors-jsonl", "-", str(tmp_path)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert json.loads(line)["error"] == "empty"


def test_folder_without_text_files_is_an_error(tmp_path, capsys):
    (tmp_path / "readme.md").write_text("说明", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    assert f"govextract: {tmp_path}: the folder holds no file matching *.txt, *.html, *.htm or *.jsonl" in capsys.readouterr().err


def test_duplicate_arguments_give_one_line(tmp_path, capsys):
    path = tmp_path / "one.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    assert main([str(path), str(tmp_path), str(path)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_unwritable_output_is_a_usage_error(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    status = main([str(tmp_path), "-o", str(tmp_path / "one.txt" / "out.jsonl")])  # under a file
    assert status == 2
    assert "govextract: cannot write" in capsys.readouterr().err


def test_output_folders_are_created(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    target = tmp_path / "out" / "run" / "docs.jsonl"
    assert main([str(tmp_path / "in"), "-o", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == 1


# (name, argv, expected status, text expected on stderr)
USAGE_CASES = [
    ("no_path", [], 2, "at least one PATH"),
    ("unknown_option", ["--frobnicate", "x.txt"], 2, "unrecognized arguments"),
    ("output_without_value", ["x.txt", "-o"], 2, "expected one argument"),
]


@pytest.mark.parametrize("argv, status, words", [c[1:] for c in USAGE_CASES], ids=[c[0] for c in USAGE_CASES])
def test_usage_errors(capsys, argv, status, words):
    assert main(argv) == status
    err = capsys.readouterr().err
    assert "usage: govextract" in err and words in err


def test_help_and_version(capsys):
    assert main(["--help"]) == 0
    assert "Exit status" in capsys.readouterr().out
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"govextract {govextract.__version__}"


def test_schema(capsys):
    assert main(["--schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == Document.model_json_schema()
    assert {"source", "title", "quantities", "programs", "documents"} <= set(schema["properties"])


# (name, --progress flag, stderr is a terminal, file count, bar expected)
PROGRESS_CASES = [
    ("terminal_many_files", [], True, 6, True),
    ("terminal_few_files", [], True, 5, False),
    ("pipe_many_files", [], False, 6, False),
    ("forced_on", ["--progress"], False, 1, True),
    ("forced_off", ["--no-progress"], True, 6, False),
    ("quiet_wins", ["--progress", "--quiet"], True, 6, False),
]


@pytest.mark.parametrize(
    "flags, tty, count, expected", [c[1:] for c in PROGRESS_CASES], ids=[c[0] for c in PROGRESS_CASES]
)
def test_progress_bar_policy(monkeypatch, flags, tty, count, expected):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty, raising=False)
    args = cli.build_parser().parse_args([*flags, "x.txt"])
    assert cli._want_progress(args, count) is expected


def test_progress_bar_does_not_touch_stdout(tmp_path, capsys):
    for index in range(7):
        (tmp_path / f"{index}.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["--progress", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert len(_documents(out)) == 7
    assert f"govextract: {tmp_path / 'empty.txt'}: the file is empty" in err


def test_main_leaves_logging_as_it_found_it(tmp_path, capsys):
    import logging

    package = logging.getLogger("govextract")
    before = (list(package.handlers), package.level, package.propagate)
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    assert main(["-vv", str(tmp_path)]) == 0
    assert (list(package.handlers), package.level, package.propagate) == before


def test_bundled_fixtures_run_cleanly(capsys):
    assert main([str(FIXTURES)]) == 0
    out, err = capsys.readouterr()
    documents = _documents(out)
    assert len(documents) == len(list(FIXTURES.rglob("*.txt"))) >= 1
    assert err == ""


# ---------------------------------------------------------------- real processes


def _run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "govextract", *args],
        capture_output=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "ascii"}, **kwargs,
    )


def test_python_m_version():
    done = _run("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == f"govextract {govextract.__version__}"


def test_python_m_writes_utf8_whatever_the_locale(tmp_path):
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    done = _run(str(tmp_path))
    assert done.returncode == 1
    assert "山东省".encode() in done.stdout
    assert done.stderr.decode("utf-8").splitlines() == [
        f"govextract: {tmp_path / 'bad.txt'}: the file is empty",
        "govextract: 1 of 2 inputs failed",
    ]


def test_closed_stdout_is_not_a_traceback(tmp_path):
    for index in range(40):
        (tmp_path / f"{index:02d}.txt").write_bytes(SEED.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "govextract", str(tmp_path)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # like `| head -1`
    err = process.stderr.read()
    status = process.wait(timeout=120)
    assert json.loads(first)["source"].endswith("00.txt")
    assert b"Traceback" not in err and b"Exception ignored" not in err
    assert status == cli.EXIT_BROKEN_PIPE
