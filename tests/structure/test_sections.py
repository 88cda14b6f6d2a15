"""Section structure: heading styles and levels, lead-sentence themes, the seed, whole bodies, invariants.

Points (一是, ——, bullets inside sections) are in test_points.py.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, assert_section_invariants, extract_release, sections_of
from govextract.normalize import fold
from govextract.sections import find_sections


def outline(found):
    return [(s.level, s.parent, s.marker, s.theme) for s in found]


# --- heading styles ------------------------------------------------------------------------------

HEADING_CASES = [
    (
        "han_list_lines",
        "一、总体要求\n坚持稳中求进。\n二、主要任务\n推进数字政府建设。",
        [(1, None, "一、", "总体要求"), (1, None, "二、", "主要任务")],
    ),
    (
        "han_bracket_full_width_with_text",
        "（一）加强组织领导。各地要落实主体责任。\n（二）强化督促检查。各部门要定期调度。",
        [(2, None, "（一）", "加强组织领导"), (2, None, "（二）", "强化督促检查")],
    ),
    (
        "han_bracket_half_width",
        "(一)加强组织领导。各地要落实主体责任。\n(二)强化督促检查。",
        [(2, None, "(一)", "加强组织领导"), (2, None, "(二)", "强化督促检查")],
    ),
    (
        "han_bracket_mixed_width",
        "（一)健全机制。建立联席会议制度。",
        [(2, None, "（一)", "健全机制")],
    ),
    (
        "han_bracket_enclosed_character",
        "㈠基本情况\n全市共有企业一万家。",
        [(2, None, "㈠", "基本情况")],
    ),
    (
        "digit_list_dot",
        "1.推进政务服务标准化。按照统一要求梳理事项。\n2.推进政务服务规范化。",
        [(3, None, "1.", "推进政务服务标准化"), (3, None, "2.", "推进政务服务规范化")],
    ),
    (
        "digit_list_full_width_dot",
        "１．推进政务服务标准化。按照统一要求梳理事项。",
        [(3, None, "１．", "推进政务服务标准化")],
    ),
    (
        "digit_list_comma",
        "1、工作目标\n到年底全面建成。\n2、工作措施\n强化保障。",
        [(3, None, "1、", "工作目标"), (3, None, "2、", "工作措施")],
    ),
    (
        "digit_bracket_full_width",
        "（1）制定权责清单。明确各级职责。\n（2）公布办事指南。",
        [(4, None, "（1）", "制定权责清单"), (4, None, "（2）", "公布办事指南")],
    ),
    (
        "digit_bracket_half_width",
        "(1)制定权责清单。明确各级职责。",
        [(4, None, "(1)", "制定权责清单")],
    ),
    (
        "circled",
        "①完善制度。健全规章。\n②强化队伍。",
        [(5, None, "①", "完善制度"), (5, None, "②", "强化队伍")],
    ),
    (
        "part",
        "第一部分 总体要求\n坚持稳中求进。\n第二部分：重点任务\n推进改革。",
        [(1, None, "第一部分", "总体要求"), (1, None, "第二部分", "重点任务")],
    ),
    (
        "ordinal_standalone_is_level_one",
        "第一，着力扩大国内需求。把恢复消费摆在优先位置。\n第二，加快建设现代化产业体系。",
        [(1, None, "第一，", "着力扩大国内需求"), (1, None, "第二，", "加快建设现代化产业体系")],
    ),
    (
        "ordinal_inside_marked_heading",
        "二、2023年工作建议\n第一，着力扩大国内需求。把恢复消费摆在优先位置。\n第二，加快建设现代化产业体系。",
        [(1, None, "二、", "2023年工作建议"), (2, 0, "第一，", "着力扩大国内需求"), (2, 0, "第二，", "加快建设现代化产业体系")],
    ),
    (
        "padded_layout_spaces_kept",
        "一、综 合\n初步核算，全年地区生产总值增长5%。\n二、农 业\n粮食总产量稳定。",
        [(1, None, "一、", "综 合"), (1, None, "二、", "农 业")],
    ),
    (
        "marker_with_space_after",
        "一、 总体要求\n坚持稳中求进。",
        [(1, None, "一、", "总体要求")],
    ),
    (
        "marker_without_text",
        "一、\n总体要求如下。",
        [(1, None, "一、", None)],
    ),
    (
        "marker_with_long_sentence_has_no_theme",
        "1.全面落实政务服务事项清单管理制度并同步推进线上线下融合和跨区域通办以及证照电子化应用等各项工作任务。",
        [(3, None, "1.", None)],
    ),
    (
        "nested_implementation_plan",
        "一、总体要求\n（一）指导思想。坚持以人民为中心。\n1.推进标准化。按照统一要求梳理事项。\n"
        "（1）制定清单。明确职责。\n2.推进规范化。\n（二）基本原则。坚持问题导向。\n二、重点任务\n推进改革。",
        [
            (1, None, "一、", "总体要求"),
            (2, 0, "（一）", "指导思想"),
            (3, 1, "1.", "推进标准化"),
            (4, 2, "（1）", "制定清单"),
            (3, 1, "2.", "推进规范化"),
            (2, 0, "（二）", "基本原则"),
            (1, None, "二、", "重点任务"),
        ],
    ),
    (
        "untitled_opening_then_headings",
        "为贯彻落实省委部署，制定本方案。\n一、总体要求\n坚持稳中求进。",
        [(1, None, None, None), (1, None, "一、", "总体要求")],
    ),
    (
        "subheading_lines",
        "3月12日，市政府新闻办举行发布会，介绍教育发展情况。\n教育主要指标已经达到或超过全国平均水平\n"
        "全市学前教育毛入园率达到百分之九十以上。\n教育公平迈出新步伐\n城乡义务教育一体化发展。",
        [(1, None, None, None), (1, None, None, "教育主要指标已经达到或超过全国平均水平"), (1, None, None, "教育公平迈出新步伐")],
    ),
    (
        "subheading_under_marked_heading",
        "一、发展成就\n全市经济运行总体平稳。\n工业生产稳中有升\n规模以上工业增加值增长。",
        [(1, None, "一、", "发展成就"), (2, 0, None, "工业生产稳中有升")],
    ),
    (
        "subheading_with_colon",
        "发布会介绍了有关情况，内容如下。\n主要做法：\n全面推行一网通办。",
        [(1, None, None, None), (1, None, None, "主要做法")],
    ),
    (
        "subheading_opening_with_quoted_name",
        "发布会介绍了有关情况。\n“双减”工作成效明显\n全省义务教育阶段学校课后服务实现全覆盖。",
        [(1, None, None, None), (1, None, None, "“双减”工作成效明显")],
    ),
    (
        "subheading_traditional_corner_quotes",
        "發布會介紹了有關情況。\n「雙減」工作成效明顯\n全省義務教育階段學校課後服務實現全覆蓋。",
        [(1, None, None, None), (1, None, None, "「雙減」工作成效明顯")],
    ),
    (
        "dash_lead_items",  # ——-led lead items at paragraph start are themes; the dash is the marker
        "——统一规划，创新发展。\n——政府引导，市场运作。",
        [(1, None, "——", "统一规划，创新发展"), (1, None, "——", "政府引导，市场运作")],
    ),
    (
        "lead_themes_inside_marked_heading",
        "一、工作回顾\n经济保持稳定增长。全年生产总值增长。\n民生福祉持续增进。城乡居民收入稳步增长。",
        [(1, None, "一、", "工作回顾"), (2, 0, None, "经济保持稳定增长"), (2, 0, None, "民生福祉持续增进")],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in HEADING_CASES], ids=[c[0] for c in HEADING_CASES])
def test_heading_styles(body, expected):
    assert outline(sections_of(body)) == expected


NOT_HEADING_CASES = [
    ("decimal_number", "1.5万人参加了活动，反响热烈。"),
    ("month_range_digits", "1、2月份，全省规模以上工业增加值增长。"),
    ("month_range_han", "一、二季度经济运行总体平稳，三季度加快。"),
    ("year", "2023年，全省经济运行稳中向好。"),
    ("first_time_is_no_ordinal", "第一时间赶赴现场，组织救援。"),
    ("point_at_paragraph_start", "一是加强组织领导。二是强化督查。"),
    ("date_signature_lines", "请各地认真贯彻执行。\n山东省人民政府办公厅\n2023年3月1日"),
    ("caption_line", "活动现场气氛热烈。\n图为活动现场\n与会人员认真听取报告。"),
    ("byline_in_brackets", "全省经济运行稳中向好。\n（记者 张三 李四）\n与会人员认真听取报告。"),
    ("photo_credit_line", "活动现场气氛热烈。\n新华社 张三 摄\n与会人员认真听取报告。"),
    ("quotation_line", "他说了一句话。\n“功成不必在我”\n与会人员深受鼓舞。"),
    ("speaker_labels", "省教育厅厅长：下一步，我们将重点抓好三方面工作。\n省卫健委主任：我们将加快建设医疗高地。"),
    ("single_lead_sentence", "会议由省长主持。会议听取了有关工作汇报，研究部署下一步工作。"),
]


@pytest.mark.parametrize("body", [c[1] for c in NOT_HEADING_CASES], ids=[c[0] for c in NOT_HEADING_CASES])
def test_not_headings(body):
    found = sections_of(body)
    assert outline(found) == [(1, None, None, None)]


# --- lead-sentence themes ------------------------------------------------------------------------

THEME_CASES = [
    ("seed_style", "政务服务水平持续提升。围绕深化改革，持续拓展服务。", "政务服务水平持续提升"),
    ("enumeration_comma_allowed", "稳就业、保民生成效明显。全年城镇新增就业稳定。", "稳就业、保民生成效明显"),
    ("quoted_name", "“放管服”改革持续深化。企业开办时间压减。", "“放管服”改革持续深化"),
    ("corner_quotes", "「一网通办」全面推开。群众办事更加便利。", "「一网通办」全面推开"),
    ("colon_ends_lead", "营商环境持续优化:企业开办实现一日办结。", "营商环境持续优化"),
    ("full_width_colon", "营商环境持续优化：企业开办实现一日办结。", "营商环境持续优化"),
    ("han_numeral_not_a_date", "三大攻坚战取得决定性成就。脱贫攻坚成果巩固。", "三大攻坚战取得决定性成就"),
    ("traditional_characters", "政務服務水平持續提升。圍繞深化改革，持續拓展服務。", "政務服務水平持續提升"),
    ("lead_dateline", "2月3日,山东省政府新闻办举行新闻发布会。发布会上介绍了情况。", None),
    ("comma_in_first_clause", "近年来，全省各级各部门坚持数字先行。取得明显成效。", None),
    ("arabic_number", "2022年成效显著。全省生产总值增长。", None),
    ("han_date", "三年来成效显著。全省生产总值增长。", None),
    ("nothing_follows", "全省经济运行稳中向好。", None),
    ("too_short", "很好。后续工作继续推进。", None),
    ("too_long", "全省上下坚定不移推动高质量发展取得了一系列新的重大成就和显著进展。后续工作继续推进。", None),
    ("speech_lead_in", "禹金涛介绍：全省数字政府建设成效明显。", None),
    ("list_introduction", "主要有以下几个方面：一是加强领导，二是强化保障。", None),
    ("point_label_first", "一方面持续加大投入。另一方面强化监管。", None),
    ("byline_brackets", "（文 郭富莹）本报讯。全省生产总值增长。", None),
    ("exclamation", "奋斗正当时！全省上下干劲十足。", None),
]


@pytest.mark.parametrize("paragraph, theme", [c[1:] for c in THEME_CASES], ids=[c[0] for c in THEME_CASES])
def test_lead_sentence_themes(paragraph, theme):
    body = paragraph + "\n" + paragraph  # a lead-sentence theme needs a second one to count
    found = sections_of(body)
    themes = [s.theme for s in found]
    if theme is None:
        assert themes == [None]
    else:
        assert themes == [theme, theme]
        assert [(s.level, s.parent, s.marker) for s in found] == [(1, None, None), (1, None, None)]


def test_a_lone_lead_sentence_is_not_a_theme():
    assert [s.theme for s in sections_of("政务服务水平持续提升。围绕深化改革，持续拓展服务。")] == [None]


# --- the seed ------------------------------------------------------------------------------------

SEED_THEMES = [None, "政务服务水平持续提升", "机关运行效能明显增强", "政府决策更加科学精准", "社会治理成效不断显现", "数字政府底座更加坚实"]


def test_seed_sections():
    text = (FIXTURES / "000_ed59100b0a95fe47.txt").read_text(encoding="utf-8")
    start, end = text.index("2月3日,山东省政府新闻办"), text.index("国际在线版权与信息产品内容销售的声明")
    found = find_sections(text, fold(text), start, end)
    assert_section_invariants(text, found, start, end)
    assert [s.theme for s in found] == SEED_THEMES
    assert [(s.level, s.parent, s.marker) for s in found] == [(1, None, None)] * 6
    assert [(p.label, p.text) for p in found[1].points] == [
        ("一是", "深化“网上通办”"), ("二是", "深化“掌上通办”"), ("三是", "深化“无证通办”"),
    ]
    assert [s.points for s in found if s.index != 1] == [[]] * 5
    assert found[0].start == start
    assert text[found[-1].end - len("(文 郭富莹)") : found[-1].end] == "(文 郭富莹)"
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


NAVIGATION_CASES = [
    ("crumb_with_cue", "当前位置：首页 > 新闻中心 > 政务要闻"),
    ("crumb_without_cue", "首页 > 新闻中心 > 政务要闻"),
    ("crumb_guillemets", "您现在的位置： 首页 » 政务公开"),
    ("web_controls", "【字号：大 中 小】【打印】【关闭】"),
    ("share_line", "分享到： 微信 微博"),
]


@pytest.mark.parametrize("line", [c[1] for c in NAVIGATION_CASES], ids=[c[0] for c in NAVIGATION_CASES])
def test_leading_navigation_is_no_section(line):
    body = line + "\n全省经济运行稳中向好，主要指标好于预期。"
    (section,) = sections_of(body)
    assert body[section.start :].startswith("全省经济运行") and section.theme is None


def test_navigation_words_later_in_the_body_stay():
    body = "全省经济运行稳中向好。\n当前位置：首页 > 新闻中心"
    (section,) = sections_of(body)
    assert (section.start, section.end) == (0, len(body))


def test_empty_and_blank_bodies():
    assert find_sections("", "", 0, 0) == []
    assert find_sections("  \n\u3000\n", fold("  \n\u3000\n"), 0, 5) == []


def test_bounds_are_clamped_and_a_mismatched_fold_is_refused():
    body = "一、总体要求\n坚持稳中求进。"
    assert outline(find_sections(body, fold(body), -5, 10_000)) == [(1, None, "一、", "总体要求")]
    with pytest.raises(ValueError):
        find_sections(body, "", 0, len(body))


def test_non_str_raises_type_error():
    with pytest.raises(TypeError):
        find_sections(None, "", 0, 0)  # type: ignore[arg-type]


# --- properties ----------------------------------------------------------------------------------

PIECES = [*list("一二三四五六七八九十是第部分章、.,，。；：:;!?！？()（）〔〕“”「」《》—-  \n\u30000123456789１．" "首先其次最后另方面政务服务水平持续提升年月日图为来源"), "一是", "二是", "三是", "——", "（一）", "(1)", "一、", "1.", "第一，", "①", "㈠", "\n\n", "一方面", "另一方面"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60).map("".join), st.integers(-3, 200), st.integers(-3, 200))
def test_never_raises_and_keeps_invariants(body, a, b):
    start, end = min(a, b), max(a, b)
    found = find_sections(body, fold(body), start, end)
    lo = max(0, min(start, len(body)))
    assert_section_invariants(body, found, lo, max(lo, min(end, len(body))))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_unicode(body):
    assert_section_invariants(body, find_sections(body, fold(body), 0, len(body)), 0, len(body))


# --- whole documents of different shapes ---------------------------------------------------------

STATISTICAL_BULLETIN = """\
　　2022年，面对复杂严峻的国内外形势，全省上下坚持稳中求进工作总基调。
　　一、综　合
　　初步核算，全年地区生产总值48670.4亿元，比上年增长4.5%。其中，第一产业增加值4602.7亿元，增长3.6%。
　　年末全省常住人口6604万人。
　　二、农　业
　　全年粮食播种面积4771.3千公顷，比上年增加8.9千公顷。
　　三、工业和建筑业
　　全年全部工业增加值比上年增长6.9%。
注释：
　　[1]本公报中数据均为初步统计数。
"""

WORK_REPORT = """\
各位代表：
现在，我代表省人民政府，向大会报告工作，请予审议。
一、2022年工作回顾
过去一年，我们坚持以习近平新时代中国特色社会主义思想为指导。主要做了以下工作：
（一）全力以赴稳住经济大盘。出台稳经济一揽子政策措施，新增减税降费及退税缓税缓费超过800亿元。
（二）坚定不移推进创新发展。研发经费投入增长12%。
一年来的成绩来之不易。这是习近平总书记亲切关怀的结果。
二、2023年工作安排
今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。重点抓好以下工作：
（一）着力扩大有效需求。一方面，扩大有效投资，实施重大项目。另一方面，促进消费恢复，开展消费季活动。
（二）加快建设现代化产业体系。首先是巩固提升优势产业，其次是培育壮大新兴产业，最后是改造提升传统产业。
各位代表！新征程上，我们要奋发有为。
"""

IMPLEMENTATION_PLAN = """\
为深入贯彻落实党中央、国务院决策部署，结合我省实际，制定本实施方案。
一、总体要求
（一）指导思想
坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。
（二）基本原则
——坚持统筹推进。加强顶层设计，强化系统集成。
——坚持需求导向。从群众需求出发。
（三）工作目标
到2025年，全省政务服务事项网上可办率达到95%以上。
二、重点任务
（一）推进政务服务标准化
1.统一事项清单。依法编制政务服务事项基本目录。
2.规范办事指南。
（1）明确要素。
（2）动态调整。
三、保障措施
各地各部门要切实加强组织领导。
"""

PRESS_CONFERENCE = """\
3月12日上午，省政府新闻办召开新闻发布会，介绍全省教育事业发展情况。
教育主要指标已经达到或超过全国平均水平
据介绍，全省学前教育毛入园率达到92%，比上年提高1.5个百分点。
“双减”工作成效明显
全省义务教育阶段学校课后服务实现全覆盖。
记者：请问下一步有哪些打算？
省教育厅厅长：下一步，我们将重点抓好三方面工作。一是推进学前教育普及普惠，二是推进义务教育优质均衡，三是推进高中阶段教育多样化发展。
（记者 王芳）
"""

DOCUMENT_CASES = [
    (
        "statistical_bulletin",
        STATISTICAL_BULLETIN,
        [
            (1, None, None, None),
            (1, None, "一、", "综　合"),
            (1, None, "二、", "农　业"),
            (1, None, "三、", "工业和建筑业"),
        ],
        [],
    ),
    (
        "work_report",
        WORK_REPORT,
        [
            (1, None, None, None),
            (1, None, "一、", "2022年工作回顾"),
            (2, 1, "（一）", "全力以赴稳住经济大盘"),
            (2, 1, "（二）", "坚定不移推进创新发展"),
            (1, None, "二、", "2023年工作安排"),
            (2, 4, "（一）", "着力扩大有效需求"),
            (2, 4, "（二）", "加快建设现代化产业体系"),
        ],
        [
            (5, "一方面", "扩大有效投资，实施重大项目"),
            (5, "另一方面", "促进消费恢复，开展消费季活动"),
            (6, "首先是", "巩固提升优势产业"),
            (6, "其次是", "培育壮大新兴产业"),
            (6, "最后是", "改造提升传统产业"),
        ],
    ),
    (
        "implementation_plan",
        IMPLEMENTATION_PLAN,
        [
            (1, None, None, None),
            (1, None, "一、", "总体要求"),
            (2, 1, "（一）", "指导思想"),
            (2, 1, "（二）", "基本原则"),
            (3, 3, "——", "坚持统筹推进"),
            (3, 3, "——", "坚持需求导向"),
            (2, 1, "（三）", "工作目标"),
            (1, None, "二、", "重点任务"),
            (2, 7, "（一）", "推进政务服务标准化"),
            (3, 8, "1.", "统一事项清单"),
            (3, 8, "2.", "规范办事指南"),
            (4, 10, "（1）", "明确要素"),
            (4, 10, "（2）", "动态调整"),
            (1, None, "三、", "保障措施"),
        ],
        [],
    ),
    (
        "press_conference_with_subheadings",
        PRESS_CONFERENCE,
        [
            (1, None, None, None),
            (1, None, None, "教育主要指标已经达到或超过全国平均水平"),
            (1, None, None, "“双减”工作成效明显"),
            (1, None, None, "下一步有哪些打算"),  # the reporter's question; no 答记者问 above it, so level 1
        ],
        [(3, "一是", "推进学前教育普及普惠"), (3, "二是", "推进义务教育优质均衡"), (3, "三是", "推进高中阶段教育多样化发展")],
    ),
]


@pytest.mark.parametrize(
    "body, expected_outline, expected_points", [c[1:] for c in DOCUMENT_CASES], ids=[c[0] for c in DOCUMENT_CASES]
)
def test_whole_documents(body, expected_outline, expected_points):
    found = sections_of(body)
    assert outline(found) == expected_outline
    assert [(s.index, p.label, p.text) for s in found for p in s.points] == expected_points
    assert found[-1].end == len(body.rstrip())


def test_traditional_document_matches_simplified_outline():
    traditional = PRESS_CONFERENCE.replace("双", "雙").replace("发", "發").replace("务", "務").replace("课", "課")
    assert [s.theme for s in sections_of(traditional)] == [
        None, "教育主要指标已经达到或超过全国平均水平", "“雙减”工作成效明显", "下一步有哪些打算"
    ]


def test_stacked_subheadings():
    body = "发布会介绍了有关情况。\n教育事业全面发展\n学前教育普及普惠\n全省学前教育毛入园率达到百分之九十以上。"
    assert [s.theme for s in sections_of(body)][1:] == ["教育事业全面发展", "学前教育普及普惠"]


# Two short lines between paragraphs are a subheading and one below it; three are a list. (id, body, outline)
STACKED_CASES = [
    (
        "two_lines_between_paragraphs",
        "发布会介绍了有关情况。\n教育事业全面发展\n学前教育普及普惠\n全省学前教育毛入园率达到百分之九十以上。",
        [(1, None, None, None), (1, None, None, "教育事业全面发展"), (2, 1, None, "学前教育普及普惠")],
    ),
    (
        "two_lines_below_a_marked_heading",
        "一、主要成效\n教育事业全面发展\n学前教育普及普惠\n全省学前教育毛入园率达到百分之九十以上。",
        [(1, None, "一、", "主要成效"), (2, 0, None, "教育事业全面发展"), (3, 1, None, "学前教育普及普惠")],
    ),
    (
        "next_subheading_is_a_sibling_of_the_first",
        "发布会介绍了有关情况。\n教育事业全面发展\n学前教育普及普惠\n全省学前教育毛入园率达到百分之九十以上。\n"
        "卫生事业稳步推进\n全省新建乡镇卫生院二十所，基层医疗服务能力不断提升。",
        [(1, None, None, None), (1, None, None, "教育事业全面发展"), (2, 1, None, "学前教育普及普惠"),
         (1, None, None, "卫生事业稳步推进")],
    ),
    # negative twins
    (
        # the first two stay list items; the last short line, right above a paragraph, is a subheading as before
        "three_short_lines_are_a_list",
        "发布会介绍了有关情况。\n教育事业全面发展\n学前教育普及普惠\n义务教育优质均衡\n全省学前教育毛入园率达到百分之九十以上。",
        [(1, None, None, None), (1, None, None, "义务教育优质均衡")],
    ),
    (
        "signature_then_date",
        "请各地认真贯彻执行，确保各项措施落地见效。\n山东省人民政府办公厅\n2023年3月1日\n（此件公开发布）",
        [(1, None, None, None)],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in STACKED_CASES], ids=[c[0] for c in STACKED_CASES])
def test_stacked_subheading_cases(body, expected):
    assert outline(sections_of(body)) == expected


def test_single_lead_theme_in_short_release():
    body = "全省经济稳中向好。一季度主要指标好于预期。\n下一步，将继续加大政策支持力度。"
    assert [s.theme for s in sections_of(body)] == ["全省经济稳中向好"]


# A lone lead sentence is a theme only as a status report (subject + trend adverb + short result)
# in the first or second paragraph of a body of several paragraphs. (id, body, themes)
LONE_LEAD_CASES = [
    ("status_in_first_paragraph", "全省经济稳中向好。一季度主要指标好于预期。\n下一步，将继续加大政策支持力度。",
     ["全省经济稳中向好"]),
    ("status_after_news_lead", "3月1日，省政府新闻办举行发布会。\n营商环境持续优化。企业开办实现一日办结。\n下一步将深化改革。",
     [None, "营商环境持续优化"]),
    ("quoted_subject", "“放管服”改革不断深化。企业开办时间压减一半。\n下一步将继续推进。", ["“放管服”改革不断深化"]),
    # negative twins
    ("one_paragraph_body", "政务服务水平持续提升。围绕深化改革，持续拓展服务。", [None]),
    ("plain_statement", "会议由省长主持。会议听取了有关工作汇报。\n会议研究部署下一步工作。", [None]),
    ("plan_not_status", "全市将持续提升。各部门要抓好落实。\n下一步继续推进。", [None]),
    ("order_with_object", "各地要进一步加强监管。确保安全生产。\n下一步继续推进。", [None]),
    ("too_deep_in_the_text", "3月1日，省政府召开会议。\n会议听取了汇报。\n营商环境持续优化。企业开办实现一日办结。",
     [None]),
]


@pytest.mark.parametrize("body, themes", [c[1:] for c in LONE_LEAD_CASES], ids=[c[0] for c in LONE_LEAD_CASES])
def test_lone_lead_themes(body, themes):
    assert [s.theme for s in sections_of(body)] == themes


# Bugs found by reading releases of many shapes (tests/data/releases): (id, body, outline).
SECTIONS_BUGS_CAUGHT = [
    (
        # a line that introduces a list of headings was a level-2 subheading with an empty body
        "list-introduction-line",
        "二、2024年主要目标任务\n今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n重点抓好以下工作：\n"
        "（一）坚定不移扩大有效需求。一是扩大有效投资。二是促进消费回暖。\n（二）持续增进民生福祉。新增城镇就业6万人。\n",
        [
            (1, None, "二、", "2024年主要目标任务"),
            (2, 0, "（一）", "坚定不移扩大有效需求"),
            (2, 0, "（二）", "持续增进民生福祉"),
        ],
    ),
    (
        "list-introduction-as-follows",
        "引言段落，说明背景。\n现将有关事项通知如下\n一、总体要求\n坚持问题导向，聚焦重点任务。\n",
        [(1, None, None, None), (1, None, "一、", "总体要求")],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in SECTIONS_BUGS_CAUGHT], ids=[c[0] for c in SECTIONS_BUGS_CAUGHT])
def test_sections_bugs_caught(body, expected):
    found = sections_of(body)
    assert outline(found) == expected


def test_a_real_subheading_between_paragraphs_stays():
    body = "今年以来，全市新登记经营主体4.6万户。\n企业开办再提速\n企业开办时间压缩至1个工作日以内，全程零费用。\n"
    assert [s.theme for s in sections_of(body)] == [None, "企业开办再提速"]


# Bugs found by reading web captures, info tables and plans (tests/data/releases): (id, body, outline).
STRUCTURE_BUGS_CAUGHT = [
    (
        # articles 第N条 were text of their chapter; each is now a section one level below it, without theme
        "regulation-articles",
        "第一章　总则\n　　第一条　为了优化营商环境，制定本条例。\n　　第二条　本条例适用于本省行政区域。\n"
        "第二章　市场环境\n　　第三条：各级人民政府应当依法平等保护各类市场主体。\n",
        [
            (1, None, "第一章", "总则"), (2, 0, "第一条", None), (2, 0, "第二条", None),
            (1, None, "第二章", "市场环境"), (2, 3, "第三条", None),
        ],
    ),
    (
        "regulation-chapter-sections",
        "第一章　总则\n第一节　一般规定\n第一条　为了规范管理，制定本办法。\n第二节　适用范围\n第二条　本办法适用于全省。\n",
        [
            (1, None, "第一章", "总则"), (2, 0, "第一节", "一般规定"), (3, 1, "第一条", None),
            (2, 0, "第二节", "适用范围"), (3, 3, "第二条", None),
        ],
    ),
    (
        "articles-without-chapters",
        "第一条　为了规范管理，制定本办法。\n第二条　本办法适用于全省。\n",
        [(1, None, "第一条", None), (1, None, "第二条", None)],
    ),
    (
        # 2．重点任务分工清单 under 附件： was a level-3 heading holding the signature
        "attachment-list",
        "一、重点任务\n加快建设城市大数据平台，推进数据共享开放。\n附件：1．某市数字政府建设三年行动方案\n"
        "　　　2．重点任务分工清单\n某市人民政府办公室\n2023年4月6日\n",
        [(1, None, "一、", "重点任务")],
    ),
    (
        # 联系地址：… / 联系电话：… were lead-sentence themes (two of them made the device count)
        "label-value-lines",
        "三、联系方式\n联系地址：某市某区人民路1号\n联系电话：0531-12345678\n特此公告。\n",
        [(1, None, "三、", "联系方式")],
    ),
    (
        # 副主任王强：… answers were themes (a speaker's title and name before a colon); the reporters'
        # questions open the sections (tests/structure/test_transcripts.py)
        "transcript-speaker-with-name",
        "记者：下一步如何抓好落实？\n省发展改革委副主任王强：我们将建立工作台账，加强督促检查。\n"
        "记者：企业能得到哪些实惠？\n省发展改革委副主任王强：《实施意见》将进一步降低制度性交易成本。\n",
        [(1, None, None, "下一步如何抓好落实"), (1, None, None, "企业能得到哪些实惠")],
    ),
    (
        # the addressee line of an official document was a subheading
        "addressee-line",
        "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n加快构建废弃物循环利用体系，具有重要意义。\n",
        [(1, None, None, None)],
    ),
    (
        "addressee-line-single-recipient",
        "各地级以上市财政局：\n为推动经济高质量发展，现将专项资金预算下达给你们。\n一、资金分配情况\n本次共下达专项资金12.5亿元。\n",
        [(1, None, None, None), (1, None, "一、", "资金分配情况")],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in STRUCTURE_BUGS_CAUGHT],
                         ids=[c[0] for c in STRUCTURE_BUGS_CAUGHT])
def test_structure_bugs_caught(body, expected):
    assert outline(sections_of(body)) == expected


# Negative twins: what the new rules must leave alone.
STRUCTURE_NOT_CHANGED = [
    (
        # 第一条 without a space after it opens a sentence, not an article
        "article-word-in-a-sentence",
        "引言段落，说明背景。\n第一条措施是减税降费，第二条措施是稳岗扩就业。\n",
        [(1, None, None, None)],
    ),
    (
        # a numbered line with sentences after an attachment line is a heading again
        "heading-after-attachment-list",
        "附件：1．行动方案\n2．加强组织保障。各地要落实主体责任，确保任务落地。\n",
        [(3, None, None, None), (3, None, "2．", "加强组织保障")],  # the untitled opening is a sibling
    ),
    (
        # a lead sentence closed by a colon and followed by a real sentence is still a theme
        "colon-lead-theme-with-sentence",
        "企业开办再提速：企业开办时间压缩至1个工作日以内，全程零费用。\n"
        "审批服务更便捷：推行“一业一证”改革，审批时限压缩60%。\n",
        [(1, None, None, "企业开办再提速"), (1, None, None, "审批服务更便捷")],
    ),
    (
        # a subheading between paragraphs still counts when it is no addressee
        "subheading-not-addressee",
        "今年以来，全市新登记经营主体4.6万户。\n企业开办再提速\n企业开办时间压缩至1个工作日以内，全程零费用。\n",
        [(1, None, None, None), (1, None, None, "企业开办再提速")],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in STRUCTURE_NOT_CHANGED],
                         ids=[c[0] for c in STRUCTURE_NOT_CHANGED])
def test_structure_rules_leave_these_alone(body, expected):
    assert outline(sections_of(body)) == expected


# Colon leads and meeting communiqués, found in report summaries and communiqués (tests/data/releases):
# (id, body, outline).
COLON_LEAD_BUGS_CAUGHT = [
    (
        # a sentence closed by 是： introduces a list of targets; it was a level-2 lead theme
        "copula-colon-introduction",
        "第二部分　2024年主要预期目标\n今年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业60万人以上。\n"
        "第三部分　2024年重点工作\n着力扩大国内需求。一是积极扩大有效投资；二是大力提振消费。\n"
        "着力推进新型工业化。一是实施“链长制”；二是加快数字化转型。\n",
        [
            (1, None, "第二部分", "2024年主要预期目标"),
            (1, None, "第三部分", "2024年重点工作"),
            (2, 1, None, "着力扩大国内需求"),
            (2, 1, None, "着力推进新型工业化"),
        ],
    ),
    (
        "copula-colon-subheading-line",
        "今年以来，全市新登记经营主体4.6万户。\n今年的重点任务为：\n企业开办时间压缩至1个工作日以内，全程零费用。\n",
        [(1, None, None, None)],
    ),
]

# Negative twins: a colon lead that names its theme stays one.
COLON_LEAD_NOT_CHANGED = [
    (
        "colon-lead-without-copula",
        "工作目标：到2025年，政务服务事项全部实现网上可办，群众满意度持续提升。\n"
        "重点任务：推进“高效办成一件事”，优化审批流程，压缩办理时限。\n",
        [(1, None, None, "工作目标"), (1, None, None, "重点任务")],
    ),
    (
        # a meeting communiqué: 会议强调/会议指出 paragraphs are no themes, 会议还研究了其他事项 is body
        "meeting-communique",
        "11月20日，省长主持召开省政府常务会议。\n会议强调，要压实各方责任。一是压实责任；二是强化排查。\n"
        "会议指出，今冬明春能源保供关系群众温暖过冬。\n会议还研究了其他事项。\n",
        [(1, None, None, None)],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in COLON_LEAD_BUGS_CAUGHT + COLON_LEAD_NOT_CHANGED],
                         ids=[c[0] for c in COLON_LEAD_BUGS_CAUGHT + COLON_LEAD_NOT_CHANGED])
def test_colon_leads_and_communiques(body, expected):
    assert outline(sections_of(body)) == expected


# Bullets and 【…】 lines in short bodies, with negative twins: (id, body, outline, points).
# A bullet before a short line is a heading one level below the enclosing one
# (marker = the bullet), a bullet before a sentence is a point.
BULLET_CASES = [
    ("bullet_headings", "介绍了有关情况。\n■ 保障用地需求\n优先纳入省重点项目，给予倾斜支持。\n■ 降低用能成本\n落实电价优惠政策，降低用电成本。",
     [(1, None, None, None), (1, None, "■", "保障用地需求"), (1, None, "■", "降低用能成本")], []),
    ("bullet_sentences_are_points", "主要措施如下。\n▲ 鼓励金融机构增加信贷投放，支持民营企业。\n▲ 扩大融资担保覆盖面，降低担保费率。",
     [(1, None, None, None)], [("▲", "鼓励金融机构增加信贷投放，支持民营企业"), ("▲", "扩大融资担保覆盖面，降低担保费率")]),
    ("bracket_subheading", "介绍了有关情况。\n【放宽市场准入】\n全面落实市场准入负面清单制度，不得额外设置准入条件。",
     [(1, None, None, None), (1, None, None, "放宽市场准入")], []),
    # negative twins
    ("run_of_short_bullets_is_a_list", "主要产品有：\n● 手机\n● 电脑\n● 平板\n这些产品销往全国各地，深受消费者欢迎。",
     [(1, None, None, None)], [("●", "手机"), ("●", "电脑"), ("●", "平板")]),
    ("single_bullet_sentence_is_no_point", "主要措施如下。\n◆ 鼓励金融机构增加信贷投放，支持民营企业。\n其他措施另行公布，请关注后续通知。",
     [(1, None, None, None)], []),
    ("web_control_in_brackets", "介绍了有关情况。\n【我要纠错】\n全面落实市场准入负面清单制度，不得额外设置准入条件。",
     [(1, None, None, None)], []),
]


@pytest.mark.parametrize("body, expected, points", [c[1:] for c in BULLET_CASES], ids=[c[0] for c in BULLET_CASES])
def test_bullets_and_bracket_titles(body, expected, points):
    found = find_sections(body, fold(body), 0, len(body))
    assert [(s.level, s.parent, s.marker, s.theme) for s in found] == expected
    assert [(p.label, p.text) for s in found for p in s.points] == points
    for s in found:
        if s.theme is not None:
            assert body[s.theme_start : s.theme_end] == s.theme
        for p in s.points:
            assert body[p.start : p.end] == p.text


# ---------------------------------------------------------------------------
# Whole releases (tests/data/releases): checks no expectation table states


def test_article_sections_cover_their_provisions():
    text, doc = extract_release("plans_and_policies/provincial_business_environment_regulation")
    fifth = next(s for s in doc.sections if s.marker == "第五条")
    assert text[fifth.start : fifth.end] == "第五条　推行企业开办全程网上办理，企业开办时间压缩至一个工作日以内。"
