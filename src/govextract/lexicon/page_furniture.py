"""Page furniture of web captures: what a crawler saves around the article.

Every entry is written in its *folded* form (see ``normalize.fold``): 網站 / 繁體 /
新聞公報 arrive here as 网站 / 繁体 / 新闻公报.  The rules that use these words live
in ``govextract.metadata.furniture`` (before the headline) and
``govextract.metadata.tail`` (after the article).
"""

# Words of the rows above a headline: accessibility and language switches, account
# links, search boxes, bookmarks.  A short line made only of these (and separators)
# is furniture, never the title.
ACCESS_WORDS = (
    "无障碍浏览", "无障碍阅读", "无障碍", "长者模式", "关怀版", "适老化", "智能问答", "繁体版", "繁体",
    "简体版", "简体", "繁", "简", "english", "en", "登录", "注册", "个人中心", "用户中心", "邮箱",
    "搜索", "请输入关键词", "请输入关键字", "高级搜索", "站内搜索", "加入收藏夹", "加入收藏", "收藏本站",
    "设为首页", "手机版", "移动版", "客户端下载", "客户端", "网站导航", "网站地图", "微信", "微博",
    "跳过导航", "跳到主要内容", "跳转到主要内容", "português", "portugues",
    "skip to main content", "skip to content", "skip to main", "skip navigation", "text only",
    "返回主页", "返回首页", "首页", "主页", "退出", "帮助", "rss", "登入", "登出", "一户通",
    "govhk", "香港政府一站通",  # the GovHK portal link on every Hong Kong government page
)

# Separators of a menu row (首页 | 政务公开 | 互动交流, 首页　政务公开　政务服务).
MENU_SEPARATORS = ("|", "丨", "｜", "\u3000", "/", "·", "•")
# A menu row has at least this many items, each at most MENU_ITEM_MAX characters.
MENU_MIN_ITEMS = 3
MENU_ITEM_MAX = 8
# Items separated by single spaces only (a folded 　): at least this many, none of one character
# (so a title spaced apart, 政 府 工 作 报 告, is no menu).
MENU_MIN_SPACED_ITEMS = 4

# Endings of a site's name standing alone above the headline (江西省人民政府门户网站,
# 桐溪县融媒体中心, 新华网 江苏频道, 香港特別行政區政府) or after a page title's
# separator (标题_某市人民政府, 标题 - 香港特別行政區政府新聞公報).
SITE_ENDINGS = (
    "门户网站", "网站", "政府网", "人民政府", "政府", "新闻网", "网", "频道", "融媒体中心", "新闻中心",
    "新闻公报", "新闻处", "新闻办", "新闻办公室", "客户端", "电视台", "广播电视台",
)
SITE_MAX_LENGTH = 24
# Furniture is looked for in this many lines at the top of a page.
HEADER_SCAN_LINES = 40
# What stands between a page title and the site name after it.
SITE_SEPARATORS = ("_", " - ", " — ", " | ", "|", " -", "- ", "-", "——", "—", "–")

# A whole bracketed line that points elsewhere (（点击查阅更多2006年地方政府工作报告）).
POINTER_CUES = ("点击查阅", "点击查看", "点击进入", "点击阅读", "点击浏览", "查看更多", "查阅更多", "更多>>", "点击")
POINTER_MAX_LENGTH = 60

# Headings of related-news blocks and footers after the article (besides
# ``lexicon.metadata.TAIL_HEADINGS``).
MORE_TAIL_HEADINGS = (
    "热点专题", "专题推荐", "今日新闻公报", "其他新闻", "返回页首", "相关推荐", "更多新闻", "更多阅读",
    "联系我们", "网站地图", "承办单位", "主办:", "承办:", "协办单位", "运行维护单位", "网站标识码",
    "今日新闻", "打印本页", "今日推荐", "编辑推荐",
)
# Words of a footer line anywhere in it (主办：… 承办：…, 赣ICP备…, 公网安备…).
FOOTER_CUES = ("icp备", "公网安备", "网站标识码", "主办单位", "承办单位", "运行维护单位")
FOOTER_LINE_MAX = 120

# A run of at least this many short headline lines right after the last paragraph
# (a related-news list without a label) opens the tail when page furniture follows it.
RELATED_RUN_MIN = 2
RELATED_LINE_MIN = 8
RELATED_LINE_MAX = 40
# Bullets that open the lines of a related-news list (· 全省…).
RELATED_BULLETS = "·•●■□◆◇▪►▶-*>"
# A labelled line closing the document itself is no related headline (附件：…, 咨询电话：…).
DOCUMENT_CLOSING_LABELS = ("附件", "电话", "热线", "联系人", "联系方式", "地址", "邮编", "传真", "邮箱", "网址")

# A release's own closing stays in the body: 完 and the date and time lines under it
# (2024年5月17日（星期五） / 香港時間16時30分).  Lines read as a closing time.
CLOSING_TIME_PREFIXES = ("香港时间", "澳门时间", "北京时间", "台北时间", "本地时间")

# The second line of a headline wrapped over two lines: a document kind closes it
# (…发展 / 统计公报, …三年行动 / 实施方案（2024—2026年）, …新篇章的意见).
DOCUMENT_KINDS = (
    "实施方案", "工作方案", "行动方案", "方案", "实施意见", "指导意见", "意见", "通知", "公告", "通告",
    "决定", "决议", "办法", "规定", "细则", "条例", "规划", "计划", "纲要", "报告", "公报", "统计公报",
    "白皮书", "指南", "清单", "措施", "若干措施", "批复", "函", "令",
)
# A dashed subtitle wrapped over two lines (——2024年1月9日在某县第十八届人民代表大会 /
# 第四次会议上): its second line ends with one of these.
SUBTITLE_CLOSINGS = ("会议上", "大会上", "上的讲话", "上的报告", "会上")
SUBTITLE_CONTINUATION_MAX = 24

# A page number standing alone on its line (- 4 -, — 3 —, 第 3 页 共 3 页): at the very end
# of a converted PDF it is the trailing furniture.  Regex fragments on folded text.
PAGE_NUMBER_LINES = (
    r"[-—–]{1,2}\s*\d{1,4}\s*[-—–]{1,2}",
    r"第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?",
    r"\d{1,4}\s*/\s*\d{1,4}",
)

# Under a related-news label (相关稿件, 相关新闻): at most this many linked headlines,
# each at most RELATED_LINK_MAX characters and without a sentence end, belong to the tail.
RELATED_LABELLED_MAX = 12
RELATED_LINK_MAX = 80
