"""What makes a word of jieba's shipped dictionary a personal name (never a keyword).

jieba's ``dict.txt`` tags words with parts of speech; ``nr`` (and ``nrfg``)
marks personal names, among them tens of thousands of full names (张建华,
王志刚) that a section's keywords must never hold.  The tag is noisy — 文明,
福祉, 幼儿园, 许可证, 白名单 and 强降雨 carry it too — so a tagged word counts
as a personal name only when it is built like one:

* two to four characters: a surname from ``SURNAMES`` (or
  ``COMPOUND_SURNAMES``) and a given name of one or two characters;
* rare in the dictionary (frequency at most ``NAME_MAX_FREQUENCY``; 许可证 351,
  申请人 128 are words);
* neither the word without its last character nor the given name is a
  common word of another part of speech (白名单 = 白 + 名单, 巩固率 = 巩固 + 率,
  强降雨 = 强 + 降雨); a common word is one with frequency at least
  ``COMMON_WORD_MIN_FREQUENCY`` and a tag outside ``PROPER_NAME_TAGS`` (建华 in
  张建华 is tagged nz, so it does not save the name);
* not ending in a character of ``NOT_NAME_ENDINGS``, which end place and
  object words (石景山, 蓝皮书, 卫星城).

Two-character words are left alone: the dictionary's two-character ``nr``
entries are mostly ordinary words (文明, 夏粮, 牛羊), and two-character
names it does not know never become keywords (only dictionary words do).
"""

# Tags of personal names in jieba's dictionary.
PERSON_NAME_TAGS = ("nr", "nrfg")

# Tags of proper names of any kind: a given name (建华 nz, 志强 nrfg) or a place
# (华 ns) inside a full name does not make it a common word.
PROPER_NAME_TAGS = ("nr", "nrfg", "nrt", "nz", "ns", "nt")

NAME_MAX_FREQUENCY = 50
COMMON_WORD_MIN_FREQUENCY = 10

# Lengths of a full name, surname included.
NAME_LENGTHS = (3, 4)

# Common single-character surnames (the most frequent few hundred of 百家姓 as used today).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
    "武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮"
    "柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉"
    "缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑"
    "郎甄丛仲虞敖巩明佘池查麻苑迟邝习"
)

# Two-character surnames, checked before the single ones (欧阳锋, 司马光).
COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "宇文", "长孙",
    "司徒", "夏侯", "端木", "西门", "独孤", "南宫", "轩辕", "呼延",
)

# Last characters of place and object words that jieba tags nr (石景山, 卢氏县, 蓝皮书, 卫星城, 马来人).
NOT_NAME_ENDINGS = "县市省区镇乡村城山江河湖海岛寺庙宫门楼阁书榜岩石人率证单"
