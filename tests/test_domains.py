"""Ten short releases from departments the other corpora do not cover, read like an analyst would.

``tests/data/domains/`` holds one release each from 市场监管 enforcement, 税务,
人社, 公安, 气象, 水利, 住建, 应急管理, 卫健 and 交通 (500 to 1200 characters).
Each release lists hand-written key quantities (surface -> value, value_max,
kind, unit, approx, subject, direction), key dates, programs and keywords;
every document must keep the offset invariant.  Known misreadings are strict
xfail, so a fix forces the list to change.

Rates per 100 000 (孕产妇死亡率8.6/10万) are percents like ‰: the value is in
percent (0.0086) and the unit is the written base (/10万).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_key_date, assert_key_quantity, assert_spans_consistent
from govextract import extract

DATA = Path(__file__).resolve().parent / "data" / "domains"
RELEASES = sorted(DATA.glob("*.txt"))

# release stem -> [(surface, occurrence, value, value_max, kind, unit, approx, subject, direction)]
# occurrence counts equal surfaces in text order (0 = first); subject/direction "*" = not checked.
QUANTITIES = {
    "01_market_regulation": [
        ("1263起", 0, 1263, None, "count", "起", "exact", "各类违法案件", None),  # 市场监管局共查处: agency goes
        ("12.4%", 0, 12.4, None, "percent", "%", "exact", "各类违法案件", "up"),
        ("2856.7万元", 0, 28567000, None, "money", "元", "exact", "罚没款", None),
        ("1.2万批次", 0, 12000, None, "count", "批次", "exact", "食品安全监督抽检", None),
        ("98.6%", 0, 98.6, None, "percent", "%", "exact", "抽检合格率", None),
        ("0.4个百分点", 0, 0.4, None, "percentage_point", "百分点", "exact", "抽检合格率", "up"),
        ("89个", 0, 89, None, "count", "个", "exact", "问题", None),  # 发现并整改问题
        ("2500起以上", 0, 2500, None, "count", "起", "at_least", "案件", None),
        ("186万元", 0, 1860000, None, "money", "元", "exact", "罚没款", None),
    ],
    "02_tax": [
        ("超千亿元", 0, 100000000000, None, "money", "元", "more_than", "新增减税降费及退税缓费", None),
        ("1086.5亿元", 0, 108650000000, None, "money", "元", "exact", "全省新增减税降费及退税缓费", None),
        ("318.4亿元", 0, 31840000000, None, "money", "元", "exact", "留抵退税", None),
        ("72.6%", 0, 72.6, None, "percent", "%", "exact", "*", None),
        ("约1630亿元", 0, 163000000000, None, "money", "元", "about", "享受加计扣除金额", None),
        ("2.5小时以内", 0, 2.5, None, "measure", "小时", "at_most", "纳税人平均办税时间", "down"),
        ("1860元", 0, 1860, None, "money", "元", "exact", "人均减税", None),
        # a share before 的 and its noun (全省92%以上的涉税费事项) names no metric: 全省 is a scope
        ("92%以上", 0, 92, None, "percent", "%", "at_least", None, None),
    ],
    "03_human_resources": [
        ("68.3万人", 0, 683000, None, "count", "人", "exact", "全省城镇新增就业", None),
        ("5.5%以内", 0, 5.5, None, "percent", "%", "at_most", "城镇调查失业率", None),
        ("9.6亿元", 0, 960000000, None, "money", "元", "exact", "稳岗返还", None),
        ("1.2亿元", 0, 120000000, None, "money", "元", "exact", "一次性扩岗补助", None),
        ("8765万人", 0, 87650000, None, "count", "人", "exact", "全省社保卡持卡人数", None),
        ("3000元", 0, 3000, None, "money", "元", "exact", "一次性创业补贴", None),  # 对…给予
        ("43万人", 0, 430000, None, "count", "人", "exact", "企业职工基本养老保险参保人数", "up"),
        ("3120元", 0, 3120, None, "money", "元", "exact", "月人均基本养老金", "up"),
        ("3200余名", 0, 3200, None, "count", "名", "more_than", "各类高层次人才", None),
    ],
    "04_public_security": [
        ("8426起", 0, 8426, None, "count", "起", "exact", "破获各类刑事案件", None),
        ("5317名", 0, 5317, None, "count", "名", "exact", "抓获犯罪嫌疑人", None),
        ("14.6%", 0, 14.6, None, "percent", "%", "exact", "刑事案件立案数", "down"),
        ("21.3%", 0, 21.3, None, "percent", "%", "exact", "八类严重暴力犯罪案件", "down"),
        ("3.2亿元", 0, 320000000, None, "money", "元", "exact", "止付冻结涉案资金", None),
        ("位居全省第一", 0, 1, None, "rank", None, "exact", "*", None),
        ("4200余人", 0, 4200, None, "count", "人", "more_than", "*", None),
        ("0.8个百分点", 0, 0.8, None, "percentage_point", "百分点", "exact", "公安政务服务好评率", "up"),
    ],
    "05_weather": [
        ("246.8毫米", 0, 246.8, None, "measure", "毫米", "exact", "全省平均降水量", None),
        ("3成", 0, 30, None, "percent", "成", "exact", "全省平均降水量", "up"),
        ("300毫米以上", 0, 300, None, "measure", "毫米", "at_least", "东部地区降水量", None),
        ("0.9℃", 0, 0.9, None, "measure", "℃", "exact", "全省平均气温", "up"),
        ("40.3℃", 0, 40.3, None, "measure", "℃", "exact", "全省最高气温", None),
        ("2至5成", 0, 20, 50, "percent", "成", "exact", "降水量", "down"),
        ("35℃以上", 0, 35, None, "measure", "℃", "at_least", None, None),  # 8月中旬前后…可能出现
        ("38℃至40℃", 0, 38, 40, "measure", "℃", "exact", "最高气温", None),
        ("8.6天", 0, 8.6, None, "measure", "天", "exact", "雷暴日数", None),
        ("15站次", 0, 15, None, "count", "站次", "exact", "大风天气", None),
        ("28.3米", 0, 28.3, None, "measure", "米/秒", "exact", "最大风速", None),
    ],
    "06_water_resources": [
        ("87.6亿立方米", 0, 8760000000, None, "measure", "立方米", "exact", "全省大中型水库蓄水总量", None),
        ("12.3%", 0, 12.3, None, "percent", "%", "exact", "全省大中型水库蓄水总量", "down"),
        ("5.4%", 0, 5.4, None, "percent", "%", "exact", "全省大中型水库蓄水总量", "up"),
        ("18%", 0, 18, None, "percent", "%", "exact", "全省平均降水量", "down"),
        ("2300余座次", 0, 2300, None, "count", "座次", "more_than", "调度水库、闸坝", None),
        ("32.7万人", 0, 327000, None, "count", "人", "exact", None, None),  # 解决了…的临时饮水困难
        ("不少于40亿立方米", 0, 4000000000, None, "measure", "立方米", "at_least", "*", None),
        ("三成左右", 0, 30, None, "percent", "成", "about", "主要江河控制站平均流量", "down"),
        ("860立方米", 0, 860, None, "measure", "立方米/秒", "exact", "主要江河控制站平均流量", None),
    ],
    "07_housing": [
        ("12860套", 0, 12860, None, "count", "套", "exact", "*", None),
        ("107.2%", 0, 107.2, None, "percent", "%", "exact", "棚户区改造安置住房", None),  # of the plan
        ("386个", 0, 386, None, "count", "个", "exact", "*", None),
        ("8.7万户", 0, 87000, None, "count", "户", "exact", "居民", None),
        ("300个左右", 0, 300, None, "count", "个", "about", "*", None),
        ("1820亿元", 0, 182000000000, None, "money", "元", "exact", "建筑业总产值", None),
        ("6个百分点", 0, 6, None, "percentage_point", "百分点", "exact", "全市物业管理覆盖率", "up"),
        ("95%以上", 0, 95, None, "percent", "%", "at_least", "群众对老旧小区改造的满意度", None),
        ("9430套", 0, 9430, None, "count", "套", "exact", "棚户区改造安置住房", None),
    ],
    "08_emergency_management": [
        ("426起", 0, 426, None, "count", "起", "exact", "各类生产安全事故", None),
        ("18.5%", 0, 18.5, None, "percent", "%", "exact", "各类生产安全事故", "down"),
        ("15.2%", 0, 15.2, None, "percent", "%", "exact", "死亡", "down"),  # 分别 pairs with 死亡387人
        ("33.3%", 0, 33.3, None, "percent", "%", "exact", "较大事故起数", "down"),
        ("0.9‰以内", 0, 0.09, None, "percent", "‰", "at_most", "全省森林火灾受害率", None),
        ("27.4%", 0, 27.4, None, "percent", "%", "exact", "自然灾害造成的直接经济损失", "down"),
        ("9.6%", 0, 9.6, None, "percent", "%", "exact", "火灾起数", "down"),
        ("22.2%", 0, 22.2, None, "percent", "%", "exact", "亡人数", "down"),
        ("1.2万场次", 0, 12000, None, "count", "场次", "exact", "组织应急演练", None),
    ],
    "09_health": [
        ("3.42人", 0, 3.42, None, "count", "人", "exact", "每千人口执业（助理）医师", None),
        ("79.6岁", 0, 79.6, None, "measure", "岁", "exact", "全省居民人均预期寿命", None),
        ("0.3岁", 0, 0.3, None, "measure", "岁", "exact", "全省居民人均预期寿命", "up"),
        ("8.6/10万", 0, 0.0086, None, "percent", "/10万", "exact", "孕产妇死亡率", None),
        ("2.9‰", 0, 0.29, None, "percent", "‰", "exact", "婴儿死亡率", None),
        ("186.4/10万", 0, 0.1864, None, "percent", "/10万", "exact", "甲乙类法定报告传染病发病率", None),
        ("5.3%", 0, 5.3, None, "percent", "%", "exact", "甲乙类法定报告传染病发病率", "down"),
        ("86场", 0, 86, None, "count", "场", "exact", "比赛", None),  # 累计进行比赛
        ("1.5个百分点", 0, 1.5, None, "percentage_point", "百分点", "exact", "全省县域内就诊率", "up"),
        ("670元", 0, 670, None, "money", "元", "exact", "城乡居民医保财政补助标准", "up"),
    ],
    "10_transport": [
        ("8331公里", 0, 8331, None, "measure", "公里", "exact", "全省高速公路通车里程", None),
        ("18.6亿吨", 0, 1860000000, None, "measure", "吨", "exact", "货物吞吐量", None),  # 全省港口完成
        ("3580万标箱", 0, 35800000, None, "measure", "标箱", "exact", "集装箱吞吐量", None),
        ("9860万人次", 0, 98600000, None, "count", "人次", "exact", "民航旅客吞吐量", None),
        ("112.4%", 0, 112.4, None, "percent", "%", "exact", "民航旅客吞吐量", None),
        ("56.3亿件", 0, 5630000000, None, "count", "件", "exact", "邮政快递业务量", None),
        ("152万辆次", 0, 1520000, None, "count", "辆次", "exact", "*", None),
        ("25%", 0, 25, None, "percent", "%", "exact", "水上交通事故死亡失踪人数", "down"),
    ],
}

# Known misreadings: (release, surface, occurrence) -> reason (strict xfail).
KNOWN_QUANTITY_FAILURES: dict = {}  # 每秒 rates, 基本建成 after a stage and the share before 的 fixed

# release stem -> [(surface, occurrence, value)]
DATES = {
    "01_market_regulation": [("今年上半年", 0, "2024-H1"), ("2024-07-18", 0, "2024-07-18")],
    "02_tax": [("今年前三季度", 0, "2024-Q1/2024-Q3"), ("2024年10月25日", 0, "2024-10-25")],
    "03_human_resources": [("11月底", 0, "2024-11"), ("上年末", 0, "2023-12")],
    "04_public_security": [("1月10日上午", 0, "2025-01-10"), ("2024年", 0, "2024")],  # 上午 in the surface
    "05_weather": [("7月21日", 0, "2024-07-21"), ("8月上旬", 0, "2024-08"), ("1961年", 0, "1961")],
    "06_water_resources": [("9月1日8时", 0, "2024-09-01T08"), ("1—8月", 0, "2024-01/2024-08")],
    "07_housing": [("2024年12月6日", 0, "2024-12-06"), ("2025年", 0, "2025")],
    "09_health": [("2024年末", 0, "2024-12")],
    "10_transport": [("2024年底", 0, "2024-12"), ("2019年同期", 0, "2019")],
}

KNOWN_DATE_FAILURES: dict = {}  # 去年同期 repeats 今年上半年 one paragraph up
DATES["01_market_regulation"].append(("去年同期", 0, "2023-H1"))

# release stem -> [(name, head, category)]
PROGRAMS = {
    "01_market_regulation": [("铁拳", "行动", "program")],
    "02_tax": [("便民办税春风行动", None, "program")],
    "03_human_resources": [("技能照亮前程", "培训行动", "program")],
    "04_public_security": [("夏季治安打击整治行动", None, "program"), ("两抢", None, "other"), ("跨省通办", None, "program")],
    "06_water_resources": [("以水定城、以水定地", "原则", "slogan")],
    "07_housing": [("完整社区", "建设试点", "program")],
    "08_emergency_management": [("安全生产月", "活动", "program")],
}

# release stem -> terms that must be among the keywords of some section
KEYWORDS = {
    "01_market_regulation": ["罚没款", "食品安全"],
    "02_tax": ["减税降费", "加计扣除"],
    "04_public_security": ["犯罪嫌疑人", "刑事案件"],
    "05_weather": ["降水量"],
    "06_water_resources": ["抗旱", "水库"],
    "07_housing": ["老旧小区"],
    "08_emergency_management": ["生产安全事故"],
    "09_health": ["人均预期寿命"],
    "10_transport": ["通车里程", "高速公路"],
}
# Frame words of these bulletins that must never be keywords.
NOT_KEYWORDS = ["常年", "同期", "偏少", "偏多", "每千人", "惠及", "出现", "卡持卡"]


def _document(stem: str):
    text = (DATA / f"{stem}.txt").read_text(encoding="utf-8")
    return text, extract(text)



def _cases(table, failures):
    for stem, rows in table.items():
        for row in rows:
            reason = failures.get((stem, row[0], row[1]))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(stem, *row, id=f"{stem}:{row[0]}#{row[1]}", marks=marks)


def test_ten_releases_of_the_expected_size():
    assert len(RELEASES) == 10
    for path in RELEASES:
        assert 500 <= len(path.read_text(encoding="utf-8")) <= 1200, path.name


@pytest.mark.parametrize("path", RELEASES, ids=[p.stem for p in RELEASES])
def test_offsets_are_exact(path):
    text = path.read_text(encoding="utf-8")
    assert_spans_consistent(text, extract(text))


@pytest.mark.parametrize(
    "stem,surface,occurrence,value,value_max,kind,unit,approx,subject,direction",
    list(_cases(QUANTITIES, KNOWN_QUANTITY_FAILURES)),
)
def test_key_quantity(stem, surface, occurrence, value, value_max, kind, unit, approx, subject, direction):
    _, document = _document(stem)
    assert_key_quantity(document, surface, occurrence, value, value_max, kind, unit, approx, subject, direction)


@pytest.mark.parametrize("stem,surface,occurrence,value", list(_cases(DATES, KNOWN_DATE_FAILURES)))
def test_key_date(stem, surface, occurrence, value):
    _, document = _document(stem)
    assert_key_date(document, surface, occurrence, value)


@pytest.mark.parametrize(
    "stem,name,head,category",
    [(stem, *row) for stem, rows in PROGRAMS.items() for row in rows],
    ids=[f"{stem}:{row[0]}" for stem, rows in PROGRAMS.items() for row in rows],
)
def test_program(stem, name, head, category):
    _, document = _document(stem)
    found = [p for p in document.programs if p.name == name]
    assert found, [p.name for p in document.programs]
    assert (found[0].head, found[0].category.value) == (head, category)


@pytest.mark.parametrize("stem", list(KEYWORDS))
def test_keywords(stem):
    _, document = _document(stem)
    keywords = {k for s in document.sections for k in s.keywords}
    assert set(KEYWORDS[stem]) <= keywords, sorted(keywords)


@pytest.mark.parametrize("path", RELEASES, ids=[p.stem for p in RELEASES])
def test_frame_words_are_no_keywords(path):
    document = extract(path.read_text(encoding="utf-8"))
    keywords = {k for s in document.sections for k in s.keywords}
    assert not keywords & set(NOT_KEYWORDS)


NOT_QUANTITIES = [
    ("04_public_security", "110"),  # 110接报警情: the emergency number
    ("01_market_regulation", "12315"),  # the complaints hotline
    ("09_health", "3万人"),  # 超过3万人 is one quantity with its qualifier
    ("06_water_resources", "2300余座"),  # 座次 is one unit
]


@pytest.mark.parametrize("stem,surface", NOT_QUANTITIES)
def test_not_a_quantity(stem, surface):
    _, document = _document(stem)
    assert surface not in [q.text for q in document.quantities]
