"""Quotation and title marks pair up within a line, nested or not."""

import pytest

from govextract.enclosures import EnclosureKind, find_enclosures
from govextract.normalize import fold

Q, T = EnclosureKind.QUOTE, EnclosureKind.TITLE

CASES = [
    ("curved quotes", "实施“双全双百”工程", [("双全双百", Q)]),
    ("corner quotes", "推行「一网通办」服务", [("一网通办", Q)]),
    ("white corner quotes", "『数字政府』建设", [("数字政府", Q)]),
    ("single curved quotes", "‘山东通’平台", [("山东通", Q)]),
    ("straight double quotes", '开展"无证明之省"建设', [("无证明之省", Q)]),
    ("full-width straight quotes", "开展＂无证明之省＂建设", [("无证明之省", Q)]),
    ("title with nested quote", "《山东省“十四五”数字机关建设行动计划》",
     [("山东省“十四五”数字机关建设行动计划", T), ("十四五", Q)]),
    ("quote with nested single quote", "“推进‘一件事’改革”", [("推进‘一件事’改革", Q), ("一件事", Q)]),
    ("adjacent quotes", "“一链办”“集成办”", [("一链办", Q), ("集成办", Q)]),
    ("angle title", "〈通知〉", [("通知", T)]),
    ("unclosed quote is ignored", "他说“没有结尾", []),
    ("pairs never cross lines", "“第一行\n第二行”", []),
    ("apostrophe in English", "Xi'an and China's plan", []),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_enclosures(name, text, expected):
    found = find_enclosures(fold(text))
    assert [(text[e.inner_start:e.inner_end], e.kind) for e in found] == expected


def test_nested_depth_and_contains():
    text = "《山东“十四五”规划》"
    outer, inner = find_enclosures(fold(text))
    assert (outer.depth, inner.depth) == (0, 1)
    assert outer.contains(inner.open, inner.close + 1)
