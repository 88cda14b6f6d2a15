"""Points inside sections: 一是/二是, 首先是, ——-led items, inline dash lists; what is no point."""

from __future__ import annotations

import pytest

from conftest import extract_release, sections_of

POINT_CASES = [
    (
        "numbered_in_one_paragraph",
        "工作有序推进。一是深化“网上通办”。实施工程。二是深化“掌上通办”。三是深化“无证通办”。",
        [("一是", "深化“网上通办”"), ("二是", "深化“掌上通办”"), ("三是", "深化“无证通办”")],
    ),
    (
        "numbered_in_one_sentence",
        "主要有两项举措：一是加强统筹，二是压实责任。",
        [("一是", "加强统筹"), ("二是", "压实责任")],
    ),
    (
        "numbered_paragraphs",
        "会议部署了重点工作。\n一是加强组织领导。各地要落实责任。\n二是强化督促检查；定期通报。",
        [("一是", "加强组织领导"), ("二是", "强化督促检查")],
    ),
    (
        "numbered_up_to_eleven",
        "。".join(f"{n}是推进第{i}项工作" for i, n in enumerate(
            ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"], start=1)) + "。",
        [(n, f"推进第{i}项工作") for i, n in enumerate(
            ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "十一是"], start=1)],
    ),
    (
        "full_width_punctuation_before",
        "重点抓好三件事：一是稳增长；二是促改革；三是惠民生。",
        [("一是", "稳增长"), ("二是", "促改革"), ("三是", "惠民生")],
    ),
    (
        "sequence_words",
        "首先是摸清底数，其次是制定方案，最后是抓好落实。",
        [("首先是", "摸清底数"), ("其次是", "制定方案"), ("最后是", "抓好落实")],
    ),
    (
        "sequence_words_with_comma",
        "首先，摸清底数。其次，制定方案。",
        [("首先", "摸清底数"), ("其次", "制定方案")],
    ),
    (
        "aspects",
        "一方面加大财政投入，另一方面引导社会资本参与。",
        [("一方面", "加大财政投入"), ("另一方面", "引导社会资本参与")],
    ),
    (
        "ordinal_with_comma",
        "工作分三步推进。第一，摸清底数。第二，制定方案。第三，抓好落实。",
        [("第一", "摸清底数"), ("第二", "制定方案"), ("第三", "抓好落实")],
    ),
    (
        "ordinal_with_shi",
        "工作分两步推进。第一是摸清底数。第二是制定方案。",
        [("第一是", "摸清底数"), ("第二是", "制定方案")],
    ),
    (
        # dash items whose leads run longer than a title are sentences of a list, not lead items
        "dash_items_that_are_sentences",
        "主要任务如下。\n——加快建设全省一体化政务服务平台，推动更多政务服务事项实现网上办、掌上办、一次办。"
        "\n——健全完善政务数据共享协调机制，打通部门间数据壁垒。",
        [
            ("——", "加快建设全省一体化政务服务平台，推动更多政务服务事项实现网上办、掌上办、一次办"),
            ("——", "健全完善政务数据共享协调机制，打通部门间数据壁垒"),
        ],
    ),
    (
        "ordinal_run_opened_by_shouxian",
        "工业生产呈现三个特点。首先是增长面持续扩大。行业增长。第二是新兴产业引领作用突出。第三是企业效益逐步改善。",
        [("首先是", "增长面持续扩大"), ("第二是", "新兴产业引领作用突出"), ("第三是", "企业效益逐步改善")],
    ),
    (
        "ordinal_run_opened_by_shouxian_after_colon",
        "要抓好三个方面：首先是压实工作责任；第二是强化数据共享；第三是健全评价机制。",
        [("首先是", "压实工作责任"), ("第二是", "强化数据共享"), ("第三是", "健全评价机制")],
    ),
    (
        "shouxian_then_ordinals_then_zuihou",
        "首先是摸清底数。第二是制定方案。第三是组织实施。最后是总结评估。",
        [("首先是", "摸清底数"), ("第二是", "制定方案"), ("第三是", "组织实施"), ("最后是", "总结评估")],
    ),
    (
        "inline_ordinals_with_comma_after_a_sentence",
        "今年我们将从两个方面着力。第一，深化经贸合作，举办系列活动。第二，拓展金融合作。",
        [("第一", "深化经贸合作，举办系列活动"), ("第二", "拓展金融合作")],
    ),
    (
        "numbered_after_lead_theme",
        "政务服务水平持续提升。一是深化网上通办。二是深化掌上通办。\n机关运行效能明显增强。推进集成改革。",
        [("一是", "深化网上通办"), ("二是", "深化掌上通办")],
    ),
]


def all_points(found):
    return [(p.label, p.text) for s in found for p in s.points]


@pytest.mark.parametrize("body, expected", [c[1:] for c in POINT_CASES], ids=[c[0] for c in POINT_CASES])
def test_points(body, expected):
    assert all_points(sections_of(body)) == expected


NOT_POINT_CASES = [
    ("inside_word_tongyi", "坚持统一是前提，协调是关键。二是加强协调。"),
    ("inside_word_weiyi", "唯一是他的选择。二是其他。"),
    ("inside_word_zheyi", "这一是非问题需要澄清，二是其他问题。"),
    ("inside_word_wanyi", "万一是真的呢？二是假的。"),
    ("shifou", "一是否可行仍需论证，二是否调整也待研究。"),
    ("lone_yishi", "一是加强组织领导，确保落实到位。"),
    ("chain_without_one", "二是二，三是三。"),
    ("inside_quotes", "坚持“一是一，二是二”的作风。"),
    ("first_time_second_day", "第一时间赶赴现场，第二天恢复供电。"),
    ("rank_first_second", "排名第一，增速第二。"),
    ("rank_then_shi", "全省第一是目标，全国第二是底线。"),
    ("lone_shouxian", "首先是他发现了问题。"),
    ("lone_lingyifangmian", "另一方面也说明问题。"),
    ("lone_zuihou", "最后，他表示感谢。"),
    ("lone_dash", "基本原则如下。\n——统一规划，创新发展。"),
    ("shouxian_without_a_second", "首先，请陆万成先生作介绍。陆万成先生介绍了有关情况。"),
    ("shouxian_then_second_day", "首先是他发现了问题，第二天就报告了。"),
    ("shouxian_then_third_only", "首先是摸清底数。第三是组织实施。"),
    ("dash_lead_items_are_themes", "基本原则如下。\n——统一规划，创新发展。\n——政府引导，市场运作。"),
]


@pytest.mark.parametrize("body", [c[1] for c in NOT_POINT_CASES], ids=[c[0] for c in NOT_POINT_CASES])
def test_not_points(body):
    assert all_points(sections_of(body)) == []


def test_points_belong_to_the_innermost_section():
    body = "一、重点任务\n（一）优化服务。一是推行网上办，二是推行掌上办。\n（二）强化监管。首先是摸底，其次是整改。"
    found = sections_of(body)
    assert [[(p.label, p.text) for p in s.points] for s in found] == [
        [],
        [("一是", "推行网上办"), ("二是", "推行掌上办")],
        [("首先是", "摸底"), ("其次是", "整改")],
    ]


def test_point_offsets_cover_label_and_text():
    body = "重点有二：一是稳增长；二是促改革。"
    (section,) = sections_of(body)
    first, second = section.points
    assert (first.label_start, first.start, first.end) == (5, 7, 10)
    assert body[second.label_start : second.start] == "二是"


# Dash-led items inside one paragraph, after a colon or semicolon, at least two. (id, body, points)
INLINE_DASH_CASES = [
    ("after_colon_and_semicolons", "新增服务包括：——预约办理身份证；——申请社会房屋；——查询医疗券余额。此外还有其他功能。",
     [("——", "预约办理身份证"), ("——", "申请社会房屋"), ("——", "查询医疗券余额")]),
    ("full_width_punctuation", "坚持以下原则：——统一规划；——创新发展。",
     [("——", "统一规划"), ("——", "创新发展")]),
    # negative twins
    ("dash_inside_a_clause", "改革——这是关键一招；发展——这是第一要务。", []),
    ("single_item", "新增服务包括：——预约办理身份证。此外还有其他功能。", []),
    ("quoted_dashes", "他说：“重点有二：——预约；——申请。”会议强调了落实。", []),
]


@pytest.mark.parametrize("body, points", [c[1:] for c in INLINE_DASH_CASES], ids=[c[0] for c in INLINE_DASH_CASES])
def test_inline_dash_points(body, points):
    assert [(p.label, p.text) for s in sections_of(body) for p in s.points] == points


# ---------------------------------------------------------------------------
# Whole releases (tests/data/releases): checks no expectation table states


def test_inline_dash_items_are_points():
    _, doc = extract_release("hong_kong_macau_taiwan/macau_one_account_services")
    labels = [p.label for s in doc.sections for p in s.points]
    assert labels.count("——") == 3
