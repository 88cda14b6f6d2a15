"""A name is never a number: numeral characters in a personal name (陆万成, 伍万里) are no quantity.

The rule reads the lexicon (titles, honorifics, speaker-label words of
``lexicon.transcripts``), not a list of names: a numeral that with at most two
more Han characters makes a two- or three-character name, followed by a title
or an honorific, or following a title or a speaker label, is part of a name.
Counts of people keep their classifier (三万名女士) and stay quantities.
"""

from __future__ import annotations

import pytest

from conftest import unmark
from govextract.normalize import fold
from govextract.quantities import find_quantities


def _surfaces(text: str) -> list[str]:
    found = find_quantities(text, fold(text))
    for q in found:
        assert text[q.start:q.end] == q.text
    return [q.text for q in found]


# (id, sentence, the name that holds numeral characters): no quantity overlaps the name.
NAME_CASES = [
    ("honorific_after", "请问陆万成先生，一季度工业生产呈现哪些特点？", "陆万成"),
    ("honorific_after_thanks", "谢谢陆万成先生。下面进入提问环节。", "陆万成"),
    ("title_before_semicolon", "出席：省统计局党组书记、局长陆万成；省发展改革委副主任伍建华", "陆万成"),
    ("title_before_full_width_space", "省统计局党组书记、局长　陆万成：\n谢谢您的提问。", "陆万成"),
    ("speaker_label_before", "主持人　陆万成：\n欢迎参加今天的发布会。", "陆万成"),
    ("name_of_the_issue", "请问陆万明先生，一季度山东经济发展呈现哪些特点？谢谢。", "陆万明"),
    ("wu_wan_li_comrade", "感谢伍万里同志的介绍。", "伍万里"),
    ("surname_before_the_numeral", "出席：市财政局局长王万成，市商务局副局长李红。", "王万成"),
    ("title_after_name", "王万成局长出席会议并讲话。", "王万成"),
    ("qian_in_name_before_title", "千红女士表示，将继续加大支持力度。", "千红"),
    ("director_after", "伍千里主任介绍了有关情况。", "伍千里"),
    ("deputy_title_after", "下面，首先请陆万成副厅长介绍相关情况。", "陆万成"),
    ("name_alone_before_speaker_colon", "西岭日报记者：\n请问噪声问题如何解决？\n陆万成：\n噪声污染关系群众切身利益。", "陆万成"),
]


@pytest.mark.parametrize("text, name", [c[1:] for c in NAME_CASES], ids=[c[0] for c in NAME_CASES])
def test_names_are_no_quantities(text, name):
    start = text.index(name)
    end = start + len(name)
    found = find_quantities(text, fold(text))
    assert not [q.text for q in found if q.start < end and start < q.end]


# Negative twins: numbers next to the same words that are quantities (⟦surface⟧).
STILL_QUANTITIES = [
    ("count_of_women_with_classifier", "全省⟦三万名⟧女士参加了健步走活动。"),
    ("count_of_experts_with_classifier", "活动邀请了⟦两千余位⟧专家参加。"),
    ("financial_numerals_in_an_amount", "收到人民币⟦陆万元⟧整。"),
    ("verb_ending_in_a_label_character", "政务服务网累计访问⟦三万次⟧。"),
    ("growth_in_tenths", "同比增长⟦三成⟧，增速加快。"),
    ("qualified_count_after_title", "市长热线全年受理⟦超过三万件⟧。"),
    ("digits_after_a_title", "局长介绍，全市新增就业⟦4.3万人⟧。"),
    ("tenths_at_a_line_start", "主要指标：\n⟦三成以上⟧的企业实现增收。"),
]


@pytest.mark.parametrize("marked", [c[1] for c in STILL_QUANTITIES], ids=[c[0] for c in STILL_QUANTITIES])
def test_numbers_beside_titles_stay_quantities(marked):
    text, spans = unmark(marked)
    (start, end), = spans
    assert text[start:end] in _surfaces(text)
