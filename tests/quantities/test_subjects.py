"""Subjects of quantities: the metric a number measures, as govextract.quantities.find_quantities reads it.

Cases are sentences with the surface of one quantity and the subject it must
take (None: no metric is named before it); every case also checks the offsets
of each quantity and subject found.
"""

from __future__ import annotations

import pytest

from govextract.models import Quantity
from govextract.normalize import fold
from govextract.quantities import find_quantities


def _find(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    found = find_quantities(text, fold(text), start, end)
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.subject is not None:
            assert text[q.subject_start:q.subject_end] == q.subject
    return found


# ---------------------------------------------------------------------------
# subjects: sentence, surface -> subject

SUBJECTS = [
    # 投入资金 is a metric (the funds put in), not a verb and its object
    ("近三年来，全省累计投入资金约260亿元。", "约260亿元", "投入资金"),
    # point labels open the clause but are not part of the metric (BUGS_CAUGHT: 二是压减申请材料)
    ("一是明确受理条件;二是压减申请材料30%以上。", "30%以上", "申请材料"),
    ("首先是全省网上可办率达到90%以上。", "90%以上", "全省网上可办率"),
    ("另一方面,城镇化率提高到65%。", "65%", "城镇化率"),
    ("失業率為2.0%，較上一季度下降0.3個百分點。", "0.3個百分點", "失業率"),
    ("本地生產總值按年實質上升116.1%。", "116.1%", "本地生產總值"),
    ("粮食总产量702.3亿斤，增产4.6亿斤。", "4.6亿斤", "粮食总产量"),
    ("研发经费支出1250亿元，相当于地区生产总值的2.30%。", "2.30%", "研发经费支出"),
    # a leading verb that begins a noun stays (集成电路, 建成区, 资助资金)
    ("集成电路产量增长42.7%。", "42.7%", "集成电路产量"),
    ("建成区绿地率达到38.5%。", "38.5%", "建成区绿地率"),
    ("发放资助资金58.6亿元。", "58.6亿元", "资助资金"),
    # per-person, per-period and per-area phrases are not part of the metric
    ("城乡居民医保财政补助标准提高到每人每年640元。", "640元", "城乡居民医保财政补助标准"),
    ("全市人口密度为每平方公里680人。", "680人", "全市人口密度"),
    ("孤儿基本生活保障标准不低于每人每月1800元。", "1800元", "孤儿基本生活保障标准"),
    # a currency written before the number
    ("特別預算規模為新臺幣8,400億元。", "新臺幣8,400億元", "特別預算規模"),
    # comparison bases: a written year, 较上一季, 较常年
    ("碳排放强度比2020年下降18%。", "18%", "碳排放强度"),
    ("本澳失業率為1.9%，較上一季下降0.2個百分點。", "0.2個百分點", "本澳失業率"),
    ("全年平均气温为17.8℃，较常年偏高0.6℃。", "0.6℃", "平均气温"),
    # a share of a base: the base between 为 and 的 is not the metric
    ("租金为市场租金的90%左右。", "90%左右", "租金"),
    ("失业保险金标准调整为最低工资标准的90%。", "90%", "失业保险金标准"),
    # more direction verbs and leading time words
    ("药品集中带量采购平均降价53%。", "53%", "药品集中带量采购"),
    ("企业退休人员基本养老金总体上调3.8%。", "3.8%", "企业退休人员基本养老金"),
    ("今年首季澳門居民失業率為２．４％。", "２．４％", "澳門居民失業率"),
    ("全年滚动推进重大项目2500个以上。", "2500个以上", "重大项目"),
    # a change written right after its metric's level belongs to that metric
    # (BUGS_CAUGHT on a 政府工作报告 excerpt: the growth rates had no subject)
    ("全省地区生产总值突破5.9万亿元,增长4.1%;", "4.1%", "全省地区生产总值"),
    ("一般公共预算收入4512.1亿元，增长5.5%。", "5.5%", "一般公共预算收入"),
    ("年末常住人口6350万人，比上年末减少15万人。", "15万人", "年末常住人口"),
    ("农村居民人均可支配收入增长7.3%，高于城镇居民2.5个百分点。", "2.5个百分点", "农村居民人均可支配收入"),
    ("营业收入1085亿元，同比增长12.6%，增速比全省平均水平高2.1个百分点。", "2.1个百分点", "增速"),
    ("全省政务服务事项网上可办率达到90%以上", "90%以上", "全省政务服务事项网上可办率"),
    ("全程可网办率达到80%以上。", "80%以上", "全程可网办率"),
    ("“爱山东”注册用户数突破1亿,", "突破1亿", "注册用户数"),
    ("平均日活数超过800万。", "超过800万", "平均日活数"),
    ("目前,“山东通”实名注册超过110万人,", "超过110万人", "实名注册"),
    ("集成各类业务应用700多个。", "700多个", "各类业务应用"),
    ("“山东通”集成各类业务应用700多个。", "700多个", "各类业务应用"),
    ("「一戶通」已上線服務逾300項", "逾300項", "服務"),
    ("系统启用以来,已先后服务保障各级各类重要会议8.5万余场次。", "8.5万余场次", "各级各类重要会议"),
    ("的数据资源体系,“开放数林”指数居全国第一。", "居全国第一", "“开放数林”指数"),
    ("报告显示,山东省数字政府发展指数列省域前三。", "前三", "山东省数字政府发展指数"),
    ("全省地区生产总值突破5500亿元", "突破5500亿元", "全省地区生产总值"),
    ("居民人均可支配收入同比增长5.2%", "5.2%", "居民人均可支配收入"),
    ("城镇新增就业12.5万人", "12.5万人", "城镇新增就业"),
    ("全年一般公共预算收入达到800亿元", "800亿元", "一般公共预算收入"),
    ("2022年,全省粮食总产量达到1100亿斤", "1100亿斤", "全省粮食总产量"),
    ("截至2022年底,全省5G基站达到16.2万个", "16.2万个", "全省5G基站"),
    ("全市常住人口城镇化率为65.5%", "65.5%", "全市常住人口城镇化率"),
    ("外贸进出口总额增长12.3%", "12.3%", "外贸进出口总额"),
    ("规模以上工业增加值比上年增长6.1%", "6.1%", "规模以上工业增加值"),
    ("社会消费品零售总额下降3.5%", "3.5%", "社会消费品零售总额"),
    ("全省森林覆盖率达到20.1%", "20.1%", "全省森林覆盖率"),
    ("空气质量优良天数比例为80.2%", "80.2%", "空气质量优良天数比例"),
    ("农村居民人均可支配收入21000元", "21000元", "农村居民人均可支配收入"),
    ("研发经费投入强度达到2.5%", "2.5%", "研发经费投入强度"),
    ("高新技术企业数量突破2万家", "突破2万家", "高新技术企业数量"),
    ("实际使用外资1.2亿美元", "1.2亿美元", "实际使用外资"),
    ("政务服务事项平均办理时限压缩60%", "60%", "政务服务事项平均办理时限"),
    ("全省PM2.5平均浓度为35微克/立方米", "35微克/立方米", "全省PM2.5平均浓度"),
    ("新建改建农村公路3000公里", "3000公里", "新建改建农村公路"),
    ("累计发放创业担保贷款50亿元", "50亿元", "创业担保贷款"),
    ("开展执法检查1.5万次", "1.5万次", "执法检查"),
    ("其中,网上办件量占比达到85%", "85%", "网上办件量占比"),
    ("市场主体总量超过1300万户", "超过1300万户", "市场主体总量"),
    ("数字经济核心产业增加值占GDP比重达到10%", "10%", "数字经济核心产业增加值占GDP比重"),
    ("一般公共预算收入增長6.3%", "6.3%", "一般公共预算收入"),
    ("城镇调查失业率控制在5.5%以内", "5.5%以内", "城镇调查失业率"),
    ("全省粮食播种面积稳定在1.2亿亩", "1.2亿亩", "全省粮食播种面积"),
    ("人口自然增长率为3.52‰", "3.52‰", "人口自然增长率"),
    ("“一网通办”办件量累计突破2亿件", "突破2亿件", "“一网通办”办件量"),
    ("全省地区生产总值同比增长5.2%,增速居全国第三", "居全国第三", "增速"),
    ("今年上半年,全省进出口总值达1.5万亿元", "1.5万亿元", "全省进出口总值"),
    ("惠及困难群众30万人", "30万人", "困难群众"),
    ("日均接待游客超10万人次", "超10万人次", "日均接待游客"),
    ("1至11月,全省规模以上工业增加值同比增长5.1%", "5.1%", "全省规模以上工业增加值"),
    ("全省常住人口10162.79万人", "10162.79万人", "全省常住人口"),
    ("群众满意率99.9%", "99.9%", "群众满意率"),
    ("城镇居民人均可支配收入49050元", "49050元", "城镇居民人均可支配收入"),
    ("其中,5A级景区14家", "14家", "5A级景区"),
    ("本次招录公务员1.2万名", "1.2万名", "本次招录公务员"),
    ("减免税费超过1500亿元", "超过1500亿元", "减免税费"),
    ("新增城镇就业岗位8000个", "8000个", "新增城镇就业岗位"),
]

# No subject: the words before the number are not a metric of their own.
NO_SUBJECT = [
    ("覆蓋全澳約七成的成年居民。", "約七成"),
    ("目標於2025年前實現超過八成公共服務可網上辦理。", "超過八成"),
    ("力争2027年底前实现90%以上的事项全程网办。", "90%以上"),
    # a new sentence does not inherit the last one's metric
    ("营业收入1085亿元。增长12.6%。", "12.6%"),
    ("建设100个示范村、1000个重点村", "1000个"),  # 示范村 is counted by 100个
    ("全年粮食总产量1108.8亿斤,连续9年稳定在1000亿斤以上", "1000亿斤以上"),  # 连续9年 is a period
    ("比上年增长3.9%", "3.9%"),  # only a verb before the number
    ("其中50万元以上的村达到48个", "48个"),  # 的村 is the tail of a relative clause
    ("对已归集的120亿条数据加强治理", "120亿条"),  # the counted noun follows: 数据
    ("首批上线企业信息变更、出生、退休等13个“一件事”", "13个"),  # 等 closes a list of examples
    ("政府会在全港十八区设立120个登记服务站", "120个"),  # 设立 takes its object after the number
    ("参加者每月可获6,656澳门元津贴", "6,656澳门元"),
    ("目前提供超过二百八十项网上服务", "超过二百八十项"),
    ("其中50万元以上的村占比15.3%", "15.3%"),  # 占比 alone is no metric
    ("第三季就业人口,按季增加3,200人", "3,200人"),  # 按季 is a comparison base, no metric
]

# Bugs found by reading releases of many shapes (tests/data/releases): sentence, surface -> subject.
SUBJECTS_BUGS_CAUGHT = [
    # a rank whose clause names nothing takes the sentence's topic
    ("“爱山东”获评“A”级,位居全国第三", "位居全国第三", "爱山东"),
    ("“爱山东”获评中国政务服务掌办指数“A”级,位居全国第三", "位居全国第三", "爱山东"),
    ("全省地区生产总值达到1.2万亿元,位居全国第8位", "位居全国第8位", "全省地区生产总值"),
    # 和/及 inside one member of a listed metric (外商及港澳台商投资企业)
    ("国有控股企业、股份制企业、外商及港澳台商投资企业增加值分别增长5.1%、7.3%、2.4%", "7.3%", "股份制企业"),
    # 分别 folded from traditional 分別, so the list splits
    ("酒店業及博彩業就業人數分別增加１，８００人及２，１００人", "２，１００人", "博彩業就業人數"),
    # a short gloss in parentheses does not end the clause
    ("全省细颗粒物（PM2.5）平均浓度为36微克/立方米", "36微克/立方米", "全省细颗粒物（PM2.5）平均浓度"),
    ("水质优良（Ⅰ～Ⅲ类）断面比例为82.6%", "82.6%", "水质优良（Ⅰ～Ⅲ类）断面比例"),
    # a list separator after a quantity opens a new metric
    ("其中茶叶8.5万亩、中药材4.3万亩", "4.3万亩", "中药材"),
    ("办理时限平均压减50%以上、跑动次数平均减少70%以上", "70%以上", "跑动次数"),
    # a linking verb after a modifying quantity still links a metric
    ("１６至２４歲青年失業率為７．９％", "７．９％", "青年失業率"),
    # a direction verb before its object (减少材料60%)
    ("平均减少材料60%、压缩时限70%以上", "60%", "材料"),
    # time phrases after an opener word are dropped (the time pattern never matched mid-text)
    ("力争到2025年营商环境评价位居全省前三", "前三", "营商环境评价"),
    ("力争到2025年农村居民人均可支配收入突破2.5万元", "突破2.5万元", "农村居民人均可支配收入"),
    # one-character verbs that end a word are kept (预计, 安排)
    ("全市一般公共预算收入预计为195亿元", "195亿元", "全市一般公共预算收入"),
    ("全市“三保”支出预算安排286.5亿元", "286.5亿元", "全市“三保”支出预算"),
    # a modal before a stripped verb goes with it
    ("亩均粮食产量可提高100公斤左右", "100公斤左右", "亩均粮食产量"),
    # a period between the metric and its verb
    ("粮食总产量连续五年稳定在50万吨以上", "50万吨以上", "粮食总产量"),
    # comparison bases and adverbs of Hong Kong and Macau releases
    ("而建築業就業人數則減少９００人", "９００人", "建築業就業人數"),
    ("村级集体经济收入全部达到10万元以上", "10万元以上", "村级集体经济收入"),
    # regional releases (广东, 浙江, 新疆, 海南, a city's 医保 and 决算, Taiwan, Hong Kong):
    # comparison with a period, rate verbs, start values
    ("增速比1—9月加快0.3个百分点", "0.3个百分点", "增速"),
    ("增速比上半年提高0.2个百分点", "0.2个百分点", "增速"),
    ("政策范围内报销比例由85%提高到90%", "85%", "政策范围内报销比例"),
    ("顺产每例2000元", "2000元", "顺产"),
    ("2024年度城乡居民医保个人缴费标准为每人380元", "380元", "城乡居民医保个人缴费标准"),
    ("財政儲備預計在二〇二四年三月三十一日為7,333億元", "7,333億元", "財政儲備"),
    ("最低工資自113年1月1日起調升至每月2萬7,470元", "2萬7,470元", "最低工資"),
    ("服務輸出則急升21.2%", "21.2%", "服務輸出"),
    ("民國112年經濟成長率為1.31％", "1.31％", "經濟成長率"),
    ("二〇二三至二四年度的綜合赤字預計為1,016億元", "1,016億元", "綜合赤字"),
    ("2023年，26个山区县生产总值增长6.2%", "6.2%", "山区县生产总值"),
    ("预计未来3天降雨量50至80毫米", "50至80毫米", "降雨量"),
    # shares of a base inherit the metric named before
    ("总产511.2万吨，占全国棉花总产量的90.96%", "90.96%", "总产"),
    ("收入完成412.6亿元，为预算的101.3%", "101.3%", "收入"),
    ("进出口总值590.2亿元，同比增长12.8%，高于全国7.8个百分点", "7.8个百分点", "进出口总值"),
]

# Subjects that are no metric, found in the regional releases: the number modifies what follows it.
NO_SUBJECT_BEFORE_ITS_NOUN = [
    ("分别给予全额资助和70%定额资助", "70%"),
    ("强降雨共造成成都、绵阳等9市（州）38个县受灾", "38个"),
    ("派出3个工作组赶赴灾区", "3个"),
    ("每千人口拥有3岁以下婴幼儿托位数达到4.5个", "3岁以下"),
    ("创近10季新高", None),
]


@pytest.mark.parametrize("text,surface", NO_SUBJECT_BEFORE_ITS_NOUN, ids=[c[0] for c in NO_SUBJECT_BEFORE_ITS_NOUN])
def test_no_subject_before_its_noun(text, surface):
    found = _find(text)
    if surface is None:
        assert found == []
        return
    at = [q for q in found if q.text == surface]
    assert len(at) == 1 and at[0].subject is None, [(q.text, q.subject) for q in found]


@pytest.mark.parametrize("text,surface,subject", SUBJECTS, ids=[s[0] for s in SUBJECTS])
def test_subject_is_the_metric(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [q.text for q in _find(text)]
    assert found[0].subject == subject


@pytest.mark.parametrize("text,surface,subject", SUBJECTS_BUGS_CAUGHT, ids=[s[0] for s in SUBJECTS_BUGS_CAUGHT])
def test_subject_bugs_caught(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [q.text for q in _find(text)]
    assert found[0].subject == subject


# Verbs, prepositions and scopes around the number, found in meeting, investment, county, legislature
# and Macau releases (tests/data/releases): sentence, surface -> subject (None: no metric before it).
SUBJECTS_AROUND_VERBS = [
    # a verb of origin or a preposition takes its object after the number
    ("来自全县18个乡镇的24支代表队参赛", "18个", None),
    ("累计向1.3万家企业兑现资金2.6亿元", "1.3万家", None),
    ("为困难群众给2000户家庭发放补贴", "2000户", None),
    # ... and a verb after the counted noun opens the next metric
    ("累计向1.3万家企业兑现资金2.6亿元", "2.6亿元", "资金"),
    # a time phrase ending in 以来 goes whole; a scope with a verb of having goes with it
    ("今年以来我县已累计接待游客186万人次", "186万人次", "接待游客"),
    ("入夏以来全市降雨量为320毫米", "320毫米", "全市降雨量"),
    ("截至2023年底，全市共有个体工商户38.6万户，占经营主体总量的67%", "38.6万户", "个体工商户"),
    ("截至2023年底，全市共有个体工商户38.6万户，占经营主体总量的67%", "67%", "个体工商户"),
    # 带动就业 names the jobs created: 就业 is the metric
    ("全市共有个体工商户38.6万户，带动就业超过90万人", "超过90万人", "就业"),
    # an agent and its verb before the object (traditional Macau release)
    ("行政公職局將於七月至九月期間在各區舉辦「長者數碼共融」講座共三十場", "三十場", "「長者數碼共融」講座"),
    ("聘请企业家、人大代表等担任营商环境监督员40名", "40名", "营商环境监督员"),
    # ... but a verb right at the start stays with its object (新开通国际航线, 接待游客)
    ("新开通国际航线12条", "12条", "新开通国际航线"),
    ("特區政府今年將新增及優化一百項電子服務", "一百項", None),
    # counts right before the noun or quoted name they count: no junk subject
    ("推出企业开办、不动产登记等35个“一件事一次办”主题套餐", "35个", None),
    ("梳理惠企政策126项，其中43项实现“免申即享”", "43项", None),
    ("目前已有512家企业纳入“白名单”", "512家", None),
    ("全区32个部门的局长以办事人身份走流程", "32个", None),
    # 分别 after metrics listed in separate clauses pairs them in order
    ("接待游客186万人次，实现旅游综合收入15.2亿元，同比分别增长31%和28%", "31%", "接待游客"),
    ("接待游客186万人次，实现旅游综合收入15.2亿元，同比分别增长31%和28%", "28%", "旅游综合收入"),
    # a size class of projects labels what the count after it counts
    ("其中，百亿元以上项目2个，50亿元以上项目5个", "2个", "百亿元以上项目"),
    ("其中，百亿元以上项目2个，50亿元以上项目5个", "5个", "50亿元以上项目"),
    # chapters are counted; the articles after them are the same law's
    ("《条例》共8章72条", "8章", "《条例》"),
    ("《条例》共8章72条", "72条", None),
]


@pytest.mark.parametrize("text,surface,subject", SUBJECTS_AROUND_VERBS,
                         ids=[f"{s[0]}|{s[1]}" for s in SUBJECTS_AROUND_VERBS])
def test_subjects_around_verbs(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject == subject


# Negative twins of the verb and scope rules: they leave these alone.
NOT_CHANGED_AROUND_VERBS = [
    ("全省地区生产总值达到1.2万亿元", "1.2万亿元", "全省地区生产总值"),  # a scope without a verb of having stays
    ("资金流向重点项目120亿元", "120亿元", "资金流向重点项目"),  # 向 without a counted noun after
    ("建设用地1.2万亩", "1.2万亩", "建设用地"),  # 建设 is no inner verb
    ("年内新增贷款50亿元以上", "50亿元以上", "年内新增贷款"),  # 以上 without a class noun is an amount
]


@pytest.mark.parametrize("text,surface,subject", NOT_CHANGED_AROUND_VERBS,
                         ids=[s[0] for s in NOT_CHANGED_AROUND_VERBS])
def test_subjects_around_verbs_negative_twins(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject == subject


def test_opening_verb_that_makes_a_noun_stays():
    (q,) = [q for q in _find("增加值增长5%") if q.text == "5%"]
    assert q.subject == "增加值"


def test_listed_metrics_pair_with_a_comparison():
    text = "全省优良天数比例、PM2.5浓度和空气质量综合指数分别高于全国平均水平5.3、0.1、7.8个百分点"
    assert [q.subject for q in _find(text)] == ["全省优良天数比例", "PM2.5浓度", "空气质量综合指数"]


@pytest.mark.parametrize("text,surface", NO_SUBJECT, ids=[s[0] for s in NO_SUBJECT])
def test_no_subject(text, surface):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1 and found[0].subject is None


def test_list_members_pair_with_listed_metrics():
    text = "学前教育毛入园率、义务教育巩固率、高中阶段毛入学率分别达88.7%、94.6%、89.6%"
    assert [q.subject for q in _find(text)] == ["学前教育毛入园率", "义务教育巩固率", "高中阶段毛入学率"]


def test_a_following_list_of_changes_pairs_with_the_listed_metrics():
    text = ("学前教育毛入园率、义务教育巩固率、高中阶段毛入学率分别达到92.3%、97.1%、93.6%，"
            "分别高于全国平均水平1.2、1.3、1.8个百分点。")
    found = _find(text)
    assert [q.subject for q in found[3:]] == ["学前教育毛入园率", "义务教育巩固率", "高中阶段毛入学率"]
    assert [q.kind.value for q in found[3:]] == ["percentage_point"] * 3


def test_a_list_of_another_length_inherits_nothing():
    text = "甲率、乙率分别达到92.3%、97.1%，分别高于全国平均水平1.2、1.3、1.8个百分点。"
    assert [q.subject for q in _find(text)[2:]] == [None, None, None]


def test_rank_lists_pair_with_listed_subjects():
    assert [q.subject for q in _find("济南、青岛分居全国第1、第2位")] == ["济南", "青岛"]


# Department releases (市场监管, 税务, 人社, 公安, 气象, 水利, 住建, 应急管理, 卫健, 交通 in
# tests/data/releases): subjects the new rules fix, each with a negative twin.
SUBJECTS_IN_DEPARTMENT_RELEASES = [
    # two verbs joined by 并 go, the object is the metric
    ("发现并整改问题89个", "89个", "问题"),
    ("排查并消除隐患120处", "120处", "隐患"),
    # the light verb 进行 goes, leading or inner
    ("累计进行比赛86场", "86场", "比赛"),
    ("进行培训3000人次", "3000人次", "培训"),
    # 给予 inside a subject: the metric is its object
    ("对首次登记的个体工商户给予一次性创业补贴3000元", "3000元", "一次性创业补贴"),
    # a scope with a verb of completing or occurring goes
    ("全市完成建筑业总产值1820亿元", "1820亿元", "建筑业总产值"),
    ("全省共发生各类生产安全事故426起", "426起", "各类生产安全事故"),
    ("全市共完成食品安全监督抽检1.2万批次", "1.2万批次", "食品安全监督抽检"),
    # the long-term normal is a comparison base
    ("全省大中型水库蓄水总量87.6亿立方米，较多年同期偏少12.3%", "12.3%", "全省大中型水库蓄水总量"),
    ("直接经济损失较近五年均值下降27.4%", "27.4%", "直接经济损失"),
    # a ten-day period is a time phrase, not half of one
    ("8月中旬前后全省平均气温28.6℃", "28.6℃", "全省平均气温"),
    ("东部地区降水量普遍在300毫米以上", "300毫米以上", "东部地区降水量"),
    # 补助 ends a noun, it is no trailing word
    ("发放一次性扩岗补助1.2亿元", "1.2亿元", "一次性扩岗补助"),
    # rates per 100 000 take the metric like percents do
    ("孕产妇死亡率为8.6/10万", "8.6/10万", "孕产妇死亡率"),
    # an agency before a link word goes (共, 累计, 完成)
    ("市市场监管局共查处各类违法案件1263起", "1263起", "各类违法案件"),
    ("全省港口完成货物吞吐量18.6亿吨", "18.6亿吨", "货物吞吐量"),
]

NO_SUBJECT_IN_DEPARTMENT_RELEASES = [
    ("全省可能出现35℃以上高温天气", "35℃以上"),  # the event is named after the number
    ("解决了32.7万人的临时饮水困难", "32.7万人"),
]

NOT_CHANGED_IN_DEPARTMENT_RELEASES = [
    ("旅游项目完成投资980亿元", "980亿元", "旅游项目完成投资"),  # 完成 after no scope stays
    ("合并报表企业120家", "120家", "合并报表企业"),  # 并 inside a word is no coordination
    ("检查销售门店860家", "860家", "检查销售门店"),  # one verb and its object stay together
    ("市场监管局执法人员320名", "320名", "市场监管局执法人员"),  # an agency without a link word stays
    ("全省平均降水量246.8毫米，较常年同期偏多3成", "3成", "全省平均降水量"),
    ("乡村教师生活补助每人每月不低于500元", "不低于500元", "乡村教师生活补助"),
]

@pytest.mark.parametrize("text,surface,subject", SUBJECTS_IN_DEPARTMENT_RELEASES + NOT_CHANGED_IN_DEPARTMENT_RELEASES,
                         ids=[s[0] for s in SUBJECTS_IN_DEPARTMENT_RELEASES + NOT_CHANGED_IN_DEPARTMENT_RELEASES])
def test_subjects_in_department_releases(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject == subject
    assert text[found[0].start:found[0].end] == surface


@pytest.mark.parametrize("text,surface", NO_SUBJECT_IN_DEPARTMENT_RELEASES, ids=[s[0] for s in NO_SUBJECT_IN_DEPARTMENT_RELEASES])
def test_no_subject_in_department_releases(text, surface):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject is None


# A clause holding only a completion verb after a count of an earlier stage (a start of works
# or a plan) in the same unit counts the same noun; the stage word goes.
STAGE_SUBJECTS = [
    ("全市新开工棚户区改造安置住房12860套，基本建成9430套", "9430套", "棚户区改造安置住房"),
    ("计划改造老旧小区300个，已完成286个", "286个", "改造老旧小区"),
    ("全年计划新开工保障性住房5000套，已开工4800套，基本建成3000套", "4800套", "保障性住房"),
    ("全年计划新开工保障性住房5000套，已开工4800套，基本建成3000套", "3000套", "保障性住房"),
    ("新开工农村公路改造项目120个；累计竣工98个", "98个", "农村公路改造项目"),
    ("新开工住房12860套，其中基本建成9430套", "9430套", "住房"),
    # the share of the plan that follows takes the noun as well
    ("新开工住房12860套，基本建成9430套，完成年度计划的107.2%", "107.2%", "住房"),
]

# Negative twins: no earlier stage, another unit, another sentence, or more than a verb.
NOT_STAGE_SUBJECTS = [
    ("改造老旧小区386个，完成280个", "280个", None),
    ("新开工住房12860套，基本建成9430万元", "9430万元", None),
    ("新开工住房12860套。基本建成9430套", "9430套", None),
    ("新开工住房12860套，基本建成学校20所", "20所", "基本建成学校"),
]


@pytest.mark.parametrize("text,surface,subject", STAGE_SUBJECTS + NOT_STAGE_SUBJECTS,
                         ids=[f"{c[0]}|{c[1]}" for c in STAGE_SUBJECTS + NOT_STAGE_SUBJECTS])
def test_completion_after_an_earlier_stage(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject == subject
    assert text[found[0].start:found[0].end] == surface


# A share written before 的 and its noun counts that noun in a scope: no metric is named,
# whatever the qualifier or the way the share is written.  Twins name the metric first.
SHARE_BEFORE_NOUN = [
    ("全省92%以上的涉税费事项实现网上办理", "92%以上", None),
    ("覆盖全澳约七成的成年居民", "约七成", None),
    ("全市百分之九十的村庄通了公交", "百分之九十", None),
    ("全省近九成的政务服务事项可网上办理", "近九成", None),
    ("涉税费事项网上办理率达92%以上", "92%以上", "涉税费事项网上办理率"),
    ("成年居民覆盖率约七成", "约七成", "成年居民覆盖率"),
]


@pytest.mark.parametrize("text,surface,subject", SHARE_BEFORE_NOUN, ids=[c[0] for c in SHARE_BEFORE_NOUN])
def test_share_before_its_noun(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject == subject
    assert text[found[0].start:found[0].end] == surface


# Values after a metric in its sentence that name none of their own: a value restated after a
# threshold (only a linking verb in its clause, the same kind), a rank, and the changes and
# comparisons after them.  Sentence, surface -> subject (None: no metric).
SUBJECTS_AFTER_A_METRIC = [
    ("全年地区生产总值突破5500亿元，达到5598.45亿元，增长6.1%。", "5598.45亿元", "地区生产总值"),
    ("全年地区生产总值突破5500亿元，达到5598.45亿元，增长6.1%。", "6.1%", "地区生产总值"),
    ("全省进出口总值突破1万亿元，为10236.5亿元。", "10236.5亿元", "全省进出口总值"),
    ("全市规模以上工业增加值增长6.8%，居全省第6位，比全省高4.5个百分点。", "居全省第6位", "全市规模以上工业增加值"),
    ("全市规模以上工业增加值增长6.8%，居全省第6位，比全省高4.5个百分点。", "4.5个百分点", "全市规模以上工业增加值"),
    ("全市地区生产总值1234.5亿元，居全省第3位，同比增长6.1%。", "居全省第3位", "全市地区生产总值"),
    ("全市地区生产总值1234.5亿元，居全省第3位，同比增长6.1%。", "6.1%", "全市地区生产总值"),
    ("全市地区生产总值1234.5亿元，同比增长6.1%，居全省第3位、全国第58位。", "全国第58位", "全市地区生产总值"),
    # a change after a semicolon with no metric of its own (a monthly release's single month after the cumulative)
    ("1—5月，全省规模以上工业增加值同比增长6.0%；其中，5月份增长5.3%。", "5.3%", "全省规模以上工业增加值"),
    ("1—9月，全省固定资产投资增长3.5%；9月份下降1.2%。", "1.2%", "全省固定资产投资"),
]

# Negative twins: a new sentence, another kind of value or a clause with more than a linking verb
# restates nothing; a rank with a topic and no metric before it keeps the topic.
NOT_RESTATED = [
    ("全省地区生产总值突破5500亿元；达到5598.45亿元。", "5598.45亿元", None),
    ("全省地区生产总值突破5500亿元。居全国第8位。", "居全国第8位", None),
    ("全年粮食总产量1108.8亿斤，连续9年稳定在1000亿斤以上", "1000亿斤以上", None),
    ("常住人口突破1000万人，达到12.5%", "12.5%", None),
    ("“爱山东”获评“A”级,位居全国第三", "位居全国第三", "爱山东"),
    # across a semicolon only a change carries the metric; a full stop ends it; a named metric stays
    ("1—5月，全省规模以上工业增加值同比增长6.0%。其中，5月份增长5.3%。", "5.3%", None),
    ("全省规模以上工业增加值增长6.0%；5月份为5.3%。", "5.3%", None),
    ("全省规模以上工业增加值增长6.0%；居全国第8位。", "居全国第8位", None),
    ("全省规模以上工业增加值增长6.0%；固定资产投资增长3.8%。", "3.8%", "固定资产投资"),
]


@pytest.mark.parametrize("text,surface,subject", SUBJECTS_AFTER_A_METRIC + NOT_RESTATED,
                         ids=[f"{s[0]}|{s[1]}" for s in SUBJECTS_AFTER_A_METRIC + NOT_RESTATED])
def test_values_after_a_metric_take_it(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject == subject


# A list whose unit is written once at its end while each member keeps the measure word
# (13.1个和13.0个百分点): every member takes the unit.  Sentence -> (surface, kind, unit, subject)
# of each quantity.  Twins: a comma is no list word, and a list of counts stays counts.
MEASURE_WORD_LISTS = [
    ("一季度，全市规模以上工业增加值、固定资产投资降幅分别收窄13.1个和13.0个百分点。",
     [("13.1个", "percentage_point", "百分点", "全市规模以上工业增加值"),
      ("13.0个百分点", "percentage_point", "百分点", "固定资产投资降幅")]),
    ("城镇和农村居民人均可支配收入增速分别提高1.2个、2.3个百分点。",
     [("1.2个", "percentage_point", "百分点", "*"), ("2.3个百分点", "percentage_point", "百分点", "*")]),
    ("引进项目13个，2.1个百分点。",
     [("13个", "count", "个", "项目"), ("2.1个百分点", "percentage_point", "百分点", None)]),
    ("新建学校5个和幼儿园3个。",
     [("5个", "count", "个", "新建学校"), ("3个", "count", "个", "*")]),
]


@pytest.mark.parametrize("text,expected", MEASURE_WORD_LISTS, ids=[c[0] for c in MEASURE_WORD_LISTS])
def test_unit_written_once_after_measure_words(text, expected):
    found = [(q.text, q.kind.value, q.unit, q.subject) for q in _find(text)]
    assert len(found) == len(expected), found
    for got, want in zip(found, expected, strict=True):
        assert got[:3] == want[:3]
        if want[3] != "*":
            assert got[3] == want[3]


# Subjects that are verbs: an issuing verb counts the noun written after the number, and
# verbs of providing and saving go from the start of their object.  Twins: a verb that
# begins a noun (开发区, 募集资金) stays, and a verb whose object is no metric names none.
SUBJECTS_THAT_ARE_VERBS = [
    ("全年出台200多条政策措施。", "200多条", "政策措施"),
    ("全年出台了200多条支持民营经济发展的政策措施。", "200多条", "政策措施"),
    ("我省出台20条措施支持民营经济发展。", "20条", "措施"),
    ("全市制定出台惠企政策56条。", "56条", "惠企政策"),
    ("累计印发文件23份。", "23份", "文件"),
    ("开发政策性岗位3000个。", "3000个", "政策性岗位"),
    ("募集见习岗位5000个以上。", "5000个以上", "见习岗位"),
    ("召开视频会议1.2万场次。", "1.2万场次", "视频会议"),
    ("节约运维资金1.3亿元左右。", "1.3亿元左右", "运维资金"),
    ("建设改造县级物流配送中心1200个以上。", "1200个以上", "县级物流配送中心"),
]

VERBS_THAT_STAY = [
    ("出台20条。", "20条", None),  # no noun after the count
    ("开发区生产总值增长8.1%。", "8.1%", "开发区生产总值"),
    ("募集资金12亿元。", "12亿元", "募集资金"),
    ("全年共组织应急演练1.2万场次。", "1.2万场次", "组织应急演练"),
    ("设立120个登记服务站。", "120个", None),  # 设立 is no issuing verb: its object stays unread
    ("全年完成200多条道路改造。", "200多条", None),
    ("电商平台交易额增长12%。", "12%", "电商平台交易额"),  # a platform without a link word stays
]

# A data platform is an agent before a link word (累计, 归集): the words after it are the metric.
PLATFORM_AGENTS = [
    ("平台累计上线服务事项3.6万项。", "3.6万项", "服务事项"),
    ("全省公共数据平台归集数据资源超过210亿条。", "超过210亿条", "数据资源"),
]


@pytest.mark.parametrize("text,surface,subject", SUBJECTS_THAT_ARE_VERBS + VERBS_THAT_STAY + PLATFORM_AGENTS,
                         ids=[s[0] for s in SUBJECTS_THAT_ARE_VERBS + VERBS_THAT_STAY + PLATFORM_AGENTS])
def test_subjects_that_are_verbs(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject == subject


# Visitor statistics by origin in traditional-script releases, and list members after the
# previous member: the list word (和, 及) joins, a count in parentheses after a noun measures
# that noun, 當中 and 本月 open no metric.  Twins: 和 opening a name at a clause start stays,
# and a parenthesis that glosses a noun does not end its metric.
SUBJECTS_BY_ORIGIN = [
    ("入境旅客中，中國大陸團客94.6萬人次，個人遊旅客120.3萬人次；香港旅客40.2萬人次，台灣旅客7.5萬人次。",
     "7.5萬人次", "台灣旅客"),
    ("本月訪港旅客約340萬人次，當中內地旅客約270萬人次。", "約340萬人次", "訪港旅客"),
    ("本月訪港旅客約340萬人次，當中內地旅客約270萬人次。", "約270萬人次", "內地旅客"),
    ("留宿旅客（493萬人次）及不過夜旅客（448萬人次）分別上升5.2%及9.9%。", "493萬人次", "留宿旅客"),
    ("留宿旅客（493萬人次）及不過夜旅客（448萬人次）分別上升5.2%及9.9%。", "448萬人次", "不過夜旅客"),
    ("留宿旅客（493萬人次）及不過夜旅客（448萬人次）分別上升5.2%及9.9%。", "9.9%", "不過夜旅客"),
    ("新建学校5个和幼儿园3个。", "3个", "幼儿园"),
]

ORIGIN_TWINS = [
    ("全市生产总值120亿元，和平区生产总值增长5%。", "5%", "和平区生产总值"),
    ("和平区生产总值增长5%。", "5%", "和平区生产总值"),
    ("细颗粒物（PM2.5）平均浓度为36微克/立方米。", "36微克/立方米", "细颗粒物（PM2.5）平均浓度"),
    ("（493萬人次）", "493萬人次", None),
]


@pytest.mark.parametrize("text,surface,subject", SUBJECTS_BY_ORIGIN + ORIGIN_TWINS,
                         ids=[f"{s[0]}|{s[1]}" for s in SUBJECTS_BY_ORIGIN + ORIGIN_TWINS])
def test_subjects_by_origin_and_list_members(text, surface, subject):
    found = [q for q in _find(text) if q.text == surface]
    assert len(found) == 1, [(q.text, q.subject) for q in _find(text)]
    assert found[0].subject == subject
