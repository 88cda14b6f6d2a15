"""政务公开 information tables: title, publication date and, when no 来源 is named, the outlet.

Labels and values on one line, on two lines, or two pairs to a line; 发布日期 is the
publication date (not 成文日期 or 发文日期); the outlet is the 来源 when the page names
one, else the 发布机构, else the 发文机关.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from govextract.metadata import find_metadata
from govextract.normalize import fold

TITLE = "某市人民政府办公室关于加强政务数据共享工作的通知"
BODY = "各县（市）、区人民政府：\n　　为规范政务数据共享，经市政府同意，现就有关事项通知如下。\n"

# (id, table, outlet)
CASES = [
    ("same-line-issuing-authority",
     f"索  引  号：11370000004234100X/2024-00123\n主题分类：综合政务\n发文机关：某市人民政府办公室\n"
     f"成文日期：2024年05月16日\n标　　题：{TITLE}\n发文字号：某政办发〔2024〕6号\n发布日期：2024年05月22日\n",
     "某市人民政府办公室"),
    ("next-line-issuing-authority",
     f"索 引 号：\n000014349/2024-00038\n发文机关：\n某市人民政府办公室\n成文日期：\n2024年05月16日\n"
     f"标　　题：\n{TITLE}\n发布日期：\n2024年05月22日\n",
     "某市人民政府办公室"),
    ("issuing-body-before-authority",
     f"发布机构：某市大数据局\n发文机关：某市人民政府办公室\n成文日期：2024-05-16\n标　　题：{TITLE}\n发布日期：2024-05-22\n",
     "某市大数据局"),
    ("two-pairs-a-line-with-listing-marks",
     f"索  引  号：20240522-209　　分　　类：市人民政府办公室;市政府办公室文件\n"
     f"发 布 机 构：某市人民政府办公室　　发文日期：2024-05-16\n标　　题：{TITLE}\n"
     f"文　　号：某政办发〔2024〕6号　　发布日期：2024-05-22\n",
     "某市人民政府办公室"),
    ("source-wins-over-the-table",
     f"发布机构：某市人民政府办公室\n成文日期：2024-05-16\n标　　题：{TITLE}\n发布日期：2024-05-22\n"
     f"{TITLE}\n信息来源：某市大数据中心\n",
     "某市大数据中心"),
    ("tabs-between-cells",
     f"索 引 号：\t11440000006983958C/2024-00345\t分类：\t财政、金融、审计\n"
     f"发布机构：\t某省财政厅\t成文日期：\t2024-05-16\n标\u3000\u3000题：\t{TITLE}\n发布日期：\t2024-05-22\n",
     "某省财政厅"),
]


@pytest.mark.parametrize("table, outlet", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_information_table(table, outlet):
    text = table + "\n" + BODY
    meta = find_metadata(text, fold(text))
    assert meta.title == TITLE
    assert meta.published_at == datetime(2024, 5, 22)  # 发布日期, never 成文日期 or 发文日期
    assert meta.outlet == outlet
    assert text[meta.body_start :].startswith("各县（市）、区人民政府")


def test_column_name_above_a_table_of_bare_labels_is_no_title():
    text = (
        "某市人民政府\n政府信息公开\n无障碍浏览　长者模式　繁體版　English\n"
        "当前位置: 首页 >> 政府信息公开 >> 政府文件\n索引号：\n000014349/2024-00038\n发布机构：\n某市人民政府办公室\n"
        f"成文日期：\n2024-05-16\n标　　题：\n{TITLE}\n发布日期：\n2024-05-22\n{TITLE}\n" + BODY
    )
    meta = find_metadata(text, fold(text))
    assert (meta.title, meta.published_at, meta.outlet) == (TITLE, datetime(2024, 5, 22), "某市人民政府办公室")


def test_table_without_issuer_leaves_the_outlet_null():
    text = f"索引号：000014349/2024-00038\n成文日期：2024-05-16\n标题：{TITLE}\n发布日期：2024-05-22\n\n" + BODY
    assert find_metadata(text, fold(text)).outlet is None
