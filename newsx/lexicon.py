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
        新闻推荐 相关新闻 相关阅读 相关文章 相关报道 相关链接 相关内容 相关专题 相关资讯 相关推荐 相关稿件
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
        you-may-also-like you-might-also-like recommended recommended-for-you recommended-stories
        most-read most-popular most-viewed most-shared trending trending-now popular top-stories latest-news
        latest-stories editors-picks what-to-read-next read-next up-next around-the-web sponsored-content
        from-the-web comments comment leave-a-comment leave-a-reply post-a-comment join-the-conversation
        share-this share-this-article share-this-story share-on tags topics see-also further-reading newsletter sign-up
        subscribe more-like-this about-the-author
    """,
    "other": """
        ähnliche-artikel mehr-zum-thema kommentare leia-também leia-mais comentários notícias-relacionadas
        articoli-correlati commenti читайте-также комментарии похожие-новости 관련기사 댓글 많이-본-뉴스
        関連記事 コメント 人気記事 おすすめ
    """,
}

# Lines that are page controls, never content.
CONTROL_PHRASES = """
    分享到 分享至 收藏本文 打印本页 打印 关闭窗口 关闭 返回顶部 返回首页 字号 大中小 字体 默认 展开全文 阅读全文
    点击查看 点击进入 进入论坛 我要投稿 复制链接 复制地址 繁体 简体 纠错 举报 扫一扫 扫描二维码 手机看新闻 加入收藏
    print email share tweet facebook twitter linkedin whatsapp pinterest reddit copylink copy-link
    advertisement ad sponsored loading skip-to-content skip-to-main-content back-to-top close menu search
    sign-in log-in login register subscribe
""".split()

# Footer / legal / credit markers: a line containing one of these is not body text.
FOOTER_MARKERS = (
    "版权所有", "版权归", "版權所有", "未經授權", "不得轉載", "未经授权", "不得转载", "禁止转载", "转载请注明", "ICP备", "ICP证", "公网安备",
    "网络传播视听节目许可证", "违法和不良信息举报", "本网站", "本站所有", "免责声明", "All rights reserved",
    "all rights reserved", "Copyright ©", "Copyright©", "© Copyright", "Terms of Use", "Privacy Policy",
    "Terms of Service", "Cookie Policy",
)

# Editor credits end an article: "责任编辑：张三", "(编辑：李四)".
EDITOR_RE = re.compile(
    r"^[\[【（(]?\s*(?:责任编辑|责编|编辑|校对|审核|签发|终审|值班编辑|本文编辑|責任編輯|編輯|Editor|Edited by|Editing by)"
    r"\s*[:：\s]", re.IGNORECASE)

# Byline labels.  Values are read by fields.py.
SOURCE_LABELS = ("来源", "來源", "稿源", "出处", "来自", "消息来源", "文章来源", "新闻来源", "信息来源", "Source", "source")
DATE_LABELS = ("发布时间", "發布時間", "發佈時間", "更新時間", "時間", "发表时间", "发布日期", "更新时间", "时间", "日期", "发表于", "发布于", "更新于",
               "Published", "Updated", "Posted", "Date")
AUTHOR_LABELS = ("作者", "記者", "撰文", "文", "撰文", "撰稿", "记者", "本报记者", "本刊记者", "实习记者", "特约记者", "通讯员",
                 "本报通讯员", "见习记者", "首席记者", "编译", "By", "by", "Author", "Written by")

# Words that look like names after an author label but are not.
NOT_NAMES = set("""
    本报 本刊 记者 通讯员 实习生 编辑 责任编辑 摄影 摄 报道 综合 整理 来源 发布 时间 日期 作者 网友 佚名 未知
    admin administrator staff reporter reporters editor editors team newsroom the and by in of for
    本网 本站 原创 转载 新闻 图 文 图文 视频 综述 专稿 特稿 本人 字号 大字号 中字号 小字号 默认 打印 关闭
    分享 收藏 返回 首页 正文 评论 推荐 更多 登录 注册 游客 匿名 网友评论
""".split())

_MULTI_RE = re.compile(r"[\s|｜/·•]")
_PARTS_RE = re.compile(r"[\s|｜/·•]+")
_STRIP_RE = re.compile(r"[\s\W_]+", re.UNICODE)


# Full-width ASCII forms (Ｒｅｌａｔｅｄ, ：) folded to ASCII; cheaper than NFKC on every line.
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH_RE = re.compile("[\uff01-\uff5e]")


def key(text: str) -> str:
    """Compare form of a short line: case folded, full-width folded, no spaces or punctuation."""
    if not text.isascii() and _FULLWIDTH_RE.search(text):
        text = text.translate(_FULLWIDTH)
    return _STRIP_RE.sub("", text).casefold()


def _keys(words: str) -> set:
    return {key(w.replace("-", " ")) for w in words.split()}


TAIL_KEYS = set().union(*(_keys(v) for v in TAIL_HEADINGS.values()))
CONTROL_KEYS = _keys(" ".join(CONTROL_PHRASES))
# Long enough to say what follows ("mostread", "相关新闻"), unlike "评论" or "more".
_TAIL_PREFIX_LENGTHS = sorted({len(k) for k in TAIL_KEYS if len(k) >= 4 and (len(k) >= 7 or not k.isascii())})


# Headings with a count or a speaker: "34 responses to …", "共12条评论", "jdoe says:"
TAIL_PATTERN_RE = re.compile(
    r"^\d+\s+(?:responses?|comments?|replies|reactions|thoughts)\b|^(?:共|已有)?\s*\d+\s*(?:条评论|条回复|人参与|人评论)"
    r"|^\S{1,30}\s+(?:says|said|wrote|writes|replied):?$"
    r"|^#?\s*re\s*[:：]|^回复\s*[:：]|^\|?\s*(?:回复线索|回复列表|全部回复|相关回复|跟帖)"
    r"|^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|Previous|Next)\s*(?:article|post|story)?\s*[:：]", re.IGNORECASE)


# The footer of one entry on a page that lists several (blog home pages, forum threads): a date
# with posting metadata.  The article ends at the first one.
ENTRY_FOOTER_RE = re.compile(
    r"张贴|发表于|发布于|发表评论|篇评论|条评论|阅读\s*[(（:：]?\s*\d|浏览\s*[(（:：]?\s*\d|点击\s*[(（:：]?\s*\d"
    r"|\d+\s*(?:comments?|views|replies)\b|posted (?:by|at|on)|permalink|个阅览者|个浏览者", re.IGNORECASE)


def is_tail_heading(text: str, k: Optional[str] = None) -> bool:
    """True for a short line that announces a related/comment/hot-list block.

    Tolerates decoration: "相关新闻：", "【猜你喜欢】", "Related Stories", "相关新闻 更多>>"; a
    trailing count such as "评论(5)" or "Comments (12)".
    """
    if TAIL_PATTERN_RE.search(text):
        return True
    if len(text) > 24:
        return False
    k = key(text) if k is None else k
    if not k or len(k) > 16:
        return False
    if k in TAIL_KEYS:
        return True
    # "Most read in world news", "相关新闻推荐": a tail heading with a qualifier
    for n in _TAIL_PREFIX_LENGTHS:
        if n < len(k) and k[:n] in TAIL_KEYS:
            return len(k) <= 30

    # "相关新闻更多", "评论12", "commentscount": strip a known suffix
    for suffix in ("更多", "more", "查看更多"):
        if k.endswith(suffix) and k[: -len(suffix)] in TAIL_KEYS:
            return True
    stripped = k.rstrip("0123456789")
    if stripped != k and stripped in TAIL_KEYS:
        return True
    return False


_CONTROL_RE = re.compile(
    r"^(?:(?:share|share on \w+|share via \w+|click to \w+|email|e-mail|print|tweet|pin|save|follow us"
    r"|listen to this article|\d+ min read|read more|continue reading( below)?|show comments)\b"
    r"|(?:tags?|topics?|filed under|标签|关键词|標籤|關鍵字)\s*[:：])",
    re.IGNORECASE)


def is_control(text: str, k: Optional[str] = None) -> bool:
    """True for a page-control line (share/print/font size/close window...)."""
    if len(text) > 40:
        return False
    if _CONTROL_RE.match(text):
        return True
    k = key(text) if k is None else k
    if not k or k in CONTROL_KEYS:
        return True
    if not _MULTI_RE.search(text):
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


_FOOTER_RE = re.compile("|".join(re.escape(m) for m in FOOTER_MARKERS))


def has_footer_marker(text: str) -> bool:
    """True when the line carries copyright/legal/licence wording."""
    return _FOOTER_RE.search(text) is not None
