"""Page furniture above the headline of a web capture: never the title, and the headline after it is.

Each case is a page top as crawlers save it, then a header line and a body; the
title, the outlet and where the body starts are checked.
"""

from __future__ import annotations

import pytest

from govextract.metadata import find_metadata
from govextract.metadata.furniture import is_furniture, is_site_name, page_title_parts
from govextract.normalize import fold

BODY = "　　全省加快推进数字政府建设，政务服务事项网上可办率达到90%以上，群众满意度持续提升。\n"
HEADER = "发布时间：2024-04-18 09:32\n"

# (id, page top, title, outlet or None)
HEADLINE_CASES = [
    ("provincial-portal",
     "江西省人民政府门户网站\n无障碍 | 长者模式 | 繁体 | English | 登录 | 注册\n首页 | 政务公开 | 政务服务 | 互动交流\n"
     "请输入关键词　搜索\n当前位置：首页 > 政务公开 > 政务要闻\n政务要闻\n我省数字政府建设综合指数升至全国第8位\n",
     "我省数字政府建设综合指数升至全国第8位", None),
    ("skip-to-content-and-traditional-site-twice",
     "跳過導航\n澳門特別行政區政府入口網站\n繁體 | 简体 | Português | English\n澳門特別行政區政府入口網站\n"
     "今年第一季本地生產總值實質上升\n",
     "今年第一季本地生產總值實質上升", None),
    ("english-skip-line",
     "Skip to main content\n香港特別行政區政府\n新聞公報\n政府公布第一季經濟報告\n",
     "政府公布第一季經濟報告", None),
    ("menu-with-ideographic-spaces",
     "青岚市人民政府\n首页　政务公开　政务服务　政民互动　数据开放\n全市一季度经济运行稳中向好\n",
     "全市一季度经济运行稳中向好", None),
    ("bookmark-row-and-channel-name",
     "新华网 江苏频道\n加入收藏夹 | 设为首页 | 手机版 | 客户端下载\n新华网 > 江苏频道 > 正文\n江苏出台县域富民产业实施意见\n",
     "江苏出台县域富民产业实施意见", None),
    ("column-named-by-the-crumb",
     "石门县人民政府\n当前位置：首页 >> 新闻中心 >> 今日石门\n今日石门\n石门县柑橘产业综合产值突破50亿元\n",
     "石门县柑橘产业综合产值突破50亿元", None),
    ("pointer-line",
     "（点击查阅更多2024年地方政府工作报告）\n青岚市2024年政府工作报告\n",
     "青岚市2024年政府工作报告", None),
    ("page-title-with-site-suffix",
     "政府工作报告_青岚市人民政府\n青岚市人民政府\n登录 | 注册\n您现在的位置：首页 > 政务公开\n政府工作报告\n",
     "政府工作报告", "青岚市人民政府"),
    ("page-title-with-dash-suffix",
     "政府公布第一季經濟報告 - 香港特別行政區政府新聞公報\nSkip to main content\n政府公布第一季經濟報告\n",
     "政府公布第一季經濟報告", "香港特別行政區政府新聞公報"),
    ("page-title-with-suffix-after-the-menus",
     "某市人民政府门户网站\n首页 | 政务公开 | 政务服务 | 互动交流\n无障碍 | 繁体 | English | 登录\n"
     "当前位置：首页 >> 新闻中心 >> 部门动态\n我市政务服务改革取得新进展_某市人民政府\n我市政务服务改革取得新进展\n",
     "我市政务服务改革取得新进展", "某市人民政府"),
    ("traditional-login-row-and-column-under-the-crumb",
     "跳過導航\n澳門特別行政區政府入口網站\n登入一戶通　|　無障礙瀏覽\n首頁 > 新聞 > 新聞詳情\n經濟財政\n"
     "中小企業援助計劃優化措施下月起實施 免息貸款上限提高\n",
     "中小企業援助計劃優化措施下月起實施 免息貸款上限提高", None),
    ("unknown-row-between-page-title-and-its-repeat",
     "二〇二四年三月零售業銷貨數字臨時估計 - 香港特別行政區政府新聞公報\nSkip to main content\n"
     "GovHK 香港政府一站通\n某部門網站連結\n二〇二四年三月零售業銷貨數字臨時估計\n",
     "二〇二四年三月零售業銷貨數字臨時估計", "香港特別行政區政府新聞公報"),
    ("page-title-repeated-without-suffix",
     "我县召开防汛抗旱工作会议\n桐溪县融媒体中心\n首页 | 本地新闻 | 乡镇动态 | 政务服务\n我县召开防汛抗旱工作会议\n",
     "我县召开防汛抗旱工作会议", None),
    ("wrapped-headline-open-bracket",
     "新华网 江苏频道\n省委办公厅 省政府办公厅印发《关于加快发展\n县域富民产业的实施意见》\n",
     "省委办公厅 省政府办公厅印发《关于加快发展\n县域富民产业的实施意见》", None),
    ("wrapped-headline-document-kind",
     "国务院关于推动内蒙古高质量发展\n奋力书写中国式现代化新篇章的意见\n",
     "国务院关于推动内蒙古高质量发展\n奋力书写中国式现代化新篇章的意见", None),
    ("wrapped-headline-kind-alone",
     "桐溪县2023年国民经济和社会发展\n统计公报\n",
     "桐溪县2023年国民经济和社会发展\n统计公报", None),
]


@pytest.mark.parametrize("top, title, outlet", [c[1:] for c in HEADLINE_CASES], ids=[c[0] for c in HEADLINE_CASES])
def test_furniture_is_never_the_title(top, title, outlet):
    text = top + HEADER + BODY
    meta = find_metadata(text, fold(text))
    assert meta.title == title
    assert text[meta.title_start : meta.title_end] == title
    assert meta.outlet == outlet
    assert text[meta.body_start :].startswith("全省加快")


# A subtitle stays a subtitle: the second line is a headline of its own, not the rest of the first.
NOT_WRAPPED = [
    ("dashed-subtitle", "政府工作报告\n——2024年1月16日在青岚市第十七届人民代表大会第四次会议上\n", "政府工作报告"),
    ("second-headline", "全市经济运行稳中向好\n一季度地区生产总值增长5.6%\n", "全市经济运行稳中向好"),
    ("site-name-like-headline-alone", "加快建设数字政府\n" , "加快建设数字政府"),
]


@pytest.mark.parametrize("top, title", [c[1:] for c in NOT_WRAPPED], ids=[c[0] for c in NOT_WRAPPED])
def test_second_lines_that_do_not_continue_the_title(top, title):
    text = top + HEADER + BODY
    assert find_metadata(text, fold(text)).title == title


@pytest.mark.parametrize("line, furniture", [
    ("首页 | 政务公开 | 互动交流", True),
    ("无障碍 | 长者模式 | 繁体 | English | 登录 | 注册", True),
    ("加入收藏夹 | 设为首页 | 登录 | 搜索", True),
    ("Skip to Content", True),
    ("国务院 总理 新闻 政策 互动 服务", True),
    ("（点击查阅更多2006年地方政府工作报告）", True),
    ("请输入关键词 搜索", True),
    ("坚持数字先行 山东省数字政府发展指数列省域前三", False),
    ("政 府 工 作 报 告", False),
    ("清单化推进 事项落地见效", False),
    ("（一）着力扩大有效需求", False),
])
def test_furniture_lines(line, furniture):
    view = fold(line)
    assert is_furniture(view, 0, len(view)) is furniture


@pytest.mark.parametrize("line, site", [
    ("江西省人民政府门户网站", True), ("新华网 江苏频道", True), ("桐溪县融媒体中心", True),
    ("香港特別行政區政府", True), ("全省经济运行稳中向好", False), ("中央广电总台国际在线编辑", False),
])
def test_site_names(line, site):
    view = fold(line)
    assert is_site_name(view, 0, len(view)) is site


@pytest.mark.parametrize("line, head, site", [
    ("政府工作报告_青岚市人民政府", "政府工作报告", "青岚市人民政府"),
    ("政府公布經濟報告 - 香港特別行政區政府新聞公報", "政府公布經濟報告", "香港特別行政區政府新聞公報"),
    ("关于推动数字经济发展的实施意见 - 青禾区人民政府网", "关于推动数字经济发展的实施意见", "青禾区人民政府网"),
    ("奋力谱写新篇章——全市经济运行综述", None, None),
    ("全市召开会议_部署全年工作", None, None),
])
def test_page_title_suffix(line, head, site):
    view = fold(line)
    parts = page_title_parts(view, (0, len(view)))
    if head is None:
        assert parts is None
    else:
        assert parts is not None
        assert (line[slice(*parts[0])], line[slice(*parts[1])]) == (head, site)
