"""Plain-text dumps -> blocks.

A dump is what a browser's "select all, copy" or a text browser (``w3m -dump``) gives.  Browsers
put one paragraph on a line; text browsers hard-wrap paragraphs at the terminal width, so wrapped
lines are joined back into paragraphs before classification.
"""
from __future__ import annotations

import bisect
import itertools
import re
from typing import List, Tuple

from . import lexicon
from .model import Block, Page

_WS_RE = re.compile(r"[ \t\u00a0\u3000\u2002\u2003\u2009\u200b\ufeff]+")
# Whole-line decorations of text browsers: image placeholders, rules, form widgets.
_RULE_RE = re.compile(r"^[\s\-=_*~·•━─═—\u2500-\u257f]+$")
_PLACEHOLDER_RE = re.compile(r"^(?:\[[^\]]{0,40}\]\s*)+$")
_COLUMN_GAP_RE = re.compile(r"[ \u3000]{4,}")
# w3m prints images as their file name in brackets: "[menu_c_01]", "[SNAP-1.GIF]"
_INLINE_IMAGE_RE = re.compile(r"\[[A-Za-z0-9_.\-]*[_.\-\d][A-Za-z0-9_.\-]*\]")
_DECORATION_START = set("[-=_*~·•━─═—") | {chr(c) for c in range(0x2500, 0x2580)}


def display_width(text: str) -> int:
    """Terminal columns a string takes, approximately: CJK characters count two.

    Uses the UTF-8 length (three bytes for a CJK character, one for ASCII) instead of a per-
    character table lookup, which is exact for CJK/ASCII text and close enough elsewhere.
    """
    n = len(text)
    return n + (len(text.encode("utf-8", "surrogatepass")) - n) // 2


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff" or "\uac00" <= ch <= "\ud7af"


def _join(left: str, right: str) -> str:
    """Join two wrapped pieces: no space between CJK characters, one space between words."""
    if left and right and (_is_cjk(left[-1]) or _is_cjk(right[0])):
        return left + right
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right
    return left + " " + right


_SENTENCE_ENDS = ("。", "！", "？", ".", "!", "?", "”")


def _sentence_end(line: str, following: str) -> bool:
    """``line`` ends its sentence, so the ``following`` line starts another paragraph -- unless
    the full stop closes an abbreviation (a month, a title: "… Tuesday, Nov." / "19, 2019.") or
    the following line goes on in lower case."""
    if not line.endswith(_SENTENCE_ENDS):
        return False
    if line[-1] != "." or not following:
        return True
    if following[0].islower():
        return False
    cut = line.rfind(" ", 0, len(line) - 1)
    return line[cut + 1:-1] not in lexicon.LINE_END_ABBREVIATIONS


def _wrap_width(widths: List[int], minimum: int = 40) -> int:
    """The column width a text browser wrapped at, or 0 when the dump is not hard-wrapped.

    Hard wrapping shows as many lines ending within a few columns of the same right margin.
    """
    long_lines = [w for w in widths if w >= minimum]
    if len(long_lines) < 4:
        return 0
    top = sorted(long_lines)[int(len(long_lines) * 0.9)]
    near = sum(1 for w in long_lines if top - 6 <= w <= top)
    return top if near >= 4 and near >= 0.25 * len(long_lines) else 0


# A cell: non-space characters with runs of at most three spaces inside.  (The definition;
# _gap_cells finds the same cells by splitting at the longer runs.)
_CELL_RE = re.compile(r"[^ \u3000](?:[^ \u3000]|[ \u3000]{1,3}(?=[^ \u3000]))*")


def _row_cells(raw: str):
    """The cells of one line as (start column, end column, text).

    Text browsers lay table columns side by side and pad them with spaces, so four or more
    spaces separate cells.  Browser dumps separate table cells with tabs instead; such lines stay
    one cell (their rows read well as lines).
    """
    # Runs once per line of the dump, so the common cases (no tab, no column gap, no indent,
    # ASCII) take plain string checks instead of regular expressions.
    stripped = raw.rstrip()
    if not stripped:
        return []
    text = stripped.lstrip()  # == stripped.strip(): the right end is already stripped
    if "\t" in stripped and "\t" not in text:
        # tabs only in the indentation (a dump whose leading spaces were turned into tabs):
        # the columns they stand for, at the usual stops of eight
        stripped = stripped[:len(stripped) - len(text)].expandtabs(8) + text
    if "\t" not in stripped:
        # A gap is four spaces; ideographic spaces (U+3000) need the regex.
        if "    " in text or ("\u3000" in text and _COLUMN_GAP_RE.search(text)):
            return _gap_cells(stripped)
        if stripped.isascii():
            width = len(stripped)
        else:
            width = display_width(stripped)
    else:
        width = display_width(stripped.expandtabs(4))
    lead = len(stripped) - len(text)
    if lead:  # indentation in columns: U+3000 takes two, a tab four
        spaces = stripped[:lead]
        lead += spaces.count("\u3000") + 3 * spaces.count("\t")
    return [(lead, width, text)]


# A run of four or more spaces, kept by split(): the cells of _CELL_RE are exactly the pieces
# between such runs (the line is right-stripped and its leading spaces are dropped first).
_GAP_SPLIT_RE = re.compile(r"([ \u3000]{4,})")


def _gap_cells(stripped: str):
    """The cells of a line whose columns are separated by runs of spaces (as _CELL_RE finds
    them; splitting at the gaps is cheaper than matching every cell character by character)."""
    body = stripped.lstrip(" \u3000")
    pos = len(stripped) - len(body)
    if "\u3000" not in body:
        # Gaps of plain spaces: str.split() at every four spaces leaves a longer gap's remaining
        # spaces at the start of the next piece (or as empty pieces).
        ascii_line = stripped.isascii()
        extra = 2 * stripped.count("\u3000", 0, pos)  # the indent can hold U+3000
        cells = []
        for piece in body.split("    "):
            cell = piece.lstrip(" ")
            if cell:
                pos += len(piece) - len(cell)
                n = len(cell)
                if ascii_line:
                    cells.append((pos, pos + n, cell))
                else:
                    cell_extra = len(cell.encode("utf-8", "surrogatepass")) - n
                    col = pos + extra // 2
                    cells.append((col, col + n + cell_extra // 2, cell))
                    extra += cell_extra
                pos += n + 4
            else:
                pos += len(piece) + 4
        return cells
    parts = _GAP_SPLIT_RE.split(body)
    parts.append("")  # the gap after the last cell
    cells = []
    # display_width(stripped[:pos]) without encoding every prefix: UTF-8 lengths add up, so
    # keep the extra bytes (beyond one per character) of what precedes.  Gaps are spaces and
    # U+3000 (three bytes).
    extra = 2 * stripped.count("\u3000", 0, pos)
    for i in range(0, len(parts) - 1, 2):
        cell = parts[i]
        n = len(cell)
        cell_extra = len(cell.encode("utf-8", "surrogatepass")) - n
        col = pos + extra // 2
        cells.append((col, col + n + cell_extra // 2, cell))
        gap = parts[i + 1]
        pos += n + len(gap)
        extra += cell_extra + 2 * gap.count("\u3000")
    return cells


# The spaces other than " " and tab that _WS_RE folds.
_ODD_SPACES = ("\u00a0", "\u3000", "\u2002", "\u2003", "\u2009", "\u200b", "\ufeff")


def _clean_cell(text: str, odd_spaces=_ODD_SPACES) -> str:
    """The cell's text with whitespace folded, or "" for a decoration (rule, placeholder).

    ``odd_spaces``: those of _ODD_SPACES that can occur (segment_text passes the ones its page
    holds)."""
    # _WS_RE only changes a cell with a double space, a tab or an unusual space; most have none,
    # and these substring checks are several times cheaper than the substitution.
    if "  " in text or "\t" in text or (odd_spaces and not text.isascii()
                                       and _has_odd_space(text, odd_spaces)):
        text = _WS_RE.sub(" ", text)
    folded = text.strip()
    if folded and "[" in folded:
        folded = _INLINE_IMAGE_RE.sub(" ", folded).strip()
        if "  " in folded:  # a placeholder or link number was cut from between two words
            folded = " ".join(folded.split())
    if not folded or (folded[0] in _DECORATION_START
                      and (_RULE_RE.match(folded) or _PLACEHOLDER_RE.match(folded))):
        return ""
    return folded


class _Cleaned(dict):
    """One page's cells cleaned: ``cleaned[text]`` is ``_clean_cell(text, odd_spaces)``, worked
    out once per distinct text.  The table-region code looks at a cell more than once (for the
    channels of a region and of the merged one, for the lines below a region, and to read it),
    and a page's image placeholders and rules repeat."""

    __slots__ = ("odd_spaces",)

    def __init__(self, odd_spaces=_ODD_SPACES):
        super().__init__()
        self.odd_spaces = odd_spaces

    def __missing__(self, text: str) -> str:
        folded = self[text] = _clean_cell(text, self.odd_spaces)
        return folded


def _has_odd_space(text: str, odd_spaces=_ODD_SPACES) -> bool:
    """The text holds one of ``odd_spaces`` (non-ASCII spaces that _WS_RE folds)."""
    for space in odd_spaces:
        if space in text:
            return True
    return False


def _table_regions(rows) -> List[tuple]:
    """Spans of rows laid out in columns: multi-cell rows at most three rows apart, at least
    three of them."""
    multi = [i for i, cells in enumerate(rows) if len(cells) >= 2]
    regions, group = [], []
    for i in multi:
        if group and i - group[-1] > 3:
            if len(group) >= 3:
                regions.append((group[0], group[-1] + 1))
            group = []
        group.append(i)
    if len(group) >= 3:
        regions.append((group[0], group[-1] + 1))
    return regions


# Two or three spaces inside a cell: in a text browser's table, the narrowest padding between two
# cells of a row (a wider gap already separates cells; see _CELL_RE).
_NARROW_GAP_RE = re.compile(r"  {1,2}(?=[^ ])")


def _cell_pieces(col: int, text: str) -> List[tuple]:
    """The stretches of a cell between its narrow gaps (two or three spaces), as (first column,
    last column + 1) display columns; one stretch for a cell without such a gap."""
    if "  " not in text:
        return [(col, col + display_width(text))]
    pieces, pos = [], 0
    for gap in _NARROW_GAP_RE.finditer(text):
        start = col + display_width(text[:pos])
        pieces.append((start, start + display_width(text[pos:gap.start()])))
        pos = gap.end()
    start = col + display_width(text[:pos])
    pieces.append((start, start + display_width(text[pos:])))
    return pieces


def _split_at_cuts(cell: tuple, cuts: List[int]) -> List[tuple]:
    """A cell (first column, last column + 1, text) that runs across a column cut and has a narrow
    gap at the cut, split there into the cells of the two columns.

    A text browser pads the cells of a table row to their column's width, but when a cell's text
    fills its column only two or three spaces may be left before the next cell: such a row looks
    like one cell that straddles the channel the other rows leave blank between the columns (a
    user name beside a post's headline, a sidebar link beside the first line of text)."""
    col, end, text = cell
    if "  " not in text or not any(col < cut < end for cut in cuts):
        return [cell]
    out, pos, piece_col = [], 0, col
    for gap in _NARROW_GAP_RE.finditer(text):
        gap_start = col + display_width(text[:gap.start()])
        gap_end = gap_start + (gap.end() - gap.start())
        # the cut, or the blank channel's edge next to it, falls inside this gap
        if any(gap_start <= cut <= gap_end for cut in cuts):
            out.append((piece_col, gap_start, text[pos:gap.start()]))
            pos, piece_col = gap.end(), gap_end
    if not out:
        return [cell]
    out.append((piece_col, end, text[pos:]))
    return out


def _midpoints(channels: List[tuple]) -> List[int]:
    """The cut in the middle of each channel: the display columns where a table region splits
    into side-by-side columns."""
    return [(start + stop) // 2 for start, stop in channels]


def _column_channels(rows, lo: int, hi: int, memo: dict, cleaned: _Cleaned) -> List[tuple]:
    """The channels of the table region ``rows[lo:hi]`` as (first, last + 1) display columns.

    A channel is a stretch of display columns that falls between two cells of many
    rows and inside a cell of hardly any (a line that runs across both columns, such as a menu
    above them, is allowed now and then).  Decorations (rules, placeholders) do not count.

    ``memo``: a dict kept for one page's rows, (lo, hi) -> channels; most regions come out of
    _merge_regions as they went in, so _column_entries asks again for the channels it already
    found.  ``cleaned``: the page's _Cleaned.
    """
    found = memo.get((lo, hi))
    if found is not None:
        return found
    width = max((cell[1] for r in range(lo, hi) for cell in rows[r]), default=0) + 1
    # Counts per display column, kept as differences (+1 where a span starts, -1 after it ends)
    # and summed up once: a region holds thousands of characters.
    covered = [0] * (width + 1)
    between = [0] * (width + 1)
    for r in range(lo, hi):
        row = rows[r]
        if len(row) > 1 or (row and row[0][2][0] in _DECORATION_START):
            # Only a cell that starts like a decoration cleans to nothing (a cell of inline
            # image names starts with their "[").
            row = [c for c in row if c[2][0] not in _DECORATION_START or cleaned[c[2]]]
        for col, end, text in row:
            # a narrow gap leaves its columns blank: a row whose cells are only two or three
            # spaces apart does not hide the channel between them (see _split_at_cuts)
            for first, last in (_cell_pieces(col, text) if "  " in text else ((col, end),)):
                covered[first] += 1
                covered[last] -= 1
        for (_, end, _), (col, _, _) in zip(row, row[1:]):
            between[end] += 1
            between[col] -= 1
    covered = list(itertools.accumulate(covered))
    between = list(itertools.accumulate(between))
    channels, x = [], 0
    while x < width:
        if between[x] >= 3 and covered[x] * 10 <= between[x]:
            start = x
            while x < width and between[x] >= 3 and covered[x] * 10 <= between[x]:
                x += 1
            channels.append((start, x))
        x += 1
    memo[lo, hi] = channels
    return channels


def _merge_regions(rows, regions: List[tuple], memo: dict, cleaned: _Cleaned,
                   max_apart: int = 8) -> List[tuple]:
    """Join table regions a few rows apart that are cut into columns at the same place.

    A sidebar beside a long text column leaves stretches where only the text has lines; the
    column regions above and below such a stretch are one table, and read as one the text column
    comes out whole instead of being cut in two by the sidebar's list.  (``memo``, ``cleaned``: see
    _column_channels.)"""
    merged = []  # [lo, hi, cuts of the last region joined, its channels]
    for lo, hi in regions:
        channels = _column_channels(rows, lo, hi, memo, cleaned)
        cuts = _midpoints(channels)
        # (the channels overlap: a sidebar's lines may be wider in one box than in the next)
        if (merged and merged[-1][3] and channels and lo - merged[-1][1] <= max_apart
                and any(a < d and c < b for a, b in channels for c, d in merged[-1][3])):
            merged[-1][1:] = [hi, cuts, channels]
        else:
            merged.append([lo, hi, cuts, channels])
    # A text column that runs on below its sidebar: its lines keep to the column, so they are
    # read with it (before the sidebar) up to a line across the cut or a wide blank stretch.
    for k, (lo, hi, cuts, _) in enumerate(merged):
        if not cuts:
            continue
        limit = merged[k + 1][0] if k + 1 < len(merged) else len(rows)
        r, blank = hi, 0
        while r < limit and blank <= max_apart // 2:
            cells = [piece for cell in rows[r] if cleaned[cell[2]]
                     for piece in _split_at_cuts(cell, cuts)]
            if not cells:
                blank += 1
            elif any(col < cut < end for col, end, _ in cells for cut in cuts):
                break
            else:
                blank, merged[k][1] = 0, r + 1
            r += 1
    return [(lo, hi) for lo, hi, _, _ in merged]


def _column_entries(rows, lo: int, hi: int, gap_before: int, memo: dict,
                    cleaned: _Cleaned) -> list:
    """Read a table region column by column: cells grouped into columns (between the cuts in
    the middle of its channels, or by start column when it has none), left to right, each column top
    to bottom, so that a main text column comes out in one piece.  (``memo``, ``cleaned``: see
    _column_channels.)"""
    cuts = _midpoints(_column_channels(rows, lo, hi, memo, cleaned))
    if cuts:
        cells = [(col, end, text, r) for r in range(lo, hi) for cell in rows[r]
                 for col, end, text in _split_at_cuts(cell, cuts)]
    else:
        cells = [(col, end, text, r) for r in range(lo, hi) for col, end, text in rows[r]]
    starts = sorted({c[0] for c in cells})
    if cuts:
        # The start columns between two cuts are one column (its leftmost start names it): a
        # centred headline or an indented byline stays with the text column it heads.
        bands = {}
        for col in starts:
            bands.setdefault(bisect.bisect(cuts, col), []).append(col)
        anchors = [bands[k] for k in sorted(bands)]
    else:
        # no cut: start columns within a few columns of each other are one column
        anchors = []
        for col in starts:
            if not anchors or col - anchors[-1][-1] > 3:
                anchors.append([col])
            else:
                anchors[-1].append(col)
    anchor_of = {col: group[0] for group in anchors for col in group}
    # A column is read as runs of nearby rows; runs are ordered by the row they start at, so a
    # centred headline (its own start column) still comes right before the text below it.
    runs = []
    for group in anchors:
        members = [c for c in cells if anchor_of[c[0]] == group[0]]
        wrap = _wrap_width([c[1] - group[0] for c in members], minimum=16)
        current = []
        for cell in members:
            if current and cell[3] - current[-1][3] > 4:
                runs.append((current[0][3], group[0], wrap, current))
                current = []
            current.append(cell)
        if current:
            runs.append((current[0][3], group[0], wrap, current))
    runs.sort(key=lambda run: (run[0], run[1]))
    entries = []
    first = True
    for _, anchor, wrap, members in runs:
        prev_row = None
        for col, end, text, r in members:
            folded = cleaned[text]
            if not folded:
                continue
            gap = gap_before if first else (0 if prev_row is not None and r - prev_row <= 1 else 1)
            entries.append([col, folded, end - anchor, gap, wrap])
            prev_row, first = r, False
    return entries


# ``lynx -dump`` ends a page with the addresses of its numbered links ("[12]" in the text):
#   References
#
#      Visible links:
#      1. https://example.com/
#      Hidden links:
#     40. https://example.com/ad
_LINK_LIST_HEAD = "\nReferences\n"
# a numbered address (its scheme first); an address with spaces in it may wrap onto a line of its own
_LINK_LIST_ENTRY_RE = re.compile(r"\s*\d+\.\s+[A-Za-z][A-Za-z0-9+.-]*:")
_LINK_LIST_CAPTIONS = ("Visible links", "Visible links:", "Hidden links", "Hidden links:")


def _drop_link_list(text: str) -> str:
    """``text`` without a text browser's closing list of link addresses.

    The list is the renderer's appendix, not the page: a hundred lines of URLs after the page's
    own footer, which would pull the article run and its labels towards the end.  It is cut only
    when what follows its heading has that shape: numbered addresses, their captions, and at
    most a few other lines (the wrapped ends of long addresses)."""
    at = text.rfind(_LINK_LIST_HEAD)
    if at < 0:
        return text
    entries = others = 0
    for line in text[at + len(_LINK_LIST_HEAD):].split("\n"):
        line = line.strip()
        if not line or line in _LINK_LIST_CAPTIONS:
            continue
        if _LINK_LIST_ENTRY_RE.match(line):
            entries += 1
        else:
            others += 1
    return text[:at + 1] if entries and others * 3 <= entries else text


# A line that opens a field of its own: a labelled byline or journal field ("作者: 赵培：北京",
# "关键词: …") or a timestamp ("2005-04-28 11:13更新 来源：…").  A headline or a field
# above it may end near the wrap margin without a full stop; such a line still starts anew.
# A date with a time of day: "2005-04-28 11:13", "2005年03月31日03:18".
TIMED_DATE_RE = re.compile(r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d\d")
_FIELD_START_RE = re.compile(
    r"(?:" + "|".join(map(re.escape, lexicon.FIELD_LINE_LABELS)) + r")\s*[:：]|" + TIMED_DATE_RE.pattern)


_FIELD_FIRST = frozenset(label[0] for label in lexicon.FIELD_LINE_LABELS) | {"1", "2"}


def _bracket_spans_break(line: str, following: str) -> bool:
    """Chinese text on both sides of a line break inside a full-width bracket: ``line`` leaves
    its last "（" open, ``following`` closes it within its first twenty characters."""
    if not (line and following and _is_cjk(line[-1]) and _is_cjk(following[0])):
        return False
    if line.rfind("（") <= line.rfind("）"):
        return False
    closed = following.find("）", 0, 20)
    return closed > 0 and "（" not in following[:closed]


def _opens_field(text: str) -> bool:
    """``text`` (a line of a dump) starts with a field label and a colon, or a date and time."""
    return text[:1] in _FIELD_FIRST and _FIELD_START_RE.match(text) is not None


def segment_text(text: str, encoding: str = "utf-8") -> Page:
    """Split a plain-text dump into line blocks, joining hard-wrapped paragraphs."""
    text = _drop_link_list(text.replace("\r\n", "\n").replace("\r", "\n"))
    raw_lines = text.split("\n")
    rows = [_row_cells(raw) for raw in raw_lines]
    # Most pages hold none or one of the unusual spaces: look for them once, not in every cell.
    odd_spaces = tuple(space for space in _ODD_SPACES if space in text)
    channels_memo = {}  # (lo, hi) -> channels, shared by _merge_regions and _column_entries
    cleaned = _Cleaned(odd_spaces)  # the region code's cleaned cells
    regions = _merge_regions(rows, _table_regions(rows), channels_memo, cleaned)

    entries = []  # [indent, folded text, right edge, blank lines before, wrap width or None]
    gap = 0
    r = 0
    for lo, hi in regions + [(len(rows), len(rows))]:
        # the lines before the region: each cell an entry; a lone cell keeps its right edge
        for cells in itertools.islice(rows, r, lo):
            if len(cells) == 1:  # most lines
                col, end, cell = cells[0]
                folded = _clean_cell(cell, odd_spaces)
                if folded:
                    entries.append([col, folded, end, gap, None])
                    gap = 0
                else:
                    gap += 1
                continue
            added = False
            for col, end, cell in cells:
                folded = _clean_cell(cell, odd_spaces)
                if folded:
                    entries.append([col, folded, 0, gap, None])
                    gap, added = 0, True
            if not added:
                gap += 1
        if lo < hi:
            region_entries = _column_entries(rows, lo, hi, gap, channels_memo, cleaned)
            entries.extend(region_entries)
            gap = 0 if region_entries else gap
        r = hi

    page_wrap = _wrap_width([e[2] for e in entries if e[4] is None])
    blocks: List[Block] = []
    prev_edge, prev_indent, prev_wrap = 0, -1, 0
    for indent, folded, edge, gap_before, wrap in entries:
        if wrap is None:
            wrap = page_wrap
        joinable = (wrap and blocks and gap_before == 0 and wrap == prev_wrap
                    and abs(indent - prev_indent) <= 4
                    and not _sentence_end(blocks[-1].text, folded)
                    and (prev_edge >= wrap - 6
                         # lynx's margin is ragged: a line may end well short of it when the
                         # next word is long, and that word would not have fit on it
                         or (prev_edge >= wrap // 2 and not _ITEM_START_RE.match(folded)
                             and _would_not_fit(prev_edge, blocks[-1].text, folded, wrap))
                         # lynx breaks CJK text only at a space, so a line may end far short
                         # of the margin before a long unspaced run: a bracket left open on
                         # it and closed at the start of the next line spans the break
                         # ("本站讯（职工通讯员 李琴雯" / "刘会）为深入推进……")
                         or _bracket_spans_break(blocks[-1].text, folded))
                    and not _opens_field(folded))
        if joinable:
            blocks[-1].text = _join(blocks[-1].text, folded)
        else:
            # positional, as in html.py (half the cost of keywords on a few hundred blocks):
            # text, index, kind, level, link_chars, link_count, path, hint, gap_before, indent
            blocks.append(Block(folded, len(blocks), "line", 0, 0, 0, "", 0.0, gap_before, indent))
        prev_edge, prev_indent, prev_wrap = edge, indent, wrap
    return Page(blocks=blocks, input_type="text", encoding=encoding)



# A paragraph's line does not end at one of these unless the paragraph does.
_PARAGRAPH_END = tuple("。！？.!?”\"’」』：:；;）)")
# A line opening like an item of a list starts a paragraph of its own.
_ITEM_START_RE = re.compile(r"^(?:[•·*●○■□◆◇▪►-]|\(?\d{1,3}[).、．]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])")
# Marks that never open a paragraph: a line starting with one continues the line above.
_CONTINUATION_START = tuple("，、。；：！？）」』")


def _would_not_fit(prev_width: int, prev_text: str, text: str, margin: int) -> bool:
    """A text browser wrapping at ``margin`` would have put the start of ``text`` (its first
    word, or first character in CJK text) on the line above, had there been room: it did not."""
    if _is_cjk(prev_text[-1]) or _is_cjk(text[0]):
        first = display_width(text[0])
    else:
        first = 1 + display_width(text.split(None, 1)[0])  # a space, then the word
    return prev_width <= margin < prev_width + first


def reflow_body(lines: List[Block]) -> List[Tuple[str, Block]]:
    """The paragraphs of the article's lines of a hard-wrapped dump, as (text, first line).

    :func:`segment_text` joins wrapped lines where the whole page shows its wrap width; on a
    page whose menus and tables are wider than the text, or whose text is short, it cannot.
    The article's own lines show it: a line that does not end a sentence, followed at once by a
    line no further indented that opens no list item and whose first word would not have fit
    within their right margin (or the margin of another of them, in a text of a few long lines),
    is the same paragraph; so is a line that opens on a comma.
    """
    widths = [b.indent + display_width(b.text) for b in lines]
    wrap = _wrap_width(widths)
    margins = sorted(widths)
    long_lines = len(widths) - bisect.bisect_left(margins, 40)
    out: List[Tuple[str, Block]] = []
    prev, prev_width = None, 0
    for b, width in zip(lines, widths):
        joined = False
        if prev is not None and b.index == prev.index + 1 and b.gap_before == 0 \
                and b.indent <= prev.indent:
            if b.text.startswith(_CONTINUATION_START):
                joined = True
            elif not prev.text.endswith(_PARAGRAPH_END) and not _ITEM_START_RE.match(b.text):
                if wrap:
                    joined = _would_not_fit(prev_width, prev.text, b.text, wrap)
                elif (prev_width >= 60 and long_lines <= 6 and _is_cjk(prev.text[-1])
                      and _is_cjk(b.text[0])):
                    # a short text: another line ends within a column of this one, at the
                    # margin they wrap at
                    i = bisect.bisect_left(margins, prev_width - 1)
                    j = bisect.bisect_right(margins, prev_width + 1)
                    joined = j - i >= 2 and _would_not_fit(prev_width, prev.text, b.text, margins[j - 1])
        if joined:
            out[-1] = (_join(out[-1][0], b.text), out[-1][1])
        else:
            out.append((b.text, b))
        prev, prev_width = b, width
    return out
