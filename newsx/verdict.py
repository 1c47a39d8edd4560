"""Is the body the classifier chose an article at all?  The "no article" verdict.

The classifier always picks *some* run of blocks as the body.  On a page with no main text (a
portal home page, a channel or list page, search results) that run is one teaser of a list, or a
stretch of headline links, teaser snippets and date stamps, and printing it as an article would be
wrong.  :func:`assess` looks at the body blocks and at the stretch of list entries around them and
returns a short human reason when the page is a list rather than text, or ``None`` when the body
is an article.

Pages whose main text is not news (a forum post, a book chapter, a wiki entry, an agenda) are text
all the same and must be kept, so every list rule asks for two things: list evidence (link text,
headlines that end in a date or are followed by one, snippets cut off with "...") *and* the
absence of running prose (no run of consecutive paragraphs worth reading).  The thresholds were
set so that no page of the development corpora (articles and non-news text, HTML and text dumps)
is rejected with a wide margin: the corpora stay clean with the prose threshold raised from 70
to 100 units or the entry share lowered from 0.75 to 0.6.

The module is pure: it reads ``page.blocks`` (``label`` set by :mod:`newsx.classify`) and
``page.features`` and changes nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from .model import BODY, Block, Page

# Less body than this (CJK characters + 2 per Latin word) is no article: the same floor as
# fields.MIN_ARTICLE_UNITS, repeated here so that this module does not import fields.
MIN_UNITS = 40
# A body of one block this short that is not a sentence is a headline or a joined run of list
# lines, not text.  (Several short unpunctuated lines may be a poem, so only one block counts.)
SHORT_UNITS = 60
# Running prose: a run of consecutive paragraphs this long is text a reader came for.  The
# longest paragraph run of a list page is one teaser or snippet (30-50 units); the shortest best
# run of the corpus pages is well above this.
PROSE_RUN_UNITS = 70
# Share of the body's characters inside links above which an HTML body is a link list (corpus
# articles stay under 0.35: inline links, "read more" tails).
LINK_SHARE = 0.5
# Share of a list stretch that must be entry parts (headlines, dates, teasers, snippets).
ENTRY_SHARE = 0.75
# How far (in blocks) the list stretch may grow beyond the body on either side.
WINDOW = 80

_CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]")
_CJK_RUN = re.compile(_CJK_CHAR.pattern + "+")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")
_WORD = re.compile(r"[^\W_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]+")
# Sentence marks: every CJK mark; a Latin one only before a space or the end, and not the dot of
# a list number ("2. Harbour FC ...") or a decimal.
#     [，。！？；：、…]|(?<!\b\d)(?<!\b\d\d)[,;!?:.](?=\s|$)
# written with one leading character class, so that the regex engine skips ahead to the marks
# (it cannot for a top-level alternation): the same matches, several times faster.
_MARK = re.compile(r"[，。！？；：、…,;!?:.]"
                   r"(?:(?<=[，。！？；：、…])|(?<!\b\d[,;!?:.])(?<!\b\d\d[,;!?:.])(?=\s|$))")
# A closing full stop; not the dot of a bare list number ("3.") or of an abbreviation ("St.").
_SENTENCE_END = re.compile(r"(?:[。！？!?…]|(?<!^\d)(?<!^\d\d)(?<![\s.]\w)(?<![\s.][A-Z]\w)(?<=[^\s.])\.)"
                           r"[」』”\"'’）)]*$")
# Leading list markers and tags of list items: "·", "1.", "(3)", "[图文]", "【视频】".
_ITEM_HEAD = re.compile(r"^(?:[•·●◆■□▪▶►▸\-*#>]+|\d{1,3}[.、．)]|[(（]\d{1,3}[)）]|\[\d{1,3}\])\s*"
                        r"|^[\[【][^\]】]{1,4}[\]】]\s*")
_MD = r"(?:0[1-9]|1[0-2])"    # zero-padded month and day
_DD = r"(?:0[1-9]|[12]\d|3[01])"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A date, time or age closing a line, as list pages print it after each item:
# "… 2019-03-01", "…(03-12)", "…[3/12 09:30]", "… 3月12日", "… March 3, 2020", "2 hours ago".
_STAMP_TAIL = re.compile(
    r"(?:[\s·|,，(（\[【-]*(?<![\d:：])"
    r"(?:(?:(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    # without a year only forms that cannot be a score ("3-1", "69-54"): "03-12", "3月12日", "(3/12)"
    r"|" + _MD + r"[-/.]" + _DD + r"|\d{1,2}月\d{1,2}日|(?<=[(（\[【])\d{1,2}[-/.]\d{1,2})"
    r"(?:\s*\d{1,2}[:：]\d{2}(?::\d{2})?)?"
    r"|\d{1,2}[:：]\d{2}"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?"
    r"|\d{1,2}\s+" + _MONTH + r"(?:,?\s+(?:19|20)\d\d)?"
    r"|\d+\s*(?:分钟|小时|天|周)前|\d+\s*(?:mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago"
    # a word age only after a separator: "…直到今天" and "…said yesterday" are prose
    r"|(?:(?<=[\s·|(（\[【])|^)(?:刚刚|昨天|今天|yesterday|just now))"
    r"[\s)）\]】]*)$",
    re.IGNORECASE)
# Exact prefilters for the patterns above (describe runs on a hundred blocks of a page; see
# _may_end_in_stamp and _ends_sentence): the first character an _ITEM_HEAD match can have
# (or a digit);
_ITEM_FIRST = frozenset("•·●◆■□▪▶►▸-*#>(（[【")
# besides digits, "日前刚天" and ASCII letters, the characters that can close a _STAMP_TAIL match
# once its closing spaces and brackets are stripped: the "." of "3 Mar." and the IGNORECASE
# twins of ASCII letters;
_STAMP_LAST = frozenset(".İıſK")
_STAMP_CLOSERS = ")）]】 \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004" \
                 "\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"  # brackets + every \\s
_ANY_DIGIT = re.compile(r"\d")
_MONTH_HEADS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_AGE_WORDS = ("ago", "yesterday", "now")
# the closing quotes and brackets a _SENTENCE_END match may end in, and its marks.
_SENTENCE_CLOSERS = "」』”\"'’）)"
_SENTENCE_MARKS = frozenset("。！？!?…")
_ELLIPSIS_HEAD = re.compile(r"^(?:\.{3}|…)")
_ELLIPSIS_TAIL = re.compile(r"(?:\.{3}|…)\s*[\])）】]?$")


def _units(text: str) -> float:
    """CJK characters + 2 per Latin word: the text-amount measure of :mod:`newsx.features`."""
    if text.isascii():
        # no CJK, and on ASCII a word character that is not "_" is a letter or a digit
        return 2.0 * len(_ASCII_WORD.findall(text))
    # counted by runs: far fewer match objects than one per character, the same total
    return sum(map(len, _CJK_RUN.findall(text))) + 2.0 * len(_WORD.findall(text))


@dataclass
class Line:
    """What one block looks like to the verdict, on its own (see :func:`describe`)."""

    text: str
    units: float
    marks: int           # sentence marks, list numbers and a closing date left out
    link_share: float    # share of the characters inside links (HTML)
    stamp: bool          # a bare date or time ("March 3, 2020", "News · Feb 10", "2 hours ago")
    dated: bool          # a line closed by a date ("Headline (03-12)")
    snippet: bool        # a teaser cut off with "..." at either end
    title: bool          # headline-shaped: short, at most one mark, no closing full stop
    paragraph: bool      # a sentence or more of prose
    sentence: bool       # ends like a sentence
    item: bool = False   # an HTML list item or heading (not a line of a text dump or a <p>)

    @property
    def link_line(self) -> bool:
        """The block is (mostly) one link of some words: a headline or menu link."""
        return self.link_share >= 0.6 and self.units >= 4


def _may_end_in_stamp(core: str) -> bool:
    """False where ``_STAMP_TAIL.search(core)`` cannot match (most prose and headlines)."""
    end = core.rstrip(_STAMP_CLOSERS)
    last = end[-1:]
    if not last:
        return False
    if last.isdigit() or last in "日前刚天":
        return True
    if not (last.isascii() and last.isalpha()) and last not in _STAMP_LAST:
        return False
    if last == "." and _ANY_DIGIT.search(core) is None:
        return False
    # A Latin date or age ends in its last word (the text after the last space): a month name
    # ("3 Mar."), "3rd", "ago", "yesterday" or "now".  A word with a non-ASCII letter (an
    # IGNORECASE twin) is left to the regex.
    word = end.rsplit(None, 1)[-1]
    if not word.isascii():
        return True
    word = word.lower()
    return word[:1].isdigit() or word[:3] in _MONTH_HEADS or word.endswith(_AGE_WORDS)


def _ends_sentence(rest: str) -> bool:
    """``_SENTENCE_END.search(rest) is not None``, deciding the common cases without the search."""
    end = rest.rstrip(_SENTENCE_CLOSERS)
    last = end[-1:]
    if last in _SENTENCE_MARKS:
        return True
    if rest.endswith("\n"):
        return _SENTENCE_END.search(rest) is not None
    if last == ".":
        # Only the last mark can match.  Searching from it, "^" and the lookbehinds still see the
        # whole text (unlike a slice), so the answer is the same as searching everything.
        return _SENTENCE_END.search(rest, len(end) - 1) is not None
    return False


def describe(block: Block, units: Optional[float] = None) -> Line:
    """Describe one block: title line, date stamp, snippet or paragraph (or none of them)."""
    text = block.text.strip()
    n = max(len(text), 1)
    link_share = min(1.0, block.link_chars / n) if block.link_chars else 0.0
    if units is None:
        units = _units(text)
    first = text[:1]
    core = _ITEM_HEAD.sub("", text, count=1) if first in _ITEM_FIRST or first.isdigit() else text
    tail = _STAMP_TAIL.search(core) if _may_end_in_stamp(core) else None
    rest = core[:tail.start()].rstrip(" ·|-—,，:：") if tail else core
    # The units of the text before a date decide a stamp and a headline only: prose (most blocks
    # asked about) needs neither, so count them only when there is a date or a headline may be.
    rest_units = _units(rest) if tail is not None else None
    stamp = rest_units is not None and rest_units <= 6
    dated = tail is not None and not stamp
    marks = len(_MARK.findall(rest))
    # (both patterns need "..." or "…", which most lines lack)
    snippet = units >= 8 and ("…" in text or "..." in text) and bool(
        _ELLIPSIS_HEAD.search(text) or _ELLIPSIS_TAIL.search(text))
    sentence = _ends_sentence(rest)
    title = (not stamp and not snippet and marks <= 1 and not sentence
             and 4 <= (_units(rest) if rest_units is None else rest_units) <= 44)
    paragraph = (not stamp and not snippet and link_share < 0.5 and units >= 12
                 and (marks >= 2 or sentence) and not (dated and marks <= 1))
    return Line(text=text, units=units, marks=marks, link_share=link_share, stamp=stamp,
                dated=dated, snippet=snippet, title=title, paragraph=paragraph, sentence=sentence,
                item=block.kind in ("li", "heading"))


@dataclass
class Stats:
    """Counts over a stretch of blocks (the body, or the list around it)."""

    blocks: int = 0
    units: float = 0.0
    chars: int = 0
    link_share: float = 0.0     # share of the characters inside links (HTML)
    link_lines: int = 0         # blocks that are one link
    heads: int = 0              # entry headlines: a title line with a date, a link, a date
                                # stamp or a snippet of its own
    dates: int = 0              # date stamps and lines closed by a date
    snippets: int = 0           # "... teaser ..." lines
    teasers: int = 0            # short paragraphs right under an entry headline
    bare_items: int = 0         # list items and headings (HTML) that are headlines with no mark
    paragraphs: int = 0
    sentences: int = 0          # paragraphs that end a sentence
    best_run: float = 0.0       # units of the longest run of consecutive paragraphs
    longest_chars: int = 0      # characters of the longest paragraph

    @property
    def entries(self) -> int:
        """Blocks that are parts of list entries (headline, date, snippet, teaser)."""
        return self.heads + self.dates + self.snippets + self.teasers


def _roles(lines: Sequence[Line]) -> Tuple[List[bool], List[bool]]:
    """Which lines are entry headlines and which are teasers, from their neighbours: a list entry
    is a headline followed by an optional teaser and an optional date."""
    n = len(lines)
    heads = [False] * n
    for i, line in enumerate(lines):
        if not line.title:
            continue
        nxt = lines[i + 1] if i + 1 < n else None
        after = lines[i + 2] if i + 2 < n else None
        heads[i] = (line.dated or line.link_line
                    or (nxt is not None and (nxt.stamp or nxt.snippet))
                    or (nxt is not None and after is not None and nxt.paragraph
                        and nxt.units < PROSE_RUN_UNITS and after.stamp))
    teasers = [False] * n
    for i, line in enumerate(lines):
        if line.paragraph and line.units < PROSE_RUN_UNITS and i >= 1:
            teasers[i] = heads[i - 1] or (i >= 2 and lines[i - 1].stamp and heads[i - 2])
    return heads, teasers


def _stats(lines: Sequence[Line], heads: Sequence[bool], teasers: Sequence[bool]) -> Stats:
    """Sum up a stretch of described lines (with their entry roles)."""
    st = Stats(blocks=len(lines))
    link_chars = 0.0
    run = 0.0
    for line, head, teaser in zip(lines, heads, teasers):
        st.units += line.units
        st.chars += len(line.text)
        link_chars += line.link_share * len(line.text)
        st.link_lines += line.link_line
        st.heads += head
        st.dates += line.stamp or (line.dated and head)
        st.snippets += line.snippet
        st.teasers += teaser
        st.bare_items += line.item and line.title and line.marks == 0
        if line.paragraph:
            st.paragraphs += 1
            st.sentences += line.sentence
            run += line.units
            st.best_run = max(st.best_run, run)
            st.longest_chars = max(st.longest_chars, len(line.text))
        else:
            # a headline, date or snippet between two teasers: each teaser stands alone
            run = 0.0
    st.link_share = link_chars / st.chars if st.chars else 0.0
    return st


@dataclass
class Evidence:
    """What :func:`assess` measured: the body, and the list stretch around it."""

    body: Stats
    region: Stats
    region_span: Tuple[int, int]   # block indexes [start, end) of the list stretch


def _stopper(page: Page, i: int) -> bool:
    """A tail heading ("相关新闻", "Most read"), a control or a footer ends the list stretch."""
    if i < len(page.features):
        f = page.features[i]
        return bool(getattr(f, "tail", False) or getattr(f, "control", False)
                    or getattr(f, "footer", False) or getattr(f, "editor", False))
    return False


def measure(page: Page, described: Optional[Dict[int, Line]] = None) -> Evidence:
    """Describe the body of a classified page and the stretch of list entries around it.

    The stretch starts as the span of the body and grows over neighbouring blocks that are
    parts of list entries (headlines with dates or links, teasers, date stamps, snippets), up to
    a tail heading, control or footer, and at most ``WINDOW`` blocks each way.
    ``described`` holds lines already described, by block index (see :func:`assess`).
    """
    blocks = page.blocks
    feats = page.features if len(page.features) == len(blocks) else []
    body_idx = [i for i, b in enumerate(blocks) if b.label == BODY]
    if not body_idx:
        return Evidence(Stats(), Stats(), (0, 0))
    first, last = body_idx[0], body_idx[-1]
    lo, hi = max(0, first - WINDOW), min(len(blocks), last + 1 + WINDOW)
    described = described or {}
    lines = [described[i] if i in described
             else describe(blocks[i], getattr(feats[i], "units", None) if feats else None)
             for i in range(lo, hi)]
    heads, teasers = _roles(lines)
    body = [k for k, i in enumerate(range(lo, hi)) if blocks[i].label == BODY]
    body_stats = _stats([lines[k] for k in body], [heads[k] for k in body],
                        [teasers[k] for k in body])

    def entry(k: int) -> bool:
        line = lines[k]
        return (heads[k] or teasers[k] or line.stamp or line.snippet) and not _stopper(page, lo + k)

    start, end = first - lo, last - lo + 1
    while start > 0 and entry(start - 1):
        start -= 1
    while end < len(lines) and entry(end):
        end += 1
    region = _stats(lines[start:end], heads[start:end], teasers[start:end])
    return Evidence(body_stats, region, (lo + start, lo + end))


def _no_paragraph(st: Stats) -> str:
    if not st.paragraphs:
        return "no paragraph of text"
    return f"no paragraph over {st.longest_chars} characters"


def _list_reason(st: Stats) -> Optional[str]:
    """Why the stretch ``st`` is a list of entries, or None when it is not one."""
    if st.heads < 4 or st.best_run >= PROSE_RUN_UNITS or st.entries < ENTRY_SHARE * st.blocks:
        return None
    if st.snippets >= 3 and st.snippets >= st.dates:
        what = f"search results or teasers ({st.heads} headlines, {st.snippets} snippets cut off " \
               "with '...'"
    elif st.dates >= 3:
        what = f"dated entries ({st.heads} headlines, {st.dates} dates"
    elif min(st.heads, st.link_lines) >= 3:
        what = f"links ({st.heads} headlines, {min(st.heads, st.link_lines)} of them links"
    else:
        return None
    return f"the page is a list of {what}, {_no_paragraph(st)})"


def _has_long_paragraph(page: Page, described: Optional[Dict[int, Line]] = None) -> bool:
    """A run of body paragraphs of at least twice ``PROSE_RUN_UNITS`` answers every rule below
    (each rejection needs a shorter prose run), so most articles need no full description.
    The lines described are kept in ``described`` (by block index) for :func:`measure`."""
    if described is None:
        described = {}
    feats = page.features if len(page.features) == len(page.blocks) else []
    run = 0.0
    for i, block in enumerate(page.blocks):
        if block.label != BODY:
            continue
        line = described[i] = describe(block, getattr(feats[i], "units", None) if feats else None)
        run = run + line.units if line.paragraph else 0.0
        if run >= 2 * PROSE_RUN_UNITS:
            return True
    return False


def assess(page: Page) -> Optional[str]:
    """``None`` when the body blocks of a classified ``page`` form an article (news or any other
    running text), else a short reason starting "no article:".

    Rules, each asking for list evidence and for the absence of running prose:

    * no body, or less than ``MIN_UNITS`` of it, or a body of one short line that is no sentence;
    * an HTML body that is mostly link text;
    * a body that is, or sits inside, a list of entries: headlines that carry a date, a link or
      a "..." snippet, with teasers and date stamps, and no run of paragraphs reaching
      ``PROSE_RUN_UNITS`` (a classifier may pick one teaser of the list, or the whole list);
    * an HTML body of list items or headings that are bare headlines (no mark at all), without a
      single paragraph.  Short unpunctuated lines of a text dump or of a ``<p>`` are not enough:
      they may be a poem.
    """
    # pages without a long prose run describe their body twice: once here, once in measure
    described: Dict[int, Line] = {}
    if _has_long_paragraph(page, described):
        return None
    ev = measure(page, described)
    st = ev.body
    if not st.blocks:
        return "no article: no main text found (only menus, link lists and boilerplate)"
    if st.best_run < PROSE_RUN_UNITS:
        for scope in (st, ev.region):
            why = _list_reason(scope)
            if why:
                return f"no article: {why}"
    if st.units < MIN_UNITS:
        return (f"no article: too little main text ({st.chars} characters outside menus and "
                "link lists)")
    if st.blocks == 1 and st.units < SHORT_UNITS and not st.sentences:
        return f"no article: the main text is one line of {st.chars} characters, not a sentence"
    if (page.input_type == "html" and st.link_share >= LINK_SHARE
            and st.best_run < 2 * PROSE_RUN_UNITS):
        return (f"no article: the page is a list of links ({st.link_share:.0%} of the main text "
                f"is link text, {st.link_lines} link lines, {_no_paragraph(st)})")
    if st.bare_items >= 6 and st.bare_items >= 0.8 * st.blocks and not st.paragraphs:
        return (f"no article: the page is a list of headlines ({st.bare_items} short title "
                f"lines, {_no_paragraph(st)})")
    return None
