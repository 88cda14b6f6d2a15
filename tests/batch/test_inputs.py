"""Inputs: paths, folders and standard input to one item per article (govextract.batch.read_sources)."""

from __future__ import annotations

import codecs
import io
import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from conftest import DATA
from govextract.batch import DEFAULT_MAX_BYTES, MAX_BYTES, InputOptions, SourceText, find_files, read_sources
from govextract.errors import ErrorCode, ExtractionFailure

PAGES = DATA / "pages"
DUMPS = DATA / "dumps"

SIMPLIFIED = "山东省数字政府发展指数列省域前三\n全省政务服务事项网上可办率达到90%以上。\n"
TRADITIONAL = "香港特別行政區政府今日公布，本地生產總值按年實質上升百分之二點七。\n"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX file names and links")


def _summary(items) -> list[tuple[str, str]]:
    """(source, encoding or error code) of each item, relative to nothing: sources as recorded."""
    return [
        (item.source, item.encoding or "?") if isinstance(item, SourceText) else (item.source, item.error.value)
        for item in items
    ]


def _relative(items, root: Path) -> list[tuple[str, str]]:
    prefix = str(root) + os.sep
    return [(source.removeprefix(prefix), what) for source, what in _summary(items)]


def _write(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


# ---------------------------------------------------------------- one reader per kind of file


def test_each_file_goes_to_the_reader_its_suffix_names(tmp_path):
    _write(tmp_path, {
        "a_gbk.txt": SIMPLIFIED.encode("gbk"),
        "b_page.html": (PAGES / "county_short_news.html").read_bytes(),
        "c_page.HTM": (PAGES / "provincial_bulletin_gbk.html").read_bytes(),
        "d_dump.jsonl": "\n".join(json.dumps({"text": SIMPLIFIED, "n": n}) for n in range(3)).encode(),
        "e_big5.TXT": TRADITIONAL.encode("big5"),
        "f_utf16.txt": SIMPLIFIED.encode("utf-16-le"),
        "notes.md": "不是稿件".encode(),
        "data.json": b"{}",
    })
    items = list(read_sources([tmp_path]))
    assert _relative(items, tmp_path) == [
        ("a_gbk.txt", "gb18030"),
        ("b_page.html", "utf-8"),
        ("c_page.HTM", "gb18030"),
        ("d_dump.jsonl#1", "utf-8"),
        ("d_dump.jsonl#2", "utf-8"),
        ("d_dump.jsonl#3", "utf-8"),
        ("e_big5.TXT", "big5"),
        ("f_utf16.txt", "utf-16-le"),
    ]
    text_file, page = items[0], items[1]
    assert (text_file.text, text_file.keep_text, text_file.page) == (SIMPLIFIED, False, None)
    assert page.keep_text and page.page is not None and "防汛" in page.text


# (name, files written, globs, sources expected in order)
SEARCHES = [
    ("recursive_sorted_files_and_folders_together",
     ["b/2.txt", "b/1.TXT", "a/deep/x.txt", "a/y.txt", "z.txt", "a.txt"], None,
     ["a/deep/x.txt", "a/y.txt", "a.txt", "b/1.TXT", "b/2.txt", "z.txt"]),
    ("default_patterns_skip_other_files",
     ["r.txt", "p.html", "q.htm", "s.jsonl", "t.md", "u.json", "v.txt.bak", "w.pdf"], None,
     ["p.html", "q.htm", "r.txt", "s.jsonl"]),
    ("a_pattern_of_my_own",
     ["a.md", "b.txt", "sub/c.MD"], ("*.md",),
     ["a.md", "sub/c.MD"]),
    ("a_pattern_with_a_folder_matches_the_path_inside",
     ["2023/a.txt", "2024/b.txt", "2023/old/c.txt"], ("2023/*.txt",),
     ["2023/a.txt", "2023/old/c.txt"]),
    ("several_patterns",
     ["a.txt", "b.html", "c.text"], ("*.text", "*.txt"),
     ["a.txt", "c.text"]),
]


@pytest.mark.parametrize("names, globs, expected", [c[1:] for c in SEARCHES], ids=[c[0] for c in SEARCHES])
def test_folder_search(tmp_path, names, globs, expected):
    _write(tmp_path, {name: "数字政府。".encode() for name in names})
    options = InputOptions(globs=globs) if globs else InputOptions()
    found = [source.split("#")[0] for source, _ in _relative(read_sources([tmp_path], options), tmp_path)]
    assert found == expected
    assert find_files([tmp_path], globs=options.globs) == [tmp_path / name for name in expected]


def test_a_folder_without_matching_files_is_one_error_naming_the_patterns(tmp_path):
    (tmp_path / "readme.md").write_text("说明", encoding="utf-8")
    (failure,) = read_sources([tmp_path])
    assert failure.error is ErrorCode.NO_TEXT_FILES
    assert failure.message == f"{tmp_path}: the folder holds no file matching *.txt, *.html, *.htm or *.jsonl"
    (failure,) = read_sources([tmp_path], InputOptions(globs=("*.doc",)))
    assert failure.message.endswith("no file matching *.doc")


def test_explicit_files_are_read_whatever_their_suffix_and_listed_once(tmp_path):
    _write(tmp_path, {"notes.md": SIMPLIFIED.encode(), "one.txt": SIMPLIFIED.encode()})
    paths = [tmp_path / "notes.md", tmp_path / "one.txt", tmp_path, os.path.join(str(tmp_path), ".", "one.txt")]
    assert _relative(read_sources(paths), tmp_path) == [("notes.md", "utf-8"), ("one.txt", "utf-8")]


def test_missing_and_empty_inputs_are_errors_in_their_place(tmp_path):
    _write(tmp_path, {"a.txt": SIMPLIFIED.encode(), "b.txt": b"", "c.txt": codecs.BOM_UTF8 + b" \n"})
    items = list(read_sources([tmp_path / "missing.txt", tmp_path, tmp_path / "gone"]))
    assert _relative(items, tmp_path) == [
        ("missing.txt", "not_found"), ("a.txt", "utf-8"), ("b.txt", "empty"), ("c.txt", "empty"), ("gone", "not_found"),
    ]
    for failure in items[2:]:
        assert failure.message.startswith(failure.source + ": ")


# ---------------------------------------------------------------- standard input

# (name, what stdin holds, source, encoding or code, a word of the text or message)
STDIN_CASES = [
    ("gbk_text", SIMPLIFIED.encode("gbk"), "gb18030", "山东省"),
    ("utf16_with_bom", codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16", "山东省"),
    ("a_saved_page", (PAGES / "county_short_news.html").read_bytes(), "utf-8", "防汛"),
    ("nothing", b"", "empty", "empty"),
    ("binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", "binary"),
]


@pytest.mark.parametrize("data, what, word", [c[1:] for c in STDIN_CASES], ids=[c[0] for c in STDIN_CASES])
@pytest.mark.parametrize("as_stream", [False, True], ids=["bytes", "stream"])
def test_dash_reads_one_document_from_stdin(data, what, word, as_stream):
    (item,) = read_sources(["-"], stdin=io.BytesIO(data) if as_stream else data)
    assert item.source == "-"
    if isinstance(item, SourceText):
        assert item.encoding == what and word in item.text
    else:
        assert item.error.value == what and item.message.startswith("-: ") and word in item.message


def test_stdin_is_the_process_input_by_default(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SIMPLIFIED.encode("gbk"))))
    (item,) = read_sources(["-"])
    assert (item.source, item.text) == ("-", SIMPLIFIED)


def test_stdin_beyond_the_size_limit_is_too_large():
    (item,) = read_sources(["-"], InputOptions(max_bytes=10), stdin=b"x" * 11)
    assert item.error is ErrorCode.TOO_LARGE


def test_a_file_named_dash_is_read_when_written_as_a_path(tmp_path, monkeypatch):
    (tmp_path / "-").write_text(SIMPLIFIED, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (item,) = read_sources([Path("-")], stdin=b"stdin text")
    assert item.text == SIMPLIFIED


# ---------------------------------------------------------------- size, options, misuse


def test_the_default_size_limit_is_20_mb():
    assert MAX_BYTES == DEFAULT_MAX_BYTES == InputOptions().max_bytes == 20 * 1024 * 1024


def test_a_file_beyond_the_limit_is_too_large_and_the_others_still_come(tmp_path):
    _write(tmp_path, {"a_big.txt": "数字政府。".encode() * 100, "b_small.txt": "数字政府。".encode()})
    items = list(read_sources([tmp_path], InputOptions(max_bytes=1000)))
    assert _relative(items, tmp_path) == [("a_big.txt", "too_large"), ("b_small.txt", "utf-8")]
    assert "1500 bytes, more than the limit of 1000" in items[0].message


def test_a_forced_encoding_is_used_and_recorded(tmp_path):
    _write(tmp_path, {"a.txt": "数字政府".encode("gbk"), "b.txt": b"caf\x80"})
    items = list(read_sources([tmp_path], InputOptions(encoding="gbk")))
    assert _relative(items, tmp_path) == [("a.txt", "gbk"), ("b.txt", "decode_error")]
    assert "not valid gbk, the encoding asked for" in items[1].message


# (name, arguments, options, error)
MISUSE = [
    ("one_path_not_a_list", "folder", None, TypeError),
    ("unknown_encoding", [], InputOptions(encoding="no-such-codec"), ValueError),
    ("globs_as_one_string", [], InputOptions(globs="*.txt"), TypeError),  # type: ignore[arg-type]
    ("no_globs", [], InputOptions(globs=()), TypeError),
    ("zero_bytes_limit", [], InputOptions(max_bytes=0), ValueError),
    ("empty_text_field", [], InputOptions(text_field=""), ValueError),
    ("options_of_another_type", [], {"encoding": "gbk"}, TypeError),
]


@pytest.mark.parametrize("paths, options, error", [c[1:] for c in MISUSE], ids=[c[0] for c in MISUSE])
def test_misuse_raises_at_the_call_not_later(paths, options, error):
    with pytest.raises(error):
        read_sources(paths, options)  # no iteration needed


# ---------------------------------------------------------------- laziness and files changing under us


def test_inputs_are_read_only_when_their_item_is_asked_for(tmp_path):
    _write(tmp_path, {"a.txt": SIMPLIFIED.encode(), "b.txt": SIMPLIFIED.encode(), "c.txt": SIMPLIFIED.encode()})
    items = read_sources([tmp_path])
    first = next(items)
    (tmp_path / "b.txt").unlink()  # deleted between discovery and reading
    (tmp_path / "c.txt").write_bytes(b"")  # truncated
    rest = list(items)
    assert first.source == str(tmp_path / "a.txt")
    assert _relative(rest, tmp_path) == [("b.txt", "not_found"), ("c.txt", "empty")]


def test_a_folder_searched_lazily_holds_memory_of_one_listing_at_a_time(tmp_path):
    for index in range(300):
        (tmp_path / f"{index:03d}.txt").write_text("数字政府。", encoding="utf-8")
    items = read_sources([tmp_path])
    assert next(items).source.endswith("000.txt")
    assert sum(1 for _ in items) == 299


def test_an_unreadable_file_is_an_error_and_the_others_still_come(tmp_path, monkeypatch):
    _write(tmp_path, {"a.txt": SIMPLIFIED.encode(), "b_secret.txt": SIMPLIFIED.encode(), "c.jsonl": b'{"text": "x"}\n'})
    real_open = open

    def refuse(path, *args, **kwargs):  # simulated, so the test holds when run as root
        if "secret" in os.fspath(path) or os.fspath(path).endswith(".jsonl"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr("govextract.batch.reading.open", refuse, raising=False)
    items = list(read_sources([tmp_path]))
    assert _relative(items, tmp_path) == [("a.txt", "utf-8"), ("b_secret.txt", "unreadable"), ("c.jsonl", "unreadable")]
    assert "permission denied" in items[1].message


def test_an_unlistable_subfolder_is_an_error_in_its_place(tmp_path, monkeypatch):
    _write(tmp_path, {"a.txt": b"x", "locked/hidden.txt": b"x", "z.txt": b"x"})
    real_scandir = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_sources([tmp_path]))
    assert _relative(items, tmp_path) == [("a.txt", "utf-8"), ("locked", "unreadable"), ("z.txt", "utf-8")]
    assert "cannot be listed (Permission denied)" in items[1].message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_pipe_named_like_a_release_is_refused_without_blocking(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (item,) = read_sources([tmp_path])
    assert item.error is ErrorCode.UNREADABLE and "not a regular file" in item.message


# ---------------------------------------------------------------- symbolic links


@pytest.fixture
def linked(tmp_path):
    """An input folder whose links lead inside it, outside it, nowhere and back up; and the folder outside."""
    root, outside = tmp_path / "in", tmp_path / "outside"
    _write(root, {"a.txt": b"inside a", "sub/b.txt": b"inside b"})
    _write(outside, {"secret.txt": b"outside file", "docs/c.txt": b"outside folder"})
    (root / "c_to_outside_file.txt").symlink_to(outside / "secret.txt")
    (root / "d_to_outside_folder").symlink_to(outside / "docs", target_is_directory=True)
    (root / "e_to_inside_file.txt").symlink_to(root / "sub" / "b.txt")
    (root / "f_broken.txt").symlink_to(root / "nowhere.txt")
    (root / "sub" / "g_loop").symlink_to(root, target_is_directory=True)
    (root / "h_self").symlink_to(root / "h_self")
    (root / "i_to_outside.md").symlink_to(outside / "secret.txt")  # no pattern matches it: not an input
    return root, outside


@POSIX
def test_links_inside_are_followed_and_links_outside_or_in_loops_are_reported(linked):
    root, outside = linked
    items = list(read_sources([root]))
    assert _relative(items, root) == [
        ("a.txt", "utf-8"),
        ("c_to_outside_file.txt", "unreadable"),
        ("d_to_outside_folder", "unreadable"),
        ("e_to_inside_file.txt", "utf-8"),  # the same file as sub/b.txt, listed once, first reached here
        ("f_broken.txt", "not_found"),
        ("h_self", "unreadable"),
        ("sub/g_loop", "unreadable"),
    ]
    by_source = {item.source.removeprefix(str(root) + os.sep): item for item in items}
    assert by_source["c_to_outside_file.txt"].message == (
        f"{root}/c_to_outside_file.txt: this symbolic link leads outside {root} (to {outside}/secret.txt), "
        "so it is not followed (--follow-symlinks follows it)"
    )
    assert "a loop" in by_source["sub/g_loop"].message
    assert "cannot be followed" in by_source["h_self"].message
    assert "leads to a missing file" in by_source["f_broken.txt"].message


@POSIX
def test_follow_symlinks_follows_links_outside_but_never_loops(linked):
    root, _outside = linked
    items = list(read_sources([root], InputOptions(follow_symlinks=True)))
    assert _relative(items, root) == [
        ("a.txt", "utf-8"),
        ("c_to_outside_file.txt", "utf-8"),
        ("d_to_outside_folder/c.txt", "utf-8"),
        ("e_to_inside_file.txt", "utf-8"),
        ("f_broken.txt", "not_found"),
        ("h_self", "unreadable"),
        ("sub/g_loop", "unreadable"),
    ]
    assert items[1].text == "outside file"


@POSIX
def test_a_loop_between_two_folders_ends(tmp_path):
    _write(tmp_path, {"a/x.txt": b"x", "b/y.txt": b"y"})
    (tmp_path / "a" / "to_b").symlink_to(tmp_path / "b", target_is_directory=True)
    (tmp_path / "b" / "to_a").symlink_to(tmp_path / "a", target_is_directory=True)
    items = list(read_sources([tmp_path]))
    assert _relative(items, tmp_path) == [
        ("a/to_b/to_a", "unreadable"), ("a/to_b/y.txt", "utf-8"), ("a/x.txt", "utf-8"),
    ]


@POSIX
def test_a_link_given_as_an_argument_is_followed(linked):
    root, _outside = linked
    (item,) = read_sources([root / "c_to_outside_file.txt"])
    assert item.text == "outside file"


# ---------------------------------------------------------------- file names


@POSIX
def test_odd_file_names_name_their_records_the_same_way_every_time(tmp_path):
    undecodable = os.fsdecode(b"\xd5\xfe\xb8\xae gbk.txt")  # 政府 in GBK, not UTF-8
    for name in ("with space.txt", "with\nnewline.txt", undecodable, "政府 报告.txt"):
        (tmp_path / name).write_bytes("数字政府。".encode())
    (tmp_path / os.fsdecode(b"\xff-empty.txt")).write_bytes(b"")
    first, second = list(read_sources([tmp_path])), list(read_sources([tmp_path]))
    assert first == second
    assert [source for source, _ in _relative(first, tmp_path)] == [
        "with\nnewline.txt", "with space.txt", "政府 报告.txt", "\\xd5\\xfe\\xb8\\xae gbk.txt", "\\xff-empty.txt",
    ]
    for item in first:
        record = item if isinstance(item, ExtractionFailure) else ExtractionFailure(
            source=item.source, error=ErrorCode.EMPTY, message=item.source
        )
        assert json.loads(record.model_dump_json())["source"] == item.source  # serializable
    assert first[4].message.startswith(f"{tmp_path}/\\xff-empty.txt: ")


# ---------------------------------------------------------------- a mixed archive


@POSIX
def test_a_mixed_archive_accounts_for_every_input(tmp_path):
    """Every file found gives at least one item; every item names a file found (or a dump line of one)."""
    root = tmp_path / "archive"
    for index in range(40):
        text = f"第{index}号稿件\n全市新增就业{index + 1}万人，同比增长{index % 9}.5%。\n"
        kind = index % 6
        if kind == 0:
            _write(root, {f"txt/{index:02d}.txt": text.encode("gbk")})
        elif kind == 1:
            _write(root, {f"txt/{index:02d}.txt": codecs.BOM_UTF16_BE + text.encode("utf-16-be")})
        elif kind == 2:
            _write(root, {f"pages/{index:02d}.html": (PAGES / "county_short_news.html").read_bytes()})
        elif kind == 3:
            _write(root, {f"dumps/{index:02d}.jsonl": (DUMPS / "crawl_with_bad_lines.jsonl").read_bytes()})
        elif kind == 4:
            _write(root, {f"bad/{index:02d}.txt": b"\x00\x01\x02" * 5})
        else:
            _write(root, {f"bad/{index:02d} empty.htm": b""})
    shutil.copy(PAGES / "column_list_only.html", root / "pages" / "list.html")
    files = find_files([root])
    items = list(read_sources([root]))
    assert len(files) == 41
    assert {item.source.split("#")[0] for item in items} == {str(path) for path in files}
    assert len(items) == len(files) - 7 + 7 * 8  # each dump gives eight items (its non-blank lines)
    assert sum(isinstance(item, SourceText) for item in items) == 7 + 7 + 7 + 7 * 3
