"""A metric over time: `govextract chart` and `govextract.metric_series` / `govextract.chart`.

The series material is tests/data/series/monthly_economy: ten monthly releases of one province,
extracted here by the command line into a JSON-lines file (with an error line and a line that is
not JSON appended). Expected values are read from the release texts by a regular expression of
their own, not from the records.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import govextract
from govextract.batch import MissingExtraError
from govextract.cli import main as cli_main
from govextract.view.series import SelectionError, metric_series, period_shape, sentence_around

pandas = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[2]
SERIES = ROOT / "tests" / "data" / "series" / "monthly_economy"
INDUSTRY = "规模以上工业增加值"
ERROR_LINE = '{"record": "error", "source": "broken.txt", "error": "decode_error", "message": "cannot decode"}'

# 1—2月，全省规模以上工业增加值同比增长6.1%。 / 一季度，… / 1—11月，…
_INDUSTRY_SENTENCE = re.compile(r"(1—(\d+)月|一季度)，全省规模以上工业增加值同比增长([\d.]+)%")
# …，其中5月份增长5.3%。 (every release but 1—2月)
_INDUSTRY_MONTH = re.compile(r"全省规模以上工业增加值同比增长[\d.]+%，其中(\d+)月份增长([\d.]+)%")
_CPI_SENTENCE = re.compile(r"(\d+)月份，全省居民消费价格同比上涨([\d.]+)%，(?:环比(上涨|下降)([\d.]+)%|与上月持平)")


def _texts() -> dict[str, str]:
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SERIES.glob("*.txt"))}


def _industry_in_texts() -> dict[str, float]:
    """period end month (YYYY-MM) -> the year-on-year growth each release states, read from its text."""
    found = {}
    for stem, text in _texts().items():
        (match,) = _INDUSTRY_SENTENCE.finditer(text)
        month = 3 if match.group(1) == "一季度" else int(match.group(2))
        found[f"{stem[:4]}-{month:02d}"] = float(match.group(3))
    return found


def _industry_months_in_texts() -> dict[str, float]:
    """month (YYYY-MM) -> the single month's year-on-year growth a release states, read from its text."""
    found = {}
    for stem, text in _texts().items():
        for match in _INDUSTRY_MONTH.finditer(text):
            found[f"{stem[:4]}-{int(match.group(1)):02d}"] = float(match.group(2))
    return found


@pytest.fixture(scope="module")
def clean_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("chart") / "economy.jsonl"
    assert cli_main([str(SERIES), "-o", str(out), "--jobs", "1", "--quiet"]) == 0
    return out


@pytest.fixture(scope="module")
def jsonl(clean_jsonl: Path) -> Path:
    dirty = clean_jsonl.with_name("economy_with_errors.jsonl")
    lines = clean_jsonl.read_text(encoding="utf-8").splitlines()
    dirty.write_text("\n".join([lines[0], ERROR_LINE, "this line is not JSON", *lines[1:]]) + "\n", encoding="utf-8")
    return dirty


def _industry(data, **options):
    return metric_series(data, INDUSTRY, kind="percent", basis="year_on_year", **options)


# ---------------------------------------------------------------- the selected series


def test_industry_series_has_one_point_per_month_with_the_values_the_texts_state(jsonl: Path) -> None:
    frame = _industry(jsonl)
    assert set(frame["line"]) == {
        "全省规模以上工业增加值 · % · year on year · cumulative from 1 January",
        "全省规模以上工业增加值 · % · year on year · single month",
    }
    for shape, expected in (("cumulative from 1 January", _industry_in_texts()), ("single month", _industry_months_in_texts())):
        line = frame[frame["shape"] == shape]
        months = [period_to[:7] for period_to in line["period_to"]]
        assert months == sorted(expected) and len(months) == len(set(months))
        assert dict(zip(months, line["signed_value"].astype(float), strict=True)) == expected
    assert len(_industry_in_texts()) == 10 and len(_industry_months_in_texts()) == 9  # 1—2月 states no February
    cumulative = frame[frame["shape"] == "cumulative from 1 January"]
    assert set(cumulative["period_from"]) == {"2024-01-01"}
    single = frame[frame["shape"] == "single month"]
    assert all(start[:7] == end[:7] for start, end in zip(single["period_from"], single["period_to"], strict=True))


def test_each_point_keeps_its_release_offsets_sentence_and_link(jsonl: Path) -> None:
    frame = _industry(jsonl)
    for row in frame.itertuples():
        text = Path(row.source).read_text(encoding="utf-8")
        assert text[row.start : row.end] == row.text
        assert row.text in row.sentence and row.sentence.endswith("。") and INDUSTRY in row.sentence
        assert row.link == Path(row.source).resolve().as_uri() + f"#char={row.start},{row.end}"


def test_cumulative_and_single_month_figures_never_share_a_line(jsonl: Path, tmp_path: Path) -> None:
    release = (
        "1—10月全省经济运行情况\n发布时间：2024-11-15 10:00　来源：江南省统计局\n\n"
        "1—10月，全省规模以上工业增加值同比增长5.9%，其中10月份同比增长5.2%。\n"
    )
    (tmp_path / "october.txt").write_text(release, encoding="utf-8")
    records = [*govextract.extract_files([tmp_path / "october.txt"])]
    frame = _industry([records[0].document])
    shapes = dict(zip(frame["shape"], frame["signed_value"], strict=True))
    assert shapes == {"cumulative from 1 January": 5.9, "single month": 5.2}
    assert frame["line"].nunique() == 2
    # Across the whole folder, every line holds one period shape and one point per period.
    wide = metric_series(jsonl, "全省", kind="percent")
    for _, line in wide.groupby("line"):
        assert line["shape"].nunique() == 1 and line["basis"].nunique(dropna=False) == 1
        assert not line.duplicated(["period_from", "period_to"]).any()
    by_subject = wide.groupby("subject")["shape"].agg(set).to_dict()
    assert by_subject["全省居民消费价格"] == {"single month"}
    assert by_subject["全省规模以上工业增加值"] == {"cumulative from 1 January", "single month"}


def test_bases_are_separate_lines_and_falls_are_negative(jsonl: Path) -> None:
    frame = metric_series(jsonl, "居民消费价格")
    assert set(frame["basis"]) == {"year_on_year", "period_on_period"} and frame["line"].nunique() == 2
    expected: dict[tuple[str, str], float] = {}
    for stem, text in _texts().items():
        (match,) = _CPI_SENTENCE.finditer(text)
        month = f"{stem[:4]}-{int(match.group(1)):02d}"
        expected[("year_on_year", month)] = float(match.group(2))
        if match.group(3):  # 与上月持平 states no figure: no point is invented
            sign = -1 if match.group(3) == "下降" else 1
            expected[("period_on_period", month)] = sign * float(match.group(4))
    found = {(row.basis, row.period_to[:7]): float(row.signed_value) for row in frame.itertuples()}
    assert found == expected
    assert found[("period_on_period", "2024-03")] == -0.6


def test_levels_and_rates_are_refused_in_one_sentence_naming_the_kinds(jsonl: Path) -> None:
    with pytest.raises(SelectionError) as raised:
        metric_series(jsonl, "社会消费品零售总额")
    message = str(raised.value)
    assert "money (10)" in message and "percent (10)" in message and "--kind" in message and "\n" not in message
    levels = metric_series(jsonl, "社会消费品零售总额", kind="money")
    assert len(levels) == 10 and set(levels["unit"]) == {"元"} and levels["signed_value"].iloc[0] == 287640000000


def test_basis_none_keeps_the_figures_without_a_basis(jsonl: Path) -> None:
    frame = metric_series(jsonl, "采矿业增加值", basis="none")
    assert len(frame) == 10 and frame["basis"].isna().all()


# ---------------------------------------------------------------- inputs


def test_error_and_unreadable_lines_are_skipped(jsonl: Path, clean_jsonl: Path) -> None:
    dirty, clean = _industry(jsonl), _industry(clean_jsonl)
    assert dirty.attrs["skipped_lines"] == 2 and clean.attrs["skipped_lines"] == 0
    pandas.testing.assert_frame_equal(dirty, clean)


def test_the_dataframe_path_gives_the_jsonl_path_series(jsonl: Path) -> None:
    records = [result.document for result in govextract.extract_files(sorted(SERIES.glob("*.txt")))]
    frames = govextract.to_frames(records)
    from_jsonl = _industry(jsonl)
    pandas.testing.assert_frame_equal(_industry(frames), from_jsonl, check_dtype=False)
    pandas.testing.assert_frame_equal(_industry(frames["quantities"]), from_jsonl, check_dtype=False)
    pandas.testing.assert_frame_equal(_industry(records), from_jsonl, check_dtype=False)


def test_a_release_stated_twice_gives_one_point_per_period(jsonl: Path) -> None:
    frame = _industry([jsonl, jsonl])
    assert len(frame) == 19 and frame.attrs["duplicates"] == 19


# ---------------------------------------------------------------- errors


def test_no_match_names_close_subjects(jsonl: Path) -> None:
    with pytest.raises(SelectionError, match=r"no quantity's subject contains '工业产值'.*close subjects: .*规模以上工业增加值"):
        metric_series(jsonl, "工业产值")


@pytest.mark.parametrize(
    ("options", "words"),
    [
        ({"kind": "rank"}, "no rank figure"),
        ({"kind": "percent", "basis": "vs_target"}, "has basis vs_target; their bases are year_on_year (19), none (10)"),
        ({"kind": "speed"}, "kind 'speed' is not one of percent"),
        ({"basis": "monthly"}, "basis 'monthly' is not one of year_on_year"),
    ],
)
def test_filters_that_select_nothing_say_so(jsonl: Path, options: dict, words: str) -> None:
    with pytest.raises(SelectionError, match=re.escape(words)):
        metric_series(jsonl, "增加值", **options)


def test_chart_without_altair_says_what_to_install(jsonl: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "altair", None)
    with pytest.raises(MissingExtraError, match=re.escape('pip install "govextract[view]"')):
        govextract.chart(jsonl, INDUSTRY, kind="percent")


def test_importing_govextract_imports_no_plotting_library() -> None:
    code = "import sys, govextract; print(sorted(m for m in ('altair', 'vl_convert', 'pandas') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


# ---------------------------------------------------------------- pieces


@pytest.mark.parametrize(
    ("period_from", "period_to", "shape"),
    [
        ("2024-01-01", "2024-02-29", "cumulative from 1 January"),
        ("2024-01-01", "2024-03-31", "cumulative from 1 January"),  # 一季度 = 1—3月
        ("2023-01-01", "2023-12-31", "cumulative from 1 January"),  # 全年 = 1—12月
        ("2024-01-01", "2024-05-16", "cumulative from 1 January"),  # 今年以来
        ("2024-01-01", "2024-01-31", "single month"),
        ("2024-10-01", "2024-10-31", "single month"),
        ("2024-04-01", "2024-06-30", "single quarter"),
        ("2024-12-31", "2024-12-31", "at a date"),
        ("2021-01-01", "2025-12-31", "other span"),
        ("2024-03-01", "2024-05-31", "other span"),
        (None, None, None),
        ("2024-13-01", "2024-13-31", None),
    ],
)
def test_period_shape(period_from, period_to, shape) -> None:
    assert period_shape(period_from, period_to) == shape


def test_sentence_around_stops_at_sentence_ends_and_lines() -> None:
    text = "四、价格\n2月份，居民消费价格同比上涨0.7%，环比上涨0.9%。其中，食品价格上涨。"
    start = text.index("0.9%")
    assert sentence_around(text, start, start + 4) == "2月份，居民消费价格同比上涨0.7%，环比上涨0.9%。"
    assert sentence_around("无句号的0.9%", 4, 8) == "无句号的0.9%"


# ---------------------------------------------------------------- the chart files


def _run_cli(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli_main(["chart", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_html_chart_is_offline_with_vega_inline_and_links_to_the_sentences(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("altair")
    pytest.importorskip("vl_convert")
    page = tmp_path / "chart.html"
    status, _, err = _run_cli(str(jsonl), "--subject", INDUSTRY, "--kind", "percent", "--basis", "year_on_year", "-o", str(page), capsys=capsys)
    assert status == 0, err
    assert err.strip() == f"govextract chart: 19 points in 2 lines written to {page}; 2 error or unreadable lines skipped"
    html = page.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\ssrc\s*=", html, re.I)
    assert not re.search(r"<link[^>]*href\s*=\s*[\"']?(https?:)?//", html, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?(https?:)?//", html)
    assert len(html) > 200_000 and "vegaEmbed" in html  # the Vega, Vega-Lite and vega-embed bundles, inline
    frame = _industry(jsonl)
    for row in frame.itertuples():
        assert json.dumps(row.link)[1:-1] in html and json.dumps(row.sentence)[1:-1] in html  # the spec is ASCII JSON


def test_png_chart_is_written(jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("altair")
    pytest.importorskip("vl_convert")
    image = tmp_path / "chart.png"
    status, _, err = _run_cli(str(jsonl), "--subject", "居民消费价格", "-o", str(image), capsys=capsys)
    assert status == 0, err
    data = image.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_without_output_the_points_are_printed_as_a_table(clean_jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run_cli(str(clean_jsonl), "--subject", INDUSTRY, "--kind", "percent", capsys=capsys)
    assert status == 0 and err.strip() == "govextract chart: 19 points in 2 lines printed"
    header, *rows = out.splitlines()
    assert header.split("\t")[:5] == ["line", "period", "period_from", "period_to", "signed_value"]
    periods = {}
    for row in rows:
        line, period = row.split("\t")[:2]
        periods.setdefault(line.rsplit(" · ", 1)[1], []).append(period)
    assert periods == {
        "cumulative from 1 January": ["1—2月", "一季度", *(f"1—{m}月" for m in range(4, 12))],
        "single month": [f"{m}月份" for m in range(3, 12)],
    }


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--subject", "工业产值"], "no quantity's subject contains '工业产值'"),
        (["--subject", "社会消费品零售总额"], "choose one with --kind"),
        (["--subject", INDUSTRY, "-o", "chart.pdf"], "a chart is written as .htm, .html, .json, .png, .svg"),
        (["--subject", INDUSTRY, "--kind", "speed"], "argument --kind: invalid choice"),
        ([], "the following arguments are required: --subject"),
    ],
)
def test_command_errors_are_one_sentence_and_exit_2(
    jsonl: Path, args: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = _run_cli(str(jsonl), *args, capsys=capsys)
    assert status == 2 and out == ""
    assert err.startswith("govextract chart: ") and words in err and err.count("\n") == 1 and "Traceback" not in err


def test_command_on_a_missing_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run_cli(str(tmp_path / "none.jsonl"), "--subject", INDUSTRY, capsys=capsys)
    assert status == 2 and err.strip() == f"govextract chart: {tmp_path / 'none.jsonl'}: cannot be read (No such file or directory)"


def test_command_without_the_extra_says_what_to_install(
    jsonl: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "altair", None)
    status, _, err = _run_cli(str(jsonl), "--subject", INDUSTRY, "--kind", "percent", "-o", str(tmp_path / "c.html"), capsys=capsys)
    assert status == 2 and 'pip install "govextract[view]"' in err and err.count("\n") == 1


# ---------------------------------------------------------------- the page in a real browser

_CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _chromium() -> str:
    import os
    import shutil

    found = next((p for name in ("chromium", "chromium-browser") if (p := shutil.which(name))), None)
    if found is None:
        if os.environ.get("GOVEXTRACT_REQUIRE_BROWSER") == "1":
            pytest.fail("GOVEXTRACT_REQUIRE_BROWSER=1 but no chromium is installed (apt-get install chromium)")
        pytest.skip("no chromium on this machine (apt-get install chromium); the chart page is not loaded in a browser")
    return found


def test_html_chart_renders_every_point_offline_in_chromium(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    browser = _chromium()
    pytest.importorskip("altair")
    pytest.importorskip("vl_convert")
    page = tmp_path / "chart.html"
    status, _, err = _run_cli(str(jsonl), "--subject", INDUSTRY, "--kind", "percent", "--basis", "year_on_year", "-o", str(page), capsys=capsys)
    assert status == 0, err
    profile = tmp_path / "profile"
    profile.mkdir()
    dom = subprocess.run(
        [browser, *_CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    # Vega draws each point as an SVG mark whose aria-label lists its tooltip fields.
    labels = re.findall(r'aria-label="([^"]*; figure: [^"]*)"', dom)
    import html as html_module

    labels = [html_module.unescape(label) for label in labels]
    cumulative, single = _industry_in_texts(), _industry_months_in_texts()
    assert len(labels) == len(cumulative) + len(single) == 19
    for label in labels:
        month = re.search(r"month the period ends: (\d{4}-\d{2})", label).group(1)
        expected = single if "single month" in label else cumulative
        assert f"percent (%): {expected[month]:g}" in label
        assert re.search(r"sentence: .*全省规模以上工业增加值同比增长[\d.]+%", label) and "#char=" in label
