"""A corpus of releases of many shapes, read by hand.

Each file in ``tests/data/corpus`` is a release written for these tests (a State
Council news item, a statistical bulletin, a provincial 实施意见, a press
conference, Hong Kong and Macau releases in traditional characters and
full-width digits, a county news item, a web page with its furniture, a work
report, a budget report, an environment bulletin, a rural revitalization
item).  The tables below say what a careful reader finds in each; they were
written from the texts, not dumped from the code.  Every record of every file
must also satisfy the offset invariant.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from conftest import assert_spans_consistent
from govextract import extract

CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
FILES = sorted(CORPUS.glob("*.txt"))

ANY = object()  # a field the table does not check


def _read(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


def test_corpus_is_varied_and_sized():
    assert len(FILES) >= 12
    texts = [path.read_text(encoding="utf-8") for path in FILES]
    assert all(600 <= len(text) <= 2500 for text in texts), [len(t) for t in texts]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_offsets_hold_for_every_record(path):
    text = path.read_text(encoding="utf-8")
    assert_spans_consistent(text, extract(text))


# name -> (title, published_at, outlet, editor, chief_editor, author)
HEADERS = {
    "001_state_council_news": (
        "李强主持召开国务院常务会议 部署进一步优化营商环境有关举措", datetime(2024, 3, 22, 19, 48, 6),
        "新华社", "王晓宇", None, None,
    ),
    "002_stats_bulletin": (
        "2023年某省国民经济和社会发展统计公报（节选）", datetime(2024, 3, 15), "某省统计局", None, None, None,
    ),
    # the date is the signature date under the issuer's name
    "003_provincial_opinion": (
        "某省人民政府关于加快推进数字乡村建设的实施意见", datetime(2023, 6, 8), None, None, None, None,
    ),
    "004_press_conference": (
        "某市举行“优化营商环境”新闻发布会", datetime(2023, 11, 9, 10, 30), "某市人民政府新闻办公室", None, None, None,
    ),
    "005_hongkong_traditional": (
        "政府公布「智方便」推廣計劃 冀年底前用戶增至三百萬", datetime(2023, 10, 18, 16, 30), None, None, None, None,
    ),
    "006_macau_fullwidth": (
        "澳門特區政府公佈二〇二三年第三季失業率", datetime(2023, 10, 27, 17, 15), "新聞局", None, None, None,
    ),
    # 本报讯(记者 刘洋 陈静): the reporters are the author; 责任编辑 is the chief editor
    "007_county_news": (
        "我县首批高标准农田建设项目通过验收", datetime(2023, 9, 14, 8, 52), "某县融媒体中心", None, "孙丽", "刘洋 陈静",
    ),
    "008_web_page": (
        "市人社局召开2023年稳就业工作推进会", datetime(2023, 7, 5, 16, 20, 11), "市人力资源和社会保障局", None, None, None,
    ),
    "009_work_report": (
        "2024年某市政府工作报告（摘要）", datetime(2024, 1, 18, 9, 0), "某市人民政府网站", None, None, None,
    ),
    "010_budget": (
        "关于某市2023年预算执行情况和2024年预算草案的报告（摘要）", datetime(2024, 1, 20, 15, 12, 30),
        "某市财政局", "周敏", None, None,
    ),
    "011_ecology": (
        "2023年1—12月全省生态环境质量状况", datetime(2024, 1, 26), "省生态环境厅", None, None, None,
    ),
    "012_rural_revitalization": (
        "某县全力推进乡村振兴 农民收入十年翻一番", datetime(2023, 12, 28, 10, 5), "某县人民政府", None, None, "县乡村振兴局",
    ),
}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_headers(name):
    text = _read(name)
    doc = extract(text)
    assert (doc.title, doc.published_at, doc.outlet, doc.editor, doc.chief_editor, doc.author) == HEADERS[name]


# name -> the text the trailing boilerplate starts with (None: the body runs to the end)
TAILS = {
    "001_state_council_news": None,
    "003_provincial_opinion": None,  # the signature stays in the body
    "005_hongkong_traditional": "完\n2023年10月18日（星期三）",
    "007_county_news": "责任编辑：孙丽",
    "008_web_page": "【打印】【关闭】\n\n相关链接：",
    "011_ecology": None,
}


@pytest.mark.parametrize("name", sorted(TAILS))
def test_body_end_lands_on_the_tail(name):
    text = _read(name)
    doc = extract(text)
    tail = TAILS[name]
    if tail is None:
        assert doc.body_end == len(text)
    else:
        assert text[doc.body_end:].startswith(tail)
        assert text[doc.body_start:doc.body_end].strip()


def test_web_page_body_skips_crumbs_and_controls():
    text = _read("008_web_page")
    doc = extract(text)
    assert text[doc.body_start:].startswith("7月4日，市人社局召开")
    assert "上一篇" not in text[doc.body_start:doc.body_end]
    assert "©" not in text[doc.body_start:doc.body_end]


# name -> outline (level, parent, marker, theme) of every section
OUTLINES = {
    "002_stats_bulletin": [
        (1, None, "一、", "综合"), (1, None, "二、", "农业"), (1, None, "三、", "工业和建筑业"), (1, None, "四、", "居民收入"),
    ],
    "003_provincial_opinion": [
        (1, None, None, None),
        (1, None, "一、", "总体要求"),
        (2, 1, "（一）", "指导思想"),
        (2, 1, "（二）", "基本原则"),
        (2, 1, "（三）", "主要目标"),
        (1, None, "二、", "重点任务"),
        (2, 5, "（一）", "夯实乡村信息基础设施"),
        (3, 6, "1.", "加快农村宽带网络建设"),
        (4, 7, "（1）", "推进网络提速"),
        (4, 7, "（2）", "降低资费水平"),
        (3, 6, "2.", "推动基础设施数字化改造"),
        (2, 5, "（二）", "发展智慧农业"),
        (3, 11, "1.", "建设“数字田园”"),
        (3, 11, "2.", "培育农村电商"),
        (1, None, "三、", "保障措施"),
        (2, 14, "（一）", "加强组织领导"),
        (2, 14, "（二）", "强化资金保障"),
        (2, 14, "（三）", "严格考核评估"),
    ],
    "004_press_conference": [
        (1, None, None, None), (1, None, None, "企业开办再提速"), (1, None, None, "审批服务更便捷"),
    ],
    "009_work_report": [
        (1, None, "一、", "2023年工作回顾"),
        (1, None, "二、", "2024年主要目标任务"),
        (2, 1, "（一）", "坚定不移扩大有效需求"),
        (2, 1, "（二）", "加快构建现代化产业体系"),
        (2, 1, "（三）", "持续增进民生福祉"),
        (1, None, "三、", "加强政府自身建设"),
    ],
    "011_ecology": [
        (1, None, "一、", "环境空气质量"), (1, None, "二、", "地表水环境质量"), (1, None, "三、", "排名情况"),
        (1, None, "四、", "声环境质量"), (1, None, "五、", "近岸海域"),
    ],
}


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_outlines(name):
    doc = extract(_read(name))
    assert [(s.level, s.parent, s.marker, s.theme) for s in doc.sections] == OUTLINES[name]


# name -> (section index, [(label, text)])
POINTS = {
    "001_state_council_news": (0, [
        ("一是", "着力降低制度性交易成本，全面清理妨碍统一市场和公平竞争的政策措施"),
        ("二是", "持续提升政务服务效能，推动更多事项“一网通办”"),
        ("三是", "依法保护民营企业产权和企业家权益，涉企行政检查数量压减30%左右"),
    ]),
    "003_provincial_opinion": (3, [
        ("——", "坚持统筹规划、分步实施"), ("——", "坚持需求导向、惠民便民"), ("——", "坚持创新驱动、安全可控"),
    ]),
    "009_work_report": (0, [("一是", "坚持项目为王"), ("二是", "深化改革开放"), ("三是", "着力保障民生")]),
}


@pytest.mark.parametrize("name", sorted(POINTS))
def test_points(name):
    doc = extract(_read(name))
    index, expected = POINTS[name]
    assert [(p.label, p.text) for p in doc.sections[index].points] == expected


# name -> [(surface, value, value_max, kind, unit, approx, subject)]; ANY skips the subject
QUANTITIES = {
    "001_state_council_news": [
        ("3273万户", 32730000, None, "count", "户", "exact", "全国新设经营主体"),
        ("12.6%", 12.6, None, "percent", "%", "exact", "全国新设经营主体"),  # the change belongs to the metric before it
        ("超过10亿人", 1000000000, None, "count", "人", "more_than", "全国一体化政务服务平台实名注册用户"),
        ("30%左右", 30, None, "percent", "%", "about", "涉企行政检查数量"),
        ("70%以上", 70, None, "percent", "%", "at_least", "跑动次数"),
        ("120亿条", 12000000000, None, "count", "条", "exact", None),
    ],
    "002_stats_bulletin": [
        ("58612.7亿元", 5861270000000, None, "money", "元", "exact", "全省地区生产总值"),
        ("6.42‰", 0.642, None, "percent", "‰", "exact", "出生率"),
        ("-1.61‰", -0.161, None, "percent", "‰", "exact", "自然增长率"),
        ("0.9个百分点", 0.9, None, "percentage_point", "百分点", "exact", "城镇化率"),  # the change belongs to the metric before it
        ("8756.3万亩", 87563000, None, "measure", "亩", "exact", "粮食播种面积"),
        ("713.6亿斤", 71360000000, None, "measure", "斤", "exact", "粮食总产量"),
        ("5.1%", 5.1, None, "percent", "%", "exact", "国有控股企业"),
        ("7.3%", 7.3, None, "percent", "%", "exact", "股份制企业"),
        ("2.4%", 2.4, None, "percent", "%", "exact", "外商及港澳台商投资企业增加值"),
        ("18.4%", 18.4, None, "percent", "%", "exact", "占规模以上工业增加值的比重"),
        ("35627元", 35627, None, "money", "元", "exact", "全省居民人均可支配收入"),
    ],
    "003_provincial_opinion": [
        ("95%以上", 95, None, "percent", "%", "at_least", "全省行政村5G网络通达率"),
        ("超过75%", 75, None, "percent", "%", "more_than", "农村互联网普及率"),
        ("2万公里", 20000, None, "measure", "公里", "exact", ANY),
        ("100个以上", 100, None, "count", "个", "at_least", "县级电商公共服务中心"),
        ("3亿元", 300000000, None, "money", "元", "exact", ANY),
    ],
    "004_press_conference": [
        ("4.6万户", 46000, None, "count", "户", "exact", "全市新登记经营主体"),
        ("突破52万户", 520000, None, "count", "户", "more_than", "实有经营主体"),
        ("1个工作日以内", 1, None, "measure", "个工作日", "at_most", "企业开办时间"),
        ("98.5%", 98.5, None, "percent", "%", "exact", "网上可办率"),
        ("约35亿元", 3500000000, None, "money", "元", "about", ANY),
        ("约8%", 8, None, "percent", "%", "about", "用电成本"),
        ("5%左右", 5, None, "percent", "%", "about", "物流成本"),
        ("前三", 3, None, "rank", None, "at_most", "营商环境评价"),
        ("60%", 60, None, "percent", "%", "exact", "材料"),
        ("70%以上", 70, None, "percent", "%", "at_least", "时限"),
    ],
    "005_hongkong_traditional": [
        ("超過二百五十萬", 2500000, None, "count", None, "more_than", "登記用戶"),
        ("約三成", 30, None, "percent", "成", "about", "登記用戶"),  # the change belongs to the metric before it
        ("約一億二千萬港元", 120000000, None, "money", "港元", "about", ANY),
        ("一百二十個", 120, None, "count", "个", "exact", None),
        ("八百五十宗", 850, None, "count", "宗", "exact", "申請"),
        ("3.6億港元", 360000000, None, "money", "港元", "exact", "獲批資助總額"),
        ("2,000元", 2000, None, "money", "元", "exact", None),
        ("30萬港元", 300000, None, "money", "港元", "exact", "每間企業的資助上限"),
        ("不少於三百場", 300, None, "count", "场", "at_least", None),
    ],
    "006_macau_fullwidth": [
        ("２．５％", 2.5, None, "percent", "%", "exact", "總體失業率"),  # the written year and quarter are a time phrase, not the metric
        ("０．２個百分點", 0.2, None, "percentage_point", "百分点", "exact", "總體失業率"),  # the change belongs to the metric before it
        ("３６．３萬人", 363000, None, "count", "人", "exact", "勞動人口"),  # 第三季 is a time phrase
        ("３，２００人", 3200, None, "count", "人", "exact", "就業人口"),  # the change belongs to the metric before it
        ("１，８００人", 1800, None, "count", "人", "exact", "酒店業"),
        ("２，１００人", 2100, None, "count", "人", "exact", "博彩業就業人數"),
        ("９００人", 900, None, "count", "人", "exact", "建築業就業人數"),
        ("１６至２４歲", 16, 24, "measure", "岁", "exact", None),
        ("７．９％", 7.9, None, "percent", "%", "exact", "青年失業率"),
        ("１７，５００澳門元", 17500, None, "money", "澳门元", "exact", ANY),
        ("３．１倍", 3.1, None, "multiple", "倍", "exact", "旅客總數"),  # the change belongs to the metric before it
    ],
    "007_county_news": [
        ("1.35亿元", 135000000, None, "money", "元", "exact", "该项目总投资"),
        ("9万亩", 90000, None, "measure", "亩", "exact", "高标准农田"),
        ("100公斤左右", 100, None, "measure", "公斤", "about", "亩均粮食产量"),
        ("约2700万元", 27000000, None, "money", "元", "about", ANY),
        ("80%以上", 80, None, "percent", "%", "at_least", ANY),
        ("200元至300元", 200, 300, "money", "元", "exact", ANY),
        ("50万吨以上", 500000, None, "measure", "吨", "at_least", "粮食总产量"),
    ],
    "008_web_page": [
        ("3.82万人", 38200, None, "count", "人", "exact", "全市城镇新增就业"),
        ("2.9%", 2.9, None, "percent", "%", "exact", "城镇登记失业率"),
        ("3.5%以内", 3.5, None, "percent", "%", "at_most", None),
        ("2.14亿元", 214000000, None, "money", "元", "exact", "创业担保贷款"),
        ("4100余人", 4100, None, "count", "人", "more_than", ANY),
        ("6万人以上", 60000, None, "count", "人", "at_least", "城镇新增就业"),
        ("1860万元", 18600000, None, "money", "元", "exact", "培训补贴"),
    ],
    "009_work_report": [
        ("3856亿元", 385600000000, None, "money", "元", "exact", "全市地区生产总值"),
        ("6%左右", 6, None, "percent", "%", "about", "地区生产总值"),
        ("5.5%以内", 5.5, None, "percent", "%", "at_most", "城镇调查失业率"),
        ("1200亿元以上", 120000000000, None, "money", "元", "at_least", "投资"),
        ("7%", 7, None, "percent", "%", "exact", "规模以上工业增加值"),
        ("1个百分点", 1, None, "percentage_point", "百分点", "exact", "数字经济核心产业增加值占地区生产总值比重"),
        ("10%以上", 10, None, "percent", "%", "at_least", "一般性支出"),
    ],
    "010_budget": [
        ("186.4亿元", 18640000000, None, "money", "元", "exact", "全市一般公共预算收入"),
        ("2.1%", 2.1, None, "percent", "%", "exact", "非税收入"),  # the change belongs to the metric before it
        ("195亿元", 19500000000, None, "money", "元", "exact", "全市一般公共预算收入"),
        ("4.6%左右", 4.6, None, "percent", "%", "about", "全市一般公共预算收入"),  # the change belongs to the metric before it
        ("3至5亿元", 300000000, 500000000, "money", "元", "exact", "市级财政安排科技创新专项资金"),
        ("1000万至1500万元", 10000000, 15000000, "money", "元", "exact", None),
        ("286.5亿元", 28650000000, None, "money", "元", "exact", "全市“三保”支出预算"),
        ("65%以上", 65, None, "percent", "%", "at_least", "占一般公共预算支出的比重"),
        ("约80亿元", 8000000000, None, "money", "元", "about", "发行新增专项债券"),
    ],
    "011_ecology": [
        ("36微克/立方米", 36, None, "measure", "微克/立方米", "exact", ANY),
        ("72.4%", 72.4, None, "percent", "%", "exact", "平均空气质量优良天数比例"),
        ("4.2天", 4.2, None, "measure", "天", "exact", "重污染天数"),
        ("82.6%", 82.6, None, "percent", "%", "exact", "水质优良（Ⅰ～Ⅲ类）断面比例"),
        ("前3位", 3, None, "rank", None, "at_most", ANY),
        ("后3位", 3, None, "rank", None, "at_most", ANY),
        ("5.3", 5.3, None, "percentage_point", "百分点", "exact", "全省优良天数比例"),
        ("0.1个百分点", 0.1, None, "percentage_point", "百分点", "exact", "PM2.5浓度"),
        ("91.8%", 91.8, None, "percent", "%", "exact", "全省近岸海域优良水质面积比例"),
    ],
    "012_rural_revitalization": [
        ("21860元", 21860, None, "money", "元", "exact", "全县农村居民人均可支配收入"),
        ("位居全省第2位", 2, None, "rank", None, "exact", "增速"),
        ("8.5万亩", 85000, None, "measure", "亩", "exact", "茶叶"),
        ("4.3万亩", 43000, None, "measure", "亩", "exact", "中药材"),
        ("1.2万公顷", 12000, None, "measure", "公顷", "exact", "新增土地流转面积"),
        ("41.3万吨", 413000, None, "measure", "吨", "exact", "粮食产量"),
        ("5.6万户", 56000, None, "count", "户", "exact", ANY),
        ("3倍", 3, None, "multiple", "倍", "exact", None),
        ("前10", 10, None, "rank", None, "at_most", "农村人居环境整治工作"),
        ("10万元以上", 100000, None, "money", "元", "at_least", "全县村级集体经济收入"),
        ("48个", 48, None, "count", "个", "exact", None),
        ("突破2.5万元", 25000, None, "money", "元", "more_than", "农村居民人均可支配收入"),
    ],
}


@pytest.mark.parametrize(
    "name, expected",
    [(name, row) for name, rows in sorted(QUANTITIES.items()) for row in rows],
    ids=[f"{name}:{row[0]}" for name, rows in sorted(QUANTITIES.items()) for row in rows],
)
def test_key_quantities(name, expected):
    text = _read(name)
    doc = extract(text)
    surface, value, value_max, kind, unit, approx, subject = expected
    found = [q for q in doc.quantities if q.text == surface]
    assert found, [q.text for q in doc.quantities]
    got = [(q.value, q.value_max, q.kind.value, q.unit, q.approx.value) for q in found]
    assert (value, value_max, kind, unit, approx) in got
    if subject is not ANY:
        assert subject in [q.subject for q in found]


def test_doubling_is_read_twice_in_the_rural_item():
    doc = extract(_read("012_rural_revitalization"))
    doubled = [q for q in doc.quantities if q.text == "翻一番"]
    assert len(doubled) == 2 and all(q.value == 2 and q.kind.value == "multiple" for q in doubled)


# name -> [(quoted name, head, category)]
PROGRAMS = {
    "004_press_conference": [("一业一证", "改革", "program"), ("某市政务服务网", None, "program")],
    "005_hongkong_traditional": [
        ("智方便", "推廣計劃", "program"), ("智方便", "流動應用程式", "program"),
        ("數碼港", "培育計劃", "program"), ("數碼技能培訓", "先導計劃", "program"),
    ],
    "006_macau_fullwidth": [("帶津培訓", "計劃", "program"), ("澳門一戶通", "平台", "program")],
    "007_county_news": [("以前浇一次地要两三天，现在手机一点就能灌溉，省时省力。", None, "other")],
    "008_web_page": [
        ("百日千万招聘专项行动", None, "program"), ("某市就业服务平台", None, "program"),
        ("15分钟就业服务圈", None, "program"), ("家门口", None, "other"),
    ],
    "012_rural_revitalization": [("一村一品", "示范村", "program"), ("数字乡村", "服务平台", "program")],
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_programs(name):
    doc = extract(_read(name))
    got = [(p.name, p.head, p.category.value) for p in doc.programs]
    for row in PROGRAMS[name]:
        assert row in got


def test_documents_of_the_state_council_item():
    doc = extract(_read("001_state_council_news"))
    assert [d.title for d in doc.documents] == [
        "关于加快推进政务服务“高效办成一件事”的指导意见",
        "国务院关于修改和废止部分行政法规的决定",
    ]


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_keywords_are_words(path):
    doc = extract(path.read_text(encoding="utf-8"))
    for section in doc.sections:
        for word in section.keywords:
            assert not any(ch.isdigit() for ch in word), word
            assert word.strip() == word and len(word) >= 2
