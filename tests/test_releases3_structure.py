"""Round three: ten whole releases in styles the code had never seen, read by hand.

Each file in ``tests/data/releases3`` was written for these tests after the
structure, program and keyword rules were last changed: a 中国政府网 要闻 page
(来源：新华社, 【字体：大 中 小】, 【我要纠错】 责任编辑：X, 相关稿件), a provincial
常务会议 communiqué (会议强调 / 会议指出 … 会议还研究了其他事项), a 一图读懂 政策解读
with 问：/答：, a 县融媒体中心 item (column name above the headline, 通讯员 X 记者 Y),
a 政府工作报告 summary (第一部分 … and 着力… lead sentences with 一是/二是), a 人大
立法 item quoting 《条例》第N条, a Macau 新聞局 release (「」, an issuer line, ——),
a 党建 item, an 招商 item (链长制, 亩均论英雄, 标准地) and a 营商环境 item (【栏目】
tag, 一件事一次办, 免申即享, 白名单, 局长走流程).  The tables say what a careful
reader finds; they were written from the texts, not dumped from the code.

Decisions the tables encode:

* a site's column name above the headline (县域新闻) and a bracketed column tag
  before it (【营商环境】) are not the title;
* an issuer line under the title (新聞局) is the outlet unless a label names one;
* a 通讯员 (correspondent) is credited in the byline but is no reporter;
* 会议强调/会议指出 paragraphs, 问：/答： lines and 《条例》第N条 quotations are body
  text, never themes or sections;
* a sentence closed by 是：/为： introduces a list and is no theme.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from conftest import assert_spans_consistent
from govextract import extract

DATA = Path(__file__).resolve().parent / "data" / "releases3"
FILES = sorted(DATA.glob("*.txt"))


def _read(name: str) -> str:
    with open(DATA / f"{name}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def test_ten_releases_of_reasonable_length():
    assert len(FILES) == 10
    texts = [path.read_text(encoding="utf-8") for path in FILES]
    assert len(set(texts)) == len(texts)
    assert all(790 <= len(text) <= 2500 for text in texts)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_offsets_hold_for_every_record(path):
    text = _read(path.stem)
    assert_spans_consistent(text, extract(text))


# name -> (title, subtitle, published_at, outlet, editor, chief_editor, author, reporters, dateline)
HEADERS = {
    "01_govcn_yaowen": (
        "国务院常务会议部署推动大规模设备更新和消费品以旧换新", None, datetime(2024, 3, 1, 19, 30), "新华社",
        None, "王洋", None, [], "新华社北京3月1日电",
    ),
    "02_provincial_exec_meeting": (
        "省政府召开第二十八次常务会议", None, datetime(2023, 11, 20, 18, 42), "省政府办公厅", None, None, None, [], None,
    ),
    "03_policy_interpretation_qa": (
        "一图读懂｜《某市支持个体工商户发展若干措施》政策解读", None, datetime(2024, 4, 18), "市市场监管局",
        None, None, None, [], None,
    ),
    # 县域新闻 is the column; the correspondent 黄丽娟 is not a reporter
    "04_county_media_center": (
        "我县举办首届“村BA”篮球联赛", None, datetime(2024, 7, 15, 9, 16, 28), "某某县融媒体中心",
        "陈静", None, "周子涵", ["周子涵"], "本网讯",
    ),
    "05_two_sessions_report_summary": (
        "一图速览2024年省政府工作报告", None, datetime(2024, 1, 22, 11, 3), "某省人民政府网", None, None, None, [], None,
    ),
    "06_npc_legislation": (
        "《某省优化营商环境条例》修订通过 5月1日起施行", None, datetime(2024, 3, 29), "某省人大常委会",
        None, None, None, [], None,
    ),
    # the issuer line 新聞局 is the outlet
    "07_macau_gcs": (
        "特區政府推出「澳門公共服務一戶通」新功能", None, datetime(2024, 6, 12, 17, 45), "新聞局",
        None, None, None, [], None,
    ),
    "08_party_building": (
        "市财政局扎实推进党建与业务深度融合", None, datetime(2023, 9, 8, 10, 20), "市直机关工委",
        None, "赵敏", "李文", [], None,
    ),
    "09_investment_promotion": (
        "招大引强 项目为王 我市一季度招商引资实现“开门红”", None, datetime(2024, 4, 9, 8, 30, 12), "某市投资促进局",
        "刘洋", None, None, [], None,
    ),
    # 【营商环境】 is a column tag, not part of the title
    "10_business_environment": (
        "我区多措并举打造一流营商环境", None, datetime(2024, 5, 27), "区营商环境建设局", None, None, None, [], None,
    ),
}


def test_every_file_has_a_header_row():
    assert sorted(HEADERS) == [p.stem for p in FILES]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_headers(name):
    doc = extract(_read(name))
    got = (doc.title, doc.subtitle, doc.published_at, doc.outlet, doc.editor, doc.chief_editor, doc.author,
           doc.reporters, doc.dateline)
    assert got == HEADERS[name]


# name -> (the body starts with, the boilerplate starts with or None when the body runs to the end)
BOUNDS = {
    "01_govcn_yaowen": ("新华社北京3月1日电", "【我要纠错】 责任编辑：王洋"),
    "02_provincial_exec_meeting": ("11月20日，省长王明", None),  # 会议还研究了其他事项 is body
    "03_policy_interpretation_qa": ("近日，市政府办公室印发", "【打印】【关闭】"),
    "04_county_media_center": ("本网讯（通讯员 黄丽娟", "编辑：陈静"),
    "05_two_sessions_report_summary": ("1月21日，在某省", None),
    "06_npc_legislation": ("3月28日，某省十四届", None),
    "07_macau_gcs": ("行政公職局今（12）日宣佈", None),
    "08_party_building": ("今年以来，市财政局党组", "（责任编辑：赵敏）"),
    "09_investment_promotion": ("一季度，全市新签约", None),
    "10_business_environment": ("今年以来，区营商环境建设局", "【打印本页】【关闭窗口】"),
}


@pytest.mark.parametrize("name", sorted(BOUNDS))
def test_body_bounds(name):
    text = _read(name)
    doc = extract(text)
    head, tail = BOUNDS[name]
    assert text[doc.body_start :].startswith(head)
    if tail is None:
        assert not text[doc.body_end :].strip()
    else:
        assert text[doc.body_end :].startswith(tail)


def test_meeting_closing_formula_stays_in_the_body():
    text = _read("02_provincial_exec_meeting")
    doc = extract(text)
    assert "会议还研究了其他事项。" in text[doc.body_start : doc.body_end]


# name -> outline (level, parent, marker, theme) of every section
OUTLINES = {
    # 会议指出/会议强调 paragraphs are body text of one untitled section
    "01_govcn_yaowen": [(1, None, None, None)],
    "02_provincial_exec_meeting": [(1, None, None, None)],
    # 问：/答： lines are no themes
    "03_policy_interpretation_qa": [(1, None, None, None)],
    "04_county_media_center": [(1, None, None, None)],
    # 第N部分 parts; the 着力… lead sentences are themes one level below 第三部分;
    # 主要预期目标是： under 第二部分 introduces a list and is no theme
    "05_two_sessions_report_summary": [
        (1, None, None, None),
        (1, None, "第一部分", "2023年工作回顾"),
        (1, None, "第二部分", "2024年经济社会发展总体要求和主要预期目标"),
        (1, None, "第三部分", "2024年重点工作"),
        (2, 3, None, "着力扩大国内需求"),
        (2, 3, None, "着力推进新型工业化"),
        (2, 3, None, "着力深化改革开放"),
        (2, 3, None, "着力保障和改善民生"),
        (2, 3, None, "着力推进乡村全面振兴"),
        (2, 3, None, "着力推动绿色低碳发展"),
    ],
    # 《条例》第十二条规定 quotes an article inside a sentence: no article sections
    "06_npc_legislation": [(1, None, None, None)],
    "07_macau_gcs": [(1, None, None, None)],
    "08_party_building": [
        (1, None, None, None),
        (1, None, None, "强化理论武装"),
        (1, None, None, "夯实基层基础"),
        (1, None, None, "推动融合发展"),
        (1, None, None, "加强作风建设"),
        (1, None, None, "践行为民宗旨"),
        (1, None, None, "强化品牌示范"),
    ],
    "09_investment_promotion": [
        (1, None, None, None),
        (1, None, None, "推行“链长制”精准招商"),
        (1, None, None, "深化“亩均论英雄”改革"),
        (1, None, None, "全面推行“标准地”出让"),
        (1, None, None, "优化项目服务保障"),
        (1, None, None, "创新招商方式方法"),
        (1, None, None, "强化要素保障"),
    ],
    # quoted program names open the headings and stay in the themes
    "10_business_environment": [
        (1, None, None, None),
        (1, None, "一、", "“一件事一次办”提速增效"),
        (1, None, "二、", "“免申即享”政策直达"),
        (1, None, "三、", "“白名单”制度护航发展"),
        (1, None, "四、", "“局长走流程”破解堵点"),
        (2, 4, "（一）", "坚持问题导向"),
        (2, 4, "（二）", "强化结果运用"),
        (2, 4, "（三）", "建立长效机制"),
        (1, None, "五、", "“双随机、一公开”监管全覆盖"),
    ],
}


def test_every_file_has_an_outline():
    assert sorted(OUTLINES) == [p.stem for p in FILES]


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_outlines(name):
    doc = extract(_read(name))
    assert [(s.level, s.parent, s.marker, s.theme) for s in doc.sections] == OUTLINES[name]


# name -> {section index: [(label, text)]}; sections not listed have no points
POINTS = {
    "02_provincial_exec_meeting": {0: [
        ("一是", "压实各方责任，严格落实地方党政领导干部安全生产责任制"),
        ("二是", "强化隐患排查，对重点行业领域开展拉网式排查"),
        ("三是", "提升应急处置能力，确保发生险情快速响应、科学处置"),
    ]},
    # points inside an answer (答：) belong to the one section
    "03_policy_interpretation_qa": {0: [
        ("一是", "降低经营成本，对首次登记的个体工商户给予一次性创业补贴3000元"),
        ("二是", "强化金融支持，推出“个体贷”“商户贷”等专属产品，年内新增贷款50亿元以上"),
        ("三是", "优化登记服务，推行“个转企”一件事集成办理"),
        ("四是", "加强权益保护，畅通“12315”投诉举报渠道"),
    ]},
    "05_two_sessions_report_summary": {
        1: [
            ("一是", "坚定不移扩大有效需求，固定资产投资增长5.8%，社会消费品零售总额增长7.5%"),
            ("二是", "坚定不移推进产业升级，规上工业增加值增长7.4%，高新技术企业突破1.5万家"),
            ("三是", "坚定不移保障改善民生，民生支出占比保持在75%以上"),
        ],
        4: [
            ("一是", "积极扩大有效投资，实施省重点项目500个以上，完成年度投资4000亿元"),
            ("二是", "大力提振消费，开展“消费促进年”活动，培育一批区域消费中心城市"),
        ],
        5: [("一是", "实施“链长制”，每条产业链由一名省领导担任链长"),
            ("二是", "加快数字化转型，新增“灯塔工厂”2家，新增上云企业1万家")],
        6: [("一是", "深化国资国企改革，推进“亩均论英雄”改革扩面提质"),
            ("二是", "持续优化营商环境，全面推行“高效办成一件事”")],
        7: [("一是", "稳定和扩大就业"), ("二是", "办好十件民生实事，新建改建城市社区嵌入式服务设施300个")],
        8: [("一是", "学习运用“千万工程”经验，建设宜居宜业和美乡村"),
            ("二是", "稳定粮食播种面积，粮食产量保持在500亿斤以上")],
        9: [("一是", "深入打好污染防治攻坚战，地级及以上城市空气质量优良天数比率保持在90%以上"),
            ("二是", "积极稳妥推进碳达峰碳中和，新增新能源装机容量500万千瓦")],
    },
    # ——-led items inside one sentence (包括：——甲；——乙；——丙。) are points
    "07_macau_gcs": {0: [("——", "預約辦理身份證"), ("——", "申請「社會房屋」"), ("——", "查詢「醫療券」餘額")]},
}


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_points(name):
    doc = extract(_read(name))
    got = {s.index: [(p.label, p.text) for p in s.points] for s in doc.sections if s.points}
    assert got == POINTS.get(name, {})


def test_inline_dash_items_are_points():
    doc = extract(_read("07_macau_gcs"))
    labels = [p.label for s in doc.sections for p in s.points]
    assert labels.count("——") == 3


# name -> [(name, head, category)] that must be among the document's programs
PROGRAMS = {
    "01_govcn_yaowen": [
        ("以旧换新", "补贴", "program"),
        ("节水优先、空间均衡、系统治理、两手发力", None, "slogan"),
        ("节水型社会", "建设", "program"),
    ],
    "02_provincial_exec_meeting": [
        ("压非保民", "机制", "program"), ("春风行动", None, "program"), ("就业援助月", None, "program"),
        ("亩均论英雄", "改革", "program"), ("放管服", "改革", "program"),
    ],
    "03_policy_interpretation_qa": [
        ("个体贷", None, "program"), ("个转企", None, "program"), ("免申即享", None, "program"),
        ("某市惠企通", "平台", "program"), ("12315", None, "other"),
    ],
    "04_county_media_center": [
        ("村BA", None, "program"), ("一乡一品", "群众体育品牌", "program"), ("村BA+夜市", "系列活动", "program"),
        ("以前晚上大家各忙各的，现在都跑到球场来了。", None, "other"),
    ],
    "05_two_sessions_report_summary": [
        ("消费促进年", "活动", "program"), ("链长制", None, "program"), ("灯塔工厂", None, "program"),
        ("千万工程", "经验", "program"), ("走在前、做示范", None, "slogan"),
    ],
    "06_npc_legislation": [
        ("政企沟通", "机制", "program"), ("一业一证", "改革", "program"), ("首违不罚", "清单制度", "program"),
        ("应上尽上", "原则", "program"), ("双随机、一公开", "监管", "program"), ("法治保障", None, "other"),
    ],
    "07_macau_gcs": [
        ("澳門公共服務一戶通", None, "program"), ("一戶通", None, "program"), ("電子政務", "建設", "program"),
        ("商戶版一戶通", "帳戶", "program"), ("一站式", "服務", "program"), ("以民為本、便民利民", None, "slogan"),
    ],
    "08_party_building": [
        ("不忘初心、牢记使命", "主题教育", "program"), ("第一议题", "制度", "program"), ("三会一课", None, "program"),
        ("星级党支部", "创建活动", "program"), ("红色财政", "党建品牌", "program"),
        ("万名干部进万企", "活动", "program"), ("我为群众办实事", "实践活动", "program"),
    ],
    "09_investment_promotion": [
        ("链长制", None, "program"), ("亩均论英雄", "改革", "program"), ("标准地", None, "program"),
        ("承诺制+标准地", "改革", "program"), ("首席服务官", "制度", "program"), ("招商引资攻坚年", "活动", "program"),
        ("开门红", None, "other"),
    ],
    "10_business_environment": [
        ("放管服", "改革", "program"), ("免申即享", "政策", "program"), ("白名单", "制度", "program"),
        ("局长走流程", None, "program"), ("双随机、一公开", "监管", "program"),
    ],
}


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_programs(name):
    text = _read(name)
    doc = extract(text)
    got = {(p.name, p.head, p.category.value) for p in doc.programs}
    for expected in PROGRAMS[name]:
        assert expected in got
    for program in doc.programs:
        assert text[program.start : program.end] == program.name
        if program.head is not None:
            assert text[program.head_start : program.head_end] == program.head


def test_no_head_crosses_a_time_word_or_an_ordinal():
    doc = extract(_read("07_macau_gcs"))
    heads = {p.head for p in doc.programs}
    assert not {"全年服務", "第三期開發工作"} & heads


def test_program_inside_a_document_title_takes_the_short_head():
    doc = extract(_read("02_provincial_exec_meeting"))
    assert {p.head for p in doc.programs if p.name == "亩均论英雄"} == {"改革"}


# name -> {section index: words that must be among its keywords}, and words that must not be
KEYWORDS = {
    "01_govcn_yaowen": {0: {"设备更新", "以旧换新"}},
    "02_provincial_exec_meeting": {0: {"森林防灭火", "能源保供", "安全生产"}},
    "03_policy_interpretation_qa": {0: {"个体工商户"}},
    "05_two_sessions_report_summary": {5: {"灯塔工厂", "链长制"}, 8: {"千万工程"}},
    "07_macau_gcs": {0: {"行政公職局", "一戶通"}},
    "08_party_building": {2: {"三会一课", "党支部"}, 4: {"以案促改", "清廉机关"}},
    "09_investment_promotion": {0: {"实际使用外资"}, 2: {"亩均论英雄", "亩均税收", "低效用地"}, 3: {"标准地"}},
    "10_business_environment": {1: {"一件事一次办"}, 2: {"免申即享"}, 3: {"白名单"}, 4: {"局长走流程"}},
}
NOT_KEYWORDS = {"会议", "分为", "部分", "坚定不移", "公職", "行政", "灭火", "效用", "实际", "一是", "记者"}


@pytest.mark.parametrize("name", sorted(KEYWORDS))
def test_keywords(name):
    doc = extract(_read(name))
    for index, words in KEYWORDS[name].items():
        assert words <= set(doc.sections[index].keywords), (index, doc.sections[index].keywords)


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_frame_words_are_no_keywords(path):
    doc = extract(_read(path.stem))
    for section in doc.sections:
        assert not NOT_KEYWORDS & set(section.keywords), (section.index, section.keywords)
