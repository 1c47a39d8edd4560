"""Label every block of a page: body, title, byline, navigation, related list, comment, footer...

The method, in the order a reader would use it:

1. Each block gets a local score from its shape: long punctuated prose scores its length, short
   unpunctuated lines (menu items, link lists) cost a little, separators and link text cost more,
   and a boilerplate tail heading ("相关新闻", "Related") is a wall.
2. The article is the contiguous run of blocks with the highest total score (maximum subarray):
   articles are long runs of prose, boilerplate is many short lines.
3. Around that run: the headline is the best headline-shaped line above it (repeated lines and a
   byline right below count for it); byline lines sit between the headline and the body (or just
   after the body); editor credits and trailing controls end the body.

HTML blocks carry extra evidence (link density, markup hints) that enters the same scores.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import compress, count, repeat
from operator import attrgetter, contains, eq
from typing import List, Optional, Tuple

from . import lexicon
from .features import (DATE_HINT_RE, DATE_TAIL_RE, Features, looks_like_breadcrumb,
                       measure_blocks)
from .model import (BODY, BOILERPLATE, BREADCRUMB, BYLINE, COMMENT, CONTROL, FOOTER, NAVIGATION,
                    RELATED, SUBTITLE, TITLE, Block, Page)

_REPORTER_RE = re.compile(r"记者|通讯员|实习生|摄影|编辑|記者|編輯|攝影")
# "级别：入学了", "发文机关： 吉林省人民政府": a short field label with a short value
_FIELD_LINE_RE = re.compile(r"^[^\s:：]{1,5}[:：]\s*\S{0,10}$")
# a colon that ends a label (not one inside a time such as 13:53)
_COLON_RE = re.compile(r"[:：](?!\d)")
# form widgets and frames of text browsers: "[登录]", "[ ]", "│ … │"
_WIDGET_RE = re.compile(r"\[[^\]]{0,8}\]|│|^\]|\[$")
# A host name of three parts or more ("auto.sohu.com", "bcbhome.126.com"; a headline may name
# "Amazon.com", never a host).
_HOST_RE = re.compile(r"\b[a-z0-9-]+\.[a-z0-9-]+\.(?:com|net|org|cn|gov|edu|info|biz)\b", re.IGNORECASE)
# A text browser's stand-in for an image or a frame: "[USEMAP:9d6e7f8e.jpg.1]", "[IMG]".
_PLACEHOLDER_RE = re.compile(r"^\[[A-Z]{2,}(?::[^\]\s]*)?\]$")
# An official document's number, a field printed near its headline: "吉政明电〔2022〕1号".
_DOC_NUMBER_RE = re.compile(r"[〔\[［(（](?:19|20)\d\d[〕\]］)）]\s*第?\d+号$")
_LIST_ITEM_RE = re.compile(r"^(?:[•·●◆■□▪▶►\-*#>]|\d{1,3}[.、．)]|\[\d+\])\s*|\(\d+\)$|（\d+）$")
# Photo and provider credits and slideshow counters: "Photo: John Locher, AP", "Alex Wong |
# Getty Images", "(Image: © NASA)", "图片来源：视觉中国", "1 of 6", "Provided by ESA".
_MEDIA_CREDIT_RE = re.compile(
    r"^[(\[]?(?:photos?|images?|pictures?|credits?|fotos?|video|图片?|摄影|图片来源|图源)\s*(?:by\b|[:：]|copyright\b|©)"
    r"|\b(?:Getty Images|AP Photo|Shutterstock|iStock|AFP via Getty)\b|^(?:(?:images?|photos?|pictures?)\s+)?\d+\s+of\s*/?\s*\d+$|^View all \(\d+\)$"
    r"|^(?:Provided by|Courtesy of)\b|^©(?!\s*(?:19|20)\d\d)",
    re.IGNORECASE)
# The marks that open a bulleted list item (those of _LIST_ITEM_RE).
_BULLETS = frozenset("•·●◆■□▪▶►-*#>")
# Exact prefilters for the two patterns above, which local_score would otherwise run on nearly
# every short block.  A list item starts with a bullet, a digit or "[", or ends in a bracket.
_LIST_FIRST = _BULLETS | {"["}
# A credit starts with a bracket, "©" or one of these letters (with their IGNORECASE twins "İ", "ı"),
# is a counter ("1 of 6"), or holds an agency name; every agency name holds a "t" and, once
# lowercased, "getty", "photo" or "tock" ("İ", "ſ" and the Kelvin sign, the other twins of ASCII
# letters, are not in those three keys, or lowercase into them).
_MEDIA_FIRST = frozenset("([pPiIcCfFvVİı图摄©")
_MEDIA_STARTS = ("photo", "image", "picture", "credit", "foto", "video", "view all", "provided by",
                 "courtesy of", "©")

_TEXT = attrgetter("text")
_PATH = attrgetter("path")
_TAIL = attrgetter("tail")


def _where(flags) -> List[int]:
    """The indices of the true values of ``flags``.  With ``flags`` a ``map`` of a C function
    (``str.endswith``, ``attrgetter``...) over the blocks, the whole scan runs at C speed: the
    passes below look for a few blocks among a page's hundreds this way, and run their Python
    code only on those."""
    return list(compress(count(), flags))



def _is_list_item(text: str) -> bool:
    """``_LIST_ITEM_RE.search(text)``, skipping the search where it cannot match."""
    if text[:1] in _LIST_FIRST or text[:1].isdigit() or text.endswith((")", "）", "\n")):
        return _LIST_ITEM_RE.search(text) is not None
    return False


def _is_bare_mark(text: str) -> bool:
    """A short line without a letter: a gallery counter ("6"), a page number, a lone symbol."""
    if len(text) > 8:
        return False
    # digits are never letters (no character is both), and a letter first settles it
    if text.isdigit():
        return True
    return not text[:1].isalpha() and not any(ch.isalpha() for ch in text)


def _is_media_credit(text: str) -> bool:
    """``_MEDIA_CREDIT_RE.search(text)``, skipping the search where it cannot match."""
    first = text[:1]
    if first in _MEDIA_FIRST:
        # The words a credit starts with; a non-ASCII start ("图片", "İmage") is left to the regex.
        head = (text[1:13] if first in "([" else text[:12])
        if not head.isascii() or head.lower().startswith(_MEDIA_STARTS):
            return _MEDIA_CREDIT_RE.search(text) is not None
    if first.isdigit() and " of " in text.lower():  # "1 of 6"; only "O", "F" fold to "o", "f"
        return _MEDIA_CREDIT_RE.search(text) is not None
    if "t" not in text and "T" not in text:  # no other character is a "t" to IGNORECASE
        return False
    lower = text.lower()
    if "getty" in lower or "photo" in lower or "tock" in lower:
        return _MEDIA_CREDIT_RE.search(text) is not None
    return False


# The markup of a picture caption or credit (see lexicon.CAPTION_MARKUP_PARTS / _WORDS), in a
# block's tag path.
_CAPTION_MARKUP_RE = re.compile(
    "|".join(lexicon.CAPTION_MARKUP_PARTS)
    + "|" + "|".join(rf"(?<![a-z]){w}(?![a-z])" for w in lexicon.CAPTION_MARKUP_WORDS),
    re.IGNORECASE)


# A picture credit closing a line: "(Image: GETTY )", "…a rabbitCredit: Getty - Contributor",
# "(Joshua Roberts/Reuters)", "… Jaafar ASHTIYEH / AFP".
_AGENCY_ALT = "|".join(re.escape(a) for a in lexicon.PHOTO_AGENCIES)
_CREDIT_END_RE = re.compile(
    r"(?:\((?i:images?|photos?|pictures?|credits?|fotos?|foto)\s*:[^()]{1,60}\)"
    # "(AP Photo/Alan Diaz, File)": the agency's photo and its photographer
    r"|\((?:" + _AGENCY_ALT + r") (?i:photos?)\s*/[^()]{1,50}\)"
    # "(ITV via AP)", "(NASA via Reuters)": a handout passed on by an agency
    r"|\([^()]{1,40} via (?:" + _AGENCY_ALT + r")\)"
    # "… 2001 [File: Reuters]", "… to the Moon [SpaceX via Nasa]": a credit in square brackets
    r"|\[(?:(?i:file|photos?|images?|pictures?)\s*:[^\[\]]{1,50}|[^\[\]]{1,40} via [^\[\]]{1,30})\]"
    r"|(?:(?<=[a-z.)])|(?<=[.)] ))(?:Credit|CREDIT|Photo|PHOTO|Image|IMAGE|Picture)s?\s*:\s*[^.!?:]{1,60}"
    r"|(?:\(|/ ?|\(?[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3} ?/ ?|(?<=[a-z]\.))(?:"
    + _AGENCY_ALT + r")\)?)\s*$")


_AGENCY_ENDS = tuple(lexicon.PHOTO_AGENCIES)
# A line ends_with_credit can be true of ends with a bracket or an agency's name, or holds a colon.
_CREDIT_LAST = (")", "]") + _AGENCY_ENDS


def ends_with_credit(text: str) -> bool:
    """A caption's line: it closes with a picture credit ("… in Hanoi. (AP)", "(Image: GETTY )",
    "…Credit: EPA")."""
    last = text[-1:]
    if len(text) >= 400 or (last != ")" and last != "]" and not last.isalpha()):
        return False
    # every credit is shorter than 80 characters; a bare one (no bracket) has a colon or ends
    # with an agency's name
    tail = text[-80:]
    if last.isalpha() and ":" not in tail and not tail.endswith(_AGENCY_ENDS):
        return False
    return _CREDIT_END_RE.search(tail) is not None


def is_caption_markup(block: Block) -> bool:
    """The block sits in a picture caption or credit (``<figcaption>``, ``class="caption"``,
    ``class="image-credit"``): it describes a picture rather than telling the article."""
    path = block.path
    # (every caption word holds "aption" or "redit"; most paths hold neither)
    if "aption" not in path and "redit" not in path and "APTION" not in path and "REDIT" not in path:
        return False
    return _CAPTION_MARKUP_RE.search(path) is not None
_CREDIT_RE = re.compile(r"^[^:：。，,.]{2,24}[:：]\s*\S")
_FIELD_LIST = 3     # this many "Label: value" lines in a row are a list of fields, not credits

WALL = -1000.0  # score of a tail heading: the article never runs across one


def _link_rel_header(text: str) -> bool:
    """The first line of a lynx dump that lists the page's <link> titles (its feed, the previous
    and next posts): "#[1]Blog » Feed [2]Previous post", "#Previous post" without the numbers."""
    # (the link numbers dropped, "#[1]Blog" reads "# Blog")
    return text[:1] == "#" and text[1:2] not in ("", "#")


def local_score(block: Block, f: Features) -> Tuple[float, str]:
    """The block's contribution to the article run, and the main reason for it."""
    if f.tail:
        if block.path:
            # In HTML the markup says where the article's container ends, so a "Related" box set
            # into the text is a deep gap rather than the end: the prose after it can bridge it.
            return -60.0, "tail heading"
        return WALL, "tail heading"
    if f.control:
        return -12.0, "page control"
    text = block.text
    n = len(text)
    if block.index == 0 and not block.path and _link_rel_header(text):
        return -20.0, "the page's linked feeds and neighbours, as lynx prints them first"
    if "______" in text and not block.path:
        # lynx prints a form's text field as a row of underscores ("Search for: ______ Search"):
        # a widget, not prose
        return -12.0, "form field"
    # (the calls are skipped where the helpers' own first tests would fail: a credit starts
    # with one of _MEDIA_FIRST or a digit, or holds a "t"; a bare mark has 8 characters at most)
    first = text[:1]
    if n < 90 and (first in _MEDIA_FIRST or first.isdigit() or "t" in text or "T" in text) \
            and _is_media_credit(text):
        return -8.0, "photo credit or slide counter"
    if n <= 8 and _is_bare_mark(text):
        return -5.0, "page control: a bare number or mark"
    if f.editor:
        return -15.0, "editor credit"
    if f.footer:
        return -20.0, "legal/copyright wording"
    if f.link_density > 0.5:
        return -6.0 - 0.3 * f.units, f"link text {f.link_density:.0%}"
    if f.separators >= 2 and f.punct <= f.separators and not (f.label and _labelled_fields(text)):
        return -8.0 - f.separators, f"{f.separators} menu separators"
    units = f.units
    if units < 60 and (f.label or f.byline_start):
        return -2.0, "byline-like"
    if n < 50 and f.date and not _strip_dates(text):
        return -3.0, "date stamp"
    if units < 40 and (first in _LIST_FIRST or first.isdigit() or text.endswith((")", "）", "\n"))) \
            and _is_list_item(text):
        return -3.0, "list item"
    if f.punct == 0:
        # headings, menu items, names: a small cost, bigger for long unpunctuated runs of words
        cost = 3.0 + (units if units < 60 else 60) * 0.15  # min(units, 60), without a call
        return -cost, "no punctuation"
    # Prose has a mark every 8-15 CJK characters or every 10-20 words; a lone mark in a long
    # line is a link list or a run of headlines.
    if f.cjk >= f.words:
        quality = min(1.0, f.punct * 12.0 / max(units, 1.0))
    else:
        quality = min(1.0, f.punct * 6.0 / max(f.words, 1))
    score = units * quality - 4.0
    if f.link_density:
        score -= units * f.link_density * 2.0
    # (units is a whole number, CJK characters + 2 per word: int() prints it as "{:.0f}" does,
    # and far cheaper)
    return score, f"prose {int(units)}u, punct {f.punct}"


# Controls that stand anywhere, not in a share bar: an ad's label, a "continue reading" link.
_NOT_BAR_BUTTONS = frozenset(lexicon.key(w) for w in (
    "Advertisement", "Ad", "Advert", "Adverts", "Sponsored", "Anzeige", "Werbung", "Publicidade", "Publicité",
    "Publicite", "Pubblicità", "Publicidad", "Реклама", "Iklan", "广告", "Loading", "Continue Reading",
    "Continue reading below", "Read more"))


def _demote_tails_in_control_bars(feats: List[Features]) -> None:
    """"Comments" or "分享" between "Facebook", "Print" and "Email" is a button of a share bar,
    not the heading of a comment section.  A heading that may as well be a link's label ("Read
    more", "Share this story") is a control next to any control; one that can only head a list
    ("Up Next", "Related") is not next to an ad's label or a "Continue Reading" link, which
    stand anywhere and make no share bar."""
    n = len(feats)
    for i in _where(map(_TAIL, feats)):  # (only block i's own tail flag changes at step i)
        f = feats[i]
        ambiguous = lexicon.is_control(f.text)
        if any(feats[j].control and (ambiguous or lexicon.key(feats[j].text) not in _NOT_BAR_BUTTONS)
               for j in range(max(0, i - 2), min(n, i + 3)) if j != i):
            f.tail, f.control = False, True


def _discount_after_tails(feats: List[Features], scores: List[float]) -> None:
    """Prose after a tail heading ("评论", "Related") that follows real prose is comments or
    teasers far more often than article: count it at a third.

    Not when the prose above is only scattered lines and the run after the heading dwarfs it:
    a text browser prints a sidebar that stands left of the article first, and its widgets
    ("Subscribe", "Recent Posts", a blurb under each, a donation appeal) add up to as much as
    a short article's paragraphs without being the article a tail heading closes.  The best
    contiguous run of scores tells the two apart: a short article is one stretch of text, a
    sidebar's blurbs are parted by its headings and lists."""
    tails = _where(map(_TAIL, feats))
    if not tails:
        return  # (nothing is discounted before the first tail heading)
    first = tails[0]
    seen, after = sum(s for s in scores[:first] if s > 0), False
    run = best = 0.0  # the best contiguous run of scores above the block
    for s in scores[:first]:
        run = (run if run > 0.0 else 0.0) + s
        if run > best:
            best = run
    ahead = None  # ahead[i]: the best contiguous run within scores[i:] (computed when needed)
    for i in range(first, len(feats)):
        f = feats[i]
        s = scores[i]
        if f.tail:
            if not after and seen >= 80.0:
                if best < 80.0 and ahead is None:
                    ahead = _best_runs_ahead(scores)
                after = best >= 80.0 or ahead[i + 1] < 3.0 * best
        elif s > 0:
            if after and f.hint < 1.5:
                scores[i] *= 0.3
                continue
            seen += s
        run = (run if run > 0.0 else 0.0) + s
        if run > best:
            best = run


def _best_runs_ahead(scores: List[float]) -> List[float]:
    """For each i, the total of the best contiguous run within ``scores[i:]`` (one more entry,
    0, for the end)."""
    n = len(scores)
    ahead = [0.0] * (n + 1)
    here = 0.0  # the best run starting at i
    for i in range(n - 1, -1, -1):
        here = scores[i] + (here if here > 0.0 else 0.0)
        ahead[i] = here if here > ahead[i + 1] else ahead[i + 1]
    return ahead


def best_run(scores: List[float]) -> Tuple[int, int]:
    """Maximum-sum contiguous run [start, end) of the scores (Kadane)."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_span = total, (start, i + 1)
    if best <= 0:
        return 0, 0
    return best_span


# Pictures' file names alone, as a text browser prints images without an alt text or with the
# one an old editor wrote ("SNAP-1.GIF", "myban.gif (2571 bytes) header.gif (14047 bytes)").
_IMAGE_NAME_RE = re.compile(r"^(?:[\w.-]+\.(?:gif|jpe?g|png|bmp|webp)(?:\s*\(\d+ bytes\))?\s*)+$", re.IGNORECASE)
_JOURNAL_FIELD_RE = re.compile(
    "(?:" + "|".join(re.escape(x) for x in lexicon.JOURNAL_FIELD_LABELS) + r")\s*[:：]", re.IGNORECASE)


# One "label: value" field of a metadata line, the value maybe empty ("来源:", "浏览次数: 2168").
_FIELD_PART_RE = re.compile(r"^[^\s:：|｜]{1,8}\s*[:：]")


def _labelled_fields(text: str) -> bool:
    """A line of two or more "label: value" fields joined by pipes ("来源: | 发布时间: 2018-05-17 |
    浏览次数: 2168"): a byline that prints its fields in a row, not a menu (whose items have no
    colons)."""
    parts = [p.strip() for p in re.split(r"[|｜]", text)]
    return len(parts) >= 2 and all(_FIELD_PART_RE.match(p) for p in parts)


def _title_shaped(block: Block, f: Features, field_ok: bool = False) -> bool:
    """A headline-shaped line: short, not a byline, menu, list or metadata line.  (The tests
    only ever reject, so their order is free: the cheap ones on the features come first.)
    ``field_ok`` lets a short "label：value" line through (see :func:`_colon_headline`)."""
    text = block.text
    if f.tail or f.control or f.footer or f.editor or f.label or f.byline_start:
        return False
    # "标 题： …", "主题：…": a headline given as a field (as long as the headline, so a
    # government notice's long title fits)
    labelled = (":" in text or "：" in text) and lexicon.TITLE_LABEL_RE.match(text) is not None
    if f.cjk >= 4:
        if not 4 <= len(text) <= (120 if labelled else 70):
            return False
    elif not (3 <= f.words <= 30):
        return False
    if f.separators >= 2 or text.endswith(("。", "，", ",", ":", "：", "…", "...", ">>", "»", "更多")):
        return False
    if _REPORTER_RE.search(text) or "http" in text or "www." in text:
        return False
    if "." in text and _HOST_RE.search(text):  # "AUTO.SOHU.COM 2005年05月13日": a site's name
        return False
    if f.cjk >= 4 and _space_menu(text):
        return False
    if _is_media_credit(text):  # "Photo: John Locher, AP", "Image 1 of 13"
        return False
    if "." in text and _IMAGE_NAME_RE.match(text):  # "SNAP-1.GIF": w3m prints a picture's file name
        return False
    if text.startswith(lexicon.JOURNAL_FIELD_LABELS) and _JOURNAL_FIELD_RE.match(text):
        return False  # "关键词: 淘宝网；物流配送；…", "Abstract: …": a journal article's field
    if labelled:
        return not looks_like_breadcrumb(text)
    if (not field_ok and _FIELD_LINE_RE.match(text)) or f.date and len(_strip_dates(text)) < 8:
        return False
    if _latin_script(text, f) and _latin_dateline(text, f):
        return False
    if f.date and _LABELLED_DATE_RE.search(text):  # "楼层：第 1 楼时间：2005-08-28 20:56": metadata
        return False
    # (every _WIDGET_RE alternative holds "[", "]" or "│")
    if ("[" in text or "]" in text or "│" in text) and (_WIDGET_RE.search(text) or _PLACEHOLDER_RE.match(text)):
        return False
    if "号" in text and _DOC_NUMBER_RE.search(text):
        return False
    if len(_COLON_RE.findall(text)) >= 2:  # "DOI: …, 下载: 1,038 浏览: 6,323": a metadata line
        return False
    if looks_like_breadcrumb(text):
        return False
    return True


_TIME_RE = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?")

# A day-first numeric date ("18.11.2019", "19/11/2019"), which DATE_HINT_RE leaves to the bylines.
_DAY_FIRST_DATE_RE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d")
_LATIN_WORD_RE = re.compile(r"[^\W\d_]+")


_CJK_CHAR_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")


def _latin_script(text: str, f: Features) -> bool:
    """The line holds no CJK character (``f.cjk`` also counts curly quotes and dashes)."""
    return f.cjk == 0 or _CJK_CHAR_RE.search(text) is None


# A full stop that ends a sentence inside a line: after a word of three lowercase letters or
# more (not "Nov. 19", "U.S. Army", "Mr. Smith") and before the next sentence.
_SENTENCE_BREAK_RE = re.compile(r"[a-z]{3}[.][\"”’']?\s+[\"“‘']?[A-Z]")


# A caption's end: a sentence, then the photographer's credit ("… 2019. (Manu Fernandez/AP)").
_CAPTION_END_RE = re.compile(r"\.\s*\([^()]{2,40}\)$")


def _latin_prose(text: str, f: Features) -> bool:
    """A Latin-script line that reads as prose, not as a headline: a standfirst or the lead's
    first sentence ("There are more devices … than ever before."), a photo caption.  An
    English headline has 4 to 20 words and no full stop at its end or inside it."""
    if not _latin_script(text, f):
        return False
    if f.words > 20:
        return True
    if text.endswith((".", ".)", ".”", '."')) and not text.endswith("..") and f.words >= 4:
        return True
    if text.endswith(")") and _CAPTION_END_RE.search(text):
        return True
    return f.punct >= 2 and _SENTENCE_BREAK_RE.search(text) is not None


def _latin_dateline(text: str, f: Features) -> bool:
    """A Latin-script line that is a date or time with at most three words beside it: a byline
    ("Associated Press November 19, 2019, 9:02 AM"), a timestamp ("Monday 6:30PM", "updated:
    Nov 20 2019, 13:42pm ist") or a timestamp run into a button ("21:17 18.11.2019Get short
    URL"), not a headline (an English headline that names a date says more about it)."""
    if not (f.date or ":" in text or _DAY_FIRST_DATE_RE.search(text)):
        return False
    rest = _DAY_FIRST_DATE_RE.sub(" ", text)
    stripped = _strip_dates(rest)
    if stripped == rest.strip(" ,|·-—()（）[]●•") and not f.date:
        return False  # no date nor time in it (a colon of "Column: …")
    return len(_LATIN_WORD_RE.findall(stripped)) <= 3


_WEEKDAY_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|星期[一二三四五六日天]|周[一二三四五六日]",
                         re.IGNORECASE)


# The clock a date is given in, printed after it: "2006年12月27日（京港台时间）", "(北京时间)".
_TIME_ZONE_RE = re.compile(r"[(（][^()（）]{0,6}时间[)）]")


def _space_menu(text: str) -> bool:
    """"最新军情 军事评论 军事书籍 军事装备": a menu whose CJK items only spaces part (four or more
    items, none longer than a section's name); a headline has one or two spaces at most."""
    parts = text.split()
    if len(parts) < 4 or _HANGUL_RE.search(text):
        # (Korean spaces its words: a Korean headline is a run of short spaced words)
        return False
    return all(len(p) <= 5 and not p.isascii() for p in parts)


_HANGUL_RE = re.compile("[\uac00-\ud7af]")


def _strip_dates(text: str) -> str:
    """``text`` without its dates, times, weekdays and time-zone remarks."""
    text = _TIME_RE.sub("", DATE_HINT_RE.sub("", DATE_TAIL_RE.sub("", text)))
    text = _TIME_ZONE_RE.sub("", text)
    return _WEEKDAY_RE.sub("", text).strip(" ,|·-—()（）[]●•")


def _contains(a: str, b: str) -> bool:
    return len(b) >= 4 and b in a


# A date after a date label, wherever it stands in the line ("…楼时间：2005-08-28").
_LABELLED_DATE_RE = re.compile(r"(?:时间|日期|發表於|发表于|发布于|更新于)\s*[:：]?\s*(?:19|20)\d\d")
# First characters a lexicon.TITLE_LABEL_RE match can have.
_TITLE_LABEL_FIRST = frozenset("主标题文帖TtSs")


def _path_crumb(text: str) -> bool:
    """"专栏/轻小说/同人连载/【赛马娘】情人节赠礼": a breadcrumb whose steps are joined by bare
    slashes (no spaces, no digits-only steps such as the parts of 2005/03/16, no URL)."""
    if text.count("/") < 2 or " / " in text or "//" in text or "http" in text or "www." in text:
        return False
    parts = text.split("/")
    return len(parts) >= 3 and all(0 < len(p) <= 30 and not p.isdigit() for p in parts)


def _crumb_tail_key(text: str) -> str:
    """The compare key of a breadcrumb's last step (the page's own name), or ""."""
    for sep in (">", "›", "»", "→", "＞", "/"):
        if sep in text:
            text = text.rsplit(sep, 1)[1]
    return lexicon.key(text)


def _colon_headline(blocks: List[Block], feats: List[Features], i: int) -> bool:
    """A short "X：Y" line that is a headline ("孩子：我的奶酪，谁做主", "专访：某某谈…"), not a
    field of a metadata table ("级别：入学了"): a byline or date stands right under it and the
    line above is no field line."""
    b, f = blocks[i], feats[i]
    if not _FIELD_LINE_RE.match(b.text) or not _title_shaped(b, f, field_ok=True):
        return False
    if i + 1 >= len(blocks) or not _dateline(blocks[i + 1], feats[i + 1]):
        return False
    return i == 0 or not (_FIELD_LINE_RE.match(blocks[i - 1].text) or feats[i - 1].label)


def _widget_line(block: Block, f: Features) -> bool:
    """A button or a form widget of a text browser: "[ ]", "关键字[", "]", "●"."""
    text = block.text
    return (f.control or _is_bare_mark(text)
            or (len(text) <= 12 and ("[" in text or "]" in text) and _WIDGET_RE.search(text) is not None))


# A line that only counts a thread's comments: "74 comments", "New, 74 comments", "12 Kommentare".
_COMMENT_COUNT_RE = re.compile(r"^(?:new\s*,?\s*)?\d+\s+(?:" + lexicon.COMMENT_COUNT_WORDS + r")$",
                               re.IGNORECASE)


def _avatar_byline(blocks: List[Block], j: int) -> bool:
    """Block ``j`` is a writer's picture whose alt text names the writer printed right under it:
    a byline, as a name under a date is one."""
    if j + 1 >= len(blocks):
        return False
    m = lexicon.AVATAR_RE.match(blocks[j].text)
    return m is not None and lexicon.key(m.group(1)) == lexicon.key(blocks[j + 1].text)


def _dateline_bonus(blocks: List[Block], feats: List[Features], i: int, run_start: int = 0) -> float:
    """How strongly a byline/date line under block ``i`` marks it as the headline: right under
    it (a search box between, widgets and their short labels, does not count; nor does a
    section or author name of a few characters, "风情男女", nor an English standfirst above the
    article run that starts at ``run_start``), or one line further down."""
    n = len(blocks)
    j = i + 1
    while j < n and j <= i + 3 and not _dateline(blocks[j], feats[j]) and (
            _widget_line(blocks[j], feats[j])
            or (len(blocks[j].text) <= 4 and j + 1 < n and _widget_line(blocks[j + 1], feats[j + 1]))
            # (an English standfirst or caption between the headline and its byline, above the
            # article's text: the run's first sentence is no standfirst)
            or (j <= i + 2 and j < run_start and _latin_prose(blocks[j].text, feats[j])
                and not _latin_prose(blocks[i].text, feats[i]))
            # (a comment count under the headline, "New, 74 comments", and the standfirst
            # under that: the byline below signs the headline above both)
            or _COMMENT_COUNT_RE.match(blocks[j].text)
            or (j == i + 2 and j < run_start and _COMMENT_COUNT_RE.match(blocks[i + 1].text))):
        j += 1
    if j < n and (_signing_dateline(blocks[j], feats[j]) or _avatar_byline(blocks, j)):
        return 5.0
    if i + 2 < n and _signing_dateline(blocks[i + 2], feats[i + 2]):
        return 5.0 if _name_between(blocks, feats, i) else 1.5
    return 0.0


def _name_between(blocks: List[Block], feats: List[Features], i: int) -> bool:
    """Block ``i + 1`` is a name of a few characters (a section's, an author's) between a
    headline and its dateline, not the end of a headline a line wrap cut off ("…成" + "长",
    the whole printed elsewhere on the page).  (The dateline must be no sentence: a lead that
    opens on a date, "【看中国2005年07月03日报道】一九八九年四月，…", is none.)"""
    short = blocks[i + 1].text
    if len(short) > 5 or feats[i + 1].date or "，" in blocks[i + 2].text or "。" in blocks[i + 2].text:
        return False
    whole = blocks[i].text + short
    return not any(whole in b.text for b in blocks if len(b.text) >= len(whole))


def _signing_dateline(block: Block, f: Features) -> bool:
    """A dateline that signs the line above it: not a headline printed on one line with its own
    date ("湘菜粤菜 兵分两路 (图) 2005-06-14 03:25:55", as a blog prints an entry's head), whose
    date is its own."""
    return _dateline(block, f) and not (_headline_then_date(block.text) and _title_shaped(block, f))


def _column_edge(blocks: List[Block], start: int) -> int:
    """The left edge (display column) of the article's column in a text-browser dump: where the
    first lines of the article run start, at the least.  0 when the text is not set off by a
    column left of it (less than _COLUMN_MIN columns in)."""
    edge = min((b.indent for b in blocks[start:start + 5]), default=0)
    return edge if edge >= _COLUMN_MIN else 0


# A text column this far in has something beside it (a menu, a profile, a sidebar); a paragraph
# indent ("　　", a few spaces) is less.
_COLUMN_MIN = 12
# How far left of the column's edge a line starts to be a cell of the column beside it (a
# headline may start a little left of the text it heads, never that far).
_ASIDE_MARGIN = 8
# The dashes a subtitle opens with ("——副标题"; "――", U+2015, is how many GBK pages print it).
_SUBTITLE_DASHES = ("—", "--", "―", "－－")


def find_title(blocks: List[Block], feats: List[Features], start: int, meta_title: str = "",
               columns: bool = False, captions: frozenset = frozenset()) -> Optional[int]:
    """Index of the headline: the best headline-shaped block above the article run.

    A headline stands close above the body (bylines may sit between), is often repeated on the
    page (tab title, breadcrumb end, comment box), has a byline right below it, and does not
    look like an item of a list (bullets, numbers, counts).  ``columns``: the blocks are lines
    of a text dump, whose indents are display columns; there a headline stands in the article's
    column, not in the sidebar left of it.  ``captions``: the indices of picture captions (see
    :func:`_discount_captions`), which describe a picture rather than head the article.
    """
    lo = max(0, start - 40)
    if captions:
        # a row of pictures between the headline and the text (a video playlist, a gallery:
        # a third of the lines or more are captions) does not part them: the headline may
        # stand as far above as the captions are many
        pictures = sum(1 for j in range(lo, start) if j in captions)
        if pictures * 3 >= start - lo:
            lo = max(0, lo - pictures)
    # a text browser prints a sidebar's cells left of the article's column, on the headline's
    # rows: such a line is no headline, and the byline under it belongs to the column
    edge = _column_edge(blocks, start) if columns else 0
    aside_before = edge - _ASIDE_MARGIN
    best, best_score = None, float("-inf")
    joined = "\n".join([b.text for b in blocks])
    crumbs = {_crumb_tail_key(b.text) for b in blocks[lo:start]
              if looks_like_breadcrumb(b.text) or _path_crumb(b.text)}
    confirmed = set()  # candidates the breadcrumb names: no line above takes over from them
    # a page written in a CJK language has a CJK headline (an English line is a translation)
    cjk_page = sum(f.cjk for f in feats[start:start + 10]) > sum(f.words for f in feats[start:start + 10])
    meta_key = lexicon.key(meta_title) if meta_title else ""
    # Each line is asked up to three times (as a candidate, as a neighbour, as the line above
    # the best); all the lines asked about lie in [first, start).
    first = max(0, lo - 2)
    shaped = [(_title_shaped(blocks[j], feats[j]) and not _path_crumb(blocks[j].text)
               or _colon_headline(blocks, feats, j)) and not _avatar_byline(blocks, j)
              and not (j == 0 and not blocks[0].path and _link_rel_header(blocks[0].text))
              for j in range(first, start)]
    # (a heading of the markup is a headline even when it ends with a full stop)
    prose = [shaped[j - first] and blocks[j].kind != "heading" and _latin_prose(blocks[j].text, feats[j])
             for j in range(first, start)]
    dist = 0
    candidates = []
    keys = None  # compare keys of the lines in [first, start), computed when first needed
    cand_keys = {}  # the compare keys of the candidates, by index
    for i in range(start - 1, lo - 1, -1):
        b, f = blocks[i], feats[i]
        if not shaped[i - first] or i in captions:
            if not (f.date or f.label):
                dist += 1
            continue
        score = 3.0 - 0.35 * min(dist, 8)  # far is worse, but layouts can put lists between
        dist += 1
        k = cand_keys[i] = lexicon.key(b.text)
        # repeated elsewhere on the page (tab title, breadcrumb tail, "评论: <title>"), or
        # printed again nearby, maybe cut short by a text browser's line wrap
        repeats = joined.count(b.text) - 1 if len(b.text) >= 4 else 0
        if len(k) >= 8:
            if keys is None:
                keys = [lexicon.key(x.text) if len(x.text) <= 80 else "" for x in blocks[first:start]]
                # only a key of 7 characters or more can count below (0.8 * 8 = 6.4)
                long_keys = [(j, other) for j, other in enumerate(keys, first) if len(other) >= 7]
            least = 0.8 * len(k)
            copies = sum(1 for j, other in long_keys
                         if len(other) >= least and j != i and k.startswith(other))
            repeats = max(repeats, copies)
        score += min(repeats, 2) * 1.5
        aside = b.indent < aside_before
        if aside:
            score -= 3.0
        elif b.text[:1] not in _BULLETS:
            # (a bulleted link read on the row beside a byline, as a text browser prints a
            # link box next to it, is no headline the byline signs)
            score += _dateline_bonus(blocks, feats, i, start)
        if f.date and _headline_then_date(b.text):
            score += 4.0  # "标题 2005-09-11 18:04:42 楼主": headline and dateline on one line
        if lexicon.TITLE_LABEL_RE.match(b.text):
            score += 6.0  # "主题：…", "标 题：…": the page says which line is the headline
        elif i > 0 and not feats[i - 1].tail and _field_value(blocks[i - 1].text):
            # under a bare label ("发文机关：" / "吉林省人民政府"): the value of a field of a
            # metadata table, unless the label names the headline (a tail heading, "Up next:",
            # heads a list, whose items the list checks judge)
            score += 6.0 if lexicon.TITLE_LABEL_RE.match(blocks[i - 1].text) else -4.0
        if b.text.startswith(_SUBTITLE_DASHES):
            score -= 4.0  # "——副标题": a subtitle
        if b.text.isupper() or "|" in b.text:
            score -= 3.0  # "NEWS | LOCAL GOVERNMENT": a section kicker
        if prose[i - first]:
            score -= 3.0  # a standfirst, a caption, the lead's first sentence
        elif b.text.count(" ") < 3 and _latin_script(b.text, f):
            score -= 2.0  # "Fantasy Football Today", "Advertise with us": an English headline has 4 words or more
        # the breadcrumb's last step names the page (a bullet before it is decoration)
        crumb_end = len(k) >= 4 and any(c.endswith(k) for c in crumbs)
        if crumb_end:
            score += 3.0
            confirmed.add(i)
        elif _is_list_item(b.text):
            score -= 4.0
        # a headline stands alone; a line between headline-shaped lines is an item of a list
        # (in a dump laid out in columns, only a line of the same column is a neighbour; a
        # section's name above a headline, "今日关注", is none)
        neighbours = sum(1 for j in (i - 1, i + 1)
                         if 0 <= j < len(blocks) and j != start and shaped[j - first] and not prose[j - first]
                         and (blocks[j].indent < aside_before) == aside
                         and not (j < i and _kicker_name(blocks, feats, j)))
        score -= 1.5 * neighbours
        if b.kind == "heading":
            score += 2.0 + (2.0 if b.level == 1 else 0.0)
        if meta_key and k and (k in meta_key or meta_key in k):
            score += 4.0
        if f.cjk >= 4 and 8 <= len(b.text) <= 40:
            score += 1.0
        elif _section_name(b, f):
            score -= 2.0
        if b.hint < 0:
            score -= 2.0
        if cjk_page and f.cjk < 2:
            score -= 3.0
        candidates.append((i, score))
    # a line labelled as the headline ("主题：…") counts however far above the run it stands
    # (forum threads put the poster's profile and signature between)
    for i in range(max(0, lo - 120), lo):
        text = blocks[i].text
        if text[:1] in _TITLE_LABEL_FIRST and lexicon.TITLE_LABEL_RE.match(text) \
                and _title_shaped(blocks[i], feats[i]):
            candidates.append((i, 0.2 + 6.0 + _dateline_bonus(blocks, feats, i)))
    head = _headline_inside_run(blocks, feats, start, columns)
    if head is not None:
        # it competes without the bonuses of a byline or a position above the text
        text = blocks[head].text
        score = 0.5 + (1.0 if feats[head].cjk >= 4 and 8 <= len(text) <= 40 else 0.0)
        score += min(joined.count(text) - 1, 2) * 1.5 if len(text) >= 4 else 0.0
        candidates.append((head, score))
    scores = {}
    # compared by keys: the two printings may differ in quote marks and spaces
    texts = [cand_keys[j] if j in cand_keys else lexicon.key(blocks[j].text) for j, _ in candidates]
    for (i, score), text in zip(candidates, texts):
        # a part of a longer nearby candidate (main title or subtitle of a two-line headline
        # printed again in one line) defers to the whole (a longer text is another candidate)
        n = len(text)
        if n and any(len(other) > n and text in other for other in texts) \
                and not (i > 0 and _run_into(blocks[i - 1].text, blocks[i].text)):
            score -= 2.5
        scores[i] = score
        if score > best_score:
            best, best_score = i, score
    if best is not None and best < start and best not in confirmed:
        top = _headline_group_top(blocks, feats, best, shaped, first)
        # the line above takes over only if it is itself a plausible headline
        if top != best and scores.get(top, float("-inf")) >= best_score - 4.5:
            best = top
    return best


def _field_value(above: str) -> bool:
    """``above`` is a bare field label ("发文机关：", "标 题:"), so the line under it is its value."""
    label = above[:-1].strip()
    return len(above) <= 8 and above.endswith((":", "：")) and len(label) >= 2 and not label.isdigit()


def _section_name(block: Block, f: Features) -> bool:
    """A CJK line of a few characters: a section's name ("风情男女", "个人专栏"), not a headline."""
    return f.cjk > 0 and len(block.text) < 6


def _kicker_name(blocks: List[Block], feats: List[Features], i: int) -> bool:
    """Block ``i`` is a section's name standing alone over a headline ("今日关注"), not one of a
    menu's short items ("广发卡", "网上银行")."""
    return _section_name(blocks[i], feats[i]) and (i == 0 or len(blocks[i - 1].text) >= 6)


def _paragraph(f: Features) -> bool:
    """A real paragraph of prose (not a line of a menu or a short blurb)."""
    return f.units >= 60 and f.punct >= 2


def _headline_inside_run(blocks: List[Block], feats: List[Features], start: int,
                         dump: bool = False) -> Optional[int]:
    """A headline the article run swallowed: text dumps of blogs and of pages laid out in columns
    let a run open on a few stray lines ("正在读取评论……", a sidebar's "bytes)") before the
    headline and the text.  The first headline-shaped line among the run's opening lines, before
    any paragraph and right above one (in a text ``dump``, before any English sentence, also
    right above its standfirst or byline, see :func:`_heads_text`), if any."""
    prose_seen = False
    for j in range(start, min(start + 8, len(blocks) - 1)):
        b, f = blocks[j], feats[j]
        if _paragraph(f):
            return None
        prose = _latin_prose(b.text, f)  # a lead's or a caption's sentence is no headline
        # (a line of a hard-wrapped paragraph has its commas; a headline has few marks)
        if ((_paragraph(feats[j + 1]) or (dump and not prose_seen and _heads_text(blocks, feats, j)))
                and f.punct <= 2 and "，" not in b.text and "。" not in b.text
                and not _is_list_item(b.text) and b.text[:1] not in "»›→<>" and not prose
                and _title_shaped(b, f) and not _path_crumb(b.text)):
            return j
        prose_seen = prose_seen or prose
    return None


def _heads_text(blocks: List[Block], feats: List[Features], j: int) -> bool:
    """The line after English block ``j`` (past a second printing of it) is what a headline in a
    text dump stands on besides a paragraph: its standfirst or its byline."""
    k = j + 1
    if k + 1 < len(blocks) and blocks[k].text == blocks[j].text:
        k += 1
    nxt, g = blocks[k], feats[k]
    return (_latin_script(blocks[j].text, feats[j])
            and (_paragraph(g) or _latin_prose(nxt.text, g) or _signing_dateline(nxt, g)))


def _headline_then_date(text: str) -> bool:
    """"标题 2005-09-11 18:04:42 楼主": some words, then a date and time with at most a few
    characters after them (a poster's role or name), as a forum prints a thread's first post."""
    m = DATE_TAIL_RE.search(text)
    return m is not None and m.start() >= 6 and len(text) - m.end() <= 6


# An age alone on a line, as news apps print the time of a story: "昨天", "3小时前", "5 hours ago".
_AGE_LINE_RE = re.compile(r"^(?:刚刚|今天|昨天|前天|\d{1,2}\s*(?:分钟|小时|天)前"
                          r"|(?:yesterday|today|just now|\d{1,2}\s+(?:mins?|minutes?|hours?|days?)\s+ago))$",
                          re.IGNORECASE)


def _dateline(block: Block, f: Features) -> bool:
    """A short line with a byline label or a date, or an age alone ("昨天"): what stands right
    under a headline."""
    return len(block.text) <= 80 and (f.label or f.date or f.byline_start
                                      or _AGE_LINE_RE.match(block.text) is not None) and f.punct <= 4


_KICKER_RE = re.compile(r"^[【\[〖].{1,12}[】\]〗]$|[:：]$")


def _run_into(upper: str, lower: str) -> bool:
    """``upper`` is ``lower`` with a few words run into its start: a breadcrumb printed on one
    line with the headline ("Home News Business News Ascom announces …" over "Ascom announces
    …"), so ``lower`` is the headline itself."""
    k, upper_key = lexicon.key(lower), lexicon.key(upper)
    return len(k) >= 8 and len(upper_key) > len(k) and upper_key.endswith(k)


def _bare_crumb(text: str) -> bool:
    """A breadcrumb copied without its step marks: the home step, then a few short words
    ("Home News Science & Astronomy")."""
    first, _, rest = text.partition(" ")
    return first in lexicon.CRUMB_HOME_WORDS and 0 < len(rest) <= 60 and not _full_stop(text)


def _headline_group_top(blocks: List[Block], feats: List[Features], i: int, shaped: List[bool],
                        first: int) -> int:
    """A headline printed as main title + subtitle on two lines: the main title is the first.

    Only for a group of two headline-shaped lines standing alone (a longer group is a list; a
    section name over the two, "今日关注", makes none), and not when the line above is a kicker
    such as "【新春走基层】".  ``shaped[j - first]`` tells whether block ``j`` is headline-shaped
    (see :func:`find_title`).
    """
    above = i - 1
    if above - 1 >= first and _COMMENT_COUNT_RE.match(blocks[above].text):
        # "New, 74 comments" printed between the headline and its standfirst does not part them
        above -= 1
    if above < first or not shaped[above - first]:
        return i
    if above - 1 >= 0 and shaped[above - 1 - first] and not _kicker_name(blocks, feats, above - 1):
        return i
    upper = blocks[above].text
    if _KICKER_RE.search(upper) or _is_list_item(upper) or upper.isupper() or "|" in upper:
        return i
    if _run_into(upper, blocks[i].text) or _bare_crumb(upper):
        return i
    if blocks[i].text.startswith(_SUBTITLE_DASHES + ("-", "(", "（")):
        return above
    # a main title is substantial prose, not a few short words ("推荐 我要说说")
    longest_part = max(len(p) for p in upper.split())
    if longest_part >= 6 and len(upper) >= 0.4 * len(blocks[i].text):
        return above
    return i


def _first_entry_end(blocks: List[Block], feats: List[Features], scores: List[float],
                     start: int, end: int) -> int:
    """On pages that list several entries (a blog's home page, a forum thread) the article is
    the first entry: end the run at the first entry footer ("由某某张贴 @ 2005-03-21 (359)
    共 3 篇评论") or at the second entry header (a dated byline printed from the same template
    again, "〓 发布时间 2005/03/16 … by 某某 〓") that follows real text."""
    headers = {}
    for i in range(start, end):
        text = blocks[i].text
        if len(text) < 100 and feats[i].date:
            headers.setdefault(_template_key(text), []).append(i)
    # the template filled with another date or name: a new entry (the same line twice is a credit)
    # -- unless both stand in table cells, one of them in a data table (see html.py): then the
    # dated lines are a column of the tables' records ("发行日期：…" under each album, a table
    # per section), not entry headers
    repeated = {i for rows in headers.values() for k, i in enumerate(rows[1:])
                if (len(rows) >= 3 or blocks[i].text != blocks[rows[0]].text)
                and not _table_records(blocks[rows[k]], blocks[i])}
    body = 0.0
    for i in range(start, end):
        text = blocks[i].text
        # (the date and the two words first: they settle most lines without the pattern)
        if body >= 60.0 and len(text) < 100 and (
                i in repeated or ((feats[i].date or "阅览者" in text or "浏览者" in text)
                                  and lexicon.has_entry_footer(text))):
            return i
        if scores[i] > 0:
            body += scores[i]
    return end


_CELL_RE = re.compile(r">t[dh](?:[.#>]|$)")


def _table_records(a: Block, b: Block) -> bool:
    """Blocks ``a`` and ``b`` are fields of a data table's records: both in table cells, at
    least one of them in a data table (``Block.grid``)."""
    return (a.grid or b.grid) and _CELL_RE.search(a.path) is not None \
        and _CELL_RE.search(b.path) is not None


_DIGITS_RE = re.compile(r"\d+")


def _template_key(text: str) -> str:
    """A dated line with its numbers and the words after the date blanked out: equal keys mean
    the same byline template filled for different entries."""
    head = _DIGITS_RE.sub("0", text)
    cut = head.find("0")
    return head[:cut + 12] if cut >= 0 else head


def _opening_junk(block: Block, f: Features, score: float) -> bool:
    if score <= 0:
        return True
    if f.units >= 30 or f.ends_sentence:
        return False
    return True


_NAME_LINE_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ&][\w.'’-]*){0,4}$")


def _split_byline(blocks: List[Block], i: int) -> bool:
    """Block ``i`` is a lone byline label with a name line under it ("By" / "Jane Roe")."""
    return (blocks[i].text in lexicon.LONE_BYLINE_LABELS and i + 1 < len(blocks)
            and _NAME_LINE_RE.match(blocks[i + 1].text) is not None)


def _is_byline(f: Features, block: Block) -> bool:
    """A byline line: labelled, or a short author line, or a short dated line.  A sentence that
    merely starts with "记者" ("记者从市城管局获悉，…") is the lead, not a byline."""
    n = len(block.text)
    if n > 120:
        return False
    if f.byline_start and not f.label and (n > 50 or f.punct >= 3):
        return False
    return f.label or f.byline_start or (f.date and f.punct <= 6 and f.units < 40)


def _score_blocks(blocks: List[Block], feats: List[Features]
                  ) -> Tuple[List[float], frozenset, frozenset, frozenset, frozenset]:
    """Each block's contribution to the article run (also kept on the block for explain), with
    the indices of the picture captions found, of the cells of data tables set into the
    article, of the captions that cannot be the headline (all but a headline printed
    twice), and of the lines of boxes set into a text dump's article."""
    scores = []
    hints = {}  # the reason's words for each markup hint of the page (a page has a few)
    for b, f in zip(blocks, feats):
        s, why = local_score(b, f)
        if b.hint:
            units = f.units  # clamped to [8, 80] (written out: two calls per block otherwise)
            s += b.hint * (8.0 if units < 8.0 else 80.0 if units > 80.0 else units)
            words = hints.get(b.hint)
            if words is None:
                words = hints[b.hint] = f", markup hint {b.hint:+.1f}"
            why += words
        b.score, b.reasons = s, [why]
        scores.append(s)
    # (teasers and data tables are found by their markup: a text dump has no tag paths)
    paths = any(map(_PATH, blocks))
    caps, headlines = _discount_captions(blocks, feats, scores, paths)
    captions = frozenset(caps)
    if paths:
        _discount_teasers(blocks, feats, scores)
    table_cells = frozenset(_neutral_data_tables(blocks, feats, scores) if paths else ())
    boxed = frozenset()
    if not (blocks and blocks[0].path):
        _discount_dump_excerpts(blocks, feats, scores)
        boxed = _bridge_inline_boxes(blocks, feats, scores)
    _bridge_walls_inside_sentences(blocks, feats, scores)
    _discount_after_tails(feats, scores)
    return scores, captions, table_cells, captions - headlines, boxed


def _prose_line(f: Features) -> bool:
    """A paragraph of running text: a sentence or more, not a link."""
    return f.units >= 40 and f.punct >= 1 and f.ends_sentence and f.link_density < 0.5


def _full_stop(text: str) -> bool:
    """The line ends with a full stop (inside closing quotes or brackets): a sentence, where a
    headline ends bare or with a question or exclamation mark."""
    return text.rstrip("”\"'’)）」』 ")[-1:] in (".", "。")


def _bridge_inline_boxes(blocks: List[Block], feats: List[Features], scores: List[float]) -> frozenset:
    """In a text dump a "Related" / "Read more" / "Trending" heading is a wall, but a news page
    often sets such a box into the middle of the article: when prose stands right before the
    heading and the article's prose resumes within a few lines after it (a sentence within ten,
    then twice within eight), the box's headings and the teaser lines under them become a gap
    that the article bridges (one teaser's score for the whole box), and the prose after it is
    not discounted as a tail's.  Returns the indices of the boxes' lines."""
    n = len(blocks)
    boxed = set()
    # (the loop clears tail flags at and after the heading it looks at: test them again)
    for i in _where(map(_TAIL, feats)):
        f = feats[i]
        if not f.tail or scores[i] != WALL:
            continue
        if not lexicon.is_teaser_leadin_key(lexicon.key(blocks[i].text)):
            continue
        if not any(_prose_line(feats[j]) for j in range(max(0, i - 3), i)):
            continue
        resume = -1
        # (a box may head each of its teasers again, "Related" / item / "Related" / item: the
        # ten lines are counted from its last heading: a text browser wraps a teaser onto two)
        j, limit = i + 1, min(n, i + 10)
        while j < limit:
            if feats[j].tail:
                if not lexicon.is_teaser_leadin_key(lexicon.key(blocks[j].text)):
                    break   # a comments or other tail heading: the box is the article's end
                limit = min(n, j + 10)
            g = feats[j]
            j += 1
            if g.units >= 16 and g.link_density < 0.5 and _full_stop(blocks[j - 1].text):
                resume = j - 1  # a sentence (a teaser is a headline: no full stop)
                break
        if resume < 0 or sum(1 for j in range(resume, min(n, resume + 8))
                             if _prose_line(feats[j])) < 2:
            continue
        # The box is one gap: it costs the run one teaser's score, not one per line, or a box of
        # five teasers (-100) would part the article from the few paragraphs after it (or before
        # it) that it bridged as plain short lines before its heading was known.  Its other lines
        # count for nothing (at most); they are labelled as teasers whatever their scores.
        for j in range(i, resume):
            if feats[j].tail:
                feats[j].tail = False
                scores[j] = blocks[j].score = TEASER_SCORE if j == i else 0.0
                blocks[j].reasons.append("box heading set into the article")
            else:
                if scores[j] > 0.0:
                    scores[j] = blocks[j].score = 0.0
                blocks[j].reasons.append("teaser in a box set into the article")
        boxed.update(range(i, resume))
    return frozenset(boxed)


def _table_key(path: str) -> str:
    """The tag path of the table that holds a cell (``…>table.x>tbody>tr>td`` -> ``…>table.x``),
    or "" for a block outside a table cell."""
    last = path.rfind(">")
    if not path[last + 1:].startswith(("td", "th")):
        return ""
    cut = path.rfind(">table")
    return path[:cut + 1 + path[cut + 1:].find(">")] if cut >= 0 else ""


def _parent_tail(path: str) -> str:
    """The last two segments of the path of a block's container (its parent element)."""
    parts = path.split(">")
    return ">".join(parts[-3:-1])


def _is_figure(text: str) -> bool:
    """A table cell holding a figure: a number, score, price or percentage ("5040", "-12.99"),
    also with a short unit ("2.3 GB/s", "120 km", "45 kg")."""
    return sum(ch.isdigit() for ch in text) * 2 >= len(text) or _FIGURE_UNIT_RE.match(text) is not None


_FIGURE_UNIT_RE = re.compile(r"^[-+±]?\d[\d.,]*\s?(?:[^\W\d_]{1,4}(?:/[^\W\d_]{1,4})?|%)$")


def _neutral_data_tables(blocks: List[Block], feats: List[Features], scores: List[float]) -> List[int]:
    """A data table set into the article (standings, results, prices: many short cells, a good
    share of them figures) is part of it, though each cell alone looks like a menu item: its
    cells score 0, so the article runs through it to prose that follows and keeps it.  The
    table must sit in the same container as the prose paragraph right before or after it.
    Returns the indices of the cells."""
    found: List[int] = []
    n = len(blocks)
    i = 0
    while i < n:
        path = blocks[i].path
        cut = path.rfind(">")
        if path[cut + 1:cut + 3] not in ("td", "th"):     # (the cheap half of _table_key)
            i += 1
            continue
        key = _table_key(path)
        if not key:
            i += 1
            continue
        j = i + 1
        while j < n and _table_key(blocks[j].path) == key:
            j += 1
        cells = blocks[i:j]
        if (len(cells) >= 8 and sum(len(b.text) for b in cells) <= 30 * len(cells)
                and sum(1 for b in cells if _is_figure(b.text)) * 4 >= len(cells)):
            for k in (i - 1, j):
                if 0 <= k < n and scores[k] > 30 and feats[k].link_density < 0.5 and \
                        (_parent_tail(blocks[k].path) + ">table") in key:
                    for c in range(i, j):
                        if scores[c] < 0:
                            scores[c] = blocks[c].score = 0.0
                            blocks[c].reasons.append("cell of a data table in the article")
                    found.extend(range(i, j))
                    break
        i = j
    return found


TEASER_SCORE = -20.0    # a teaser link set into the article: a gap, labelled as boilerplate
_TEASER_LINKS = 0.6     # link share of a block that is one link (a headline pointing elsewhere)


def _teaser_leadin(text: str, whole: bool) -> bool:
    """The line opens with a teaser lead-in ("Related: …", "SEE MORE: …"), or with ``whole``
    is one ("DON'T MISS", "Related stories")."""
    if whole and len(text) <= 30 and lexicon.key(text) in lexicon.TEASER_LEADIN_KEYS:
        return True
    cut = max(text.find(":"), text.find("："))
    return 0 < cut <= 24 and lexicon.key(text[:cut]) in lexicon.TEASER_LEADIN_KEYS


def _is_link_headline(block: Block, f: Features) -> bool:
    """A block that is (nearly) all one link and not a web address: a headline or call to
    action pointing elsewhere.  (A printed address is a reference the article cites.)"""
    if f.link_density < _TEASER_LINKS:
        return False
    text = block.text
    if "http" in text or "www." in text or "://" in text:
        return False
    # Linked cells of a table are its data (a results table, a wiki's infobox and charts).
    last = block.path[block.path.rfind(">") + 1:]
    return block.kind != "td" and not last.startswith(("td", "th"))


def _discount_teasers(blocks: List[Block], feats: List[Features], scores: List[float]) -> None:
    """Links to other stories set into an HTML article are not its text, although they sit in
    its container: three or more link-only blocks in a row (a "more stories" list), two after a
    lead-in line ("DON'T MISS", a tail heading), and a lone one that opens with a lead-in
    ("Related: …") or shouts in capitals ("GET THE APP BY CLICKING HERE").  They score as a gap
    that the article bridges, and their lead-in line with them."""
    n = len(blocks)
    i = 0
    while i < n:
        if feats[i].link_density < _TEASER_LINKS or not (
                blocks[i].path and _is_link_headline(blocks[i], feats[i])):
            i += 1
            continue
        j = i + 1
        # (a share bar's or a page control's link is no story's: it does not lengthen the row)
        while j < n and blocks[j].path and _is_link_headline(blocks[j], feats[j]) and not feats[j].control:
            j += 1
        lead = i - 1 if i > 0 and (feats[i - 1].tail or (
            feats[i - 1].link_density < _TEASER_LINKS and _teaser_leadin(blocks[i - 1].text, True))) else -1
        if j - i >= 3 or (j - i == 2 and lead >= 0):
            hits = list(range(i, j)) + ([lead] if lead >= 0 else [])
        else:
            hits = [k for k in range(i, j)
                    if _teaser_leadin(blocks[k].text, False)
                    or (feats[k].words >= 3 and blocks[k].text.isupper())]
        for k in hits:
            if scores[k] > TEASER_SCORE:
                scores[k] = blocks[k].score = TEASER_SCORE
                blocks[k].reasons.append("teaser link to another story")
        i = j
    # An excerpt followed by its own short link ("READ THE REST", "Continue reading") and cut
    # short ("… [&hellip;]") or under a linked headline: a teaser of another story.  (The three
    # stand in one box: a link above in another element is a menu's.)
    for k in range(1, n - 1):
        if feats[k].units < 16 or feats[k].link_density >= _TEASER_LINKS:
            continue
        nxt = k + 1
        box = _parent_path(blocks[k].path)
        if not (box and _parent_path(blocks[nxt].path) == box and len(blocks[nxt].text) <= 40
                and _is_link_headline(blocks[nxt], feats[nxt])):
            continue
        headline = _parent_path(blocks[k - 1].path) == box and _is_link_headline(blocks[k - 1], feats[k - 1])
        if not (headline or blocks[k].text.endswith(_EXCERPT_ENDS)):
            continue
        hits = [k, nxt] + ([k - 1] if headline else [])
        for h in hits:
            if scores[h] > TEASER_SCORE:
                scores[h] = blocks[h].score = TEASER_SCORE
                blocks[h].reasons.append("excerpt of another story")


def _discount_dump_excerpts(blocks: List[Block], feats: List[Features], scores: List[float]) -> None:
    """A text dump's excerpts of other stories: a list of headline, paragraph and short link
    line, the same link line under each ("READ THE REST" after each teaser of a "next posts"
    list: two in a row when a paragraph is cut short, "… […]", three otherwise).  (A text dump has no links to tell them by, as _discount_teasers does on HTML;
    the repeated headline-paragraph-link pattern and the cut stand in.)"""
    n = len(blocks)
    found = {}  # link line -> [(headline, paragraph, link)], and whether a paragraph is cut
    cut = set()
    for k in range(1, n - 1):
        f, g, h = feats[k], feats[k + 1], feats[k - 1]
        if f.units < 16 or not f.punct or g.punct or g.control or g.tail or g.footer or h.tail or h.control:
            continue
        link, head = blocks[k + 1].text, blocks[k - 1].text
        if len(link) > 30 or len(head) > 150 or h.units < 6 or _full_stop(head):
            continue
        found.setdefault(link, []).append(k)
        if blocks[k].text.endswith(_EXCERPT_ENDS):
            cut.add(link)
    for link, where in found.items():
        need = 2 if link in cut else 3
        # only a list of them: each triple right under the one before (a section heading that
        # recurs under the paragraphs of an article stands apart, with its section between)
        chains, chain = [], [where[0]]
        for k in where[1:]:
            if k == chain[-1] + 3:
                chain.append(k)
            else:
                chains.append(chain)
                chain = [k]
        chains.append(chain)
        for chain in chains:
            if len(chain) < need:
                continue
            for k in chain:
                for j in (k - 1, k, k + 1):
                    if scores[j] > TEASER_SCORE:
                        scores[j] = blocks[j].score = TEASER_SCORE
                        blocks[j].reasons.append("excerpt of another story")


def _parent_path(path: str) -> str:
    """The tag path of the element holding a block ("" for none)."""
    return path[:path.rfind(">")] if ">" in path else ""


# How an excerpt cut short ends (see _discount_teasers).
_EXCERPT_ENDS = ("…", "...", "[…]", "[...]", "…]", "… ]")


CAPTION_SCORE = -2.0  # a caption inside the article: bridged over, never a reason to extend it


# The toggle closing a collapsed caption: "… Esper is on a visit to ... more".
_COLLAPSED_RE = re.compile(r"\s*(?:\.\.\.|…)\s*(?:read |see |show )?more$", re.IGNORECASE)


# A caption a text dump prints under its screen-reader label: "Image caption Taylor Swift's
# seventh album…", "Media caption The moment…".
_CAPTION_LABEL_RE = re.compile(r"^(?:Image|Media|Photo|Picture|Video) caption\b", re.IGNORECASE)
_CAPTION_LABEL_FIRST = tuple("IiMmPpVv")


def _collapsed_captions(blocks: List[Block]) -> set:
    """A caption a page prints twice, in full and cut short with a "... more" toggle (a gallery's
    collapsible caption; the full one often ends in its " less" toggle): both versions, wherever
    the page repeats them (galleries print each caption again in their full-screen view), are
    captions.  Returns the indices of their blocks."""
    texts = set()
    n = len(blocks)
    for i in _where(map(str.endswith, map(_TEXT, blocks), repeat(("more", "More", "MORE")))):
        text = blocks[i].text
        if len(text) < 40:
            continue
        m = _COLLAPSED_RE.search(text)
        if m is None or m.start() < 30:
            continue
        stem = text[:m.start()]
        for j in range(max(0, i - 2), min(n, i + 3)):
            other = blocks[j].text
            if j != i and len(other) > len(stem) + 3 and other.startswith(stem):
                texts.update((text, other))
    if not texts:
        return texts
    return {i for i, b in enumerate(blocks) if b.text in texts}


_REPEAT_MIN = 30     # characters of a line printed twice in a row that make it a picture's text
_REPEAT_SPAN = 5     # blocks of one copy (a caption wrapped into a few blocks, its credit)


def _repeated_alt_texts(blocks: List[Block]) -> Tuple[set, set, set]:
    """A text browser prints a picture's alt text and then its title (or a video's poster text
    and its label), which are often the same caption: a group of a few blocks, one of them a
    line of some length, printed again right after itself.  An article does not repeat its own
    sentences back to back, so both copies are captions.  Returns the indices of both copies'
    blocks, those of the second copies, and those of the groups without a sentence (a headline
    printed twice: a teaser's picture named by its headline, or the page's own headline)."""
    both, again, bare = set(), set(), set()
    n = len(blocks)
    texts = list(map(_TEXT, blocks))
    # Only a text the page prints more than once can start a group (the others move on at
    # once): look at those alone, in order, from where the last group found ended.
    repeated = {t for t, k in Counter(texts).items() if k > 1}
    if not repeated:
        return both, again, bare
    resume = 0
    for i in _where(map(repeated.__contains__, texts)):
        if i >= n - 1:
            break
        if i < resume:
            continue
        text = texts[i]
        # (most lines do not come again within the span: one list search settles them)
        if text not in texts[i + 1:i + 1 + _REPEAT_SPAN]:
            continue
        for p in range(1, _REPEAT_SPAN + 1):
            if i + 2 * p > n:
                break
            if blocks[i + p].text != text:
                continue
            group = [b.text for b in blocks[i:i + p]]
            if group == [b.text for b in blocks[i + p:i + 2 * p]] and \
                    max(len(t) for t in group) >= _REPEAT_MIN:
                end = i + 2 * p
                # (a third printing and more: a gallery's full-screen view repeats it again)
                while [b.text for b in blocks[end:end + p]] == group:
                    end += p
                both.update(range(i, end))
                again.update(range(i + p, end))
                if not any(_full_stop(t) or ends_with_credit(t) for t in group):
                    bare.update(range(i, end))
                resume = end
                break
    return both, again, bare


def _discount_captions(blocks: List[Block], feats: List[Features],
                       scores: List[float], paths: bool = True) -> Tuple[List[int], set]:
    """Picture captions and credits (by their markup, a credit closing the line, a collapsed
    caption's two versions, a picture's text printed twice) are not the article's prose: they
    score as a small gap, so the run bridges the ones between paragraphs but does not grow to
    reach them.  Not on a page whose prose is mostly captions (a photo gallery tells its story
    in them; a caption printed twice counts once).  Returns the captions' indices (none for a
    gallery) and those of the headlines printed twice among them (see :func:`_repeated_alt_texts`).
    ``paths``: some block has a tag path (else none is a caption by its markup)."""
    repeated, again, bare = _repeated_alt_texts(blocks)
    collapsed = _collapsed_captions(blocks) | repeated
    # The blocks each test can hold for, found by C-speed scans (see _where); the tests then
    # run on those alone.
    texts = list(map(_TEXT, blocks))
    maybe = set(_where(map(str.endswith, texts, repeat(_CREDIT_LAST))))
    maybe.update(_where(map(contains, texts, repeat(":"))))
    maybe.update(_where(map(str.startswith, texts, repeat(_CAPTION_LABEL_FIRST))))
    if paths:
        maybe.update(_where(map(_PATH, blocks)))
    maybe.update(collapsed)
    caps = [i for i in sorted(maybe)
            if (blocks[i].path and is_caption_markup(blocks[i])) or ends_with_credit(texts[i])
            or i in collapsed
            or (texts[i].startswith(_CAPTION_LABEL_FIRST) and _CAPTION_LABEL_RE.match(texts[i]))]
    if not caps:
        return caps, bare
    cap_total = sum(scores[i] for i in caps if scores[i] > 0 and i not in again)
    total = sum(s for i, s in enumerate(scores) if s > 0 and i not in again)
    if cap_total * 2 >= total and cap_total > 0:
        return [], set()
    for i in caps:
        if scores[i] > CAPTION_SCORE:
            scores[i] = CAPTION_SCORE
            blocks[i].score = CAPTION_SCORE
            blocks[i].reasons.append("picture caption or credit")
    return caps, bare


def _bridge_walls_inside_sentences(blocks: List[Block], feats: List[Features], scores: List[float]) -> None:
    """A tail heading ("更多>>") between the two halves of a sentence is a line of a side column
    that a text browser laid out inside the article, not the article's end: make it a deep gap
    the run can bridge instead of a wall.  (The prose after it still counts at a third, see
    :func:`_discount_after_tails`, so only a long text bridges it.)"""
    last = len(blocks) - 1
    for i in _where(map(eq, scores, repeat(WALL))):
        if not 0 < i < last:
            continue
        before, after = feats[i - 1], feats[i + 1]
        if (before.units >= 20 and not before.ends_sentence and scores[i - 1] > 0
                and not blocks[i - 1].text.endswith(("：", ":", "！", "？"))
                and after.units >= 20 and scores[i + 1] > 0):
            scores[i] = -60.0
            blocks[i].score = -60.0
            blocks[i].reasons = ["tail heading inside a sentence"]


def _skip_opening_junk(blocks: List[Block], feats: List[Features], scores: List[float],
                       start: int, end: int) -> int:
    """The run may open on the headline or byline lines that carry a colon or a date (an article
    opens on a sentence), or on a lead picture's caption: the first block after them."""
    while start < end - 1 and (_opening_junk(blocks[start], feats[start], scores[start])
                               or is_caption_markup(blocks[start])):
        start += 1
    return start


# How far into the run a text browser's byline box may reach (see _article_run).
_BYLINE_BOX = 12


def _article_run(blocks: List[Block], feats: List[Features], scores: List[float]) -> Tuple[int, int]:
    """The article's blocks [start, end): the best run, trimmed at both ends."""
    start, end = best_run(scores)
    start = _skip_opening_junk(blocks, feats, scores, start, end)
    # A legal line among the run's first blocks ("This material may not be published…") closes
    # the site's header, where a notice printed as prose (a data provider's disclaimer) stood:
    # the article starts after it.
    for i in range(start, min(start + 3, end - 1)):
        if feats[i].footer:
            start = _skip_opening_junk(blocks, feats, scores, i + 1, end)
            break
    end = _first_entry_end(blocks, feats, scores, start, end)
    # A byline among the first blocks of the run (a headline with a colon or quotes scored as
    # prose) means the article starts after it.
    # (Not below two paragraphs: the article has begun, and a dated line there heads the list of
    # links after it, "* 11/20/2019 01:14 PM" under a teaser, in a short text of a text dump.
    # Past the first four blocks only over short lines: a text browser prints a byline box as
    # many, "By" / the name / the paper / "• Biography" / "• @handle", above its date.)
    paragraphs = 0
    for i in range(start, min(start + _BYLINE_BOX, end - 1)):
        if paragraphs >= 2 or (i >= start + 4 and feats[i - 1].units >= 30):
            break
        paragraphs += _paragraph(feats[i])
        # (a line of forty units or more is the lead sentence a text browser wrapped, opening on
        # its date, "2019年2月27日下午，佛山…", not a byline: a byline is a few fields)
        if _dateline(blocks[i], feats[i]) and (feats[i].label or feats[i].date) and feats[i].units < 40:
            start = i + 1
            break
    # A short "Label: value" line closing the run is a credit ("Photo: …", "Our Standards: …");
    # three or more in a row are a list of fields the article ends on (a car's specifications,
    # ticket prices), not credits.
    cut = end
    while cut - 1 > start and feats[cut - 1].units < 20 and _CREDIT_RE.match(blocks[cut - 1].text):
        cut -= 1
    if end - cut < _FIELD_LIST:
        end = cut
    end = _trim_closing_promos(blocks, feats, scores, start, end)
    return start, end


def _minor(f: Features, score: float) -> bool:
    """A line too slight to be the article's last paragraph: a heading, a button, a date."""
    return f.units < 16 or score <= 0 or (f.punct == 0 and f.units < 30) or (f.date and f.units < 40)


def _trim_closing_promos(blocks: List[Block], feats: List[Features], scores: List[float],
                         start: int, end: int) -> int:
    """The run's last lines, when they are calls to action ("Follow us on Twitter", "Subscribe
    to our newsletter", "Have a tip? … may be reached at …") mixed with slight lines (buttons,
    a date, the promo's heading, a line of small print right under a promo), are the site's, not
    the article's: end before the first of them, and before a heading right above it."""
    def promo(i: int) -> bool:
        return feats[i].units < 240 and lexicon.is_promo(blocks[i].text)

    cut = -1
    i = end - 1
    while i > start and end - i <= 8:
        if promo(i):
            cut = i
        elif not _minor(feats[i], scores[i]) and not (i - 1 > start and promo(i - 1)):
            # (a line under a promo is the promo's own small print, "No spam, we promise", or
            # the publisher's line that closes the page: "X is part of Y, a media group")
            break
        i -= 1
    if cut < 0:
        return end
    while cut - 1 > start and feats[cut - 1].punct == 0 and feats[cut - 1].units < 30:
        cut -= 1
    # keep the article when the promos were most of it
    if sum(s for s in scores[start:cut] if s > 0) < sum(s for s in scores[cut:end] if s > 0):
        return end
    return cut


def _label_run(blocks: List[Block], feats: List[Features], scores: List[float], start: int,
               end: int, title_text: str, labels: List[str], captions: frozenset = frozenset(),
               table_cells: frozenset = frozenset(), boxed: frozenset = frozenset()) -> int:
    """Label the blocks of the run; return where the article really ends (an editor credit or
    copyright line near the end of the run closes it)."""
    for i in range(start + 1, end):
        f = feats[i]
        if f.editor or (f.footer and i - start >= 0.6 * (end - start)):
            end = i
            break
    title_key = lexicon.key(title_text)
    seen = {}
    for i in range(start, end):
        b, f = blocks[i], feats[i]
        if i in table_cells:
            # a figure or name in a data table, not a counter, a subtitle or a share button
            # (a row named "twitter" in a benchmark's table)
            labels[i] = BODY
        elif f.control or f.tail:
            labels[i] = CONTROL if f.control else RELATED
        elif len(b.text) >= 20 and i - seen.get(b.text, -99) <= 4:
            # the same caption printed again right away (full and truncated versions); text
            # repeated further apart (a menu for each day of a plan) is the author's
            labels[i] = BOILERPLATE
        elif title_text and (lexicon.key_equals(b.text, title_key)
                             or (i < end - 2 and _contains(title_text, b.text) and f.punct == 0)):
            # (a part of the headline closing the text is the text's own: "吉林省人民政府"
            # signing the notice "吉林省人民政府关于……的通告")
            labels[i] = SUBTITLE
        elif i < start + 3 and ((_is_byline(f, b) and f.punct <= 8) or _split_byline(blocks, i)
                                or (i > start and _split_byline(blocks, i - 1))):
            labels[i] = BYLINE
        elif (len(b.text) < 90 and _is_media_credit(b.text)) or _is_bare_mark(b.text):
            labels[i] = CONTROL
        elif i in captions:
            labels[i] = BOILERPLATE
        elif scores[i] <= -20.0 or i in boxed:
            # a link list or boxed teaser the run bridged over (a "most read" box in the text)
            labels[i] = _boilerplate_label(b, f)
        else:
            labels[i] = BODY
        seen[b.text] = i
    return end


def classify(page: Page) -> None:
    """Label the blocks of ``page`` in place (``label``, ``score``, ``reasons``)."""
    blocks = page.blocks
    if not blocks:
        return
    feats = page.features = measure_blocks(blocks)
    _demote_tails_in_control_bars(feats)
    scores, captions, table_cells, not_titles, boxed = _score_blocks(blocks, feats)
    start, end = _article_run(blocks, feats, scores)
    if end <= start:
        for b, f in zip(blocks, feats):
            b.label = _boilerplate_label(b, f)
        return

    title_at = find_title(blocks, feats, start, str(page.meta.get("title") or ""),
                          columns=page.input_type == "text", captions=not_titles)
    title_text = blocks[title_at].text if title_at is not None else ""
    labels = [""] * len(blocks)
    end = _label_run(blocks, feats, scores, start, end, title_text, labels, captions, table_cells, boxed)
    # The headline and the byline zone under it.
    if title_at is not None:
        labels[title_at] = TITLE
        # a headline inside the run: the stray short lines the run opened on are not the article
        for i in range(start, title_at):
            if labels[i] == BODY and not _paragraph(feats[i]):
                labels[i] = ""
        for i in range(title_at + 1, start):
            b, f = blocks[i], feats[i]
            if _is_byline(f, b) or _split_byline(blocks, i) or _split_byline(blocks, i - 1):
                labels[i] = BYLINE
            elif _contains(title_text, b.text) or _contains(b.text, title_text):
                labels[i] = SUBTITLE
    # A byline printed after the article ("作者:… 发表于:…") before any tail heading.
    for i in range(end, min(len(blocks), end + 4)):
        if feats[i].tail:
            break
        if _is_byline(feats[i], blocks[i]):
            labels[i] = BYLINE
    for i, (b, f) in enumerate(zip(blocks, feats)):
        b.label = labels[i] or _boilerplate_label(b, f, after=i >= end)


def _boilerplate_label(block: Block, f: Features, after: bool = False) -> str:
    """Name the kind of boilerplate a non-article block is, for explain and for tests."""
    if f.tail:
        return RELATED
    if f.control:
        return CONTROL
    if f.footer or f.editor:
        return FOOTER
    if looks_like_breadcrumb(block.text):
        return BREADCRUMB
    if f.separators >= 2 or (f.punct == 0 and f.units < 20):
        return NAVIGATION if not after else RELATED
    if after and f.date and f.units < 60:
        return RELATED
    return COMMENT if after else BOILERPLATE
