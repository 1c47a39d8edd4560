"""Per-block measurements that the classifier and the field extraction share.

Everything here is cheap (a few regular expressions per block) because it runs on every block of
every page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from . import lexicon
from .model import Block

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_WORD_RE = re.compile(r"[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+")
# Sentence punctuation: every CJK mark counts; a Latin mark only when a space or the end follows,
# so the dots and colons of URLs, times and numbers do not.
_PUNCT_RE = re.compile(
    r"[,;!?:.](?=\s|$|[\u3400-\u9fff“”\"'])|[，。！？；：、…]")
# Separators between menu items / breadcrumb steps.
_SEP_RE = re.compile(r"\s[|｜/•·»>›→*-]\s|\s?>>?\s?|\||(?<=\S)[·・](?=\S)")
_CRUMB_RE = re.compile(r"(?:>|›|»|→|>>|＞|/)")
# A date anywhere in the line (numeric CJK/ISO forms or English month names).
DATE_HINT_RE = re.compile(
    r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d\d\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+(?:19|20)\d\d",
    re.IGNORECASE)
# A date with an optional time, as printed after a headline: "… (图) 2005-06-14 03:25:55"
DATE_TAIL_RE = re.compile(
    r"\s*[\[(（]?(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?[\])）]?\s*")
_DIGIT_RE = re.compile(r"\d")
_LABEL_RE = re.compile(
    r"(?:^|[\s(（\[【|])(?:" + "|".join(sorted(
        {re.escape(x) for x in lexicon.SOURCE_LABELS + lexicon.DATE_LABELS + lexicon.AUTHOR_LABELS
         if len(x) > 1}, key=len, reverse=True)) + r")\s*[:：]"
    r"|发表于|发布于|张贴于|发表时间|\bposted (?:on|at|by)\b")
_BYLINE_START_RE = re.compile(
    r"^(?:(?:Published|Updated|Posted|Last updated|First published)\b|記者|本报记者|本刊记者|记者|通讯员|特约记者|实习记者|见习记者|作者|文/|文／|By\s+[A-Z]|BY\s+[A-Z]|by\s+[A-Z])")


@dataclass
class Features:
    """Measurements of one block."""

    units: float        # text amount: CJK characters + 2 per Latin word
    cjk: int            # wide (CJK) characters, approximately
    words: int
    punct: int          # sentence punctuation marks
    ends_sentence: bool
    link_density: float
    separators: int     # menu separators ("|", " > ", "•"...)
    tail: bool          # a boilerplate tail heading ("相关新闻", "Related")
    control: bool       # share/print/close-window controls
    footer: bool        # copyright / licence / disclaimer wording
    editor: bool        # "责任编辑：…" credit
    text: str = ""
    hint: float = 0.0
    _date: Optional[bool] = None
    _label: Optional[bool] = None

    # Byline checks are only needed near the headline and on short lines, so they are computed
    # on demand, behind cheap prefilters.
    @property
    def date(self) -> bool:
        """The block carries a date."""
        if self._date is None:
            t = self.text
            self._date = len(t) <= 160 and _DIGIT_RE.search(t) is not None \
                and DATE_HINT_RE.search(t) is not None
        return self._date

    @property
    def label(self) -> bool:
        """The block carries a byline label ("来源：", "作者：", "Published:")."""
        if self._label is None:
            t = self.text
            self._label = len(t) <= 160 and _LABEL_RE.search(t) is not None
        return self._label

    @property
    def byline_start(self) -> bool:
        """The block starts like an author line ("本报记者 …", "By Jane")."""
        return len(self.text) < 80 and _BYLINE_START_RE.match(self.text) is not None


_SENT_END_CHARS = set("。！？!?…」』”\"'’）)")
_SEP_CHARS_RE = re.compile(r"[|｜/•·»>›→*・-]")


def measure(block: Block) -> Features:
    """Compute the features of one block.

    Runs on every block of every page, so the costly checks only run where they can matter:
    tail headings and controls are short, bylines and dates are in short lines.
    """
    text = block.text
    n = len(text)
    # Wide (CJK) characters from the UTF-8 length: three bytes each against one for ASCII.  This
    # is ~30x cheaper than a regex count and also counts full-width punctuation, harmlessly.
    cjk = (len(text.encode("utf-8", "surrogatepass")) - n) // 2
    words = len(_WORD_RE.findall(text))
    punct = len(_PUNCT_RE.findall(text))
    last = text[-1]
    ends = last in _SENT_END_CHARS or (last == "." and n > 1 and not text[-2].isdigit())
    tail = control = False
    if n <= 80 and lexicon.TAIL_PATTERN_RE.search(text):
        tail = True
    elif n <= 40:
        k = lexicon.key(text)
        tail = lexicon.is_tail_heading(text, k)
        control = not tail and lexicon.is_control(text, k)
    return Features(
        units=cjk + 2.0 * words,
        cjk=cjk,
        words=words,
        punct=punct,
        ends_sentence=ends,
        link_density=min(1.0, block.link_chars / n) if block.link_chars else 0.0,
        separators=len(_SEP_RE.findall(text)) if _SEP_CHARS_RE.search(text) else 0,
        tail=tail,
        control=control,
        footer=n <= 400 and lexicon.has_footer_marker(text),
        editor=n < 60 and bool(lexicon.EDITOR_RE.match(text)),
        text=text,
        hint=block.hint,
    )


_HERE_RE = re.compile(r"^(?:(?:当前位置|您的位置|你的位置|您所在的位置|你所在的位置|所在位置|目前位置|現在位置|"
                      r"您現在的位置|您的位置是)\s*[:：\s]|(?:位置|You are here|Location)\s*[:：])",
                      re.IGNORECASE)


def looks_like_breadcrumb(text: str) -> bool:
    """"首页 > 新闻 > 正文", "Home » World » Asia": short steps joined by arrows, or a line that
    says it is one ("当前位置：…", "You are here: …")."""
    if _HERE_RE.match(text):
        return True
    if _CRUMB_RE.search(text) is None:
        return False
    parts = [p for p in re.split(r"\s*(?:>>|>|›|»|→|＞|-&gt;)\s*", text) if p.strip()]
    if len(parts) < 3 and not (len(parts) == 2 and len(text) < 30 and _CRUMB_RE.search(text)):
        return False
    return all(len(p) <= 30 for p in parts)
