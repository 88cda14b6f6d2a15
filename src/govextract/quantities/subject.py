"""Quantity stage 4: the metric (subject) and direction of a quantity.

In: the folded text, the start of a quantity group and the floor of its clause
(the end of the previous group).  Out: the span of the metric written before
the group (全省地区生产总值), the direction of its verb (增长 up, 下降 down) and
whether 分别 was written.  The span starts at the clause start and is trimmed
from both ends: verbs, qualifiers and modals at its end; time phrases, point
labels (二是), scopes with a verb of having (全市共有), agencies, quoted topics
and opening verbs at its start.  Also here: the topic of a sentence (for ranks
without a metric of their own) and splitting a subject list (A、B和C) member by member.

Why our own code: which words of a clause name the metric of a number is a
matter of the genre's fixed phrasing, decided by rules over the lexicon (the
README lists the limits); the result must be an offset-exact span of the text.

Package-internal API: :func:`subject_and_direction`, :func:`sentence_topic`,
:func:`split_subjects`, :func:`object_after`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import regex

from ..lexicon import numerals, qualifiers, units
from ..lexicon import quantity_context as context
from ..models import Direction
from .clauses import clause_start, is_han
from .pattern import (
    alternation,
    comparison_year_pattern,
    leading_time_pattern,
    period_ending_pattern,
    point_label_pattern,
    trailing_period_pattern,
    trailing_time_pattern,
)


@lru_cache(maxsize=1)
def _strip_words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str], frozenset[str]]:
    per_unit = {context.PER_UNIT_MARK + word for word in (*units.COUNT_UNITS, *units.MEASURE_UNITS)}
    trailing = sorted(
        {*context.SUBJECT_TRAILING, *context.UP_VERBS, *context.DOWN_VERBS, *context.RANK_VERBS,
         *context.RANK_SCOPES, *qualifiers.BEFORE, *context.SUBJECT_TRAILING_MODALS,
         *context.UP_RATE_VERBS, *context.DOWN_RATE_VERBS, *per_unit, *units.RATE_PREFIXES},
        key=len, reverse=True,
    )
    leading = sorted(set(context.SUBJECT_LEADING), key=len, reverse=True)
    return tuple(trailing), tuple(leading), frozenset(context.UP_VERBS), frozenset(context.DOWN_VERBS)


@lru_cache(maxsize=1)
def _edge_index() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """Trailing words by their last character, leading words by their first (longest first)."""
    trailing, leading, _, _ = _strip_words()
    by_last: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    for word in trailing:
        by_last.setdefault(word[-1], []).append(word)
    for word in leading:
        by_first.setdefault(word[0], []).append(word)
    return ({k: tuple(v) for k, v in by_last.items()}, {k: tuple(v) for k, v in by_first.items()})


def subject_and_direction(
    folded: str, start: int, floor: int, after_quantity: bool, noun_follows: bool = False
) -> tuple[tuple[int, int] | None, Direction | None, bool]:
    """Return the metric span before ``start``, the direction verb and whether 分别 was written.

    ``noun_follows`` says that a noun is written right after the quantity's unit
    (120亿条数据), so words ending in 的 before it are a relative clause.
    """
    _, leading, up, down = _strip_words()
    modals, keep_before, object_after = _subject_word_sets()
    left = clause_start(folded, start, floor)
    # A quantity earlier in the same clause owns the words after it (建设100个示范村、1000个重点村),
    # unless a list separator follows it (8.5万亩、中药材4.3万亩) or a linking verb links
    # a metric of its own (16至24岁青年失业率为7.9%).
    same_clause = after_quantity and left == floor and floor < start
    if same_clause and folded.startswith(tuple(context.SUBJECT_LIST_SEPARATORS), floor):
        same_clause = False
    right = start
    direction: Direction | None = None
    respectively = False
    stripped: list[str] = []
    changed = True
    trailing_by_last, leading_by_first = _edge_index()
    while changed and right > left:
        changed = False
        piece = folded[left:right]
        for word in trailing_by_last.get(folded[right - 1], ()):
            if piece.endswith(word) and len(word) <= right - left:
                if len(word) == 1 and right - left >= 2 and folded[right - 2] in keep_before.get(word, ""):
                    continue  # 行为, 安排, 预计: the character ends a word
                if word in modals and not stripped:
                    continue  # 许可: a modal is stripped only before a stripped verb
                if direction is None and (word in up or word in context.UP_RATE_VERBS):
                    direction = Direction.UP
                elif direction is None and (word in down or word in context.DOWN_RATE_VERBS):
                    direction = Direction.DOWN
                respectively = respectively or word.startswith("分别")
                right -= len(word)
                stripped.append(word)
                changed = True
                break
        if not changed:
            period = _trailing_period(folded, left, right)
            if period is None:
                year = comparison_year_pattern().search(folded, left, right)  # 比2020年 before the verb
                period = year.start() if year is not None and year.end() == right and year.start() > left else None
            if period is None:
                when = trailing_time_pattern().search(folded, left, right)  # 预计在2024年3月31日为
                period = when.start() if when is not None and when.start() - left >= 2 else None
            if period is not None:
                right, changed = period, True
    if same_clause and any(word in context.LINKING_VERBS for word in stripped):
        same_clause = False
    if same_clause and direction is not None and right - left >= 2:
        same_clause = False  # 26个山区县生产总值增长6.2%: the count modifies the metric that changes
    changed = True
    while changed and right > left:
        changed = False
        while left < right and folded[left] in " ,，、":
            left += 1
        joined = _list_word_end(folded, left, right, floor)
        if joined is not None:
            left = joined  # 学校5个和幼儿园3个: the list word joins the members, the metric follows
            changed = True
            continue
        time_match = leading_time_pattern().match(folded, left, right)
        if time_match is not None and time_match.end() > left:
            left = time_match.end()
            changed = True
            continue
        label = point_label_pattern().match(folded, left, right)
        if label is not None and right - label.end() >= 2:
            left = label.end()  # 二是压减申请材料: the enumerator is not part of the metric
            changed = True
            continue
        since = _since_phrase_end(folded, left, right)
        if since is not None:
            left = since  # 今年以来我县…: the whole time phrase goes
            changed = True
            continue
        scoped = _scope_verb_end(folded, left, right)
        if scoped is None:
            scoped = _agent_end(folded, left, right)  # 市市场监管局共查处… -> 共查处…
        if scoped is not None:
            left = scoped  # 全市共有个体工商户 -> 个体工商户
            changed = True
            continue
        piece = folded[left:right]
        for word in leading_by_first.get(folded[left], ()) if left < right else ():
            if piece.startswith(word) and right - left - len(word) >= 2 and not folded.startswith(
                context.SUBJECT_LEADING_KEEP_BEFORE.get(word, ()), left + len(word)
            ):
                left += len(word)
                changed = True
                break
        if not changed:
            # “山东通”集成各类业务应用: drop the quoted topic, then its verb.
            topic_end = _drop_leading_topic(folded, left, right)
            changed = topic_end != left
            left = topic_end
    if same_clause:
        # 1.3万家企业兑现资金2.6亿元: a verb after the counted noun opens a metric of its own
        after = _after_verb(folded, left + 1, right, context.SUBJECT_VERBS_AFTER_COUNTED)
        if after is not None:
            left, same_clause = after, False
    left = _after_inner_verb(folded, left, right)
    left = _drop_coordinated_verbs(folded, left, right)
    left, direction = _drop_opening_verb(folded, left, right, direction)
    if same_clause or right - left < 2 or period_ending_pattern().search(folded, left, right):
        return None, direction, respectively
    subject = folded[left:right]
    if (
        subject in leading
        or subject in context.SUBJECT_NOT_ALONE
        or subject.startswith(context.SUBJECT_FRAGMENT_OPENINGS)
        or subject.endswith(object_after)
        or subject.endswith(tuple(context.SUBJECT_EXAMPLES_END))
        or subject.endswith(context.SUBJECT_LIST_ENDINGS)
        or _counts_examples(subject)
        or (noun_follows and stripped and stripped[0] == "的")
        or (noun_follows and subject.endswith(context.SUBJECT_PREPOSITION_ENDINGS))
    ):
        return None, direction, respectively
    return (left, right), direction, respectively


def _list_word_end(folded: str, left: int, right: int, floor: int) -> int | None:
    """The end of a list word (和, 及) opening the clause right after the previous quantity, else None.

    Only there is it a list word: at a clause's own start 和 may begin a name (和平区).
    """
    after_quantity = left == floor or (left == floor + 1 and folded[floor] in context.LIST_WORD_AFTER_CLOSE)
    if not after_quantity or left == 0:
        return None
    for word in context.SUBJECT_LIST_WORDS:
        if folded.startswith(word, left, right) and right - left - len(word) >= 2:
            return left + len(word)
    return None


def _since_phrase_end(folded: str, left: int, right: int) -> int | None:
    """End of a leading time phrase closed by 以来 (今年以来, 入夏以来), or None."""
    mark = context.SINCE_MARK
    at = folded.find(mark, left, min(right, left + context.SINCE_MAX + len(mark)))
    if at <= left or right - (at + len(mark)) < 2:
        return None
    return at + len(mark)


def _scope_verb_end(folded: str, left: int, right: int) -> int | None:
    """End of a scope and a verb of having that open a subject (全市共有, 我县已累计), or None."""
    if not folded.startswith(context.SUBJECT_SCOPES, left, right):
        return None  # most subjects open with no scope: one test instead of one per scope
    for scope in context.SUBJECT_SCOPES:
        if not folded.startswith(scope, left, right):
            continue
        at = left + len(scope)
        for verb in _scope_verbs():
            if folded.startswith(verb, at, right) and right - (at + len(verb)) >= 2:
                return at + len(verb)
    return None


def _agent_end(folded: str, left: int, right: int) -> int | None:
    """End of an agency that opens a subject before a link word (全市公安机关共破获), or None."""
    stop = min(right, left + context.SUBJECT_AGENT_MAX)
    endings_by_first = _agent_endings()
    for at in range(left, stop):  # the agency may be named by its ending alone (平台累计上线…)
        for ending in endings_by_first.get(folded[at], ()):  # only those that can start here, in order
            end = at + len(ending)
            if end > stop or (at == left and len(ending) < 2) or not folded.startswith(ending, at, right):
                continue
            for link in context.SUBJECT_AGENT_LINKS:
                if folded.startswith(link, end, right) and right - (end + len(link)) >= 2:
                    return end
    return None


def _after_verb(folded: str, left: int, right: int, verbs: Sequence[str]) -> int | None:
    """Offset after the last of ``verbs`` in ``folded[left:right]`` that leaves a metric, or None."""
    if left >= right or _verb_pattern(tuple(verbs)).search(folded, left, right) is None:
        return None  # none of the verbs is written here (most clauses): one pass, not one find per verb
    best: int | None = None
    for verb in verbs:
        at = folded.rfind(verb, left, right)
        end = at + len(verb)
        if at < 0 or right - end < 2:
            continue
        if folded.startswith(context.SUBJECT_LEADING_KEEP_BEFORE.get(verb, ()), end):
            continue  # 建成区: the verb begins a noun
        if best is None or end > best:
            best = end
    return best


def _after_inner_verb(folded: str, left: int, right: int) -> int:
    """Drop an agent and its verb (局将于七月在各区举办「…」讲座 -> 「…」讲座); else ``left``."""
    after = _after_verb(folded, left + 2, right, context.SUBJECT_INNER_VERBS)
    return left if after is None else after


def _counts_examples(subject: str) -> bool:
    """成都、绵阳等9市(州): a list of examples counted by a number is no metric."""
    mark = context.SUBJECT_EXAMPLES_COUNTED
    at = subject.find(mark)
    while at != -1:
        following = subject[at + 1:at + 2]
        if following and (following.isdigit() or following in numerals.DIGITS or following in numerals.SMALL_UNITS):
            return True
        at = subject.find(mark, at + 1)
    return False


@lru_cache(maxsize=8)
def _verb_pattern(verbs: tuple[str, ...]) -> regex.Pattern[str]:
    return regex.compile(alternation(verbs))


@lru_cache(maxsize=1)
def _scope_verbs() -> tuple[str, ...]:
    return tuple(sorted(context.SUBJECT_SCOPE_VERBS, key=len, reverse=True))


@lru_cache(maxsize=1)
def _agent_endings() -> dict[str, tuple[str, ...]]:
    """The agency endings by their first character, each list in the lexicon's order."""
    by_first: dict[str, list[str]] = {}
    for ending in context.SUBJECT_AGENT_ENDINGS:
        by_first.setdefault(ending[:1], []).append(ending)
    return {first: tuple(endings) for first, endings in by_first.items()}


@lru_cache(maxsize=1)
def _opening_verbs() -> dict[str, tuple[str, ...]]:
    """Direction verbs of two characters or more by their first character, longest first."""
    _, _, up, down = _strip_words()
    by_first: dict[str, list[str]] = {}
    for verb in sorted(up | down, key=len, reverse=True):
        if len(verb) >= 2:
            by_first.setdefault(verb[0], []).append(verb)
    return {first: tuple(verbs) for first, verbs in by_first.items()}


@lru_cache(maxsize=1)
def _subject_word_sets() -> tuple[frozenset[str], dict[str, str], tuple[str, ...]]:
    keep_before = {"为": context.SUBJECT_KEEP_BEFORE_WEI, **context.SUBJECT_KEEP_BEFORE}
    return frozenset(context.SUBJECT_TRAILING_MODALS), keep_before, tuple(context.SUBJECT_OBJECT_AFTER)


def _trailing_period(folded: str, left: int, right: int) -> int | None:
    """New right end when the span ends with 连续N年 after a metric, else None."""
    match = trailing_period_pattern().search(folded, left, right)
    if match is None or match.start() - left < 2:
        return None
    return match.start()


def _drop_opening_verb(
    folded: str, left: int, right: int, direction: Direction | None
) -> tuple[int, Direction | None]:
    """Drop a direction verb that opens the subject (平均减少材料 -> 材料, down)."""
    _, _, up, _ = _strip_words()
    at = left
    if folded.startswith(context.SUBJECT_OPENING_AVERAGE, at, right):
        at += len(context.SUBJECT_OPENING_AVERAGE)
    for verb in _opening_verbs().get(folded[at:at + 1], ()):
        if not folded.startswith(verb, at, right):
            continue
        rest = at + len(verb)
        if right - rest < 2 or folded[rest] in context.SUBJECT_VERB_NOUN_SUFFIXES:
            return left, direction  # 增加值 is a noun
        if direction is None:
            direction = Direction.UP if verb in up else Direction.DOWN
        return rest, direction
    return left, direction


def _drop_coordinated_verbs(folded: str, left: int, right: int) -> int:
    """Drop two verbs joined by 并 that open a subject (发现并整改问题 -> 问题); else ``left``."""
    size = context.SUBJECT_COORDINATED_VERB_LENGTH
    mark = context.SUBJECT_COORDINATED_VERB_MARK
    after = left + 2 * size + len(mark)
    if folded.startswith(mark, left + size, right) and right - after >= 2 and all(
        is_han(ch) for ch in folded[left:after]
    ):
        return after
    return left


def _drop_leading_topic(folded: str, left: int, right: int) -> int:
    """Drop a leading quoted name when a metric of its own follows (“山东通”实名注册 -> 实名注册)."""
    if left < right and folded[left] in "“\"「『‘'":
        closers = {"“": "”", '"': '"', "「": "」", "『": "』", "‘": "’", "'": "'"}
        close = folded.find(closers[folded[left]], left + 1, right)
        if close != -1 and right - (close + 1) >= 4:
            return close + 1
    return left


def split_subjects(folded: str, span: tuple[int, int], count: int) -> list[tuple[int, int]] | None:
    """Split 'A、B和C' into ``count`` spans, or None when the counts differ.

    When every separator gives too many pieces, 、 alone is tried: 和/及 may
    join words inside one member (外商及港澳台商投资企业).
    """
    for separators in (context.SUBJECT_LIST_SEPARATORS, (context.SUBJECT_LIST_MAIN_SEPARATOR,)):
        pieces = _split_on(folded, span, separators)
        if len(pieces) == count and all(b - a >= 2 for a, b in pieces):
            return pieces
    return None


def _split_on(folded: str, span: tuple[int, int], separators: Sequence[str]) -> list[tuple[int, int]]:
    left, right = span
    pieces: list[tuple[int, int]] = []
    begin = left
    i = left
    while i < right:
        if folded[i] in separators:
            pieces.append((begin, i))
            begin = i + 1
        i += 1
    pieces.append((begin, right))
    return pieces


def object_after(folded: str, position: int, floor: int, end: int) -> tuple[int, int] | None:
    """The noun an issuing verb names after its count (出台200多条政策措施 -> 政策措施), or None.

    ``position`` and ``end`` bound the quantity, ``floor`` is the floor of its clause.  The
    clause before the number must end with an issuing verb (出台, 印发); the noun runs from
    the unit to the clause end, after its last 的 and before a verb of purpose (措施支持…).
    """
    words = folded[clause_start(folded, position, floor):position]
    if not words.rstrip(context.SUBJECT_ISSUING_PARTICLES).endswith(_issuing_verbs()):
        return None
    stop = end
    limit = min(len(folded), end + context.SUBJECT_AFTER_MAX)
    while stop < limit and is_han(folded[stop]):
        stop += 1
    if stop < len(folded) and is_han(folded[stop]):
        return None  # longer than any noun the rule reads
    left = end
    last_de = folded.rfind(context.SUBJECT_AFTER_RELATIVE_MARK, end, stop)
    if last_de != -1:
        left = last_de + 1
    right = stop
    for verb in context.SUBJECT_AFTER_PURPOSE_VERBS:
        at = folded.find(verb, left + 2, right)
        if at != -1:
            right = at
    return (left, right) if right - left >= 2 else None


@lru_cache(maxsize=1)
def _issuing_verbs() -> tuple[str, ...]:
    return tuple(context.SUBJECT_ISSUING_VERBS)


def sentence_topic(folded: str, position: int, floor: int) -> tuple[int, int] | None:
    """The topic of the sentence holding ``position``: its first words up to a predicate.

    “爱山东”获评中国政务服务掌办指数“A”级,位居全国第三 -> 爱山东.  None when the
    first clause names no predicate or is the clause of ``position`` itself.
    """
    begin = position
    while begin > floor and folded[begin - 1] not in context.SENTENCE_BREAKS:
        begin -= 1
    while begin < position and folded[begin] in " \t\u3000":
        begin += 1
    clause_end = begin
    while clause_end < position and folded[clause_end] not in context.CLAUSE_BREAKS:
        clause_end += 1
    if clause_end >= position:
        return None
    cuts = [folded.find(word, begin, clause_end) for word in context.TOPIC_PREDICATES]
    cuts = [c for c in cuts if c > begin]
    if not cuts:
        return None
    left, right = begin, min(cuts)
    time_match = leading_time_pattern().match(folded, left, right)
    if time_match is not None and time_match.end() > left:
        left = time_match.end()
    if any(ch.isdigit() for ch in folded[left:right]):
        return None
    opener = folded[left:left + 1]
    closer = {"“": "”", '"': '"', "「": "」", "『": "』"}.get(opener)
    if closer is not None and folded.find(closer, left + 1, right) == right - 1:
        left, right = left + 1, right - 1
    if right - left < 2:
        return None
    return left, right
