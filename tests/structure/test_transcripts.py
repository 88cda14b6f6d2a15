"""Transcripts of press conferences: turns, speaker lines, and the questions that open sections.

Each reporter's question opens a section (marker null) one level below the
transcript's own heading (答记者问) or at level 1; its theme is the question
sentence without background sentences, address and courtesies.  Speaker
labels, the moderator's turns and the header block are never themes.
"""

from __future__ import annotations

import pytest

from conftest import sections_of


def outline(found):
    return [(s.level, s.parent, s.marker, s.theme) for s in found]


ANSWER = "答：我们将认真研究，抓好落实。\n"

# (id, the reporter's words after 记者：, the theme of the section they open)
QUESTION_THEME_CASES = [
    ("address_and_thanks", "请问陆万明先生，一季度山东经济发展呈现哪些特点？谢谢。", "一季度山东经济发展呈现哪些特点"),
    ("background_sentence", "今年高校毕业生规模再创新高。请问，我市在促进高校毕业生就业方面有哪些具体举措？",
     "我市在促进高校毕业生就业方面有哪些具体举措"),
    ("title_addressee", "请问万局长，企业申领稳岗返还需要满足哪些条件？谢谢。", "企业申领稳岗返还需要满足哪些条件"),
    ("wo_xiang_qing_wen", "我想请问伍建华先生，我省在推动鄂港合作方面有哪些新举措？谢谢。", "我省在推动鄂港合作方面有哪些新举措"),
    ("qing_wen_without_addressee", "请问在降低企业成本方面有哪些新举措？", "在降低企业成本方面有哪些新举措"),
    ("xiang_wen_yi_xia", "想问一下，今年的稳岗返还资金什么时候拨付到位？", "今年的稳岗返还资金什么时候拨付到位"),
    ("addressee_before_colon", "请问王主任：新能源汽车下乡活动有哪些安排？", "新能源汽车下乡活动有哪些安排"),
    ("greeting_self_introduction_and_background_clause",
     "您好，我是央广网记者。近年来我省大力推进设备更新，请问下一步如何扩大有效投资？谢谢！", "下一步如何扩大有效投资"),
    ("two_addressees", "谢谢主持人。我想问一下两位发布人，老旧小区改造的资金从哪里来？", "老旧小区改造的资金从哪里来"),
    ("first_of_two_questions", "一季度消费市场恢复情况如何？下一步有哪些促消费举措？", "一季度消费市场恢复情况如何"),
    ("request_without_question_mark", "请介绍一下今年重点民生实事的安排。谢谢。", "请介绍一下今年重点民生实事的安排"),
    ("title_mark_kept", "《若干措施》对灵活就业人员有哪些支持政策？", "《若干措施》对灵活就业人员有哪些支持政策"),
    ("comma_inside_question_kept", "请问今年以来，我市新增了多少家经营主体？", "今年以来，我市新增了多少家经营主体"),
    ("wo_de_wen_ti_shi", "我是西部网记者，我的问题是：今年全省空气质量改善的目标是什么？", "今年全省空气质量改善的目标是什么"),
]


@pytest.mark.parametrize("words, theme", [c[1:] for c in QUESTION_THEME_CASES],
                         ids=[c[0] for c in QUESTION_THEME_CASES])
def test_question_themes(words, theme):
    found = sections_of(f"记者：{words}\n{ANSWER}")
    assert outline(found) == [(1, None, None, theme)]
    assert found[0].end == len(f"记者：{words}\n{ANSWER}".rstrip())  # the answer is its body


# (id, body, outline): the forms of turn labels and speaker lines.
SPEAKER_LINE_CASES = [
    ("wen_da", "问：条例出台的背景是什么？\n答：城市更新是推动城市高质量发展的重要举措。\n",
     [(1, None, None, "条例出台的背景是什么")]),
    ("medium_reporter_inline", "中国经济导报记者：请问下一步有什么打算？\n答：力争营商环境评价位居全省前列。\n",
     [(1, None, None, "下一步有什么打算")]),
    ("title_and_name_alone_full_width_space",
     "湖北日报记者：\n请问一季度工业生产呈现哪些特点？\n省统计局党组书记、局长　陆万成：\n谢谢您的提问。工业生产稳中向好。\n",
     [(1, None, None, "一季度工业生产呈现哪些特点")]),
    ("title_and_name_without_space",
     "记者：企业能得到哪些实惠？\n省发展改革委副主任王强：制度性交易成本将进一步降低。\n",
     [(1, None, None, "企业能得到哪些实惠")]),
    ("name_alone_once_a_title_named_it",
     "央广网记者：\n请问投资方面有哪些安排？\n省发展改革委副主任　伍建华：\n今年安排省级重点项目一千五百个。\n"
     "香港商报记者：\n请问鄂港合作有哪些新举措？\n伍建华：\n深化经贸合作，拓展金融合作。\n",
     [(1, None, None, "投资方面有哪些安排"), (1, None, None, "鄂港合作有哪些新举措")]),
    ("bracket_labels",
     "【主持人】市政府新闻办副主任　周玲：\n下面进入提问环节。\n【青岚晚报记者】\n请问医保有哪些便利措施？\n"
     "【发布人】市医疗保障局副局长　柒佳妮：\n谢谢您的提问。主要有三项便利措施。\n",
     [(1, None, None, None), (1, None, None, "医保有哪些便利措施")]),
    ("moderator_turns_are_no_themes",
     "主持人　袁晓峰：\n谢谢陆万成先生。下面进入提问环节。\n湖北日报记者：\n请问消费市场恢复情况如何？\n"
     "国家统计局湖北调查总队副总队长　何丽萍：\n全省消费市场持续回暖。\n主持人　袁晓峰：\n今天的发布会到此结束。谢谢大家！\n",
     [(1, None, None, None), (1, None, None, "消费市场恢复情况如何")]),
    ("header_block_is_no_theme",
     "时间：2024年4月19日上午10:00\n地点：省政府新闻办新闻发布厅\n出席：省统计局局长陆万成\n内容：介绍一季度经济运行情况\n"
     "主持人：\n欢迎参加发布会。\n记者：\n请问一季度经济运行有哪些特点？\n陆万成：\n总体呈现稳、进、好的特点。\n",
     [(1, None, None, None), (1, None, None, "一季度经济运行有哪些特点")]),
    ("organisation_and_name_alone_once_a_reporter_asks",
     "省人民政府新闻办公室张某怡：\n欢迎大家出席发布会。下面请记者提问。\n西部网记者：\n请问细颗粒物浓度下降了多少？\n"
     "省生态环境厅副厅长、新闻发言人张某奎：\n全省细颗粒物平均浓度同比下降百分之六。\n",
     [(1, None, None, None), (1, None, None, "细颗粒物浓度下降了多少")]),
    ("square_bracket_names_and_netizen",
     "[主持人]各位网友，大家好！欢迎收看在线访谈。\n[网友]请问老旧小区加装电梯有补贴吗？\n"
     "[李某明]有的。每部电梯补贴二十万元。\n",
     [(1, None, None, None), (1, None, None, "老旧小区加装电梯有补贴吗")]),
    ("answer_greeting_is_no_lead_theme",
     "记者：请问就业形势怎么样？\n发布人：\n谢谢您的提问。全市就业形势总体稳定。\n"
     "记者：请问医保有哪些新政策？\n发布人：\n谢谢您的提问。参保登记可以在线办理。\n",
     [(1, None, None, "就业形势怎么样"), (1, None, None, "医保有哪些新政策")]),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in SPEAKER_LINE_CASES],
                         ids=[c[0] for c in SPEAKER_LINE_CASES])
def test_speaker_lines(body, expected):
    assert outline(sections_of(body)) == expected


# (id, body, outline): where the question sections hang.
LEVEL_CASES = [
    ("below_da_ji_zhe_wen",
     "发布会介绍了有关情况。\n主题发布\n全市新登记经营主体4.6万户，同比增长18.3%。\n答记者问\n"
     "某日报记者：请问下一步有什么打算？\n答：深入实施营商环境创新提升行动。\n"
     "某电视台记者：请问政务服务还有哪些亮点？\n答：推行高效办成一件事。\n",
     [(1, None, None, None), (1, None, None, "主题发布"), (1, None, None, "答记者问"),
      (2, 2, None, "下一步有什么打算"), (2, 2, None, "政务服务还有哪些亮点")]),
    ("below_a_marked_part_heading",
     "一、情况介绍\n全市新登记经营主体4.6万户。\n二、答记者问\n记者：请问下一步有什么打算？\n答：深入实施创新提升行动。\n",
     [(1, None, "一、", "情况介绍"), (1, None, "二、", "答记者问"), (2, 1, None, "下一步有什么打算")]),
    ("topic_subheading_is_no_parent",
     "发布会介绍了有关情况。\n企业开办再提速\n企业开办时间压缩至1个工作日以内。\n"
     "记者：请问下一步有什么打算？\n答：深入实施营商环境创新提升行动。\n",
     [(1, None, None, None), (1, None, None, "企业开办再提速"), (1, None, None, "下一步有什么打算")]),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in LEVEL_CASES], ids=[c[0] for c in LEVEL_CASES])
def test_question_levels(body, expected):
    assert outline(sections_of(body)) == expected


def test_points_of_an_answer_belong_to_its_question():
    body = ("问：主要内容有哪些？\n答：共三个方面。一是降低经营成本；二是强化金融支持；三是优化登记服务。\n"
            "问：如何享受政策？\n答：可通过免申即享方式直接享受。\n")
    found = sections_of(body)
    assert [[(p.label, p.text) for p in s.points] for s in found] == [
        [("一是", "降低经营成本"), ("二是", "强化金融支持"), ("三是", "优化登记服务")], []
    ]


# Texts that are no transcript: their structure is what the heading stage alone finds.
NOT_TRANSCRIPT_CASES = [
    ("speaker_lines_without_a_question",
     "省教育厅厅长：下一步，我们将重点抓好三方面工作。\n省卫健委主任：我们将加快建设医疗高地。"),
    ("question_without_an_answer", "记者：这项政策什么时候实施？"),
    ("reporter_in_a_news_sentence", "记者从市统计局获悉，一季度全市经济运行稳中向好。\n会议要求：各地要抓好落实。"),
]


@pytest.mark.parametrize("body", [c[1] for c in NOT_TRANSCRIPT_CASES], ids=[c[0] for c in NOT_TRANSCRIPT_CASES])
def test_not_transcripts(body):
    assert outline(sections_of(body)) == [(1, None, None, None)]
