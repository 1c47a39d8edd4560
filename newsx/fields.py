"""Labelled blocks -> the article record: title, source, date, authors, body, url, language.

Fields come from the byline zone the classifier marked (the lines between the headline and the
body, or just after the body), then from the page's markup metadata, never from a date or name
that sits in a recommendation list.
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Sequence

from . import lexicon, verdict
from .features import DATE_HINT_RE, DATE_TAIL_RE
from .model import BODY, BYLINE, SUBTITLE, TITLE, Article, Block, Page, Paragraph
from .text import TIMED_DATE_RE, reflow_body

MIN_ARTICLE_UNITS = 40  # less body than this (CJK chars + 2/word) is not an article

_FULLWIDTH = str.maketrans("０１２３４５６７８９：／－．　", "0123456789:/-. ")

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_NUM_DATE_RE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)\s*[-/.年년]\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})(?!\d)\s*[日일]?"
    r"(?:\s*(?:T|\s)?\s*(?:[(（][^()（）\d]{1,3}[)）]\s*)?(?:(上午|下午|晚上|早上|凌晨|中午|午前|午後|오전|오후)\s*)?"
    r"(\d{1,2})\s*[:：时時시]\s*(\d{1,2})(?:\s*[:：分분]\s*(\d{1,2})(?!\d))?)?")
_AFTERNOON = ("下午", "晚上", "午後", "오후")
_US_DATE_RE = re.compile(
    r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\s+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([AaPp][Mm])")
_DMY_DATE_RE = re.compile(
    r"(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?![\d/])"
    r"(?:\s*[-–,]?\s*(\d{1,2}):(\d\d)(?::(\d\d))?)?")
_EN_DATE_RE = re.compile(
    r"\b(?:(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?"
    r"|(\d{1,2})(?:st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?)"
    r"\s+((?:19|20)\d\d)"
    r"(?:,?\s*(?:at\s+|[@•·|–-]\s*)?(\d{1,2})[:.](\d\d)(?::(\d\d))?\s*([ap]\.?\s?m\.?)?)?",
    re.IGNORECASE)
_MONTH_NAME_ALT = "|".join(sorted(lexicon.MONTH_NAMES, key=len, reverse=True))
# "12 марта 2024 г., 10:30", "3. März 2024 um 10:30 Uhr", "1er mars 2024 à 10h30", "12 de marzo de 2024"
_WORD_MONTH_DATE_RE = re.compile(
    r"(?<!\w)(\d{1,2})(?:er|\.)?\s+(?:de\s+)?(" + _MONTH_NAME_ALT + r")(?:\s+de)?,?\s+((?:19|20)\d\d)(?!\d)"
    r"(?:\s*(?:г\.|года)?\s*(?:[,•·|@–—-]|um|à|a las|às|alle(?:\s+ore)?|в)?\s*(\d{1,2})[:.h](\d\d)(?::(\d\d))?)?",
    re.IGNORECASE)
_ISO_RE = re.compile(
    r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?)?")

_SOURCE_RE = re.compile(
    r"(?:文章来源|新闻来源|信息来源|消息来源|来源于|来源|來源|稿源|出处|出版社|[Ss]ource|SOURCE|"
    + "|".join(map(re.escape, lexicon.SOURCE_LABELS_INTL)) + r")\s*[:：]\s*"
    r"[\[【《(（<\s]*([^\s|｜,，;；/<>()（）\[\]【】《》=\"]{1,40}(?:\s(?![^\s]*[:：])(?:[A-Z]|[А-яЁё])[\w.&'-]+){0,4})")
_BOOK_RE = re.compile(r"[《【]([^《》【】]{2,20})[》】]")
_AUTHOR_LABEL_RE = re.compile(
    r"(?:(?:本报|本刊|本台|本网|本報)?(?:首席|特约|实习|见习|特約|實習)?(?<!小)(?:记者|記者)|(?:本报)?通讯员|作者|撰文|撰稿|执笔人|执笔|采写|编译|文字|文[/／]图|图[/／]文|文[/／]|实习生"
    r"|\b(?:[Bb]y|BY)(?=[\s:：])|\bAuthor\b|Written by|"
    r"(?:" + "|".join(map(re.escape, sorted(lexicon.AUTHOR_LABELS_INTL, key=len, reverse=True))) + r")(?=\s*[:：]))\s*[:：/]?\s*")
_NAME_SPLIT_RE = re.compile(r"\s*(?:[、，,;；/|]|\s+and\s+|\s+&\s+|\s)\s*")
_SPACED_NAME_RE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
_PLACE_REPORT_RE = re.compile(r"[/／]?\s*[\u4e00-\u9fff]{2,6}(?:报道|報導|电|電)")
_NAME_PAIR_RE = re.compile(r"([\u4e00-\u9fff]{3})([\u4e00-\u9fff]{3})\s*$")
_CJK_NAME_RE = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_ROLE_RE = re.compile(
    r"\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|producer|press|news|"
    r"reuters|bloomberg|agency|associated|wire|desk|team|service|media|times|post|journal|"
    r"business|sports?|politics|health|tech|technology|entertainment|world|digital|online)\b",
    re.IGNORECASE)
# Letters after a name ("Rachael Link, MS, RD"): a credential, not another writer.
_CREDENTIAL_RE = re.compile(r"^(?:[A-Z]{2,4}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$")
# What a picture's or a video's credit says before "by".
_CREDIT_BEFORE_BY_RE = re.compile(
    r"\b(?:photo(?:graph)?s?|images?|pictures?|video|illustrations?|graphics?|maps?|charts?|"
    r"animation|design|translation|translated"
    # what a service or a sponsor does: "comments powered by Disqus", "sponsored by Acme"
    r"|powered|hosted|sponsored|presented|funded|operated|brought\s+to\s+you)\s*$", re.IGNORECASE)
# "© by WhatsBroadcast", "Copyright by Acme": the holder of a copyright notice, not a writer.
_COPYRIGHT_BEFORE_BY_RE = re.compile(r"(?:©|\([cC]\)|\b[Cc]opyright)\s*$")
_MONTH_DATE_RE = re.compile(
    r"\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d")
# (not the Latin comma: "Written by Jane Roe, MD on June 17, 2019" is a credit)
_SENTENCE_MARK_RE = re.compile(r"[，。；！？]|[.;!?](?=\s|$)")
# Capital letters a name in an alphabet starts with (Latin, Latin-1 accented, Greek, Cyrillic).
_CAPITALS = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ"
_LATIN_NAME_RE = re.compile(rf"^[{_CAPITALS}][\w'’.-]+(?:\s+[{_CAPITALS}][\w'’.-]+){{0,3}}$")
_CAPITALISED_NAMES_RE = re.compile(
    rf"([{_CAPITALS}][\w'’.-]+(?:\s+[{_CAPITALS}][\w'’.-]+){{0,3}}(?:\s*(?:,|and|&)\s*[{_CAPITALS}][\w'’.-]+"
    rf"(?:\s+[{_CAPITALS}][\w'’.-]+){{0,3}})*)")
_HANDLE_RE = re.compile(r"^[A-Za-z][\w.-]{1,30}$")
_STOP_AT_RE = re.compile(
    r"(?:来源|來源|報導|报道|发自|稿源|出自|出处|发表|更新|发布|我要|我来|分享|打印|收藏|关闭|时间|日期|编辑|责任编辑|摄影|摄|浏览|阅读|点击|评论|字号|(?:19|20)\d\d[-/.年]|https?://"
    r"|\b(?:Published|Updated|Posted|Source|Photo|Image|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b)")
_URL_LABEL_RE = re.compile(r"(?:原文链接|原文地址|本文链接|本文地址|文章地址|Permalink|URL)\s*[:：]\s*(https?://\S+)")
_SITE_SUFFIX_RE = re.compile(r"\s+[-–—]\s+|\s*(?:[_|｜»]|::|--)\s*|(?<=\S)-(?=[\u4e00-\u9fff]{2,10}$)")
_PAGE_SUFFIX_RE = re.compile(r"\s*(?:[(（]\s*(?:页|第)\s*\d+\s*页?[)）]|第\s*\d+\s*页|\(\s*page \d+\s*\))$", re.IGNORECASE)


def _clean(text: str) -> str:
    return text.translate(_FULLWIDTH)


def _real_day(y, mo, d) -> bool:
    try:
        datetime.date(int(y), int(mo), int(d))
        return True
    except ValueError:
        return False


def parse_date(text: str) -> Optional[str]:
    """The first date in ``text`` as ISO 8601, as precise as written (no invented time zone)."""
    out = _parse_date(text)
    if out and not _real_day(out[:4], out[5:7], out[8:10]):
        return None
    return out


def _parse_date(text: str) -> Optional[str]:
    if not text:
        return None
    text = _clean(text)
    m = _ISO_RE.search(text)
    if m and m.group(4):
        y, mo, d, h, mi, s, tz = m.groups()
        out = f"{y}-{mo}-{d}T{h}:{mi}" + (f":{s}" if s else "")
        if tz and len(tz) == 5:
            tz = tz[:3] + ":" + tz[3:]  # "+0000" -> "+00:00", the extended form of the rest
        return out + tz if tz else out
    m = _US_DATE_RE.search(text)
    if m:  # "7/5/2005 9:23:57 PM": the month comes first where a 12-hour clock is used
        mo, d, y, h, mi, s, ampm = m.groups()
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            hour = int(h) % 12 + (12 if ampm.upper().startswith("P") else 0)
            return f"{y}-{int(mo):02d}-{int(d):02d}T{hour:02d}:{mi}" + (f":{s}" if s else "")
    m = _DMY_DATE_RE.search(text)
    if m:  # "06/02/2022 - 13:48": day first, as everywhere but the US (12-hour clocks above)
        d, mo, y, h, mi, s = m.groups()
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            out = f"{y}-{int(mo):02d}-{int(d):02d}"
            if h is not None and int(h) < 24:
                out += f"T{int(h):02d}:{mi}" + (f":{s}" if s else "")
            return out
    m = _NUM_DATE_RE.search(text)
    if m:
        y, mo, d, ampm, h, mi, s = m.groups()
        if not (1 <= int(mo) <= 12 and 1 <= int(d) <= 31):
            return None
        out = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
        if h is not None and int(h) < 24 and int(mi) < 60:
            hour = int(h)
            if ampm in _AFTERNOON and hour < 12:
                hour += 12
            out += f"T{hour:02d}:{int(mi):02d}" + (f":{int(s):02d}" if s else "")
        return out
    m = _EN_DATE_RE.search(text)
    if m:
        mon1, day1, day2, mon2, y, h, mi, s, ampm = m.groups()
        month = _MONTHS[(mon1 or mon2)[:3].lower()]
        day = int(day1 or day2)
        if not 1 <= day <= 31:
            return None
        out = f"{int(y):04d}-{month:02d}-{day:02d}"
        if h is not None:
            hour = int(h)
            if ampm and ampm.lower().startswith("p") and hour < 12:
                hour += 12
            elif ampm and ampm.lower().startswith("a") and hour == 12:
                hour = 0
            if hour < 24 and int(mi) < 60:
                out += f"T{hour:02d}:{int(mi):02d}" + (f":{s}" if s else "")
        return out
    m = _WORD_MONTH_DATE_RE.search(text)
    if m:
        d, month_name, y, h, mi, s = m.groups()
        out = f"{y}-{lexicon.MONTH_NAMES[month_name.lower()]:02d}-{int(d):02d}"
        if h is not None and int(h) < 24 and int(mi) < 60:
            out += f"T{int(h):02d}:{mi}" + (f":{s}" if s else "")
        return out
    return None


# Values that fill a source label without naming an outlet.
_PLACEHOLDER_SOURCES = {"转载", "转载文章", "本站", "本网", "网络", "互联网", "未知", "原创", "综合", "网友",
                        "网络转载", "其他", "不详", "佚名"}
# The same in English ("SOURCE: News agencies" gives "News": no outlet's name).
_PLACEHOLDER_SOURCES_EN = {"news", "agencies", "staff", "wires", "wire", "internet", "various", "unknown",
                           "n/a", "none", "web", "online", "other", "others"}


_PLACEHOLDER_RE = re.compile("^(?:" + "|".join(sorted(_PLACEHOLDER_SOURCES, key=len, reverse=True)) + ")+$")


def parse_source(text: str) -> Optional[str]:
    """The outlet named after a source label ("来源：甘肃日报", "Source: Reuters")."""
    text = _clean(text)
    m = _SOURCE_RE.search(text)
    if not m or text[m.end():m.end() + 1] == "=":  # 'source="…"': template residue, not a label
        return None
    value = m.group(1).strip(" 《》【】[]\"'“”.")
    value = _BOOK_RE.sub(r"\1", value)
    value = _cut_run_on_byline(value)
    if not value or value.startswith(("http", "www.")) or value.isdigit() or _PLACEHOLDER_RE.match(value) \
            or value.lower() in _PLACEHOLDER_SOURCES_EN:
        return None
    return value


# A role label that a text browser ran into the source's value ("来源：江南晚报记者宋佳", where
# the page set "来源：江南晚报" and "记者 宋佳" side by side).
_RUN_ON_ROLE_RE = re.compile(r"(?:(?:本报|特约|实习|见习)?(?:记者|記者)|通讯员|作者|编辑|責任編輯|责任编辑|摄影|撰文)")


# A Chinese date label and its colon that a text browser ran into the source's value
# ("来源：当代商报时间：2019-09-23", where the page set "来源：当代商报 时间：…").
_RUN_ON_DATE_LABEL_RE = re.compile(
    "(?:" + "|".join(sorted((re.escape(w) for w in lexicon.DATE_LABELS if not w.isascii()), key=len, reverse=True))
    + ")[:：]")


def _cut_run_on_byline(value: str) -> str:
    """``value`` up to a role label followed by a person's name or a colon ("转载作者:孙仲旻"), if
    it holds one after an outlet's name; an outlet whose name holds such a word ("中国记者网")
    keeps it, as no family name follows the word there.  A date label with its colon ends the
    value too."""
    d = _RUN_ON_DATE_LABEL_RE.search(value, 2)
    if d is not None:
        value = value[:d.start()]
    m = _RUN_ON_ROLE_RE.search(value, 2)
    if m is None or m.end() >= len(value) or (value[m.end()] not in lexicon.SURNAMES
                                              and value[m.end()] not in ":："):
        return value
    return value[:m.start()]


# (a dash as GBK pages print it, "――" U+2015, and as lynx renders the em dash, counts the same)
_CITED_RE = re.compile(r"(?:摘自|选自|转自|转载自|原载|原载于|刊于|来源于|——|――|--|－－)\s*《([^《》]{2,24})》")


def _cited_source(text: str) -> Optional[str]:
    """"（摘自《上海社会科学院学术季刊》2000年第2期）", "——《北京之春》1998年3月号"."""
    m = _CITED_RE.search(text)
    return m.group(1) if m else None


_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")


def split_run_names(run: str) -> List[str]:
    """Names of two or three characters that lost the space between them ("宋怡杨志华" ->
    宋怡, 杨志华; "王燕平方云凤柏建斌" -> three names): the only way to cut ``run`` into such
    pieces, each starting with a common family name, with the fewest pieces (and of those, the
    fewest rare family names: "刘韬刘晋芳" is 刘韬, 刘晋芳, not 刘韬刘, 晋芳).  [] when there is
    none or the run may be one name: up to four characters (a two-character family name, or a
    woman's name with both family names, "罗科苏盈"), or five after a two-character family name."""
    n = len(run)
    if n < 5 or n > 15 or not _HAN_RE.fullmatch(run) or (n == 5 and run.startswith(lexicon.COMPOUND_SURNAMES)):
        return []
    surnames, common = lexicon.SURNAMES, lexicon.COMMON_SURNAMES
    # best[i]: the least cost (pieces, rare family names) of a cut of run[:i], and how many
    # cuts reach that
    best = [((0, 0), 1)] + [((99, 0), 0)] * n
    back = [0] * (n + 1)
    for i in range(2, n + 1):
        for size in (2, 3):
            j = i - size
            if j >= 0 and best[j][0][0] < 99 and run[j] in surnames:
                (pieces, rare), ways = best[j]
                cost = (pieces + 1, rare + (run[j] not in common))
                if cost < best[i][0]:
                    best[i], back[i] = (cost, ways), j
                elif cost == best[i][0]:
                    best[i] = (cost, best[i][1] + ways)
    (pieces, _), ways = best[n]
    if pieces < 2 or pieces >= 99 or ways != 1:
        return []  # one name, no cut, or an ambiguous one
    out, i = [], n
    while i > 0:
        out.append(run[back[i]:i])
        i = back[i]
    return out[::-1]


# a name and the place reported from, with no space between them: "彭冲山东冠县报道"
_RUN_REPORT_RE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{4,12}(?=报道|報導)")


def _part_name_from_place(chunk: str) -> str:
    """``chunk`` with a space put back between a name and the place it reports from, where a
    text browser dropped it ("彭冲山东冠县报道" -> "彭冲 山东冠县报道", "姚峰上海报道"): the
    name is two or three characters led by a family name, the place opens with a known place's
    name.  ``chunk`` as it is when there is no such run or both cuts would fit."""
    if "报道" not in chunk and "報導" not in chunk:
        return chunk
    m = _RUN_REPORT_RE.search(chunk)
    if m is None or m.group(0)[0] not in lexicon.SURNAMES:
        return chunk
    run = m.group(0)
    cuts = [k for k in (2, 3) if run[k:].startswith(lexicon.REPORTING_PLACES)]
    if len(cuts) != 1:
        return chunk
    at = m.start() + cuts[0]
    return chunk[:at] + " " + chunk[at:]


def _names(chunk: str) -> List[str]:
    chunk = _part_name_from_place(chunk)
    chunk = _PLACE_REPORT_RE.sub("", chunk)  # "王美玲／台南報導": the place is not a name
    chunk = _SPACED_NAME_RE.sub(r"\1\2", chunk)  # "赵 培": a two-character name padded to three
    chunk = _STOP_AT_RE.split(chunk, maxsplit=1)[0]
    chunk = re.split(r"[)）】\]:：]", chunk, maxsplit=1)[0]
    out = []
    for part in _NAME_SPLIT_RE.split(chunk.strip()):
        part = part.strip(" .:：()（）[]【】\"'“”")
        if not part or part.lower() in lexicon.NOT_NAMES or part in lexicon.NOT_NAMES:
            if out:
                break
            continue
        run = split_run_names(part) if len(part) >= 5 else []
        if run:
            out.extend(run)
        elif _CJK_NAME_RE.match(part) or _HANDLE_RE.match(part):
            out.append(part)
        else:
            break
    return out


def _is_menu_line(text: str) -> bool:
    """A line of ten or more short CJK items and no sentence mark: a menu, never a byline.
    (English words are items too: "By Jane Roe Published Nov 20, 2019 at 10:15 AM" is no menu.)"""
    items = text.split()
    return (len(items) >= 10 and sum(len(i) for i in items) <= 8 * len(items)
            and sum(1 for i in items if not i.isascii()) >= 0.8 * len(items)
            and _SENTENCE_MARK_RE.search(text) is None)


# The outlet closing an English byline: after a comma or "for", or after a writer's name in
# capitals (AP's style, "By JANE ROE Associated Press"): words in capitals ending with an outlet
# word (lexicon.OUTLET_WORDS_EN), or an acronym ("By Jane Roe, AP").  After a name in mixed case
# a bare space parts nothing ("By Tom Lee Associated Press" could be "Lee Associated Press").
_BYLINE_OUTLET_RE = re.compile(
    r"(?:(?:\s*[,|]\s*|\s+for\s+|(?<=[A-Z]{2})\s+)((?:[Tt]he\s+)?(?:[A-Z][a-z][\w&'’-]*\s+){0,3}(?:"
    + "|".join(lexicon.OUTLET_WORDS_EN) + r"))|\s*[,|]\s*([A-Z]{2,5}))\.?\s*$")
_BY_RE = re.compile(r"^(?:By|BY|by)\s+[A-Z]")
_STAMP_AFTER_BYLINE_RE = re.compile(r"\s*[|·•]?\s*\b(?:Updated|Published|Posted|Last updated)\b")


def _outlet_at_end(run: str) -> "Optional[re.Match[str]]":
    """The match of the outlet closing a byline's names (_BYLINE_OUTLET_RE; the name is its
    first group that matched), or None: for no outlet, or for a credential ("By Jane Roe, MD")
    that is no agency's initials ("AP")."""
    m = _BYLINE_OUTLET_RE.search(run)
    if m is None:
        return None
    value = m.group(1) or m.group(2)
    return None if _CREDENTIAL_RE.match(value) and value not in lexicon.PHOTO_AGENCIES else m


def _byline_outlet(text: str) -> Optional[str]:
    """The outlet an English byline names after its writers: "By Jane Roe, Associated Press"."""
    if len(text) > 120 or not _BY_RE.match(text):
        return None
    text = _STAMP_AFTER_BYLINE_RE.split(_MONTH_DATE_RE.split(text, maxsplit=1)[0], maxsplit=1)[0]
    m = _outlet_at_end(text.rstrip(" ,|·-—"))
    return (m.group(1) or m.group(2)) if m else None


# Korean bylines put the role after the name: "김민수 기자", "이영희 특파원", "박철 선임기자".
_KO_ROLE_AFTER_RE = re.compile(r"(?<![가-힣])([가-힣]{2,4})\s?(?:선임기자|수습기자|기자|특파원|논설위원)(?![가-힣])")


def _role_after_names(text: str) -> List[str]:
    if "기자" not in text and "특파원" not in text and "논설위원" not in text:
        return []
    return _KO_ROLE_AFTER_RE.findall(text)


# A writer that is no person after "作者：" ("作者：医技药剂党支部"): one word of
# Chinese characters standing alone up to a space, a separator or the line's end.
_LABELLED_WRITER_RE = re.compile(r"([\u4e00-\u9fff]{6,12})(?=$|[\s|｜,，;；)）\]】])")


def _labelled_writer(rest: str) -> List[str]:
    """The value of an explicit "作者：" label too long for a personal name (a department, a
    column's desk) but a word of its own: the page names it as the writer, and it outranks the
    correspondents a lead credits in brackets."""
    m = _LABELLED_WRITER_RE.match(rest.lstrip())
    if (m is None or _STOP_AT_RE.search(m.group(1)) or _AUTHOR_LABEL_RE.search(m.group(1))
            or m.group(1) in lexicon.NOT_NAMES):   # ("作者：新华社记者张三李四": the label names them)
        return []
    return [m.group(1)]


def parse_authors(text: str) -> List[str]:
    """Names after author labels: "本报记者 周者军 通讯员 刘二银" -> [周者军, 刘二银]; Korean names
    before their role: "김민수 기자" -> [김민수]."""
    text = _clean(text)
    names: List[str] = []
    if _is_menu_line(text):
        # "麻辣杂谈 记者江湖 中国川剧 …", "… 国家语言文字工作委员会 …": a label inside a menu item
        return names
    for m in _AUTHOR_LABEL_RE.finditer(text):
        if _CREDIT_BEFORE_BY_RE.search(text, max(0, m.start() - 16), m.start()):
            continue    # "(Photo by Jason Kempin/Getty Images)": the photographer, not a writer
        if _COPYRIGHT_BEFORE_BY_RE.search(text, max(0, m.start() - 16), m.start()):
            continue    # "© by WhatsBroadcast": a copyright holder
        rest = text[m.end():]
        if rest[:1].isascii():
            # "By Jason Cipriani November 20, 2019": the name ends where a date starts
            rest = _MONTH_DATE_RE.split(rest, maxsplit=1)[0]
        latin = _CAPITALISED_NAMES_RE.match(rest)
        # (an alphabetic name after a label of another language is read the same way: "Автор: …")
        english = m.group(0).strip().lower().startswith(("by", "author", "written")) or (
            m.group(0).strip(" :：") in lexicon.AUTHOR_LABELS_INTL and rest[:1].isalpha()
            and not "\u3040" <= rest[:1] <= "\u9fff")
        if english:
            # "By Jane Doe, Staff Writer", "By the Associated Press": roles and agencies are no names
            run = latin.group(1) if latin else ""
            outlet = _outlet_at_end(run) if run else None
            if outlet is not None:
                run = run[:outlet.start()]    # "By Jane Roe, Associated Press": no name in the agency
            for part in re.split(r"\s*(?:,|\band\b|&)\s*", run) if run else ():
                part = part.strip()
                if part and _LATIN_NAME_RE.match(part) and part.lower() not in lexicon.NOT_NAMES \
                        and not _ROLE_RE.search(part) and not _CREDENTIAL_RE.match(part):
                    names.append(part)
            if not latin:  # a forum user name: "by duscha"
                handle = re.match(r"([A-Za-z][\w.-]{1,30})(?=\s*(?:$|[^\w\s]|\s+[^A-Za-z\s]))", rest)
                if handle and handle.group(1).lower() not in lexicon.NOT_NAMES:
                    names.append(handle.group(1))
            continue
        pair = _NAME_PAIR_RE.match(rest)
        if pair and not _AUTHOR_LABEL_RE.search(rest) and not _STOP_AT_RE.search(rest):
            # "记者王建宏张文攀" with nothing after: two three-character names whose separating
            # line break was lost (text browsers join wrapped CJK lines without a space)
            names.extend((pair.group(1), pair.group(2)))
            continue
        found = _names(rest)
        if not found and m.group(0).strip().startswith("作者") and m.group(0).rstrip()[-1:] in ":：":
            found = _labelled_writer(rest)
        names.extend(found)
    if not names and len(text) <= 80:
        names = _role_after_names(text)
    seen, unique = set(), []
    for n in names:
        if n not in seen:
            seen.add(n)
            unique.append(n)
    return unique


def strip_site_name(title: str, site: str = "") -> str:
    """"Headline - Site Name" -> "Headline" (the longest part when a separator splits it)."""
    parts = [p for p in _SITE_SUFFIX_RE.split(title) if p.strip()]
    if len(parts) <= 1:
        return title.strip()
    if site:
        kept = [p for p in parts if lexicon.key(p) not in lexicon.key(site)]
        if kept:
            parts = kept
    return max(parts, key=len).strip()


_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_LATIN_WORD_RE = re.compile(r"[a-zà-ÿ]+")


# The complements of kana and hangul: deleting everything else is the cheapest way to count a
# class's characters with re (no list of matches is built).  _script_counts uses them only when
# such characters may occur; the other classes it counts on the UTF-8 bytes.
_NOT_KANA_RE = re.compile(r"[^\u3040-\u30ff]+")
_NOT_HANGUL_RE = re.compile(r"[^\uac00-\ud7af]+")


def _members(not_pattern: "re.Pattern[str]", text: str) -> int:
    """The characters of ``text`` in a class, given the pattern of the class's complement."""
    return len(not_pattern.sub("", text))


# The script classes from the text's UTF-8 form: each class's characters start with lead bytes
# (or lead-byte pairs) of their own, so counting those counts the class.  Deleting every other
# byte (bytes.translate) and finding a byte (`in`, a memchr) are C loops far cheaper than a re
# pass over the text; the re patterns remain for the rare ranges that do not end on a lead byte.
def _keep(*ranges: range) -> bytes:
    # the bytes outside ``ranges``: bytes.translate's delete argument
    return bytes(b for b in range(256) if not any(b in r for r in ranges))


_HAN_LEAD_BYTES = _keep(range(0xE4, 0xEA))           # U+4000-9FFF
_LATIN_LEAD_BYTES = _keep(range(0x41, 0x5B), range(0x61, 0x7B), range(0xC3, 0xC9))  # A-Za-z, U+00C0-023F
_CYRILLIC_LEAD_BYTES = _keep(range(0xD0, 0xD4))      # U+0400-04FF
_EXT_A_RE = re.compile("[\u4000-\u4dff]")           # lead byte E4 but not in U+4E00-9FFF
_LATIN_C9_RE = re.compile("[\u0240-\u024f]")        # lead byte C9, half of which is Latin


def _script_counts(sample: str) -> tuple:
    """(kana, hangul, han, cyrillic, latin): how many characters of ``sample`` fall in each
    class: U+3040-30FF, U+AC00-D7AF, U+4E00-9FFF, U+0400-04FF, A-Z a-z U+00C0-024F."""
    data = sample.encode("utf-8", "surrogatepass")
    han = len(data.translate(None, _HAN_LEAD_BYTES))
    if han and _EXT_A_RE.search(sample):
        han -= len(_EXT_A_RE.findall(sample))
    latin = len(data.translate(None, _LATIN_LEAD_BYTES))
    if b"\xc9" in data:
        latin += len(_LATIN_C9_RE.findall(sample))
    cyr = (len(data.translate(None, _CYRILLIC_LEAD_BYTES))
           if b"\xd0" in data or b"\xd1" in data or b"\xd2" in data or b"\xd3" in data else 0)
    # kana: E3 81 .. E3 83; hangul (U+AC00-D7AF) has lead bytes EA .. ED
    kana = (_members(_NOT_KANA_RE, sample)
            if b"\xe3\x81" in data or b"\xe3\x82" in data or b"\xe3\x83" in data else 0)
    hangul = (_members(_NOT_HANGUL_RE, sample)
              if b"\xea" in data or b"\xeb" in data or b"\xec" in data or b"\xed" in data else 0)
    return kana, hangul, han, cyr, latin


def detect_language(text: str) -> Optional[str]:
    """A coarse language guess from the script of the body (and stopwords for Latin script)."""
    sample = text[:3000]
    if not sample.strip():
        return None
    if sample.isascii():
        # no kana, hangul, han or Cyrillic: Latin script if there is a letter at all
        if _LATIN_RE.search(sample) is None:
            return None
    else:
        kana, hangul, han, cyr, latin = _script_counts(sample)
        top = max(kana + han, hangul, cyr, latin)
        if top == 0:
            return None
        if top == hangul:
            return "ko"
        if top == kana + han:
            return "ja" if kana > 0.1 * (kana + han) else "zh"
        if top == cyr:
            return "ru"
    # each stopword's count from one tally of the words (not one pass over them per language)
    tally = Counter(_LATIN_WORD_RE.findall(sample.lower()))
    counts = {lang: sum(tally[w] for w in stop if w in tally) for lang, stop in _STOPWORDS.items()}
    best = max(counts, key=counts.get)
    return best if counts[best] else "en"


_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said"},
    "de": {"der", "die", "und", "das", "nicht", "ist", "mit", "den", "sich", "auf", "ein", "eine"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "pour", "que", "qui", "du"},
    "es": {"el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para", "con"},
    "pt": {"o", "os", "as", "e", "que", "do", "da", "em", "não", "uma", "para", "com"},
    "it": {"il", "la", "che", "di", "e", "non", "per", "una", "sono", "del", "della", "gli"},
}


def _union(lists: Iterable[List[str]]) -> List[str]:
    out: List[str] = []
    for names in lists:
        out.extend(n for n in names if n not in out)
    return out


# The label of the date a document was written, not published ("成文日期：2022年01月27日" above
# "发布日期：2022年01月28日" on an official notice): the publication date wins.
_COMPOSED_RE = re.compile(r"成文(?:日期|时间)|撰写(?:日期|时间)")


def _composed_date(lines: List[str], k: int) -> bool:
    """``lines[k]`` gives the date the document was written: after the label on its line or on
    the line above ("成文日期：" / "2022年01月27日", as a text browser prints a table's cells)."""
    return _COMPOSED_RE.search(lines[k]) is not None or (
        k > 0 and len(lines[k - 1]) <= 8 and _COMPOSED_RE.search(lines[k - 1]) is not None)


def _first(values: Iterable[Optional[str]]) -> Optional[str]:
    """The first value that is not empty, or None."""
    for v in values:
        if v:
            return v
    return None


_NOT_SUBHEADING_RE = re.compile(r"[。，,；;！!？?：:…]$|[。，；]")


def _is_subheading(text: str) -> bool:
    """A short line inside the body that heads a section ("“联建”促进发展"): no sentence mark, no
    "标签：值" pair and no date (a forum post's "楼层：第 2 楼 时间：2005-08-28" is its header)."""
    if len(text) > 30:
        return False
    return not (_NOT_SUBHEADING_RE.search(text) or "：" in text or DATE_HINT_RE.search(text))


_LEAD_PAREN_RE = re.compile(r"[(（]([^()（）]{2,40})[)）]")
_NOT_OUTLET_RE = re.compile(r"点击|更多|阅读|查看|推荐|精彩|热门|相关|订阅|免费")
_OUTLET_RE = re.compile(
    r"^[\u4e00-\u9fffA-Za-z0-9·—―-]{2,16}(?:日报|晚报|早报|晨报|时报|商报|周刊|周报|月刊|杂志|报|网|社|刊|台|新闻|在线|客户端|出版社)$")
_DATELINE_RE = re.compile(
    r"^[【\[]?(?:据|来源[:：])?\s*([\u4e00-\u9fff]{2,10}?(?:社|网|报|台))(?:[\u4e00-\u9fff]{1,8})?"
    r"(?:\d{1,2}月\d{1,2}日)?(?:电|讯|消息)"
    r"|^[【\[]([\u4e00-\u9fffA-Za-z]{2,10}?)\s*(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日\s*(?:报道|讯|电)[】\]]")
_BRACKET_NAME_RE = re.compile(r"[\[【]\s*([\u4e00-\u9fff·]{2,5})\s*[\]】]")
_NAME_ONLY_RE = re.compile(r"^[(（]?\s*([\u4e00-\u9fff·]{2,4})\s*[)）]?$")
_NAMES_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{2,3}(?:\s*[、，,]\s*[\u4e00-\u9fff]{2,3}){1,5}$")


@dataclass
class _Zones:
    """Where bylines stand, as texts: under the headline (``pre``), above it (``above``),
    just after the body (``post``), the lead's opening, the body's closing lines, names alone
    next to the headline or a byline, and post headers inside the body."""

    pre: List[str] = field(default_factory=list)
    above: List[str] = field(default_factory=list)
    post: List[str] = field(default_factory=list)
    lead: str = ""
    closing: List[str] = field(default_factory=list)
    names: List[str] = field(default_factory=list)
    headers: List[str] = field(default_factory=list)
    inline: List[str] = field(default_factory=list)     # short labelled lines inside the body
    cited: List[str] = field(default_factory=list)      # body lines citing a publication
    far: List[str] = field(default_factory=list)        # the nearest timed dateline further up
    last: str = ""                                      # the end of the body's last paragraph
    dated: List[str] = field(default_factory=list)      # date-labelled lines a little below the body
    marked: List[str] = field(default_factory=list)     # HTML: short blocks whose own class says author
    stamped: List[str] = field(default_factory=list)    # source-and-time lines a little below the body
    sourced: List[str] = field(default_factory=list)    # source-labelled lines a little below the body
    details: List[str] = field(default_factory=list)    # a details box further below the body


_LABEL_LINE_RE = re.compile(r"^[\[【(（]?\s*(?:信息来源|文章来源|新闻来源|来源|來源|作者|记者|Source)\s*[:：]")
# A line that opens on a date label and a colon ("发布日期：2019-09-23 14:34:05 所属分类：头条").
_DATE_LABEL_LINE_RE = re.compile(
    r"^(?:" + "|".join(map(re.escape, sorted(lexicon.DATE_LABELS, key=len, reverse=True))) + r")\s*[:：]")


# A line of an article's details box, a label and its value ("• Date 10.06.2013", "Author: Jane
# Roe"), maybe behind a list bullet.
_DETAIL_LINE_RE = re.compile(
    r"^[•*·▪■-]?\s*(?:" + "|".join(map(re.escape, sorted(
        {"Date", "Datum", "Published", "Updated", "Author", "Autor", "Autorin", "Auteur", "Written by"},
        key=len, reverse=True))) + r")(?:\s*[:：]\s*|\s+)\S")


def _details_box(blocks: List[Block]) -> List[str]:
    """The first run of two or more adjacent short detail lines (see _DETAIL_LINE_RE) among
    ``blocks``: a details box ("• Date 10.06.2013" / "• Author Julian Tompkin"), which a
    template may print under the boxes that follow the article."""
    run: List[str] = []
    for b in blocks:
        if len(b.text) <= 60 and _DETAIL_LINE_RE.match(b.text):
            run.append(b.text)
            continue
        if len(run) >= 2:
            return run
        run = []
    return run if len(run) >= 2 else []


# A line that opens on a source label and a colon ("Quelle: Golem", "来源：新华网").
_SOURCE_LABEL_LINE_RE = re.compile(
    r"^(?:" + "|".join(map(re.escape, sorted(set(lexicon.SOURCE_LABELS), key=len, reverse=True))) + r")\s*[:：]")


def _zones(blocks: List[Block], feats: list) -> _Zones:
    """The places bylines stand: above the body (below the headline), just below it, the lead's
    opening and the closing lines of the body."""
    body_idx = [b.index for b in blocks if b.label == BODY]
    if not body_idx:
        return _Zones()
    first, last = body_idx[0], body_idx[-1]
    title_idx = next((b.index for b in blocks if b.label == TITLE), None)
    top = title_idx + 1 if title_idx is not None and title_idx < first else max(0, first - 6)
    pre = [b.text for b in blocks[top:first] if len(b.text) <= 200]
    pre += [b.text for b in blocks[first:first + 3] if b.label == BYLINE]
    # "By" alone over the writer's name (a text browser put the name's link on a line of its own)
    pre = [t + " " + pre[k + 1] if t in lexicon.LONE_BYLINE_LABELS and k + 1 < len(pre) else t for k, t in enumerate(pre)]
    # a date alone on a line among the body's first lines is its dateline, which the article
    # run took in (a teaser printed above the text, then "12.10.2015, 19:16 Uhr")
    pre += [b.text for b in blocks[first + 1:first + 4]
            if b.label == BODY and len(b.text) <= 40 and parse_date(b.text)]
    # a name alone on a line counts only next to the headline, a byline or the body's start
    anchors = {b.index for b in blocks[top - 1:first] if b.label in (TITLE, SUBTITLE, BYLINE)}
    names = [b.text for b in blocks[top:first]
             if len(b.text) <= 12 and (b.index - 1 in anchors or b.index + 1 in anchors)]
    above = []
    if title_idx is not None and title_idx < first:
        # some layouts print "作者 发表于 日期" above the headline
        above = [b.text for b in blocks[max(0, title_idx - 2):title_idx] if len(b.text) <= 80]
    post = []
    for b, f in zip(blocks[last + 1:last + 7], feats[last + 1:last + 7]):
        if f.tail:
            break
        post.append(b.text)
    closing = [b.text for b in blocks[max(first, last - 2):last + 1] if len(b.text) <= 80]
    body = [b.text for b in blocks if b.label == BODY and len(b.text) <= 120]
    inline = [t for t in body if len(t) <= 40 and _LABEL_LINE_RE.match(t)]
    cited = [t for t in body if _CITED_RE.search(t)]
    # Layouts that scatter the headline (text-browser columns) leave the byline far above the
    # body: the nearest short line with a date and a time there, if any.
    far = next(([b.text] for b in reversed(blocks[max(0, first - 40):top])
                if len(b.text) <= 80 and TIMED_DATE_RE.search(b.text)), [])
    # Some templates print the date labelled under the share and count controls, past the lines
    # the post zone reads: a line opening on a date label still dates the article.
    dated = [b.text for b in blocks[last + 1:last + 11] if len(b.text) <= 80 and _DATE_LABEL_LINE_RE.match(b.text)]
    # (HTML) a short block between the headline and the body whose own class or id is an author
    # token ('<p class="author-name">加拿大必读</p>'): the template names the writer's account
    marked = [b.text for b in blocks[top:first] if len(b.text) <= 24 and _marked_author(b.path)]
    # a line a little below the body (past the share and count controls) that holds a labelled
    # source and a timed date ("版权声明 来源：当代商报 时间：2019-09-23 14:34:05") is the
    # article's own stamp, not a teaser's
    stamped = [b.text for b in blocks[last + 1:last + 11]
               if len(b.text) <= 80 and _SOURCE_RE.search(b.text) and TIMED_DATE_RE.search(b.text)]
    # the same for a source: "Quelle: Golem" under the tags and the author's box (not a line
    # with a date, which is a teaser's in a related list: "来源：某某晚报 2019-03-01")
    sourced = [b.text for b in blocks[last + 1:last + 16]
               if len(b.text) <= 60 and _SOURCE_LABEL_LINE_RE.match(b.text) and not DATE_HINT_RE.search(b.text)]
    return _Zones(pre, above, post, blocks[first].text[:80], closing, names, _post_headers(blocks),
                  inline, cited, far, _last_words(blocks[last].text, post), dated, marked, stamped,
                  sourced, _details_box(blocks[last + 1:last + 31]))


# The class and id words of a writer's own element: "author", "author-name", "authorName",
# "byline_name", "writer"; not a box holding other things ("author-info", "author-icon").
_AUTHOR_CLASS_RE = re.compile(r"^(?:author|writer|byline)(?:[-_]?(?:name|nickname))?$", re.IGNORECASE)


def _marked_author(path: str) -> bool:
    """Whether the last segment of an HTML block's tag path has an author class or id."""
    seg = path.rsplit(">", 1)[-1]
    return any(_AUTHOR_CLASS_RE.match(tok) for tok in re.split(r"[.#\s]", seg)[1:])


def _marked_name(text: str) -> List[str]:
    """The writer in a block the markup marks as the author's: a name or an account of at most
    four words with no sentence mark, digit, date or other label in it."""
    text = text.strip(" |·•-—:：")
    if (not text or len(text.split()) > 4 or _SENTENCE_MARK_RE.search(text) or re.search(r"\d", text)
            or _STOP_AT_RE.search(text) or _AUTHOR_LABEL_RE.search(text) or text.lower() in lexicon.NOT_NAMES
            or text in lexicon.NOT_NAMES):
        return []
    if text.isascii() and (_ROLE_RE.search(text) or _DOMAIN_RE.match(text)):
        return []   # an agency or desk ('<p class="byline">Associated Press</p>'), not a writer
    return [text]


def _last_words(text: str, post: List[str]) -> str:
    """The end of the body's last paragraph, with the rest of a bracket it leaves open when the
    line after the body closes it: a text browser wrapped the closing credit ("…的新春佳节。（常书
    香马" / "丹阳）") and the short second line fell out of the article."""
    end = text[-60:]
    if post and len(post[0]) <= 12 and post[0].endswith(("）", ")")) and "（" not in post[0] \
            and "(" not in post[0]:
        opened = max(end.rfind("（"), end.rfind("("))
        if opened >= 0 and max(end.rfind("）"), end.rfind(")")) < opened:
            return end + post[0]
    return end


def _unlabelled_source(text: str) -> Optional[str]:
    """An outlet printed next to the date without a label: "2005年03月31日03:18 北京娱乐信报",
    or alone on the line under it."""
    line = text.strip()
    if len(line) <= 12 and _OUTLET_RE.match(line) and not _NOT_OUTLET_RE.search(line):
        return line
    if not DATE_HINT_RE.search(text):
        return None
    for token in re.split(r"\s+|(?<=\d)(?=[^\d\s:：/.-])", DATE_TAIL_RE.sub(" ", text)):
        token = token.strip("《》【】[]()（） ")
        if _OUTLET_RE.match(token) and not token.startswith(("http", "www")):
            return token
    m = _BOOK_RE.search(text)
    return m.group(1) if m and not re.search(r"\d", m.group(1)) else None


# A wire dateline opening an English lead: "WASHINGTON (Reuters) - …", "LONDON, May 3 (AP) — …",
# "(CNN) — …": the place in capitals (maybe with the day), the agency in brackets, a dash.
# Without the place, only an agency in capitals ("(CNN)", "(AFP)") counts: a bracket of
# ordinary words at the start of a sentence is no dateline.
_WIRE_DATELINE_RE = re.compile(
    r"^(?:[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?(?:,\s*(?:19|20)\d\d)?)?\s*"
    r"\(([A-Z][\w&.'’]*(?:[ -][A-Z][\w&.'’]*){0,3})\)"
    r"|\(([A-Z]{2,8})\)"
    # German-language wires write the agency in lower case after a place in title case:
    # "Frankfurt/Main (dpa) - ", "Wien (apa) – "
    r"|[A-ZÄÖÜ][\w.'’]+(?:[ /-][A-ZÄÖÜ][\w.'’]+){0,2}\s*\(([a-z]{2,5}(?:/[a-z]{2,5})?)\))\s*(?:-{1,2}|—|–)\s")
# A Korean wire dateline: "(서울=연합뉴스) 김민수 기자 = …", "【서울=뉴시스】", "[서울=뉴스1]": the
# place, "=", the agency, then maybe the reporters and "기자 =".
_KO_DATELINE_RE = re.compile(
    r"^[(\[【]\s*[가-힣]{1,10}\s*=\s*([가-힣A-Za-z0-9]{2,12})\s*[)\]】]"
    r"(?:\s*((?:[가-힣]{2,4}\s*){1,4}?)(?:선임기자|기자|특파원)\s*=)?")


def _dateline_source(lead: str) -> Optional[str]:
    """"新华社北京3月5日电", "据人民网消息", "WASHINGTON (Reuters) -", "(서울=연합뉴스)": the agency
    that filed the story."""
    m = _DATELINE_RE.match(lead)
    if not m:
        if lead[:1] in "([【" or lead[:1].isupper():
            m = _WIRE_DATELINE_RE.match(lead) or _KO_DATELINE_RE.match(lead)
            if m:
                return next((g for g in m.groups() if g), None)
        return None
    name = m.group(1) or m.group(2)
    return None if name.startswith(("本报", "本刊", "本网", "本台")) else name


_POSTED_BY_RE = re.compile(
    r"^(?:本贴|本帖|本文)?(?:由\s*)?([\w\u4e00-\u9fff.&-]{2,20}?)\s*(?:发表于|发布于|张贴于|张贴|posted (?:on|at)|于\s*(?=(?:19|20)\d\d))",
    re.IGNORECASE)


_POSTING_WORDS = {"发表", "发布", "张贴", "更新", "本文", "本贴", "本帖"}  # "发表于 2004…" has no poster


def _posted_by(text: str) -> List[str]:
    """"ggjjzhzz 发表于 2005-9-15", "由海姑娘张贴 @ …": the poster of a blog entry."""
    m = _POSTED_BY_RE.match(text)
    if m and DATE_HINT_RE.search(text) and m.group(1).lower() not in lexicon.NOT_NAMES \
            and m.group(1) not in _POSTING_WORDS:
        return [m.group(1)]
    return []


def _post_headers(blocks: List[Block]) -> List[str]:
    """Dated byline lines inside the body: a forum post's header ("本贴由大卫于
    2005年8月12日…发表", "〓 发布时间 2005/03/15 22:36:13 by duscha 〓")."""
    out = []
    for b in blocks:
        if b.label == BODY and len(b.text) < 120 and (_POSTED_BY_RE.match(b.text) or _LABELLED_DATE_RE.search(b.text)):
            out.append(b.text)
        if len(out) >= 2:
            break
    return out


_LABELLED_DATE_RE = re.compile(r"(?:发布时间|发表时间|发表于|发布于|时间)\s*[:：]?\s*(?:19|20)\d\d")


def _four_character_name(name: str) -> bool:
    """A name alone of four characters is one only with a compound family name ("欧阳晓明") or
    with both family names ("罗科苏盈"); else it is a section's name ("风情男女", "今日关注")."""
    return len(name) < 4 or name.startswith(lexicon.COMPOUND_SURNAMES) or (
        name[0] in lexicon.SURNAMES and name[2] in lexicon.SURNAMES)


def _bracketed_name(text: str, alone: bool = True) -> List[str]:
    """A name alone on a line or in brackets: "胡平", "（袁源）", "[ 黄宇 ]"."""
    line = text.strip()
    m = _NAME_ONLY_RE.match(line)
    if alone and m and m.group(1) not in lexicon.NOT_NAMES and _four_character_name(m.group(1)) \
            and not lexicon.is_control(line) and not lexicon.is_tail_heading(line):
        return [m.group(1)]
    if alone and _NAMES_LINE_RE.match(line):  # "赵延东、风笑天"
        names = [n for n in re.split(r"\s*[、，,]\s*", line) if n not in lexicon.NOT_NAMES]
        return names if len(names) >= 2 else []
    m = _BRACKET_NAME_RE.search(text)
    # (a bracketed value after a label, "来源：[ 人民网 ]", is that label's; an outlet is no name)
    if m and DATE_HINT_RE.search(text) and m.group(1) not in lexicon.NOT_NAMES \
            and not text[:m.start()].rstrip().endswith((":", "：")) and not _OUTLET_RE.match(m.group(1)):
        return [m.group(1)]
    return []


def _html_title(title: Optional[str], meta: dict, blocks: List[Block]) -> Optional[str]:
    """Cross-check the headline found in the page against the markup.

    The <title> usually holds the headline plus a site name.  Of the headline candidates (the
    block headline, <h1>, JSON-LD and OpenGraph headlines) the longest that agrees with the
    <title> wins; with none, a text block that covers most of the <title> does.
    """
    tab = str(meta.get("title") or "").strip()
    tab_key = lexicon.key(tab)
    if not tab_key:
        return title or meta.get("headline") or meta.get("og_title") or meta.get("h1")
    site = str(meta.get("site_name") or "")
    stripped = strip_site_name(tab, site)
    stripped_key = lexicon.key(stripped)

    def agrees(text) -> bool:
        k = lexicon.key(str(text or ""))
        if len(k) < 2:
            return False
        return k in tab_key or (len(tab_key) >= 4 and tab_key in k and len(k) <= len(tab_key) + 12)

    parts = [p for p in _SITE_SUFFIX_RE.split(tab) if lexicon.key(p)]
    # with "Headline - Site", a candidate equal to the whole <title> carries the site name, and
    # one equal to its last part is the site name
    banned = {tab_key, lexicon.key(parts[-1])} if len(parts) > 1 else set()
    site_key = lexicon.key(parts[-1]) if len(parts) > 1 else ""

    def fits(text) -> bool:
        # (and a block inside the site part is the site's name or logo: "中国地理学会" of
        # "新闻动态--中国地理学会官网")
        k = lexicon.key(str(text))
        return agrees(text) and k not in banned and not (site_key and k in site_key)

    candidates = [str(c).strip() for c in (title, meta.get("h1"), meta.get("headline"), meta.get("og_title"))
                  if c and fits(c)]
    if candidates:
        return max(candidates, key=lambda c: len(lexicon.key(c)))
    agreeing = [b.text for b in blocks
                if b.label not in ("navigation", "breadcrumb") and len(b.text) <= 120 and "。" not in b.text
                and fits(b.text) and len(lexicon.key(b.text)) >= 0.6 * len(stripped_key)]
    if agreeing:
        return max(agreeing, key=len)
    # a <title> that nothing on the page repeats is usually the site's name: keep the block
    return title or stripped


def _headline(page: Page) -> Optional[str]:
    """The title: the headline block, cross-checked with the markup on HTML pages, cleaned."""
    title = next((b.text for b in page.blocks if b.label == TITLE), None)
    if page.input_type == "html":
        title = _html_title(title, page.meta, page.blocks)
    if title:
        # "Headline 2005-06-14 03:25:55": the date belongs to the byline, and so do the few
        # words after it ("… 2005-09-11 18:04:42 楼主"); "主题：…" is a label
        m = DATE_TAIL_RE.search(title)
        if m and m.start() >= 4 and len(title) - m.end() <= 6:
            title = title[:m.start()]
        title = DATE_TAIL_RE.sub(" ", title).strip() or title
        title = lexicon.TITLE_LABEL_RE.sub("", title) or title
        title = _PAGE_SUFFIX_RE.sub("", title) or title
    return title or None


# The longest line after the body whose date is the article's (see _date).
_POST_DATE_LINE = 120


def _date(page: Page, zones: "_Zones") -> Optional[str]:
    """Markup first on HTML pages; then the byline zone, a post header, the lines after the
    body; the markup last on text dumps (where there is none)."""
    meta_date = parse_date(str(page.meta.get("date") or ""))
    if page.input_type == "html" and meta_date and len(meta_date) == 10:
        # the markup gives the day only ("publishdate" 2019-06-15): the byline zone's timed
        # date of that same day ("2019年06月15日08:18") is as true and more precise
        timed = _first(d for d in map(parse_date, zones.pre) if d and d.startswith(meta_date + "T"))
        if timed:
            return timed
    return ((meta_date if page.input_type == "html" else None)
            or _first(parse_date(t) for k, t in enumerate(zones.pre) if not _composed_date(zones.pre, k))
            or _first(parse_date(t) for t in zones.pre)
            or _first(parse_date(t) for t in reversed(zones.above))  # the nearest first
            or _first(parse_date(t) for t in zones.headers)
            # (after the body, a byline is a short line: a date closing a paragraph there is
            # a teaser's, "… goes out for a pint. (31.05.2013)")
            or _first(parse_date(t) for t in zones.post if len(t) <= _POST_DATE_LINE)
            or _first(parse_date(t) for t in zones.far)
            or _first(parse_date(t) for t in zones.dated)
            or _first(parse_date(t) for t in zones.details)
            or meta_date
            or _yearless_date(zones.pre, page.meta))


# A date printed without its year, with a time: "10-08 12:00", "10-0812:00", "10月8日 12:00".
_YEARLESS_RE = re.compile(r"(?<![\d-])(\d{1,2})(?:-(\d{2})|月(\d{1,2})日)\s*(\d{1,2})[:：](\d{2})(?!\d)")


def _yearless_date(pre: List[str], meta: dict) -> Optional[str]:
    """The byline zone's date printed without a year ("发布时间：10-0812:00"), dated by a markup
    date (the modification date) of that same month and day: a page of the current year leaves
    the year out, its markup keeps it."""
    full = [d for d in (parse_date(str(meta.get(k) or "")) for k in ("date", "modified")) if d]
    if not full:
        return None
    for text in pre:
        m = _YEARLESS_RE.search(text)
        if m is None:
            continue
        month, day, hour, minute = int(m.group(1)), int(m.group(2) or m.group(3)), int(m.group(4)), m.group(5)
        for d in full:
            if d[5:10] == f"{month:02d}-{day:02d}" and hour < 24:
                return f"{d[:10]}T{hour:02d}:{minute}"
    return None


def _source(page: Page, zones: "_Zones") -> Optional[str]:
    """A labelled source in the byline zone, an outlet printed by the date, the agency of a
    dateline, a labelled or cited source after the body; the markup's source last."""
    meta_source = str(page.meta.get("source") or "").strip()
    return (_first(parse_source(t) for t in zones.pre)
            or _first(_unlabelled_source(t) for t in zones.pre)
            or _dateline_source(zones.lead)
            or _first(_dateline_source(t) for t in zones.pre)
            or _first(_byline_outlet(t) for t in zones.pre)
            or _first(parse_source(t) for t in zones.post)
            or _first(_cited_source(t) for t in zones.closing + zones.post)
            or _first(parse_source(t) for t in zones.inline)
            or _first(_cited_source(t) for t in zones.cited)
            or _first(_unlabelled_source(t) or parse_source(t) for t in zones.far)
            or _first(parse_source(t) for t in zones.stamped)
            or _first(parse_source(t) for t in zones.sourced)
            or meta_source or None)


def _authors(page: Page, zones: "_Zones") -> Sequence[str]:
    """Author labels in the byline zone, a name alone under the headline, a poster of a blog
    entry or forum post, labels after the body or in its closing lines, the markup's authors,
    and last a reporter named in brackets at the start of the lead."""
    pre, lead = zones.pre, zones.lead
    meta_authors = list(dict.fromkeys(n for a in page.meta.get("authors") or () for n in _markup_author(str(a))))
    lead_paren = _LEAD_PAREN_RE.search(lead)
    return (_union(parse_authors(t) for t in pre)
            or _avatar_name(pre)
            or _first(_bracketed_name(t, alone=t in zones.names) for t in pre)
            or _first(_marked_name(t) for t in zones.marked)
            or _first(_posted_by(t) for t in pre + zones.above + zones.post + zones.closing[:1] + [lead])
            or _first(parse_authors(t) or _posted_by(t) for t in zones.headers)
            or _union(parse_authors(t) for t in zones.above)
            or _first(parse_authors(t) for t in zones.post)
            or _first(_person_as_source(t) for t in zones.post)
            or _closing_bracket_name(zones.post)
            or _first(_closing_authors(t) or _bracketed_name(t) for t in zones.closing)
            or _closing_credit(zones.last)
            or _first(parse_authors(t) for t in zones.inline)
            or _first(parse_authors(t) for t in zones.details)
            or meta_authors
            or (parse_authors(lead_paren.group(1)) if lead_paren else [])
            or _ko_dateline_reporters(lead)
            or [])


def _avatar_name(pre: List[str]) -> List[str]:
    """The writer named under the writer's picture in the byline zone: "Image of Ann Roe" /
    "Ann Roe"."""
    for k in range(len(pre) - 1):
        m = lexicon.AVATAR_RE.match(pre[k])
        if m and m.group(1) == pre[k + 1] and _LATIN_NAME_RE.match(pre[k + 1]) \
                and pre[k + 1].lower() not in lexicon.NOT_NAMES and not _ROLE_RE.search(pre[k + 1]):
            return [pre[k + 1]]
    return []


def _ko_dateline_reporters(lead: str) -> List[str]:
    """The reporters of a Korean wire dateline: "(서울=연합뉴스) 김민수 이영희 기자 = …"."""
    m = _KO_DATELINE_RE.match(lead) if lead[:1] in "([【" else None
    return m.group(2).split() if m and m.group(2) else []


def _closing_authors(text: str) -> List[str]:
    """Labelled writers in one of the body's closing lines: a credit that starts the line, opens
    a bracket or closes the line ("（记者 胡晓蓉）", "……。文/张三"), not a reporter who acts in a
    sentence ("记者致电上海、武汉等地商场人士，……")."""
    m = _AUTHOR_LABEL_RE.search(text)
    if m is None:
        return []
    before, rest = text[:m.start()].rstrip(), text[m.end():].strip()
    if len(rest) > 12 and ((before and before[-1] not in "(（[【") or _SENTENCE_MARK_RE.search(rest)):
        return []
    return parse_authors(text)


_DOMAIN_RE = re.compile(r"^(?:[\w-]+\.)+(?:com|net|org|co|uk|in|au|ca|de|fr|info|news|tv)$", re.IGNORECASE)


def _markup_author(value: str) -> List[str]:
    """The names in a markup author value, which some CMSs fill with the printed byline:
    "By TOM KRISHER, AP Auto Writer" -> ["TOM KRISHER"]; other values as they are."""
    value = " ".join(value.split())
    if value.isdigit():
        return []       # a CMS user id ('<meta name="author" content="104363">'), not a name
    if value[:3].lower() == "by " and value[3:4].isupper():
        return parse_authors(value) or [value]
    value = value.split(" | ", 1)[0]   # "Amy Kuperinsky | NJ Advance Media for NJ.com"
    name, _, rest = value.partition(", ")
    if rest and _ROLE_RE.search(rest) and _LATIN_NAME_RE.match(name):
        return [name]   # "Jane Roe, Staff Writer"
    if value.isascii() and (_ROLE_RE.search(value) or _DOMAIN_RE.match(value)):
        return []       # an outlet or desk ("BBC News", "Cleveland.com"), not a writer
    return [value] if value else []


def _person_as_source(text: str) -> List[str]:
    """"来源: 尹娟" under the text: a source label naming a person (two or three characters led
    by a family name, no outlet's ending) names the writer."""
    value = parse_source(text)
    if (value and 2 <= len(value) <= 3 and _CJK_NAME_RE.match(value) and value[0] in lexicon.SURNAMES
            and not _OUTLET_RE.match(value) and value[-1] not in "社网报台刊" and value not in lexicon.NOT_NAMES):
        return [value]
    return []


def _closing_bracket_name(post: List[str]) -> List[str]:
    """"（袁源）" on the line right after the text: the writer's name that closes a Chinese
    article."""
    if post and post[0][:1] in "(（" and post[0][-1:] in ")）":
        return _bracketed_name(post[0])
    return []


_CLOSING_CREDIT_RE = re.compile(r"[(（]([^()（）]{2,40})[)）]\s*$")


def _closing_credit(text: str) -> List[str]:
    """The writers credited in brackets at the end of the last paragraph, as Chinese papers
    close an article: "…的新春佳节。（常书香 马丹阳）", "（记者 胡晓蓉）", "（姚峰 上海报道）"."""
    m = _CLOSING_CREDIT_RE.search(text)
    if m is None:
        return []
    inner = m.group(1).strip()
    names = parse_authors(inner)
    if names:
        return names
    # unlabelled: one to three names of two to four characters, each led by a family name, and
    # maybe the place reported from
    parts = _PLACE_REPORT_RE.sub("", _part_name_from_place(inner)).split()
    if len(parts) == 1 and len(parts[0]) > 4:
        # "（常书香马丹阳）": names whose space a text browser lost when it wrapped the line
        parts = split_run_names(parts[0])
    if not 1 <= len(parts) <= 3:
        return []
    for part in parts:
        if not (2 <= len(part) <= 4 and _CJK_NAME_RE.match(part) and part[0] in lexicon.SURNAMES
                and part not in lexicon.NOT_NAMES):
            return []
    return parts


def _labelled_url(text: str) -> Optional[str]:
    """The article's address from a line such as "原文链接：http://…"."""
    m = _URL_LABEL_RE.search(text)
    return m.group(1) if m else None


def _language(meta: dict, text: str) -> Optional[str]:
    """The primary subtag of the markup's language ("en-US" -> "en"), else a guess from text."""
    declared = str(meta.get("language") or "").strip().replace("_", "-").split("-")[0].lower()
    if declared.isalpha() and 2 <= len(declared) <= 3:
        return declared
    return detect_language(text)


def build_article(page: Page, path: Optional[str] = None) -> Article:
    """Assemble the record from a classified page."""
    blocks = page.blocks
    body_blocks = [b for b in blocks if b.label == BODY]
    units = sum(f.units for b, f in zip(blocks, page.features) if b.label == BODY)
    title = _headline(page)
    zones = _zones(blocks, page.features)

    # a page with no main text (home, channel, list, search pages) gives no article, with a reason
    reason = verdict.assess(page)
    if reason is None and units < MIN_ARTICLE_UNITS:
        reason = "no article: too little main text"
    paragraphs = []
    if reason is None:
        # (text dumps: the lines of a paragraph that a text browser wrapped, joined again)
        texts = (reflow_body(body_blocks) if page.input_type == "text"
                 else [(b.text, b) for b in body_blocks])
        last = len(texts) - 1
        for i, (text, b) in enumerate(texts):
            heading = (0 < i < last and b.kind in ("line", "heading", "p", "div")
                       and _is_subheading(text))
            paragraphs.append(Paragraph(text, heading))
    url = page.meta.get("url") or _first(_labelled_url(b.text) for b in blocks if b.label == BYLINE)
    body_text = "\n".join(p.text for p in paragraphs)
    return Article(
        title=title,
        source=_source(page, zones),
        date=_date(page, zones),
        authors=tuple(_authors(page, zones)),
        paragraphs=tuple(paragraphs),
        url=url,
        language=_language(page.meta, body_text or (title or "")),
        encoding=page.encoding,
        input_type=page.input_type,
        path=path,
        warnings=tuple(page.warnings),
        reason=reason,
    )
