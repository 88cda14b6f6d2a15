"""Character folding table: one character in, exactly one character out.

Folding lets the matchers see ``９０％`` as ``90%`` and ``個百分點`` as
``个百分点`` while every offset still points into the original text,
because no entry changes the length of the string.
"""

# Full-width ASCII (U+FF01..U+FF5E) folds to ASCII; built by normalize.py.
FULLWIDTH_START = 0xFF01
FULLWIDTH_END = 0xFF5E
FULLWIDTH_OFFSET = 0xFEE0

# Other single characters with a plain equivalent.
SINGLE_CHARACTERS = {
    "\u3000": " ",  # ideographic space
    "\u00a0": " ",  # no-break space
    "\u2002": " ",
    "\u2003": " ",
    "\u2009": " ",
    "\u202f": " ",
    "\ufe6a": "%",  # small percent sign
    "\u2030": "‰",
    "\u2215": "/",
    "\u2212": "-",  # minus sign
    "\ufe63": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u3007": "〇",
    "\u2027": "·",  # hyphenation point, used as a decimal point in scraped bulletins
    "\u00b7": "·",
    "\u30fb": "·",
    "\uff65": "·",
}

# Traditional characters that appear in numbers, units, qualifiers, metadata
# labels and boilerplate, each with its simplified form.  Only one-to-one pairs
# belong here; the table is deliberately limited to the genre's vocabulary.
TRADITIONAL_TO_SIMPLIFIED = {
    "萬": "万", "億": "亿", "兩": "两", "負": "负", "點": "点", "陸": "陆", "參": "参", "貳": "贰",
    "個": "个", "項": "项", "場": "场", "條": "条", "臺": "台", "輛": "辆", "噸": "吨", "畝": "亩",
    "裡": "里", "鐘": "钟", "歲": "岁", "間": "间", "傢": "家", "戶": "户", "筆": "笔", "單": "单",
    "頃": "顷", "員": "员", "區": "区", "縣": "县", "鄉": "乡", "鎮": "镇", "門": "门", "級": "级",
    "隻": "只", "張": "张", "幣": "币", "圓": "圆", "頓": "顿", "類": "类", "種": "种", "約": "约",
    "餘": "余", "過": "过", "幾": "几", "達": "达", "較": "较", "長": "长", "減": "减", "為": "为",
    "與": "与", "於": "于", "後": "后", "來": "来", "際": "际", "數": "数", "們": "们", "這": "这",
    "將": "将", "實": "实", "現": "现", "從": "从", "對": "对", "當": "当", "總": "总", "計": "计",
    "產": "产", "業": "业", "務": "务", "體": "体", "發": "发", "佈": "布", "編": "编", "輯": "辑",
    "責": "责", "記": "记", "報": "报", "導": "导", "網": "网", "訊": "讯", "電": "电", "聲": "声",
    "權": "权", "轉": "转", "載": "载", "關": "关", "閉": "闭", "時": "时", "號": "号", "週": "周",
    "屆": "届", "歷": "历", "內": "内", "預": "预", "規": "规", "劃": "划", "畫": "画", "領": "领",
    "國": "国", "東": "东", "廣": "广", "衛": "卫", "會": "会", "議": "议", "廳": "厅", "辦": "办",
    "處": "处", "設": "设", "構": "构", "環": "环", "經": "经", "濟": "济", "貿": "贸", "財": "财",
    "稅": "税", "營": "营", "隊": "队", "職": "职", "醫": "医", "療": "疗", "學": "学", "師": "师",
    "資": "资", "頁": "页", "專": "专", "屬": "属", "築": "筑", "線": "线", "標": "标", "準": "准",
    "質": "质", "額": "额", "價": "价", "貨": "货", "運": "运", "輸": "输", "園": "园", "開": "开",
    "進": "进", "雙": "双", "衆": "众", "眾": "众", "統": "统", "機": "机", "據": "据", "漲": "涨", "創": "创", "農": "农",
    "傳": "传", "選": "选", "億": "亿",
}
