"""Quantity stage 2: join ranges and lists of candidates.

In: the candidates of a range, in text order.  Out: groups of candidates.
A range written with its unit on both ends (200元至300元, 300亿元-500亿元)
becomes one candidate; numbers separated only by a list mark (5.3、0.1、7.8个百分点)
form one group and share the unit written last; a group is split where its
members stop being of one kind.  Nothing is dropped here.

Package-internal API: :func:`merge_ranges`, :func:`join_lists`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..lexicon import quantity_context as context
from ..lexicon import units
from ..models import QuantityKind
from .candidates import Candidate, scale


def merge_ranges(folded: str, candidates: Iterable[Candidate]) -> Iterator[Candidate]:
    """Join a range written with its unit on both ends (200元至300元) into one candidate.

    A candidate is passed on once the next one has shown it is not the start of such a range.
    """
    separators = set(context.RANGE_SEPARATORS)
    previous: Candidate | None = None
    for candidate in candidates:
        if (
            previous is not None and previous.end == candidate.start and candidate.value < 0
            and folded.startswith(tuple(context.RANGE_SEPARATORS), candidate.start)
            and previous.unit is not None and previous.value >= 0
        ):
            candidate.value = -candidate.value  # 300亿元-500亿元: the hyphen is a range, not a sign
            candidate.start += 1
        if (
            previous is not None
            and folded[previous.end:candidate.start] in separators
            and previous.kind is not None and previous.kind is candidate.kind
            and previous.unit is not None and previous.unit == candidate.unit
            and not previous.drop and not candidate.drop
            and previous.value_max is None and candidate.value_max is None
            and previous.kind is not QuantityKind.RANK
            and previous.qualifier is None and candidate.pre is None
            and previous.value < candidate.value
        ):
            previous.end, previous.value_max = candidate.end, candidate.value
            previous.approx, previous.qualifier = candidate.approx, candidate.qualifier
            previous.has_magnitude = previous.has_magnitude or candidate.has_magnitude
            previous.single_chinese = False
            continue
        if previous is not None:
            yield previous
        previous = candidate
    if previous is not None:
        yield previous


def join_lists(folded: str, candidates: Iterable[Candidate]) -> Iterator[list[Candidate]]:
    """Group candidates separated only by a list separator; share the unit written last.

    A group is passed on once the next candidate has shown that it is complete.
    """
    separators = set(context.LIST_SEPARATORS)
    group: list[Candidate] = []
    for candidate in candidates:
        if group and folded[group[-1].end:candidate.start] in separators:
            group.append(candidate)
        else:
            if group:
                yield from _settle(folded, group)
            group = [candidate]
    if group:
        yield from _settle(folded, group)


def _settle(folded: str, group: list[Candidate]) -> list[list[Candidate]]:
    """Share the unit written last in ``group``; split it where its members stop being of one sort."""
    last = group[-1]
    if len(group) > 1 and last.kind is not None and not last.drop:
        for at, member in enumerate(group[:-1]):
            if member.kind is None and not member.drop and not member.ordinal:
                member.kind, member.unit = last.kind, last.unit
                if last.kind is QuantityKind.PERCENT and last.unit in units.TENTHS:
                    member.value = scale(member.value, 10)
            elif _keeps_measure_word(folded, member, group[at + 1], last):
                member.kind, member.unit = last.kind, last.unit  # 13.1个和13.0个百分点
    if any(m.ordinal and m.rank_cue for m in group) and all(m.ordinal for m in group):
        for member in group:
            member.rank_cue = True
    # Split the group where a member is not a quantity of the same sort.
    result: list[list[Candidate]] = []
    current: list[Candidate] = []
    for member in group:
        if current and (member.kind != current[-1].kind or member.drop):
            result.append(current)
            current = []
        current.append(member)
    result.append(current)
    return result


def _keeps_measure_word(folded: str, member: Candidate, following: Candidate, last: Candidate) -> bool:
    """True when ``member`` keeps the measure word of a unit written once at the list's end.

    分别收窄13.1个和13.0个百分点: 13.1个 is a count only in form; the unit 百分点
    written after the last member's 个 is the whole list's.  Members must be joined by a
    list word (、和及与), never a comma, which may end a clause (项目13个,2个百分点).
    """
    if (
        member.kind is not QuantityKind.COUNT or member.drop or member.unit is None
        or last.kind in (None, QuantityKind.COUNT) or last.unit is None
        or folded[member.end:following.start] not in context.MEASURE_WORD_LIST_SEPARATORS
    ):
        return False
    return member.unit + last.unit in folded[last.start:last.end]
