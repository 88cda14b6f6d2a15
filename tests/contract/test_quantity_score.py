"""benchmarks/quantity_score.py: the figures it prints for annotated releases are right."""

from __future__ import annotations

import pytest

from conftest import load_benchmark

TEXT = """江南省1—5月经济运行情况
发布时间：2024-06-18 10:00　来源：江南省统计局

1—5月，全省规模以上工业增加值同比增长6.0%，比1—4月加快0.2个百分点。5月末，金融机构本外币存款余额3.2万亿元。
"""

EXPECTED = """quantities:
  - {surface: "6.0%", kind: percent, value: 6.0, direction: up, subject: 规模以上工业增加值, period: 1—5月, period_from: 2024-01-01, basis: year_on_year}
  - {surface: "0.2个百分点", kind: percentage_point, subject: 全省规模以上工业增加值, basis: vs_average}
  - {surface: "3.2万亿元", kind: money, value: 3200000000000, unit: 元, period: 5月末, period_to: 2024-05-31}
  - {surface: "9.9%", kind: percent}
"""


@pytest.fixture(scope="module")
def scorer():
    return load_benchmark("quantity_score")


def test_scores_spans_and_fields_against_the_annotation(scorer, tmp_path, capsys):
    (tmp_path / "release.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "release.expected.yaml").write_text(EXPECTED, encoding="utf-8")
    assert scorer.main([str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out
    total = out[out.index("total"):]
    assert "P 1.000  R 0.750  F1 0.857   (3 of 4 expected, 3 found)" in total
    assert "kind               0.750  (3/4; 1.000 of those found)" in total  # 9.9% not found counts wrong
    assert "subject            0.500  (1/2; 0.500 of those found)" in total  # the scope word 全省 differs
    assert "subject~           1.000  (2/2; 1.000 of those found)" in total  # ... and is forgiven here
    assert "basis              0.500  (1/2; 0.500 of those found)" in total
    assert "period_to          1.000  (1/1; 1.000 of those found)" in total
    assert "release: 0.2个百分点#0 basis: expected 'vs_average', got 'vs_earlier'" in out
    assert "release: 9.9%#0 not found" in out
