"""Metadata vocabulary: header labels, byline roles, crumbs, page noise, boilerplate cues.

Every entry is written in its *folded* form (see ``normalize.fold``), so
來源 / 責任編輯 / 相關新聞 arrive here as 来源 / 责任编辑 / 相关新闻.  Entries are plain strings; the matcher in
``govextract.metadata`` escapes them and sorts them longest first.
"""

# Header labels, by the field they fill.  A label counts only when a colon
# follows it (``来源:``, ``编辑：``); the value runs to the next label or line end,
# or fills the next line when the label stands alone (a scraped table cell).
# Labels of two or more characters may be padded inside (标　　题：, 索 引 号：),
# as the 政府信息公开 header tables of government sites write them.
FIELD_LABELS = {
    "published_at": (
        # in order of preference when a line gives several
        "发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "发稿日期",
        "更新时间", "更新日期", "上传时间", "录入时间", "刊发时间", "时间", "日期",
    ),
    "outlet": (
        "稿件来源", "信息来源", "文章来源", "新闻来源", "消息来源", "内容来源", "来源", "稿源", "出处",
    ),
    "editor": ("网络编辑", "编辑人", "值班编辑", "编辑"),
    "chief_editor": ("责任编辑", "责编"),
    "author": ("作者", "撰稿人", "撰稿", "撰文", "文字", "文"),
    # the 标题 cell of a 政府信息公开 table; used when the page has no headline before it
    "title": ("标题", "文件标题", "公文标题"),
    # who published a 政务公开 document: the outlet when the page names no 来源
    # (发布机构 first, else 发文机关)
    "issuing_body": ("发布机构", "发布单位"),
    "issuing_authority": ("发文机关", "发文单位", "制发机关"),
    "reporter": ("全媒体记者", "融媒体记者", "本报记者", "见习记者", "特约记者", "首席记者", "记者"),
    "photographer": ("摄影记者", "摄影", "图片"),
    # Labels whose value nobody asked for: they still end the previous value.
    "ignored": (
        "通讯员", "实习生", "审核", "审校", "校对", "终审", "初审", "复审", "二审", "三审", "签发",
        "主编", "监制", "统筹", "策划", "制作", "字号", "字体", "浏览次数", "浏览量", "浏览",
        "阅读次数", "阅读量", "阅读数", "阅读", "点击数", "点击量", "点击率", "访问量", "访问次数",
        "分享到", "分享", "索引号", "主题分类", "分类", "发文字号", "文号",
        "成文日期", "发文日期", "所属机构", "有效性", "语种", "主题词", "公文种类", "原标题",
        "生效日期", "废止日期", "失效日期", "施行日期", "实施日期", "责任部门", "公开方式", "公开范围",
        "信息索引号", "组配分类", "体裁分类", "服务对象",
    ),
}

# Labels too short or too common to trust right after a Chinese character
# (全文: is not a 文: label); they need a line start, space or mark before them.
BOUNDED_LABELS = ("文", "文字", "时间", "日期", "图片", "分享", "浏览", "阅读", "分类", "制作", "策划")

# Byline roles inside brackets or at a line start: （记者 张三 李四）, 本报记者 张三, (文 郭富莹).
REPORTER_ROLES = (
    "全媒体记者", "融媒体记者", "本报记者", "见习记者", "特约记者", "首席记者", "实习记者",
    "新华社记者", "中新社记者", "中新网记者", "记者",
)
AUTHOR_ROLES = ("文/图", "图/文", "图文", "撰文", "撰稿", "作者", "文字", "文")
PHOTOGRAPHER_ROLES = ("摄影记者", "摄影")
# Roles whose names are not kept (correspondents, interns).
OTHER_ROLES = ("通讯员", "实习生", "见习生", "编译")
# Words that close a photo credit: 记者 张三 摄.
PHOTO_CREDIT_MARKS = ("摄",)
# Characters after 摄 that make it part of a word (摄像, 摄影, 摄制) rather than a credit.
PHOTO_CREDIT_BLOCKERS = "像影制入取录"

# Datelines that open the first paragraph: 新华社北京3月12日电, 中新网3月12日电, 本报讯,
# 湖南日报8月23日讯, 央视网消息.  Agencies named outright, then name endings.
DATELINE_AGENCIES = (
    "新华社", "中新社", "中新网", "人民网", "新华网", "央视网", "央广网", "国际在线", "中国新闻网",
    "中国日报网", "光明网", "澎湃新闻", "环球网", "中国网", "法治日报", "经济日报", "人民日报",
)
DATELINE_OUTLET_ENDINGS = (
    "广播电视台", "电视台", "客户端", "日报", "晚报", "早报", "时报", "商报", "报", "网", "社", "台",
)
# Self references: the outlet is the publication itself, whose name is not written.
DATELINE_SELF = ("本报", "本网", "本台", "本刊", "本站")
# What closes a dateline; 电 needs a date before it, the others do not.
DATELINE_KINDS = ("专电", "电", "讯", "消息")

# Navigation crumbs: 当前位置：首页 > 新闻中心 > 正文.
CRUMB_PREFIXES = (
    "当前位置", "您的位置", "您现在的位置", "你的位置", "你现在的位置", "所在位置", "当前的位置",
    "现在位置", "您当前的位置", "您所在的位置",
)
CRUMB_SEPARATORS = (">", "»", "›", "→", "≫", "〉")
CRUMB_HOME_WORDS = ("首页", "主页", "网站首页", "返回首页")

# Page furniture: a line made only of these (plus brackets, colons and spaces)
# is noise (【字体：大 中 小】【打印】【关闭】).
NOISE_WORDS = (
    "字号", "字体", "大", "中", "小", "默认", "打印本页", "打印", "关闭窗口", "关闭", "收藏", "分享到",
    "分享", "返回顶部", "返回", "顶部", "纠错", "微信", "微博", "qq空间", "qq", "朋友圈", "扫一扫",
    "浏览次数", "浏览量", "阅读量", "阅读", "点击数", "点击量", "次", "打印文章", "打印此页",
    "保存", "我要纠错", "复制链接", "链接", "视力保护色", "背景色", "放大", "缩小",
)

# Where a header value stops even without another label (来源：新华网 【打印】).
VALUE_STOP_CUES = (
    "【", "[", "】", "]", "|", "丨", "字号", "字体", "打印", "分享", "收藏", "关闭", "浏览", "阅读",
    "点击", "扫一扫", "纠错", "大中小", "大 中 小",
)

# Official document numbers in a header: 国办发〔2023〕5号.
DOCUMENT_NUMBER_BRACKETS = ("〔", "〕", "[", "]", "(", ")", "【", "】")

# A line that starts with one of these opens the trailing boilerplate.
TAIL_HEADINGS = (
    "版权声明", "免责声明", "网站声明", "法律声明", "版权所有", "相关新闻", "相关阅读", "相关链接",
    "相关文章", "相关报道", "相关稿件", "相关专题", "相关文件", "相关附件", "延伸阅读", "新闻推荐",
    "推荐阅读", "热点推荐", "热门推荐", "精彩推荐", "往期回顾", "猜你喜欢", "上一篇", "下一篇",
    "上一条", "下一条", "分享到", "扫一扫", "扫描二维码", "打印本页", "关闭窗口", "©", "copyright",
    "all rights reserved", "主办单位", "网站标识码",
    # WeChat reposts close with a call to read the original, follow the account and read older posts
    "点击下方", "点击阅读原文", "阅读原文", "长按二维码", "长按识别二维码", "长按识别", "扫码关注",
    "往期推荐", "往期精彩", "往期阅读", "精彩回顾",
    # an English abstract after a Chinese report repeats the body in translation
    "abstract",
)

# Whole lines that close a release (Hong Kong and Macau releases end with 完,
# agencies with （完）); matched on the stripped line, so 完成… never matches.  They are the
# release's own closing: they stay in the body, and the tail may begin after them.
TAIL_LINES = ("完", "(完)", "【完】", "[完]", "-完-", "—完—", "(全文完)", "全文完", "-end-", "end")

# Statements that open the boilerplate wherever they sit in their line.  Regex
# fragments (matched on folded, lower-cased text).
TAIL_STATEMENTS = (
    r"凡.{0,30}注明.{0,80}(?:不得|禁止|严禁|谢绝).{0,8}(?:转载|复制|摘编|使用)",
    r"(?:本网|本站)注明",
    r"未经.{0,12}(?:授权|许可|同意).{0,30}(?:不得|禁止|严禁|谢绝).{0,8}(?:转载|复制|摘编|链接|镜像)",
    r"©",
    r"copyright",
    r"all\ rights\ reserved",
)
# Statements that open the boilerplate only in a short line (a footer, not a
# body sentence about 版权所有人).
TAIL_SHORT_STATEMENTS = (
    r"版权所有(?=\s|$|[:©(,，|])",
    r"(?:版权|免责|法律|网站|转载).{0,20}声明\s*$",
)
TAIL_SHORT_STATEMENT_MAX = 60

# Words that make a line look like boilerplate once the tail has begun.
WEAK_TAIL_CUES = (
    "本网", "本站", "授权", "转载", "版权", "声明", "侵权", "法律责任", "联系电话", "联系方式", "电话",
    "传真", "邮箱", "邮编", "地址", "icp", "备案", "主办", "承办", "协办", "技术支持", "网站地图",
    "联系我们", "关于我们", "首页", "网站", "公网安备", "纠错", "来源", "编辑", "二维码", "客户端",
    "http", "www", ".cn", ".com",
)
# A line this short that does not end a sentence (a link title) is tail-compatible.
TAIL_SHORT_LINE = 50

# A line in which a WeChat article states its account and time
# (原创 某省发布 某省发布 2024-03-18 19:30 发表于山东): a header line when it
# holds a full date and one of these cues.  Nothing but the date is read from it.
ACCOUNT_LINE_CUES = ("原创", "发表于")
ACCOUNT_LINE_MAX_LENGTH = 60

# Title shape: length bounds and characters a headline does not end with.
TITLE_MAX_LENGTH = 80
TITLE_MIN_LENGTH = 4
TITLE_FORBIDDEN_ENDINGS = "。!?;,:、…；，：！？"
TITLE_FORBIDDEN_INSIDE = "。"
# Dashes that open a subtitle (——记……).
SUBTITLE_DASHES = ("——", "—", "--", "──", "-")

# Between a date and its time of day: a weekday in brackets and a time zone
# (2023年10月18日（星期三）香港時間16時30分).  Regex fragments on folded text.
# Used only by the local fallback in ``metadata._time_gap_pattern``: the date
# grammar itself is ``govextract.dates``, which does not read this gap yet.
WEEKDAY = r"\(?(?:星期|礼拜|周)[一二三四五六日天]\)?"
TIME_ZONES = ("香港时间", "澳门时间", "北京时间", "台北时间", "本地时间")

# An unlabelled outlet written after the date of a header line (２０２３－１０－２７ １７：１５ 新聞局):
# a short name that ends like an organization.
OUTLET_ENDINGS = (
    "局", "署", "办", "办公室", "处", "厅", "委", "委员会", "中心", "部", "社", "网", "台", "报",
    "政府", "政府新闻处", "新闻处", "新闻局", "新闻办", "电视台", "融媒体中心",
    "新闻公报",  # 香港特別行政區政府新聞公報, the Hong Kong government's gazette of releases
)
OUTLET_MAX_LENGTH = 20

# Longest value kept for a field; longer ones are mis-parses and dropped.
MAX_VALUE_LENGTH = 50
# Longest line that can be page furniture.
MAX_NOISE_LINE = 120
# Signs that make a number a figure (25%, 3‰): a line of digits and signs holding one is text,
# not page furniture such as a page counter or a date stamp.
FIGURE_SIGNS = ("%", "‰")
# Longest line read as a header line.
MAX_HEADER_LINE = 200

# Endings of an issuing body's name.  A line under the title that is only such
# a name (某省统计局, 某市人民政府办公室) names the issuer: it is no subtitle.
ISSUER_SUFFIXES = (
    "局", "厅", "委", "委员会", "办公室", "办公厅", "人民政府", "政府", "中心", "研究院", "研究所",
    "部", "署", "处", "院", "会", "社", "馆", "所", "站", "集团", "公司", "新闻办", "新闻办公室",
)
ISSUER_MAX_LENGTH = 20

# A site's column (channel) name printed above the headline (县域新闻, 政务要闻,
# 部门动态): a short line that ends like one of these, followed by a headline.
# It is page furniture, not the title.
COLUMN_ENDINGS = (
    "新闻", "要闻", "动态", "快讯", "资讯", "头条", "聚焦", "速递", "播报", "视点", "关注", "传真",
    "时政", "政务", "图说", "专栏",
)
COLUMN_MAX_LENGTH = 6
# A bracketed column tag that opens a headline (【营商环境】我区…): cut from the title
# when the tag is this short and a headline of its own remains.
TITLE_TAG_MAX_LENGTH = 8

# A tail line longer than this is a whole page run together on one line (text
# scraped without line breaks): the body is cut where the boilerplate sentence
# begins inside it, not at the start of the line.
TAIL_LINE_MAX = 300
# Inside such a run-together line, the headings of a statement (国际在线版权与
# 信息产品内容销售的声明 1、…) open the boilerplate too, besides TAIL_STATEMENTS.
TAIL_RUN_TOGETHER_CUES = (
    r"(?:版权|免责|法律|网站|转载)[^。,，\s]{0,20}声明(?=\s|[0-9一二三四五][、.])",
    r"(?:相关新闻|相关阅读|相关链接|上一篇|下一篇|分享到|扫一扫)[:：]",
)

# The header block of a press-conference transcript (时间：… / 地点：… / 出席：… / 内容：…):
# lines led by these labels right under the headline are header, whatever their value.
BRIEFING_HEADER_LABELS = ("时间", "地点", "出席", "出席人员", "出席嘉宾", "发布人", "发布嘉宾", "内容", "主题", "议题")
