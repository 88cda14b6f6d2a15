"""Text converted from PDF: soft line breaks, page furniture, spaced headings, the display form."""

from __future__ import annotations

import pytest

import govextract
from conftest import assert_spans_consistent, sections_of
from govextract.layout import analyze
from govextract.normalize import fold

# A hard-wrapped body: every line ~30 characters, cut inside sentences.
WRAPPED = (
    "为深入贯彻落实党中央、国务院关于优化营商环境的决策部署，持续打造市场化\n"
    "法治化国际化一流营商环境，结合我市实际，制定本方案。\n"
    "一、总 体 要 求\n"
    "（一）指导思想\n"
    "以习近平新时代中国特色社会主义思想为指导，坚持以企业和群众满意为导向，\n"
    "以数字化改革为牵引，系统推进营商环境改革创新，为全市高质量发展提供有力\n"
    "支撑。\n"
    "（二）打造公正透明的法治环境，依法平等保护各类经营主体和企业家的合\n"
    "法权益\n"
    "1.规范涉企行政执法。全面推行行政执法公示、执法全过程记录和重大执法决\n"
    "定法制审核制度，推行联合执法，涉企现场检查次数三年内减少三成以上。\n"
    "2.完善涉企纠纷化解机制。一是推广诉源治理工作模式，依托两级商事调解中心\n"
    "化解涉企矛盾纠纷；二是推动商事纠纷调解成功率逐年提高，合同纠纷案件平均\n"
    "审理周期进一步缩短。\n"
)

# (case, text, [theme ...]): the themes found, in order (None for an untitled stretch).
THEME_CASES = [
    ("wrapped_plan", WRAPPED, [None, "总 体 要 求", "指导思想",
                               "打造公正透明的法治环境，依法平等保护各类经营主体和企业家的合\n法权益",
                               "规范涉企行政执法", "完善涉企纠纷化解机制"]),
    ("spaced_heading_with_marker", "一、总 体 要 求\n全面贯彻落实各项部署要求。\n二、重 点 任 务\n推进重点工作落地见效。\n",
     ["总 体 要 求", "重 点 任 务"]),
    ("spaced_heading_two_characters", "前言部分说明背景。\n一、综 合\n全年经济运行平稳。\n二、农 业\n粮食生产稳定。\n",
     [None, "综 合", "农 业"]),
    ("page_number_between_heading_and_paragraph",
     "一、主要目标\n全年经济运行平稳，主要指标完成年度计划。\n— 2 —\n二、重点任务\n推进重点工作落地见效。\n",
     ["主要目标", "重点任务"]),
    ("page_of_pages_footer_is_no_theme",
     "一、综合\n全年经济运行平稳。\n第 1 页 共 3 页\n二、农业\n粮食生产稳定。\n第 2 页 共 3 页\n",
     ["综合", "农业"]),
]


@pytest.mark.parametrize(("text", "themes"), [c[1:] for c in THEME_CASES], ids=[c[0] for c in THEME_CASES])
def test_themes_across_layout(text: str, themes: list[str | None]) -> None:
    assert [s.theme for s in sections_of(text)] == themes


def test_points_across_soft_breaks() -> None:
    last = sections_of(WRAPPED)[-1]
    assert [(p.label, p.text) for p in last.points] == [
        ("一是", "推广诉源治理工作模式，依托两级商事调解中心\n化解涉企矛盾纠纷"),
        ("二是", "推动商事纠纷调解成功率逐年提高，合同纠纷案件平均\n审理周期进一步缩短"),
    ]


def test_label_broken_by_a_soft_break() -> None:
    text = (
        "加强信用监管。推行信用加监管模式，对守信主体无事不扰，对失信主体依法依\n"
        "规实施联合惩戒。一是建立企业信用分级分类监管体系，实现全覆盖；二\n"
        "是推广信用承诺制度，年内实现涉企行政许可事项全覆盖；三是拓展信用修\n"
        "复网上办理渠道，方便企业及时修复信用。\n"
        "各地要加强组织领导。\n"
    )
    points = [(p.label, p.text) for s in sections_of(text) for p in s.points]
    assert [label for label, _ in points] == ["一是", "二\n是", "三是"]


# (case, text, [paragraph texts]): the paragraphs the layout gives a body.
PARAGRAPH_CASES = [
    ("wrapped_sentence_over_three_lines",
     "全年实现地区生产总值三百五十二亿元，增长百分之六点三，一般公共预算收\n"
     "入二十四亿元，增长百分之八点二，规模以上工业增加值增长百分之九点一，\n"
     "城乡居民人均可支配收入分别增长百分之五点一和百分之七点四，好于预期。\n"
     "二、今年工作安排\n",
     ["全年实现地区生产总值三百五十二亿元，增长百分之六点三，一般公共预算收\n"
      "入二十四亿元，增长百分之八点二，规模以上工业增加值增长百分之九点一，\n"
      "城乡居民人均可支配收入分别增长百分之五点一和百分之七点四，好于预期。",
      "二、今年工作安排"]),
    ("indented_paragraphs_open_at_the_indent",
     "\u3000\u3000全县经济运行回升向好，高质量发展扎实推进，主要经济指标好于全市平均水平，\n"
     "综合实力稳步提升。\n"
     "\u3000\u3000产业发展势头强劲，新签约亿元以上项目五十八个，新增规模以上工业企业四十一\n"
     "家，总数达到二百八十八家，三大主导产业产值突破二百亿元，竹木加工业领先。\n"
     "\u3000\u3000民生保障更加有力，全县民生支出占一般公共预算支出的比重保持在八成以上，\n"
     "十件民生实事全部兑现。\n",
     ["全县经济运行回升向好，高质量发展扎实推进，主要经济指标好于全市平均水平，\n综合实力稳步提升。",
      "产业发展势头强劲，新签约亿元以上项目五十八个，新增规模以上工业企业四十一\n"
      "家，总数达到二百八十八家，三大主导产业产值突破二百亿元，竹木加工业领先。",
      "民生保障更加有力，全县民生支出占一般公共预算支出的比重保持在八成以上，\n十件民生实事全部兑现。"]),
    ("clean_one_line_paragraphs_stay_apart",
     "全市经济运行稳中有进，主要指标好于预期。\n工业生产平稳增长，规模以上工业增加值增长。\n"
     "消费市场持续回暖，社会消费品零售总额增长。\n",
     ["全市经济运行稳中有进，主要指标好于预期。", "工业生产平稳增长，规模以上工业增加值增长。",
      "消费市场持续回暖，社会消费品零售总额增长。"]),
]


@pytest.mark.parametrize(("text", "paragraphs"), [c[1:] for c in PARAGRAPH_CASES],
                         ids=[c[0] for c in PARAGRAPH_CASES])
def test_paragraphs_across_soft_breaks(text: str, paragraphs: list[str]) -> None:
    from govextract.sections.paragraphs import split_paragraphs

    folded = fold(text)
    found = split_paragraphs(folded, 0, len(text), analyze(text, folded))
    assert [text[p.start:p.end] for p in found] == paragraphs


# (case, line, is furniture): page furniture between wrapped lines.
FURNITURE_CASES = [
    ("em_dashes", "— 3 —", True),
    ("hyphens", "- 3 -", True),
    ("full_width_hyphens", "－３－", True),
    ("page_of_pages", "第3页 共10页", True),
    ("page_of_pages_spaced", "第 1 页 共 3 页", True),
    ("pages_first", "共10页 第3页", True),
    ("a_heading", "三、保障措施", False),
    ("a_number_line", "2023年", False),
]


@pytest.mark.parametrize(("line", "furniture"), [c[1:] for c in FURNITURE_CASES], ids=[c[0] for c in FURNITURE_CASES])
def test_page_furniture_lines(line: str, furniture: bool) -> None:
    text = "全年经济运行平稳，主要指标完成年度计划。\n" + line + "\n二、重点任务\n推进重点工作落地见效。\n"
    layout = analyze(text, fold(text))
    assert [text[s:e] for s, e in layout.furniture] == ([line] if furniture else [])


def test_running_header_repeating_the_title() -> None:
    title = "某市优化营商环境三年行动实施方案"
    text = (f"{title}\n为持续打造一流营商环境，制定本方案。\n一、总体要求\n坚持问题导向。\n- 1 -\n{title}\n"
            f"二、重点任务\n推进改革落地。\n- 2 -\n{title}\n三、保障措施\n强化组织领导。\n- 3 -\n")
    document = govextract.extract(text)
    assert [s.theme for s in document.sections if s.theme] == ["总体要求", "重点任务", "保障措施"]
    assert all(title not in (s.theme or "") for s in document.sections)
    assert not [q for q in document.quantities if q.text.strip("- ").isdigit()]
    assert_spans_consistent(text, document)


def test_furniture_never_inside_a_theme_or_point() -> None:
    text = (
        "一、工作目标\n"
        "到二〇二六年，全市营商环境评价排名进入全省前列，企业开办全流程压缩至一个\n"
        "工作日以内，政务服务事项全程网办率进一步提高。一是深化改革，推进事项集\n"
        "— 1 —\n"
        "成办理；二是优化服务，推行帮办代办。\n"
        "二、重点任务\n"
        "推进改革落地见效，确保各项任务按期完成，形成一批可复制可推广的经验做法。\n"
    )
    document = govextract.extract(text)
    for section in document.sections:
        assert "— 1 —" not in (section.theme or "")
        assert all("— 1 —" not in p.text for p in section.points)
    assert [s.theme for s in document.sections] == ["工作目标", "重点任务"]


# (case, surface, display form)
DISPLAY_CASES = [
    ("broken_amount", "24.87 亿\n元", "24.87亿元"),
    ("spaced_heading", "总 体 要 求", "总体要求"),
    ("spaced_rank", "第 54 位", "第54位"),
    ("spaced_percent", "6.5 %", "6.5%"),
    ("wrapped_title", "青岚市优化营商环境三年行动\n实施方案（2024—2026年）", "青岚市优化营商环境三年行动实施方案（2024—2026年）"),
    ("indented_continuation", "依法保护\n\u3000\u3000民营企业产权", "依法保护民营企业产权"),
    ("crlf_break", "合\r\n同纠纷", "合同纠纷"),
    ("word_space_kept", "坚持数字先行 山东省数字政府", "坚持数字先行 山东省数字政府"),
    ("latin_words_keep_a_space", "Skip to\nContent", "Skip to Content"),
    ("hong_kong_grouping_kept", "15 700個", "15 700個"),
    ("clean_surface_unchanged", "8.5万余场次", "8.5万余场次"),
]


@pytest.mark.parametrize(("surface", "display"), [c[1:] for c in DISPLAY_CASES], ids=[c[0] for c in DISPLAY_CASES])
def test_display_text(surface: str, display: str) -> None:
    assert govextract.display_text(surface) == display
