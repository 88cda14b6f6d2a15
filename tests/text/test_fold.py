"""fold() maps one character to one character: widths, spaces, traditional forms."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govextract.lexicon import folding
from govextract.normalize import fold

CASES = [
    ("full-width digits", "１２３４５６７８９０", "1234567890"),
    ("full-width percent", "９０％", "90%"),
    ("full-width comma and period", "１，０５０．５", "1,050.5"),
    ("full-width colon in labels", "来源：新华网", "来源:新华网"),
    ("ideographic space", "一、综\u3000合", "一、综 合"),
    ("full-width parentheses", "（一）", "(一)"),
    ("full-width letters", "ＡＢＣ", "ABC"),
    ("traditional magnitudes", "萬億", "万亿"),
    ("traditional percentage point", "個百分點", "个百分点"),
    ("traditional metadata label", "來源：東南網", "来源:东南网"),
    ("traditional tonne", "公噸", "公吨"),
    ("minus sign", "\u22129.4%", "-9.4%"),
    ("Chinese punctuation kept", "。、《》“”「」", "。、《》“”「」"),
]


@pytest.mark.parametrize("name,source,expected", CASES, ids=[c[0] for c in CASES])
def test_fold_table(name, source, expected):
    assert fold(source) == expected


def test_table_is_one_to_one():
    for source, target in {**folding.SINGLE_CHARACTERS, **folding.TRADITIONAL_TO_SIMPLIFIED}.items():
        assert len(source) == 1 and len(target) == 1, (source, target)


def test_fold_rejects_non_strings():
    with pytest.raises(TypeError):
        fold(b"bytes")  # type: ignore[arg-type]


@given(st.text())
def test_fold_preserves_length(text):
    assert len(fold(text)) == len(text)
