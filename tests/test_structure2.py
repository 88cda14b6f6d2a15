"""Round-two structure pages: layouts that stress the section rules, read by hand.

Each file in ``tests/data/structure2`` was written for these tests: paragraphs
separated by single newlines with full-width indents, bold-like 【…】 lines and
■/◆/● bullets, a 答记者问 whose 问：/答： paragraphs are no themes, 一、 then 1.
(one style skipped), 一是/二是 whole paragraphs, a 工作总结 with 第一，/第二，
openers, headings closed by 。 (一、加强组织领导。), and 1、 headings with text on
the same line.

Decisions the tables encode:

* ``level`` is the level of the marker style (1. is level 3 even right under
  一、); ``parent`` gives the nesting;
* 一是/二是 paragraphs are points of the section, not headings;
* a bullet before a short line is a heading one level below the enclosing
  one (marker = the bullet), a bullet before a sentence is a point.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_spans_consistent
from govextract import extract
from govextract.normalize import fold
from govextract.sections import find_sections

DATA = Path(__file__).resolve().parent / "data" / "structure2"
FILES = sorted(DATA.glob("*.txt"))


def _read(name: str) -> str:
    with open(DATA / f"{name}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


# name -> [(level, parent, marker, theme)]
OUTLINES = {
    "01_indented_single_newlines": [
        (1, None, None, None), (1, None, None, "工业生产平稳增长"), (1, None, None, "消费市场持续回暖"),
        (1, None, None, "固定资产投资稳步增长"), (1, None, None, "居民收入继续增加"),
    ],
    "02_bracket_and_bullet_subheadings": [
        (1, None, None, None), (1, None, None, "放宽市场准入"), (1, None, None, "强化要素保障"),
        (2, 2, "■", "保障用地需求"), (2, 2, "■", "降低用能成本"), (1, None, None, "加大融资支持"),
    ],
    "03_qa_interview": [(1, None, None, None)],
    "04_skipped_level": [
        (1, None, None, None), (1, None, "一、", "工作目标"), (1, None, "二、", "重点任务"),
        (3, 2, "1.", "推进农村厕所革命"), (3, 2, "2.", "加强生活垃圾治理"),
        (4, 4, "（1）", "开展垃圾分类试点"), (4, 4, "（2）", "整治垃圾乱堆乱放"),
        (3, 2, "3.", "推进生活污水治理"), (1, None, "三、", "保障措施"),
        (2, 8, "（一）", "加强组织领导"), (2, 8, "（二）", "强化资金保障"),
    ],
    "05_yishi_whole_paragraphs": [(1, None, None, None)],
    "06_work_summary_ordinals": [
        (1, None, None, None), (1, None, "第一，", "大气环境质量稳步提升"), (1, None, "第二，", "水环境质量持续改善"),
        (1, None, "第三，", "土壤污染风险有效管控"), (1, None, "第四，", "环境执法持续加强"),
    ],
    "07_heading_ends_with_period": [
        (1, None, None, None), (1, None, "一、", "加强组织领导"), (1, None, "二、", "丰富服务内容"),
        (1, None, "三、", "强化经费保障"), (1, None, "四、", "加强安全管理"),
    ],
    "08_arabic_headings_inline": [
        (3, None, None, None), (3, None, "1、", "某超市销售过期食品案"), (3, None, "2、", "某美容院预付卡跑路案"),
        (3, None, "3、", "某电商平台虚假宣传案"), (3, None, "4、", "某汽车销售公司价格欺诈案"),
    ],
}

# name -> {section index: [(label, text)]}; absent names have no points
POINTS = {
    "02_bracket_and_bullet_subheadings": {5: [
        ("◆", "鼓励金融机构增加对民营企业的信贷投放，力争全年民营企业贷款增速不低于各项贷款平均增速"),
        ("◆", "扩大政府性融资担保覆盖面，单户担保金额1000万元以下的业务担保费率降至1%以下"),
        ("●", "完善民营企业债券融资支持机制，支持符合条件的民营企业发行科技创新债券"),
    ]},
    # points inside an answer (答：) belong to the one section
    "03_qa_interview": {0: [
        ("一是", "市、区两级财政每年安排城市更新专项资金"), ("二是", "鼓励社会资本通过多种方式参与城市更新"),
        ("三是", "支持居民出资参与老旧小区改造"),
    ]},
    "05_yishi_whole_paragraphs": {0: [
        ("一是", "压紧压实防汛责任"), ("二是", "全面排查风险隐患"), ("三是", "强化监测预报预警"), ("四是", "做好抢险救援准备"),
    ]},
}


def test_eight_pages():
    assert sorted(p.stem for p in FILES) == sorted(OUTLINES)


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_outlines(name):
    doc = extract(_read(name))
    assert [(s.level, s.parent, s.marker, s.theme) for s in doc.sections] == OUTLINES[name]


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_points(name):
    doc = extract(_read(name))
    assert {s.index: [(p.label, p.text) for p in s.points] for s in doc.sections if s.points} == POINTS.get(name, {})


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_offsets_hold_for_every_record(path):
    text = _read(path.stem)
    assert_spans_consistent(text, extract(text))


# Bullets and 【…】 lines in short bodies, with negative twins: (id, body, outline, points)
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
