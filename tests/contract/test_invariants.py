"""Properties that hold for every input: extract() never raises and offsets never drift."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govextract
from conftest import FIXTURES, assert_spans_consistent

# Characters that make the extractors work hard: numerals, units, qualifiers,
# quote and title marks, heading markers, metadata labels, both widths, both scripts.
GENRE = [*list("0123456789０１２３４５６７８９.,·%‰％，。、；：！？（）()【】《》〈〉“”‘’「」『』\"'—-～~ \n\u3000" "零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩負负点第是前居位名" "个人元吨亩天岁倍番成场次项家户美港澳门百分点以上下超过突破余多近约左右不足" "增长下降提高减少分别至到来源编辑责编作者发布时间年月日版权声明相关新闻一是二是三是"), "一是", "二是", "个百分点", "万亿元", "以上", "来源:", "编辑:", "责任编辑：", "（一）", "一、", "1.", "\n\n"]

genre_text = st.lists(st.sampled_from(GENRE), max_size=80).map("".join)
settings.register_profile("govextract", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("govextract")


@settings(max_examples=300)
@given(genre_text)
def test_extract_never_raises_and_spans_hold_on_genre_text(text):
    assert_spans_consistent(text, govextract.extract(text))


@settings(max_examples=150)
@given(st.text(max_size=200))
def test_extract_never_raises_on_any_unicode(text):
    assert_spans_consistent(text, govextract.extract(text))


@settings(max_examples=40)
@given(st.integers(min_value=0, max_value=7000), st.integers(min_value=0, max_value=7000))
def test_any_slice_of_the_seed_is_safe(a, b):
    seed = (FIXTURES / "000_ed59100b0a95fe47.txt").read_text(encoding="utf-8")
    text = seed[min(a, b):max(a, b)]
    assert_spans_consistent(text, govextract.extract(text))


def test_empty_and_whitespace():
    for text in ("", " ", "\n\n", "\u3000"):
        doc = govextract.extract(text)
        assert doc.body_end == len(text) and doc.quantities == [] and doc.programs == []


def test_misuse_raises_type_error():
    import pytest

    for bad in (None, b"bytes", 42):
        with pytest.raises(TypeError):
            govextract.extract(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        govextract.extract("x", source=3)  # type: ignore[arg-type]


def test_extractor_options_are_checked():
    import pytest

    from govextract.tokenize import Tokenizer

    for bad in (-1, 1.5, True):
        with pytest.raises(ValueError):
            govextract.Extractor(keyword_count=bad)
    with pytest.raises(TypeError):
        govextract.Extractor(tokenizer=3)  # type: ignore[arg-type]
    shared = Tokenizer()
    first, second = govextract.Extractor(tokenizer=shared), govextract.Extractor(tokenizer=shared, keyword_count=2)
    assert first.tokenizer is second.tokenizer is shared
    doc = second("政务服务水平持续提升。推进“一网通办”改革,网上可办率达到90%以上。")
    assert all(len(s.keywords) <= 2 for s in doc.sections)


def test_pipe_keeps_order_and_context():
    extractor = govextract.Extractor()
    texts = ["突破1亿。", "", "超过800万。"]
    assert [len(d.quantities) for d in extractor.pipe(texts)] == [1, 0, 1]
    pairs = list(extractor.pipe([(t, i) for i, t in enumerate(texts)], as_tuples=True))
    assert [i for _, i in pairs] == [0, 1, 2]
