"""Ten whole releases the extractor had never seen, read like an analyst would.

``tests/data/releases2/`` holds releases in styles absent from the other
corpora: a 广东 monthly economic release, a 浙江 共同富裕 progress report, a
四川 flood bulletin, a 新疆 cotton report, a 海南 自贸港 item, a 医保 notice, a
财政决算 report, a Taiwan release in traditional characters with 民國 years, a
Hong Kong budget statement with HK$ amounts and space-grouped digits, and a
统计月报 with tables rendered as text lines.

Each release lists key quantities (surface -> value, value_max, kind, unit,
approx, subject, direction) and key dates (surface -> value); every document
must also keep the offset invariant.  Known misreadings are strict xfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_key_date, assert_key_quantity, assert_spans_consistent
from govextract import extract

DATA = Path(__file__).resolve().parent / "data" / "releases2"
RELEASES = sorted(DATA.glob("*.txt"))

# release stem -> [(surface, occurrence, value, value_max, kind, unit, approx, subject, direction)]
# occurrence counts equal surfaces in text order (0 = first); subject/direction "*" = not checked.
QUANTITIES = {
    "01_guangdong_monthly": [
        ("4.1%", 0, 4.1, None, "percent", "%", "exact", "全省规模以上工业增加值", "up"),
        ("0.3个百分点", 0, 0.3, None, "percentage_point", "百分点", "exact", "增速", "up"),  # 比1—9月加快
        ("0.4个百分点", 0, 0.4, None, "percentage_point", "百分点", "exact", "降幅", "up"),
        ("39012.35亿元", 0, 3901235000000, None, "money", "元", "exact", "全省社会消费品零售总额", None),
        ("7.55万亿元", 0, 7550000000000, None, "money", "元", "exact", "全省货物进出口总额", None),
        ("0.1%", 0, 0.1, None, "percent", "%", "exact", "全省居民消费价格", "down"),
        ("6218万标准箱", 0, 62180000, None, "measure", "标准箱", "exact", "集装箱吞吐量", None),
        ("4.7%", 0, 4.7, None, "percent", "%", "exact", "全省居民人均可支配收入", "up"),  # 同比名义增长
        ("4.3%", 0, 4.3, None, "percent", "%", "exact", "全省居民人均可支配收入", "up"),  # 扣除价格因素
        ("5%左右", 0, 5, None, "percent", "%", "about", "地区生产总值", "up"),
    ],
    "02_zhejiang_common_prosperity": [
        ("63830元", 0, 63830, None, "money", "元", "exact", "全省居民人均可支配收入", None),
        ("1.96", 0, 1.96, None, "multiple", "倍", "exact", "城乡居民收入倍差", None),
        ("1.86", 0, 1.86, None, "multiple", "倍", "exact", "城乡居民收入倍差", "down"),
        ("10万—50万元", 0, 100000, 500000, "money", "元", "exact", "*", None),
        ("21000元以上", 0, 21000, None, "money", "元", "at_least", "低收入农户人均可支配收入", None),
        ("82.5岁", 0, 82.5, None, "measure", "岁", "exact", "全省人均预期寿命", None),
        ("155元", 0, 155, None, "money", "元", "exact", "城乡居民基础养老金最低标准", None),
        ("190元", 0, 190, None, "money", "元", "exact", "城乡居民基础养老金最低标准", "up"),
        ("6.2%", 0, 6.2, None, "percent", "%", "exact", "山区县生产总值", "up"),
        ("2.1万余家", 0, 21000, None, "count", "家", "more_than", "*", None),
    ],
    "03_sichuan_flood": [
        ("25.7万人次", 0, 257000, None, "count", "人次", "exact", None, None),
        ("4.1万人次", 0, 41000, None, "count", "人次", "exact", "紧急转移安置", None),
        ("126间", 0, 126, None, "count", "间", "exact", "倒塌房屋", None),
        ("2100余间", 0, 2100, None, "count", "间", "more_than", "一般损坏房屋", None),
        ("18.6千公顷", 0, 18600, None, "measure", "公顷", "exact", "农作物受灾面积", None),
        ("6.8亿元", 0, 680000000, None, "money", "元", "exact", "直接经济损失", None),
        ("3个", 0, 3, None, "count", "个", "exact", None, None),  # 派出3个工作组
        ("800顶", 0, 800, None, "count", "顶", "exact", "帐篷", None),
        ("1.5万床", 0, 15000, None, "count", "床", "exact", "棉被", None),
        ("50至80毫米", 0, 50, 80, "measure", "毫米", "exact", "降雨量", None),
        ("10千伏及以上", 0, 10, None, "measure", "千伏", "at_least", None, None),
        ("280台次", 0, 280, None, "count", "台次", "exact", "车辆", None),
    ],
    "04_xinjiang_cotton": [
        ("3561.9万亩", 0, 35619000, None, "measure", "亩", "exact", "新疆棉花播种面积", None),
        ("142.8公斤", 0, 142.8, None, "measure", "公斤", "exact", "单产", None),
        ("511.2万吨", 0, 5112000, None, "measure", "吨", "exact", "总产", None),
        ("90.96%", 0, 90.96, None, "percent", "%", "exact", "总产", None),  # 占全国…的: the base is no metric
        ("居全国首位", 0, 1, None, "rank", None, "exact", None, None),
        ("3600万亩左右", 0, 36000000, None, "measure", "亩", "about", "棉花种植面积", None),
        ("7.2元至7.6元", 0, 7.2, 7.6, "money", "元", "exact", "棉花收购价格", None),
        ("七成左右", 0, 70, None, "percent", "成", "about", "*", None),
    ],
    "05_hainan_ftp": [
        ("1.2倍", 0, 1.2, None, "multiple", "倍", "exact", "出口", "up"),
        ("7.8个百分点", 0, 7.8, None, "percentage_point", "百分点", "exact", "海南货物贸易进出口总值", None),
        ("8.9亿美元", 0, 890000000, None, "money", "美元", "exact", "实际使用外资", None),
        ("约182万", 0, 1820000, None, "count", None, "about", "购物人次", None),
        ("2.1倍", 0, 2.1, None, "multiple", "倍", "exact", "全省跨境人民币结算量", "up"),
        ("1个工作日以内", 0, 1, None, "measure", "个工作日", "at_most", "企业开办时间", "down"),
        ("40亿美元以上", 0, 4000000000, None, "money", "美元", "at_least", "实际使用外资规模", None),
    ],
    "06_medical_insurance": [
        ("85%", 0, 85, None, "percent", "%", "exact", "政策范围内报销比例", None),
        ("90%", 0, 90, None, "percent", "%", "exact", "政策范围内报销比例", "up"),
        ("75%左右", 0, 75, None, "percent", "%", "about", "*", None),
        ("300元", 0, 300, None, "money", "元", "exact", "一级医疗机构起付线", None),
        ("200元", 0, 200, None, "money", "元", "exact", "一级医疗机构起付线", "down"),
        ("20万元", 0, 200000, None, "money", "元", "exact", "城乡居民医保基金年度最高支付限额", "up"),
        ("约120万人次", 0, 1200000, None, "count", "人次", "about", "*", None),
        ("70%", 0, 70, None, "percent", "%", "exact", None, None),  # 全额资助和70%定额资助
        ("2000元", 0, 2000, None, "money", "元", "exact", "顺产", None),
        ("380元", 0, 380, None, "money", "元", "exact", "城乡居民医保个人缴费标准", None),
    ],
    "07_budget_final_accounts": [
        ("101.3%", 0, 101.3, None, "percent", "%", "exact", "全市一般公共预算收入", None),  # 为预算的
        ("96.5%", 0, 96.5, None, "percent", "%", "exact", "全市一般公共预算支出", None),  # 完成调整预算的
        ("98.7%", 0, 98.7, None, "percent", "%", "exact", "教育支出", None),
        ("87.4%", 0, 87.4, None, "percent", "%", "exact", "预算执行率", None),
        ("1352亿元以内", 0, 135200000000, None, "money", "元", "at_most", "*", None),
        ("0.42亿元", 0, 42000000, None, "money", "元", "exact", "*", "down"),  # 比预算减少
    ],
    "08_taiwan_traditional": [
        ("1.31％", 0, 1.31, None, "percent", "%", "exact", "經濟成長率", None),
        ("0.03個百分點", 0, 0.03, None, "percentage_point", "百分点", "exact", "經濟成長率", "up"),
        ("3萬2,339美元", 0, 32339, None, "money", "美元", "exact", "平均每人國內生產毛額", None),
        ("約新臺幣100萬8,000元", 0, 1008000, None, "money", "新台币", "about", "平均每人國內生產毛額", None),
        ("806億美元", 0, 80600000000, None, "money", "美元", "exact", None, None),  # 出超 is no qualifier
        ("10.9％", 0, 10.9, None, "percent", "%", "exact", "餐飲業營業額", "up"),  # 年增
        ("7成左右", 0, 70, None, "percent", "成", "about", "來臺旅客", None),  # 為108年之7成
        ("6.07倍", 0, 6.07, None, "multiple", "倍", "exact", "*", None),
        ("2萬7,470元", 0, 27470, None, "money", "元", "exact", "最低工資", "up"),
        ("約新臺幣5兆2,000億元", 0, 5200000000000, None, "money", "新台币", "about", "資本形成毛額", None),
    ],
    "09_hongkong_statement": [
        ("3.2%", 0, 3.2, None, "percent", "%", "exact", "香港經濟", "up"),
        ("21.2%", 0, 21.2, None, "percent", "%", "exact", "服務輸出", "up"),  # 則急升
        ("7,333億元", 0, 733300000000, None, "money", "元", "exact", "財政儲備", None),
        ("港幣47億元", 0, 4700000000, None, "money", "港币", "exact", "政府收入", "down"),
        ("$10億元", 0, 1000000000, None, "money", "元", "exact", None, None),
        ("港幣二十億元", 0, 2000000000, None, "money", "港币", "exact", "*", None),
        ("約HK$900億元", 0, 90000000000, None, "money", "港元", "about", "基本工程開支", None),
        ("約15 700個", 0, 15700, None, "count", "个", "about", None, None),
        ("約17萬2 000個", 0, 172000, None, "count", "个", "about", "*", None),
        ("約5 140個", 0, 5140, None, "count", "个", "about", None, None),
        ("2.5%至3.5%", 0, 2.5, 3.5, "percent", "%", "exact", "香港經濟", "up"),
    ],
    "10_stats_monthly_table": [
        ("3856.42亿元", 0, 385642000000, None, "money", "元", "exact", "地区生产总值", None),
        ("0.2个百分点", 0, 0.2, None, "percentage_point", "百分点", "exact", "增速", "up"),  # 比上半年提高
        ("0.8个百分点", 0, 0.8, None, "percentage_point", "百分点", "exact", "增速", None),  # 比全省高
        ("0.7个百分点", 0, 0.7, None, "percentage_point", "百分点", "exact", "降幅", "down"),
        ("31.2%", 0, 31.2, None, "percent", "%", "exact", "占全部投资的比重", None),
    ],
}

# Known misreadings: (release, surface, occurrence) -> reason (strict xfail).
KNOWN_QUANTITY_FAILURES = {
    ("01_guangdong_monthly", "3.5%", 0): "两年平均增长 leaves a period only, so the change inherits 增速 from the comparison before",
}

# release stem -> [(surface, occurrence, value)]; value None = unresolved.
DATES = {
    "01_guangdong_monthly": [("1—10月", 0, "2024-01/2024-10"), ("10月份", 0, "2024-10"), ("前三季度", 0, "2024-Q1/2024-Q3")],
    "03_sichuan_flood": [("7月24日至27日", 0, "2023-07-24/2023-07-27"), ("7月28日8时", 0, "2023-07-28T08")],
    "05_hainan_ftp": [("3月底", 0, "2024-03"), ("上年末", 0, "2022-12")],
    "06_medical_insurance": [("2024年1月1日", 0, "2024-01-01"), ("2024年2月29日", 0, "2024-02-29")],
    "07_budget_final_accounts": [("年末", 0, "2023-12"), ("2023年底", 0, "2023-12")],
    "08_taiwan_traditional": [
        ("民國112年", 0, "2023"), ("113年1月", 0, "2024-01"), ("111年", 0, "2022"), ("108年", 0, "2019"),
        ("113年1月1日", 0, "2024-01-01"),
    ],
    "09_hongkong_statement": [("二〇二四年三月三十一日", 0, "2024-03-31"), ("二〇二五年三月底", 0, "2025-03")],
    "10_stats_monthly_table": [("2024年1—9月", 0, "2024-01/2024-09"), ("1—8月", 0, "2024-01/2024-08")],
}

KNOWN_DATE_FAILURES: dict = {}  # round three read 第4季 (Taiwan) and 截至27日18时
DATES["08_taiwan_traditional"].append(("第4季", 0, "2023-Q4"))
DATES["03_sichuan_flood"].append(("27日18时", 0, "2023-07-27T18"))


def _document(stem: str):
    text = (DATA / f"{stem}.txt").read_text(encoding="utf-8")
    return text, extract(text)



def _quantity_cases():
    for stem, rows in QUANTITIES.items():
        for row in rows:
            reason = KNOWN_QUANTITY_FAILURES.get((stem, row[0], row[1]))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(stem, *row, id=f"{stem}:{row[0]}#{row[1]}", marks=marks)


def _date_cases():
    for stem, rows in DATES.items():
        for row in rows:
            reason = KNOWN_DATE_FAILURES.get((stem, row[0], row[1]))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(stem, *row, id=f"{stem}:{row[0]}#{row[1]}", marks=marks)


def test_ten_releases_of_the_expected_size():
    assert len(RELEASES) == 10
    for path in RELEASES:
        assert 700 <= len(path.read_text(encoding="utf-8")) <= 2500, path.name


@pytest.mark.parametrize("path", RELEASES, ids=[p.stem for p in RELEASES])
def test_offsets_are_exact(path):
    text = path.read_text(encoding="utf-8")
    assert_spans_consistent(text, extract(text))


@pytest.mark.parametrize(
    "stem,surface,occurrence,value,value_max,kind,unit,approx,subject,direction", list(_quantity_cases())
)
def test_key_quantity(stem, surface, occurrence, value, value_max, kind, unit, approx, subject, direction):
    _, document = _document(stem)
    assert_key_quantity(document, surface, occurrence, value, value_max, kind, unit, approx, subject, direction)


@pytest.mark.parametrize("stem,surface,occurrence,value", list(_date_cases()))
def test_key_date(stem, surface, occurrence, value):
    _, document = _document(stem)
    assert_key_date(document, surface, occurrence, value)


NOT_QUANTITIES = [
    ("08_taiwan_traditional", "近10"),  # 創近10季新高: a period
    ("08_taiwan_traditional", "超806億美元"),  # 出超 is a trade surplus
    ("09_hongkong_statement", "不低於4"),  # 年息不低於4厘: 厘 is left alone
    ("09_hongkong_statement", "000個"),  # space-grouped digits are one number
]


@pytest.mark.parametrize("stem,surface", NOT_QUANTITIES)
def test_not_a_quantity(stem, surface):
    _, document = _document(stem)
    assert surface not in [q.text for q in document.quantities]
