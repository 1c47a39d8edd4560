"""Plain data passed between the pipeline stages.

decode -> segment (HTML or text) -> classify -> fields -> render.  Both segmenters produce the same
:class:`Block` list so that classification and field extraction are written once.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

# Labels a block can receive from the classifier.  Kept as plain strings so that they print well
# in `newsx explain` and in JSON.
BODY = "body"
TITLE = "title"
SUBTITLE = "subtitle"
BYLINE = "byline"          # source / date / author line near the title
NAVIGATION = "navigation"  # channel bars, menus, link runs
BREADCRUMB = "breadcrumb"
RELATED = "related"        # related / recommended / hot / most-read lists
COMMENT = "comment"
FOOTER = "footer"          # copyright, disclaimer, editor credits, contact lines
CONTROL = "control"        # share / print / font size / "展开全文" / pagination
BOILERPLATE = "boilerplate"  # anything else outside the article

LABELS = (BODY, TITLE, SUBTITLE, BYLINE, NAVIGATION, BREADCRUMB, RELATED, COMMENT, FOOTER,
          CONTROL, BOILERPLATE)


@dataclass
class Block:
    """One paragraph-level unit of a page: a line (or unwrapped paragraph) of a text dump, or a
    paragraph-level element of an HTML page.

    The segmenters fill the structural fields; :mod:`newsx.classify` fills ``label``,
    ``reasons`` and ``score``.
    """

    text: str                   # whitespace folded, never empty
    index: int = 0              # position in reading order
    kind: str = "line"          # line | p | heading | li | td | pre | caption | div
    level: int = 0              # heading level (h1..h6); 0 when not a heading
    link_chars: int = 0         # characters of text inside links (HTML only)
    link_count: int = 0         # number of links inside the block (HTML only)
    path: str = ""              # tag path for HTML blocks, e.g. "div#content>p"
    hint: float = 0.0           # markup evidence: > 0 article container, < 0 boilerplate container
    gap_before: int = 0         # blank lines before this one (text dumps)
    indent: int = 0             # leading indentation in columns (text dumps)
    grid: bool = False          # a cell of a data table: a grid of short text cells (HTML only)
    label: str = ""
    score: float = 0.0
    reasons: List[str] = field(default_factory=list)


@dataclass
class Page:
    """A segmented page: its blocks plus whatever metadata the markup declares.

    ``meta`` keys (all optional): ``title``, ``h1``, ``date``, ``authors`` (list), ``source``,
    ``url``, ``language``, ``site_name``.  Text dumps have an empty ``meta``.
    """

    blocks: List[Block]
    input_type: str             # "html" | "text"
    encoding: str
    meta: Dict[str, Any] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)
    features: List[Any] = field(default_factory=list)  # per block, filled by classify

@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; ``heading`` marks an in-article subheading (rendered as ``##``)."""

    text: str
    heading: bool = False


@dataclass(frozen=True)
class Article:
    """The clean record of one page."""

    title: Optional[str] = None
    source: Optional[str] = None
    date: Optional[str] = None          # ISO 8601, as precise as the page shows it
    authors: Tuple[str, ...] = ()
    paragraphs: Tuple[Paragraph, ...] = ()
    url: Optional[str] = None
    language: Optional[str] = None
    encoding: Optional[str] = None
    input_type: Optional[str] = None
    path: Optional[str] = None
    warnings: Tuple[str, ...] = ()
    reason: Optional[str] = None        # why the page gave no article ("no article: ..."), else None

    @property
    def body(self) -> str:
        """The body text: paragraphs joined by newlines."""
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def is_empty(self) -> bool:
        """True when no article text was found."""
        return not self.paragraphs

    def to_dict(self) -> Dict[str, Any]:
        """The JSON record (see README, "Record schema")."""
        return {
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "authors": list(self.authors),
            "body": self.body,
            "url": self.url,
            "language": self.language,
            "encoding": self.encoding,
            "input_type": self.input_type,
        }

    def to_markdown(self) -> str:
        """Markdown with YAML front matter; subheadings become ``##``."""
        from .render import to_markdown

        return to_markdown(self)
