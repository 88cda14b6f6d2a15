"""A whole crawler's archive through the batch layer and the command, checked against its manifest.

The archive (``archive_maker.py``: several hundred files; the test releases
as UTF-8 and in nine other byte forms, saved pages, JSON-lines dumps with bad lines, junk, odd
names, symbolic links, files the patterns do not take) is built once per
module; each run over it (the API, the command with one and two jobs, CSV,
Parquet, a resumed run) happens once, and the tests compare what came out:

* every input is accounted for: one record per expected source, in order,
  documents and error records (with their codes) where the manifest says;
* each document equals ``govextract.extract()`` of its text alone (the decoded
  file, a page's main text, a dump line's article, with the page or line's
  metadata), and records the codec its bytes were decoded with;
* copies of the same content in other encodings (text files, pages, dumps)
  give the same records but for ``source`` and ``encoding``;
* ``--jobs 2`` writes the very bytes ``--jobs 1`` writes;
* the CSV and Parquet tables reload to the values of the JSON lines, CSV
  cells neutralised against formulas by the documented rule;
* a run cut in the middle of a line and resumed writes the very bytes of an
  uninterrupted run.
"""

from __future__ import annotations

import csv
import functools
import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from archive_maker import FORMULA_TITLES, FURNITURE, MAX_BYTES, Archive, Expected, build_archive

import govextract
from govextract.batch import TABLES, InputOptions, SourceText, extract_sources, read_sources, read_table
from govextract.cli import main
from govextract.models import PageMetadata

OPTIONS = InputOptions(max_bytes=MAX_BYTES, id_field="id", title_field="title", date_field="pubdate")
FLAGS = ["--max-bytes", "64k", "--id-field", "id", "--title-field", "title", "--date-field", "pubdate", "-q"]

# What a record's origin fields are: equal records of the same text may differ in these only.
ORIGIN_FIELDS = {"source", "source_id", "encoding", "text"}

# The first characters that make a spreadsheet run a cell, and the escape itself (csv_output's rule).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "'")

# Every case the archive must hold, at least once.
CASES = {
    "text utf-8", "text utf-8-sig", "text utf-16", "text utf-16-be+bom", "text utf-16-le", "text utf-16-be",
    "text gb18030", "text gbk", "text big5", "text big5hkscs",
    "page real", "page utf-8", "page gbk", "page big5", "page big5hkscs", "page utf-16", "page utf-16-le",
    "dump real", "dump utf-8", "dump gbk", "dump utf-16", "dump utf-16-le", "dump utf-8-sig", "dump crlf",
    "dump ascii", "dump big5hkscs",
    "dump formula titles", "dump line over the limit",
    "junk empty", "junk binary", "junk undecodable", "junk too large", "ignored",
    "name spaces, Chinese", "name newline", "name not UTF-8", "name upper-case suffix", "name hidden",
    "link to a file inside, before it", "link to a file inside, after it", "link to a folder outside",
    "link to a file outside", "link loop", "link dangling",
}


# ---------------------------------------------------------------- runs, once per module


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    base = tmp_path_factory.mktemp("crawl")
    return build_archive(base / "archive", base / "outside")


@pytest.fixture(scope="module")
def expected(archive: Archive) -> list[Expected]:
    return archive.expected()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("outputs")


def run(archive: Archive, output: Path, *flags: str) -> bytes:
    """Run the command over the archive into ``output``; every run has failed inputs, so it exits 1."""
    assert main([str(archive.root), "-o", str(output), *FLAGS, *flags]) == 1
    return output.read_bytes() if output.is_file() else b""


@pytest.fixture(scope="module")
def jsonl(archive: Archive, outputs: Path) -> bytes:
    return run(archive, outputs / "jobs1.jsonl", "--jobs", "1")


@pytest.fixture(scope="module")
def lines(jsonl: bytes) -> list[dict[str, Any]]:
    assert jsonl.endswith(b"\n")
    return [json.loads(line) for line in jsonl[:-1].split(b"\n")]


@pytest.fixture(scope="module")
def by_source(lines: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {line["source"]: line for line in lines}


@pytest.fixture(scope="module")
def api(archive: Archive) -> tuple[list[Any], list[Any]]:
    items = list(read_sources([str(archive.root)], OPTIONS))
    return items, list(extract_sources(items))


@functools.cache
def reference(text: str, page: PageMetadata | None = None) -> dict[str, Any]:
    """The record single-file ``extract()`` gives for ``text``, origin fields left out."""
    document = govextract.extract(text, page=page)
    return {key: value for key, value in document.model_dump(mode="json").items() if key not in ORIGIN_FIELDS}


def without_origin(record: dict[str, Any], *fields: str) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in (fields or ORIGIN_FIELDS)}


def documents_of(expected: list[Expected], kind: str) -> list[Expected]:
    return [e for e in expected if e.error is None and e.kind == kind]


# ---------------------------------------------------------------- the archive


def test_the_archive_holds_every_case_in_hundreds_of_files(archive: Archive) -> None:
    composition = archive.composition()
    assert not CASES - set(composition), CASES - set(composition)
    regular = [name for folder, _, names in os.walk(archive.root) for name in names
               if not os.path.islink(os.path.join(folder, name))]
    assert len(regular) >= 500, len(regular)


# ---------------------------------------------------------------- 1. every input accounted for


def test_every_input_gives_exactly_one_record_in_order(lines: list[dict[str, Any]], expected: list[Expected]) -> None:
    got = [(line["source"], line["record"], line.get("error")) for line in lines]
    want = [(e.source, "document" if e.error is None else "error", e.error) for e in expected]
    assert len(got) == len(want)
    assert got == want


def test_each_error_record_is_a_sentence_naming_its_input(lines: list[dict[str, Any]]) -> None:
    errors = [line for line in lines if line["record"] == "error"]
    assert len(errors) > 30
    for line in errors:
        assert set(line) == {"record", "source", "error", "message"}
        assert line["message"].startswith(line["source"] + ": "), line
        assert "Traceback" not in line["message"]


def test_the_api_gives_the_records_the_command_writes(api: tuple[list[Any], list[Any]], lines: list[dict[str, Any]]) -> None:
    _, records = api
    assert [json.loads(record.model_dump_json()) for record in records] == lines


# ---------------------------------------------------------------- 2. records equal single-file extract()


def test_text_files_give_the_document_of_their_decoded_text(
    archive: Archive, expected: list[Expected], by_source: dict[str, dict[str, Any]]
) -> None:
    paths = {archive.source(entry.path): archive.root / os.fsdecode(entry.path) for entry in archive.entries}
    cases = documents_of(expected, "text")
    assert len(cases) > 450
    for case in cases:
        record = by_source[case.source]
        assert (record["encoding"], record["text"]) == (case.encoding, None), case.source
        assert paths[case.source].read_bytes().decode(case.encoding) == case.text, case.source
        assert without_origin(record) == reference(case.text), case.source


def test_dump_lines_give_the_document_of_their_article(expected: list[Expected], by_source: dict[str, dict[str, Any]]) -> None:
    cases = documents_of(expected, "dump")
    assert len(cases) > 80
    for case in cases:
        record = by_source[case.source]
        assert (record["text"], record["source_id"], record["encoding"]) == (case.text, case.source_id, case.encoding)
        assert without_origin(record) == reference(case.text, case.page), case.source


def test_pages_give_the_document_of_their_main_text(
    api: tuple[list[Any], list[Any]], expected: list[Expected], by_source: dict[str, dict[str, Any]]
) -> None:
    items = {item.source: item for item in api[0] if isinstance(item, SourceText)}
    cases = documents_of(expected, "page")
    assert len(cases) > 80
    for case in cases:
        record, item = by_source[case.source], items[case.source]
        assert (record["text"], record["encoding"]) == (item.text, case.encoding), case.source
        assert not [word for word in FURNITURE if word in item.text], case.source
        if case.page is not None:  # a generated page: its title, date and outlet come from its <meta> tags
            got = (item.page.title, item.page.published_at, item.page.outlet)
            assert got == (case.page.title, case.page.published_at, case.page.outlet), case.source
        assert without_origin(record) == reference(item.text, item.page), case.source


# ---------------------------------------------------------------- 3. re-encoded copies


def test_copies_in_other_encodings_give_the_records_of_their_originals(
    expected: list[Expected], by_source: dict[str, dict[str, Any]]
) -> None:
    groups: dict[str, list[Expected]] = defaultdict(list)
    for case in expected:
        if case.origin is not None and case.error is None:
            groups[case.origin].append(case)
    releases = [group for origin, group in groups.items() if origin.startswith("release:")]
    assert len(releases) >= 69 and min(len(group) for group in releases) >= 6
    assert sum(len(group) > 1 for origin, group in groups.items() if not origin.startswith("release:")) >= 20
    for origin, group in groups.items():
        first = without_origin(by_source[group[0].source], "source", "encoding")
        for case in group[1:]:
            assert without_origin(by_source[case.source], "source", "encoding") == first, (origin, case.source)
        assert {by_source[case.source]["encoding"] for case in group} == {case.encoding for case in group}


# ---------------------------------------------------------------- 4. parallel


def test_two_jobs_write_the_bytes_one_job_writes(archive: Archive, outputs: Path, jsonl: bytes) -> None:
    assert run(archive, outputs / "jobs2.jsonl", "--jobs", "2") == jsonl


# ---------------------------------------------------------------- 5. CSV and Parquet


# The tables and, for each list of records in a document, the table that holds it.
NESTED = {"quantities": "quantities", "programs": "programs", "documents": "cited", "dates": "dates"}


@pytest.fixture(scope="module")
def rows(lines: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The JSON lines as the rows of the eight tables (README: one row per item, keyed by its document)."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for line in lines:
        fields = {key: value for key, value in line.items() if key != "record"}
        if line["record"] == "error":
            tables["errors"].append(fields)
            continue
        keys = {"source": line["source"], "source_id": line["source_id"]}
        tables["documents"].append({k: v for k, v in fields.items() if k not in NESTED and k != "sections"})
        for field, table in NESTED.items():
            tables[table] += [{**keys, "index": index, **item} for index, item in enumerate(line[field])]
        themes = {section["index"]: section["theme"] for section in line["sections"]}
        for row in tables["quantities"][len(tables["quantities"]) - len(line["quantities"]):]:
            row["published_at"] = line["published_at"]  # context columns: when, and under which heading
            row["section_theme"] = None if row["section"] is None else themes.get(row["section"])
        for section in line["sections"]:
            tables["sections"].append({**keys, **{k: v for k, v in section.items() if k != "points"}})
            tables["points"] += [{**keys, "section": section["index"], "index": index, **point}
                                 for index, point in enumerate(section["points"])]
    assert set(tables) == {"documents", "quantities", "programs", "cited", "sections", "points", "dates", "errors"}
    return tables


@pytest.fixture(scope="module")
def csv_folder(archive: Archive, outputs: Path) -> Path:
    run(archive, outputs / "csv", "--format", "csv", "--jobs", "2")
    return outputs / "csv"


@pytest.fixture(scope="module")
def parquet_folder(archive: Archive, outputs: Path) -> Path:
    run(archive, outputs / "parquet", "--format", "parquet", "--jobs", "2")
    return outputs / "parquet"


def assert_same_rows(name: str, got: list[dict[str, Any]], want: list[dict[str, Any]]) -> None:
    assert len(got) == len(want), name
    for number, (row, wanted) in enumerate(zip(got, want, strict=True)):
        assert row == wanted, (name, number)


def csv_cell(value: Any) -> str:
    """The CSV text of a JSON value, by the rule csv_output documents (text cells neutralised)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + value if value.startswith(FORMULA_TRIGGERS) else value


def raw_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, *body = list(csv.reader(handle))
    return header, body


def test_csv_tables_start_with_a_byte_order_mark(csv_folder: Path) -> None:
    assert sorted(path.name for path in csv_folder.iterdir()) == sorted(f"{name}.csv" for name in TABLES)
    for name in TABLES:
        assert (csv_folder / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf"), name


@pytest.mark.parametrize("table", list(TABLES))
def test_csv_tables_reload_to_the_values_of_the_json_lines(
    csv_folder: Path, rows: dict[str, list[dict[str, Any]]], table: str
) -> None:
    assert rows[table] or table == "cited"
    assert_same_rows(table, read_table(csv_folder / f"{table}.csv"), rows[table])


@pytest.mark.parametrize("table", list(TABLES))
def test_csv_cells_are_the_json_values_neutralised_by_rule(
    csv_folder: Path, rows: dict[str, list[dict[str, Any]]], table: str
) -> None:
    header, body = raw_csv(csv_folder / f"{table}.csv")
    assert len(body) == len(rows[table])
    for number, (cells, row) in enumerate(zip(body, rows[table], strict=True)):
        assert set(header) == set(row), table
        assert cells == [csv_cell(row[column]) for column in header], (table, number)


def test_formula_titles_are_neutralised_in_the_csv_and_restored_on_reading(csv_folder: Path) -> None:
    header, body = raw_csv(csv_folder / "documents.csv")
    raw_titles = {cells[header.index("title")] for cells in body}
    titles = {row["title"] for row in read_table(csv_folder / "documents.csv")}
    for title in FORMULA_TITLES:
        assert "'" + title in raw_titles and title not in raw_titles, title
        assert title in titles, title
    quantities = read_table(csv_folder / "quantities.csv")
    assert "-0001" in {row["source_id"] for row in quantities}  # an id beginning with '-', on every row of its document
    header, body = raw_csv(csv_folder / "quantities.csv")
    assert "'-0001" in {cells[header.index("source_id")] for cells in body}


@pytest.mark.parametrize("table", list(TABLES))
def test_parquet_tables_reload_to_the_values_of_the_json_lines(
    parquet_folder: Path, rows: dict[str, list[dict[str, Any]]], table: str
) -> None:
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    pyarrow = pytest.importorskip("pyarrow")
    loaded = pyarrow_parquet.read_table(parquet_folder / f"{table}.parquet")
    if table == "quantities":
        assert loaded.schema.field("value").type == pyarrow.float64()
        assert all(isinstance(value, float) for value in loaded.column("value").to_pylist())
    assert_same_rows(table, loaded.to_pylist(), rows[table])


# ---------------------------------------------------------------- 6. resume


def test_a_run_cut_mid_line_and_resumed_writes_the_uninterrupted_bytes(
    archive: Archive, outputs: Path, jsonl: bytes
) -> None:
    cut = len(jsonl) // 2
    while jsonl[cut - 1:cut] == b"\n" or jsonl[cut:cut + 1] == b"\n":  # in the middle of a line
        cut += 1
    output = outputs / "resumed.jsonl"
    output.write_bytes(jsonl[:cut])
    assert jsonl[:cut].count(b"\n") > 300
    assert run(archive, output, "--resume", "--jobs", "1") == jsonl
