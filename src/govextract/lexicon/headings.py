"""Section structure vocabulary: heading markers, point labels, theme cues.

Every table is keyed on *folded* text (see ``normalize.fold``): full-width
（一）, １． and ，arrive here as (一), 1. and ``,``.  The engine in
the ``sections`` package builds its patterns from these tables; nothing runs here.
"""

# Chinese numeral characters that write a heading or point number (一 … 九十九).
HEADING_NUMERALS = "一二三四五六七八九十百零〇"

# Longest numeral written in a marker (二十三 is three characters).
MAX_MARKER_NUMERAL_LENGTH = 4

# Longest Arabic number in a marker (1. … 99.).
MAX_MARKER_DIGITS = 2

# Punctuation written after a numeral in a list-style heading: 一、 1、 1. (１． folds to 1.).
LIST_MARKER_PUNCTUATION = ("、", ".")

# Bracket pairs around a heading number: (一) and （一） fold alike; 〔一〕 is a print variant.
MARKER_BRACKETS = (("(", ")"), ("〔", "〕"))

# Single-character enclosed numbers and the level style they stand for.
PARENTHESIZED_HAN_NUMBERS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"  # same as (一)
PARENTHESIZED_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"  # same as (1)
CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Words after 第N that make a part heading: 第一部分, 第二章, 第三篇.
PART_WORDS = ("部分", "部份", "章", "篇")

# Regulations (条例, 办法, 规定): 第一章 (a part word above) holds 第一节, which holds
# articles 第一条.  An article is a section one level below the chapter or
# 节 that holds it (level 1 when there is none), with its marker and no theme:
# its text is a provision, not a title.  An article marker must be followed by
# a space or a colon (第一条　为了…), so 第一条措施 inside a sentence start is no article.
CHAPTER_SECTION_WORDS = ("节",)
ARTICLE_WORDS = ("条",)
ARTICLE_FOLLOWERS = " :"

# Punctuation after 第N that makes an ordinal heading at paragraph start: 第一，
ORDINAL_HEADING_PUNCTUATION = (",", ":")

# Levels of the marker styles.  Lower is higher in the outline.
HEADING_LEVELS = {
    "part": 1,  # 第一部分 / 第一章
    "chapter_section": 2,  # 第一节 (inside a chapter)
    "han_list": 1,  # 一、
    "han_bracket": 2,  # (一) （一） ㈠
    "digit_list": 3,  # 1. 1、 1．
    "digit_bracket": 4,  # (1) （1） ⑴
    "circled": 5,  # ①
}

# Characters that end a sentence (after folding).
SENTENCE_TERMINATORS = "。!?;…"

# Characters that end a heading's text when it runs on into the paragraph: （一）加强组织领导。各地要…
HEADING_TERMINATORS = "。!?;:"

# Terminators allowed after a lead sentence that states a theme: 政务服务水平持续提升。
LEAD_SENTENCE_TERMINATORS = "。:"

# Lead-sentence themes: length bounds in characters (without the terminator).
LEAD_THEME_MIN_LENGTH = 4
LEAD_THEME_MAX_LENGTH = 25

# A lone short sentence that opens one paragraph is too often an ordinary
# statement (会议由省长主持。); the device is a pattern, so a document needs at
# least this many lead-sentence paragraphs before any of them becomes a theme.
MIN_LEAD_THEMES = 2

# Characters a lead-sentence theme never contains: commas (a clause, not a
# title), brackets (bylines, datelines) and navigation marks.
LEAD_THEME_FORBIDDEN = ",()[]【】<>|/"

# A lone lead sentence (no second one to make the device a pattern) is a theme
# only when it reads as a status report on a topic: a subject, a trend adverb
# and a one- or two-character result ending the sentence (政务服务水平持续提升,
# 营商环境不断优化, 全省经济稳中向好), in one of the first paragraphs of a body that
# has more than one paragraph.  A one-paragraph body has no structure to name:
# the title already does that.
LONE_LEAD_TREND_ADVERBS = (
    "持续", "不断", "明显", "进一步", "稳步", "显著", "大幅", "全面", "稳中", "逐步", "日益", "更加",
)
# Longest result after the trend adverb (提升, 向好, 优化); a longer tail has an object (加强监管).
LONE_LEAD_RESULT_LENGTH = (1, 2)
# Shortest subject before the adverb, in Han characters.
LONE_LEAD_SUBJECT_MIN_HAN = 2
# Endings of the subject that make the sentence a plan or an order, not a status (我们要进一步加强, 全市将持续提升).
LONE_LEAD_MODAL_ENDINGS = (
    "要", "将", "应", "需", "须", "会", "能", "可", "再", "还", "也", "并", "继续", "努力", "力争", "确保", "坚持",
)
# Paragraphs (counted from the body start) where a lone lead theme may stand:
# the news lead itself, or the paragraph right after it.
LONE_LEAD_MAX_PARAGRAPH = 1

# Standalone subheading lines: at most this many characters and at least this many Han characters.
SUBHEADING_MAX_LENGTH = 30
SUBHEADING_MIN_HAN = 2

# Characters that end a line that is a sentence rather than a subheading.
SUBHEADING_FORBIDDEN_ENDINGS = "。!?;,、…"

# Characters that open a line that is a byline, caption or web control, never a subheading.
SUBHEADING_FORBIDDEN_OPENINGS = "([【<"

# A line wholly inside one pair of these is a quotation, never a subheading
# (a line that only starts with a quoted name, “双减”工作成效明显, still can be one).
QUOTATION_PAIRS = (("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'), ("‘", "’"))

# Heading text longer than this is a sentence, not a title: the section keeps its marker, theme null.
HEADING_THEME_MAX_LENGTH = 40

# Words that mark a short line or sentence as bylines, captions, navigation,
# web controls or attachments rather than a theme.
NON_THEME_CUES = (
    "来源", "编辑", "责编", "记者", "通讯员", "摄影", "图为", "图片", "视频",
    "当前位置", "首页", "打印", "关闭", "分享", "扫一扫", "上一篇", "下一篇",
    "相关新闻", "相关链接", "附件", "版权", "字号", "浏览", "点击", "资料图", "注释",
    "纠错",
)

# Endings of a short line that credit a photo or a chart (记者 张三 摄), never a theme.
CREDIT_ENDINGS = ("摄", "供图", "制图", "图片来源")

# Titles that end a speaker label in questions and answers (省教育厅厅长：…), never a theme.
SPEAKER_TITLES = (
    "厅长", "局长", "省长", "市长", "县长", "区长", "镇长", "部长", "司长", "处长", "院长",
    "校长", "行长", "社长", "所长", "董事长", "秘书长", "主任", "书记", "主席", "负责人",
    "发言人", "记者", "主持人", "代表", "委员", "专家", "教授", "经理", "总监", "同志",
    "先生", "女士",
)

# Lines at the start of a body that are site navigation, never a section:
# 当前位置：首页 > 新闻中心, or a line of web controls such as 【字号：大 中 小】【打印】.
NAVIGATION_CUES = ("当前位置", "您现在的位置", "你现在的位置", "您的位置", "所在位置")
NAVIGATION_HOME = "首页"
NAVIGATION_SEPARATORS = (">", "»", "›", "→", "/")
WEB_CONTROL_CUES = ("字号", "打印", "关闭", "分享到", "扫一扫", "浏览次数", "阅读次数", "收藏", "默认", "大 中 小")
WEB_CONTROL_MAX_LENGTH = 60

# A line that opens an attachment list (附件：1．某某方案); the numbered lines
# right after it (2．重点任务分工清单) are list items, not headings.  The list
# stays in the body: it belongs to the document, before its signature.
ATTACHMENT_CUES = ("附件", "附表", "附图")
ATTACHMENT_ITEM_MAX_LENGTH = 60

# A line ending in a colon that addresses the recipients of an official document
# (各市人民政府，省政府各部门：) is a salutation, never a subheading.
ADDRESSEE_OPENINGS = ("各",)
ADDRESSEE_WORDS = ("人民政府", "各部门", "各单位", "有关单位", "有关部门", "直属机构", "委办局")

# A lead sentence closed by a colon whose remainder is a short value without a
# sentence end (联系电话：0531-12345678) is a label, not a theme.
LABEL_VALUE_MAX_LENGTH = 30

# Longest personal name after a speaker's title in a transcript (副主任王强：).
SPEAKER_NAME_LENGTH = (2, 3)

# Words whose presence marks a lead sentence as an introduction to a list, not a theme.
LIST_INTRODUCTION_CUES = ("以下", "如下", "具体", "主要有", "包括")

# Endings of a sentence closed by a colon that introduce what follows rather
# than name it (主要预期目标是：…, 重点任务为：…); such a sentence is no theme.
COLON_INTRODUCTION_ENDINGS = ("是", "为", "有", "要")

# Speech verbs that end a short lead-in (禹金涛介绍：), which is never a theme.
SPEECH_VERBS = (
    "表示", "介绍", "指出", "强调", "认为", "提出", "透露", "坦言", "提到",
    "回答", "获悉", "了解到", "说", "称", "问", "答", "道",
)

# Point labels inside a paragraph.  Numbered families take a Chinese numeral.
# 一是/二是 …: numeral + 是, never followed by 否 (一是否…).
NUMBERED_POINT_SUFFIX = "是"
NUMBERED_POINT_BLOCKERS = ("否",)
# 第一是 / 第二，…: 第 + numeral, then 是 (part of the label) or a comma (not).
ORDINAL_POINT_PREFIX = "第"
ORDINAL_POINT_FOLLOWERS = ("是", ",")

# Sequence words; a list opens with the first and goes on with the others.
SEQUENCE_POINT_FIRST = ("首先",)
SEQUENCE_POINT_NEXT = ("其次", "再次", "然后", "最后")
SEQUENCE_POINT_FOLLOWERS = ("是", ",")
# Sequence words that may stand for 第一 at the head of a numbered run:
# 首先是经济增长稳。…第二是就业稳。…第三是物价稳。 is one list of three points.
ORDINAL_CHAIN_OPENERS = ("首先",)

# 一方面 … 另一方面.
ASPECT_POINT_FIRST = ("一方面",)
ASPECT_POINT_NEXT = ("另一方面",)

# Characters after which a label starts a clause (besides the paragraph start).
CLAUSE_OPENERS = "。!?;:,…"

# Characters skipped between a label and its text (第一，加强… -> 加强…).
LABEL_TRAILERS = ",: "

# Dash leaders of a list item paragraph (——统一规划，创新发展。); －－ folds to --.
DASH_LEADERS = ("——", "――", "--", "—")

# Bullets that open a line (■ 保障用地需求 / ◆ 鼓励金融机构…): a short line after
# one is a heading one level below the enclosing heading, a sentence after one
# is a point.  The middle dot · is no bullet (it joins foreign names).
BULLET_MARKS = "■□◆◇●○▲△▶►★☆•"

# A standalone line wholly inside one of these pairs is a bold-like subheading
# (【放宽市场准入】); its theme is the text inside.
TITLE_BRACKETS = (("【", "】"),)

# Characters after which a dash opens an item inside a paragraph (包括：——甲；——乙).
INLINE_DASH_OPENERS = ":;"

# Lead items: paragraphs led by a dash (——统一规划，创新发展。…) under one heading
# are themes of sections one level below it, the marker being the dash.  The
# theme is the lead up to the first of ``HEADING_TERMINATORS`` (a comma does
# not end it: 统一规划，创新发展), or the whole paragraph when it has none.  The
# device is a list, so a heading needs at least ``MIN_LEAD_ITEMS`` such
# paragraphs; when one lead of the list is longer than ``LEAD_ITEM_MAX_LENGTH``
# the items are sentences, and the list stays points.  A dash line without Han
# characters (a page number — 3 —) is no item.
MIN_LEAD_ITEMS = 2
LEAD_ITEM_MAX_LENGTH = 30
LEAD_ITEM_MIN_HAN = 2

# Lead-sentence series: paragraphs that each open with a summarizing sentence
# built alike — a short term (quoted or not), a comma and a link word —
# (“稳”，主要体现在经济增长、就业和物价保持平稳。/ “进”，主要体现在…) give one
# theme per paragraph: the whole first sentence, without its final punctuation.
# A lone such paragraph is no theme: the device is a series of at least
# ``MIN_SERIES_THEMES`` paragraphs under one heading.
SERIES_LINK_WORDS = (
    "主要体现在", "具体体现在", "集中体现在", "体现在", "主要表现在", "具体表现在", "表现在",
    "主要表现为", "表现为",
)
# Longest opening term before the comma, in characters inside its quotes (稳, 进, 好, 新动能).
SERIES_TERM_MAX_LENGTH = 6
# Punctuation between the term and the link word.
SERIES_TERM_SEPARATORS = ",:"
# Characters that end the summarizing sentence.
SERIES_SENTENCE_TERMINATORS = "。!?;"
SERIES_THEME_MAX_LENGTH = 50
MIN_SERIES_THEMES = 2
