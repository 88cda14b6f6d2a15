"""Where the tail of a web capture begins: the first line of what follows the article.

Related-news lists with or without a label, 上一篇/下一篇, share and print rows and
site footers are the tail, and so is a Hong Kong release's end mark 完 (the date
under it still dates the release); the document's own closing (特此公告, the issuer's
signature, its date line) stays in the body, and so does a last paragraph of short lines that are not headlines.
"""

from __future__ import annotations

import pytest

from govextract.metadata import find_metadata
from govextract.normalize import fold

HEAD = "全省数字政府建设推进会召开\n来源：某省人民政府网\n\n"
BODY = (
    "　　会议指出，全省加快推进数字政府建设，政务服务事项网上可办率达到90%以上。\n"
    "　　会议要求，各地要压实工作责任，确保各项任务落地见效。\n"
)

# (id, what follows the body, where the tail begins or None for no tail)
CASES = [
    ("unlabelled-related-headlines",
     "我县启动2024年防汛应急演练\n县政务服务中心推出“周末不打烊”延时服务\n上一篇：全县安全生产工作会议召开\n",
     "我县启动2024年防汛应急演练"),
    ("bulleted-related-headlines",
     "· 全省政务服务“一网通办”工作推进会召开\n· 我省出台数据要素市场化配置改革实施方案\n下一篇：省数据局召开全省数据工作会议\n",
     "· 全省政务服务"),
    ("labelled-recommendations", "推荐阅读\n江苏：今年计划新建改造农村公路3000公里\n", "推荐阅读"),
    ("hot-topics-label", "热点专题\n全面推进乡村振兴\n高质量发展调研行\n", "热点专题"),
    ("news-recommendation-label", "新闻推荐\n全省春耕生产有序推进\n", "新闻推荐"),
    ("print-and-close-row", "【打印】【关闭】\n扫一扫在手机打开当前页\n", "【打印】【关闭】"),
    ("footer-only", "主办单位：某省人民政府办公厅　承办单位：某省信息中心\n网站标识码：3600000010　赣ICP备05004093号\n",
     "主办单位"),
    ("footer-with-icp-first", "赣ICP备05004093号　赣公网安备36010802000123号\n联系我们 | 网站地图\n", "赣ICP备"),
    ("signature-and-date-stay", "特此公告。\n某省人民政府办公厅\n2024年3月26日\n【我要纠错】 责任编辑：孙晓雯\n",
     "【我要纠错】"),
    ("signature-then-related-list", "某省人民政府办公厅\n2024年3月26日\n（此件公开发布）\n相关稿件\n国务院新闻办公室举行政策例行吹风会\n",
     "相关稿件"),
    ("correction-row-then-labelled-long-links",
     "某省人民政府\n2024年5月20日\n【我要纠错】 责任编辑：王洋\n相关稿件\n"
     "省发展改革委有关负责人就《某省关于推动沿边地区开发开放的实施意见》答记者问\n图解：推动沿边地区开发开放 加快建设对外开放新高地\n"
     "扫一扫在手机打开当前页\n",
     "【我要纠错】"),
    ("hong-kong-end-mark-opens-the-tail", "完\n2024年5月17日（星期五）\n香港時間16時30分\n今日新聞公報\n返回頁首\n", "完\n"),
    ("attachment-and-phone-stay", "政策咨询电话：0000-12345678\n附件：某省数字政府建设实施方案（图解）\n【打印】【关闭】\n",
     "【打印】【关闭】"),
    ("closing-only", "某省人民政府办公厅\n2024年3月26日\n", None),
    ("a-single-short-line-is-no-list", "全省数字政府建设再上新台阶\n上一篇：全省春耕生产有序推进\n", "上一篇"),
]


@pytest.mark.parametrize("after, tail", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tail_starts_at(after, tail):
    text = HEAD + BODY + after
    meta = find_metadata(text, fold(text))
    if tail is None:
        assert meta.body_end == len(text)
    else:
        assert text[meta.body_end :].startswith(tail)
    assert text[meta.body_start :].startswith("会议指出")


@pytest.mark.parametrize("page_number", ["- 4 -", "— 3 —", "第 3 页 共 3 页"])
def test_last_page_number_of_a_converted_pdf_is_no_tail(page_number):
    # page furniture (never a theme or a quantity: see govextract.layout), not what follows the article
    text = HEAD + BODY + page_number + "\n"
    assert find_metadata(text, fold(text)).body_end == len(text)
    text += "主办单位：某省人民政府办公厅\n"
    assert text[find_metadata(text, fold(text)).body_end :].startswith("主办单位")


def test_tail_cues_read_only_their_line():
    # The tail remembers each line's kind by its text (metadata.tail._line_kind): no cue may look
    # before the line's start (a lookbehind, ^, \b or \G would see the line before).
    from govextract.lexicon import metadata as lex
    from govextract.lexicon import page_furniture as furniture_lex

    fragments = (*lex.TAIL_STATEMENTS, *lex.TAIL_SHORT_STATEMENTS, *lex.TAIL_RUN_TOGETHER_CUES,
                 *furniture_lex.PAGE_NUMBER_LINES)
    for fragment in fragments:
        bare = fragment.replace("[^", "[")  # a negated class looks at its own character only
        assert not any(token in bare for token in ("(?<", "^", "\\b", "\\B", "\\G")), fragment


@pytest.mark.parametrize("repeats", [1, 2, 50])
@pytest.mark.parametrize("line, tail", [
    ("【打印】【关闭】", "【打印】【关闭】"),      # equal tail lines: the first opens the tail
    ("一、", "主办单位"),                        # equal short lines before a footer stay in the body
])
def test_equal_lines_are_read_alike(line, tail, repeats):
    text = HEAD + BODY + (line + "\n") * repeats + "主办单位：某省人民政府办公厅\n"
    meta = find_metadata(text, fold(text))
    assert text[meta.body_end :].startswith(tail)
    assert text[meta.body_start :].startswith("会议指出")
