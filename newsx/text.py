"""Plain-text dumps -> blocks.

A dump is what a browser's "select all, copy" or a text browser (``w3m -dump``) gives.  Browsers
put one paragraph on a line; text browsers hard-wrap paragraphs at the terminal width, so wrapped
lines are joined back into paragraphs before classification.
"""
from __future__ import annotations

import re
import unicodedata
from typing import List

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


def _indent_width(raw: str) -> int:
    lead = raw[: len(raw) - len(raw.lstrip())]
    return len(lead) + lead.count("\u3000") + 3 * lead.count("\t")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\u3040" <= ch <= "\u30ff" or "\uac00" <= ch <= "\ud7af"


def _join(left: str, right: str) -> str:
    """Join two wrapped pieces: no space between CJK characters, one space between words."""
    if left and right and (_is_cjk(left[-1]) or _is_cjk(right[0])):
        return left + right
    if left.endswith("-") and right[:1].islower():
        return left[:-1] + right
    return left + " " + right


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


_CELL_RE = re.compile(r"[^ \u3000](?:[^ \u3000]|[ \u3000]{1,3}(?=[^ \u3000]))*")


def _row_cells(raw: str):
    """The cells of one line as (start column, end column, text).

    Text browsers lay table columns side by side and pad them with spaces, so four or more
    spaces separate cells.  Browser dumps separate table cells with tabs instead; such lines stay
    one cell (their rows read well as lines).
    """
    stripped = raw.rstrip()
    if not stripped.strip():
        return []
    if "\t" in stripped or not _COLUMN_GAP_RE.search(stripped.strip()):
        indent = _indent_width(stripped)
        return [(indent, display_width(stripped.expandtabs(4)), stripped.strip())]
    cells = []
    for m in _CELL_RE.finditer(stripped):
        col = display_width(stripped[:m.start()])
        cells.append((col, col + display_width(m.group()), m.group()))
    return cells


def _clean_cell(text: str) -> str:
    folded = _WS_RE.sub(" ", text).strip()
    if folded and "[" in folded:
        folded = _INLINE_IMAGE_RE.sub(" ", folded).strip()
    if not folded or (folded[0] in _DECORATION_START
                      and (_RULE_RE.match(folded) or _PLACEHOLDER_RE.match(folded))):
        return ""
    return folded


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


def _column_entries(rows, lo: int, hi: int, gap_before: int) -> list:
    """Read a table region column by column: cells grouped by their start column, left to right,
    each column top to bottom, so that a main text column comes out in one piece."""
    cells = [(col, end, text, r) for r in range(lo, hi) for col, end, text in rows[r]]
    starts = sorted({c[0] for c in cells})
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
            folded = _clean_cell(text)
            if not folded:
                continue
            gap = gap_before if first else (0 if prev_row is not None and r - prev_row <= 1 else 1)
            entries.append([col, folded, end - anchor, gap, wrap])
            prev_row, first = r, False
    return entries


def segment_text(text: str, encoding: str = "utf-8") -> Page:
    """Split a plain-text dump into line blocks, joining hard-wrapped paragraphs."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rows = [_row_cells(raw) for raw in raw_lines]
    regions = _table_regions(rows)
    in_region = {}
    for lo, hi in regions:
        in_region[lo] = hi

    entries = []  # [indent, folded text, right edge, blank lines before, wrap width or None]
    gap = 0
    r = 0
    while r < len(rows):
        if r in in_region:
            hi = in_region[r]
            region_entries = _column_entries(rows, r, hi, gap)
            entries.extend(region_entries)
            gap = 0 if region_entries else gap
            r = hi
            continue
        added = False
        for col, end, cell in rows[r]:
            folded = _clean_cell(cell)
            if folded:
                entries.append([col, folded, end if len(rows[r]) == 1 else 0, gap, None])
                gap, added = 0, True
        if not added:
            gap += 1
        r += 1

    page_wrap = _wrap_width([e[2] for e in entries if e[4] is None])
    blocks: List[Block] = []
    prev_edge, prev_indent, prev_wrap = 0, -1, 0
    for indent, folded, edge, gap_before, wrap in entries:
        wrap = page_wrap if wrap is None else wrap
        joinable = (wrap and blocks and gap_before == 0 and wrap == prev_wrap
                    and prev_edge >= wrap - 6 and abs(indent - prev_indent) <= 4
                    and not blocks[-1].text.endswith(("。", "！", "？", ".", "!", "?", "”")))
        if joinable:
            blocks[-1].text = _join(blocks[-1].text, folded)
        else:
            blocks.append(Block(text=folded, index=len(blocks), kind="line",
                                gap_before=gap_before, indent=indent))
        prev_edge, prev_indent, prev_wrap = edge, indent, wrap
    return Page(blocks=blocks, input_type="text", encoding=encoding)
