"""``govextract show``: every kind of input to one page, every problem one sentence and exit status 2."""

from __future__ import annotations

import json

import pytest
from page_dom import quantity_elements

import govextract
from conftest import DATA, FIXTURES, SEED
from govextract.cli import main

DUMP = DATA / "dumps" / "county_news_dump.jsonl"


def _show(capsysbinary, *arguments):
    status = main(["show", *map(str, arguments)])
    captured = capsysbinary.readouterr()
    return status, captured.out.decode("utf-8"), captured.err.decode("utf-8")


def test_show_writes_the_page_of_a_text_file(tmp_path, capsysbinary):
    page = tmp_path / "seed.html"
    status, out, err = _show(capsysbinary, SEED, "-o", page)
    assert status == 0 and out == "" and err.strip() == f"govextract show: wrote {page}"
    text = SEED.read_text(encoding="utf-8")
    assert page.read_text(encoding="utf-8") == govextract.render(govextract.extract(text, source=str(SEED), encoding="utf-8"), text)


def test_show_writes_to_standard_output_without_o(capsysbinary):
    status, out, err = _show(capsysbinary, FIXTURES / "105_macau_traditional.txt")
    assert status == 0 and err == ""
    assert out.startswith("<!doctype html>") and "一戶通" in out


def test_show_reads_a_gbk_file(tmp_path, capsysbinary):
    source = tmp_path / "gbk.txt"
    source.write_bytes("某市通报\n\n全市地区生产总值增长5.2%，达到1.2万亿元。\n".encode("gbk"))
    status, out, _ = _show(capsysbinary, source)
    assert status == 0
    assert [e.text for e in quantity_elements(out)] == ["5.2%", "1.2万亿元"]
    assert "gb18030" in out.lower() or "gbk" in out.lower()  # the codec, in the header table


def test_show_picks_a_line_of_a_dump(capsysbinary):
    status, out, err = _show(capsysbinary, DUMP, "--text-field", "content", "--id-field", "id", "--id", 2)
    assert status == 0, err
    line = json.loads(DUMP.read_text(encoding="utf-8").splitlines()[1])
    assert f"{DUMP}#2" in out and line["id"] in out
    assert "95%以上" in [e.text for e in quantity_elements(out)]


def test_show_reads_a_saved_page(capsysbinary):
    pytest.importorskip("trafilatura")
    status, out, err = _show(capsysbinary, DATA / "pages" / "city_plan_utf8.html")
    assert status == 0, err
    assert "不低于90%" in [e.text for e in quantity_elements(out)]


@pytest.mark.parametrize(
    "arguments, message",
    [
        ([], "the following arguments are required: FILE"),
        (["missing.txt"], "missing.txt: no such file"),
        ([SEED, "--id", "2"], "--id picks a line of a crawler dump (.jsonl)"),
        ([DUMP, "--id", "0"], "a line number (1 or more) was expected, not '0'"),
        ([DUMP, "--text-field", "content"], "holds several articles: choose one with --id N"),
        ([DUMP, "--text-field", "content", "--id", "99"], "has no article on line 99"),
        ([DUMP, "--id", "1"], 'has no "text" field'),
        ([SEED, "--encoding", "no-such-codec"], "unknown encoding 'no-such-codec'"),
        ([SEED, "-o", "/nonexistent-folder/page.html"], "cannot write /nonexistent-folder/page.html"),
        ([SEED, "--colour"], "unrecognized arguments: --colour"),
    ],
)
def test_show_problems_are_one_sentence_and_status_2(capsysbinary, arguments, message):
    status, out, err = _show(capsysbinary, *arguments)
    assert status == 2 and out == ""
    assert err.startswith("govextract show: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_show_help_exits_0(capsysbinary):
    status, out, _ = _show(capsysbinary, "--help")
    assert status == 0 and "--id N" in out


def test_python_m_govextract_show_reads_standard_input():
    import os
    import subprocess
    import sys

    source = "“爱山东”注册用户数突破1亿，<b>日活</b>超过800万。".encode("gb18030")
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [sys.executable, "-m", "govextract", "show", "-"], input=source, capture_output=True, timeout=120,
        env=environment, check=False,
    )
    assert result.returncode == 0, result.stderr
    page = result.stdout.decode("utf-8")
    assert [e.text for e in quantity_elements(page)] == ["突破1亿", "超过800万"]
    assert "&lt;b&gt;日活&lt;/b&gt;" in page
