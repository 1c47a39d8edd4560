"""Per-block measurements that the classifier and the field extraction share.

Everything here is cheap because it runs on every block of every page (~150 per page): exact
string tests (``str.isascii``, ``in``, first-character sets) decide which regular expressions can
match at all, so most blocks run only two or three of them.
"""
from __future__ import annotations

import re
from typing import List, Optional

from . import lexicon
from .model import Block

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_WORD_RE = re.compile(r"[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+")
# The word characters of _WORD_RE beyond ASCII, as one character class: its runs over the whole
# BMP are exactly its ranges, and every character beyond the BMP is taken.  It holds no category
# (unlike _WORD_RE), so a search that finds nothing, the common case, scans several times faster.
_OTHER_WORD_CHAR_RE = re.compile("[" + "".join(
    re.escape(m.group()[0]) + "-" + re.escape(m.group()[-1])
    for m in _WORD_RE.finditer("".join(map(chr, range(0x80, 0x10000))))) + "\U00010000-\U0010ffff]")
# UTF-8 bytes to themselves for ASCII letters and digits, to a space for everything else.
_ASCII_ALNUM_BYTES = bytes(c if chr(c).isalnum() and c < 0x80 else 0x20 for c in range(256))
# The two patterns below scan whole blocks.  Each starts with one character class so that the
# regex engine skips ahead to the candidates (it cannot for a top-level alternation of classes):
# the same matches as the plain forms quoted above them, several times faster on long lines.
#
# Sentence punctuation: every CJK mark counts; a Latin mark only when a space or the end follows,
# so the dots and colons of URLs, times and numbers do not.
#     [,;!?:.](?=\s|$|[\u3400-\u9fff“”"'])|[，。！？；：、…]
_PUNCT_RE = re.compile(
    r"[,;!?:.，。！？；：、…](?:(?<=[，。！？；：、…])|(?=\s|$|[\u3400-\u9fff“”\"']))")
# Separators between menu items / breadcrumb steps.
#     \s[|｜/•·»>›→*-]\s|\s?>>?\s?|\||(?<=\S)[·・](?=\S)
_SEP_RE = re.compile(
    r"[\s>|·・](?:(?<=\s)[|｜/•·»>›→*-]\s|(?<=\s)>>?\s?|(?<=>)>?\s?|(?<=\|)|(?<=\S[·・])(?=\S))")
# A date anywhere in the line (numeric CJK/ISO forms or English month names).
DATE_HINT_RE = re.compile(
    r"(?:19|20)\d\d\s*[-/.年년]\s*\d{1,2}\s*[-/.月월]\s*\d{1,2}"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d",
    re.IGNORECASE)
# A date with an optional time, as printed after a headline: "… (图) 2005-06-14 03:25:55"
DATE_TAIL_RE = re.compile(
    r"\s*[\[(（]?(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\])）]?\s*")
# The sentence marks of ASCII text: those of _PUNCT_RE there (exact on ASCII text only).
_ASCII_PUNCT_RE = re.compile(r"[,;!?:.](?=\s|$|[\"'])")
_LABEL_RE = re.compile(
    r"(?:^|[\s(（\[【|])(?:" + "|".join(sorted(
        {re.escape(x) for x in lexicon.SOURCE_LABELS + lexicon.DATE_LABELS + lexicon.AUTHOR_LABELS
         if len(x) > 1}, key=len, reverse=True)) + r")\s*[:：]"
    r"|发表于|发布于|张贴于|发表时间|\bposted (?:on|at|by)\b")
_BYLINE_START_RE = re.compile(
    r"^(?:(?:Published|Updated|Posted|Last updated|First published)\b|記者|本报记者|本刊记者|记者|通讯员|特约记者|实习记者|见习记者|作者|文/|文／|By\s+[A-Z]|BY\s+[A-Z]|by\s+[A-Z])")


# First characters a _BYLINE_START_RE match can have.
_BYLINE_FIRST = frozenset("PULF記本记通特实见作文Bb")
# _LABEL_RE without a colon can only match one of these (its other alternatives end in a colon).
_LABEL_NO_COLON = ("发", "张", "posted ")


class _Lazy:
    """A computed attribute: the first read computes it and stores it on the instance, where
    later reads find it directly (a non-data descriptor, unlike a property, yields to the
    instance's own attribute)."""

    def __init__(self, compute):
        self.compute, self.name = compute, compute.__name__

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = self.compute(obj.text)
        setattr(obj, self.name, value)
        return value


# Cheap exact prefilters of the byline checks: False means the regex cannot match.
def _may_have_date(t: str) -> bool:
    # Every DATE_HINT_RE alternative holds a year "19xx"/"20xx".
    return len(t) <= 160 and ("20" in t or "19" in t)


def _may_have_label(t: str) -> bool:
    # _LABEL_RE's alternatives end in a colon, except the few starting with _LABEL_NO_COLON.
    return len(t) <= 160 and (":" in t or "：" in t or _LABEL_NO_COLON[0] in t
                              or _LABEL_NO_COLON[1] in t or _LABEL_NO_COLON[2] in t)


def _may_start_byline(t: str) -> bool:
    return len(t) < 80 and t[:1] in _BYLINE_FIRST


# The byline checks of a block's text.
def _has_date(t: str) -> bool:
    return _may_have_date(t) and DATE_HINT_RE.search(t) is not None


def _has_label(t: str) -> bool:
    return _may_have_label(t) and _LABEL_RE.search(t) is not None


def _starts_byline(t: str) -> bool:
    return _may_start_byline(t) and _BYLINE_START_RE.match(t) is not None


class Features:
    """Measurements of one block.

    A plain class rather than a dataclass: one is built per block, and :func:`measure` only sets
    the attributes that differ from the class defaults below, which is several times cheaper.
    """

    units: float        # text amount: CJK characters + 2 per Latin word
    cjk: int            # wide (CJK) characters, approximately
    words: int
    punct: int          # sentence punctuation marks
    ends_sentence: bool
    link_density: float = 0.0
    separators: int = 0     # menu separators ("|", " > ", "•"...)
    tail: bool = False      # a boilerplate tail heading ("相关新闻", "Related")
    control: bool = False   # share/print/close-window controls
    footer: bool = False    # copyright / licence / disclaimer wording
    editor: bool = False    # "责任编辑：…" credit
    text: str = ""
    hint: float = 0.0

    def __init__(self, units: float, cjk: int, words: int, punct: int, ends_sentence: bool,
                 link_density: float, separators: int, tail: bool, control: bool, footer: bool,
                 editor: bool, text: str = "", hint: float = 0.0,
                 _date: Optional[bool] = None, _label: Optional[bool] = None) -> None:
        self.units, self.cjk, self.words, self.punct = units, cjk, words, punct
        self.ends_sentence, self.link_density, self.separators = ends_sentence, link_density, separators
        self.tail, self.control, self.footer, self.editor = tail, control, footer, editor
        self.text, self.hint = text, hint
        if _date is not None:
            self.date = _date
        if _label is not None:
            self.label = _label

    def __repr__(self) -> str:
        shown = ("units", "cjk", "words", "punct", "ends_sentence", "link_density", "separators",
                 "tail", "control", "footer", "editor", "text", "hint")
        return "Features(" + ", ".join(f"{k}={getattr(self, k)!r}" for k in shown) + ")"

    # Byline checks are only needed near the headline and on short lines, so they are computed
    # on demand, behind cheap exact prefilters, and remembered.
    date = _Lazy(_has_date)
    date.__doc__ = """The block carries a date."""
    label = _Lazy(_has_label)
    label.__doc__ = """The block carries a byline label ("来源：", "作者：", "Published:")."""
    byline_start = _Lazy(_starts_byline)
    byline_start.__doc__ = """The block starts like an author line ("本报记者 …", "By Jane")."""


_SENT_END_CHARS = set("。！？!?…」』”\"'’）)")
_SEP_CHARS_RE = re.compile(r"[|｜/•·»>›→*・-]")


_new = object.__new__
_has_tail_pattern = lexicon.has_tail_pattern
_short_line_flags = lexicon.short_line_flags
_has_footer_marker = lexicon.has_footer_marker
_is_fallback_notice = lexicon.is_fallback_notice
_EDITOR_MATCH = lexicon.EDITOR_RE.match
# First characters an EDITOR_RE match can have (besides spaces); "e" covers Editor/Edited.
_EDITOR_FIRST = frozenset("[【（(责编校审签终值本責編Ee")


def measure(block: Block) -> Features:
    """Compute the features of one block.

    Runs on every block of every page, so the costly checks only run where they can matter:
    tail headings and controls are short, bylines and dates are in short lines.
    """
    text = block.text
    n = len(text)
    f = _new(Features)
    f.text = text
    # Letters and digits only ("Business", "新闻动态"): no mark and no separator to look for.
    alnum = text.isalnum()
    if text.isascii():
        cjk = 0
        if alnum:  # one word
            words, punct = 1, 0
        else:
            # the runs of letters and digits at C speed on the bytes; the marks by a pattern
            # that starts with one character class (so the regex engine skips ahead to them)
            words = len(text.encode("ascii").translate(_ASCII_ALNUM_BYTES).split())
            punct = len(_ASCII_PUNCT_RE.findall(text))
    else:
        # Wide (CJK) characters from the UTF-8 length: three bytes each against one for ASCII.
        # This is ~30x cheaper than a regex count and also counts full-width punctuation,
        # harmlessly.
        utf8 = text.encode("utf-8", "surrogatepass")
        cjk = (len(utf8) - n) // 2
        # With no letter or digit beyond ASCII outside the CJK ranges (nearly every line), the
        # words are the runs of ASCII letters and digits, counted on the UTF-8 bytes (where every
        # other character's bytes are not ASCII) at C speed.
        if _OTHER_WORD_CHAR_RE.search(text) is None:
            words = len(utf8.translate(_ASCII_ALNUM_BYTES).split())
        else:
            words = len(_WORD_RE.findall(text))
        punct = 0 if alnum else len(_PUNCT_RE.findall(text))
    f.units = cjk + 2.0 * words
    f.cjk, f.words, f.punct = cjk, words, punct
    last = text[-1]
    f.ends_sentence = last in _SENT_END_CHARS or (last == "." and n > 1 and not text[-2].isdigit())
    if n <= 80:
        if _has_tail_pattern(text):
            f.tail = True
        elif n <= 40:
            flags = _short_line_flags(text)
            if flags:
                if flags == 1:
                    f.tail = True
                else:
                    f.control = True
    if block.link_chars:
        f.link_density = min(1.0, block.link_chars / n)
    # A separator is "|", ">", a middle dot, or another mark between two spaces.  A line with
    # none of the first four has a _SEP_RE match only where one of the other marks stands
    # between two whitespace characters: in a printable line (whose only whitespace is " ")
    # plain substring tests settle it; elsewhere any separator mark may start one.
    if not alnum and ("|" in text or ">" in text or "·" in text or "・" in text or (
            (" " in text and (" - " in text or " / " in text or " * " in text or " • " in text
                              or " » " in text or " › " in text or " → " in text or " ｜ " in text))
            if text.isprintable() else _SEP_CHARS_RE.search(text) is not None)):
        sep = len(_SEP_RE.findall(text))
        if sep:
            f.separators = sep
    if n <= 400 and _has_footer_marker(text):
        f.footer = True
    if n <= 160 and not f.control and _is_fallback_notice(text):
        f.control = True
    if n < 60 and (text[0] in _EDITOR_FIRST or text[0].isspace()) and _EDITOR_MATCH(text):
        f.editor = True
    if block.hint:
        f.hint = block.hint
    # The classifier reads the byline flags of nearly every short block; most blocks fail the
    # prefilters, so settle those here as plain attributes (no descriptor call) and leave the
    # rest to the lazy checks.
    if not _may_have_date(text):
        f.date = False
    if not _may_have_label(text):
        f.label = False
    if not _may_start_byline(text):
        f.byline_start = False
    return f


def measure_blocks(blocks: List[Block]) -> List[Features]:
    """``[measure(b) for b in blocks]``, measuring each distinct block once per page.

    Menus, share bars and captions repeat on a page; a repeated block gets a copy of the first
    one's features (a copy, because the classifier revises some flags block by block).
    """
    feats = []
    append = feats.append
    first: dict = {}
    for b in blocks:
        # everything measure reads of a block (the text alone on text dumps, where the other
        # two are always 0; a str key never equals a tuple key)
        k = (b.text, b.link_chars, b.hint) if b.link_chars or b.hint else b.text
        f = first.get(k)
        if f is None:
            f = first[k] = measure(b)
            append(f)
        else:
            g = _new(Features)
            g.__dict__.update(f.__dict__)
            append(g)
    return feats


_HERE_RE = re.compile(r"^(?:(?:当前位置|您的位置|你的位置|您所在的位置|你所在的位置|所在位置|目前位置|現在位置|"
                      r"您現在的位置|您的位置是)\s*[:：\s]|(?:位置|You are here|Location)\s*[:：])",
                      re.IGNORECASE)


# First characters a _HERE_RE match can have (IGNORECASE has no other twins of "y" and "l").
_HERE_FIRST = frozenset("当您你所目現位YyLl")
_CRUMB_SPLIT_RE = re.compile(r"\s*(?:>>|>|›|»|→|＞|-&gt;)\s*")


def looks_like_breadcrumb(text: str) -> bool:
    """"首页 > 新闻 > 正文", "Home » World » Asia": short steps joined by arrows, or a line that
    says it is one ("当前位置：…", "You are here: …")."""
    if text[:1] in _HERE_FIRST and _HERE_RE.match(text):
        return True
    # a step mark (">", "/", "›", "»", "→", "＞"), by substring tests: far cheaper than a
    # regex search on short lines
    if not (">" in text or "/" in text or "›" in text or "»" in text or "→" in text
            or "＞" in text):
        return False
    parts = [p for p in _CRUMB_SPLIT_RE.split(text) if p.strip()]
    if len(parts) < 3 and not (len(parts) == 2 and len(text) < 30):  # (and an arrow, seen above)
        return False
    return all(len(p) <= 30 for p in parts)
