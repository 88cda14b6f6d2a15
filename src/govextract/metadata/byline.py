"""Bylines and datelines: who wrote, reported or photographed, and where the report was filed.

Stage: a span of the folded text comes in (a header line, a bracketed group
of the body, the end of a caption, the first body line); out comes a
:class:`Byline` -- the spans of reporter, author and photographer names --
when the whole span is a byline (记者 张三 李四, 文/郭富莹, 记者 张三 摄), or the
dateline match (新华社北京3月12日电, 本报讯) that opens the body.

Why our own code: Chinese bylines are runs of role words, two-to-four
character names and credit marks (摄, 报道) with no delimiters a name tagger
would need; the role words and outlets come from
:mod:`govextract.lexicon.metadata`.

Package-internal API: :class:`Byline`, :func:`parse_byline`, :func:`match_dateline`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..lexicon import metadata as lex
from .text import SPACES, Span, alternation


@lru_cache(maxsize=1)
def _roles() -> dict[str, str]:
    roles: dict[str, str] = {}
    for kind, words in (
        ("reporter", lex.REPORTER_ROLES),
        ("photographer", lex.PHOTOGRAPHER_ROLES),
        ("author", lex.AUTHOR_ROLES),
        ("other", lex.OTHER_ROLES),
    ):
        for word in words:
            roles.setdefault(word, kind)
    return roles


@lru_cache(maxsize=1)
def _byline_token_pattern() -> regex.Pattern:
    roles = alternation(_roles())
    credits = alternation(lex.PHOTO_CREDIT_MARKS)
    blockers = regex.escape(lex.PHOTO_CREDIT_BLOCKERS)
    return regex.compile(
        rf"""
        [ \t]*
        (?:
            (?P<name> (?:(?!{roles}|{credits}|报道)\p{{Han}}){{2,4}}   # a personal name
                      (?: · \p{{Han}}{{1,10}} )? )                       # 买买提·艾力
          | (?P<role> {roles} ) [ \t]* [:/|]?                            # 记者, 文/图, 作者:
          | (?P<sep> [、,/] )                                            # between names
          | (?P<credit> (?:{credits})(?![{blockers}]) | 报道 )            # 摄 closes a photo credit
        )
        """,
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _dateline_pattern() -> regex.Pattern:
    return regex.compile(
        rf"""
        (?P<outlet>
            {alternation(lex.DATELINE_SELF)}                     # 本报讯
          | {alternation(lex.DATELINE_AGENCIES)}                 # 新华社, 中新网
          | \p{{Han}}{{1,12}}? (?:{alternation(lex.DATELINE_OUTLET_ENDINGS)})   # 湖南日报
        )
        (?P<place> \p{{Han}}{{2,8}}? )??                         # 北京
        (?P<date>
            (?:(?P<year>\d{{4}}) \s* 年 \s*)?
            (?:(?P<month>\d{{1,2}}) \s* 月 \s*)?
            (?P<day>\d{{1,2}}) \s* 日
        )?
        (?P<kind> {alternation(lex.DATELINE_KINDS)} )            # 电, 讯, 消息
        """,
        regex.VERBOSE,
    )


# --------------------------------------------------------------------------
# Bylines and datelines.


@dataclass
class Byline:
    reporters: list[Span] = field(default_factory=list)
    authors: list[Span] = field(default_factory=list)
    photographers: list[Span] = field(default_factory=list)


def parse_byline(
    view: str, start: int, end: int, *, allow_bare_credit: bool = False, role: str | None = None
) -> Byline | None:
    """Parse a whole span as a byline: 记者 张三 李四 / 文 郭富莹 / 记者 张三 摄.

    Returns ``None`` unless the span is made of roles, names and separators
    only.  ``role`` is the role of names written before any role word (the
    value of a ``记者:`` label); otherwise bare names are accepted only before a
    credit mark (张三 摄) when ``allow_bare_credit`` is set.
    """
    pattern = _byline_token_pattern()
    roles = _roles()
    byline = Byline()
    bare: list[Span] = []
    credit: str | None = None
    position = start
    while position < end:
        match = pattern.match(view, position, end)
        if match is None or match.end() == position:
            if view[position:end].strip(SPACES):
                return None
            break
        if credit is not None:  # nothing but spaces may follow 摄 / 报道
            return None
        if match.group("role"):
            role = roles[match.group("role")]
        elif match.group("name"):
            span = match.span("name")
            if role is None:
                bare.append(span)
            elif role == "reporter":
                byline.reporters.append(span)
            elif role == "author":
                byline.authors.append(span)
            elif role == "photographer":
                byline.photographers.append(span)
        elif match.group("credit"):
            credit = match.group("credit")
        position = match.end()
    if credit is not None and credit != "报道":
        if bare and not allow_bare_credit:
            return None
        byline.photographers.extend(sorted(bare + byline.reporters))
        byline.reporters = []
        bare = []
    if bare:
        return None
    if not (byline.reporters or byline.authors or byline.photographers):
        return None
    return byline


def match_dateline(view: str, start: int, end: int) -> regex.Match | None:
    match = _dateline_pattern().match(view, start, end)
    if match is None:
        return None
    kind = match.group("kind")
    if kind.endswith("电") and match.group("date") is None:
        return None
    if kind == "消息" and match.end() < end and view[match.end()] not in ":( \t[【":
        return None
    if match.group("date") is None and match.group("place") is not None:
        return None
    return match

