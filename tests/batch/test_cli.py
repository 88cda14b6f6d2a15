"""The govextract command (govextract.cli.main and python -m govextract).

Runs in-process use one worker (``--jobs`` defaults to the CPUs, which would
start processes in every test); tests/batch/test_parallel.py runs the
command with ``--jobs 2``.
"""

from __future__ import annotations

import codecs
import functools
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import govextract
from conftest import FIXTURES, SEED
from govextract import cli
from govextract.batch import DEFAULT_GLOBS, DEFAULT_MAX_BYTES, load_text
from govextract.cli import main
from govextract.errors import ExtractionFailure
from govextract.models import Document
from govextract.pipeline import Extractor

SIMPLIFIED = "山东省数字政府发展指数列省域前三\n全省政务服务事项网上可办率达到90%以上。\n"
TRADITIONAL = "香港特別行政區政府今日公布，本地生產總值按年實質上升百分之二點七。\n"
SUMMARY = re.compile(
    r"govextract: (\d+) files?, (\d+) documents?, (\d+) errors?, (\d+) quantit(?:y|ies) "
    r"in \d+\.\d s \(\d+\.\d docs/s\)(; resumed after \d+ records? already written)?"
)


@functools.cache
def _shared_extractor() -> Extractor:
    return Extractor()


@pytest.fixture(autouse=True)
def _one_extractor_for_all_tests(monkeypatch):
    """main() builds a fresh Extractor per run; the tests share one to load jieba once, in this process."""
    monkeypatch.setattr(cli, "Extractor", _shared_extractor)
    monkeypatch.setattr(cli, "default_jobs", lambda: 1)


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


ORDER = ["a_utf8", "b_bom", "c_binary", "d_empty", "e_gbk", "f_big5", "g_undecodable", "h_utf16"]
GOOD = ["a_utf8", "b_bom", "e_gbk", "f_big5", "h_utf16"]
BAD = {"c_binary": "binary", "d_empty": "empty", "g_undecodable": "decode_error"}


def _records(output: str) -> list[dict]:
    lines = output.splitlines()
    assert all(line.startswith("{") for line in lines), lines
    return [json.loads(line) for line in lines]


def _summary(err: str) -> tuple[int, int, int, int]:
    match = SUMMARY.fullmatch(err.splitlines()[-1])
    assert match, err
    return int(match[1]), int(match[2]), int(match[3]), int(match[4])


# ---------------------------------------------------------------- one record per input


def test_folder_gives_one_line_per_input_in_order_errors_in_the_stream(tmp_path, capsys):
    files = _make_corpus(tmp_path)
    missing = tmp_path / "missing.txt"

    status = main([str(tmp_path), str(missing)])

    out, err = capsys.readouterr()
    records = _records(out)
    assert [r["source"] for r in records] == [str(files[name]) for name in ORDER] + [str(missing)]
    assert [r["record"] for r in records] == ["error" if n in BAD else "document" for n in ORDER] + ["error"]
    for record in records:
        if record["record"] == "document":
            parsed = Document.model_validate(record)
            assert parsed.span_errors(load_text(parsed.source)) == []
        else:
            failure = ExtractionFailure.model_validate(record)
            assert set(record) == {"record", "source", "error", "message"}
            assert failure.message.startswith(failure.source + ": ")
    assert {r["source"]: r["error"] for r in records if r["record"] == "error"} == {
        **{str(files[name]): code for name, code in BAD.items()}, str(missing): "not_found",
    }
    assert records[4]["length"] == len(SIMPLIFIED)  # GBK decoded to the same text as UTF-8
    err_lines = err.splitlines()
    expected = [f"govextract: {files[name]}: " for name in BAD] + [f"govextract: {missing}: "]
    assert len(err_lines) == len(expected) + 1
    for prefix, line in zip(expected, err_lines[:-1], strict=True):
        assert line.startswith(prefix), (prefix, line)
    assert _summary(err)[1:3] == (5, 4)
    assert "Traceback" not in err
    assert status == 1


def test_errors_jsonl_moves_the_errors_aside(tmp_path, capsys):
    files = _make_corpus(tmp_path / "in")
    out_path, errors_path = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"

    status = main([str(tmp_path / "in"), "-o", str(out_path), "--errors-jsonl", str(errors_path)])

    out, err = capsys.readouterr()
    assert status == 1 and out == ""
    raw = out_path.read_bytes()
    assert b"\r\n" not in raw and raw.endswith(b"\n")
    text = raw.decode("utf-8")
    assert "山东省" in text  # non-ASCII kept as is, not \\u-escaped
    assert [d["source"] for d in _records(text)] == [str(files[name]) for name in GOOD]
    failures = _records(errors_path.read_text(encoding="utf-8"))
    assert [(f["source"], f["error"]) for f in failures] == [(str(files[name]), code) for name, code in BAD.items()]
    for failure in failures:
        assert set(failure) == {"record", "source", "error", "message"} and failure["record"] == "error"
        assert f"govextract: {failure['message']}" in err.splitlines()


def test_errors_jsonl_dash_goes_to_stderr(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["-q", "--errors-jsonl", "-", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.splitlines()
    assert json.loads(line)["error"] == "empty"


def test_all_good_exits_zero_and_stderr_holds_the_summary_only(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    (tmp_path / "two.txt").write_bytes(SIMPLIFIED.encode("gb18030"))
    assert main([str(tmp_path), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert len(err.splitlines()) == 1
    files, documents, errors, quantities = _summary(err)
    assert (files, documents, errors) == (2, 2, 0)
    assert quantities == sum(len(r["quantities"]) for r in _records(out)) > 0


def test_quiet_hides_error_lines_and_summary_but_not_the_records_or_status(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["--quiet", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert [r["error"] for r in _records(out)] == ["empty"]


def test_standard_input_is_one_document(capsys, monkeypatch):
    class Stdin:
        buffer = __import__("io").BytesIO(SIMPLIFIED.encode("gbk"))

    monkeypatch.setattr(sys, "stdin", Stdin)
    assert main(["-q", "-"]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert record["source"] == "-" and record["length"] == len(SIMPLIFIED)


def test_include_text_puts_the_text_on_every_document(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    assert main(["-q", str(tmp_path)]) == 0
    assert _records(capsys.readouterr().out)[0]["text"] is None
    assert main(["-q", "--include-text", str(tmp_path)]) == 0
    assert _records(capsys.readouterr().out)[0]["text"] == SIMPLIFIED


def test_bom_file_offsets_index_the_bom_less_text(tmp_path, capsys):
    path = tmp_path / "bom.txt"
    path.write_bytes(codecs.BOM_UTF8 + SEED.read_bytes())
    assert main([str(path)]) == 0
    (document,) = _records(capsys.readouterr().out)
    text = load_text(path)
    assert not text.startswith("\ufeff")
    assert Document.model_validate(document).span_errors(text) == []
    assert document["length"] == len(SEED.read_text(encoding="utf-8"))


def test_dash_output_is_stdout(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    assert main([str(tmp_path / "one.txt"), "-o", "-"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1


def test_folder_without_text_files_is_an_error_record(tmp_path, capsys):
    (tmp_path / "readme.md").write_text("说明", encoding="utf-8")
    assert main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    (record,) = _records(out)
    assert (record["source"], record["error"]) == (str(tmp_path), "no_text_files")
    assert f"govextract: {tmp_path}: " in err


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


def test_a_second_run_without_resume_starts_over(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(SIMPLIFIED, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    target.write_text("old content\n", encoding="utf-8")
    assert main([str(tmp_path / "one.txt"), "-o", str(target)]) == 0
    assert [r["record"] for r in _records(target.read_text(encoding="utf-8"))] == ["document"]


# ---------------------------------------------------------------- options


# (name, argv, expected status, text expected on stderr)
USAGE_CASES = [
    ("no_path", [], 2, "at least one PATH"),
    ("unknown_option", ["--frobnicate", "x.txt"], 2, "unrecognized arguments"),
    ("output_without_value", ["x.txt", "-o"], 2, "expected one argument"),
    ("csv_without_folder", ["x.txt", "--format", "csv"], 2, "-o FOLDER"),
    ("parquet_to_stdout", ["x.txt", "--format", "parquet", "-o", "-"], 2, "-o FOLDER"),
    ("unknown_format", ["x.txt", "--format", "xml"], 2, "invalid choice"),
    ("resume_to_stdout", ["x.txt", "--resume"], 2, "--resume appends to a JSON-lines file"),
    ("resume_csv", ["x.txt", "--resume", "--format", "csv", "-o", "out"], 2, "--resume appends to a JSON-lines file"),
    ("zero_jobs", ["x.txt", "--jobs", "0"], 2, "not a positive whole number"),
    ("jobs_not_a_number", ["x.txt", "-j", "many"], 2, "not a positive whole number"),
    ("bad_size", ["x.txt", "--max-bytes", "20 MiB"], 2, "is not a size"),
    ("unknown_encoding", ["x.txt", "--encoding", "klingon"], 2, "unknown encoding"),
    ("errors_and_output_same_file", ["x.txt", "-o", "a.jsonl", "--errors-jsonl", "./a.jsonl"], 2, "the same file"),
    ("stdin_twice", ["-", "-"], 2, "read once only"),
]


@pytest.mark.parametrize("argv, status, words", [c[1:] for c in USAGE_CASES], ids=[c[0] for c in USAGE_CASES])
def test_usage_errors(capsys, argv, status, words):
    assert main(argv) == status
    out, err = capsys.readouterr()
    assert out == ""
    assert "usage: govextract" in err and words in err


# (written, bytes)
SIZES = [("100", 100), ("512k", 512 * 1024), ("20M", 20 * 1024**2), ("1G", 1024**3), ("64kB", 64 * 1024), ("0", 0)]


@pytest.mark.parametrize("written, expected", SIZES, ids=[c[0] for c in SIZES])
def test_byte_size(written, expected):
    assert cli.byte_size(written) == expected


# (name, argv after the path, InputOptions fields expected)
OPTION_CASES = [
    ("defaults", [], {"globs": DEFAULT_GLOBS, "text_field": "text", "id_field": None, "title_field": None,
                      "date_field": None, "encoding": None, "max_bytes": DEFAULT_MAX_BYTES, "follow_symlinks": False}),
    ("globs_repeat", ["--glob", "*.txt", "--glob", "news_*.html"], {"globs": ("*.txt", "news_*.html")}),
    ("dump_fields", ["--text-field", "content", "--id-field", "id", "--title-field", "t", "--date-field", "pub"],
     {"text_field": "content", "id_field": "id", "title_field": "t", "date_field": "pub"}),
    ("encoding", ["--encoding", "gbk"], {"encoding": "gbk"}),
    ("max_bytes", ["--max-bytes", "512k"], {"max_bytes": 524288}),
    ("follow_symlinks", ["--follow-symlinks"], {"follow_symlinks": True}),
]


@pytest.mark.parametrize("argv, expected", [c[1:] for c in OPTION_CASES], ids=[c[0] for c in OPTION_CASES])
def test_input_options_reach_the_reader(monkeypatch, capsys, argv, expected):
    seen = {}

    def read_sources(paths, options, **_keywords):
        seen.update(paths=list(paths), options=options)
        return iter(())

    monkeypatch.setattr(cli, "read_sources", read_sources)
    assert main(["in", "-", *argv]) == 0
    assert seen["paths"] == ["in", "-"]
    assert {name: getattr(seen["options"], name) for name in expected} == expected


def test_help_and_version(capsys):
    assert main(["--help"]) == 0
    help_text = capsys.readouterr().out
    assert "Exit status" in help_text
    for flag in ("--format", "--jobs", "--resume", "--glob", "--text-field", "--id-field", "--title-field",
                 "--date-field", "--encoding", "--max-bytes", "--include-text", "--follow-symlinks", "--errors-jsonl"):
        assert flag in help_text, flag
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"govextract {govextract.__version__}"


def test_schema_describes_both_line_types(capsys):
    assert main(["--schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["discriminator"] == {
        "propertyName": "record",
        "mapping": {"document": "#/$defs/Document", "error": "#/$defs/ExtractionFailure"},
    }
    assert schema["oneOf"] == [{"$ref": "#/$defs/Document"}, {"$ref": "#/$defs/ExtractionFailure"}]
    document, failure = schema["$defs"]["Document"], schema["$defs"]["ExtractionFailure"]
    assert {"record", "source", "title", "quantities", "programs", "documents", "text"} <= set(document["properties"])
    assert set(failure["properties"]) == {"record", "source", "error", "message"}
    assert document["properties"]["record"]["const"] == "document"
    assert failure["properties"]["record"]["const"] == "error"


# ---------------------------------------------------------------- stderr: progress, summary, logging


# (name, --progress flag, stderr is a terminal, records so far, bar expected)
PROGRESS_CASES = [
    ("terminal_many_records", [], True, 6, True),
    ("terminal_few_records", [], True, 5, False),
    ("pipe_many_records", [], False, 6, False),
    ("forced_on", ["--progress"], False, 0, True),
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
    assert [r["record"] for r in _records(out)] == ["document"] * 7 + ["error"]
    assert f"govextract: {tmp_path / 'empty.txt'}: the file is empty" in err
    assert "record/s" in err  # the bar was drawn


def test_summary_counts_the_files_of_the_records(tmp_path, capsys):
    _make_corpus(tmp_path)
    assert main([str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    records = _records(out)
    quantities = sum(len(r.get("quantities", ())) for r in records)
    assert _summary(err) == (8, 5, 3, quantities)


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
    documents = _records(out)
    assert len(documents) == len(list(FIXTURES.rglob("*.txt"))) >= 1
    assert len(err.splitlines()) == 1 and _summary(err)[2] == 0


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
    done = _run(str(tmp_path), "--jobs", "1")
    assert done.returncode == 1
    assert "山东省".encode() in done.stdout
    lines = done.stderr.decode("utf-8").splitlines()
    assert lines[0] == f"govextract: {tmp_path / 'bad.txt'}: the file is empty"
    assert _summary(lines[1])[:3] == (2, 1, 1)


def test_python_m_reads_standard_input():
    done = _run("-", input=SIMPLIFIED.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    (record,) = _records(done.stdout.decode("utf-8"))
    assert record["source"] == "-" and record["quantities"]


def test_closed_stdout_is_not_a_traceback(tmp_path):
    for index in range(40):
        (tmp_path / f"{index:02d}.txt").write_bytes(SEED.read_bytes())
    process = subprocess.Popen(
        [sys.executable, "-m", "govextract", "--jobs", "1", str(tmp_path)],
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
