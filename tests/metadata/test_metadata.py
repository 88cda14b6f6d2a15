"""Metadata: titles, header lines, bylines, datelines, body bounds.

Cases are written from the formats that government sites and news outlets
publish; each header case states every field (None where the page does not
say it), so a field that starts being guessed fails the table.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, extract_release
from govextract.metadata import Metadata, find_metadata, parse_datetime
from govextract.normalize import fold

BODY = "全省加快推进数字政府建设，政务服务事项网上可办率达到90%以上，群众满意度持续提升，各项工作取得明显成效。"


def meta_of(text: str) -> Metadata:
    meta = find_metadata(text, fold(text))
    assert_offsets(text, meta)
    return meta


def assert_offsets(text: str, meta: Metadata) -> None:
    assert 0 <= meta.body_start <= meta.body_end <= len(text)
    for name in ("title", "subtitle", "dateline"):
        value, start, end = getattr(meta, name), getattr(meta, f"{name}_start"), getattr(meta, f"{name}_end")
        if value is None:
            assert start is None and end is None
        else:
            assert text[start:end] == value
            assert value == value.strip() and value


FIELDS = ("title", "published_at", "outlet", "editor", "chief_editor", "author", "reporters", "photographer", "dateline")


def expect(**given_fields) -> dict:
    expected = dict.fromkeys(FIELDS)
    expected["reporters"] = ()
    expected.update(given_fields)
    return expected


def fields(meta: Metadata) -> dict:
    return {name: getattr(meta, name) for name in FIELDS}


# (id, text, expected fields, the body starts with)
HEADER_CASES = [
    (
        "cri-run-together",
        "坚持数字先行 山东省数字政府发展指数列省域前三\n"
        "2023-02-03 14:05:57来源: 中央广电总台国际在线编辑: 侯艳艳责编: 赵银平\n\n  2月3日,山东省政府新闻办举行发布会。",
        expect(
            title="坚持数字先行 山东省数字政府发展指数列省域前三",
            published_at=datetime(2023, 2, 3, 14, 5, 57),
            outlet="中央广电总台国际在线", editor="侯艳艳", chief_editor="赵银平",
        ),
        "2月3日",
    ),
    (
        "gov-publish-time-label",
        "省政府召开常务会议研究部署重点工作\n发布时间：2024年03月15日 10:30 来源：X省人民政府办公厅\n会议指出，要加快推进重点工作。",
        expect(title="省政府召开常务会议研究部署重点工作", published_at=datetime(2024, 3, 15, 10, 30), outlet="X省人民政府办公厅"),
        "会议指出",
    ),
    (
        "traditional-no-space-time",
        "福建加快推进數字政府建設\n2019年07月19日21:11 來源:東南網\n全省數字政府建設取得新進展。",
        expect(title="福建加快推进數字政府建設", published_at=datetime(2019, 7, 19, 21, 11), outlet="東南網"),
        "全省數字",
    ),
    (
        "source-author-chief-editor",
        "市场监管局开展专项检查\n来源：新华网 作者：张晓明 责任编辑：李华\n近日，市场监管局开展专项检查。",
        expect(title="市场监管局开展专项检查", outlet="新华网", author="张晓明", chief_editor="李华"),
        "近日",
    ),
    (
        "spaced-date-view-count",
        "关于公布第二批试点名单的通知\n发布日期: 2022- 04- 27 浏览次数:\n各区县人民政府：",
        expect(title="关于公布第二批试点名单的通知", published_at=datetime(2022, 4, 27)),
        "各区县",
    ),
    (
        "chinanews-editor-tail",
        "国家统计局发布最新数据\n" + BODY + "\n【编辑:叶攀】\n",
        expect(title="国家统计局发布最新数据", editor="叶攀"),
        "全省加快",
    ),
    (
        "benbao-reporters",
        "全市召开优化营商环境大会\n本报讯(记者 王小明 李华)昨天，全市召开优化营商环境大会。",
        expect(
            title="全市召开优化营商环境大会", author="王小明 李华", reporters=("王小明", "李华"), dateline="本报讯",
        ),
        "本报讯",
    ),
    (
        "xinhua-dateline",
        "国务院常务会议部署稳就业举措\n新华社北京3月12日电（记者张三、李四）国务院总理主持召开国务院常务会议。",
        expect(
            title="国务院常务会议部署稳就业举措", outlet="新华社", author="张三、李四", reporters=("张三", "李四"),
            dateline="新华社北京3月12日电",
        ),
        "新华社",
    ),
    (
        "chinanews-dateline",
        "一季度国民经济开局良好\n中新网3月12日电 据国家统计局网站消息，一季度国民经济开局良好。",
        expect(title="一季度国民经济开局良好", outlet="中新网", dateline="中新网3月12日电"),
        "中新网",
    ),
    (
        "author-at-end-of-body",
        "数字政府建设取得新成效\n" + BODY + "(文 郭富莹)\n",
        expect(title="数字政府建设取得新成效", author="郭富莹"),
        "全省加快",
    ),
    (
        "photo-credit",
        "全省春耕生产全面展开\n" + BODY + "\n图为农民在田间劳作。记者 刘洋 摄\n" + BODY,
        expect(title="全省春耕生产全面展开", photographer="刘洋"),
        "全省加快",
    ),
    (
        "provincial-daily-dateline",
        "湖南推进政务服务一网通办\n湖南日报8月23日讯(全媒体记者 周月桂)全省政务服务一网通办取得新进展。",
        expect(
            title="湖南推进政务服务一网通办", outlet="湖南日报", author="周月桂", reporters=("周月桂",),
            dateline="湖南日报8月23日讯",
        ),
        "湖南日报",
    ),
    (
        "fullwidth-traditional-labels",
        "標題測試新聞\n來源：新華網　發佈時間：２０２３年０２月０３日　１４：０５\n責任編輯：王五\n正文內容。",
        expect(title="標題測試新聞", published_at=datetime(2023, 2, 3, 14, 5), outlet="新華網", chief_editor="王五"),
        "正文",
    ),
    (
        "page-noise-on-header",
        "全省数字经济发展大会召开\n2023.02.03 来源：人民网 【字号：大 中 小】【打印】【关闭】\n" + BODY,
        expect(title="全省数字经济发展大会召开", published_at=datetime(2023, 2, 3), outlet="人民网"),
        "全省加快",
    ),
    (
        "chinese-numeral-date",
        "关于做好春节期间安全生产工作的通知\n二〇二三年二月三日 来源：省应急管理厅\n各市应急管理局：",
        expect(title="关于做好春节期间安全生产工作的通知", published_at=datetime(2023, 2, 3), outlet="省应急管理厅"),
        "各市",
    ),
    (
        "slash-date-editor-reviewer",
        "我市召开安全生产工作会议\n2023/2/3 来源：市政府办公室 编辑：赵敏 审核：钱进\n" + BODY,
        expect(title="我市召开安全生产工作会议", published_at=datetime(2023, 2, 3), outlet="市政府办公室", editor="赵敏"),
        "全省加快",
    ),
    (
        "reporter-line-under-title",
        "全省重点项目集中开工\n本报记者 孙立 周洁\n" + BODY,
        expect(title="全省重点项目集中开工", author="孙立 周洁", reporters=("孙立", "周洁")),
        "全省加快",
    ),
    (
        "source-in-brackets-at-end",
        "全省民生实事进展顺利\n" + BODY + "（来源：大众日报）\n",
        expect(title="全省民生实事进展顺利", outlet="大众日报"),
        "全省加快",
    ),
    (
        "chief-editor-in-parens-at-end",
        "全省民生实事进展顺利\n" + BODY + "\n（责任编辑：刘芳）\n",
        expect(title="全省民生实事进展顺利", chief_editor="刘芳"),
        "全省加快",
    ),
    (
        "publish-time-preferred-over-update-time",
        "全省发展改革工作会议召开\n更新时间：2023-02-05 发布时间：2023-02-03 信息来源：省发改委\n" + BODY,
        expect(title="全省发展改革工作会议召开", published_at=datetime(2023, 2, 3), outlet="省发改委"),
        "全省加快",
    ),
    (
        "source-then-pipe-and-date",
        "全省发展改革工作会议召开\n来源:人民网 | 2023-02-03 14:05:57\n" + BODY,
        expect(title="全省发展改革工作会议召开", published_at=datetime(2023, 2, 3, 14, 5, 57), outlet="人民网"),
        "全省加快",
    ),
    (
        "reporter-and-correspondent",
        "全县秋粮收购工作有序推进\n本报讯（记者 张晓明 通讯员 李华）" + BODY,
        expect(title="全县秋粮收购工作有序推进", author="张晓明", reporters=("张晓明",), dateline="本报讯"),
        "本报讯",
    ),
    (
        "agency-dateline-with-year-and-space",
        "国务院常务会议部署稳就业举措\n中新社北京2023年3月12日电 (记者 王芳)" + BODY,
        expect(
            title="国务院常务会议部署稳就业举措", published_at=datetime(2023, 3, 12), outlet="中新社", author="王芳",
            reporters=("王芳",), dateline="中新社北京2023年3月12日电",
        ),
        "中新社",
    ),
    (
        "slash-author-line",
        "数字政府建设的山东实践\n文/张晓明\n" + BODY,
        expect(title="数字政府建设的山东实践", author="张晓明"),
        "全省加快",
    ),
    (
        "caption-credit-in-parens",
        "全省春耕生产全面展开\n" + BODY + "\n（新华社记者 刘洋 摄）\n" + BODY,
        expect(title="全省春耕生产全面展开", photographer="刘洋"),
        "全省加快",
    ),
    (
        "cctv-news-dateline",
        "国务院常务会议部署稳就业举措\n央视网消息（新闻联播）：" + BODY,
        expect(title="国务院常务会议部署稳就业举措", outlet="央视网", dateline="央视网消息"),
        "央视网",
    ),
    (
        "reporter-and-photographer-labels",
        "全省春耕生产全面展开\n记者：张晓明 李华 摄影：王芳\n" + BODY,
        expect(title="全省春耕生产全面展开", author="张晓明 李华", reporters=("张晓明", "李华"), photographer="王芳"),
        "全省加快",
    ),
    (
        "source-group-opening-a-sentence-is-not-metadata",
        "全省经济运行总体平稳\n（来源：国家统计局）数据显示，" + BODY,
        expect(title="全省经济运行总体平稳"),
        "（来源",
    ),
    (
        "no-header-at-all",
        BODY + "\n" + BODY,
        expect(),
        "全省加快",
    ),
]


@pytest.mark.parametrize("text, expected, body_head", [case[1:] for case in HEADER_CASES], ids=[c[0] for c in HEADER_CASES])
def test_header_formats(text, expected, body_head):
    meta = meta_of(text)
    assert fields(meta) == expected
    assert text[meta.body_start :].startswith(body_head)


def test_header_case_count():
    assert len(HEADER_CASES) >= 14


# (id, text, title, subtitle)
TITLE_CASES = [
    ("headline", "全省召开数字政府建设推进会\n会议要求，加快推进各项工作。", "全省召开数字政府建设推进会", None),
    (
        "dash-subtitle",
        "奋斗者的足迹\n——记全国劳动模范王建国\n来源：工人日报\n王建国是一名普通的工人。",
        "奋斗者的足迹", "记全国劳动模范王建国",
    ),
    (
        "plain-subtitle-before-header",
        "坚持数字先行\n山东省数字政府发展指数列省域前三\n2023-02-03 来源：国际在线\n正文第一段。",
        "坚持数字先行", "山东省数字政府发展指数列省域前三",
    ),
    (
        "repeated-title",
        "全省召开数字政府建设推进会\n来源：省政府网站 2023-02-03\n全省召开数字政府建设推进会\n会议要求，加快推进各项工作。",
        "全省召开数字政府建设推进会", None,
    ),
    (
        "crumb-skipped",
        "当前位置：首页 > 新闻中心 > 政务要闻\n全省召开数字政府建设推进会\n会议要求，加快推进各项工作。",
        "全省召开数字政府建设推进会", None,
    ),
    (
        "crumb-without-label",
        "首页 > 政务公开 > 通知公告\n关于开展安全生产大检查的通知\n各市人民政府：",
        "关于开展安全生产大检查的通知", None,
    ),
    ("indented-title", "\n\u3000\u3000全省召开推进会 \n会议要求，加快推进。", "全省召开推进会", None),
    ("sentence-first-line", "2月3日，山东省政府新闻办举行新闻发布会。\n会议要求，加快推进各项工作。", None, None),
    ("header-first-line", "来源：新华网 作者：张晓明\n会议要求，加快推进各项工作。", None, None),
    ("single-line-is-body", "全省召开数字政府建设推进会", None, None),
    ("too-short-for-a-headline", "同志们\n现将有关事项通知如下。", None, None),
    ("ends-with-colon", "各市人民政府、省直各部门：\n现将有关事项通知如下。", None, None),
    ("heading-marker-first", "一、总体要求\n坚持以人民为中心。", None, None),
    ("empty", "", None, None),
]


@pytest.mark.parametrize("text, title, subtitle", [c[1:] for c in TITLE_CASES], ids=[c[0] for c in TITLE_CASES])
def test_titles(text, title, subtitle):
    meta = meta_of(text)
    assert (meta.title, meta.subtitle) == (title, subtitle)


def test_repeated_title_and_crumb_are_not_body():
    text = TITLE_CASES[3][1]
    meta = meta_of(text)
    assert text[meta.body_start :].startswith("会议要求")
    text = TITLE_CASES[4][1]
    assert text[meta_of(text).body_start :].startswith("会议要求")


# (id, tail): each tail is appended after a real body; body_end must land on its first character.
TAILS = [
    ("copyright-statement-title", "国际在线版权与信息产品内容销售的声明\n1、“国际在线”由中国国际广播电台主办。\n2、凡本网注明“来源:国际在线”的所有信息内容，未经书面授权，任何单位及个人不得转载。"),
    ("copyright-heading", "版权声明：本网站所有内容，未经授权不得转载。"),
    ("reprint-notice", "凡注明“来源：本网”的所有作品，版权均属于本网，未经授权不得转载、摘编。"),
    ("site-notice", "本网注明来源为其他媒体的稿件均为转载稿。"),
    ("related-news", "相关新闻：\n全省召开数字政府建设推进会\n省大数据局举行开放日活动"),
    ("news-recommend", "新闻推荐\n全省召开数字政府建设推进会"),
    ("related-links", "相关链接：\n省政府门户网站"),
    ("related-reading", "相关阅读\n数字政府建设成效显著"),
    ("prev-next", "上一篇：全省召开数字政府建设推进会\n下一篇：省大数据局举行开放日活动"),
    ("print-close", "【打印】【关闭】"),
    ("share", "分享到：微信 微博 QQ空间"),
    ("scan", "扫一扫在手机打开当前页"),
    ("copyright-sign", "© 2023 山东省人民政府 版权所有"),
    ("copyright-english", "Copyright © 2003-2023 CRI Online. All Rights Reserved."),
    ("font-print-close", "【字体：大 中 小】 【打印本页】 【关闭窗口】"),
    ("editor-line", "【编辑:叶攀】"),
    ("chief-editor-then-related", "责任编辑：张三\n相关新闻\n全省召开数字政府建设推进会"),
    ("site-footer", "主办单位：山东省人民政府办公厅  网站标识码：3700000064"),
    ("traditional-related", "相關新聞：\n全省召開數字政府建設推進會"),
]


@pytest.mark.parametrize("tail", [t[1] for t in TAILS], ids=[t[0] for t in TAILS])
def test_body_end_lands_on_the_first_tail_line(tail):
    text = "全省数字政府建设推进会召开\n来源：新华网\n" + BODY + "\n" + BODY + "\n\n  " + tail + "\n"
    meta = meta_of(text)
    assert meta.body_end == text.index(tail)
    assert text[meta.body_start : meta.body_end].strip() == BODY + "\n" + BODY


# (id, body): nothing here is boilerplate; body_end must be len(text).
NOT_TAILS = [
    ("copyright-in-body-last", BODY + "\n加强版权保护，维护版权所有人合法权益，严厉打击侵权盗版行为。"),
    ("copyright-in-body-middle", BODY + "\n加强版权保护，维护版权所有人合法权益，严厉打击侵权盗版行为。\n" + BODY),
    ("related-links-mid-body", BODY + "\n相关链接：\n" + BODY + "\n" + BODY),
    ("notice-signature", BODY + "\n山东省人民政府办公厅\n2023年2月3日"),
    ("author-line-at-end", BODY + "\n（文/张三）"),
    ("statement-word-in-body", BODY + "\n会议发表联合声明，双方同意加强合作，共同推进数字政府建设。"),
]


@pytest.mark.parametrize("body", [t[1] for t in NOT_TAILS], ids=[t[0] for t in NOT_TAILS])
def test_body_is_not_cut(body):
    text = "全省数字政府建设推进会召开\n" + body
    assert meta_of(text).body_end == len(text)


def test_byline_at_body_end_stays_in_body():
    text = "标题在这里测试\n" + BODY + "(文 郭富莹)\n\n版权声明\n本网所有内容未经授权不得转载。"
    meta = meta_of(text)
    assert "(文 郭富莹)" in text[meta.body_start : meta.body_end]
    assert meta.body_end == text.index("版权声明")
    assert meta.author == "郭富莹"


def test_tail_is_not_read_for_header_values():
    text = "标题在这里测试\n" + BODY + "\n\n版权声明\n2、凡本网注明“来源:国际在线”的所有信息内容，未经书面授权，不得转载。"
    assert meta_of(text).outlet is None


# (surface, value)
DATES = [
    ("2023-02-03 14:05:57", datetime(2023, 2, 3, 14, 5, 57)),
    ("2023年02月03日 14:05", datetime(2023, 2, 3, 14, 5)),
    ("2023年2月3日14时05分", datetime(2023, 2, 3, 14, 5)),
    ("2023/2/3", datetime(2023, 2, 3)),
    ("2023.02.03", datetime(2023, 2, 3)),
    ("2022- 04- 27", datetime(2022, 4, 27)),
    ("２０２３－０２－０３　１４：０５", datetime(2023, 2, 3, 14, 5)),
    ("二〇二三年二月三日", datetime(2023, 2, 3)),
    ("二〇二二年十二月三十一日", datetime(2022, 12, 31)),
    ("2023-02-03T14:05:57", datetime(2023, 2, 3, 14, 5, 57)),
    ("發佈時間：2023年02月03日", datetime(2023, 2, 3)),
    # read through dates.find_dates: every form its grammar knows
    ("2019年07月19日21:11", datetime(2019, 7, 19, 21, 11)),
    ("二〇二三年十月二十八日", datetime(2023, 10, 28)),
    ("民國113年2月29日", datetime(2024, 2, 29)),
    ("发布日期：民国113年2月29日", datetime(2024, 2, 29)),
    ("2023年2月3日 下午3:30", datetime(2023, 2, 3, 15, 30)),
    ("2023年2月3日10时", datetime(2023, 2, 3, 10)),  # an hour alone: value 2023-02-03T10
    ("2023年12月31日24时", datetime(2024, 1, 1)),  # 24时 ends the day: the next midnight
    # a weekday or time zone between the date and its time (local fallback)
    ("2023年10月18日（星期三）香港時間16時30分", datetime(2023, 10, 18, 16, 30)),
    ("2023年2月3日 星期五 14:05", datetime(2023, 2, 3, 14, 5)),
    ("2023年2月3日 北京时间 10:30:15", datetime(2023, 2, 3, 10, 30, 15)),
    ("2024年2月28日（星期三）", datetime(2024, 2, 28)),
]
NOT_DATES = [
    "2月3日", "2023年", "2023-13-01", "2023-02-30", "12345-01-01", "20230203", "", "来源：新华网",
    "2023年2月",  # a month is no publication time
    "2023年第一季度",
    "民國113年",
    "2023年2月3日至5日",  # a range is no point in time
    "2月3日 14:05",  # the year is not written
    "今天 10:30",
    "2023年2月29日",
]


@pytest.mark.parametrize("surface, value", DATES, ids=[d[0] for d in DATES])
def test_parse_datetime(surface, value):
    assert parse_datetime(surface) == value


@pytest.mark.parametrize("surface", NOT_DATES)
def test_parse_datetime_rejects(surface):
    assert parse_datetime(surface) is None


def test_seed_metadata():
    text = (FIXTURES / "000_ed59100b0a95fe47.txt").read_text(encoding="utf-8")
    meta = meta_of(text)
    assert fields(meta) == expect(
        title="坚持数字先行 山东省数字政府发展指数列省域前三",
        published_at=datetime(2023, 2, 3, 14, 5, 57),
        outlet="中央广电总台国际在线", editor="侯艳艳", chief_editor="赵银平", author="郭富莹",
    )
    assert meta.body_end == text.index("国际在线版权与信息产品内容销售的声明")
    assert text[meta.body_start :].startswith("2月3日")
    assert "(文 郭富莹)" in text[meta.body_start : meta.body_end]


def test_folded_of_wrong_length_is_refused():
    text = "标题测试新闻\n来源：新华网\n" + BODY
    with pytest.raises(ValueError):
        find_metadata(text, "")


@pytest.mark.parametrize("text, folded", [(None, ""), (b"x", "x"), ("x", None)])
def test_misuse_raises_type_error(text, folded):
    with pytest.raises(TypeError):
        find_metadata(text, folded)  # type: ignore[arg-type]


def test_padded_label_table_header():
    text = "索引号：000014349/2023-00012\n标　　题：国务院办公厅关于印发方案的通知\n发文字号：国办发〔2023〕5号\n各省人民政府："
    assert meta_of(text).title == "国务院办公厅关于印发方案的通知"


GENRE = list("来源编辑责编作者记者摄文发布时间日期年月日电讯本报新华社版权声明相关新闻上一篇打印关闭分享到©首页>")
GENRE += ["来源:", "编辑：", "责任编辑：", "(记者 ", ")", "（文 ", "）", "2023-02-03 14:05:57", "2019年07月19日21:11",
          "当前位置：", "\n", "\n\n", " ", "\u3000", "。", "，", "——", "【", "】", "张三", "李四", "国际在线", "凡本网注明"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(GENRE), max_size=60).map("".join))
def test_never_raises_on_genre_text(text):
    meta_of(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_on_any_text(text):
    meta_of(text)


# Bugs found by reading releases of many shapes (tests/data/releases).
METADATA_BUGS_CAUGHT = [
    (
        # a weekday and a time zone between the date and the time (Hong Kong) hid the date
        "hong-kong-weekday-and-zone",
        "政府公布「智方便」推廣計劃\n2023年10月18日（星期三）香港時間16時30分\n\n" + BODY,
        expect(title="政府公布「智方便」推廣計劃", published_at=datetime(2023, 10, 18, 16, 30)),
        "全省加快",
    ),
    (
        # an organization written after the header date without a 来源 label (Macau)
        "macau-bare-outlet",
        "澳門特區政府公佈第三季失業率\n２０２３－１０－２７　１７：１５　新聞局\n\n" + BODY,
        expect(title="澳門特區政府公佈第三季失業率", published_at=datetime(2023, 10, 27, 17, 15), outlet="新聞局"),
        "全省加快",
    ),
    (
        # an official document dated only under its issuer's name at the end
        "signature-date",
        "某省人民政府关于加快推进数字乡村建设的实施意见\n某政发〔2023〕12号\n\n" + BODY + "\n" + BODY
        + "\n某省人民政府\n2023年6月8日",
        expect(title="某省人民政府关于加快推进数字乡村建设的实施意见", published_at=datetime(2023, 6, 8)),
        "全省加快",
    ),
]


@pytest.mark.parametrize("text, expected, body_head", [c[1:] for c in METADATA_BUGS_CAUGHT],
                         ids=[c[0] for c in METADATA_BUGS_CAUGHT])
def test_metadata_bugs_caught(text, expected, body_head):
    meta = meta_of(text)
    assert fields(meta) == expected
    assert text[meta.body_start :].startswith(body_head)


# Negative twins: what must not be read by the new rules.
@pytest.mark.parametrize("text", [
    # a sentence after the date is not an outlet
    "全省数字政府建设推进会召开\n2023-02-03 14:05 会议召开\n\n" + BODY,
    # a header label gives the outlet; the bare rule is not needed and finds nothing else
    "全省数字政府建设推进会召开\n2023-02-03 14:05 记者\n\n" + BODY,
])
def test_no_bare_outlet(text):
    assert meta_of(text).outlet is None


def test_signature_date_never_overrides_a_header_date():
    text = "全省数字政府建设推进会召开\n发布时间：2023-07-01\n" + BODY + "\n" + BODY + "\n某省人民政府\n2023年6月8日"
    assert meta_of(text).published_at == datetime(2023, 7, 1)


@pytest.mark.parametrize("closing", ["完", "（完）", "【完】", "-完-"])
def test_end_mark_opens_the_tail_and_its_date_dates_the_release(closing):
    # 完 ends the release: the tail begins there, and the date and time under it still date the release
    body = "全省数字政府建设推进会召开\n来源：新华网\n" + BODY + "\n" + BODY + "\n\n" + closing
    text = body + "\n2023年10月18日（星期三）\n香港時間16時30分\n今日新聞公報\n返回頁首\n"
    meta = meta_of(text)
    assert meta.body_end == text.index(closing, len(body) - len(closing))
    assert meta.published_at == datetime(2023, 10, 18, 16, 30)


def test_a_line_starting_with_wan_cheng_is_body():
    text = "全省数字政府建设推进会召开\n来源：新华网\n" + BODY + "\n完成年度目标任务的63.7%。\n"
    assert meta_of(text).body_end == len(text)


# Bugs found by reading web captures, info tables and plans (tests/data/releases).
TABLE = (
    "索  引  号：11370000004234100X/2023-00123\n主题分类：综合政务\n发文机关：山东省人民政府办公厅\n"
    "成文日期：2023年05月16日\n标　　题：山东省人民政府办公厅关于进一步优化政务服务的实施意见\n"
    "发文字号：鲁政办发〔2023〕6号\n发布日期：2023年05月22日\n\n"
    "山东省人民政府办公厅关于进一步优化政务服务的实施意见\n鲁政办发〔2023〕6号\n"
)
TABLE_NEXT_LINE = (
    "索 引 号：\n000014349/2024-00021\n发文机关：\n国务院办公厅\n成文日期：\n2024年01月05日\n"
    "标　　题：\n国务院办公厅关于加快构建废弃物循环利用体系的意见\n发文字号：\n国办发〔2024〕7号\n"
    "发布日期：\n2024年01月12日\n\n"
)
TABLE_TABS = (
    "索 引 号：\t11440000006983958C/2023-00345\t分类：\t财政、金融、审计\n"
    "发布机构：\t广东省财政厅\t成文日期：\t2023-11-20\n"
    "标\u3000\u3000题：\t广东省财政厅关于下达2024年专项资金的通知\n"
    "文\u3000\u3000号：\t粤财工〔2023〕215号\t发布日期：\t2023-11-24\n\n"
)
WECHAT_HEAD = (
    "重磅！我省出台20条措施支持民营经济发展\n原创 某省发布 某省发布 2024-03-18 19:30 发表于山东\n来源：某省发布\n"
    "原标题：《关于促进民营经济发展壮大的若干措施》印发\n作者：刘晓\n编辑：王敏\n审核：陈刚\n\n"
)
STRUCTURE_BUGS_CAUGHT = [
    (
        # padded labels (索  引  号：, 标　　题：) were not labels: the first table row became the title
        "info-table-padded-labels",
        TABLE + "各市人民政府：\n" + BODY,
        expect(
            title="山东省人民政府办公厅关于进一步优化政务服务的实施意见", published_at=datetime(2023, 5, 22),
            outlet="山东省人民政府办公厅",  # no 来源, no 发布机构: the 发文机关
        ),
        "各市人民政府",
    ),
    (
        # a label alone on its line takes the next line as its value; 成文日期 is no publication date
        "info-table-values-on-next-line",
        TABLE_NEXT_LINE + "国务院办公厅关于加快构建废弃物循环利用体系的意见\n国办发〔2024〕7号\n各省人民政府：\n" + BODY,
        expect(
            title="国务院办公厅关于加快构建废弃物循环利用体系的意见", published_at=datetime(2024, 1, 12),
            outlet="国务院办公厅",  # no 来源, no 发布机构: the 发文机关
        ),
        "各省人民政府",
    ),
    (
        # a tab after the colon cut the value to nothing
        "info-table-tab-separated",
        TABLE_TABS + "各地级以上市财政局：\n" + BODY,
        expect(
            title="广东省财政厅关于下达2024年专项资金的通知", published_at=datetime(2023, 11, 24),
            outlet="广东省财政厅",  # no 来源: the 发布机构
        ),
        "各地级以上市财政局",
    ),
    (
        # the account line was a subtitle and 原标题： opened the body
        "wechat-account-line-and-original-title",
        WECHAT_HEAD + BODY + "\n\n点击下方“阅读原文”查看全文\n长按二维码关注我们\n往期推荐\n我省一季度经济运行实现良好开局\n",
        expect(
            title="重磅！我省出台20条措施支持民营经济发展", published_at=datetime(2024, 3, 18, 19, 30),
            outlet="某省发布", editor="王敏", author="刘晓",
        ),
        "全省加快",
    ),
    (
        # 【纠错】 before a bracketed 责任编辑 hid the tail and its chief editor
        "bracketed-furniture-and-label-tail",
        "我国将全面推进政务服务“一网通办”\n2024-01-16 20:58:31 来源：新华网\n" + BODY + "\n【纠错】 【责任编辑：曹家宁】\n",
        expect(
            title="我国将全面推进政务服务“一网通办”", published_at=datetime(2024, 1, 16, 20, 58, 31),
            outlet="新华网", chief_editor="曹家宁",
        ),
        "全省加快",
    ),
    (
        # the subtitle repeated under the header opened the body
        "repeated-title-and-subtitle",
        "奋力书写高质量发展新篇章\n——某市2023年经济社会发展综述\n来源：某日报　发布时间：2024-01-02 07:45\n"
        "奋力书写高质量发展新篇章\n——某市2023年经济社会发展综述\n" + BODY,
        expect(title="奋力书写高质量发展新篇章", published_at=datetime(2024, 1, 2, 7, 45), outlet="某日报"),
        "全省加快",
    ),
]


@pytest.mark.parametrize("text, expected, body_head", [c[1:] for c in STRUCTURE_BUGS_CAUGHT],
                         ids=[c[0] for c in STRUCTURE_BUGS_CAUGHT])
def test_structure_bugs_caught(text, expected, body_head):
    meta = meta_of(text)
    assert fields(meta) == expected
    assert text[meta.body_start :].startswith(body_head)


def test_wechat_tail_opens_the_boilerplate():
    text = STRUCTURE_BUGS_CAUGHT[3][1]
    assert meta_of(text).body_end == text.index("点击下方")


# (id, tail) that open the boilerplate; appended after a real body.
NEW_TAILS = [
    ("read-original", "点击下方“阅读原文”查看全文"),
    ("long-press-qr", "长按二维码关注我们\n往期推荐\n全省春季农业生产全面展开"),
    ("past-posts", "往期推荐\n我省一季度经济运行实现良好开局\n全省春季农业生产全面展开"),
    ("bracket-furniture", "【纠错】 【责任编辑：曹家宁】"),
    ("bracket-furniture-print", "【打印】 【编辑：叶攀】"),
    ("english-abstract", "Abstract: In 2023, the province's R&D expenditure reached 218 billion yuan.\nKeywords: innovation; R&D"),
]


@pytest.mark.parametrize("tail", [t[1] for t in NEW_TAILS], ids=[t[0] for t in NEW_TAILS])
def test_new_tails(tail):
    text = "全省数字政府建设推进会召开\n来源：新华网\n" + BODY + "\n" + BODY + "\n\n" + tail + "\n"
    assert meta_of(text).body_end == text.index(tail)


# Negative twins of the rules above.
def test_a_label_alone_does_not_swallow_a_label_line():
    text = "标题在这里测试\n索引号：\n发布日期：2023-05-22\n" + BODY
    meta = meta_of(text)
    assert meta.published_at == datetime(2023, 5, 22)
    assert text[meta.body_start :].startswith("全省加快")


def test_a_date_in_a_title_cell_is_no_publication_date():
    text = "标　　题：关于2023年5月1日起调整最低工资标准的通知\n成文日期：2023-04-20\n\n" + BODY
    meta = meta_of(text)
    assert meta.title == "关于2023年5月1日起调整最低工资标准的通知"
    assert meta.published_at is None


def test_a_headline_wins_over_a_title_cell():
    text = "市政府召开常务会议\n标题：市政府第45次常务会议\n发布日期：2023-08-11\n" + BODY
    assert meta_of(text).title == "市政府召开常务会议"


def test_an_original_sentence_with_a_date_is_body():
    text = "全省数字政府建设推进会召开\n原创作品于2023年3月5日发表，作者获得一等奖。\n" + BODY
    meta = meta_of(text)
    assert meta.published_at is None
    assert text[meta.body_start :].startswith("原创作品")


def test_a_bracket_with_a_sentence_is_no_furniture():
    text = "全省数字政府建设推进会召开\n来源：新华网\n" + BODY + "\n【纠错】【会议要求，各地加快推进各项工作。】\n"
    assert meta_of(text).body_end == len(text)


@pytest.mark.parametrize("issuer", ["某省统计局", "某市人民政府办公室", "国家发展和改革委员会"])
def test_an_issuer_line_under_the_title_is_no_subtitle(issuer):
    # BUGS_CAUGHT: a 统计公报's issuer line was read as its subtitle
    text = f"2023年某省国民经济和社会发展统计公报\n{issuer}\n2024年03月15日\n\n初步核算，全年全省地区生产总值增长5.2%。\n"
    meta = find_metadata(text, fold(text))
    assert meta.subtitle is None
    assert meta.title == "2023年某省国民经济和社会发展统计公报"
    assert meta.published_at is not None and meta.published_at.year == 2024


def test_a_page_run_together_on_one_line_keeps_its_body():
    # BUGS_CAUGHT: a page scraped without line breaks was read as boilerplate from offset 0
    body = "政务服务水平持续提升。全省政务服务事项网上可办率达到90%以上。" * 12
    text = body + "(文 郭富莹) 国际在线版权与信息产品内容销售的声明 1、凡本网注明“来源:国际在线”的所有信息内容,未经书面授权,任何单位及个人不得转载。"
    meta = find_metadata(text, fold(text))
    assert meta.body_end == text.index("国际在线版权")
    assert meta.body_start == 0


def test_a_short_tail_line_still_ends_at_its_start():
    text = "标题测试新闻\n来源：新华网\n\n" + BODY + "\n版权所有：某市人民政府 © 2024\n"
    meta = find_metadata(text, fold(text))
    assert text[meta.body_end:].startswith("版权所有")


# Publication times read through dates.find_dates (id, text, published_at, outlet).
BODY2 = BODY + "\n" + BODY
HEADER_DATES = [
    # BUGS_CAUGHT: a 民國 year under a 發布日期 label was not read (hong_kong_macau_taiwan/taiwan_economic_growth)
    ("taiwan-minguo-label", "行政院公布112年度經濟成長率\n發布日期：民國113年2月29日　資料來源：行政院主計總處\n\n" + BODY,
     datetime(2024, 2, 29), "行政院主計總處"),
    # BUGS_CAUGHT: a date line with a weekday and the gazette's name was body (hong_kong_macau_taiwan/hong_kong_budget_statement)
    ("hong-kong-gazette-line", "政府公布二〇二三年全年經濟數據\n2024年2月28日（星期三）　香港特別行政區政府新聞公報\n\n" + BODY,
     datetime(2024, 2, 28), "香港特別行政區政府新聞公報"),
    ("hong-kong-gazette-line-with-time",
     "政府公布二〇二三年全年經濟數據\n2024年2月28日（星期三）香港時間11時00分　香港特別行政區政府新聞公報\n\n" + BODY,
     datetime(2024, 2, 28, 11), "香港特別行政區政府新聞公報"),
    ("chinese-numeral-signature", "某省人民政府关于加快推进数字乡村建设的实施意见\n\n" + BODY2 + "\n某省人民政府\n二〇二三年六月八日",
     datetime(2023, 6, 8), None),
    ("end-of-day-hour", "全省数字政府建设推进会召开\n发布时间：2023年12月31日24时　来源：新华网\n" + BODY,
     datetime(2024, 1, 1), "新华网"),
    ("hour-only", "全省数字政府建设推进会召开\n发布时间：2023年2月3日10时　来源：新华网\n" + BODY,
     datetime(2023, 2, 3, 10), "新华网"),
    ("full-width-spaced", "全省数字政府建设推进会召开\n发布日期：２０２２－　０４－　２７\n" + BODY, datetime(2022, 4, 27), None),
    ("minguo-date-line", "行政院公布112年度經濟成長率\n民國113年2月29日　行政院主計總處\n\n" + BODY,
     datetime(2024, 2, 29), "行政院主計總處"),
    # negative: what is no publication time
    ("month-only-label", "全省数字政府建设推进会召开\n发布日期：2023年2月　来源：新华网\n" + BODY, None, "新华网"),
    ("year-less-label", "全省数字政府建设推进会召开\n发布时间：2月3日 14:05　来源：新华网\n" + BODY, None, "新华网"),
    ("range-label", "全省数字政府建设推进会召开\n发布日期：2023年2月3日至5日　来源：新华网\n" + BODY, None, "新华网"),
    ("date-line-then-sentence",
     "政府公布全年經濟數據\n2024年2月28日（星期三）　政府今日公布全年經濟數據並宣布多項紓困措施\n\n" + BODY, None, None),
]


@pytest.mark.parametrize("text, published_at, outlet", [c[1:] for c in HEADER_DATES], ids=[c[0] for c in HEADER_DATES])
def test_header_dates(text, published_at, outlet):
    meta = meta_of(text)
    assert meta.published_at == published_at
    assert meta.outlet == outlet


# Column labels, tags and issuer lines of web captures and Macau releases (tests/data/releases) exposed these.
# (id, text, expected fields, the body starts with, the boilerplate starts with or None)
COLUMN_AND_ISSUER_BUGS_CAUGHT = [
    (
        # a gov.cn page: 【我要纠错】 and a bare 责任编辑 label share a line; it was read as body
        "govcn-correction-line",
        "国务院常务会议部署推动设备更新\n2024-03-01 19:30　来源：新华社\n【字体：大 中 小】打印\n"
        + BODY + "\n【我要纠错】 责任编辑：王洋\n相关稿件\n",
        expect(title="国务院常务会议部署推动设备更新", published_at=datetime(2024, 3, 1, 19, 30),
               outlet="新华社", chief_editor="王洋"),
        "全省加快", "【我要纠错】",
    ),
    (
        # a site's column name above the headline was the title and the headline its subtitle
        "county-column-label",
        "县域新闻\n我县举办首届篮球联赛\n2024-07-15 09:16:28　来源：某某县融媒体中心\n\n" + BODY,
        expect(title="我县举办首届篮球联赛", published_at=datetime(2024, 7, 15, 9, 16, 28), outlet="某某县融媒体中心"),
        "全省加快", None,
    ),
    (
        "govnews-column-label",
        "政务要闻\n市政府召开常务会议\n发布时间：2023-08-11　来源：市政府办公室\n" + BODY,
        expect(title="市政府召开常务会议", published_at=datetime(2023, 8, 11), outlet="市政府办公室"),
        "全省加快", None,
    ),
    (
        # a bracketed column tag opening the headline is not part of the title
        "bracketed-title-tag",
        "【营商环境】我区多措并举打造一流营商环境\n来源：区营商环境建设局　　发布时间：2024-05-27\n\n" + BODY,
        expect(title="我区多措并举打造一流营商环境", published_at=datetime(2024, 5, 27), outlet="区营商环境建设局"),
        "全省加快", None,
    ),
    (
        # a Macau 新聞局 page: the issuer line under the title is the outlet
        "macau-issuer-line",
        "特區政府推出「一戶通」新功能\n新聞局\n2024-06-12 17:45\n\n" + BODY,
        expect(title="特區政府推出「一戶通」新功能", published_at=datetime(2024, 6, 12, 17, 45), outlet="新聞局"),
        "全省加快", None,
    ),
]


@pytest.mark.parametrize("text, expected, body_head, tail", [c[1:] for c in COLUMN_AND_ISSUER_BUGS_CAUGHT],
                         ids=[c[0] for c in COLUMN_AND_ISSUER_BUGS_CAUGHT])
def test_column_labels_tags_and_issuer_lines(text, expected, body_head, tail):
    meta = meta_of(text)
    assert fields(meta) == expected
    assert text[meta.body_start:].startswith(body_head)
    if tail is None:
        assert not text[meta.body_end:].strip()
    else:
        assert text[meta.body_end:].startswith(tail)


# Negative twins: what the new rules must leave alone.
COLUMN_AND_ISSUER_NOT_CHANGED = [
    # a short headline ending like a column name, with a date line under it, stays the title
    ("column-word-title", "全省新闻\n2024-01-02　来源：省政府\n" + BODY, "全省新闻", None),
    # a bracketed tag with nothing of a headline after it is kept as written
    ("tag-only", "【营商环境】\n来源：某局\n" + BODY, "【营商环境】", None),
    # a labelled 来源 wins over the issuer line
    ("label-beats-issuer", "某省统计公报发布\n某省统计局\n2024-03-15 来源：某省人民政府网\n\n" + BODY,
     "某省统计公报发布", "某省人民政府网"),
]


@pytest.mark.parametrize("text, title, outlet", [c[1:] for c in COLUMN_AND_ISSUER_NOT_CHANGED],
                         ids=[c[0] for c in COLUMN_AND_ISSUER_NOT_CHANGED])
def test_column_and_issuer_rules_leave_these_alone(text, title, outlet):
    meta = meta_of(text)
    assert meta.title == title
    if outlet is not None:
        assert meta.outlet == outlet


def test_a_body_line_with_a_bracketed_lead_and_a_sentence_is_no_furniture():
    text = "全省数字政府建设推进会召开\n来源：新华网\n" + BODY + "\n【链接】会议要求，各地加快推进各项工作。\n"
    assert meta_of(text).body_end == len(text)


# ---------------------------------------------------------------------------
# Whole releases (tests/data/releases): body bounds no expectation table states


def test_web_page_body_skips_crumbs_and_controls():
    text, doc = extract_release("web_captures/city_employment_meeting_page")
    assert text[doc.body_start:].startswith("7月4日，市人社局召开")
    assert "上一篇" not in text[doc.body_start:doc.body_end]
    assert "©" not in text[doc.body_start:doc.body_end]


def test_abstract_is_not_extracted():
    text, doc = extract_release("bulletins/science_innovation_report_english_abstract")
    assert all(q.start < doc.body_end for q in doc.quantities)
    assert "218 billion" not in text[doc.body_start : doc.body_end]


def test_table_values_are_not_read_as_body():
    for name in ("web_captures/shandong_info_table_same_line", "web_captures/state_council_info_table_next_line",
                 "web_captures/guangdong_info_table_tabs"):
        text, doc = extract_release(name)
        body = text[doc.body_start : doc.body_end]
        assert "索" not in body[:20] and "发文字号" not in body and "主题分类" not in body


def test_meeting_closing_formula_stays_in_the_body():
    text, doc = extract_release("news/provincial_executive_meeting")
    assert "会议还研究了其他事项。" in text[doc.body_start : doc.body_end]
