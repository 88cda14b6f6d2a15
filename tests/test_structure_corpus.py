"""Structure and metadata across page formats, read by hand.

Each file in ``tests/data/structure`` is a page as it comes out of a scraper,
written for these tests in a format the first corpus does not cover: the
政府信息公开 header table (values on the same line, on the next line, or
after tabs), a regulation with chapters and articles, a WeChat repost, a
人民网 page, a 新华社 item, a 答记者问 transcript, a page opening with web
controls, a notice with an attachment list, a 公告 with 特此公告, a 指导意见
with ——-led principles, full-width digit headings, 一是 paragraph starts, a
图片新闻 with captions, a repeated title and subtitle, CRLF line endings, no
blank lines, and an English abstract.  The tables say what a careful reader
finds; they were written from the texts, not dumped from the code.

Decisions the tables encode:

* an article 第N条 is a section one level below its chapter (第N章) or 第N节,
  with its marker and no theme (a provision is not a title);
* an attachment list (附件：1．… 2．…) stays in the body (it precedes the
  signature) but its items are not headings;
* an English abstract after a Chinese report, a WeChat 阅读原文 / 往期推荐
  tail and a 【纠错】【责任编辑：X】 line open the boilerplate;
* the 标题 cell of an information table is the title when no headline
  precedes it; 发布日期 is the publication date, 成文日期 is not;
  发文机关 is no outlet (absent fields stay null).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from conftest import assert_spans_consistent
from govextract import extract

DATA = Path(__file__).resolve().parent / "data" / "structure"
FILES = sorted(DATA.glob("*.txt"))


def _read(name: str) -> str:
    # newline="" keeps Windows line endings as written
    with open(DATA / f"{name}.txt", encoding="utf-8", newline="") as handle:
        return handle.read()


def test_corpus_size():
    assert len(FILES) >= 15
    texts = [path.read_text(encoding="utf-8") for path in FILES]
    assert len(set(texts)) == len(texts)


def test_crlf_file_keeps_its_line_endings():
    assert "\r\n" in _read("15_crlf_endings")


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_offsets_hold_for_every_record(path):
    text = _read(path.stem)
    assert_spans_consistent(text, extract(text))


# name -> (title, published_at, outlet, editor, chief_editor, author)
HEADERS = {
    # 发布日期 (not 成文日期) is the publication date; 发文机关 is not an outlet
    "01_gov_info_table": (
        "山东省人民政府办公厅关于进一步优化政务服务提升行政效能的实施意见", datetime(2023, 5, 22), None, None, None, None,
    ),
    "02_regulation_articles": ("某省优化营商环境条例", datetime(2022, 9, 30), "省人大常委会办公厅", None, None, None),
    # the account line gives the time; 来源/作者/编辑 labels the rest; 审核 is not kept
    "03_wechat_repost": (
        "重磅！我省出台20条措施支持民营经济发展", datetime(2024, 3, 18, 19, 30), "某省发布", "王敏", None, "刘晓",
    ),
    "04_peoples_daily_online": (
        "全国两会|政府工作报告提出今年发展主要预期目标", datetime(2024, 3, 5, 10, 12), "人民网－人民日报",
        None, "赵欣悦、杨光宇", "王浩 李红梅",
    ),
    "05_xinhua_dateline": (
        "我国将全面推进政务服务“一网通办”", datetime(2024, 1, 16, 20, 58, 31), "新华网", None, "曹家宁", "张辛欣 王雨萧",
    ),
    "06_press_qa": (
        "省发展改革委负责同志就《关于加快建设全国统一大市场的实施意见》答记者问", datetime(2023, 6, 20, 9, 0),
        "省发展改革委", None, None, None,
    ),
    "07_web_controls_header": (
        "市政府召开第45次常务会议", datetime(2023, 8, 11, 17, 25, 3), "市政府办公室", None, None, None,
    ),
    # the only date is the signature date
    "08_plan_with_attachments": (
        "关于印发《某市数字政府建设三年行动方案》的通知", datetime(2023, 4, 6), None, None, None, None,
    ),
    "09_announcement": (
        "某市自然资源和规划局关于某地块国有建设用地使用权挂牌出让的公告", datetime(2023, 10, 9), None, None, None, None,
    ),
    "10_guiding_opinion_dash": (
        "某省人民政府关于加快推进绿色低碳发展的指导意见", datetime(2023, 7, 12), None, None, None, None,
    ),
    "11_fullwidth_digits": (
        "某区２０２３年上半年民生实事进展情况", datetime(2023, 7, 20), "某区人民政府", None, None, None,
    ),
    "12_yishi_paragraph_starts": (
        "全市推进乡村振兴工作综述", datetime(2023, 12, 12, 8, 30), "某市农业农村局", None, None, None,
    ),
    # the captions credit a photographer, not an author; 编辑 is in the tail
    "13_photo_news": (
        "图片新闻｜我市第十届农民丰收节开幕", datetime(2023, 9, 23, 11, 20, 45), "某市融媒体中心", "孙悦", None, None,
    ),
    "14_repeated_title_subtitle": (
        "奋力书写高质量发展新篇章", datetime(2024, 1, 2, 7, 45), "某日报", None, None, None,
    ),
    "15_crlf_endings": (
        "全省推进政务服务标准化建设", datetime(2023, 3, 2, 15, 0), "省政务服务管理办公室", None, None, None,
    ),
    "16_no_blank_lines": ("全区开展安全生产大检查", datetime(2023, 5, 8), "某区应急管理局", None, None, None),
    "17_english_abstract": (
        "2023年全省科技创新发展报告（摘要）", datetime(2024, 2, 28), "省科学技术厅", None, None, None,
    ),
    "18_gov_info_table_next_line": (
        "国务院办公厅关于加快构建废弃物循环利用体系的意见", datetime(2024, 1, 12), None, None, None, None,
    ),
    "19_gov_info_table_tabs": (
        "广东省财政厅关于下达2024年省级促进经济高质量发展专项资金的通知", datetime(2023, 11, 24), None, None, None, None,
    ),
}


def test_every_file_has_a_header_row():
    assert sorted(HEADERS) == [p.stem for p in FILES]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_headers(name):
    doc = extract(_read(name))
    assert (doc.title, doc.published_at, doc.outlet, doc.editor, doc.chief_editor, doc.author) == HEADERS[name]


# name -> (the body starts with, the boilerplate starts with or None when the body runs to the end)
BOUNDS = {
    "01_gov_info_table": ("各市人民政府，各县（市、区）人民政府", None),
    "02_regulation_articles": ("第一章　总则", None),
    "03_wechat_repost": ("近日，省政府办公厅印发", "点击下方“阅读原文”"),
    "04_peoples_daily_online": ("人民网北京3月5日电", "（责编：赵欣悦、杨光宇）"),
    "05_xinhua_dateline": ("新华社北京1月16日电", "【纠错】 【责任编辑：曹家宁】"),
    "06_press_qa": ("近日，省委、省政府印发", None),
    "07_web_controls_header": ("8月10日，市长李明", "【打印本页】【关闭窗口】"),
    "08_plan_with_attachments": ("各区县人民政府，市政府各部门：", None),  # the attachment list stays
    "09_announcement": ("经某市人民政府批准", None),  # 特此公告 and the signature stay
    "10_guiding_opinion_dash": ("各市人民政府，省政府各部门：", None),
    "11_fullwidth_digits": ("今年以来，区委、区政府", None),
    "12_yishi_paragraph_starts": ("今年以来，全市上下", None),
    "13_photo_news": ("9月23日，我市第十届", "编辑：孙悦 审核：吴强"),
    "14_repeated_title_subtitle": ("2023年，面对复杂严峻", None),  # the repeated title and subtitle are skipped
    "15_crlf_endings": ("3月1日，全省政务服务", None),
    "16_no_blank_lines": ("5月6日起，全区开展", None),
    "17_english_abstract": ("一、总体情况", "Abstract: In 2023"),
    "18_gov_info_table_next_line": ("各省、自治区、直辖市人民政府", None),
    "19_gov_info_table_tabs": ("各地级以上市财政局：", None),
}


@pytest.mark.parametrize("name", sorted(BOUNDS))
def test_body_bounds(name):
    text = _read(name)
    doc = extract(text)
    head, tail = BOUNDS[name]
    assert text[doc.body_start :].startswith(head)
    if tail is None:
        assert doc.body_end == len(text.rstrip("\r\n")) or not text[doc.body_end :].strip()
    else:
        assert text[doc.body_end :].startswith(tail)


# name -> outline (level, parent, marker, theme) of every section
OUTLINES = {
    "01_gov_info_table": [
        (1, None, None, None),
        (1, None, "一、", "总体要求"),
        (1, None, "二、", "重点任务"),
        (2, 2, "（一）", "推进政务服务事项标准化"),
        (2, 2, "（二）", "推动“高效办成一件事”"),
        (1, None, "三、", "保障措施"),
    ],
    "02_regulation_articles": [
        (1, None, "第一章", "总则"),
        (2, 0, "第一条", None), (2, 0, "第二条", None), (2, 0, "第三条", None),
        (1, None, "第二章", "市场环境"),
        (2, 4, "第四条", None), (2, 4, "第五条", None),
        (1, None, "第三章", "政务服务"),
        (2, 7, "第六条", None), (2, 7, "第七条", None),
        (1, None, "第四章", "附则"),
        (2, 10, "第八条", None),
    ],
    # the 原标题/作者/编辑/审核 lines are header, the WeChat tail is boilerplate: one untitled section
    "03_wechat_repost": [(1, None, None, None)],
    "04_peoples_daily_online": [(1, None, None, None)],
    "05_xinhua_dateline": [(1, None, None, None)],
    # questions, answers and speakers (记者：, 副主任王强：, 发言人：) are no themes
    "06_press_qa": [(1, None, None, None)],
    "07_web_controls_header": [(1, None, None, None)],
    # 2．重点任务分工清单 under 附件： is a list item, not a heading
    "08_plan_with_attachments": [(1, None, None, None), (1, None, "一、", "工作目标"), (1, None, "二、", "重点任务")],
    # 联系地址：… / 联系电话：… are labels with values, not subheadings
    "09_announcement": [
        (1, None, None, None),
        (1, None, "一、", "挂牌出让地块的基本情况"),
        (1, None, "二、", "竞买人资格要求"),
        (1, None, "三、", "联系方式"),
    ],
    # the addressee line is no subheading; ——-led principles are points, not sections
    "10_guiding_opinion_dash": [
        (1, None, None, None),
        (1, None, "一、", "基本原则"),
        (1, None, "二、", "主要目标"),
        (1, None, "三、", "重点任务"),
        (2, 3, "（一）", "推动产业结构优化升级"),
        (2, 3, "（二）", "构建清洁低碳能源体系"),
    ],
    # full-width １．and （１） keep their fixed levels (3 and 4); the untitled opening is a sibling
    "11_fullwidth_digits": [
        (3, None, None, None),
        (3, None, "１．", "教育优质均衡发展"),
        (3, None, "２．", "养老服务提质扩面"),
        (4, 2, "（１）", "推进医养结合"),
        (4, 2, "（２）", "发展助餐服务"),
        (3, None, "３．", "城市更新加快推进"),
    ],
    "12_yishi_paragraph_starts": [
        (1, None, None, None), (1, None, "一、", "产业发展提质增效"), (1, None, "二、", "乡村建设稳步推进"),
    ],
    # captions (图为…。记者 陈晨 摄) are no sections
    "13_photo_news": [(1, None, None, None)],
    "14_repeated_title_subtitle": [
        (1, None, None, None),
        (1, None, None, "经济运行稳中向好"),
        (1, None, None, "改革开放持续深化"),
        (1, None, None, "民生福祉不断增进"),
    ],
    "15_crlf_endings": [(1, None, None, None), (1, None, "一、", "统一事项标准"), (1, None, "二、", "规范审批服务")],
    "16_no_blank_lines": [(1, None, None, None)],
    "17_english_abstract": [(1, None, "一、", "总体情况"), (1, None, "二、", "创新主体"), (1, None, "三、", "成果转化")],
    "18_gov_info_table_next_line": [
        (1, None, None, None),
        (1, None, "一、", "总体要求"),
        (1, None, "二、", "推进废弃物精细管理和有效回收"),
        (2, 2, "（一）", "加强工业废弃物精细管理"),
        (2, 2, "（二）", "完善农业废弃物收集体系"),
    ],
    "19_gov_info_table_tabs": [(1, None, None, None), (1, None, "一、", "资金分配情况"), (1, None, "二、", "有关要求")],
}


def test_every_file_has_an_outline():
    assert sorted(OUTLINES) == [p.stem for p in FILES]


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_outlines(name):
    doc = extract(_read(name))
    assert [(s.level, s.parent, s.marker, s.theme) for s in doc.sections] == OUTLINES[name]


# name -> {section index: [(label, text)]}; sections not listed have no points
POINTS = {
    "06_press_qa": {0: [
        ("一是", "强化市场基础制度规则统一"), ("二是", "推进市场设施高标准联通"), ("三是", "打造统一的要素和资源市场"),
    ]},
    "10_guiding_opinion_dash": {1: [("——", "坚持系统观念"), ("——", "坚持创新驱动"), ("——", "坚持市场导向")]},
    "12_yishi_paragraph_starts": {
        1: [("一是", "做强特色产业"), ("二是", "壮大经营主体"), ("三是", "拓宽销售渠道")],
        2: [("一是", "完善基础设施"), ("二是", "整治人居环境")],
    },
}


@pytest.mark.parametrize("name", sorted(OUTLINES))
def test_points(name):
    doc = extract(_read(name))
    got = {s.index: [(p.label, p.text) for p in s.points] for s in doc.sections if s.points}
    assert got == POINTS.get(name, {})


def test_article_sections_cover_their_provisions():
    text = _read("02_regulation_articles")
    doc = extract(text)
    fifth = next(s for s in doc.sections if s.marker == "第五条")
    assert text[fifth.start : fifth.end] == "第五条　推行企业开办全程网上办理，企业开办时间压缩至一个工作日以内。"


def test_abstract_is_not_extracted():
    text = _read("17_english_abstract")
    doc = extract(text)
    assert all(q.start < doc.body_end for q in doc.quantities)
    assert "218 billion" not in text[doc.body_start : doc.body_end]


def test_table_values_are_not_read_as_body():
    for name in ("01_gov_info_table", "18_gov_info_table_next_line", "19_gov_info_table_tabs"):
        text = _read(name)
        doc = extract(text)
        body = text[doc.body_start : doc.body_end]
        assert "索" not in body[:20] and "发文字号" not in body and "主题分类" not in body
