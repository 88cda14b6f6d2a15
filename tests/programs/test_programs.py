"""Quoted names, their heads and categories; document titles in 《》."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SEED, extract_release
from govextract.enclosures import find_enclosures
from govextract.models import Program
from govextract.normalize import fold
from govextract.programs import classify, find_documents, find_programs

P, S, O = "program", "slogan", "other"


def programs_of(text: str, start: int = 0, end: int | None = None) -> list[Program]:
    found = find_programs(text, fold(text), start, end)
    for p in found:
        assert text[p.start : p.end] == p.name
        if p.head is not None:
            assert text[p.head_start : p.head_end] == p.head
            between = text[p.end : p.head_start]
            assert between.strip() and len(between.strip()) == 1, "a head starts right after the closing mark"
    return found


def triples(found: list[Program]) -> list[tuple[str, str | None, str]]:
    return [(p.name, p.head, p.category.value) for p in found]


# (case id, text, [(name, head, category), ...])
PROGRAM_CASES = [
    # heads from the seed release
    ("reform", "围绕深化“放管服”改革和优化营商环境", [("放管服", "改革", P)]),
    ("project", "实施“双全双百”工程,提升质量", [("双全双百", "工程", P)]),
    ("platform-compound", "迭代升级“爱山东”政务服务平台应用功能", [("爱山东", "政务服务平台", P)]),
    ("mobile-end", "发布“爱山东”移动端3.0版", [("爱山东", "移动端", P)]),
    ("no-head-metric", "“爱山东”注册用户数突破1亿", [("爱山东", None, P)]),
    ("no-head-verb", "“爱山东”获评中国政务服务掌办指数", [("爱山东", None, P)]),
    ("adjacent-quotes", "提升“一链办”“集成办”网办质量", [("一链办", None, P), ("集成办", None, P)]),
    ("adjacent-names-deng", "持续推进“天网工程”“雪亮工程”等建设", [("天网工程", None, P), ("雪亮工程", None, P)]),
    ("list-with-head", "先后开展“统云、并网、聚数”攻坚行动、建设", [("统云、并网、聚数", "攻坚行动", P)]),
    ("list-of-clauses-with-head", "“一个平台一个号、一张网络一朵云”建设,不断夯实", [("一个平台一个号、一张网络一朵云", "建设", P)]),
    ("action", "开展“数源、数治、数用”行动,持续加大", [("数源、数治、数用", "行动", P)]),
    ("office-platform", "建成新版“山东通”协同办公平台,打造", [("山东通", "协同办公平台", P)]),
    ("integrated-reform", "推进机关内部“一件事”集成改革,推出", [("一件事", "集成改革", P)]),
    ("system", "优化升级“互联网+监管”系统功能", [("互联网+监管", "系统", P)]),
    ("index", "“开放数林”指数居全国第一", [("开放数林", "指数", P)]),
    ("smart-platform", "建设全省“一网统揽”综合慧治平台,并与", [("一网统揽", "综合慧治平台", P)]),
    ("construction-then-verb", "“无证明之省”建设得到国务院主要领导同志批示肯定", [("无证明之省", "建设", P)]),
    ("de-blocks-head", "完善“三横四纵”的网络安全体系", [("三横四纵", None, P)]),
    ("city-brain", "与各市“城市大脑”互联互通", [("城市大脑", None, P)]),
    ("grade", "获评中国政务服务掌办指数“A”级,位居全国第三", [("A", None, O)]),
    # slogans
    ("slogan-comma", "让“数据多跑路,群众少跑腿”成为一种常态", [("数据多跑路,群众少跑腿", None, S)]),
    ("slogan-dun-clauses", "让群众和企业“不出家门就能办、动动手指就能办”,", [("不出家门就能办、动动手指就能办", None, S)]),
    ("slogan-fullwidth-comma", "围绕“一屏观全省，一网管全省”，建设", [("一屏观全省，一网管全省", None, S)]),
    # a clause-like name with a head noun phrase after the quote names an event series
    ("series-head-after-a-sentence", "举行“坚定不移推动高质量发展”系列新闻发布会", [("坚定不移推动高质量发展", "系列新闻发布会", P)]),
    ("slogan-long-list", "形成了“一个平台支撑、一本目录管理、一套标准治理、两张清单共享”的数据资源体系",
     [("一个平台支撑、一本目录管理、一套标准治理、两张清单共享", None, S)]),
    ("slogan-famous", "牢固树立“绿水青山就是金山银山”的理念", [("绿水青山就是金山银山", None, S)]),
    # other quote styles
    ("corner-quotes", "推行「一网通办」改革", [("一网通办", "改革", P)]),
    ("white-corner-quotes", "打造『浙里办』品牌", [("浙里办", "品牌", P)]),
    ("straight-double", '推进"互联网+政务服务"工作', [("互联网+政务服务", "工作", P)]),
    ("fullwidth-straight", "推进＂跨省通办＂试点", [("跨省通办", "试点", P)]),
    ("curly-single", "推广‘枫桥经验’做法", [("枫桥经验", "做法", P)]),
    ("traditional", "深化「放管服」改革，推動「一件事」集成改革", [("放管服", "改革", P), ("一件事", "集成改革", P)]),
    ("traditional-platform", "優化「智方便」平台服務", [("智方便", "平台服務", P)]),
    ("traditional-system", "推出「醫健通」系統，便利市民", [("醫健通", "系統", P)]),
    ("traditional-app", "下載「智方便」流動應用程式", [("智方便", "流動應用程式", P)]),
    ("traditional-action", "開展「清朗」專項行動。", [("清朗", "專項行動", P)]),
    ("traditional-no-head", "「一網通辦」獲評全國優秀案例", [("一網通辦", None, P)]),
    ("nested-in-quote", "开展“学习‘枫桥经验’”主题活动", [("学习‘枫桥经验’", "主题活动", P), ("枫桥经验", None, P)]),
    ("nested-in-title", "印发《山东省“十四五”数字机关建设行动计划》", [("十四五", None, P)]),
    ("title-bounds-head", "《关于推进“一网通办”》改革", [("一网通办", None, P)]),
    # more heads
    ("special-action", "开展“清风”专项行动", [("清风", "专项行动", P)]),
    ("mechanism", "建立“吹哨报到”机制", [("吹哨报到", "机制", P)]),
    ("model", "推广“最多跑一次”模式", [("最多跑一次", "模式", P)]),
    ("strategy", "实施“数字强省”战略", [("数字强省", "战略", P)]),
    ("activity", "开展“我为群众办实事”实践活动", [("我为群众办实事", "实践活动", P)]),
    ("service", "推行“免申即享”服务,惠及企业", [("免申即享", "服务", P)]),
    ("app", "下载“随申办”APP办理", [("随申办", "APP", P)]),
    ("head-before-number", "“粤省事”平台2.0版上线", [("粤省事", "平台", P)]),
    ("longest-head", "“一网通办”改革试点工作全面启动", [("一网通办", "改革试点工作", P)]),
    ("head-stops-at-de", "总结“最多跑一次”改革的经验", [("最多跑一次", "改革", P)]),
    ("two-heads-in-a-row", "推出“粤省事”小程序和“粤商通”平台", [("粤省事", "小程序", P), ("粤商通", "平台", P)]),
    ("title-honour", "获得“全国文明城市”称号", [("全国文明城市", "称号", P)]),
    ("long-name-ending-in-head", "荣获“中国政府网站绩效评估”第一名", [("中国政府网站绩效评估", None, P)]),
    ("latin-in-name", "建设“i深圳”APP", [("i深圳", "APP", P)]),
    ("period-takes-no-head", "“十四五”时期数字政府建设规划", [("十四五", None, P)]),
    # no head, name-like
    ("short-name", "全面推行“一网通办”,", [("一网通办", None, P)]),
    ("name-ends-in-head", "加快“数字政府建设”", [("数字政府建设", None, P)]),
    ("emphasis-word", "防止出现“发展”偏差", [("发展", None, O)]),
    ("single-han", "破解“难”题", [("难", None, O)]),
    ("digit", "实现“0”跑腿", [("0", None, O)]),
    ("latin-word", '他说 "OK" 了', [("OK", None, O)]),
    ("padded-name", "推行“ 一网通办 ”改革", [("一网通办", "改革", P)]),
    # negatives: nothing quoted
    ("apostrophes-english", "Don't stop, it's Xi'an's plan.", []),
    ("unclosed", "推进“一网通办改革,持续优化", []),
    ("empty-quotes", "这是“”空引号", []),
    ("line-break", "推进“一网\n通办”改革", []),
    ("plain", "全省政务服务事项网上可办率达到90%以上。", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in PROGRAM_CASES], ids=[c[0] for c in PROGRAM_CASES])
def test_find_programs(text: str, expected: list) -> None:
    assert triples(programs_of(text)) == expected


def test_enough_cases() -> None:
    assert sum(len(c[2]) for c in PROGRAM_CASES) >= 40


CLASSIFY_CASES = [
    ("放管服", False, P),
    ("爱山东", False, P),
    ("山东通", False, P),
    ("一网统揽", False, P),
    ("一件事", False, P),
    ("城市大脑", False, P),
    ("互联网+监管", False, P),
    ("一网通办", False, P),
    ("掌上通办", False, P),
    ("天网工程", False, P),
    ("马上办、网上办、就近办", False, P),
    ("统云、并网、聚数", True, P),
    ("数据多跑路,群众少跑腿", False, S),
    ("数据多跑路，群众少跑腿", False, S),
    ("不出家门就能办、动动手指就能办", False, S),
    ("坚定不移推动高质量发展", False, S),
    ("A", False, O),
    ("5", False, O),
    ("互联网", False, O),
]

# Bugs found by reading releases of many shapes (tests/data/releases).
CLASSIFY_BUGS_CAUGHT = [
    # a website, app or account name without a head was a slogan once it was longer than six characters
    ("某市政务服务网", False, P),
    ("某某市人民政府门户网", False, P),
    ("某市就业创业公众号", False, P),
    ("15分钟就业服务圈", False, P),
    ("某某省政务服务小程序", False, P),
    # a quoted sentence of speech is a quotation, neither a name nor a slogan (it was a slogan)
    ("以前浇一次地要两三天，现在手机一点就能灌溉，省时省力。", False, O),
    ("我们将继续推进数字政府建设。", False, O),
    ("真是太方便了！", False, O),
]

# Names that must not become programs by a platform ending.
CLASSIFY_PLATFORM_NEGATIVES = [
    ("上网", False, O),  # ordinary words stay other
    ("坚持人民至上、推动一张网建设", False, S),  # a clause list stays a slogan
]


@pytest.mark.parametrize("name, has_head, expected", CLASSIFY_BUGS_CAUGHT + CLASSIFY_PLATFORM_NEGATIVES,
                         ids=[c[0] for c in CLASSIFY_BUGS_CAUGHT + CLASSIFY_PLATFORM_NEGATIVES])
def test_classify_bugs_caught(name: str, has_head: bool, expected: str) -> None:
    assert classify(fold(name), has_head=has_head).value == expected


def test_quoted_speech_in_text() -> None:
    found = programs_of("他表示:“我们将继续推进数字政府建设。”")
    assert triples(found) == [("我们将继续推进数字政府建设。", None, O)]


# Whole releases in new styles (communiqués, county, legislature and Macau items in tests/data/releases)
# exposed these.
# (case id, text, [(name, head, category), ...])
QUOTE_BUGS_CAUGHT = [
    # a quoted sentence of speech took the noun after it as a head
    ("speech-takes-no-head", "“现在都跑到球场来了。”县全民健身中心附近的店主说",
     [("现在都跑到球场来了。", None, O)]),
    # a time word after the quote opens a new phrase (head was 全年服務)
    ("time-word-after-quote", "「一戶通」全年服務使用量超過一千萬次", [("一戶通", None, P)]),
    # an ordinal phase after the quote is no head (head was 第三期開發工作)
    ("ordinal-after-quote", "完成「一戶通」第三期開發工作", [("一戶通", None, P)]),
    # inside a document title the reform is the head, not the plan (head was 改革实施方案)
    ("reform-before-plan", "审议通过了《某省推进“亩均论英雄”改革实施方案》", [("亩均论英雄", "改革", P)]),
    ("work-before-plan", "印发“双减”工作方案", [("双减", "工作", P)]),
    # a subsidy is a head
    ("subsidy-head", "要用好“以旧换新”补贴", [("以旧换新", "补贴", P)]),
    # a chapter title is no program
    ("chapter-title", "《条例》还专设“法治保障”一章", [("法治保障", None, O)]),
    # a quoted list of principles before 的 + an idea noun is a slogan (was a program)
    ("principles-de-idea", "坚持“节水优先、空间均衡、系统治理、两手发力”的治水思路",
     [("节水优先、空间均衡、系统治理、两手发力", None, S)]),
    ("resolve-de-idea", "以“走在前、做示范”的担当推动高质量发展", [("走在前、做示范", None, S)]),
]

# Negative twins: the new rules leave these alone.
QUOTE_NEGATIVES = [
    ("longest-head-kept", "实施“统云、并网、聚数”攻坚行动", [("统云、并网、聚数", "攻坚行动", P)]),
    ("plan-alone-is-head", "制定“十大工程”实施方案", [("十大工程", "实施方案", P)]),
    ("list-before-de-plain", "推进“统云、并网、聚数”的工作", [("统云、并网、聚数", None, P)]),
    ("single-name-de-idea", "践行“以人民为中心”的发展思想", [("以人民为中心", None, P)]),
    ("account-head-kept", "已開通「商戶版一戶通」帳戶", [("商戶版一戶通", "帳戶", P)]),
]


# Genre rules for maxims, emphasised common nouns, closing heads and wordplay.
# (case id, text, [(name, head, category), ...])
GENRE_BUGS_CAUGHT = [
    # parallel maxims with a modal or negative character inside each item were a list of names
    ("maxim-list", "坚持“有求必应、无事不扰”，为企业服务", [("有求必应、无事不扰", None, S)]),
    ("maxim-list-five", "实现“数据多跑路、群众少跑腿”", [("数据多跑路、群众少跑腿", None, S)]),
    ("maxim-list-ze", "坚持“宜林则林、宜草则草”", [("宜林则林、宜草则草", None, S)]),
    # a head noun quoted alone is a common noun stressed, not a name (was a program)
    ("emphasised-head-noun", "发放“消费券”1亿元。", [("消费券", None, O)]),
    ("emphasised-subsidy", "领取“补贴”后", [("补贴", None, O)]),
    # heads that were missing
    ("city-closing-head", "创建“无欠薪”城市。", [("无欠薪", "城市", P)]),
    ("governance-closing-head", "推动“一江一河”治理。", [("一江一河", "治理", P)]),
    ("measures-head", "香港推出「簡政便民」措施。", [("簡政便民", "措施", P)]),
    ("discount-head", "政府推出『樂悠咭』優惠。", [("樂悠咭", "優惠", P)]),
    ("keynote-head", "坚持“稳中求进”工作总基调。", [("稳中求进", "工作总基调", P)]),
    ("grade-ji-with-head", "获评“五星级”文明户。", [("五星级", "文明户", O)]),
    # the words of a wordplay pair are ordinary words (the second was a program)
    ("wordplay-bian", "推动“流量”变“留量”。", [("流量", None, O), ("留量", None, O)]),
    ("wordplay-cong-dao", "从“要我干”到“我要干”", [("要我干", None, O), ("我要干", None, O)]),
]

# Negative twins: names the new rules must leave alone.
GENRE_NEGATIVES = [
    ("noun-list-stays-program", "开展“统云、并网、聚数”", [("统云、并网、聚数", None, P)]),
    ("four-char-names-list", "推行“跨省通办、全程网办”", [("跨省通办、全程网办", None, P)]),
    ("leading-negation-is-name", "推进“不见面审批、无证明城市”", [("不见面审批、无证明城市", None, P)]),
    ("numeral-head-noun-name", "构建全省“一张图”", [("一张图", None, P)]),
    ("head-noun-with-head", "开展“消费券”发放活动", [("消费券", "发放活动", P)]),
    ("city-before-noun-no-head", "依托“一网统管”城市运行监测", [("一网统管", None, P)]),
    ("governance-before-noun", "提升“数字政府”治理能力", [("数字政府", None, P)]),
    ("city-in-name-then-head", "推进“无废城市”建设。", [("无废城市", "建设", P)]),
    ("wordplay-names-kept", "从“一网通办”到“一网统管”", [("一网通办", None, P), ("一网统管", None, P)]),
    ("wordplay-no-shared-character", "从“数智谷”到“云上城”", [("数智谷", None, P), ("云上城", None, P)]),
    ("periods-not-wordplay", "从“十三五”到“十四五”", [("十三五", None, P), ("十四五", None, P)]),
]


# A head can be a longer noun phrase after the quote; a verb after a head starts the predicate.
# (case id, text, [(name, head, category), ...])
HEAD_PHRASE_CASES = [
    ("news-conference-series", "欢迎参加“坚定不移推动高质量发展”系列新闻发布会。",
     [("坚定不移推动高质量发展", "系列新闻发布会", P)]),
    ("activity-series", "举办“香港·湖北周”系列活动，力争引进港资项目。", [("香港·湖北周", "系列活动", P)]),
    ("scenes-after-a-count", "推出26个“高效办成一件事”场景。", [("高效办成一件事", "场景", P)]),
    ("application-scenes", "上线“一码通城”应用场景。", [("一码通城", "应用场景", P)]),
    ("model-township", "建成“四好农村路”示范乡镇12个。", [("四好农村路", "示范乡镇", P)]),
    ("tier", "连续三年进入“领先型”梯队。", [("领先型", "梯队", P)]),
    ("joint-enforcement", "推行“综合查一次”联合执法，减少检查次数。", [("综合查一次", "联合执法", P)]),
    ("characterization-list", "总体呈现“稳、进、好”的特点。", [("稳、进、好", None, S)]),
    ("verb-after-head-stops", "全省统一的“互联网+监管”系统汇聚监管数据2.4亿条。", [("互联网+监管", "系统", P)]),
    # negative twins
    ("head-noun-holding-a-verb", "启用“粤智助”政府服务自助机。", [("粤智助", "政府服务自助机", P)]),
    ("verb-right-after-the-quote", "推动“高效办成一件事”扩面提质。", [("高效办成一件事", None, P)]),
    ("verb-before-any-head", "实施“统云、并网、聚数”攻坚行动", [("统云、并网、聚数", "攻坚行动", P)]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in HEAD_PHRASE_CASES], ids=[c[0] for c in HEAD_PHRASE_CASES])
def test_head_phrases(text: str, expected: list) -> None:
    assert triples(programs_of(text)) == expected


@pytest.mark.parametrize("text, expected", [c[1:] for c in GENRE_BUGS_CAUGHT + GENRE_NEGATIVES],
                         ids=[c[0] for c in GENRE_BUGS_CAUGHT + GENRE_NEGATIVES])
def test_genre_programs(text: str, expected: list) -> None:
    assert triples(programs_of(text)) == expected


@pytest.mark.parametrize("text, expected", [c[1:] for c in QUOTE_BUGS_CAUGHT + QUOTE_NEGATIVES],
                         ids=[c[0] for c in QUOTE_BUGS_CAUGHT + QUOTE_NEGATIVES])
def test_quote_heads_and_categories(text: str, expected: list) -> None:
    assert triples(programs_of(text)) == expected


def test_no_head_crosses_a_time_word_or_an_ordinal() -> None:
    _, doc = extract_release("hong_kong_macau_taiwan/macau_one_account_services")
    heads = {p.head for p in doc.programs}
    assert not {"全年服務", "第三期開發工作"} & heads


def test_program_inside_a_document_title_takes_the_short_head() -> None:
    _, doc = extract_release("news/provincial_executive_meeting")
    assert {p.head for p in doc.programs if p.name == "亩均论英雄"} == {"改革"}


@pytest.mark.parametrize("name, has_head, expected", CLASSIFY_CASES, ids=[c[0] for c in CLASSIFY_CASES])
def test_classify(name: str, has_head: bool, expected: str) -> None:
    assert classify(fold(name), has_head=has_head).value == expected


def test_seed_body() -> None:
    text = SEED.read_text(encoding="utf-8")
    end = text.index("国际在线版权与信息产品内容销售的声明")
    found = programs_of(text, 0, end)
    assert len(found) == 39
    names = {p.name for p in found}
    for name in ("放管服", "互联网+政务服务", "双全双百", "爱山东", "山东通", "一网统揽", "统云、并网、聚数",
                 "一个平台支撑、一本目录管理、一套标准治理、两张清单共享", "开放数林", "三横四纵"):
        assert name in names
    assert [p.start for p in found] == sorted(p.start for p in found)
    heads = {(p.name, p.head) for p in found if p.head}
    assert ("双全双百", "工程") in heads and ("爱山东", "政务服务平台") in heads
    # nothing from the copyright statement when the body range is given
    assert all(p.end <= end for p in found)
    # the statement quotes 国际在线 when the whole text is scanned
    assert any(p.name == "国际在线" for p in programs_of(text))


def test_whole_document_enclosures_equal_range_enclosures() -> None:
    text = SEED.read_text(encoding="utf-8")
    folded = fold(text)
    end = text.index("国际在线版权与信息产品内容销售的声明")
    given_pairs = find_programs(text, folded, 100, end, enclosures=find_enclosures(folded))
    computed = find_programs(text, folded, 100, end)
    assert given_pairs == computed
    assert all(p.start >= 100 for p in computed)


DOCUMENT_CASES = [
    ("seed-report", "2022年底发布的《中国数字政府发展大中城市指数报告》显示", ["中国数字政府发展大中城市指数报告"]),
    ("two-titles", "研究出台《山东省数字机关建设工作方案》《山东省“十四五”数字机关建设行动计划》,",
     ["山东省数字机关建设工作方案", "山东省“十四五”数字机关建设行动计划"]),
    ("angle-nested", "印发《关于转发〈数字政府建设指南〉的通知》", ["关于转发〈数字政府建设指南〉的通知", "数字政府建设指南"]),
    ("traditional", "發佈《智慧城市藍圖2.0》", ["智慧城市藍圖2.0"]),
    ("corner-quote-inside", "《推进「一网通办」实施方案》", ["推进「一网通办」实施方案"]),
    ("empty", "《》", []),
    ("unclosed", "《数字政府建设指南", []),
    ("no-title", "没有书名号的句子。", []),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in DOCUMENT_CASES], ids=[c[0] for c in DOCUMENT_CASES])
def test_find_documents(text: str, expected: list[str]) -> None:
    found = find_documents(text, fold(text))
    for d in found:
        assert text[d.start : d.end] == d.title
    assert [d.title for d in found] == expected


def test_seed_documents() -> None:
    text = SEED.read_text(encoding="utf-8")
    end = text.index("国际在线版权与信息产品内容销售的声明")
    assert [d.title for d in find_documents(text, fold(text), 0, end)] == [
        "中国数字政府发展大中城市指数报告",
        "山东省数字机关建设工作方案",
        "山东省“十四五”数字机关建设行动计划",
    ]


RANGE_CASES = [
    ("empty-text", "", 0, None),
    ("start-after-end", "推进“一网通办”", 5, 2),
    ("negative-start", "推进“一网通办”", -10, None),
    ("end-beyond", "推进“一网通办”", 0, 1000),
]


@pytest.mark.parametrize("text, start, end", [c[1:] for c in RANGE_CASES], ids=[c[0] for c in RANGE_CASES])
def test_odd_ranges_do_not_raise(text: str, start: int, end: int | None) -> None:
    programs_of(text, start, end)
    find_documents(text, fold(text), start, end)


def test_misuse_raises() -> None:
    with pytest.raises(TypeError):
        find_programs(b"bytes", "bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        find_programs("推进", "推")


QUOTE_ALPHABET = st.sampled_from(list("“”「」『』‘’\"'《》〈〉＂＇,，、。改革工程平台行动一网通办的等A1 \n"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(QUOTE_ALPHABET, st.characters()), max_size=80))
def test_never_raises_and_offsets_hold(text: str) -> None:
    programs_of(text)
    for d in find_documents(text, fold(text)):
        assert text[d.start : d.end] == d.title
