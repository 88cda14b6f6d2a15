"""Quantity stage 3: keep the candidates that are quantities; settle rate units.

In: groups of candidates from the list stage.  Out: the same groups holding
only kept candidates (groups left empty go).  Dropped: candidates marked to
drop (not a unit of a quantity, 2-1 as a range), ordinals and ranks without a
rank cue or before a measure word (第二场), bare numerals without a magnitude or
a qualifier or before - / : . (dates, times, codes), one Chinese digit without
a qualifier (五位一体), a number before a Latin letter (5G), size classes
(百亿元以上项目), numerals in a personal name beside a title, an honorific or a
speaker label (局长陆万成, 陆万成先生, 主持人 伍万里:).  A bare number in a clause about a 倍差 becomes a multiple; a
measure after a time word (每秒860立方米, 时速350公里) gets a rate unit.  A bare
number after an index noun is an index (居民消费价格指数为102.3); a ratio and a
duration in 个月/年 are kept only after their cue (三次产业结构为…, 工期18个月), and
a ratio never when it reads as a time of day (14:05).

Each check looks at one candidate and the text around it, never at another
group, so the groups can stream through this stage one at a time.

Package-internal API: :func:`keep_quantities`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import regex

from ..lexicon import numerals, units
from ..lexicon import quantity_context as context
from ..lexicon import transcripts as people
from ..models import QuantityKind
from .candidates import Candidate
from .clauses import clause_start
from .pattern import rate_before_pattern, unit_kinds


def keep_quantities(folded: str, groups: Iterable[list[Candidate]], floor: int) -> Iterator[list[Candidate]]:
    """Keep the quantities of each group and set their rate units; drop groups left empty.

    ``floor`` is the start of the scanned range: no rate word is looked for before it.
    """
    for group in groups:
        kept = [c for c in group if _keep(folded, c)]
        if not kept:
            continue
        for candidate in kept:
            _set_rate(folded, candidate, floor)
        yield kept


def _keep(folded: str, candidate: Candidate) -> bool:
    if candidate.drop:
        return False
    if candidate.cued and not _has_cue(folded, candidate):
        return False  # 14:05 and 比分3:1 are no ratios, 三年行动 and 近三年 no durations
    if candidate.kind is None and not candidate.has_magnitude and _after_index_noun(folded, candidate):
        candidate.kind = QuantityKind.INDEX  # 居民消费价格指数为102.3, 基尼系数0.35
    if candidate.ordinal:
        return candidate.rank_cue and not _followed_by_count_unit(folded, candidate.end)
    if candidate.kind is QuantityKind.RANK:  # 前N
        return candidate.rank_cue and not _followed_by_count_unit(folded, candidate.end)
    if candidate.kind is None and _after_multiple_cue(folded, candidate):
        candidate.kind, candidate.unit = QuantityKind.MULTIPLE, units.MULTIPLE_CUE_UNIT
    if candidate.kind is None:
        # A bare numeral is a quantity only with a magnitude (突破1亿) or a comparison word.
        if not (candidate.has_magnitude or candidate.pre):
            return False
        if not candidate.pre and not any(
            c.isdigit() or c in numerals.DIGITS for c in folded[candidate.start:candidate.end]
        ):
            return False  # 千兆光网, 千万要: units and magnitudes alone, unqualified, make a word
        if _is_date_context(folded, candidate):
            return False
        candidate.kind = QuantityKind.COUNT
    if candidate.single_chinese and not candidate.pre and candidate.kind in (
        QuantityKind.COUNT, QuantityKind.MEASURE
    ):
        return False  # 两个维护, 五位一体, 一批, 千家万户: slogans more often than counts
    following = folded[candidate.end:candidate.end + 1]
    if following and following.isascii() and following.isalpha():
        return False  # 5G, 3D, 4K (digits may follow a unit: 8章72条)
    if _is_class_label(folded, candidate):
        return False
    return not _is_personal_name(folded, candidate)


def _is_personal_name(folded: str, candidate: Candidate) -> bool:
    """陆万成先生, 局长陆万成；, 主持人 伍万里: numeral characters in a name are no quantity.

    The numeral is all Han, unqualified and without a person classifier
    (三万名女士 is a count); with up to two more Han characters it makes a name
    of two or three characters that a title, an honorific or a speaker label
    follows (副厅长 included), or that follows a title or a label and ends at a
    non-Han character, or that stands at a line start before a speaker's colon.
    """
    surface = folded[candidate.start:candidate.end]
    if candidate.pre or candidate.qualifier or any(c.isdigit() for c in surface):
        return False
    if surface.endswith(people.PERSON_CLASSIFIERS) or folded.startswith(people.PERSON_CLASSIFIERS, candidate.end):
        return False
    shortest, longest = people.NAME_LENGTH
    before = folded[max(0, candidate.start - 8):candidate.start].rstrip(" ")
    for surname in (0, 1):  # 陆万成 (the numeral opens the name) or 王万成 (a surname before it)
        if surname and not _is_han(before[-1:]):
            break
        ahead = before[:len(before) - surname].rstrip(" ")
        preceded = ahead.endswith(_preceding_words())
        line_start = not ahead or ahead.endswith("\n")
        for rest in range(longest):
            end = candidate.end + rest
            if rest and not _is_han(folded[end - 1:end]):
                break
            if not shortest <= surname + len(surface) + rest <= longest:
                continue
            following = folded[end:end + 1]
            if _starts_title(folded, end) or (preceded and not _is_han(following)):
                return True
            if line_start and following in people.SPEAKER_COLONS:
                return True  # 陆万成: at a line start is a speaker's name
    return False


def _starts_title(folded: str, at: int) -> bool:
    """A title or honorific at ``at``, possibly after 副 / 常务副 (陆万成副厅长)."""
    for prefix in ("", *people.TITLE_PREFIXES):
        if folded.startswith(prefix, at) and folded.startswith(_title_words(), at + len(prefix)):
            return True
    return False


@lru_cache(maxsize=1)
def _title_words() -> tuple[str, ...]:
    return people.PERSON_TITLES + people.HONORIFICS + people.SPEAKER_LABEL_WORDS


@lru_cache(maxsize=1)
def _preceding_words() -> tuple[str, ...]:
    """Titles and labels before a name; one character (问, 答) ends too many verbs (访问三万次)."""
    return tuple(word for word in people.PERSON_TITLES + people.SPEAKER_LABEL_WORDS if len(word) > 1)


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _followed_by_count_unit(folded: str, end: int) -> bool:
    """True when a measure word or date word follows 第N (第二场, 全国第一个, 前三季度)."""
    following = folded[end:end + 3]
    return any(following.startswith(word) for word in unit_kinds())


def _is_class_label(folded: str, candidate: Candidate) -> bool:
    """百亿元以上项目2个: an amount with 以上 before 项目 or 企业 names a size class."""
    if candidate.kind is not QuantityKind.MONEY or candidate.qualifier not in context.CLASS_LABEL_QUALIFIERS:
        return False
    return folded.startswith(context.CLASS_LABEL_NOUNS, candidate.end)


def _after_multiple_cue(folded: str, candidate: Candidate) -> bool:
    """城乡居民收入倍差从1.96缩小至1.86: a bare Arabic number in a clause about a 倍差 is a multiple."""
    surface = folded[candidate.start:candidate.end]
    if candidate.has_magnitude or not any(c.isdigit() for c in surface) or _is_date_context(folded, candidate):
        return False
    begin = clause_start(folded, candidate.start, max(0, candidate.start - 40))
    return any(folded.find(word, begin, candidate.start) >= 0 for word in units.MULTIPLE_CUE_WORDS)


def _has_cue(folded: str, candidate: Candidate) -> bool:
    """A ratio or a duration that its clause says it is (三次产业结构为5.5∶39.7∶54.8, 工期18个月)."""
    begin = clause_start(folded, candidate.start, max(0, candidate.start - 40))
    if candidate.kind is QuantityKind.RATIO:
        surface = folded[candidate.start:candidate.end]
        if _reads_as_time(surface):
            return False
        if units.RATIO_SIGN in surface:
            return True
        # a colon of an earlier ratio is no clause break (结构由6.1:40.2:53.7调整为5.5:39.7:54.8)
        low = max(0, candidate.start - 40)
        begin = max(low, *(folded.rfind(mark, low, candidate.start) + 1 for mark in context.SENTENCE_BREAKS + ","))
        cues: tuple[str, ...] = units.RATIO_CUES
    else:
        cues = units.DURATION_CUES
    return any(folded.find(word, begin, candidate.start) >= 0 for word in cues)


def _reads_as_time(surface: str) -> bool:
    """14:05, 14:05:57: whole parts, the first an hour, the others two-digit minutes or seconds."""
    digits = [part.strip() for part in surface.replace(units.RATIO_SIGN, ":").split(":")]
    if not all(p.isdigit() for p in digits):
        return False
    return int(digits[0]) <= 24 and all(len(p) == 2 and int(p) < 60 for p in digits[1:])


@lru_cache(maxsize=1)
def _index_pattern() -> regex.Pattern[str]:
    nouns = "|".join(regex.escape(w) for w in units.INDEX_NOUNS)
    links = "|".join(regex.escape(w) for w in sorted(units.INDEX_LINKS, key=len, reverse=True))
    return regex.compile(rf"(?:{nouns})(?:\([A-Za-z]+\))?(?:{links}|\d+(?:\.\d+)?|\s)*$")


def _after_index_noun(folded: str, candidate: Candidate) -> bool:
    """A bare number right after an index noun and its link words (制造业PMI为50.2, 指数从101.2升至102.3)."""
    low = max(0, candidate.start - 24)
    return _index_pattern().search(folded, low, candidate.start) is not None


def _is_date_context(folded: str, candidate: Candidate) -> bool:
    following = folded[candidate.end:candidate.end + 1]
    return following in ("-", "/", ":", ".")


def _set_rate(folded: str, candidate: Candidate, floor: int) -> None:
    """流量每秒860立方米, 时速350公里: a time unit before the number makes a rate unit (立方米/秒)."""
    if candidate.kind is not QuantityKind.MEASURE or candidate.unit not in units.RATE_BASE_UNITS:
        return
    match = rate_before_pattern().search(folded, max(floor, candidate.start - 12), candidate.start)
    if match is None:
        return
    per = (units.RATE_PREFIXES.get(match.group("prefix") or "")
           or units.RATE_NOUNS.get(match.group("noun") or ""))
    if per:
        candidate.unit = f"{candidate.unit}/{per}"
