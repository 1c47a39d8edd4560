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


def _wrap_width(widths: List[int]) -> int:
    """The column width a text browser wrapped at, or 0 when the dump is not hard-wrapped.

    Hard wrapping shows as many lines ending within a few columns of the same right margin.
    """
    long_lines = [w for w in widths if w >= 40]
    if len(long_lines) < 4:
        return 0
    top = sorted(long_lines)[int(len(long_lines) * 0.9)]
    near = sum(1 for w in long_lines if top - 6 <= w <= top)
    return top if near >= 4 and near >= 0.25 * len(long_lines) else 0


def segment_text(text: str, encoding: str = "utf-8") -> Page:
    """Split a plain-text dump into line blocks, joining hard-wrapped paragraphs."""
    raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    entries = []  # (indent, folded text, right edge, blank lines before)
    gap = 0
    for raw in raw_lines:
        stripped = raw.rstrip()
        content = stripped.lstrip()
        # Table layouts put several columns on one line (w3m pads them with spaces, browsers
        # separate cells with tabs, kept as one line): each cell is its own block and never a wrapped line.
        cells = _COLUMN_GAP_RE.split(content) if _COLUMN_GAP_RE.search(content) else [content]
        edge = display_width(stripped.expandtabs(4)) if len(cells) == 1 else 0
        indent = _indent_width(stripped)
        added = False
        for cell in cells:
            folded = _WS_RE.sub(" ", cell).strip()
            if folded and "[" in folded:
                folded = _INLINE_IMAGE_RE.sub(" ", folded).strip()
            if not folded or (folded[0] in _DECORATION_START
                              and (_RULE_RE.match(folded) or _PLACEHOLDER_RE.match(folded))):
                continue
            entries.append([indent, folded, edge, gap])
            gap, added = 0, True
        if not added:
            gap += 1

    wrap = _wrap_width([e[2] for e in entries])
    blocks: List[Block] = []
    prev_edge = 0
    prev_indent = -1
    for indent, folded, edge, gap_before in entries:
        joinable = (wrap and blocks and gap_before == 0 and prev_edge >= wrap - 6
                    and abs(indent - prev_indent) <= 4
                    and not blocks[-1].text.endswith(("。", "！", "？", ".", "!", "?", "”")))
        if joinable:
            blocks[-1].text = _join(blocks[-1].text, folded)
        else:
            blocks.append(Block(text=folded, index=len(blocks), kind="line",
                                gap_before=gap_before, indent=indent))
        prev_edge, prev_indent = edge, indent
    return Page(blocks=blocks, input_type="text", encoding=encoding)
