"""Quantity stage 6: give each kept candidate its subject and build the records.

In: the original and folded text, the kept groups of a range in text order and
the range start.  Out: :class:`~govextract.models.Quantity` records, surfaces
and subjects sliced from the original text.

Groups are walked in order because a subject depends on what came before: the
end of the previous group is the floor of the next clause, a group that only
states a change (增长4.1%) or compares inherits the metrics of the previous
group in the same sentence, member by member (a change also across a semicolon: 同比增长6.0%；
其中，5月份增长5.3%; so do a rank and a value restated after a
threshold: 增长6.8%,居全省第6位; 突破5500亿元,达到5598.45亿元), an issuing verb counts the
noun after the number (出台200多条政策措施), changes written with 分别 take one
metric each from the quantities of the sentence, a duration (未来3天) sets a
period rather than a metric, and a completion clause (基本建成9430套) takes the
noun of an earlier stage of works (新开工住房12860套).

Package-internal API: :func:`build_records`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..compact import construct
from ..lexicon import quantity_context as context
from ..models import Direction, Quantity, QuantityKind, canonical_number
from .candidates import Candidate
from .clauses import clause_start, is_han
from .comparison import cut_bases
from .pattern import completion_pattern
from .subject import object_after, sentence_topic, split_subjects, subject_and_direction


def build_records(text: str, folded: str, groups: Iterable[list[Candidate]], start: int) -> Iterator[Quantity]:
    """Yield the records of the kept ``groups`` of the range that begins at ``start``, in order."""
    floor = start
    previous: _Group | None = None  # (end, subjects, kind) of the last group
    after_duration = False
    sentence: list[tuple[int, tuple[int, int] | None]] = []  # (end, subject) of this sentence's quantities
    stage: tuple[int, tuple[int, int], str | None] | None = None  # (end, noun, unit) of an earlier stage
    for kept in groups:
        last = kept[-1]
        noun_follows = last.kind in (QuantityKind.COUNT, QuantityKind.MEASURE) and is_han(
            folded[last.end:last.end + 1] or " ")
        at = kept[0].start
        if (
            folded[at - 1:at] == context.GLOSSED_COUNT_OPEN and at - 1 > floor and is_han(folded[at - 2])
            and folded.startswith(context.GLOSSED_COUNT_CLOSE, last.end)
        ):
            at -= 1  # 留宿旅客(493万人次): the noun before the parenthesis is the metric
        span, direction, respectively = subject_and_direction(
            folded, at, floor, floor > start and not after_duration, noun_follows)
        respectively = respectively or folded.startswith(context.RESPECTIVELY_MARK, kept[0].start)
        span, compared = cut_bases(folded, span, kept, floor)
        if noun_follows and len(kept) == 1:
            named = object_after(folded, kept[0].start, floor, last.end)
            span = named if named is not None else span  # 出台200多条政策措施: the policies are counted
        gap = folded[previous[0]:kept[0].start] if previous is not None else ""
        same_sentence = previous is not None and not any(ch in context.SENTENCE_BREAKS for ch in gap)
        changes = direction is not None or compared or respectively
        inherited: list[tuple[int, int]] | None = None
        if span is None and same_sentence and previous is not None:
            inherited = _inherited(folded, kept, floor, previous, changes)
        elif span is None and changes and previous is not None and _carried_across(gap):
            inherited = _inherited(folded, kept, floor, previous, changes=True, changes_only=True)
        if span is None and inherited is None and kept[0].kind is QuantityKind.RANK:
            span = sentence_topic(folded, kept[0].start, start)
        if sentence and any(ch in context.SENTENCE_BREAKS for ch in folded[sentence[-1][0]:kept[0].start]):
            sentence = []
        if (
            inherited is None and span is None and respectively and len(kept) > 1
            and len(sentence) >= len(kept) and all(s is not None for _, s in sentence[-len(kept):])
        ):
            # 接待游客186万人次,实现旅游综合收入15.2亿元,同比分别增长31%和28%: one change per metric
            inherited = [s for _, s in sentence[-len(kept):] if s is not None]
        spans: list[tuple[int, int] | None] = list(inherited) if inherited else [span] * len(kept)
        if span is not None and len(kept) > 1:
            split = split_subjects(folded, span, len(kept))
            if split is not None and respectively:
                spans = list(split)
        completed = (
            stage is not None and len(kept) == 1 and kept[0].unit == stage[2]
            and completion_pattern().fullmatch(folded, stage[0], kept[0].start) is not None
        )
        if completed and stage is not None:
            spans = [stage[1]]  # 新开工住房12860套,基本建成9430套: the noun of the earlier stage
        for candidate, subject in zip(kept, spans, strict=False):
            record = _record(text, candidate, subject, direction)
            if record is not None:
                yield record
        floor = max(floor, kept[-1].end)
        # 预计未来3天降雨量50至80毫米: a duration sets the period, the metric after it is the next one's
        after_duration = last.unit in context.DURATION_UNITS
        known = [subject for subject in spans if subject is not None]
        previous = (kept[-1].end, known, kept[-1].kind) if len(known) == len(kept) else None
        sentence.extend((candidate.end, subject) for candidate, subject in zip(kept, spans, strict=False))
        noun = spans[0] if completed else (_stage_noun(folded, spans[0]) if len(kept) == 1 and spans[0] else None)
        stage = (kept[0].end, noun, kept[0].unit) if noun is not None else None


_Group = tuple[int, list[tuple[int, int]], "QuantityKind | None"]


def _carried_across(gap: str) -> bool:
    """True when ``gap`` ends sentences only with breaks a change reads across (；), at least one of them."""
    breaks = [ch for ch in gap if ch in context.SENTENCE_BREAKS]
    return bool(breaks) and all(ch in context.CHANGE_CARRY_BREAKS for ch in breaks)


def _inherited(
    folded: str, kept: list[Candidate], floor: int, previous: _Group, changes: bool, *, changes_only: bool = False
) -> list[tuple[int, int]] | None:
    """The metrics a group without one takes from the previous group of its sentence, or None.

    A change or comparison takes them member by member (全省地区生产总值突破5.9万亿元,增长4.1%;
    分别达到92.3%、97.1%,分别高于全国平均水平1.2、1.3个百分点).  A rank measures the
    metric before it (增长6.8%,居全省第6位), one metric for all its members.  A value of
    the same kind whose clause holds only a linking verb restates the metric's value after
    a threshold (突破5500亿元,达到5598.45亿元).
    """
    _, subjects, kind = previous
    if changes and len(subjects) == len(kept):
        return subjects
    if changes_only:
        return None  # across a semicolon only a change carries (同比增长6.0%；5月份增长5.3%)
    if kept[0].kind is QuantityKind.RANK and len(subjects) == 1:
        return subjects * len(kept)
    if kind is kept[0].kind and len(subjects) == len(kept) and _restates(folded, kept[0].start, floor):
        return subjects
    return None


def _restates(folded: str, position: int, floor: int) -> bool:
    """True when the clause before ``position`` holds only a linking verb (,达到5598.45亿元)."""
    words = folded[clause_start(folded, position, floor):position].strip(" \u3000")
    return words in _restating_links()


@lru_cache(maxsize=1)
def _restating_links() -> frozenset[str]:
    return frozenset(context.RESTATING_LINKS)


def _stage_noun(folded: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The noun of a subject that names an earlier stage of works (新开工住房 -> 住房), or None."""
    left, right = span
    scope = ""
    if folded.startswith(context.SUBJECT_SCOPES, left, right):
        scope = next(w for w in context.SUBJECT_SCOPES if folded.startswith(w, left, right))
    left += len(scope)  # 全市新开工…: the scope goes with the stage word
    openings = _stage_openings()
    for opening in openings if folded.startswith(openings, left, right) else ():
        if folded.startswith(opening, left, right) and right - (left + len(opening)) >= 2:
            return left + len(opening), right
    if not scope and folded[max(0, left - 4):left].endswith(_plan_words()):
        return span  # 计划改造老旧小区300个
    return None


_NAMES = frozenset(Quantity.model_fields) - {"section"}  # the fields a record of this stage is given


@lru_cache(maxsize=1)
def _stage_openings() -> tuple[str, ...]:
    return tuple(sorted(context.STAGE_OPENINGS, key=len, reverse=True))


@lru_cache(maxsize=1)
def _plan_words() -> tuple[str, ...]:
    return tuple(context.STAGE_PLAN_WORDS)


def _record(
    text: str, candidate: Candidate, subject: tuple[int, int] | None, direction: Direction | None
) -> Quantity | None:
    """The record of ``candidate``, or None when its value or span is not a record's.

    Built without validation: each check ``Quantity`` makes is made here, on values of the right types.
    """
    kind = candidate.kind
    if kind is None:
        return None
    start, end = candidate.start, candidate.end
    surface = text[start:end]
    if start < 0 or end < start or len(surface) != end - start:
        return None
    try:
        value = canonical_number(candidate.value)
        value_max = None if candidate.value_max is None else canonical_number(candidate.value_max)
    except (ValueError, TypeError, OverflowError):
        return None
    if subject is None:
        words: str | None = None
        subject_start: int | None = None
        subject_end: int | None = None
    else:
        subject_start, subject_end = subject
        words = text[subject_start:subject_end]
        if len(words) != subject_end - subject_start:
            return None
    return construct(
        Quantity, _NAMES, text=surface, start=start, end=end, value=value, value_max=value_max, kind=kind,
        unit=candidate.unit, approx=candidate.approx, qualifier=candidate.qualifier,
        direction=direction if kind is not QuantityKind.RANK else None,
        subject=words, subject_start=subject_start, subject_end=subject_end, section=None,
    )
