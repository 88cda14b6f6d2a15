"""Outputs (govextract.batch.writers, csv_output, parquet_output): JSON lines, CSV, Parquet, DataFrames.

Faults are real: a disk that fills is a file size limit (RLIMIT_FSIZE, which
binds root too) in a subprocess, a kill is SIGKILL sent to a subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_tables import TABLE_NAMES, expected_items, fixture_documents

import govextract
from govextract.batch import (
    FORMATS,
    TABLES,
    JsonLinesWriter,
    MissingExtraError,
    OutputError,
    open_jsonl,
    open_writer,
    read_table,
    to_frames,
    truncate_to_last_line,
)
from govextract.batch.csv_output import CsvTablesWriter, neutralise, open_csv, restore
from govextract.batch.parquet_output import ParquetTablesWriter, open_parquet
from govextract.errors import ErrorCode, ExtractionFailure
from govextract.models import Document, Quantity, QuantityKind

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pd = pytest.importorskip("pandas")

FAILURE = ExtractionFailure(source="gone.txt", error=ErrorCode.NOT_FOUND, message="gone.txt: no such file or folder")


def records() -> list[Document | ExtractionFailure]:
    """Documents and error records mixed, as a run writes them."""
    documents = list(fixture_documents())
    return [*documents[:3], FAILURE, *documents[3:]]


def expected_tables(items: list[Document | ExtractionFailure]) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    for record in items:
        if isinstance(record, ExtractionFailure):
            tables["errors"].append({"source": record.source, "error": record.error.value, "message": record.message})
            continue
        for name, rows in expected_items(record).items():
            tables[name].extend(rows)
    return tables


def with_floats(name: str, rows: list[dict]) -> list[dict]:
    """``rows`` with number columns as floats, as Parquet and DataFrames hold them."""
    numbers = [c.name for c in TABLES[name].columns if c.kind == "number"]
    return [{k: (float(v) if k in numbers and v is not None else v) for k, v in row.items()} for row in rows]


def text_document(text: str, **fields) -> Document:
    return Document(length=len(text), body_end=len(text), text=text, **fields)


# ---------------------------------------------------------------- JSON lines


def test_documents_and_errors_share_one_stream_one_line_each(tmp_path):
    path = tmp_path / "out.jsonl"
    with open_writer("jsonl", str(path), sys.stdout) as writer:
        for record in records():
            writer.write(record)
    lines = path.read_bytes().decode("utf-8").split("\n")
    assert lines[-1] == "" and len(lines) - 1 == len(records())
    parsed = [json.loads(line) for line in lines[:-1]]
    assert [p["record"] for p in parsed] == ["document"] * 3 + ["error"] + ["document"] * 4
    assert parsed[3] == {"record": "error", "source": "gone.txt", "error": "not_found",
                         "message": "gone.txt: no such file or folder"}
    assert Document.model_validate(parsed[0]) == records()[0]
    assert "山东省" in lines[0]  # UTF-8 as is, not \\u escapes


def test_dash_writes_utf8_on_the_standard_stream():
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="latin-1")  # whatever the locale says
    with open_writer("jsonl", "-", stream) as writer:
        writer.write(FAILURE)
        writer.write(records()[0])
        assert writer.committed is None
    stream.flush()
    assert raw.getvalue().decode("utf-8").count("\n") == 2


def test_committed_is_the_end_of_the_last_line_handed_over(tmp_path):
    path = tmp_path / "out.jsonl"
    with open_jsonl(str(path), sys.stdout, flush_each=True) as writer:
        assert writer.committed == 0
        for record in records():
            writer.write(record)
            assert writer.committed == path.stat().st_size
            assert path.read_bytes().endswith(b"\n")


def test_without_flush_each_lines_wait_in_the_buffer_whole(tmp_path):
    path = tmp_path / "out.jsonl"
    with open_jsonl(str(path), sys.stdout) as writer:
        writer.write(FAILURE)
        assert path.stat().st_size == 0 and writer.committed == 0
        writer.flush()
        assert writer.committed == path.stat().st_size > 0
    assert path.read_text(encoding="utf-8").count("\n") == 1


def test_append_cuts_a_torn_line_then_adds_after_the_last_complete_one(tmp_path):
    path = tmp_path / "out.jsonl"
    first = FAILURE.model_dump_json() + "\n"
    path.write_text(first + '{"record": "docu', encoding="utf-8")
    with open_writer("jsonl", str(path), sys.stdout, append=True) as writer:
        assert writer.committed == len(first.encode())
        writer.write(records()[0])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == first.strip() and Document.model_validate_json(lines[1]) == records()[0]


def test_without_append_the_output_is_replaced(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with open_writer("jsonl", str(path), sys.stdout) as writer:
        writer.write(FAILURE)
    assert path.read_text(encoding="utf-8") == FAILURE.model_dump_json() + "\n"


def test_a_record_with_a_lone_surrogate_is_written_not_crashed(tmp_path):
    text = "数据\udcff治理"
    document = text_document(text, source="bad\udcffname.txt")
    path = tmp_path / "out.jsonl"
    with open_writer("jsonl", str(path), sys.stdout) as writer:
        writer.write(document)
    (line,) = path.read_text(encoding="utf-8").splitlines()
    written = Document.model_validate_json(line)
    assert written.text == "数据\ufffd治理" and written.length == len(text)
    assert written.source == "bad\ufffdname.txt"


# (name, file content, content kept)
TRUNCATE_CASES = [
    ("empty", b"", b""),
    ("complete", b'{"a":1}\n', b'{"a":1}\n'),
    ("two_complete", b"1\n2\n", b"1\n2\n"),
    ("torn_last", b'1\n{"a":', b"1\n"),
    ("complete_json_without_newline", b"1\n2", b"1\n"),
    ("no_line_end_at_all", b'{"a":1', b""),
    ("utf8_torn_mid_character", "1\n数".encode()[:-1], b"1\n"),
    ("long_torn_line", b"1\n" + b"x" * 200_000, b"1\n"),
    ("long_complete_lines", b"y" * 150_000 + b"\n" + b"z" * 70_000, b"y" * 150_000 + b"\n"),
]


@pytest.mark.parametrize("content, kept", [c[1:] for c in TRUNCATE_CASES], ids=[c[0] for c in TRUNCATE_CASES])
def test_truncate_to_last_line(tmp_path, content, kept):
    path = tmp_path / "out.jsonl"
    path.write_bytes(content)
    assert truncate_to_last_line(path) == len(kept)
    assert path.read_bytes() == kept


def test_truncate_a_missing_file_is_an_empty_one(tmp_path):
    assert truncate_to_last_line(tmp_path / "missing.jsonl") == 0
    assert not (tmp_path / "missing.jsonl").exists()


# ---------------------------------------------------------------- opening


@pytest.mark.parametrize(
    "format, target, append, words",
    [
        ("xml", "out", False, "unknown output format 'xml': choose one of jsonl, csv, parquet"),
        ("csv", "-", False, "give a folder"),
        ("parquet", "-", False, "give a folder"),
        ("csv", "tables", True, "CSV output cannot be resumed"),
        ("parquet", "tables", True, "Parquet output cannot be resumed"),
        ("jsonl", "-", True, "needs an output file, not standard output"),
    ],
)
def test_requests_that_cannot_be_met_are_refused_before_writing(tmp_path, monkeypatch, format, target, append, words):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputError, match=words), open_writer(format, target, sys.stdout, append=append):
        pass
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_a_file_where_the_folder_should_be_is_refused(tmp_path, format):
    (tmp_path / "out").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file"), open_writer(format, str(tmp_path / "out"), sys.stdout):
        pass


@pytest.mark.parametrize("format, kind", [("jsonl", JsonLinesWriter), ("csv", CsvTablesWriter), ("parquet", ParquetTablesWriter)])
def test_open_writer_opens_each_format(tmp_path, format, kind):
    assert FORMATS == ("jsonl", "csv", "parquet")
    with open_writer(format, str(tmp_path / "out"), sys.stdout) as writer:
        assert isinstance(writer, kind)
        writer.write(FAILURE)
    assert (tmp_path / "out").exists()


# ---------------------------------------------------------------- CSV


def raw_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_csv(folder: Path, items) -> Path:
    with open_csv(str(folder)) as writer:
        for record in items:
            writer.write(record)
    return folder


def test_csv_tables_reload_to_the_record_values(tmp_path):
    folder = write_csv(tmp_path / "tables", records())
    expected = expected_tables(records())
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.csv" for name in TABLE_NAMES)
    for name in TABLE_NAMES:
        assert read_table(folder / f"{name}.csv") == expected[name], name
        assert len(expected[name]) > 0, name


def test_csv_is_utf8_with_bom_and_chinese_intact(tmp_path):
    folder = write_csv(tmp_path / "tables", records())
    for name in TABLE_NAMES:
        assert (folder / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf" + b"source,")
    documents = raw_rows(folder / "documents.csv")
    assert documents[1][documents[0].index("title")] == "坚持数字先行 山东省数字政府发展指数列省域前三"
    assert documents[1][documents[0].index("reporters")] == "[]"


def test_csv_rows_follow_rfc_4180(tmp_path):
    text = '第一行,有逗号\r\n第二行"有引号"\n第三行'
    folder = write_csv(tmp_path / "tables", [text_document(text, title='标题,"引"', reporters=["张三", '李"四'])])
    raw = (folder / "documents.csv").read_bytes().decode("utf-8-sig")
    assert raw.endswith("\r\n") and '"标题,""引"""' in raw
    (row,) = read_table(folder / "documents.csv")
    assert row["text"] == text and row["title"] == '标题,"引"' and row["reporters"] == ["张三", '李"四']


def test_every_table_is_written_even_when_empty(tmp_path):
    folder = write_csv(tmp_path / "tables", [])
    for name in TABLE_NAMES:
        assert raw_rows(folder / f"{name}.csv") == [TABLES[name].column_names]
        assert read_table(folder / f"{name}.csv") == []


# (name, text as in the record, CSV cell as written)
INJECTION_CASES = [
    ("equals", "=HYPERLINK(\"http://x\",\"点击\")", "'=HYPERLINK(\"http://x\",\"点击\")"),
    ("plus", "+86 10 12345678", "'+86 10 12345678"),
    ("minus", "-3%", "'-3%"),
    ("at", "@SUM(A1:A2)", "'@SUM(A1:A2)"),
    ("tab", "\t=1+2", "'\t=1+2"),
    ("carriage_return", "\r=1+2", "'\r=1+2"),
    ("apostrophe_itself", "'保留", "''保留"),
    ("dde", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
    ("inside_is_harmless", "a=b+c", "a=b+c"),
    ("full_width_equals", "＝1+2", "＝1+2"),
    ("chinese", "数字政府", "数字政府"),
]


@pytest.mark.parametrize("value, cell", [c[1:] for c in INJECTION_CASES], ids=[c[0] for c in INJECTION_CASES])
def test_formula_cells_are_neutralised_and_restored(tmp_path, value, cell):
    failure = ExtractionFailure(source=value, error=ErrorCode.EMPTY, message=f"{value}: the file is empty")
    folder = write_csv(tmp_path / "tables", [text_document("正文", title=value, source=value), failure])
    header, row = raw_rows(folder / "documents.csv")
    assert row[header.index("title")] == cell and row[header.index("source")] == cell
    assert raw_rows(folder / "errors.csv")[1][0] == cell
    assert read_table(folder / "documents.csv")[0]["title"] == value
    assert read_table(folder / "errors.csv")[0]["source"] == value


def test_numbers_are_never_neutralised(tmp_path):
    quantity = Quantity(start=0, end=2, text="-5", value=-5, value_max=-0.5, kind=QuantityKind.COUNT)
    document = Document(length=4, body_end=4, quantities=[quantity], source="a.txt")
    folder = write_csv(tmp_path / "tables", [document])
    header, row = raw_rows(folder / "quantities.csv")
    assert (row[header.index("value")], row[header.index("value_max")], row[header.index("text")]) == ("-5", "-0.5", "'-5")
    (reloaded,) = read_table(folder / "quantities.csv")
    assert (reloaded["value"], reloaded["value_max"], reloaded["text"]) == (-5, -0.5, "-5")


@given(st.text())
def test_restore_undoes_neutralise(value):
    written = neutralise(value)
    assert restore(written) == value
    assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))


@settings(max_examples=40, deadline=None)
@given(st.text(), st.text(min_size=1), st.lists(st.text()), st.text(min_size=1))
def test_any_strings_survive_a_csv_round_trip(text, title, reporters, source):
    document = text_document(text, title=title, reporters=reporters, source=source, outlet="来源")
    with tempfile.TemporaryDirectory() as folder:
        write_csv(Path(folder), [document])
        (row,) = read_table(Path(folder) / "documents.csv")
    assert (row["text"] or "", row["title"], row["reporters"], row["source"]) == (text, title, reporters, source)


def test_csv_parts_are_renamed_on_close_and_kept_when_the_caller_stops(tmp_path):
    folder = tmp_path / "tables"
    with pytest.raises(KeyboardInterrupt), open_csv(str(folder)) as writer:
        writer.write(records()[0])
        assert sorted(p.suffix for p in folder.iterdir()) == [".part"] * 8
        raise KeyboardInterrupt
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.csv" for name in TABLE_NAMES)
    assert len(read_table(folder / "documents.csv")) == 1


# ---------------------------------------------------------------- Parquet


def test_parquet_tables_reload_to_the_record_values(tmp_path):
    folder = tmp_path / "tables"
    with open_parquet(str(folder)) as writer:
        for record in records():
            writer.write(record)
    expected = expected_tables(records())
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{name}.parquet" for name in TABLE_NAMES)
    for name in TABLE_NAMES:
        assert pq.read_table(folder / f"{name}.parquet").to_pylist() == with_floats(name, expected[name]), name


def test_parquet_schemas_come_from_the_models(tmp_path):
    folder = tmp_path / "tables"
    with open_parquet(str(folder)):
        pass
    quantities = pq.read_schema(folder / "quantities.parquet")
    assert quantities.names == TABLES["quantities"].column_names
    assert {n: str(quantities.field(n).type) for n in ("start", "value", "value_max", "kind", "section")} == {
        "start": "int64", "value": "double", "value_max": "double", "kind": "string", "section": "int64"}
    assert all(field.nullable for field in quantities)
    documents = pq.read_schema(folder / "documents.parquet")
    assert str(documents.field("reporters").type) == "list<element: string>"
    assert str(pq.read_schema(folder / "dates.parquet").field("relative").type) == "bool"
    for name in TABLE_NAMES:
        assert pq.read_table(folder / f"{name}.parquet").num_rows == 0


def test_parquet_is_written_in_row_groups_as_documents_come(tmp_path):
    folder = tmp_path / "tables"
    with open_parquet(str(folder), row_group_documents=2) as writer:
        for record in records():
            writer.write(record)
    assert pq.ParquetFile(folder / "documents.parquet").metadata.num_row_groups == 4  # 7 documents, 1 error
    assert pq.ParquetFile(folder / "errors.parquet").metadata.num_row_groups == 1


def test_missing_pyarrow_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(MissingExtraError, match=r'pip install "govextract\[parquet\]"') as caught, open_parquet(
        str(tmp_path / "tables")
    ):
        pass
    assert isinstance(caught.value, ImportError) and not (tmp_path / "tables").exists()
    with pytest.raises(MissingExtraError, match=r"govextract\[parquet\]"):
        to_frames([])


def test_missing_pandas_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r'to_frames needs pandas.*pip install "govextract\[parquet\]"'):
        to_frames([])


# ---------------------------------------------------------------- DataFrames


def frame_rows(frame) -> list[dict]:
    def plain(value):
        if isinstance(value, list):
            return value
        if value is pd.NA or (isinstance(value, float) and math.isnan(value)):
            return None
        return value.item() if hasattr(value, "item") else value

    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict("records")]


def test_to_frames_gives_the_same_tables_and_values():
    frames = govextract.to_frames(records())
    expected = expected_tables(records())
    assert list(frames) == TABLE_NAMES
    for name in TABLE_NAMES:
        assert list(frames[name].columns) == TABLES[name].column_names
        assert frame_rows(frames[name]) == with_floats(name, expected[name]), name
    quantities = frames["quantities"]
    assert str(quantities["start"].dtype) == "Int64" and str(quantities["value"].dtype) == "float64"
    assert str(quantities["section"].dtype) == "Int64" and quantities["section"].isna().any()


def test_to_frames_of_nothing_has_every_table_and_column():
    frames = to_frames(iter([]))
    assert {name: list(frame.columns) for name, frame in frames.items()} == {
        name: TABLES[name].column_names for name in TABLE_NAMES
    }
    assert all(len(frame) == 0 for frame in frames.values())


def test_to_frames_refuses_a_file_result_with_a_hint(tmp_path):
    (tmp_path / "a.txt").write_text("注册用户数突破1亿。", encoding="utf-8")
    (result,) = govextract.extract_files([tmp_path / "a.txt"])
    with pytest.raises(TypeError, match=r"\.document or \.error"):
        to_frames([result])
    assert len(to_frames([result.document])["quantities"]) == 1


# ---------------------------------------------------------------- faults, in subprocesses

_FULL_DISK = textwrap.dedent(
    """
    import json, resource, signal, sys
    import govextract
    from govextract.batch import open_writer
    from govextract.errors import ErrorCode, ExtractionFailure

    format, target, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    text = open(sys.argv[4], encoding="utf-8").read()
    document = govextract.extract(text, source="seed.txt")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    writer = None
    try:
        with open_writer(format, target, sys.stdout, flush_each=True) as writer:
            for number in range(10_000):
                if number % 2:
                    writer.write(ExtractionFailure(source=f"{number}.txt", error=ErrorCode.EMPTY, message="empty"))
                else:
                    writer.write(document.model_copy(update={"source": f"{number}.txt"}))
    except OSError as error:
        print(json.dumps({"errno": error.errno, "committed": getattr(writer, "committed", None)}))
        sys.exit(1)
    """
)


def run_on_a_full_disk(format: str, target: Path, limit: int) -> dict:
    from conftest import SEED

    done = subprocess.run(
        [sys.executable, "-c", _FULL_DISK, format, str(target), str(limit), str(SEED)],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
def test_jsonl_on_a_full_disk_is_cut_back_to_its_last_complete_line(tmp_path):
    path = tmp_path / "out.jsonl"
    outcome = run_on_a_full_disk("jsonl", path, 100_000)
    data = path.read_bytes()
    assert len(data) == outcome["committed"] < 100_000 and data.endswith(b"\n")
    lines = data.decode("utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == [f"{n}.txt" for n in range(len(lines))]


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
@pytest.mark.parametrize("format", ["csv", "parquet"])
def test_tables_on_a_full_disk_leave_no_torn_file_and_keep_the_old_ones(tmp_path, format):
    folder = tmp_path / "tables"
    folder.mkdir()
    (folder / f"documents.{format}").write_bytes(b"previous run")
    run_on_a_full_disk(format, folder, 20_000)
    assert [p.name for p in folder.iterdir()] == [f"documents.{format}"]
    assert (folder / f"documents.{format}").read_bytes() == b"previous run"


_WRITE_FOREVER = textwrap.dedent(
    """
    import sys
    from govextract.batch import open_writer
    from govextract.errors import ErrorCode, ExtractionFailure

    message = "x" * int(sys.argv[3])
    with open_writer("jsonl", sys.argv[1], sys.stdout, flush_each=sys.argv[2] == "each") as writer:
        number = 0
        while True:
            writer.write(ExtractionFailure(source=f"{number}.txt", error=ErrorCode.EMPTY, message=message))
            number += 1
    """
)


@pytest.mark.parametrize("flush, size", [("each", 100), ("each", 30_000), ("buffered", 5_000)])
def test_a_killed_writer_leaves_complete_lines_then_at_most_a_torn_one(tmp_path, flush, size):
    path = tmp_path / "out.jsonl"
    child = subprocess.Popen([sys.executable, "-c", _WRITE_FOREVER, str(path), flush, str(size)])
    try:
        deadline = time.monotonic() + 60
        while (not path.exists() or path.stat().st_size < 2_000_000) and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    kept = truncate_to_last_line(path)
    data = path.read_bytes()
    assert len(data) == kept > 0
    lines = data.decode("utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == [f"{n}.txt" for n in range(len(lines))]
