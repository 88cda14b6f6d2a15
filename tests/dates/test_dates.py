"""Table tests for govextract.dates.find_dates.

Cases are sentences with each expected mention between ⟦ and ⟧; the markers
are removed before extraction and give the expected offsets, so every case
checks ``text[start:end] == surface``.  The reference is the seed release's
publication time, 2023-02-03 14:05:57.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govextract
from conftest import SEED, unmark
from govextract.dates import find_dates
from govextract.enclosures import find_enclosures
from govextract.models import DateMention
from govextract.normalize import fold

REFERENCE = datetime(2023, 2, 3, 14, 5, 57)

SEC, MIN, HOUR, DAY, MON, QTR, HALF, YEAR, DEC = (
    "second", "minute", "hour", "day", "month", "quarter", "half_year", "year", "decade",
)




def _find(text: str, reference: datetime | date | None = REFERENCE, start: int = 0, end: int | None = None) -> list[DateMention]:
    found = find_dates(text, fold(text), start, end, reference=reference)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        assert mention.section is None
    return found


# (case id, marked text, value, interval_start, interval_end, granularity, relative)
# One marked mention per case; the whole table runs with REFERENCE.
POSITIVE_CASES = [
    # full dates and times, all-digit
    ("iso-second", "⟦2023-02-03 14:05:57⟧来源: 国际在线", "2023-02-03T14:05:57", "2023-02-03", "2023-02-03", SEC, False),
    ("iso-minute", "发布时间:⟦2024-03-15 10:30⟧", "2024-03-15T10:30", "2024-03-15", "2024-03-15", MIN, False),
    ("iso-t", "更新于⟦2023-02-03T08:00⟧", "2023-02-03T08:00", "2023-02-03", "2023-02-03", MIN, False),
    ("slash", "日期:⟦2023/2/3⟧", "2023-02-03", "2023-02-03", "2023-02-03", DAY, False),
    ("dots", "⟦2023.02.03⟧发布", "2023-02-03", "2023-02-03", "2023-02-03", DAY, False),
    ("spaced-dashes", "发布日期: ⟦2022- 04- 27⟧ 浏览次数:", "2022-04-27", "2022-04-27", "2022-04-27", DAY, False),
    ("fullwidth-digits", "⟦２０２３－０２－０３⟧", "2023-02-03", "2023-02-03", "2023-02-03", DAY, False),
    # full dates written with 年月日
    ("ymd", "⟦2023年2月3日⟧,省政府召开会议", "2023-02-03", "2023-02-03", "2023-02-03", DAY, False),
    ("ymd-padded-time", "发布时间：⟦2024年03月15日 10:30⟧ 来源", "2024-03-15T10:30", "2024-03-15", "2024-03-15", MIN, False),
    ("ymd-glued-time", "⟦2019年07月19日21:11⟧ 來源:東南網", "2019-07-19T21:11", "2019-07-19", "2019-07-19", MIN, False),
    ("ymd-hao", "⟦2023年3月5号⟧开幕", "2023-03-05", "2023-03-05", "2023-03-05", DAY, False),
    ("chinese-ymd", "⟦二〇二三年二月三日⟧", "2023-02-03", "2023-02-03", "2023-02-03", DAY, False),
    ("chinese-ymd-circle", "⟦二○二二年十二月三十一日⟧印发", "2022-12-31", "2022-12-31", "2022-12-31", DAY, False),
    ("ymd-hour-minute-chinese", "定于⟦2023年2月10日14时30分⟧召开", "2023-02-10T14:30", "2023-02-10", "2023-02-10", MIN, False),
    ("ymd-seconds-chinese", "⟦2023年2月10日9时5分3秒⟧", "2023-02-10T09:05:03", "2023-02-10", "2023-02-10", SEC, False),
    ("traditional-time", "⟦2023年2月10日14時⟧舉行", "2023-02-10T14", "2023-02-10", "2023-02-10", HOUR, False),
    # years, months and parts of years
    ("year", "到⟦2025年⟧,全省数字政府基本建成", "2025", "2025-01-01", "2025-12-31", YEAR, False),
    ("year-fiscal", "⟦2023年度⟧考核结果", "2023", "2023-01-01", "2023-12-31", YEAR, False),
    ("chinese-year", "⟦二〇二二年⟧工作总结", "2022", "2022-01-01", "2022-12-31", YEAR, False),
    ("year-month", "⟦2022年12月⟧,全省", "2022-12", "2022-12-01", "2022-12-31", MON, False),
    ("year-end", "⟦2022年底⟧发布的报告", "2022-12", "2022-12-01", "2022-12-31", MON, False),
    ("year-end-mo", "截至⟦2022年末⟧,全省", "2022-12", "2022-12-01", "2022-12-31", MON, False),
    ("year-start", "⟦2023年初⟧,省政府印发", "2023-01", "2023-01-01", "2023-01-31", MON, False),
    ("year-middle", "⟦2022年中⟧,项目启动", "2022-06/2022-07", "2022-06-01", "2022-07-31", MON, False),
    ("year-quarter", "⟦2023年第一季度⟧,全省", "2023-Q1", "2023-01-01", "2023-03-31", QTR, False),
    ("year-half", "⟦2022年上半年⟧,全省", "2022-H1", "2022-01-01", "2022-06-30", HALF, False),
    ("year-second-half", "⟦2022年下半年⟧", "2022-H2", "2022-07-01", "2022-12-31", HALF, False),
    ("year-three-quarters", "⟦2022年前三季度⟧", "2022-Q1/2022-Q3", "2022-01-01", "2022-09-30", QTR, False),
    ("month-early", "⟦2023年3月上旬⟧", "2023-03", "2023-03-01", "2023-03-10", MON, False),
    ("month-late", "⟦2023年2月下旬⟧", "2023-02", "2023-02-21", "2023-02-28", MON, False),
    ("month-end", "⟦2024年2月底⟧前完成", "2024-02", "2024-02-21", "2024-02-29", MON, False),
    # ranges
    ("year-range-dash", "⟦2021—2023年⟧,全省", "2021/2023", "2021-01-01", "2023-12-31", YEAR, False),
    ("year-range-two-years", "⟦2021年至2023年⟧", "2021/2023", "2021-01-01", "2023-12-31", YEAR, False),
    ("year-range-hyphen", "⟦2021-2025年⟧规划", "2021/2025", "2021-01-01", "2025-12-31", YEAR, False),
    ("year-month-range", "⟦2023年1至8月⟧,全省", "2023-01/2023-08", "2023-01-01", "2023-08-31", MON, False),
    ("year-month-range-months", "⟦2023年1月至8月⟧", "2023-01/2023-08", "2023-01-01", "2023-08-31", MON, False),
    ("cross-year-range", "⟦2022年12月至2023年2月⟧", "2022-12/2023-02", "2022-12-01", "2023-02-28", MON, False),
    ("quarter-range", "⟦2022年一至三季度⟧", "2022-Q1/2022-Q3", "2022-01-01", "2022-09-30", QTR, False),
    ("day-range-full", "⟦2023年3月1日至5日⟧", "2023-03-01/2023-03-05", "2023-03-01", "2023-03-05", DAY, False),
    # decades
    ("decade-century", "⟦20世纪90年代⟧以来", "199X", "1990-01-01", "1999-12-31", DEC, False),
    ("decade-chinese-century", "⟦二十世纪八十年代⟧", "198X", "1980-01-01", "1989-12-31", DEC, False),
    ("decade-year", "⟦1990年代⟧", "199X", "1990-01-01", "1999-12-31", DEC, False),
    ("decade-traditional", "⟦20世紀90年代⟧", "199X", "1990-01-01", "1999-12-31", DEC, False),
    # resolved against the reference
    ("month-day", "⟦2月3日⟧,山东省政府新闻办举行发布会", "2023-02-03", "2023-02-03", "2023-02-03", DAY, True),
    ("month-day-chinese", "⟦三月五日⟧起施行", "2023-03-05", "2023-03-05", "2023-03-05", DAY, True),
    ("month-day-hao", "⟦2月3号上午⟧", "2023-02-03", "2023-02-03", "2023-02-03", DAY, True),
    ("month-day-am", "⟦2月3日上午10点⟧", "2023-02-03T10", "2023-02-03", "2023-02-03", HOUR, True),
    ("month-day-pm-half", "⟦2月3日下午3点半⟧", "2023-02-03T15:30", "2023-02-03", "2023-02-03", MIN, True),
    ("month-day-clock", "⟦2月3日 10:30⟧", "2023-02-03T10:30", "2023-02-03", "2023-02-03", MIN, True),
    ("month-day-noon", "⟦2月3日中午1点⟧", "2023-02-03T13", "2023-02-03", "2023-02-03", HOUR, True),
    ("month", "⟦12月⟧,全省", "2023-12", "2023-12-01", "2023-12-31", MON, True),
    ("month-fen", "⟦2月份⟧,全省", "2023-02", "2023-02-01", "2023-02-28", MON, True),
    ("month-chinese", "⟦十二月底⟧", "2023-12", "2023-12-21", "2023-12-31", MON, True),
    ("month-range-dash", "⟦1—2月⟧,全省规模以上工业增加值", "2023-01/2023-02", "2023-01-01", "2023-02-28", MON, True),
    ("month-range-zhi", "⟦1至8月⟧,全省", "2023-01/2023-08", "2023-01-01", "2023-08-31", MON, True),
    ("month-range-fen", "⟦1-8月份⟧,全省", "2023-01/2023-08", "2023-01-01", "2023-08-31", MON, True),
    ("month-range-fullwidth", "⟦1－2月⟧", "2023-01/2023-02", "2023-01-01", "2023-02-28", MON, True),
    ("month-range-crosses-year", "⟦12月至2月⟧", "2023-12/2024-02", "2023-12-01", "2024-02-29", MON, True),
    ("day-range", "⟦2月3—5日⟧", "2023-02-03/2023-02-05", "2023-02-03", "2023-02-05", DAY, True),
    ("day-range-full-ends", "⟦2月3日至3月5日⟧", "2023-02-03/2023-03-05", "2023-02-03", "2023-03-05", DAY, True),
    ("this-year", "⟦今年⟧以来,全省", "2023", "2023-01-01", "2023-12-31", YEAR, True),
    ("last-year", "⟦去年⟧,全省", "2022", "2022-01-01", "2022-12-31", YEAR, True),
    ("next-year", "⟦明年⟧将全面推开", "2024", "2024-01-01", "2024-12-31", YEAR, True),
    ("year-before-last", "较⟦前年⟧增长", "2021", "2021-01-01", "2021-12-31", YEAR, True),
    ("previous-year", "比⟦上年⟧增长5%", "2022", "2022-01-01", "2022-12-31", YEAR, True),
    ("previous-year-fiscal", "⟦上年度⟧考核", "2022", "2022-01-01", "2022-12-31", YEAR, True),
    ("this-year-quarter", "⟦今年一季度⟧,全省", "2023-Q1", "2023-01-01", "2023-03-31", QTR, True),
    ("this-year-months", "⟦今年1—2月⟧", "2023-01/2023-02", "2023-01-01", "2023-02-28", MON, True),
    ("last-year-end", "⟦去年底⟧,全省", "2022-12", "2022-12-01", "2022-12-31", MON, True),
    ("last-year-year-end", "⟦去年年底⟧", "2022-12", "2022-12-01", "2022-12-31", MON, True),
    ("last-year-month", "⟦去年12月⟧", "2022-12", "2022-12-01", "2022-12-31", MON, True),
    ("last-year-to-this-year", "⟦去年12月至今年2月⟧", "2022-12/2023-02", "2022-12-01", "2023-02-28", MON, True),
    ("quarter", "⟦一季度⟧,全省", "2023-Q1", "2023-01-01", "2023-03-31", QTR, True),
    ("quarter-ordinal", "⟦第四季度⟧", "2023-Q4", "2023-10-01", "2023-12-31", QTR, True),
    ("quarter-digit", "⟦2季度⟧", "2023-Q2", "2023-04-01", "2023-06-30", QTR, True),
    ("first-two-quarters", "⟦前两个季度⟧", "2023-Q1/2023-Q2", "2023-01-01", "2023-06-30", QTR, True),
    ("three-quarters", "⟦前三季度⟧,全省", "2023-Q1/2023-Q3", "2023-01-01", "2023-09-30", QTR, True),
    ("half", "⟦上半年⟧,全省", "2023-H1", "2023-01-01", "2023-06-30", HALF, True),
    ("year-end-bare", "力争⟦年底⟧前完成", "2023-12", "2023-12-01", "2023-12-31", MON, True),
    ("year-start-bare", "⟦年初⟧以来", "2023-01", "2023-01-01", "2023-01-31", MON, True),
    ("this-month", "⟦本月⟧,全省", "2023-02", "2023-02-01", "2023-02-28", MON, True),
    ("last-month-end", "⟦上月底⟧", "2023-01", "2023-01-21", "2023-01-31", MON, True),
    ("last-month", "⟦上个月⟧", "2023-01", "2023-01-01", "2023-01-31", MON, True),
    ("this-month-day", "⟦本月15日⟧", "2023-02-15", "2023-02-15", "2023-02-15", DAY, True),
    ("same-day", "⟦当日⟧,发布会", "2023-02-03", "2023-02-03", "2023-02-03", DAY, True),
    ("same-day-traditional", "⟦當日⟧", "2023-02-03", "2023-02-03", "2023-02-03", DAY, True),
    ("today", "⟦今天上午⟧", "2023-02-03", "2023-02-03", "2023-02-03", DAY, True),
    ("yesterday-time", "⟦昨天下午3点⟧", "2023-02-02T15", "2023-02-02", "2023-02-02", HOUR, True),
    ("decade-no-century", "⟦90年代⟧", "199X", "1990-01-01", "1999-12-31", DEC, True),
    ("decade-chinese-no-century", "⟦二十年代⟧", "202X", "2020-01-01", "2029-12-31", DEC, True),
    ("same-period-alone", "比⟦去年同期⟧增长5%", "2022", "2022-01-01", "2022-12-31", YEAR, True),
    ("dot-date", "⟦3·15⟧晚会曝光", "2023-03-15", "2023-03-15", "2023-03-15", DAY, True),
    ("dot-date-disaster", "⟦7·20⟧特大暴雨", "2023-07-20", "2023-07-20", "2023-07-20", DAY, True),
]


@pytest.mark.parametrize(
    "marked, value, first, last, granularity, relative",
    [case[1:] for case in POSITIVE_CASES],
    ids=[case[0] for case in POSITIVE_CASES],
)
def test_positive(marked: str, value: str, first: str, last: str, granularity: str, relative: bool) -> None:
    text, spans = unmark(marked)
    found = _find(text)
    assert [(m.start, m.end) for m in found] == spans
    (mention,) = found
    assert (mention.value, mention.interval_start, mention.interval_end) == (value, first, last)
    assert (mention.granularity.value, mention.relative) == (granularity, relative)


RELATIVE_CASES = [case for case in POSITIVE_CASES if case[-1]]


@pytest.mark.parametrize(
    "marked, granularity",
    [(case[1], case[5]) for case in RELATIVE_CASES],
    ids=[case[0] for case in RELATIVE_CASES],
)
def test_relative_without_reference_stays_unresolved(marked: str, granularity: str) -> None:
    text, spans = unmark(marked)
    found = _find(text, reference=None)
    assert [(m.start, m.end) for m in found] == spans
    (mention,) = found
    assert (mention.value, mention.interval_start, mention.interval_end) == (None, None, None)
    assert (mention.granularity.value, mention.relative) == (granularity, True)


ABSOLUTE_CASES = [case for case in POSITIVE_CASES if not case[-1]]


@pytest.mark.parametrize(
    "marked, value", [(case[1], case[2]) for case in ABSOLUTE_CASES], ids=[case[0] for case in ABSOLUTE_CASES]
)
def test_absolute_needs_no_reference(marked: str, value: str) -> None:
    text, spans = unmark(marked)
    found = _find(text, reference=None)
    assert [(m.start, m.end, m.value) for m in found] == [(*spans[0], value)]


# (case id, marked text, [values in order]) — several mentions in one sentence.
SENTENCE_CASES = [
    ("same-period-takes-months", "⟦今年1—2月⟧,全省增长5%,比⟦去年同期⟧提高1个百分点", ["2023-01/2023-02", "2022-01/2022-02"]),
    ("same-period-takes-quarter", "⟦一季度⟧,全省GDP同比增长,⟦上年同期⟧为4.7%", ["2023-Q1", "2022-Q1"]),
    # 同期 with no period in its paragraph repeats the latest one named further up
    ("same-period-other-paragraph", "⟦一季度⟧,全省增长。\n比⟦去年同期⟧提高", ["2023-Q1", "2022-Q1"]),
    ("same-period-first-in-paragraph", "⟦一季度⟧,全省增长。\n⟦1—2月⟧,比⟦去年同期⟧提高", ["2023-Q1", "2023-01/2023-02", "2022-01/2022-02"]),
    # twins: a whole year named later, or only a point in time (a stock), leaves the whole year
    ("same-period-year-named-later", "⟦一季度⟧,全省增长。\n⟦2022年⟧,全省增长。\n比⟦去年同期⟧提高", ["2023-Q1", "2022", "2022"]),
    ("same-period-after-a-point", "截至⟦2022年底⟧,全省共有企业10万家。\n营收比⟦去年同期⟧提高", ["2022-12", "2022"]),
    ("title-skipped", "⟦2月3日⟧,⟦2022年底⟧发布的《2022年数字政府发展报告》显示", ["2023-02-03", "2022-12"]),
    ("list-of-dates", "分别于⟦3月1日⟧、⟦3月5日⟧举行", ["2023-03-01", "2023-03-05"]),
    # a reported 四季度 in a February release is last year's (see LAST_YEAR_CASES)
    ("year-then-quarter", "⟦2022年⟧全省GDP增长,⟦四季度⟧回升", ["2022", "2022-Q4"]),
    ("planned-quarter", "⟦四季度⟧计划开工", ["2023-Q4"]),
    ("until-now", "⟦2020年至今⟧,累计", ["2020/2023-02-03"]),
    ("until-now-month", "⟦2022年6月至今⟧,累计", ["2022-06/2023-02-03"]),
    ("until-now-is-not-until-this-year", "⟦2020年⟧至⟦今年底⟧", ["2020", "2023-12"]),
    ("until-now-after-the-reference", "⟦2024年至今⟧", [None]),
    ("different-granularities-stay-apart", "⟦2022年⟧至⟦2023年6月⟧", ["2022", "2023-06"]),
    # plan periods and review spans (the reference is 2023-02-03)
    ("plan-period", "⟦十四五期间⟧,全省", ["2021/2025"]),
    ("plan-period-quoted", "⟦“十三五”时期⟧,全省", ["2016/2020"]),
    ("plan-period-of-the-plan", "⟦“十四五”规划期间⟧", ["2021/2025"]),
    ("review-span", "⟦五年来⟧,全省", ["2019/2023"]),
    ("review-span-digits", "⟦10年来⟧,全省", ["2014/2023"]),
    ("plan-period-is-no-reported-year", "⟦十三五时期⟧,⟦上年⟧", ["2016/2020", "2022"]),
]


@pytest.mark.parametrize(
    "marked, values", [case[1:] for case in SENTENCE_CASES], ids=[case[0] for case in SENTENCE_CASES]
)
def test_sentences(marked: str, values: list[str]) -> None:
    text, spans = unmark(marked)
    found = _find(text)
    assert [(m.start, m.end) for m in found] == spans
    assert [m.value for m in found] == values


# (case id, text) — nothing here is a date.
NEGATIVE_CASES = [
    # BUGS_CAUGHT: 較上一季度 once came out as the first quarter
    "較上一季度下降0.3個百分點", "比上一季度增长", "下一季度将继续",
    ("version", "发布“爱山东”移动端3.0版"),
    ("decimal-version", "版本5.1正式上线"),
    ("plan-name-in-title", "《山东省“十四五”数字机关建设行动计划》"),
    ("plan-name", "十四五规划"),
    ("plan-name-quoted", "实施“十四五”规划"),
    ("plan-number-inside-a-number", "二十五时期"),
    ("document-number", "国发〔2023〕16号"),
    ("document-number-brackets", "鲁政办字[2022]3号"),
    ("duration-months", "用时3个月完成"),
    ("duration-years", "近三年来"),
    ("duration-recent-five-years", "近五年来,全省"),
    ("duration-many-years", "二十多年来"),
    ("duration-one-year", "一年来"),
    ("duration-four-years", "连续四年开展"),
    ("duration-long", "5000年历史"),
    ("duration-approx", "2000多年前"),
    ("phone", "咨询电话:0531-86123456"),
    ("percent", "增长12.5%"),
    ("list-marker", "1、深化改革"),
    ("year-in-title", "印发《2023年政府工作报告》"),
    ("year-in-quote", "开展“2023年”专项行动"),
    ("month-day-in-quote", "“2月3日”主题活动"),
    ("age-bracket", "60岁以上年龄段人口"),
    ("average-after", "此后年均增长6%"),
    ("natural-gas", "此前天然气价格"),
    ("bare-day", "每月10日前报送"),
    ("monthly", "每月一次"),
    ("ordinal-month", "第3月"),
    ("twelve-months", "12个月"),
    ("recently", "近日,省政府印发"),
    ("ip-address", "IP地址192.168.1.1"),
    ("money", "2023.5亿元"),
    ("dot-percent", "增长3·15%"),
    ("dot-decimal", "1·8万人"),
    ("dot-without-cue", "比例为3·15"),
    ("very", "十分重要"),
    ("numbered", "第2023号公告"),
    ("bad-day", "2月30日"),
    ("last-quarters", "近三个季度"),
    ("bad-leap-day", "2023年2月29日"),
    ("bad-month", "13月"),
    ("bad-iso", "2023-13-45"),
    ("year-out-of-range", "1000年"),
    ("initial-step", "初步建成"),
    ("china", "一年中国"),
    ("news-app", "今日头条"),
    ("anaphoric-year-month", "当年3月"),
    ("anaphoric-year-end", "同年底"),
    ("every-year-month", "每年3月开展"),
    ("every-year-end", "每年年底"),
    ("past-years-same-period", "历年同期"),
    ("long-number", "编号20231年"),
    ("not-middle", "年中国"),
]


@pytest.mark.parametrize("text", [case[1] for case in NEGATIVE_CASES], ids=[case[0] for case in NEGATIVE_CASES])
def test_negative(text: str) -> None:
    assert _find(text) == []


# Near misses: only the marked part is a date.
PARTIAL_CASES = [
    ("year-before-initial-step", "⟦2023年⟧初步建成"),
    ("year-before-china", "⟦2022年⟧中国经济"),
    ("day-without-time", "⟦今天⟧上线"),
    ("time-needs-minutes", "⟦2月3日⟧10:"),
    ("no-hour-25", "⟦2月3日⟧25:00"),
]


@pytest.mark.parametrize("marked", [case[1] for case in PARTIAL_CASES], ids=[case[0] for case in PARTIAL_CASES])
def test_partial_surfaces(marked: str) -> None:
    text, spans = unmark(marked)
    assert [(m.start, m.end) for m in _find(text)] == spans


# (case id, text, reference, value): year-less periods well after the reference
# month are last year's only in sentences that report results.
LAST_YEAR_CASES = [
    ("december-reported-in-january", "12月,全省完成投资500亿元", datetime(2023, 1, 10), "2022-12"),
    ("quarter-reported-in-february", "四季度,全省GDP同比增长5%", datetime(2023, 2, 3), "2022-Q4"),
    ("range-reported-in-january", "11—12月累计完成投资", datetime(2023, 1, 10), "2022-11/2022-12"),
    ("day-reported-in-january", "12月28日,项目已经竣工", datetime(2023, 1, 10), "2022-12-28"),
    ("future-cue-wins", "12月将完成投资,同比增长", datetime(2023, 1, 10), "2023-12"),
    ("takes-effect", "10月1日起施行", datetime(2023, 2, 3), "2023-10-01"),
    ("no-cue-keeps-year", "12月,省政府召开会议", datetime(2023, 1, 10), "2023-12"),
    ("within-two-months", "3月,全省增长5%", datetime(2023, 1, 10), "2023-03"),
    ("explicit-this-year", "今年12月,全省完成投资", datetime(2023, 1, 10), "2023-12"),
    ("other-sentence-cue", "全省增长5%。12月,省政府召开会议", datetime(2023, 1, 10), "2023-12"),
]


@pytest.mark.parametrize(
    "text, reference, value", [case[1:] for case in LAST_YEAR_CASES], ids=[case[0] for case in LAST_YEAR_CASES]
)
def test_reported_periods_after_the_reference_are_last_year(text: str, reference: datetime, value: str) -> None:
    (mention,) = _find(text, reference=reference)
    assert (mention.value, mention.relative) == (value, True)


# (case id, text, reference, values): bookkeeping words (上年, 上年末, 本年, a bare 年末)
# count from the year being reported on, the latest period named before them.
# BUGS_CAUGHT: a 2023 统计公报 published in 2024 once read 比上年增长 as 2023.
REPORTING_YEAR_CASES = [
    ("bulletin-title-year", "2023年国民经济统计公报\n2024年03月15日\n全年比上年增长5.2%。",
     datetime(2024, 3, 15), ["2023", "2024-03-15", "2023", "2022"]),
    ("whole-year-is-the-reported-year", "2023年统计公报\n全年出生人口49.8万人。", datetime(2024, 3, 15), ["2023", "2023"]),
    ("whole-year-without-a-year-named", "力争全年地区生产总值增长5%左右。", datetime(2024, 11, 20), ["2024"]),
    ("end-of-previous-year", "2023年,年末常住人口比上年末减少15万人。",
     datetime(2024, 3, 15), ["2023", "2023-12", "2022-12"]),
    ("report-review-heading", "一、2023年工作回顾\n实际使用外资较上年增长约12%。",
     datetime(2024, 1, 29), ["2023", "2022"]),
    ("relative-period-sets-the-year", "今年1—4月,全省工业增加值比上年同期增长6%。",
     datetime(2024, 5, 20), ["2024-01/2024-04", "2023-01/2023-04"]),
    ("no-year-named-uses-publication", "全省粮食产量比上年增长2%。", datetime(2024, 1, 10), ["2023"]),
    ("news-day-keeps-the-reference", "2019年的数据显示。2月3日,比上年增长。",
     datetime(2023, 2, 3), ["2019", "2023-02-03", "2018"]),
]


@pytest.mark.parametrize(
    "text, reference, values", [case[1:] for case in REPORTING_YEAR_CASES], ids=[case[0] for case in REPORTING_YEAR_CASES]
)
def test_bookkeeping_words_count_from_the_reported_year(text: str, reference: datetime, values: list[str]) -> None:
    assert [m.value for m in _find(text, reference=reference)] == values


# BUGS_CAUGHT: 2020年至今 was read as the year 2020 alone.
def test_until_now_range() -> None:
    (mention,) = _find("2020年至今")
    assert (mention.text, mention.value, mention.interval_start, mention.interval_end) == (
        "2020年至今", "2020/2023-02-03", "2020-01-01", "2023-02-03",
    )
    assert mention.relative and mention.granularity.value == YEAR
    (unresolved,) = _find("2020年至今", reference=None)
    assert (unresolved.text, unresolved.value) == ("2020年至今", None)


def test_end_of_day_hour() -> None:
    (mention,) = _find("截至2023年12月31日24时")
    assert (mention.text, mention.value, mention.granularity.value) == ("2023年12月31日24时", "2023-12-31T24", HOUR)
    assert _find("2023年12月31日24时30分") == []  # no such time: not read at all


def test_range_bounds_and_offsets() -> None:
    text = "2月3日,省政府召开会议。2023年1至8月,全省增长。"
    found = _find(text, start=5)
    assert [(m.text, m.start) for m in found] == [("2023年1至8月", 13)]
    assert _find(text, end=4) == [_find(text)[0]]
    assert _find(text, start=10, end=10) == []
    assert _find(text, start=-5, end=10_000) == _find(text)


def test_given_enclosures_match_computed() -> None:
    text = SEED.read_text(encoding="utf-8")
    folded = fold(text)
    given_pairs = find_dates(text, folded, 0, 1883, reference=REFERENCE, enclosures=find_enclosures(folded))
    assert given_pairs == find_dates(text, folded, 0, 1883, reference=REFERENCE)


def test_date_reference() -> None:
    datetime_reference = _find("2月3日,去年底", reference=REFERENCE)
    assert _find("2月3日,去年底", reference=date(2023, 2, 3)) == datetime_reference


def test_misuse_raises() -> None:
    with pytest.raises(TypeError):
        find_dates(None, "")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        find_dates("2月3日", "2月3日", reference="2023-02-03")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        find_dates("2月3日", "2月")


def test_seed_via_extract() -> None:
    text = SEED.read_text(encoding="utf-8")
    document = govextract.extract(text)
    assert document.published_at == REFERENCE
    got = [
        (m.text, m.start, m.value, m.interval_start, m.interval_end, m.granularity.value, m.relative)
        for m in document.dates
    ]
    assert got == [
        ("2023-02-03 14:05:57", 24, "2023-02-03T14:05:57", "2023-02-03", "2023-02-03", SEC, False),
        ("2月3日", 75, "2023-02-03", "2023-02-03", "2023-02-03", DAY, True),
        ("2022年底", 217, "2022-12", "2022-12-01", "2022-12-31", MON, False),
    ]
    for m in document.dates:
        assert text[m.start : m.end] == m.text
    assert document.dates[0].section is None  # the header is in no section
    assert document.dates[1].section is not None
    assert not document.span_errors(text)


def test_seed_without_reference() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = _find(text, reference=None, end=1883)
    assert [(m.text, m.value) for m in found] == [
        ("2023-02-03 14:05:57", "2023-02-03T14:05:57"),
        ("2月3日", None),
        ("2022年底", "2022-12"),
    ]


def test_traditional_document() -> None:
    text = "２０２３年２月３日，香港特區政府公佈，去年第四季度經濟按年下跌。"
    found = _find(text)
    assert [(m.text, m.value) for m in found] == [("２０２３年２月３日", "2023-02-03"), ("去年第四季度", "2022-Q4")]


def test_long_text_is_linear_enough() -> None:
    text = "2023年1至8月,全省增长5%,比去年同期提高。3·15晚会于今天举行。" * 2000
    found = _find(text)
    assert len(found) == 4 * 2000


DATE_ALPHABET = st.sampled_from(
    list("0123456789０１２年月日号时分秒点半至到—-~/.·:：T 上下午晚今去明本前当同期季度第一二三四五六七八九十〇底末初中旬份世纪代“”《》\n")
)


@settings(max_examples=300, deadline=None)
@given(st.text(DATE_ALPHABET, max_size=60), st.sampled_from([REFERENCE, None, date(2000, 12, 31), date.max, date.min]))
def test_never_raises_date_like(text: str, reference: datetime | date | None) -> None:
    for mention in _find(text, reference=reference):
        if mention.value is not None:
            assert mention.interval_start is not None and mention.interval_end is not None
            assert mention.interval_start <= mention.interval_end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80), st.integers(-5, 90), st.one_of(st.none(), st.integers(-5, 90)))
def test_never_raises_any_text(text: str, start: int, end: int | None) -> None:
    _find(text, start=start, end=end)
