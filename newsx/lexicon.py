"""Words and patterns that portals use, kept as data so the rules in classify/fields stay generic.

Everything here is multilingual on purpose: adding a language means adding phrases, not code.
Matching is done on a "key": the line with spaces, punctuation and bullets removed and case folded
(see :func:`key`), so "相关新闻：", "【相关新闻】" and "Related Stories" all match their entries.
"""
from __future__ import annotations

import re
from typing import Optional

# Headings that open a boilerplate tail (or sidebar) block: once one of them stands alone on a line
# after the article started, what follows is not the article.
TAIL_HEADINGS = {
    "zh": """
        新闻推荐 相关新闻 相关阅读 相关文章 相关报道 相关链接 相关内容 相关专题 相关资讯 相关推荐 相关稿件 相关事件 媒体报道
        延伸阅读 推荐阅读 猜你喜欢 你可能感兴趣 您可能感兴趣 可能感兴趣的 你可能还喜欢 为你推荐 为您推荐 精彩推荐
        热点排行 热点阅读 热点新闻 热门新闻 热门文章 热门推荐 热门评论 热文排行 排行榜 新闻排行 点击排行 阅读排行
        阅读排行榜 评论排行 评论排行榜 今日热点 今日推荐 热点推荐 最新新闻 最新文章 最新资讯 最新评论 精彩图片 图片新闻
        频道推荐 图文看点 图文推荐 编辑推荐 本周热点 一周热点 24小时热点 大家都在看 看了本文的人还看了
        网友评论 文章评论 发表评论 我要评论 评论 评论区 全部评论 最新评论 热门评论 我来说两句 已有评论 查看评论
        免责声明 版权声明 特别声明 声明 上一篇 下一篇 上一条 下一条 返回顶部 返回首页 关闭窗口 打印本页
        友情链接 合作伙伴 联系我们 关于我们 网站地图 广告服务 站点导航 媒体矩阵 专题推荐 相关搜索 标签
        更多 更多新闻 查看更多 更多精彩
        延伸閱讀 相關新聞 相關閱讀 相關文章 相關報導 推薦閱讀 熱門新聞 熱門文章 熱門推薦 熱門排行 即時新聞
        最新新聞 你可能會喜歡 猜你喜歡 為你推薦 編輯推薦 網友評論 發表評論 留言 留言板 看更多 更多新聞 上一篇 下一篇
    """,
    "en": """
        related related-stories related-articles related-content related-news related-coverage related-posts
        related-topics related-links read-more more-stories more-from more-on-this-story more-news more-in
        you-may-like you-may-also-like you-might-also-like recommended recommended-for-you recommended-stories
        most-read most-popular most-viewed most-shared trending trending-now popular top-stories latest-news
        latest-stories editors-picks what-to-read-next read-next up-next around-the-web sponsored-content
        from-the-web comments comment leave-a-comment leave-a-reply post-a-comment join-the-conversation
        share-this share-this-article share-this-story share-on tags topics see-also further-reading newsletter sign-up
        subscribe more-like-this about-the-author about-the-authors explore-further we-recommend
        previous-article next-article previous-story next-story previous-post next-post
        recent-posts recent-articles recent-stories latest-posts popular-posts
    """,
    "other": """
        ähnliche-artikel mehr-zum-thema kommentare leia-também leia-mais comentários notícias-relacionadas
        articoli-correlati commenti читайте-также комментарии похожие-новости 관련기사 댓글 많이-본-뉴스
        похожие-записи похожие-статьи добавить-комментарий оставить-комментарий свежие-записи последние-записи
        популярные-записи самое-читаемое новости-по-теме смотрите-также вам-может-понравиться
        関連記事 コメント 人気記事 おすすめ
        artículos-relacionados noticias-relacionadas entradas-relacionadas publicaciones-relacionadas
        relacionados relacionadas comentarios deja-una-respuesta deja-un-comentario te-puede-interesar
        también-te-puede-interesar lo-más-leído más-leídas más-leídos entradas-recientes
        articles-similaires articles-liés à-lire-aussi lire-aussi sur-le-même-sujet dans-la-même-rubrique
        vous-aimerez-aussi laisser-un-commentaire laisser-une-réponse commentaires les-plus-lus articles-récents
        ähnliche-beiträge verwandte-artikel meistgelesen themen schlagworte schlagwörter
        kommentar-hinterlassen schreibe-einen-kommentar hinterlasse-einen-kommentar neueste-beiträge weitere-artikel
        artigos-relacionados posts-relacionados deixe-um-comentário deixe-uma-resposta mais-lidas veja-também
        você-também-pode-gostar lascia-un-commento lascia-una-risposta potrebbe-interessarti più-letti leggi-anche
        gerelateerde-artikelen reacties laat-een-reactie-achter meest-gelezen lees-ook
        terkait artikel-terkait berita-terkait baca-juga tinggalkan-balasan tinggalkan-komentar komentar
        berita-populer berita-terpopuler terpopuler pos-terbaru tulisan-terbaru artikel-terbaru
        tin-liên-quan bài-viết-liên-quan bình-luận
    """,
}

# Lines that are page controls, never content.
CONTROL_PHRASES = """
    分享到 分享至 收藏本文 打印本页 打印 关闭窗口 关闭 返回顶部 返回首页 字号 大中小 字体 默认 展开全文 阅读全文
    点击查看 点击进入 进入论坛 我要投稿 复制链接 复制地址 繁体 简体 纠错 举报 扫一扫 扫描二维码 手机看新闻 加入收藏
    print email share tweet facebook twitter linkedin whatsapp pinterest reddit copylink copy-link
    advertisement ad sponsored loading skip-to-content skip-to-main-content back-to-top close menu search
    back-to-gallery view-gallery advert adverts anzeige werbung publicidade publicité publicite pubblicità publicidad реклама iklan 广告
    sign-in log-in login register subscribe
    like-this compartir compartilhar partager teilen condividi bagikan imprimir imprimer drucken stampa cetak
    me-gusta-esto curtir-isso gefällt-mir sukai-ini memuat cargando chargement carregando caricamento
""".split()

# Footer / legal / credit markers: a line containing one of these is not body text.
FOOTER_MARKERS = (
    "版权所有", "版权归", "版權所有", "未經授權", "不得轉載", "未经授权", "不得转载", "禁止转载", "转载请注明", "ICP备", "ICP证", "公网安备",
    "网络传播视听节目许可证", "违法和不良信息举报", "本网站", "本站所有", "免责声明", "All rights reserved",
    "all rights reserved", "Copyright ©", "Copyright©", "© Copyright", "Terms of Use", "Privacy Policy",
    "Terms of Service", "Cookie Policy", "subject to copyright", "may not be published, broadcast",
    "may not be reproduced", "All Rights Reserved", "ALL RIGHTS RESERVED", "All Rights reserved",
    "Todos os direitos reservados", "Alle Rechte vorbehalten", "Tous droits réservés",
    "Tutti i diritti riservati", "Todos los derechos reservados", "Все права защищены",
    "© 19", "© 20", "©19", "©20",   # "© 2023 Field Notes." (a year after the sign)
    # the disclosure a site prints over every article: "… we may earn an affiliate commission"
    "affiliate commission",
    # the investment disclaimer financial sites print under every article ("文章提及内容仅供参考，
    # 不构成实质性投资建议，据此操作风险自担"): no report advises its readers that way
    "不构成投资建议", "不构成实质性投资建议", "不构成任何投资建议", "据此操作风险自担", "据此操作，风险自担",
    "据此入市，风险自担", "据此入市风险自担",
)

# Abbreviations a wrapped line may end on without ending its sentence ("… Tuesday, Nov." /
# "19, 2019."), compared without their full stop: months and the titles before a name.
LINE_END_ABBREVIATIONS = frozenset("""
    Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec Mr Mrs Ms Dr St Sen Rep Gov Gen Lt Col Sgt Capt Prof
    Rev Pres Atty Supt
""".split())

# The first step of a breadcrumb: a line opening on one of these words, then a few more
# ("Home News Science & Astronomy"), is the breadcrumb copied without its marks.
CRUMB_HOME_WORDS = ("Home", "HOME", "首页", "主页", "首頁", "Startseite", "Accueil", "Inicio", "Início")

# Lead-ins of a teaser link set into an article ("Related: <headline>", "SEE MORE: …",
# "延伸阅读：…"), and short headings over a few of them ("DON'T MISS"), compared by key().
TEASER_LEADINS = """
    related see-more see-also read-more more also also-read read-also read-next watch
    don't-miss recommended trending more-from related-coverage related-stories related-articles
    related-content related-links further-reading you-may-like you-might-like
    mehr-zum-thema lesen-sie-auch leia-também leia-mais voir-aussi lire-aussi leggi-anche
    читайте-также 相关新闻 相关阅读 延伸阅读 推荐阅读 相关链接 延伸閱讀 相關新聞 相關閱讀 関連記事 관련기사
"""

# Calls to action that close an article's container without being its text: follow/subscribe
# promos, newsletter boxes, "have a tip?" notes.  PROMO_STARTS open such a line (compared in
# lower case), PROMO_PHRASES mark it anywhere.
PROMO_STARTS = (
    "follow ", "subscribe", "sign up", "signup", "join our", "join us", "join the ", "get the latest",
    "get the app", "get access", "get breaking", "get our", "listen to ", "listen live", "download ",
    "click here", "click to ", "like us on", "tell us what", "send us ", "have a tip", "have a news tip",
    "have your say", "got a tip", "want more", "need more", "learn more", "stay up to date",
    "stay informed", "never miss", "don't miss", "support our", "become a member", "become a subscriber",
    "read more from", "see all newsletters", "if you enjoyed", "if you liked",
    "folgen sie", "abonnieren sie", "melden sie sich", "siga-nos", "assine ", "inscreva-se",
    "suivez-nous", "abonnez-vous", "inscrivez-vous", "seguici", "iscriviti", "síguenos", "suscríbete",
    "подписывайтесь", "подпишитесь", "欢迎关注", "扫码关注", "扫描二维码", "长按识别", "关注我们",
)
PROMO_PHRASES = (
    "newsletter", "your inbox", "may be reached at", "can be reached at", "if you enjoyed this",
    "follow us on", "follow him on", "follow her on", "follow me on", "follow them on",
    "full coverage of", "微信公众号", "unsubscribe at any time",
)

# Class/id words (and tags) of the markup that holds picture captions and credits: text in such
# an element describes a picture and is not the article's prose.  PARTS match inside a compound
# name ("figcaption", "wp-caption-text", "thumbcaption"); WORDS only as a whole word of the name
# ("div.credit", "image-credit", but not "accredited").
CAPTION_MARKUP_PARTS = ("caption", "photocredit", "imagecredit")
CAPTION_MARKUP_WORDS = ("credit", "credits")

# Photo agencies whose name closes a caption's credit: "… in Hanoi. (AP)", "… (Jane Roe/Reuters)",
# "… New York.Reuters" (case kept: "EPA" is an agency, "ePA" a word).
PHOTO_AGENCIES = ("AP", "AFP", "EPA", "Reuters", "Getty Images", "Getty", "Shutterstock", "iStock",
                  "Xinhua", "PA", "Bloomberg", "ANP", "dpa", "Alamy", "AAP", "TASS", "EFE", "ANSA",
                  "新华社", "视觉中国", "东方IC")

# Words that end an English outlet's name, as a byline names it after the writer: "By Jane Roe,
# Associated Press", "By JANE ROE and JOHN DOE Associated Press", "By Jane Roe for The Times".
OUTLET_WORDS_EN = ("Press", "News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette",
                   "Chronicle", "Agency", "Service", "Network", "Media", "Magazine", "Wire",
                   "Telegraph", "Observer", "Reuters", "Bloomberg", "Foundation")

# A byline's label alone on its line, when a text browser printed the writer's name (a link in a
# block of its own) on the next: "By" / "Jane Roe".
LONE_BYLINE_LABELS = frozenset(("By", "by", "BY", "Von", "von", "Par", "par", "Por", "por"))
# A writer's picture, as a text browser prints its alt text over the writer's name: "Image of
# Jessica Rudder" / "Jessica Rudder".
AVATAR_RE = re.compile(r"^(?:image|photo|picture|avatar|portrait|headshot)\s+(?:of|for)\s+(.{3,40})$", re.IGNORECASE)

# Editor credits end an article: "责任编辑：张三", "(编辑：李四)".
EDITOR_RE = re.compile(
    r"^[\[【（(]?\s*(?:责任编辑|责编|编辑|校对|审核|签发|终审|值班编辑|本文编辑|責任編輯|編輯|Editor|Edited by|Editing by)"
    r"\s*[:：\s]", re.IGNORECASE)

# Month names of the languages besides English whose pages print dates in words ("12 марта 2024",
# "3. März 2024", "1er mars 2024", "12 de marzo de 2024"), as written after a day number (Russian
# and Polish use the genitive).  English months are matched by their three-letter stems instead.
MONTH_NAMES = {
    name: number for number, names in enumerate((
        "januar jänner janvier enero janeiro gennaio januari января stycznia",
        "februar février fevrier febrero fevereiro febbraio februari февраля lutego",
        "märz maerz mars marzo março marco maart марта marca",
        "avril abril aprile апреля kwietnia",
        "mai mayo maio maggio mei мая maja",
        "juni juin junio junho giugno июня czerwca",
        "juli juillet julio julho luglio июля lipca",
        "august août aout agosto augustus августа sierpnia",
        "september septembre septiembre setiembre setembro settembre сентября września",
        "oktober octobre octubre outubro ottobre октября października",
        "november novembre noviembre novembro ноября listopada",
        "dezember décembre decembre diciembre dezembro dicembre december декабря grudnia",
    ), start=1) for name in names.split()}

# Byline labels.  Values are read by fields.py.
# (the labels of other languages also serve fields.py's patterns, which read their values)
SOURCE_LABELS_INTL = ("Источник", "Quelle", "Fuente", "Fonte", "Bron", "Źródło", "Nguồn", "Sumber", "出典", "출처")
AUTHOR_LABELS_INTL = ("Автор", "Autor", "Autorin", "Auteur", "Tác giả", "Penulis", "筆者")
SOURCE_LABELS = ("来源", "来源于", "來源", "稿源", "出处", "来自", "消息来源", "文章来源", "新闻来源", "信息来源", "Source", "source",
                 *SOURCE_LABELS_INTL)
DATE_LABELS = ("发布时间", "發布時間", "發佈時間", "更新時間", "時間", "发表时间", "发布日期", "更新时间", "时间", "日期", "发表于", "发布于", "更新于",
               "Published", "Updated", "Posted", "Date", "PUBLISHED", "UPDATED", "POSTED", "DATE")
AUTHOR_LABELS = ("作者", "記者", "撰文", "文", "撰文", "撰稿", "记者", "本报记者", "本刊记者", "实习记者", "特约记者", "通讯员",
                 "本报通讯员", "见习记者", "首席记者", "编译", "By", "by", "Author", "Written by",
                 *AUTHOR_LABELS_INTL)
# Labels of a journal article's fields under its headline ("关键词: 淘宝网；物流配送"): such a
# line is no headline, however headline-shaped its value.
JOURNAL_FIELD_LABELS = ("关键词", "关键字", "摘要", "内容提要", "提要", "Keywords", "Key words", "Abstract", "DOI")
# Labels of the fields a paper or a journal prints under a headline, one to a line ("作者: 赵培",
# "关键词: …", "来源：新闻晨报"): a line that opens with one and a colon starts a line of its own,
# never continues the wrapped line above it (text.py).  Only labels of two characters or more:
# "文：" may open a wrapped line of prose.
FIELD_LINE_LABELS = tuple(sorted({x for x in SOURCE_LABELS + DATE_LABELS + AUTHOR_LABELS
                                  if len(x) >= 2 and not x.isascii()}
                                 | {x for x in JOURNAL_FIELD_LABELS if not x.isascii()}
                                 | {"编辑", "责任编辑", "责编"}, key=lambda x: (-len(x), x)))

# A headline given as a labelled field (forum thread pages "主题：…", official documents "标 题：…",
# or "题：…" where a text browser printed "标 题" over two table cells).
TITLE_LABEL_RE = re.compile(r"^(?:主\s*题|标\s*题|题\s*目|题|文章标题|帖子标题|Title|Subject)\s*[:：]\s*", re.IGNORECASE)

# Words that look like names after an author label but are not.
NOT_NAMES = set("""
    本报 本刊 记者 通讯员 实习生 编辑 责任编辑 摄影 摄 报道 综合 整理 来源 发布 时间 日期 作者 网友 佚名 未知
    admin administrator staff reporter reporters editor editors team newsroom the and by in of for
    本网 本站 原创 转载 新闻 图 文 图文 视频 综述 专稿 特稿 本人 字号 大字号 中字号 小字号 默认 打印 关闭
    分享 收藏 返回 首页 正文 评论 推荐 更多 登录 注册 隐身登录 退出登录 游客 匿名 网友评论
    文章 最新文章 其他文章 更多文章 相关文章 热门文章 最新 昨天 今天 前天 刚刚
""".split())
# (a heading over the writer's other articles, "作者最新文章", reads as a label and a name;
#  a relative time, "昨天", stands where a byline name would)

# Common Chinese family names (single characters), to split bylines whose names a text browser
# ran together ("作者：宋怡杨志华" -> 宋怡, 杨志华).  Characters that are far more often ordinary
# words than names (和, 时, 平, 成, 明, 国, ...) are left out on purpose.
# (roughly from the most common down: the first hundred or so carry most people's names)
_SURNAMES_BY_FREQUENCY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴"
    "莫孔向汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌"
    "毕单季裴霍涂苗谷盛曲翁冉骆蓝蒙鲍喻祁蒲房滕屈饶牟艾尤穆卓缪简项麦褚娄窦戚岑景党宫费卜冷晏席卫米"
    "柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁荣巫寇桑郎甄丛仲虞敖巩佘池麻苑迟邝匡鞠惠荆冀郁胥储栗燕楚鄢谌奚"
    "粟冼蔺闻厉仝郜阚帅屠朴廉禹祖漆卿狄宣晋芮扈晁阙薄邸雍辜裘亓邰赫杭宿逯茹诸慕亢嵇湛戎茅揭尉檀")
SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY)
# The hundred most common: where two cuts of run-together names tie, the one that reads a rarer
# family name ("刘韬刘|晋芳" against "刘韬|刘晋芳") is the less likely.
COMMON_SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY[:100])
# Two-character family names: a four-character name starting with one is one name.
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "夏侯",
                     "轩辕", "长孙", "宇文", "司徒", "端木", "西门", "独孤", "南宫", "呼延")

# Places a reporter files from, by the names a byline opens them with ("记者 彭冲 山东冠县报道",
# "（姚峰 上海报道）"): provinces and regions, their capitals and other large cities, and the
# foreign cities Chinese papers keep correspondents in.  A text browser that drops the spaces
# between CJK words leaves "彭冲山东冠县报道": a known place tells where the name ends.
REPORTING_PLACES = tuple("""
    北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南
    四川 贵州 云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门
    石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 南宁 海口
    成都 贵阳 昆明 拉萨 西安 兰州 西宁 银川 乌鲁木齐 台北 深圳 大连 青岛 宁波 厦门 苏州 无锡 温州 东莞
    佛山 珠海 汕头 烟台 洛阳 唐山 保定 徐州 常州 南通 绍兴 嘉兴 泉州 潍坊 临沂 桂林 三亚 延安
    华盛顿 纽约 洛杉矶 旧金山 芝加哥 伦敦 巴黎 柏林 莫斯科 东京 首尔 汉城 新德里 曼谷 新加坡 悉尼
    多伦多 渥太华 日内瓦 布鲁塞尔 维也纳 罗马 开罗 联合国
""".split())

_MULTI_RE = re.compile(r"[\s|｜/·•]")
_PARTS_RE = re.compile(r"[\s|｜/·•]+")
_STRIP_RE = re.compile(r"[\s\W_]+", re.UNICODE)


# Full-width ASCII forms (Ｒｅｌａｔｅｄ, ：) folded to ASCII; cheaper than NFKC on every line.
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e]")


_ASCII_STRIP_RE = re.compile(r"[^A-Za-z0-9]+")


def key(text: str) -> str:
    """Compare form of a short line: case folded, full-width folded, no spaces or punctuation."""
    # The regex's \W is exactly "not str.isalnum()" (and "_" is not alphanumeric), so an
    # alphanumeric line has nothing to strip: one-word menu items, the common case, skip it.
    if text.isascii():
        if text.isalnum():
            k = text.lower()  # casefold() and lower() agree on ASCII
        else:
            k = text.replace(" ", "")
            k = k.lower() if k.isalnum() else _ASCII_STRIP_RE.sub("", text).lower()
    else:
        # Stripping before folding full-width forms gives the same key (the folding maps letters
        # and digits to letters and digits, punctuation to punctuation) and leaves little or
        # nothing to translate: full-width punctuation ("，：") is common, letters are rare.
        k = text if text.isalnum() else _STRIP_RE.sub("", text)
        if not k.isascii() and _FULLWIDTH_RE.search(k):
            k = k.translate(_FULLWIDTH)
        k = k.casefold()
    return k


def key_equals(text: str, k: str) -> bool:
    """``key(text) == k``, without folding all of a long ``text``.

    A key is the concatenation of the keys of any split of the text, so a prefix of ``text``
    whose key is already longer than ``k``, or is no prefix of ``k``, settles it.  Long body
    lines compared with a headline's key are settled by a short prefix.
    """
    # A line opening on an ASCII letter or digit or a common ideograph has a key that opens on
    # it, lower-cased: that settles most lines for the price of one character.
    c = text[:1]
    if c.isalnum() and (c < "\x80" or "\u4e00" <= c <= "\u9fff") and c.lower() != k[:1]:
        return False
    # The start of the key, read off the line without folding it, settles most others.
    start = _key_start(text)
    if start is not None and start != k[:4]:
        return False
    window = 2 * len(k) + 2
    if len(text) > window:
        head = key(text[:window])
        if len(head) > len(k) or not k.startswith(head):
            return False
    return key(text) == k


def _keys(words: str) -> set:
    return {key(w.replace("-", " ")) for w in words.split()}


TAIL_KEYS = set().union(*(_keys(v) for v in TAIL_HEADINGS.values()))
# A longer key is no tail heading: its line is longer than is_tail_heading's 24 characters.
_LONGEST_TAIL_KEY = 24
TEASER_LEADIN_KEYS = _keys(TEASER_LEADINS)
CONTROL_KEYS = _keys(" ".join(CONTROL_PHRASES))
# Long enough to say what follows ("mostread", "相关新闻"), unlike "评论" or "more".
_TAIL_PREFIX_LENGTHS = sorted({len(k) for k in TAIL_KEYS if len(k) >= 4 and (len(k) >= 7 or not k.isascii())})
# The first characters of every key a qualified heading can start with: a line whose key does
# not start with one of these cannot be "<tail key><qualifier>", which spares the loop.
_TAIL_PREFIX_HEADS = {k[:_TAIL_PREFIX_LENGTHS[0]] for k in TAIL_KEYS if len(k) in _TAIL_PREFIX_LENGTHS}
_TAIL_SUFFIXES = ("更多", "more", "查看更多")


# What a comment thread's count counts, in several languages: "34 responses", "71 Kommentare",
# "12 commentaires" (the tail patterns below and classify's comment-count lines share it).
COMMENT_COUNT_WORDS = (r"responses?|comments?|replies|reactions|thoughts"
                       r"|kommentare?|commentaires?|comentarios?|comentários|commenti|reacties|reaktionen")

# Headings with a count or a speaker: "34 responses to …", "共12条评论", "jdoe says:"
TAIL_PATTERN_RE = re.compile(
    r"^\d+\s+(?:" + COMMENT_COUNT_WORDS + r")\b|^(?:共|已有)?\s*\d+\s*(?:条评论|件评论|条回复|人参与|人评论)"
    # "One response to “Headline”", "No comments yet", "《标题》已有1件评论", "《标题》上有2条评论"
    r"|^(?:one|no)\s+(?:responses?|comments?|replies|thoughts)(?:\s+yet)?(?:\s+(?:to|on)\s+[“\"'‘«].*)?$"
    r"|^[《“][^》”]{1,80}[》”]\s*(?:已有|上有|有)\s*\d+\s*(?:条|件|篇)?(?:评论|回复|回应)"
    # (a text browser numbers a comment list's items: "3. theprocess12 says:")
    r"|^(?:\d{1,4}[.)]\s+)?\S{1,30}\s+(?:says|said|wrote|writes|replied):?$"
    r"|^#?\s*re\s*[:：]|^回复\s*[:：]|^\|?\s*(?:回复线索|回复列表|全部回复|相关回复|跟帖)"
    r"|^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|Previous|Next)\s*(?:article|post|story)?\s*[:：]"
    # an author's or company's profile under the article: "About Jane Roe", "Über Moritz Bachmann"
    r"|^(?-i:(?:About|Über|Sobre|À propos de|Informazioni su|Acerca de)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$",
    re.IGNORECASE)


# The footer of one entry on a page that lists several (blog home pages, forum threads): a date
# with posting metadata.  The article ends at the first one.
ENTRY_FOOTER_RE = re.compile(
    r"张贴|发表于|发布于|发表评论|篇评论|条评论|阅读\s*[(（:：]?\s*\d|浏览\s*[(（:：]?\s*\d|点击\s*[(（:：]?\s*\d"
    r"|\d+\s*(?:comments?|views|replies)\b|posted (?:by|at|on)|permalink|个阅览者|个浏览者"
    r"|第\s*\d+\s*楼", re.IGNORECASE)     # a forum post's floor: "楼层：第 2 楼 时间：2005-08-28 23:38"
# Every ENTRY_FOOTER_RE match holds one of these characters ("p" and "P" have no other
# IGNORECASE twins): one character class lets the regex engine skip ahead, where the pattern's
# top-level alternation makes it try every branch at every position.
_ENTRY_FOOTER_CHARS_RE = re.compile(r"[张发篇条阅浏点个pP\d]")


def has_entry_footer(text: str) -> bool:
    """``ENTRY_FOOTER_RE.search(text)``, ruling out lines without any of its characters first."""
    return (_ENTRY_FOOTER_CHARS_RE.search(text) is not None
            and ENTRY_FOOTER_RE.search(text) is not None)


# Characters a TAIL_PATTERN_RE match can start with (case variants included; "ſ" is an "s" to
# IGNORECASE), or, for the "jdoe says:" form, end with.  Digits and spaces are tested apart.
_TAIL_PATTERN_FIRST = frozenset("共已#rR回|全相跟上下PpNnAÜSÀIOo《“")
_TAIL_PATTERN_LAST = frozenset("sSſdDeE:\n")
_SPEAKER_VERBS = ("says", "said", "wrote", "writes", "replied")
# The same pattern for .match(): with every alternative anchored by "^" (and no MULTILINE), a
# search can only succeed at the start, and match() does not retry at every later position.
_TAIL_PATTERN_AT_START = re.compile(TAIL_PATTERN_RE.pattern, TAIL_PATTERN_RE.flags)


# Headings of an outlet's picks and of a topic's other items, named by what ends them: "DW
# recommends", "The Editors recommend", "More on this topic", "Audios and videos on the topic".
_PICKS_HEADING_RE = re.compile(
    r"^(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?\s+recommends?$"
    r"|^(?i:more|(?:audios?|videos?|articles?|stories|news|podcasts?)(?:\s+and\s+(?:audios?|videos?|articles?))?)"
    r"\s+(?i:on\s+(?:the|this)\s+(?:topic|subject))$")
_PICKS_ENDINGS = ("recommend", "recommends", "topic", "subject")


def has_tail_pattern(text: str) -> bool:
    """``TAIL_PATTERN_RE.search(text)`` or a picks heading (``_PICKS_HEADING_RE``), with cheap
    exact tests that rule most lines out first.

    Every alternative of the pattern is anchored at the start, so a line can only match when its
    first character can start one of them, or (for "<name> says:") its last character can end it.
    """
    if not text:
        return False
    if len(text) <= 40 and text[-1] in "dtsc" and text.endswith(_PICKS_ENDINGS) \
            and _PICKS_HEADING_RE.match(text):
        return True
    c = text[0]
    if c in _TAIL_PATTERN_FIRST or c.isdecimal() or c.isspace():
        return _TAIL_PATTERN_AT_START.match(text) is not None
    if text[-1] in _TAIL_PATTERN_LAST:
        if text.isascii():
            # "<name> says:" needs a space (ASCII whitespace is " " or unprintable), and on ASCII
            # the verb can be checked in lower case (IGNORECASE twins of its letters are not ASCII).
            if " " not in text and text.isprintable():
                return False
            end = text[:-1] if text[-1] == "\n" else text
            end = end[:-1] if end[-1:] == ":" else end
            if not end[-7:].lower().endswith(_SPEAKER_VERBS):
                return False
        return _TAIL_PATTERN_AT_START.match(text) is not None
    return False


def is_tail_key(k: str) -> bool:
    """The key (see :func:`key`) of a short line names a tail heading, possibly with a qualifier
    ("mostreadinworld", "相关新闻推荐"), a "more" suffix or a trailing count."""
    if not k or len(k) > _LONGEST_TAIL_KEY:
        return False
    if k in TAIL_KEYS:
        return True
    # "Most read in world news", "相关新闻推荐": a tail heading with a qualifier
    n_k = len(k)
    shortest = _TAIL_PREFIX_LENGTHS[0]
    if n_k > shortest and k[:shortest] in _TAIL_PREFIX_HEADS:
        for n in _TAIL_PREFIX_LENGTHS:
            if n < n_k and k[:n] in TAIL_KEYS:
                return n_k <= 30
    # "相关新闻更多", "评论12", "commentscount": strip a known suffix
    if k.endswith(("多", "e")):
        for suffix in _TAIL_SUFFIXES:
            if k.endswith(suffix) and k[: -len(suffix)] in TAIL_KEYS:
                return True
    if k[-1] in "0123456789":
        stripped = k.rstrip("0123456789")
        if stripped in TAIL_KEYS:
            return True
    return False


def is_tail_heading(text: str, k: Optional[str] = None) -> bool:
    """True for a short line that announces a related/comment/hot-list block.

    Tolerates decoration: "相关新闻：", "【猜你喜欢】", "Related Stories", "相关新闻 更多>>"; a
    trailing count such as "评论(5)" or "Comments (12)".
    """
    if has_tail_pattern(text):
        return True
    if len(text) > 24:
        return False
    return is_tail_key(key(text) if k is None else k)


_CONTROL_RE = re.compile(
    r"^(?:(?:share|share on \w+|share via \w+|click to \w+|email|e-mail|print|tweet|pin|save|follow us"
    r"|listen to this article|\d+ min read|read more|continue reading( below)?|show comments)\b"
    r"|(?:tags?|topics?|filed under|标签|关键词|標籤|關鍵字)\s*[:：])",
    re.IGNORECASE)


# Characters a _CONTROL_RE match can start with, case variants included; digits are tested apart.
_CONTROL_FIRST = frozenset("sSſcCeEpPtTfFlLrR标关標關")
# Every key a tail heading or a run of controls can start with (is_tail_key wants a tail key at
# the start of the line's key; a run of controls starts with a control key).  All have two
# characters or more.
_START_KEYS = frozenset(TAIL_KEYS | CONTROL_KEYS)
assert min(map(len, _START_KEYS)) >= 2
# The first four characters of a line's key decide whether it can start with one of them: they
# must begin one (or be one), or begin with one of two or three characters.
_START_KEY_HEADS = frozenset(k[:i] for k in _START_KEYS for i in range(1, 5))
# Characters that :func:`key` removes (none is a letter or digit), common at the start of menu
# items and list entries: stripping them from the left leaves the start of the key.
_LEADING_NON_WORD = " \t\u3000\u00a0•·●○◆◇■□▪▫▶►▸→»›>-–—*#+~|/\\[](){}<>【】〔〕〖〗［］（）「」『』《》〈〉“”\"'‘’:：,，.。、;；!！?？_"
assert not any(c.isalnum() for c in _LEADING_NON_WORD)


def _key_start(text: str) -> Optional[str]:
    """The first (up to) four characters of ``key(text)`` when they can be read off the start of
    the line (letters or digits there), else None."""
    if not text[:1].isalnum():
        text = text.lstrip(_LEADING_NON_WORD)
    head = text[:4]
    if not head.isalnum():  # also False for ""
        # Spaces between the first words ("DOW JONES", "Sign In") are dropped by key() too.
        head = text[:16].replace(" ", "")[:4]
        if not head.isalnum():
            return None
    if not head.isascii() and _FULLWIDTH_RE.search(head):
        head = head.translate(_FULLWIDTH)
    return head.casefold()[:4]


# The first two characters of every start key: _may_start_with_key(start) holds for a start
# of two characters or more only if its first two are one of these.
_START_PAIRS = frozenset(k[:2] for k in _START_KEYS)


def _may_start_with_key(start: str) -> bool:
    """Whether a key beginning with ``start`` (its first four characters, or all of it) can start
    with one of _START_KEYS: a longer key begins with ``start``, a shorter one begins it."""
    return start in _START_KEY_HEADS or start[:2] in _START_KEYS or start[:3] in _START_KEYS


def short_line_flags(text: str) -> int:
    """1 when a line of at most 40 characters with no :func:`has_tail_pattern` is a tail heading,
    2 when it is a page control, else 0: ``is_tail_heading`` then ``is_control``, sharing work.

    Runs on most lines of a page.  The start of the line's key is usually plain to see (letters
    after some bullets or brackets); when no tail or control key can start that way, neither
    the key nor its parts can match and only _CONTROL_RE is left to try, without computing the
    key.
    """
    # Most lines open on two letters or ideographs, which are then the first two characters
    # of the key (lower-cased; ideographs have no case): when no start key begins with them, the
    # test below fails for the same reason, so skip the reading of the start.
    pair = text[:2]
    if len(pair) == 2 and pair.isalnum() and (
            pair.lower() not in _START_PAIRS if pair.isascii()
            else "\u4e00" <= pair[0] <= "\u9fff" and "\u4e00" <= pair[1] <= "\u9fff"
            and pair not in _START_PAIRS):
        c = text[0]
        return 2 if (c in _CONTROL_FIRST or c.isdecimal()) and _CONTROL_RE.match(text) else 0
    start = _key_start(text)
    if start is None:
        k = key(text)
        if not k:
            return 2  # no tail key; is_control: an empty key is a control
        start = k[:4]
    else:
        k = None
    if not _may_start_with_key(start):
        c = text[0]
        if (c in _CONTROL_FIRST or c.isdecimal()) and _CONTROL_RE.match(text):
            return 2
        return 0
    if k is None:
        k = key(text)
    if len(text) <= 24 and is_tail_key(k):
        return 1
    return 2 if is_control(text, k) else 0


def is_control(text: str, k: Optional[str] = None) -> bool:
    """True for a page-control line (share/print/font size/close window...)."""
    if len(text) > 40:
        return False
    if text and (text[0] in _CONTROL_FIRST or text[0].isdecimal()) and _CONTROL_RE.match(text):
        return True
    k = key(text) if k is None else k
    if not k or k in CONTROL_KEYS:
        return True
    # A line with no separator is one control or none; str.isalnum() rules out every character
    # of _MULTI_RE without a regex call.  Several controls: the key starts with the first one's.
    if not _may_start_with_key(k[:4]) or text.isalnum() or not _MULTI_RE.search(text):
        return False
    # several controls on one line: "打印 | 关闭窗口 | 返回顶部"
    parts = 0
    for piece in _PARTS_RE.split(text):
        k = key(piece)
        if not k:
            continue
        if k not in CONTROL_KEYS and k not in TAIL_KEYS:
            return False
        parts += 1
    return parts >= 2


# What a page shows a reader whose browser runs no script or plays no video, and a text browser
# prints: "Please enable JavaScript to view the comments", "Your browser does not support the
# video tag.", "您的浏览器不支持…".  Never the article's text.
FALLBACK_NOTICE_RE = re.compile(
    r"(?:enable|turn on|activate|allow)\s+javascript|javascript\s+(?:is|must be|has been)\s+"
    r"(?:required|disabled|turned off|not enabled|needed)|(?:requires?|needs?)\s+javascript"
    r"|your browser (?:does not|doesn't|can ?not) (?:support|display|play)"
    r"|(?:开启|启用|打开|允许|開啟|啟用)\s*javascript|浏览器(?:不支持|禁用了|未启用)|瀏覽器(?:不支援|不支持)",
    re.IGNORECASE)


def is_fallback_notice(text: str) -> bool:
    """A line of :data:`FALLBACK_NOTICE_RE`, found by cheap substring tests first (its words as
    pages write them: "JavaScript", "Javascript", "JAVASCRIPT", "browser", "BROWSER")."""
    return ("avaScript" in text or "avascript" in text or "AVASCRIPT" in text or "rowser" in text
            or "ROWSER" in text or "浏览器" in text or "瀏覽器" in text) \
        and FALLBACK_NOTICE_RE.search(text) is not None


# "版权所有者" / "版权所有人" is the copyright holder a sentence talks about, not the notice.
_FOOTER_NOT_BEFORE = {"版权所有": "者人", "版權所有": "者人"}
_FOOTER_RE = re.compile("|".join(
    re.escape(m) + (f"(?![{_FOOTER_NOT_BEFORE[m]}])" if m in _FOOTER_NOT_BEFORE else "")
    for m in FOOTER_MARKERS))
# The markers an ASCII line can hold, tested with plain substring searches (cheaper than the regex).
_ASCII_FOOTER_MARKERS = tuple(m for m in FOOTER_MARKERS if m.isascii())
_SHORTEST_ASCII_FOOTER_MARKER = min(map(len, _ASCII_FOOTER_MARKERS))
# Every ASCII marker is a phrase (holds a space), so an ASCII line without one holds none.
_ASCII_FOOTER_MARKERS_SPACED = all(" " in m for m in _ASCII_FOOTER_MARKERS)


def is_teaser_leadin_key(k: str) -> bool:
    """The key of a line names a teaser lead-in ("related", "readmore"), possibly qualified
    ("relatedlinks", "trendingnews")."""
    if k in TEASER_LEADIN_KEYS:
        return True
    return len(k) <= 24 and k.startswith(_LONG_TEASER_LEADIN_KEYS)


# Lead-ins long enough to be qualified ("relatedlinks", "trendingnews") and still say what they are.
_LONG_TEASER_LEADIN_KEYS = tuple(sorted(t for t in TEASER_LEADIN_KEYS if len(t) >= 7))


def is_promo(text: str) -> bool:
    """A call to action: "Follow us on Twitter", "Subscribe to our newsletter", "Have a tip?
    … may be reached at …" (see PROMO_STARTS / PROMO_PHRASES)."""
    lower = text.lstrip("•·*-–—>»[( ").lower()
    return lower.startswith(PROMO_STARTS) or any(p in lower for p in PROMO_PHRASES)


def has_footer_marker(text: str) -> bool:
    """True when the line carries copyright/legal/licence wording."""
    if text.isascii():
        if len(text) < _SHORTEST_ASCII_FOOTER_MARKER or (
                _ASCII_FOOTER_MARKERS_SPACED and " " not in text):
            return False
        for marker in _ASCII_FOOTER_MARKERS:
            if marker in text:
                return True
        return False
    return _FOOTER_RE.search(text) is not None
