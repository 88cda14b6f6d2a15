"""The README's series example: ten monthly releases in, one metric pivoted by period out.

The README section "A folder of monthly releases as a series" holds a shell
command, a pandas snippet, the table it prints and a ``to_frames`` variant.
These tests run exactly those blocks (taken from the README, so it stays
true), then check what makes the pivot a series: one row per release month,
each column one kind of period (cumulative or single month, never both), and
values equal to what each release's text says. The CSV and Parquet
quantities tables must carry the columns a series is built from.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import govextract
from conftest import DATA, ROOT

pd = pytest.importorskip("pandas")

README = ROOT / "README.md"
HEADING = "### A folder of monthly releases as a series"
SERIES = DATA / "series" / "monthly_economy"
RELEASE_MONTHS = [f"2024-{month:02d}" for month in range(2, 12)]

#: The columns a series is built from, in both table formats.
SERIES_COLUMNS = (
    "subject", "value", "kind", "unit", "basis", "parts", "period", "period_from", "period_to",
    "period_granularity", "published_at", "section_theme", "source",
)

_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def readme_blocks() -> list[tuple[str, str]]:
    """The fenced blocks of the series section, as (language, body), in order."""
    text = README.read_text(encoding="utf-8")
    start = text.index(HEADING)
    end = re.compile(r"^#{2,4} ", re.MULTILINE).search(text, start + len(HEADING)).start()
    return _BLOCK.findall(text[start:end])


def block(language: str, number: int = 0) -> str:
    return [body for lang, body in readme_blocks() if lang == language][number]


def lines(text: str) -> list[str]:
    """Lines without trailing blanks (pandas pads its headers; the README need not)."""
    return [line.rstrip() for line in text.strip("\n").splitlines()]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder where the README's relative paths hold: ``tests`` is the repository's, ``tables`` is written by its command."""
    folder = tmp_path_factory.mktemp("series")
    (folder / "tests").symlink_to(ROOT / "tests", target_is_directory=True)
    return folder


@pytest.fixture(scope="module")
def command_run(workdir: Path) -> subprocess.CompletedProcess[str]:
    """The README's shell command, run as written (``govextract`` is ``python -m govextract`` of this checkout)."""
    command, _comment = block("sh").strip().splitlines()
    argv = shlex.split(command)
    assert argv[0] == "govextract"
    env = {**os.environ, "PYTHONPATH": str(Path(govextract.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-m", "govextract", *argv[1:]], cwd=workdir, env=env,
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done


def run_python(code: str, workdir: Path, monkeypatch: pytest.MonkeyPatch, **names) -> tuple[dict, str]:
    """Run ``code`` in ``workdir`` as a script would (``names`` defined first); its namespace and what it printed."""
    monkeypatch.chdir(workdir)
    namespace: dict = {"__name__": "__readme__", **names}
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, str(README), "exec"), namespace)
    return namespace, printed.getvalue()


@pytest.fixture
def snippet(command_run, workdir, monkeypatch) -> tuple[dict, str]:
    return run_python(block("python"), workdir, monkeypatch)


@pytest.fixture
def pivot(snippet):
    namespace, _ = snippet
    growth = namespace["growth"]
    return growth.pivot(index="month", columns="span", values=["period", "value", "period_from", "period_to"])


def release_figures() -> dict[str, dict[str, float]]:
    """规模以上工业增加值's year-on-year growth as each release's text states it, read with a pattern of our own."""
    stated = re.compile(
        r"(?:1—\d+月|一季度)，全省规模以上工业增加值同比增长(\d+\.\d)%(?:，其中(\d+)月份增长(\d+\.\d)%)?。"
    )
    figures = {}
    for month in RELEASE_MONTHS:
        text = (SERIES / f"{month}.txt").read_text(encoding="utf-8")
        (match,) = stated.finditer(text)
        figures[month] = {"cumulative": float(match.group(1))}
        if match.group(2):
            assert int(match.group(2)) == int(month[5:])
            figures[month]["single month"] = float(match.group(3))
    return figures


# ---------------------------------------------------------------- the README is true


def test_command_summary_is_the_readme_s(command_run):
    _command, comment = block("sh").strip().splitlines()
    written = re.match(r"# (govextract: .* quantities) in ", comment).group(1)
    assert command_run.stderr.strip().startswith(written + " in ")


def test_snippet_prints_the_readme_s_table(snippet):
    _, printed = snippet
    assert lines(printed) == lines(block("text"))


def test_to_frames_variant_gives_the_same_table(snippet, workdir, monkeypatch):
    """The snippet with its ``q = pd.read_csv(...)`` line replaced by the README's to_frames block prints the same."""
    in_memory, _ = run_python(block("python", 1), workdir, monkeypatch)
    reading = block("python").splitlines()
    rest = "\n".join(line for line in reading if not line.startswith("q = "))
    assert len(reading) - len(rest.splitlines()) == 1
    _, printed = run_python(rest, workdir, monkeypatch, q=in_memory["q"])
    assert lines(printed) == lines(snippet[1])


# ---------------------------------------------------------------- the pivot is a series


def test_one_row_per_release_month(pivot):
    assert list(pivot.index) == RELEASE_MONTHS
    sources = sorted(path.stem for path in SERIES.glob("*.txt"))
    assert sources == RELEASE_MONTHS


def test_each_column_holds_one_kind_of_period(pivot):
    for month in RELEASE_MONTHS:
        first_day = f"{month}-01"
        cumulative_from = pivot.loc[month, ("period_from", "cumulative")]
        assert cumulative_from == "2024-01-01"
        assert pivot.loc[month, ("period_to", "cumulative")].startswith(month)
        single_from = pivot.loc[month, ("period_from", "single month")]
        if month == "2024-02":  # 1—2月 gives no February figure of its own
            assert pd.isna(single_from)
            continue
        assert single_from == first_day
        assert pivot.loc[month, ("period_to", "single month")].startswith(month)
        assert pivot.loc[month, ("period", "single month")] == f"{int(month[5:])}月份"
    cumulative_periods = list(pivot[("period", "cumulative")])
    assert cumulative_periods[1] == "一季度"  # a quarter to date is a cumulative figure too
    assert all(re.fullmatch(r"1—\d+月", p) for i, p in enumerate(cumulative_periods) if i != 1)


def test_values_are_what_each_release_says(pivot):
    figures = release_figures()
    for month, stated in figures.items():
        for span in ("cumulative", "single month"):
            value = pivot.loc[month, ("value", span)]
            if span in stated:
                assert value == pytest.approx(stated[span]), (month, span)
            else:
                assert pd.isna(value), (month, span)


@pytest.mark.parametrize(
    "month, span, value",
    [
        ("2024-02", "cumulative", 6.1),  # 1—2月，全省规模以上工业增加值同比增长6.1%
        ("2024-03", "cumulative", 6.4),  # 一季度，…同比增长6.4%
        ("2024-03", "single month", 6.9),  # …，其中3月份增长6.9%
        ("2024-08", "single month", 4.5),  # …，其中8月份增长4.5%
        ("2024-11", "cumulative", 6.0),  # 1—11月，…同比增长6.0%
    ],
)
def test_figures_read_from_the_texts(pivot, month, span, value):
    assert pivot.loc[month, ("value", span)] == value


def test_no_two_figures_share_a_series_key(command_run, workdir):
    """Within a release, a metric measured one way over one period has one value: any pivot of the table is unambiguous."""
    q = pd.read_csv(workdir / "tables" / "quantities.csv")
    key = ["source", "subject", "kind", "basis", "period_from", "period_to"]
    counted = q.dropna(subset=["subject"]).groupby(key, dropna=False).size()
    assert counted.max() == 1, counted[counted > 1]


# ---------------------------------------------------------------- the tables carry the series columns


def test_csv_quantities_carry_the_series_columns(command_run, workdir):
    q = pd.read_csv(workdir / "tables" / "quantities.csv")
    assert set(SERIES_COLUMNS) <= set(q.columns)
    (row,) = q[(q.period == "3月份") & (q.subject == "全省规模以上工业增加值")].to_dict("records")
    assert row["value"] == 6.9 and row["basis"] == "year_on_year" and row["kind"] == "percent"
    assert (row["period_from"], row["period_to"], row["period_granularity"]) == ("2024-03-01", "2024-03-31", "month")
    assert row["published_at"] == "2024-04-17T10:00:00"
    assert row["section_theme"] == "工业生产保持增长"
    assert pd.isna(row["parts"])


def test_parquet_quantities_carry_the_series_columns(tmp_path):
    pytest.importorskip("pyarrow")
    env = {**os.environ, "PYTHONPATH": str(Path(govextract.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-m", "govextract", str(SERIES), "--format", "parquet", "-o", str(tmp_path / "tables"), "-q"],
        env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    q = pd.read_parquet(tmp_path / "tables" / "quantities.parquet")
    assert set(SERIES_COLUMNS) <= set(q.columns)
    (row,) = q[(q.period == "一季度") & (q.subject == "全省固定资产投资") & (q.kind == "percentage_point")].to_dict("records")
    assert row["value"] == 1.5 and row["basis"] == "vs_average"  # 比全国平均水平高1.5个百分点
    assert (row["period_from"], row["period_to"], row["period_granularity"]) == ("2024-01-01", "2024-03-31", "quarter")
    assert row["published_at"] == "2024-04-17T10:00:00"
    assert row["section_theme"] == "固定资产投资平稳"
    assert row["parts"] is None
