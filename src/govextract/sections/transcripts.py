"""Press-conference transcripts: turns, speakers and the questions that open sections.

A transcript (新闻发布会 文字实录, 答记者问, 问：/答： 政策解读) is a run of
*turns*, each opened by a label at a paragraph start: 问： 答： 记者：
湖北日报记者： 主持人 袁晓峰： 【发布人】 【青岚日报记者】, or a speaker line
such as 省统计局党组书记、局长 陆万成： (a title and a name, the name alone
once a title named it).  A label stands alone on its line or opens the
paragraph that holds the turn's words.

Each question of a reporter opens a section; its theme is the question
sentence without background sentences, greetings, address (请问万局长，) or
courtesies (谢谢。), and the answers after it are its body.  Its level is one
below the transcript's own heading (答记者问, 二、答记者问) when there is one,
else 1: a topic heading of the opening statement is no parent of a question.
Speaker labels, the moderator's turns and the header block (时间： 地点：
出席： 内容：) are never themes; the lines that name a part of the
transcript (答记者问, 主题发布) are standalone headings.

The heading stage (``headings``) runs on the paragraphs a reader would
title: label lines, questions, the moderator's turns and the header block are
hidden from it, and what it finds on the first paragraph of a turn (a
greeting, 谢谢您的提问。) is dropped.

A text is read as a transcript only when it holds a reporter's question and
a turn of someone else; otherwise :func:`find_transcript_headings` returns
None and the heading stage runs alone.

Package-internal API: ``QUESTION`` (the heading kind) and
``find_transcript_headings``.

Why our own code: turn labels, titles before names and the address forms of
a Chinese press conference are conventions of the genre, in
``lexicon.transcripts``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..lexicon import transcripts as lex
from .headings import SUBHEADING, Heading, find_headings
from .paragraphs import TRAILING, Paragraph, Quoted, find_outside, trim
from .patterns import alternation

QUESTION = "question"  # a reporter's question, themed by its question sentence

ASKER = "asker"
ANSWER = "answer"
MODERATOR = "moderator"


@dataclass(frozen=True, slots=True)
class _Turn:
    paragraph: int  # the paragraph holding the label
    role: str
    words: int  # offset where the turn's words begin (the paragraph end for a label alone)


@lru_cache(maxsize=1)
def _titled_name_pattern() -> regex.Pattern[str]:
    """A speaker line: a title, optional blanks and a name (副主任王强 / 局长 陆万成 / 省教育厅厅长)."""
    shortest, longest = lex.NAME_LENGTH
    return regex.compile(
        rf"(?P<title> .* {alternation(lex.PERSON_TITLES)} ) \s* (?P<name> \p{{Han}}{{{shortest},{longest}}} )?",
        regex.VERBOSE,
    )


@lru_cache(maxsize=1)
def _labelled_name_pattern() -> regex.Pattern[str]:
    """A role label, blanks and a name (主持人 袁晓峰 / 发布人 万海波)."""
    shortest, longest = lex.NAME_LENGTH
    roles = alternation(lex.MODERATOR_LABELS + lex.ANSWER_LABELS)
    return regex.compile(rf"(?P<role> {roles} ) \s+ (?P<name> \p{{Han}}{{{shortest},{longest}}} )", regex.VERBOSE)


def _role_of(label: str, names: set[str]) -> str | None:
    """The role of a label's text (folded, no colon or brackets), or None when it is no label."""
    label = label.strip()
    if not _could_be_label(label):
        return None
    if label in lex.ASKER_LABELS or label.endswith(lex.ASKER_LABEL_ENDINGS):
        return ASKER
    if label in lex.MODERATOR_LABELS:
        return MODERATOR
    if label in lex.ANSWER_LABELS or label in names:
        return ANSWER
    match = _labelled_name_pattern().fullmatch(label)
    if match is not None:
        return MODERATOR if match.group("role") in lex.MODERATOR_LABELS else ANSWER
    if _titled_name_pattern().fullmatch(label) is not None:
        return ANSWER
    return None


def _could_be_label(label: str) -> bool:
    """Words without sentence punctuation or a comma, short enough to name a speaker."""
    label = label.strip()
    return 0 < len(label) <= lex.MAX_LABEL_LENGTH and not any(
        ch in lex.TURN_SENTENCE_TERMINATORS + ",:" for ch in label)


def _read_label(folded: str, paragraph: Paragraph, names: set[str], lenient: bool) -> tuple[str, int] | None:
    """Role and start of the words of a turn opened at ``paragraph``, or None.

    ``lenient`` (once the text is known to be a transcript): a line holding
    only a label and its colon (陕西省人民政府新闻办公室张某某:) and a bracketed
    name ([温某某]) are speakers too.
    """
    start, end = paragraph.start, paragraph.end
    role = None
    closing = lex.LABEL_BRACKETS.get(folded[start])
    if closing is not None:
        close = folded.find(closing, start + 1, min(end, start + lex.MAX_LABEL_LENGTH))
        if close < 0:
            return None
        inner = folded[start + 1 : close].strip()
        role = _role_of(inner, names)
        words = folded[close + 1 : end].strip()
        if role is None and lenient and _name_pattern().fullmatch(inner) and words and words[0] not in lex.LABEL_BRACKETS:
            role = ANSWER  # [温某某]各位网友好, not 【打印】【关闭】
        if role is None:
            return None
        start = close + 1  # 【发布人】万海波: / 【青岚日报记者】 / 【记者】请问…
    colon = folded.find(":", start, min(end, start + lex.MAX_LABEL_LENGTH + 1))
    if colon >= 0:
        speaker = _role_of(folded[start:colon], names) if colon > start else role
        if speaker is None and lenient and role is None and colon + 1 == end and _could_be_label(folded[start:colon]):
            speaker = ANSWER  # a label alone on its line, ending in a colon
        if speaker is not None:
            return (role or speaker), trim(folded, colon + 1, end, "")[0] if colon + 1 < end else end
    if role is None:
        return None
    return role, trim(folded, start, end, "")[0] if start < end else end


@lru_cache(maxsize=1)
def _name_pattern() -> regex.Pattern[str]:
    shortest, longest = lex.NAME_LENGTH
    return regex.compile(rf"\p{{Han}}{{{shortest},{longest}}}")


def _names(folded: str, paragraphs: list[Paragraph]) -> set[str]:
    """Names that a title introduced in a speaker line (伍建华 after 副主任 伍建华:)."""
    names = set()
    for paragraph in paragraphs:
        colon = folded.find(":", paragraph.start, min(paragraph.end, paragraph.start + lex.MAX_LABEL_LENGTH + 1))
        if colon < 0:
            continue
        label = folded[paragraph.start : colon].strip()
        if "】" in label:
            label = label[label.index("】") + 1 :].strip()
        listed = [label]
        if label in lex.ATTENDANCE_LABELS:  # 出席：县农业农村局局长千红梅；县气象局局长陆伟
            listed = regex.split(r"[;,、]", folded[colon + 1 : paragraph.end])
        for entry in listed:
            entry = entry.strip()
            match = _titled_name_pattern().fullmatch(entry) or _labelled_name_pattern().fullmatch(entry)
            if match is not None and match.group("name"):
                names.add(match.group("name"))
    return names


def _turns(folded: str, paragraphs: list[Paragraph]) -> list[_Turn]:
    """The turns of the text; read a second time, leniently, when a reporter asks in it."""
    names = _names(folded, paragraphs)
    turns: list[_Turn] = []
    for lenient in (False, True):
        if lenient and not any(t.role == ASKER for t in turns):
            break
        turns = []
        for i, paragraph in enumerate(paragraphs):
            found = _read_label(folded, paragraph, names, lenient)
            if found is not None:
                turns.append(_Turn(i, found[0], found[1]))
    return turns


def _sentences(folded: str, lo: int, hi: int, inside: Quoted) -> list[tuple[int, int, str]]:
    """(start, end, terminator) of each sentence in ``folded[lo:hi]`` (end before the terminator)."""
    found = []
    while lo < hi:
        stop = find_outside(folded, lex.TURN_SENTENCE_TERMINATORS + "\n", lo, hi, inside)
        end = hi if stop < 0 else stop
        s, e = trim(folded, lo, end, "")
        if e > s:
            found.append((s, e, "" if stop < 0 else folded[stop]))
        lo = end + 1
    return found


def _is_courtesy(sentence: str) -> bool:
    sentence = sentence.strip(TRAILING + " ")
    if sentence.startswith(lex.SELF_INTRODUCTIONS):
        return "," not in sentence and ":" not in sentence  # 我是央广网记者, 我的问题是:… holds the question
    return sentence in lex.COURTESY_SENTENCES


def _strip_address(folded: str, lo: int, hi: int) -> int:
    """Start of the question after greetings, a self-introduction and the address (请问万局长,)."""
    changed = True
    while changed and lo < hi:
        changed = False
        clause_end = _clause_end(folded, lo, hi)
        clause = folded[lo:clause_end]
        if clause_end < hi and (clause in lex.GREETING_PREFIXES or clause.startswith(lex.SELF_INTRODUCTIONS)):
            lo, changed = trim(folded, clause_end + 1, hi, "")[0], True  # 您好, / 我是央广网记者,
            continue
        opening = next((w for w in sorted(lex.ADDRESS_OPENINGS, key=len, reverse=True)
                        if folded.startswith(w, lo, hi)), None)
        rest = lo + len(opening) if opening else lo
        addressee_end = _clause_end(folded, rest, min(hi, rest + lex.MAX_ADDRESSEE_LENGTH + 1))
        addressee = folded[rest:addressee_end].strip()
        if addressee_end < hi and (addressee.endswith(lex.ADDRESSEE_ENDINGS) or (opening and not addressee)):
            lo, changed = trim(folded, addressee_end + 1, hi, "")[0], True  # 请问万局长, / 陆伟先生,
        elif opening:
            lo, changed = trim(folded, rest, hi, "")[0], True  # 请问在降低企业成本方面…
    return lo


def _clause_end(folded: str, lo: int, hi: int) -> int:
    for i in range(lo, hi):
        if folded[i] in ",:":
            return i
    return hi


def _later_address(folded: str, lo: int, hi: int) -> int:
    """A clause inside the sentence that opens with an address (…换新,请问下一步…): the question starts there."""
    best = lo
    for i in range(lo + 1, hi):
        if folded[i - 1] == "," and folded.startswith(lex.ADDRESS_OPENINGS, i, hi):
            best = i
    return best


def _question_theme(folded: str, lo: int, hi: int, inside: Quoted) -> tuple[int, int] | None:
    """Offsets of the question sentence of a turn's words ``folded[lo:hi]``, address and courtesies cut."""
    sentences = [s for s in _sentences(folded, lo, hi, inside) if not _is_courtesy(folded[s[0] : s[1]])]
    if not sentences:
        return None
    chosen = next((s for s in sentences if s[2] in lex.QUESTION_MARKS), None)
    if chosen is None:
        chosen = next((s for s in sentences if any(w in folded[s[0] : s[1]] for w in lex.ADDRESS_OPENINGS)),
                      sentences[-1])
    start = _strip_address(folded, _later_address(folded, chosen[0], chosen[1]), chosen[1])
    start, end = trim(folded, start, chosen[1], TRAILING)
    return (start, end) if end > start else None


def _is_header_line(folded: str, paragraph: Paragraph) -> bool:
    """时间：2024年4月19日 / 出席：… : a header label and its value on one line."""
    colon = folded.find(":", paragraph.start, paragraph.end)
    return 0 < colon < paragraph.end - 1 and folded[paragraph.start : colon].strip() in lex.HEADER_BLOCK_LABELS


def _header_block(folded: str, paragraphs: list[Paragraph]) -> set[int]:
    """Paragraphs of header blocks: two or more header lines in a row."""
    block: set[int] = set()
    run: list[int] = []
    for i, paragraph in enumerate([*paragraphs, None]):
        if paragraph is not None and _is_header_line(folded, paragraph):
            run.append(i)
            continue
        if len(run) >= lex.MIN_HEADER_BLOCK_LINES:
            block.update(run)
        run = []
    return block


def _part_heading(folded: str, paragraph: Paragraph) -> tuple[int, int] | None:
    """答记者问 / 【主题发布】 alone on a line: the offsets of its theme."""
    lo, hi = trim(folded, paragraph.start, paragraph.end, ":")
    if hi - lo > 2 and folded[lo] == "【" and folded[hi - 1] == "】":
        lo, hi = trim(folded, lo + 1, hi - 1, "")
    return (lo, hi) if folded[lo:hi] in lex.PART_HEADINGS else None


def find_transcript_headings(
    text: str, folded: str, paragraphs: list[Paragraph], inside: Quoted
) -> list[Heading] | None:
    """The headings of a transcript body (questions, part headings and the rest), or None for another text."""
    header = _header_block(folded, paragraphs)
    turns = [t for t in _turns(folded, paragraphs) if t.paragraph not in header]  # 主持人：X in the header block
    if not any(t.role != ASKER for t in turns):
        return None
    hidden: set[int] = set()
    openers: set[int] = set()
    own: list[Heading] = []
    ends = [t.paragraph for t in turns[1:]] + [len(paragraphs)]
    for turn, next_turn in zip(turns, ends, strict=True):
        last = next_turn - 1
        while last > turn.paragraph and _part_heading(folded, paragraphs[last]) is not None:
            last -= 1  # 答记者问 between two turns ends the turn before it
        first_words = turn.paragraph if turn.words < paragraphs[turn.paragraph].end else turn.paragraph + 1
        if turn.words >= paragraphs[turn.paragraph].end:
            hidden.add(turn.paragraph)  # a label alone on its line
        if turn.role == ANSWER:
            openers.add(first_words)
            continue
        if turn.role == MODERATOR:
            last = min(last, first_words)  # the moderator speaks one paragraph: 一、发布内容 may follow
        hidden.update(range(turn.paragraph, last + 1))
        if turn.role == ASKER and first_words <= last:
            theme = _question_theme(folded, max(turn.words, paragraphs[first_words].start),
                                    paragraphs[last].end, inside)
            if theme is not None:
                start = paragraphs[turn.paragraph].start
                own.append(Heading(turn.paragraph, QUESTION, 0, start, theme[0], theme[1]))
    if not any(h.kind == QUESTION for h in own):
        return None
    hidden.update(header)
    for i, paragraph in enumerate(paragraphs):
        if i not in hidden and (part := _part_heading(folded, paragraph)) is not None:
            hidden.add(i)
            own.append(Heading(i, SUBHEADING, 1, paragraph.start, part[0], part[1]))  # a part of the whole
    visible = [i for i in range(len(paragraphs)) if i not in hidden]
    found = find_headings(text, folded, [paragraphs[i] for i in visible], inside)
    for heading in found:
        i = visible[heading.paragraph]
        if i in openers:
            continue  # a greeting or 谢谢您的提问。 opening an answer is no theme
        own.append(replace(heading, paragraph=i))
    return _place_questions(folded, sorted(own, key=lambda h: h.paragraph))


def _place_questions(folded: str, headings: list[Heading]) -> list[Heading]:
    """Questions one level below the transcript's own heading (答记者问, 二、答记者问), else level 1.

    Another heading (企业开办再提速) is a topic of the statement, not the parent of a question.
    """
    part_level = 0
    placed = []
    for heading in headings:
        if heading.kind == QUESTION:
            heading = replace(heading, level=part_level + 1)
        elif heading.theme_start is not None and folded[heading.theme_start : heading.theme_end] in lex.PART_HEADINGS:
            part_level = heading.level or 1
        elif heading.level and heading.level <= part_level:
            part_level = 0  # a marked heading at the part's level or above closes it
        placed.append(heading)
    return placed
