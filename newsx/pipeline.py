"""The pure extraction pipeline: bytes or str in, :class:`~newsx.model.Article` out."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional, Union

from . import classify, fields
from .decode import decode, looks_binary, sniff_input_type
from .model import Article, Page

INPUT_TYPES = ("auto", "html", "text")


@dataclass
class Analysis:
    """Everything the pipeline knows about one page; ``newsx explain`` prints it."""

    page: Page
    article: Article


def segment(text: str, input_type: str, encoding: str, utf8: Optional[bytes] = None) -> Page:
    """Split decoded text into blocks with the segmenter for its input type.

    ``utf8`` optionally is ``text`` encoded as UTF-8 (``Decoded.utf8``), which the HTML parser
    can use as it is."""
    if input_type == "html":
        from .html import segment_html

        return segment_html(text, encoding=encoding, utf8=utf8)
    from .text import segment_text

    return segment_text(text, encoding=encoding)


def analyse(data: Union[bytes, str], *, url: Optional[str] = None, input_type: str = "auto",
            encoding: Optional[str] = None) -> Analysis:
    """Run every stage and keep the intermediate page (blocks with labels and reasons)."""
    if input_type not in INPUT_TYPES:
        raise ValueError(f"input_type must be one of {', '.join(INPUT_TYPES)}, not {input_type!r}")
    if isinstance(data, str):
        text, used, warnings, utf8 = data, "utf-8", [], None
        if text.startswith("\ufeff"):
            text = text[1:]
    else:
        if looks_binary(data):
            # (decoded anyway, random bytes give a "text" of mojibake that reads as an article)
            page = Page(blocks=[], input_type="text", encoding="")
            page.warnings.append("binary data, not a page")
            return Analysis(page=page, article=Article(reason="no article: binary data, not a page"))
        decoded = decode(data, encoding=encoding)
        text, used, utf8 = decoded.text, decoded.encoding, decoded.utf8
        warnings = list(decoded.warnings)
    kind = sniff_input_type(text) if input_type == "auto" else input_type
    page = segment(text, kind, used, utf8)
    page.warnings[:0] = warnings
    classify.classify(page)
    article = fields.build_article(page)
    if url and not article.url:
        article = replace(article, url=url)
    return Analysis(page=page, article=article)


def extract(data: Union[bytes, str], *, url: Optional[str] = None, input_type: str = "auto",
            encoding: Optional[str] = None) -> Article:
    """Extract the article of one saved page.

    ``data`` is the page as saved (bytes, any encoding) or already-decoded text.  ``input_type``
    is ``"auto"`` (sniffed), ``"html"`` or ``"text"``; ``encoding`` overrides detection.  The
    function is pure: no global state, no I/O, safe to call from many threads or processes.
    An article with no paragraphs means the page holds no article text.
    """
    return analyse(data, url=url, input_type=input_type, encoding=encoding).article
