"""Lead items (——统一规划，创新发展。), lead-sentence series (“稳”，主要体现在…) and runs of lead sentences."""

from __future__ import annotations

import pytest

from conftest import sections_of


def outline(found):
    return [(s.level, s.parent, s.marker, s.theme) for s in found]


def points(found):
    return [(s.index, p.label, p.text) for s in found for p in s.points]


# ——-led lead items at paragraph start: themes one level below the heading they follow. (id, body, outline)
LEAD_ITEM_CASES = [
    (
        "under_a_bracket_heading",
        "一、总体要求\n（一）基本原则。\n——统一规划，创新发展。加强顶层设计。\n——政府引导，市场运作。发挥市场作用。\n"
        "（二）主要目标。到2027年基本建成。",
        [(1, None, "一、", "总体要求"), (2, 0, "（一）", "基本原则"), (3, 1, "——", "统一规划，创新发展"),
         (3, 1, "——", "政府引导，市场运作"), (2, 0, "（二）", "主要目标")],
    ),
    (
        "under_a_list_heading_in_a_work_report",
        "一、2023年工作回顾\n过去一年，主要目标任务圆满完成。\n——经济总量跃上新台阶。全市生产总值增长6.4%。\n"
        "——产业结构持续优化。高技术制造业占比提高。\n二、2024年工作安排\n今年的主要预期目标如下。",
        [(1, None, "一、", "2023年工作回顾"), (2, 0, "——", "经济总量跃上新台阶"), (2, 0, "——", "产业结构持续优化"),
         (1, None, "二、", "2024年工作安排")],
    ),
    (
        "without_a_heading",
        "——统一规划，创新发展。\n——政府引导，市场运作。",
        [(1, None, "——", "统一规划，创新发展"), (1, None, "——", "政府引导，市场运作")],
    ),
    (
        "under_a_subheading",
        "会议介绍了有关情况。\n基本原则\n——坚持需求导向、惠民便民。聚焦群众急难愁盼。\n——坚持创新驱动、安全可控。筑牢安全防线。",
        [(1, None, None, None), (1, None, None, "基本原则"), (2, 1, "——", "坚持需求导向、惠民便民"),
         (2, 1, "——", "坚持创新驱动、安全可控")],
    ),
    (
        "lead_ends_at_semicolon_or_colon",
        "（一）基本原则\n——坚持系统观念；统筹发展和减排。\n——坚持市场导向：发挥市场作用。",
        [(2, None, "（一）", "基本原则"), (3, 0, "——", "坚持系统观念"), (3, 0, "——", "坚持市场导向")],
    ),
    (
        "short_items_without_sentence_end",
        "（一）基本原则\n——坚持党的全面领导\n——坚持以人民为中心\n各地要认真落实。",
        [(2, None, "（一）", "基本原则"), (3, 0, "——", "坚持党的全面领导"), (3, 0, "——", "坚持以人民为中心")],
    ),
    (
        "a_page_number_among_the_items_is_no_item",
        "一、工作回顾\n——产业发展势头强劲。新签约项目58个。\n— 1 —\n——改革开放纵深推进。外贸增长21.4%。",
        [(1, None, "一、", "工作回顾"), (2, 0, "——", "产业发展势头强劲"), (2, 0, "——", "改革开放纵深推进")],
    ),
    (
        "full_width_and_long_dash_runs",
        "（一）基本原则\n――统筹城乡，协同推进。推动城乡融合。\n————创新驱动，融合发展。推动数字技术应用。",
        [(2, None, "（一）", "基本原则"), (3, 0, "――", "统筹城乡，协同推进"), (3, 0, "————", "创新驱动，融合发展")],
    ),
    (
        "traditional_script",
        "（一）基本原則\n——統一規劃，創新發展。加強頂層設計。\n——政府引導，市場運作。發揮市場作用。",
        [(2, None, "（一）", "基本原則"), (3, 0, "——", "統一規劃，創新發展"), (3, 0, "——", "政府引導，市場運作")],
    ),
    # negative twins: no lead items
    ("a_lone_dash_line", "会议介绍了有关情况。\n——统一规划，创新发展。\n各地要认真落实。", [(1, None, None, None)]),
    ("a_dash_subtitle", "全省经济运行稳中向好。\n——2024年1月16日在市人民代表大会上\n各地要认真落实。", [(1, None, None, None)]),
    (
        "dash_items_inside_a_paragraph",
        "各地要因地制宜推广以下模式：——“客货邮”融合模式；——“快递进村”共配模式。",
        [(1, None, None, None)],
    ),
    (
        "items_that_are_sentences",
        "主要任务如下。\n——加快建设全省一体化政务服务平台，推动更多事项实现网上办、掌上办、一次办。\n"
        "——健全政务数据共享协调机制。",
        [(1, None, None, None)],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in LEAD_ITEM_CASES], ids=[c[0] for c in LEAD_ITEM_CASES])
def test_lead_items(body, expected):
    assert outline(sections_of(body)) == expected


def test_lead_items_are_no_points_and_points_stay_inside_them():
    body = "（一）基本原则\n——统一规划，创新发展。一是加强顶层设计；二是强化系统集成。\n——政府引导，市场运作。发挥市场作用。"
    found = sections_of(body)
    assert points(found) == [(1, "一是", "加强顶层设计"), (1, "二是", "强化系统集成")]


def test_a_lead_item_theme_indexes_the_text():
    body = "（一）基本原则\n　　——统一规划，创新发展。加强顶层设计。\n　　——政府引导，市场运作。"
    found = sections_of(body)
    for section in found[1:]:
        assert body[section.theme_start : section.theme_end] == section.theme
        assert body[section.start : section.start + len(section.marker)] == section.marker == "——"


# Paragraphs that each open with a summarizing sentence built alike: one theme each. (id, body, themes)
SERIES_CASES = [
    (
        "quoted_terms_and_link_word",
        "一季度经济运行总体呈现“稳、进、好”的特点。\n"
        "“稳”，主要体现在经济增长、就业和物价保持平稳。全省生产总值增长6.1%。\n"
        "“进”，主要体现在新动能加快成长。高技术制造业增加值增长18.6%。\n"
        "“好”，主要体现在民生保障有力有效。居民人均可支配收入增长6.8%。",
        [None, "“稳”，主要体现在经济增长、就业和物价保持平稳", "“进”，主要体现在新动能加快成长",
         "“好”，主要体现在民生保障有力有效"],
    ),
    (
        "bare_terms_and_another_link_word",
        "今年以来全市经济回升向好。\n稳，表现在主要指标运行平稳。规上工业增加值增长。\n"
        "新，表现在新动能持续壮大。数字经济核心产业增加值增长。",
        [None, "稳，表现在主要指标运行平稳", "新，表现在新动能持续壮大"],
    ),
    (
        "corner_quotes_in_traditional_script",
        "本季經濟表現如下。\n「穩」，主要體現在經濟增長保持平穩。生產總值上升。\n「進」，主要體現在新動能加快成長。出口上升。",
        [None, "「穩」，主要體現在經濟增長保持平穩", "「進」，主要體現在新動能加快成長"],
    ),
    # negative twins: ordinary paragraphs never become themes
    (
        "a_lone_summary",
        "一季度经济开局良好。\n“稳”，主要体现在经济增长、就业和物价保持平稳。全省生产总值增长6.1%。\n下一步继续努力。",
        [None],
    ),
    (
        "quoted_openings_without_a_link_word",
        "今年以来改革持续深化。\n“十四五”以来，我市营商环境持续优化，企业开办时间大幅压减。\n"
        "“放管服”改革，是转变政府职能的重要抓手，全市持续推进。",
        [None],
    ),
    (
        "shared_opening_without_a_link_word",
        "一季度经济运行总体平稳。\n从生产看，工业增加值增长6.5%，服务业增加值增长5.8%。\n"
        "从需求看，社会消费品零售总额增长7.8%，固定资产投资增长4.2%。",
        [None],
    ),
    (
        "long_opening_term",
        "全年工作成效明显。\n全市上下认真贯彻落实，主要体现在经济增长保持平稳。生产总值增长。\n"
        "各级各部门积极主动作为，主要体现在改革创新持续深化。改革举措落地。",
        [None],
    ),
]


@pytest.mark.parametrize("body, themes", [c[1:] for c in SERIES_CASES], ids=[c[0] for c in SERIES_CASES])
def test_lead_sentence_series(body, themes):
    assert [s.theme for s in sections_of(body)] == themes


def test_series_under_a_heading_is_one_level_below_it():
    body = ("一、经济运行情况\n一季度经济运行开局良好。\n“稳”，主要体现在经济增长保持平稳。生产总值增长。\n"
            "“进”，主要体现在新动能加快成长。增加值增长。\n二、下一步工作\n继续推动高质量发展。")
    assert outline(sections_of(body)) == [
        (1, None, "一、", "经济运行情况"),
        (2, 0, None, "“稳”，主要体现在经济增长保持平稳"),
        (2, 0, None, "“进”，主要体现在新动能加快成长"),
        (1, None, "二、", "下一步工作"),
    ]


# Lead sentences count in runs under one heading. (id, body, outline)
LEAD_RUN_CASES = [
    (
        "one_lead_below_each_subheading_restates_it",
        "第一季經濟繼續復蘇。\n勞工市場\n勞工市場維持偏緊。失業率下降至2.8%。\n通脹情況\n整體通脹維持溫和。物價指數上升0.9%。",
        [(1, None, None, None), (1, None, None, "勞工市場"), (1, None, None, "通脹情況")],
    ),
    (
        "two_leads_below_one_heading",
        "一、工作回顾\n经济保持稳定增长。全年生产总值增长。\n民生福祉持续增进。城乡居民收入稳步增长。",
        [(1, None, "一、", "工作回顾"), (2, 0, None, "经济保持稳定增长"), (2, 0, None, "民生福祉持续增进")],
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in LEAD_RUN_CASES], ids=[c[0] for c in LEAD_RUN_CASES])
def test_lead_sentence_runs(body, expected):
    assert outline(sections_of(body)) == expected
