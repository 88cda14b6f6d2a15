"""Press-conference transcript vocabulary: speaker labels, titles, address forms, courtesies.

Used by ``sections.transcripts`` (turns, speakers, question themes) and by the
quantity filters (a name beside a title is no number: 陆万成先生).  Every table
is keyed on *folded* text (see ``normalize.fold``): ： ， ？ and the full-width
space arrive here as ``:`` ``,`` ``?`` and `` ``.  Nothing runs here.
"""

# Turn labels, before a colon or inside 【】 at a paragraph start, by role.
# Askers: their turn holds a question, which opens a section.
ASKER_LABELS = ("问", "提问", "记者", "媒体记者", "记者问", "网友", "网友提问")
# A label ending in one of these is a reporter (湖北日报记者, 【青岚广播电视台记者】).
ASKER_LABEL_ENDINGS = ("记者", "网友")

# Brackets around a label at a paragraph start (【发布人】, [主持人]) and their closers.
LABEL_BRACKETS = {"【": "】", "[": "]"}
# Answerers: their turn is the body of the question before it.
ANSWER_LABELS = ("答", "回答", "发布人", "发言人", "新闻发言人", "嘉宾", "受访者", "答问人")
# The moderator: a turn that is neither a theme nor a question.
MODERATOR_LABELS = ("主持人", "主持")

# Longest label text before the colon (a title and a name: 国家统计局湖北调查总队副总队长 何丽萍).
MAX_LABEL_LENGTH = 40

# Titles that end a speaker's description before the name (省统计局党组书记、局长 陆万成:).
# A label is a title, optional blanks and a name; a name alone stands only once a title named it.
PERSON_TITLES = (
    "厅长", "局长", "省长", "市长", "县长", "区长", "镇长", "乡长", "部长", "司长", "处长", "科长",
    "院长", "校长", "行长", "社长", "所长", "署长", "关长", "台长", "站长", "馆长", "团长", "组长",
    "队长", "会长", "董事长", "理事长", "秘书长", "审计长", "检察长", "庭长", "主任", "书记", "主席",
    "委员", "主委", "政委", "巡视员", "督察长", "参事", "总工程师", "总经济师", "总会计师", "总师",
    "经理", "总裁", "总监", "主编", "研究员", "教授", "专家", "负责人", "发言人", "新闻发言人",
    "负责同志",
)

# Prefixes of a title written after a name (陆万成副厅长, 王某常务副市长).
TITLE_PREFIXES = ("常务副", "副")

# The colon after a speaker's name at a line start (陆万成：), folded.
SPEAKER_COLONS = (":",)

# Honorifics written right after a name (陆万成先生, 柒佳妮女士).
HONORIFICS = ("先生", "女士", "同志", "老师", "博士")

# Personal names after a title or before an honorific: this many Han characters.
NAME_LENGTH = (2, 3)

# Words that name the speaker-label roles themselves; a name right after one
# (主持人 陆万成:) is a person.  Used by the quantity filters.
SPEAKER_LABEL_WORDS = ASKER_LABELS + ANSWER_LABELS + MODERATOR_LABELS

# Numbers in a name are no quantities: a count of people before a title (三万名女士)
# is written with one of these classifiers, a name never is.
PERSON_CLASSIFIERS = ("名", "位", "人", "个", "户", "家")

# Lines of the header block of a transcript page (时间: 2024年4月19日 上午10:00 /
# 地点: … / 出席: … / 内容: …): neither themes nor turns.
HEADER_BLOCK_LABELS = (
    "时间", "地点", "出席", "出席人", "出席人员", "发布人", "嘉宾", "内容", "主题", "主持", "主持人",
    "发布内容", "发布主题", "会议主题", "访谈主题", "访谈嘉宾", "访谈时间", "访谈内容", "发布时间",
)

# Header labels whose value lists the speakers, title and name each (出席：…局长陆万成；…副主任伍建华).
ATTENDANCE_LABELS = ("出席", "出席人", "出席人员", "发布人", "嘉宾")

# A header block has at least this many such lines in a row (one 主持人：X line is a turn).
MIN_HEADER_BLOCK_LINES = 2

# Standalone lines that name a part of a transcript (答记者问, 主题发布): headings,
# themed by the line itself, even though they hold 记者.
PART_HEADINGS = (
    "答记者问", "记者提问", "媒体提问", "现场提问", "提问环节", "答问环节", "现场答问", "互动交流",
    "记者问答", "问答环节", "主题发布", "新闻发布", "情况介绍", "发布内容",
)

# Address forms opening a question sentence: 请问 / 我想请问 / 想问一下 … The
# addressee after them (万局长, 陆万成先生, 两位发布人) ends at a comma or colon.
ADDRESS_OPENINGS = (
    "请问一下", "请问", "我想请问一下", "我想请问", "想请问一下", "想请问", "我想问一下", "想问一下",
    "我想问", "想问", "我们想请问", "我还想问", "还想问一下", "还想问", "我问一下", "问一下",
    "请教一下", "请教", "我想问的问题是", "我的问题是", "我提的问题是",
)
# Addressee endings: titles, honorifics and these (两位发布人, 各位嘉宾).
ADDRESSEE_ENDINGS = PERSON_TITLES + HONORIFICS + ("发布人", "嘉宾", "领导")
# Longest addressee between an address opening and its comma or colon.
MAX_ADDRESSEE_LENGTH = 16

# Greetings and courtesies that are whole sentences of a question turn and never
# its theme (谢谢。/ 您好! / 谢谢主持人。/ 我是湖北日报记者。).
COURTESY_SENTENCES = (
    "谢谢", "谢谢你", "谢谢您", "谢谢主持人", "谢谢发布人", "感谢", "好的", "您好", "你好", "大家好",
    "各位好", "主持人好", "发布人好", "各位领导好", "主持人您好",
)
# A sentence opening with these is a self-introduction (我是湖北日报记者).
SELF_INTRODUCTIONS = ("我是", "我来自")
# Greetings before the question inside one sentence (您好,一季度… -> 一季度…).
GREETING_PREFIXES = ("您好", "你好", "谢谢主持人", "谢谢")

# Characters that close a question sentence (folded).
QUESTION_MARKS = "?"
# Characters that close any sentence of a turn (folded).
TURN_SENTENCE_TERMINATORS = "。!?;…"
