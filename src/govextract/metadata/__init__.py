"""Title, publication time, bylines and body bounds of a release.

:func:`find_metadata` reads the page the way a reader does: page furniture
(site names, menus, 无障碍/繁体/English/登录 rows, Skip to main content, crumbs,
column names, (点击查阅更多…) lines), then a headline (perhaps wrapped over two
lines, perhaps repeating a page title whose site suffix names the outlet when
nothing else does) (optionally a subtitle), then header lines such as
``2023-02-03 14:05:57来源: X编辑: Y责编: Z``; the body begins at the first line
that is none of these.  Datelines (新华社北京3月12日电, 本报讯), reporter and author
bylines ((记者 张三 李四), (文 郭富莹)) and photo credits (记者 张三 摄) are read
from the body.  The 政府信息公开 table of government sites (索 引 号：… / 标　　题：… /
发布日期：…, padded labels, values after a tab or on the next line) is a
header: its 标题 cell is the title when no headline precedes it, and the
title written again under it is skipped.  A WeChat account line (原创 … 2024-03-18
19:30 发表于山东) gives the time.  ``body_end`` is where the trailing boilerplate begins: the
earliest tail cue (版权声明, 相关新闻, 上一篇, 【打印】【关闭】, ©, …) after which
every line is boilerplate-like, so a body sentence about 版权 never cuts the body.
WeChat tails (阅读原文, 长按二维码, 往期推荐), bracketed furniture lines
(【纠错】 【责任编辑：X】) and an English abstract after a Chinese report open it too.

Dates and times are read by :func:`govextract.dates.find_dates`, the library's one
date grammar: the publication time is the first absolute mention of a day (or
finer) in the header (a label's value, a date-led line, an account line), in the
dateline or in the signature under an official document.  Only the gap a header
may put between a date and its time ((星期三)香港時間) is matched here, as a
marked fallback.

Matching runs on the folded text (plus a small extra traditional-to-simplified
map, one character to one character); every value is sliced from the original
text.  Absent fields are ``None``: nothing is guessed.

The work runs in stages, one module each, in the order of the page (each
module imports only the stages upstream of it):

- :mod:`.text` -- spans, spaces and trimming shared by every stage;
- :mod:`.header_dates` -- absolute dates of a header, through ``find_dates``;
- :mod:`.header_lines` -- line splitting and the kinds of header line;
- :mod:`.furniture` -- page furniture above the headline, a page title's site suffix;
- :mod:`.byline` -- bylines (roles, reporters, photographers) and datelines;
- :mod:`.collector` -- the fields found so far, the first source winning;
- :mod:`.title` -- the headline and subtitle, and the title finally chosen;
- :mod:`.header` -- the header lines between the headline and the body;
- :mod:`.tail` -- where the body ends and the boilerplate begins;
- :mod:`.body` -- the dateline, bylines and photo credits of the body, and a signature date;
- :mod:`.assemble` -- :func:`find_metadata`, running the stages into :class:`Metadata`.
"""

from .assemble import Metadata, find_metadata
from .header_dates import parse_datetime
from .title import repeats_title

__all__ = ["Metadata", "find_metadata", "parse_datetime", "repeats_title"]
