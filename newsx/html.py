"""HTML -> paragraph-level blocks, with the DOM's extra signals folded into ``Block.hint``.

One pass over a safely parsed lxml tree (no network, no DTD or external entities, comments and
processing instructions dropped, input cut at :data:`MAX_CHARS`, libxml2's default depth limit)
turns the page into the same :class:`~newsx.model.Block` list the text segmenter produces, so
one classifier serves both.  The walk is iterative (lxml's ``iter``), never recursive.

Blocks
    Paragraph-level elements (p, h1-h6, li, dt/dd, td/th, blockquote, pre, figcaption/caption)
    and text that sits directly in containers (div, section, td ...).  Inline elements (a, span,
    font, b, strong, em, unknown tags ...) are part of their parent's text.  ``<br>`` splits
    text: when an element's text falls into two or more pieces, each piece is a block of kind
    ``"line"`` with ``gap_before`` = blank lines the ``<br>`` run made (``<br><br>`` -> 1) and
    ``indent`` = leading full-width spaces / nbsp in columns, like a text dump's lines (old
    Chinese pages put a whole article into one ``<td>`` with ``<br><br>`` between paragraphs).
    ``<pre>`` gives one block per line (kind ``"pre"``, ``indent`` = leading spaces).  Dropped:
    script, style, noscript, template, form controls, iframes, svg, canvas, media, and elements
    hidden by ``hidden``, ``aria-hidden="true"`` or an inline ``display:none`` /
    ``visibility:hidden`` (unless that would hide most of the page's text).
    HTML blocks also carry ``link_chars``, ``link_count``, ``path`` (last
    :data:`_PATH_SEGMENTS` ``tag#id.class`` segments) and ``level`` (headings).

Hint (float, about -3.7 .. +3.5; > 0 article-like container, < 0 boilerplate-like)
    Sum of two pieces of evidence about the container a block sits in:

    * *density* (text density / symbol density, one post-order accumulation): every container
      is scored by the non-link, punctuated text of the paragraphs it holds, plus half of its
      children's and a quarter of its grandchildren's, weighted by its markup.  Blocks in the
      best container get +1 (+0.3 / -0.5 when they sit in a nested box whose own text is
      unpunctuated or mostly links: captions strips, link boxes, ad tables); so do blocks in
      siblings that score comparably and in containers with the same ``tag.class`` signature
      (articles split around figures or ads).  A data table (rows of short, unlinked text
      cells: :func:`_data_tables`, ``Block.grid``) inside the article gets full credit, and one
      right after the article container (or after the layout table holding it) joins it.  Blocks outside get -0.3 per step from the best
      container up to the common ancestor (at most -1.2).
    * *markup* (within +-2.5): class/id tokens, English and pinyin (content, article, zhengwen,
      neirong ... / nav, footer, related, tuijian, pinglun, share ...), split on ``-``, ``_``,
      digits and camelCase, with substring evidence for compounds ("newscontent"); semantic
      elements (article/main +, nav/aside/footer -), ARIA roles, microdata (``itemprop=
      "articleBody"`` strongly +).  Along the path the nearest boilerplate-like container wins
      over article-like ancestors.  Names of the best container's ancestors count half (or not
      at all when negative: ``class="page has-sidebar"``), and article-like names outside the
      best container count 30%.

Page.meta
    What :func:`newsx.markup.read_meta` reads (keys documented in ``markup.META_KEYS``), with
    ``h1`` re-chosen near the article container, plus ``container``: the tag path of the best
    container (for ``newsx explain``).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import chain
from functools import lru_cache
from math import exp
from typing import Any, Dict, List, Optional, Tuple

from lxml import etree

from .markup import read_meta
from .model import Block, Page

MAX_CHARS = 10_000_000          # longer input is cut (with a warning) before parsing
_PATH_SEGMENTS = 10             # Block.path keeps the last N container segments
_CHUNK = 256                    # the walk's per-container accumulators grow by this much
_ZEROS = (0,) * _CHUNK
_FZEROS = (0.0,) * _CHUNK

# Elements that never carry article text (or are invisible); removed with their content but
# keeping their tail text.  <form> itself stays: ASP.NET pages wrap the whole page in one.
_DROP_TAGS = frozenset((
    "script", "style", "noscript", "template", "input", "select", "textarea", "button", "option",
    "optgroup", "datalist", "iframe", "frame", "frameset", "noframes", "svg", "math", "canvas",
    "object", "embed", "applet", "audio", "video", "source", "track", "map", "area", "param",
    "head", "title", "meta", "link", "base", "noembed", "dialog",
))

# Block-level element -> Block.kind of text it owns directly.  Everything else is inline.
_KIND: Dict[str, str] = {}
for _t in ("p", "blockquote", "address"):
    _KIND[_t] = "p"
for _t in ("h1", "h2", "h3", "h4", "h5", "h6"):
    _KIND[_t] = "heading"
for _t in ("li", "dt", "dd"):
    _KIND[_t] = "li"
for _t in ("td", "th"):
    _KIND[_t] = "td"
for _t in ("pre", "listing", "xmp", "plaintext"):
    _KIND[_t] = "pre"
for _t in ("caption", "figcaption", "legend", "summary"):
    _KIND[_t] = "caption"
for _t in ("div", "section", "article", "main", "header", "footer", "nav", "aside", "ul", "ol",
           "dl", "menu", "dir", "table", "thead", "tbody", "tfoot", "tr", "figure", "center",
           "form", "fieldset", "details", "hgroup", "body", "html", "hr", "marquee", "search",
           "colgroup"):
    _KIND[_t] = "div"

# What the walk does at an element's start, in one lookup: a container kind (from _KIND), "a"
# (link), "br", _DROP (skip with content), or absent (inline: text joins the parent's).
_DROP = "drop"
_TAG_CODE: Dict[str, str] = dict(_KIND, a="a", br="br")
_TAG_CODE.update(dict.fromkeys(_DROP_TAGS, _DROP))

# Paragraph-like elements: for container scoring their text counts for the enclosing container.
_PARA = frozenset(("p", "blockquote", "address", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt",
                   "dd", "pre", "listing", "xmp", "plaintext", "caption", "figcaption", "legend",
                   "summary"))
# Wrappers skipped when looking for the container of a paragraph-like element.
_WRAPPERS = frozenset(("ul", "ol", "dl", "menu", "dir", "tbody", "thead", "tfoot", "tr", "hgroup"))

# Sentence punctuation, CJK and Latin: the "symbol density" of running text.
_PUNCT_RE = re.compile(r"[，。！？；：、,.!?;:…]")
# (ASCII text can hold only the ASCII marks of that class, .,?!:; which the walk tests with six
# substring searches in C: cheaper than the regex's per-character class test.)
_CJK = r"\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
# A segment break between two East Asian wide characters renders as nothing (CSS Text 3): a run
# of [ \t\r\f]* \n [ \t\r\n\f]* right after a wide character and right before one.  Written to
# start with the run's first character and check the wide character before it by lookbehind
# (the same matches as "(?<=[wide])[ \t\r\f]*\n..."): a pattern that starts with a character
# class lets the regex engine skip to whitespace instead of trying a match at every character.
_CJK_BREAK_RE = re.compile(rf"[ \t\r\f\n](?<=[{_CJK}][ \t\r\f\n])(?:(?<=\n)|[ \t\r\f]*\n)"
                           rf"[ \t\r\n\f]*(?=[{_CJK}])")
_INVISIBLE = {0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None, 0x00AD: None, 0x2060: None}
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad\u2060]")

# ---------------------------------------------------------------------------------------------
# Class / id tokens.  Weights are evidence, not rules: article-like > 0, boilerplate-like < 0.
_POS = {
    "article": 1.5, "artical": 1.5, "articles": 0.3, "artibody": 2.0, "articlebody": 2.5,
    "arti": 0.8, "content": 1.0, "contents": 0.6, "cont": 0.8, "cnt": 0.6, "con": 0.3,
    "text": 0.8, "txt": 0.8, "body": 0.8, "story": 1.0, "entry": 0.8, "post": 0.6, "main": 0.5,
    "zhengwen": 2.0, "zw": 1.0, "neirong": 1.5, "wenzhang": 1.5, "detail": 1.0, "details": 1.0,
    "xiangqing": 1.0, "news": 0.2, "paragraph": 0.5, "para": 0.4, "blog": 0.3, "prose": 0.8,
    "markdown": 0.5, "hentry": 0.5, "zoom": 1.0, "fontzoom": 1.0, "single": 0.3, "read": 0.3,
    "reading": 0.3, "rich": 0.3, "copy": 0.2, "printable": 0.5, "mainbody": 1.0, "maintext": 1.0,
}
_NEG = {
    # navigation
    "nav": -2.5, "navbar": -2.5, "navigation": -2.5, "navi": -2.0, "subnav": -2.5, "menu": -2.0,
    "submenu": -2.0, "dropdown": -1.0, "breadcrumb": -2.5, "breadcrumbs": -2.5, "crumb": -2.5,
    "crumbs": -2.5, "location": -1.0, "position": -0.5, "path": -1.0, "weizhi": -1.5,
    "daohang": -2.0, "dangqian": -0.5, "sitemap": -2.0, "skip": -1.5,
    # page furniture
    "footer": -2.0, "foot": -1.5, "colophon": -2.0, "bottom": -1.5, "dibu": -2.0,
    "yejiao": -2.0, "top": -0.5, "topbar": -1.5, "dingbu": -1.5, "sidebar": -2.5, "side": -1.5,
    "aside": -1.5,
    "sider": -1.5, "rail": -1.5, "widget": -1.0, "widgets": -1.0, "right": -0.5, "aux": -1.0,
    "secondary": -1.0, "extra": -0.5, "logo": -1.5, "copyright": -2.5, "banquan": -2.5,
    "disclaimer": -2.0, "shengming": -1.5, "mianze": -2.0, "legal": -1.5, "contact": -1.0,
    "lianxi": -1.0, "about": -0.5, "links": -1.0, "friend": -1.0, "youqing": -2.0,
    "lianjie": -1.0, "partner": -1.0, "partners": -1.0,
    # related / recommended / hot lists
    "related": -2.5, "relate": -2.5, "relative": -1.5, "xiangguan": -2.0, "similar": -1.5,
    "recommend": -2.0, "recommended": -2.0, "recommendation": -2.0, "recommendations": -2.0,
    "tuijian": -2.0, "suggest": -1.5, "suggested": -1.5, "hot": -1.5, "hots": -1.5,
    "redian": -1.5, "remen": -1.5, "rank": -1.5, "ranking": -1.5, "paihang": -2.0,
    "popular": -1.5, "trending": -1.5, "most": -0.5, "more": -0.5, "gengduo": -1.0,
    "next": -0.5, "prev": -0.5, "previous": -0.5, "list": -1.0, "lists": -1.0, "feed": -1.0,
    "teaser": -1.5, "teasers": -1.5, "card": -0.5, "cards": -0.5, "zhuanti": -0.5,
    "ticker": -1.5, "marquee": -1.5, "slide": -1.0, "slider": -1.0, "carousel": -1.0,
    "swiper": -1.0, "outbrain": -2.5, "taboola": -2.5,
    # comments
    "comment": -2.5, "comments": -2.5, "cmt": -2.0, "pinglun": -2.5, "reply": -1.5,
    "replies": -1.5, "discuss": -1.5, "disqus": -2.5, "respond": -2.0, "feedback": -1.5,
    # share / tools / controls
    "share": -2.0, "sharing": -2.0, "fenxiang": -2.0, "social": -1.5, "sns": -1.5,
    "jiathis": -2.0, "qrcode": -1.5, "follow": -1.5, "print": -1.0, "email": -1.0,
    "tool": -1.0, "tools": -1.0, "toolbar": -1.5, "utility": -1.0, "icon": -1.0, "icons": -1.0,
    "btn": -1.0, "button": -1.0, "pagination": -1.5, "pager": -1.5, "paging": -1.5,
    "fenye": -1.0, "tags": -1.5, "tag": -1.0, "keyword": -1.0, "keywords": -1.0,
    "categories": -1.0, "category": -0.5, "player": -0.5,
    # ads / promos / accounts / overlays
    "ad": -2.0, "ads": -2.0, "adv": -2.0, "advert": -2.0, "adverts": -2.0, "advertising": -2.0,
    "advertisement": -2.0, "adsbygoogle": -2.5, "guanggao": -2.0, "gg": -1.5, "sponsor": -2.0,
    "sponsored": -2.0, "promo": -1.5, "promotion": -1.5, "banner": -1.5, "dfp": -2.0,
    "login": -2.0, "signin": -2.0, "signup": -1.5, "register": -1.5, "denglu": -2.0,
    "zhuce": -1.5, "account": -1.0, "subscribe": -1.5, "subscription": -1.5,
    "newsletter": -1.5, "paywall": -1.5, "search": -2.0, "sousuo": -2.0, "cookie": -2.0,
    "cookies": -2.0, "consent": -2.0, "gdpr": -2.0, "modal": -1.5, "popup": -1.5,
    "overlay": -1.0, "dialog": -1.5, "hidden": -1.5, "hide": -1.0, "offscreen": -1.5,
    "bio": -1.0,
}
# Page-header tokens: boilerplate alone, neutral next to an article token (entry-header,
# article-head hold the headline and byline).
_HEAD = {"header": -1.0, "head": -1.0, "masthead": -2.0, "toubu": -1.5}
# A state prefix neutralises the token after it: "no-sidebar", "has-comments", "with-ads".
_NEGATORS = frozenset(("no", "has", "with", "without"))
# CSS-framework utility prefixes: "text-center", "text-muted", "font-bold", "bg-light" say
# nothing about the content, so the prefix token is not evidence when more tokens follow.
_UTILITY = frozenset(("text", "txt", "font", "bg", "border", "align", "float", "d", "flex",
                      "js", "is", "u"))
# Unknown compound tokens ("newscontent", "hotnews", "relatedposts"): substring evidence.
_FALLBACK = (
    ("articlebody", 2.5), ("artibody", 2.0), ("zhengwen", 2.0), ("neirong", 1.5),
    ("wenzhang", 1.5), ("article", 1.5), ("artical", 1.5), ("content", 1.0), ("detail", 1.0),
    ("story", 1.0),
    ("breadcrumb", -2.5), ("copyright", -2.5), ("comment", -2.5), ("pinglun", -2.5),
    ("related", -2.5), ("recommend", -2.0), ("tuijian", -2.0), ("xiangguan", -2.0),
    ("sidebar", -2.5), ("footer", -2.0), ("navbar", -2.5), ("navigation", -2.5),
    ("menu", -2.0), ("share", -2.0), ("fenxiang", -2.0), ("banner", -1.5), ("login", -2.0),
    ("search", -2.0), ("advert", -2.0), ("guanggao", -2.0), ("paihang", -2.0),
    ("popular", -1.5), ("widget", -1.0), ("toolbar", -1.5), ("social", -1.5),
    ("subscribe", -1.5), ("newsletter", -1.5), ("sponsor", -2.0), ("promo", -1.5),
    ("youqing", -2.0), ("crumb", -2.5),
)
_FALLBACK_PREFIX = (("nav", -2.5), ("hot", -1.5), ("ads", -2.0), ("header", -1.0))
_FALLBACK_SUFFIX = (("text", 0.8), ("body", 0.8), ("nav", -2.5), ("tags", -1.5),
                    ("list", -1.0), ("header", -1.0), ("head", -1.0))

_FALLBACK_W = dict(_FALLBACK)
# Longest keys first so that "articlebody" wins over "article".
_FALLBACK_RE = re.compile("|".join(sorted(_FALLBACK_W, key=len, reverse=True)))
_FALLBACK_PREFIXES = tuple(k for k, _ in _FALLBACK_PREFIX)
_FALLBACK_SUFFIXES = tuple(k for k, _ in _FALLBACK_SUFFIX)

_TAG_WEIGHT = {"article": 1.0, "main": 1.0, "nav": -2.5, "aside": -2.0, "footer": -1.5,
               "menu": -2.0, "marquee": -1.5}
_ROLE = {"main": 1.5, "article": 1.5, "navigation": -2.5, "banner": -1.5, "contentinfo": -2.0,
         "complementary": -2.0, "search": -2.0, "menu": -2.0, "menubar": -2.0, "dialog": -2.0,
         "alertdialog": -2.0, "toolbar": -1.5, "tablist": -1.0, "form": -0.5}
_ITEMPROP = {"articlebody": 3.0, "text": 0.5, "reviewbody": 1.0, "comment": -2.5}
_TOKEN_RE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")
_LOWER_TOKEN_RE = re.compile(r"[a-z]+")


def _tokens(value: str) -> List[str]:
    """Lower-cased tokens of a class/id value: split on - _ spaces digits and camelCase."""
    if value.islower():
        # No upper-case letter: no camelCase to split, and nothing to lower-case (most
        # class names; the general pattern matches exactly these runs then).
        return _LOWER_TOKEN_RE.findall(value)
    return [t.lower() for t in _TOKEN_RE.findall(value)]


@lru_cache(maxsize=4096)
def _token_weight(token: str) -> Tuple[float, bool]:
    """(weight, is_head_token) of one class/id token, using substring evidence for compounds."""
    w = _POS.get(token)
    if w is not None:
        return w, False
    w = _NEG.get(token)
    if w is not None:
        return w, False
    if token in _HEAD:
        return _HEAD[token], True
    if len(token) >= 5:
        m = _FALLBACK_RE.search(token)
        if m:
            return _FALLBACK_W[m.group()], False
        if token.startswith(_FALLBACK_PREFIXES):
            for key, w in _FALLBACK_PREFIX:
                if token.startswith(key):
                    return w, key == "header"
        if token.endswith(_FALLBACK_SUFFIXES):
            for key, w in _FALLBACK_SUFFIX:
                if token.endswith(key):
                    return w, key in ("header", "head")
    return 0.0, False


@lru_cache(maxsize=16384)
def _name_evidence(name: str) -> Tuple[float, float, float]:
    """(positive, negative, page-header) evidence of one class name or id value.

    Cached per name: names like "clearfix" or "col-md-8" repeat across pages and sites.  A name
    without evidence (most of them) gives the one object :data:`_ZERO_EVIDENCE`, which callers
    skip by identity.
    """
    tokens = _tokens(name)
    if not tokens:
        return _ZERO_EVIDENCE
    if len(tokens) > 1 and tokens[0] in _UTILITY:
        del tokens[0]
    pos = neg = head = 0.0
    skip = False
    exact = _EXACT_WEIGHT.get
    for tok in tokens:
        if skip:
            skip = False
            continue
        if tok in _NEGATORS:
            skip = True
            continue
        ev = exact(tok)
        if ev is None:
            if len(tok) < 5:
                continue        # unlisted and too short for substring evidence: weight 0
            ev = _token_weight(tok)
        w, is_head = ev
        if is_head:
            if w < head:
                head = w
        elif w > 0:
            pos += w
        elif w < 0:
            neg += w
    if pos == 0.0 and neg == 0.0 and head == 0.0:
        return _ZERO_EVIDENCE
    return pos, neg, head


_ZERO_EVIDENCE = (0.0, 0.0, 0.0)
# _token_weight's answers for the listed tokens, in its order of precedence (_POS over _NEG over
# _HEAD), looked up without a call: most tokens of class names are listed or short.
_EXACT_WEIGHT: Dict[str, Tuple[float, bool]] = {t: (w, True) for t, w in _HEAD.items()}
_EXACT_WEIGHT.update((t, (w, False)) for t, w in _NEG.items())
_EXACT_WEIGHT.update((t, (w, False)) for t, w in _POS.items())


@lru_cache(maxsize=4096)
def element_weight(tag: str, class_id: str, role: str = "", itemprop: str = "",
                   itemtype: str = "") -> float:
    """Markup evidence of one element: > 0 article-like, < 0 boilerplate-like, within +-3.

    ``class_id`` is the element's class and id values joined by a space.  Negative tokens win
    over positive ones in the same element ("related-articles", "comment-content"), except
    page-header tokens which are neutral next to an article token ("entry-header").
    """
    return _weigh(tag, class_id.split(), role, itemprop, itemtype)


def _weigh(tag: str, names: List[str], role: str = "", itemprop: str = "",
           itemtype: str = "") -> float:
    # Body of element_weight, on the class and id values already split into names (the walk
    # caches per container signature, see _container_info).
    pos = neg = 0.0
    head = 0.0
    tw = _TAG_WEIGHT.get(tag, 0.0)
    if tw > 0:
        pos += tw
    elif tw < 0:
        neg += tw
    if tag == "header":
        head = -0.7
    if names:
        evidence = _name_evidence
        for name in names:
            ev = evidence(name)
            if ev is not _ZERO_EVIDENCE:    # (adding zeros would change nothing)
                p, n, h = ev
                pos += p
                neg += n
                if h < head:
                    head = h
    if role:
        w = _ROLE.get(role.strip().lower(), 0.0)
        pos, neg = (pos + w, neg) if w > 0 else (pos, neg + w)
    if itemprop:
        w = _ITEMPROP.get(itemprop.strip().lower(), 0.0)
        pos, neg = (pos + w, neg) if w > 0 else (pos, neg + w)
    if itemtype:
        low = itemtype.lower()
        if "comment" in low:
            neg -= 2.5
        elif "wpfooter" in low or "wpsidebar" in low or "sitenavigation" in low:
            neg -= 2.0
        elif "wpheader" in low:
            head = min(head, -1.5)
        elif "article" in low or "blogposting" in low:
            pos += 1.0
    if pos > 3.0:
        pos = 3.0
    if neg < 0:
        x = neg + 0.25 * pos    # clamped to -3.0 .. -0.3 (comparisons: no min/max calls)
        return -0.3 if x > -0.3 else x if x > -3.0 else -3.0
    if head < 0:
        return head if pos == 0 else 0.0
    return pos


# Weight of each block-level element without attributes (article +, nav -, header ...).
_TAG_ONLY_WEIGHT = {t: w for t in _KIND if (w := element_weight(t, ""))}


def _combine(parent: float, w: float) -> float:
    """Markup value of a container from its parent's value and its own weight.

    The nearest boilerplate-like container wins over article-like ancestors; nested article-like
    containers reinforce each other a little.
    """
    if w < 0:
        if parent >= 0:
            return w
        # Nested boilerplate reinforces, but repeated weak tokens (widget in widget in
        # widget) converge instead of reaching the floor.
        return max(-3.0, min(parent, w) + 0.3 * max(parent, w))
    if w > 0:
        if parent >= 0:
            return min(3.0, max(parent, w) + 0.3 * min(parent, w))
        return min(-0.2, parent + 0.5 * w)
    return parent


def _fold(raw: str) -> str:
    """Fold whitespace (incl. U+3000 and nbsp), drop invisible characters, join CJK line breaks."""
    if not raw.isascii():   # O(1) in CPython: most English text skips both regexes
        if "\n" in raw:
            raw = _CJK_BREAK_RE.sub("", raw)
        if _INVISIBLE_RE.search(raw):
            raw = raw.translate(_INVISIBLE)
    return " ".join(raw.split())


def _indent(raw: str) -> int:
    """Rendered indentation of a line in columns: leading U+3000 (2) and nbsp (1); ordinary
    whitespace in HTML source collapses and does not count."""
    cols = 0
    for ch in raw:
        if ch == "\u3000":
            cols += 2
        elif ch == "\xa0":
            cols += 1
        elif not ch.isspace():
            break
    return cols


# ---------------------------------------------------------------------------------------------
def _parser(encoding: Optional[str] = None) -> etree.HTMLParser:
    # The parser of lxml.html without its HtmlElement class lookup (a Python callback per
    # element proxy, ~15% of segmentation time).  A fresh parser per call: parsers are not
    # thread-safe and extract() must be.  No network, no DTD or external entities (the HTML
    # parser never loads them), comments and PIs dropped, libxml2's default depth and
    # text-node limits (huge_tree=False).  No table of id attributes (nothing looks
    # elements up by id; saves a few percent of parse time).  ``encoding`` is that of
    # bytes input; it overrides any <meta charset> in the markup.
    return etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                            huge_tree=False, recover=True, default_doctype=False,
                            collect_ids=False, encoding=encoding)


def _parse(text: str, warnings: List[str], utf8: Optional[bytes] = None) -> Optional[Any]:
    """Parse decoded HTML into an lxml root element (None when there is nothing to parse).

    ``utf8``, when given, is ``text`` encoded as UTF-8 (the page's own bytes, when it was UTF-8):
    parsed as it is instead of encoding ``text`` again."""
    if len(text) > MAX_CHARS:
        warnings.append(f"HTML input cut at {MAX_CHARS} characters (was {len(text)})")
        text = text[:MAX_CHARS]
        utf8 = None
    # libxml2 works in UTF-8: handing it UTF-8 bytes is cheaper than letting lxml pass the
    # str's internal UCS-2/UCS-4 buffer through libxml2's converters (the tree is the same).
    # This also lets an XHTML page keep its <?xml ... encoding=...?> declaration, which lxml
    # refuses in str input.
    data = utf8 if utf8 is not None else _utf8(text)
    # NULs are dropped and a (second) leading BOM is removed.  Rare; the NUL test runs on the
    # bytes, where it is a memchr (on a UCS-2 str, a search for U+0000 is a slow scan), and
    # NUL is the byte 0 in UTF-8 and nothing else.
    if b"\x00" in data or text.startswith("\ufeff"):
        if "\x00" in text:
            text = text.replace("\x00", "")
        if text.startswith("\ufeff"):
            text = text[1:]
        data = _utf8(text)
    if not text or text.isspace():     # (not text.strip(): no copy of a large page)
        return None
    return _parse_bytes(data, warnings)


def _utf8(text: str) -> bytes:
    """UTF-8 bytes of ``text``; lone surrogates (str input from an API caller) become U+FFFD:
    libxml2 would stop at the first one and lose the rest of the page."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE_RE.sub("\ufffd", text).encode("utf-8")


def _parse_bytes(data: bytes, warnings: List[str]) -> Optional[Any]:
    """Parse UTF-8 HTML bytes (see :func:`_parse`)."""
    parser = _parser("utf-8")
    try:
        root = etree.fromstring(data, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        warnings.append(f"HTML could not be parsed: {exc}")
        return None
    if root is None:
        return None
    for err in parser.error_log:
        if err.type_name == "ERR_RESOURCE_LIMIT" or "XML_PARSE_HUGE" in err.message:
            # libxml2 stops at its nesting/size limits; what follows is lost, say so.
            warnings.append(f"HTML parser limit reached, rest of the page ignored: "
                            f"{err.message.strip()}")
            break
    return root


# Attributes that make the walk look twice at an element (microdata, hiding).
_FLAG_ATTRS = frozenset(("itemprop", "style", "hidden", "aria-hidden"))
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def _is_hidden(el: Any, keys: List[str]) -> bool:
    """True for an element the page hides: ``hidden``, ``aria-hidden="true"``, or an inline
    style with ``display:none`` / ``visibility:hidden``."""
    if "hidden" in keys:
        return True
    if "aria-hidden" in keys and (el.get("aria-hidden") or "").strip().lower() == "true":
        return True
    if "style" in keys:
        style = el.get("style") or ""
        return ("none" in style or "hidden" in style or "NONE" in style or "HIDDEN" in style
                or "None" in style or "Hidden" in style) and bool(_HIDDEN_STYLE_RE.search(style))
    return False


# ---------------------------------------------------------------------------------------------
class _Walk:
    """Result of the single pass: blocks in reading order and per-container statistics.

    Containers (block-level elements) are numbered in preorder, so the subtree of container
    ``c`` is the id range ``c .. c_end[c]`` and every parent id is smaller than its children's.
    """

    __slots__ = ("blocks", "owner", "c_parent", "c_tag", "c_w", "c_v0", "c_end", "c_score",
                 "c_chars", "c_links", "c_gain", "c_seg", "c_path", "itemprops",
                 "hidden")

    def __init__(self) -> None:
        self.blocks: List[Block] = []
        self.owner: List[int] = []          # container id owning each block
        self.c_parent: List[int] = []
        self.c_tag: List[str] = []
        self.c_w: List[float] = []          # own markup weight
        self.c_v0: List[float] = []         # markup value along the path (before adjustment)
        self.c_end: List[int] = []          # last container id inside the subtree
        self.c_score: List[float] = []      # density evidence: gain of the text it holds
        self.c_chars: List[int] = []        # text chars in the subtree
        self.c_links: List[int] = []        # link chars in the subtree
        self.c_gain: List[float] = []       # text-quality gain of the subtree (no markup factor)
        self.c_seg: List[str] = []          # "tag#id.class" of the container
        self.c_path: List[str] = []         # compact tag path (last _PATH_SEGMENTS segments)
        self.itemprops: List[Any] = []      # elements with an itemprop attribute
        self.hidden: List[Any] = []         # skipped hidden elements (document order)

    def path(self, cid: int) -> str:
        """Compact tag path of a container (last ``_PATH_SEGMENTS`` segments)."""
        return self.c_path[cid]


def _segment_name(el: Any, tag: str, cls: str, ident: str) -> str:
    seg = tag
    if ident:
        seg += "#" + ident.strip()[:40]
    if cls:
        first = cls.split(None, 1)
        if first:
            seg += "." + first[0][:40]
    return seg


@lru_cache(maxsize=32768)
def _container_info(tag: str, cls: str, ident: str) -> Tuple[float, str]:
    """(markup weight, path segment) of a container whose only evidence is its class and id.

    Cached on the raw attribute strings: a page repeats the same few dozen container
    signatures hundreds of times (list items, cells, cards), and a site repeats them across
    its pages, so the tokenising and scoring runs once per signature.
    """
    if not cls and not ident:
        return _TAG_ONLY_WEIGHT.get(tag, 0.0), tag
    return _weigh(tag, cls.split() + ident.split()), _segment_name(None, tag, cls, ident)


def _text_len(el: Any) -> int:
    """Length of an element's text content (its tail excluded)."""
    try:
        return len("".join(el.itertext()))
    except (ValueError, etree.Error):
        return 0


class _End:
    """Stands after the last element of a walk: its parent is the walked root's parent, so
    every element open then ends."""

    __slots__ = ("parent",)

    def __init__(self, parent: Any) -> None:
        self.parent = parent

    def getparent(self) -> Any:
        return self.parent


def _walk(root: Any, keep: Tuple[Any, ...] = ()) -> _Walk:
    """Single pass over the tree in document order (lxml's C-level ``iter``, no recursion),
    building blocks and container statistics.

    Non-content elements (:data:`_DROP_TAGS`) and hidden ones are skipped with their content,
    keeping their tail text; hidden elements are listed in ``st.hidden``, and those in ``keep``
    are walked like visible ones.  The hot path is inlined on purpose: this loop handles every
    element's start and end and is the bulk of segmentation time.
    """
    st = _Walk()
    itemprops, hidden = st.itemprops, st.hidden
    blocks, owner = st.blocks, st.owner
    c_parent, c_tag, c_w, c_v0, c_end = st.c_parent, st.c_tag, st.c_w, st.c_v0, st.c_end
    c_score, c_chars, c_links, c_gain, c_seg, c_path = (
        st.c_score, st.c_chars, st.c_links, st.c_gain, st.c_seg, st.c_path)
    # The accumulators are grown in chunks (one check per container instead of five appends)
    # and cut to the number of containers at the end.
    cap = 0
    kinds, para, wrappers = _KIND, _PARA, _WRAPPERS
    info = _container_info
    tag_only = _TAG_ONLY_WEIGHT.get
    punct_search = _PUNCT_RE.search
    stack: List[int] = []
    parts: List[str] = []
    pending: List[Tuple[str, int, int, int]] = []
    seg_lchars = seg_links = link_depth = pre_depth = 0
    br_run = seg_gap = 0    # <br>s since the last text; blank lines before the current segment
    had_br = False

    def close() -> None:
        # End the current run of inline text (at <br> or a block boundary).
        nonlocal seg_lchars, seg_links, seg_gap
        pending.append(("".join(parts), seg_lchars, seg_links, seg_gap))
        parts.clear()
        seg_lchars = seg_links = seg_gap = 0

    def add_block(text: str, cid: int, kind: str, level: int, lchars: int, links: int,
                  gap: int = 0, indent: int = 0) -> None:
        n = len(text)
        if lchars > n:
            lchars = n
        # (positional: Block's field order is text, index, kind, level, link_chars,
        # link_count, path, hint, gap_before, indent)
        blocks.append(Block(text, len(blocks), kind, level, lchars, links, c_path[cid], 0.0,
                            gap, indent))
        owner.append(cid)
        c_chars[cid] += n
        c_links[cid] += lchars
        # Text-quality gain: non-link characters, discounted when unpunctuated (menus,
        # titles) or mostly links, scaled by the markup evidence of the owner.
        plain = n - lchars
        if plain <= 0:
            return
        gain = plain    # (an int until scaled: the sums below are the same as with float())
        if not (("." in text or "," in text or "?" in text or "!" in text or ":" in text
                 or ";" in text) if text.isascii() else punct_search(text)):
            gain *= 0.3
        if lchars * 2 > n:
            gain *= 0.3
        c_gain[cid] += gain
        v = c_v0[cid]
        if v:
            if v < 0:
                gain *= exp(v)
            else:
                f = 1.0 + 0.2 * v
                gain *= f if f < 1.5 else 1.5       # (min(1.5, f) without the call)
        c = cid
        if c_tag[c] in para:            # a paragraph counts for its container
            c = c_parent[c]
            hops = 0
            while c >= 0 and c_tag[c] in wrappers and c_parent[c] >= 0 and hops < 2:
                c = c_parent[c]
                hops += 1
        if c >= 0:
            c_score[c] += gain
            c = c_parent[c]
            if c >= 0:
                c_score[c] += 0.5 * gain
                c = c_parent[c]
                if c >= 0:
                    c_score[c] += 0.25 * gain

    def emit() -> None:
        # Turn the pending text of the current container into blocks.
        nonlocal had_br, br_run, seg_lchars, seg_links, seg_gap
        br, had_br = had_br, False
        br_run = 0
        if not pending and not pre_depth:
            # Common case: one run of inline text, no <br> in it.
            raw = "".join(parts)
            parts.clear()
            lchars, links = seg_lchars, seg_links
            seg_lchars = seg_links = seg_gap = 0
            if not stack:
                return
            text = " ".join(raw.split()) if raw.isascii() else _fold(raw)
            if text:
                cid = stack[-1]
                tag = c_tag[cid]
                kind = kinds[tag]
                add_block(text, cid, kind, int(tag[1]) if kind == "heading" else 0, lchars,
                          links)
            return
        if parts or seg_links:
            close()
        if not pending or not stack:
            pending.clear()
            return
        cid = stack[-1]
        tag = c_tag[cid]
        kind = kinds[tag]
        if pre_depth:
            for raw, lchars, links, _ in pending:
                for line in raw.split("\n"):
                    text = _fold(line)
                    if text:
                        # Code and verse keep their indentation in Block.indent.
                        lead = line[:len(line) - len(line.lstrip())].expandtabs(4)
                        add_block(text, cid, "pre", 0, lchars, links, 0,
                                  len(lead.replace("\u3000", "  ")))
                        lchars = links = 0
            pending.clear()
            return
        texts = []
        for raw, lchars, links, gap in pending:
            text = _fold(raw)
            if text:
                texts.append((text, lchars, links, gap, raw))
        pending.clear()
        level = 0
        if kind == "heading":
            level = int(tag[1])
        elif br and len(texts) >= 2:
            # Lines split by <br>: gap_before says how many blank lines a <br> run made,
            # as for text dumps (<br><br> between paragraphs = one blank line).
            for text, lchars, links, gap, raw in texts:
                add_block(text, cid, "line", 0, lchars, links, gap, _indent(raw))
            return
        for text, lchars, links, _, _ in texts:
            add_block(text, cid, kind, level, lchars, links)

    # The walk visits elements in document order with lxml's C-level iter() (cheaper than
    # iterwalk's start and end events) and finds where elements end from each element's parent:
    # every open element that is not the next element's parent has ended.
    code_of = _TAG_CODE.get
    els: List[Any] = []         # open container elements (parallel to ``stack``)
    top = None                  # innermost open container element
    base = root.getparent()
    opened: List[Any] = [base]  # every open element, above ``base`` (the walked root's parent)
    skip_at = 0                 # index in ``opened`` of a skipped (dropped / hidden) element
    for nxt in chain(root.iter(), (_End(base),)):
        up = nxt.getparent()
        while opened[-1] is not up:
            # -- the end of an element --
            el = opened.pop()
            if skip_at:
                if len(opened) > skip_at:
                    continue        # inside the skipped element: nothing of it counts
                skip_at = 0         # the skipped element itself: only its tail counts
            elif el is top:
                if pending or (pre_depth and (parts or seg_links)):
                    emit()
                elif parts or seg_links:
                    # emit()'s common case inlined: one run of inline text, no <br> in it.
                    raw = parts[0] if len(parts) == 1 else "".join(parts)
                    parts.clear()
                    text = " ".join(raw.split()) if raw.isascii() else _fold(raw)
                    if text:
                        cid = stack[-1]
                        tag = c_tag[cid]
                        code = kinds[tag]
                        add_block(text, cid, code, int(tag[1]) if code == "heading" else 0,
                                  seg_lchars, seg_links)
                    seg_lchars = seg_links = seg_gap = 0
                    br_run = 0
                had_br = False
                # -- pop the container --
                cid = stack.pop()
                els.pop()
                top = els[-1] if els else None
                c_end[cid] = len(c_tag) - 1
                parent = c_parent[cid]
                if parent >= 0 and c_chars[cid]:    # (no text: no links, no gain)
                    c_chars[parent] += c_chars[cid]
                    c_links[parent] += c_links[cid]
                    c_gain[parent] += c_gain[cid]
                if pre_depth and kinds[c_tag[cid]] == "pre":
                    pre_depth -= 1
            elif link_depth and el.tag == "a":
                link_depth -= 1
            tail = el.tail
            if tail and stack:
                # The same steps as for el.text above, kept inline rather than in a helper
                # because this loop runs for every element (a call per text node costs ~3%).
                if not pre_depth and tail.isspace():
                    if parts:
                        parts.append(tail)
                    continue
                if not parts:
                    seg_gap = br_run - 1 if br_run > 1 else 0
                    br_run = 0
                parts.append(tail)
                if link_depth:
                    seg_lchars += len("".join(tail.split()))
                    if not seg_links:
                        seg_links = 1
        if up is base and nxt.__class__ is _End:
            break               # every element has ended
        el = nxt
        opened.append(el)
        if skip_at:
            continue            # inside a skipped element
        # -- the start of an element --
        tag = el.tag
        code = code_of(tag)     # container kind, "a", "br", _DROP or None (inline)
        if code is _DROP:
            skip_at = len(opened) - 1
            continue
        keys = el.keys()
        if keys and not _FLAG_ATTRS.isdisjoint(keys):
            if "itemprop" in keys:
                itemprops.append(el)    # for markup.read_meta (microdata)
            if ("style" in keys or "hidden" in keys or "aria-hidden" in keys) and stack \
                    and _is_hidden(el, keys) and not (keep and any(el is k for k in keep)):
                hidden.append(el)
                skip_at = len(opened) - 1
                continue
        if code is None:
            pass
        elif code == "a":
            link_depth += 1
            seg_links += 1
        elif code == "br":
            if parts or seg_links:
                close()
            had_br = True
            br_run += 1
        else:
            if parts or pending or seg_links:
                emit()
            # -- push a container --
            cid = len(c_tag)
            if cid == cap:
                cap += _CHUNK
                c_end.extend(_ZEROS)
                c_chars.extend(_ZEROS)
                c_links.extend(_ZEROS)
                c_score.extend(_FZEROS)
                c_gain.extend(_FZEROS)
            if keys and tag != "body" and tag != "html":
                # (page-level classes like "single-post header-fixed" say nothing)
                # (a membership test in the short key list is cheaper than a lookup)
                cls = el.get("class") if "class" in keys else None
                ident = el.get("id") if "id" in keys else None
                if len(keys) > (cls is not None) + (ident is not None):
                    role = (el.get("role") or "") if "role" in keys else ""
                    itemprop = (el.get("itemprop") or "") if "itemprop" in keys else ""
                    itemtype = (el.get("itemtype") or "") if "itemtype" in keys else ""
                else:
                    role = itemprop = itemtype = ""
                if role or itemprop or itemtype:
                    cls = cls or ""
                    ident = ident or ""
                    w = element_weight(tag, (cls + " " + ident) if ident else cls, role,
                                       itemprop, itemtype)
                    seg = _segment_name(el, tag, cls, ident)
                else:
                    w, seg = info(tag, cls or "", ident or "")
            else:
                w = tag_only(tag, 0.0)
                seg = tag
            if stack:
                parent = stack[-1]
                c_v0.append(c_v0[parent] if w == 0.0 else _combine(c_v0[parent], w))
                # Tag path built incrementally, trimmed to the last _PATH_SEGMENTS (the
                # open containers are this one's ancestors: len(stack) + 1 segments).
                path = c_path[parent] + ">" + seg
                if len(stack) >= _PATH_SEGMENTS:
                    path = path[path.index(">") + 1:]
            else:
                parent = -1
                c_v0.append(w)
                path = seg
            c_parent.append(parent)
            c_tag.append(tag)
            c_w.append(w)
            c_seg.append(seg)
            c_path.append(path)
            stack.append(cid)
            els.append(el)
            top = el
            if code == "pre":
                pre_depth += 1
        text = el.text
        if text:
            if not pre_depth and text.isspace():
                # Indentation between tags: only a separator between inline pieces.
                if parts:
                    parts.append(text)
                continue
            if not parts:
                seg_gap = br_run - 1 if br_run > 1 else 0
                br_run = 0
            parts.append(text)
            if link_depth:
                seg_lchars += len("".join(text.split()))
                if not seg_links:
                    seg_links = 1   # the segment starts inside a link opened earlier
    if stack and (parts or pending):
        emit()
    n = len(c_tag)
    for acc in (c_end, c_score, c_chars, c_links, c_gain):
        del acc[n:]
    return st


# ---------------------------------------------------------------------------------------------
_GRID_ROWS = 3          # a data table has this many rows at least ...
_GRID_CELL_CHARS = 60   # ... of short cells (characters per cell on average, at most)


def _data_tables(st: _Walk) -> List[bool]:
    """For each container: is it a data table (a grid of short text cells: a programme list,
    a discography, standings) or inside one?

    Several rows of two or more cells each on average, short cells, hardly any link text, and
    no table nested inside (a layout table holds tables, or a whole article in a cell)."""
    tags, parent, end = st.c_tag, st.c_parent, st.c_end
    n = len(tags)
    grid = [False] * n
    try:
        t = tags.index("table")         # (most pages have no table: one scan in C)
    except ValueError:
        return grid
    cells = [0] * n
    rows = [0] * n
    nested = [False] * n
    table_of = [-1] * n         # the nearest table around each container
    tables = []
    # Only the subtrees of tables hold cells and rows: each outermost table's id range is walked
    # (its own nearest table is none), the containers between them are skipped.
    while True:
        tables.append(t)
        for c in range(t + 1, end[t] + 1):
            p = parent[c]
            tt = p if tags[p] == "table" else table_of[p]
            table_of[c] = tt        # (a table at least: the parent is inside t's subtree)
            tag = tags[c]
            if tag == "td" or tag == "th":
                cells[tt] += 1
            elif tag == "tr":
                rows[tt] += 1
            elif tag == "table":
                nested[tt] = True
                tables.append(c)
        try:
            t = tags.index("table", end[t] + 1)
        except ValueError:
            break
    chars, links = st.c_chars, st.c_links
    for t in tables:
        if (rows[t] >= _GRID_ROWS and cells[t] >= 2 * rows[t]
                and not nested[t] and chars[t] and chars[t] <= _GRID_CELL_CHARS * cells[t]
                and links[t] * 5 <= chars[t]):
            for c in range(t, end[t] + 1):
                grid[c] = True
    return grid


def _next_text_sibling(st: _Walk, c: int) -> int:
    """The first container after ``c`` under the same parent that holds text, or -1."""
    p = st.c_parent[c]
    if p < 0:
        return -1
    end, chars = st.c_end, st.c_chars
    s = end[c] + 1
    while s <= end[p]:
        if chars[s]:
            return s
        s = end[s] + 1
    return -1


def _hints(st: _Walk) -> Optional[int]:
    """Fill ``Block.hint`` from the container scores and markup values; return the best
    container id (None when the page has no scored text)."""
    blocks = st.blocks
    if not blocks:
        return None
    score = st.c_score
    owner = st.owner
    top_score = max(score)
    best = score.index(top_score)       # the first best, in document order
    if top_score <= 0:
        v0 = st.c_v0
        for o, b in zip(owner, blocks):
            b.hint = round(max(-2.5, min(2.5, v0[o])), 3)
        return None
    parent, end, c_w = st.c_parent, st.c_end, st.c_w

    # Article split over sibling containers (pagination, inserted ads): keep siblings that
    # score comparably and are not marked as boilerplate.
    spans = [(best, end[best])]
    pb = parent[best]
    # (Table cells are layout columns: a neighbouring cell is a sidebar, not more article.)
    if pb >= 0 and st.c_tag[best] not in ("td", "th"):
        floor = 0.3 * top_score
        c = pb + 1
        while c <= end[pb]:
            if c != best and score[c] >= floor and c_w[c] >= 0:
                spans.append((c, end[c]))
            c = end[c] + 1
    # A data table right after the article container (after the layout table holding it, when
    # the container is a cell) continues the article: "附：招生专业及考试科目" and the grid.
    grid = _data_tables(st)
    unit = best
    if st.c_tag[best] in ("td", "th"):
        while unit >= 0 and st.c_tag[unit] != "table":
            unit = parent[unit]
    if unit >= 0 and not grid[unit]:
        nxt = _next_text_sibling(st, unit)
        if nxt >= 0 and grid[nxt] and st.c_tag[nxt] == "table" and c_w[nxt] >= 0:
            spans.append((nxt, end[nxt]))
    # Article split into chunks of the same template (same tag, id/class signature) around
    # figures or ads, possibly in different branches.
    c_seg = st.c_seg
    seg = c_seg[best]
    if seg != st.c_tag[best]:
        floor = 0.1 * top_score
        chunks = []
        c = -1
        while True:
            try:
                c = c_seg.index(seg, c + 1)     # scan in C for the same signature
            except ValueError:
                break
            if c != best and score[c] >= floor and c_w[c] >= 0 \
                    and not any(s <= c <= e or c <= s <= end[c] for s, e in spans):
                chunks.append(c)
        if chunks:
            spans.extend(_adjacent_chunks(st, best, chunks))
    ancestors = []
    c = pb
    while c >= 0:
        ancestors.append(c)
        c = parent[c]

    # Markup values: wrappers of the article container do not make everything in them
    # boilerplate (class="page has-sidebar"), nor everything article (id="main"); and a
    # container that wins on density despite a boilerplate-looking name (page builders'
    # "elementor-widget-container", Drupal's "field--label-hidden") is not boilerplate.
    values = st.c_v0
    tops = [s for s, _ in spans]
    anc = set(ancestors)
    for t in tops[1:]:          # chunks in other branches: their wrappers too
        c = parent[t]
        while c >= 0 and c not in anc:
            anc.add(c)
            c = parent[c]
    if any(c_w[a] for a in anc) or any(-2.0 < c_w[t] < 0 for t in tops):
        ws = list(c_w)
        for a in anc:
            w = ws[a]
            ws[a] = 0.5 * w if w > 0 else 0.0
        for t in tops:
            if t not in anc and -2.0 < ws[t] < 0:
                ws[t] = 0.0
        # Only the subtrees of containers whose weight changed get other values: a value
        # depends on the weights along the container's path alone.  (Parents precede their
        # children in preorder, and a subtree is the id range c .. end[c].)
        values = list(values)
        done = -1
        for c in sorted(x for x in anc.union(tops) if ws[x] != c_w[x]):
            if c <= done:
                continue            # inside a subtree already recomputed
            done = end[c]
            for i in range(c, done + 1):
                w = ws[i]
                p = parent[i]
                if p < 0:
                    values[i] = w
                elif w == 0.0:
                    values[i] = values[p]   # (_combine(v, 0.0) is v)
                else:
                    values[i] = _combine(values[p], w)

    chars, gains, tags = st.c_chars, st.c_gain, st.c_tag
    spans.sort()
    starts = [s for s, _ in spans]
    near = [(a, end[a]) for a in ancestors[:3]]
    rounded: Dict[float, float] = {}   # hint values repeat: round() once per distinct value
    if len(spans) == 1:
        s0, e0 = spans[0]
    else:
        s0 = e0 = -1
    for o, b in zip(owner, blocks):
        v = values[o]
        if s0 >= 0:
            top = s0 if s0 <= o <= e0 else -1
        else:
            top = _span_of(o, starts, spans)
        if top >= 0:
            # Inside the article container: full credit for text it holds directly; nested
            # sub-containers are credited by the quality of their own text, so a link box,
            # an ad table or a caption strip inside the article does not inherit it.
            density = 1.0
            c = parent[o] if tags[o] in _PARA else o
            steps = 0
            # (the short unpunctuated cells of a data table are the article's figures and
            # names, not a caption strip)
            while c > top and steps < 8 and not grid[c]:
                if chars[c]:
                    q = gains[c] / chars[c]
                    if q < 0.25:
                        density = -0.5
                        break
                    if q < 0.6:
                        density = 0.3
                c = parent[c]
                steps += 1
            markup = v
        else:
            k = 1
            for a, e in near:
                if a <= o <= e:
                    break
                k += 1
            density = _STEP_PENALTY[k]
            # Article-like names outside the winning container are weak evidence: the
            # density contest already weighed them.
            markup = v if v <= 0 else 0.3 * v
        x = density + (-2.5 if markup < -2.5 else 2.5 if markup > 2.5 else markup)
        if grid[o]:
            b.grid = True
        h = rounded.get(x)
        if h is None:
            h = rounded[x] = round(x, 3)
        b.hint = h
    return best


# -0.3 per container step from the article container's parent up to the block's common
# ancestor with it (1..4 steps; the list of near ancestors has at most 3).
_STEP_PENALTY = tuple(-0.3 * min(k, 4) for k in range(6))


def _span_of(cid: int, starts: List[int], spans: List[Tuple[int, int]]) -> int:
    """Start of the innermost span (sorted, given with their starts) holding container ``cid``,
    or -1.  Binary search: pages with hundreds of same-template chunks stay linear."""
    i = bisect_right(starts, cid) - 1
    steps = 0
    while i >= 0 and steps < 4:     # spans rarely nest; look at a few enclosing candidates
        s, e = spans[i]
        if cid <= e:
            return s
        i -= 1
        steps += 1
    return -1


def _adjacent_chunks(st: _Walk, best: int, chunks: List[int]) -> List[Tuple[int, int]]:
    """Spans of the same-template ``chunks`` that continue the article of container ``best``:
    the run of chunks around it in reading order with no headline between two of them (a
    heading or a "title" element between chunks starts another item: blog index pages,
    forum threads)."""
    end, owner, blocks = st.c_end, st.owner, st.blocks
    cands = sorted(chunks + [best])
    spans = [(c, end[c]) for c in cands]
    first: Dict[int, int] = {}
    last: Dict[int, int] = {}
    for b in blocks:
        c = _span_of(owner[b.index], cands, spans)
        if c >= 0:
            first.setdefault(c, b.index)
            last[c] = b.index
    order = sorted((c for c in cands if c in first), key=first.__getitem__)
    if best not in first:
        return []

    v0 = st.c_v0

    def separated(a: int, b: int) -> bool:
        for blk in blocks[last[a] + 1:first[b]]:
            if v0[owner[blk.index]] < -1.0:
                continue        # sidebar / share box headings between chunks do not count
            if blk.kind == "heading" and blk.level <= 3:
                return True
            tail = blk.path.rsplit(">", 1)[-1].lower()
            if "title" in tail or "headline" in tail or "biaoti" in tail:
                return True
        return False

    i = order.index(best)
    lo = hi = i
    while lo > 0 and not separated(order[lo - 1], order[lo]):
        lo -= 1
    while hi < len(order) - 1 and not separated(order[hi], order[hi + 1]):
        hi += 1
    return [(c, end[c]) for c in order[lo:hi + 1] if c != best]


def _pick_h1(blocks: List[Block], st: _Walk, best: Optional[int], meta: Dict[str, Any]) -> None:
    """Replace meta['h1'] with the headline element nearest before the article container."""
    heads = [b for b in blocks if b.kind == "heading" and b.level <= 2 and len(b.text) >= 2
             and b.hint > -2.0]
    if not heads:
        return
    first = 0
    if best is not None:
        end = st.c_end[best]
        first = next((b.index for b in blocks if best <= st.owner[b.index] <= end), 0)
    refs = [meta.get(k, "") for k in ("og_title", "headline", "title")]

    def rank(b: Block) -> Tuple[float, int]:
        r = 2.0 if b.level == 1 else 0.0
        if any(ref and (b.text in ref or ref in b.text) for ref in refs if len(b.text) >= 4):
            r += 3.0
        if b.index <= first:
            r += 1.0 if first - b.index <= 15 else 0.3
        return r, -abs(first - b.index)

    meta["h1"] = max(heads, key=rank).text


def segment_html(text: str, encoding: str = "utf-8", utf8: Optional[bytes] = None) -> Page:
    """Split decoded HTML into paragraph-level blocks with markup evidence.

    ``text`` is the decoded page, ``encoding`` the encoding it was decoded with (recorded on the
    page only; a ``<meta charset>`` in the text is ignored).  Returns a :class:`Page` with
    ``input_type="html"``, blocks in reading order (``hint`` filled, see module docstring) and
    ``meta`` from the markup (see :data:`newsx.markup.META_KEYS`).  Never raises on bad HTML.
    ``utf8`` optionally is ``text.encode("utf-8")`` (``Decoded.utf8``: the page's own bytes when
    they were UTF-8), which saves the parser a second encoding of the page.
    """
    warnings: List[str] = []
    root = _parse(text, warnings, utf8)
    if root is None:
        return Page(blocks=[], input_type="html", encoding=encoding, meta={}, warnings=warnings)
    body = root.find("body")
    if body is None:
        body = root
    st = _walk(body)
    # A saved page sometimes has the whole article marked hidden (a modal was open, a script
    # had not run yet): when the visible page holds hardly any running text, walk again with
    # the big hidden elements shown.  Rare, so it may cost a second walk.
    if st.c_chars and st.c_gain[0] < 300:
        visible = st.c_chars[0]
        keep = tuple(el for el in st.hidden if (n := _text_len(el)) >= 200 and n > visible)
    else:
        keep = ()
    if keep:
        warnings.append(f"kept {len(keep)} hidden element(s) holding most of the page text")
        st = _walk(body, keep)
    try:
        meta = read_meta(root, itemprops=st.itemprops)
    except Exception as exc:  # noqa: BLE001 - metadata is optional, the body is not
        warnings.append(f"metadata not read: {exc!r}")
        meta = {}
    best = _hints(st)
    if best is not None:
        meta["container"] = st.path(best)
    _pick_h1(st.blocks, st, best, meta)
    return Page(blocks=st.blocks, input_type="html", encoding=encoding, meta=meta,
                warnings=warnings)
