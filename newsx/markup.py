"""Metadata that an HTML page declares in its markup.

:func:`read_meta` reads, in one cheap pass over the few elements that carry metadata, what the page
says about itself: ``<title>``, ``<meta>`` tags (OpenGraph, ``article:*``, Dublin Core, the
``name="publishdate"`` / ``"source"`` / ``"ContentSource"`` family of Chinese CMSs), JSON-LD
(``NewsArticle`` and friends, ``@graph``), microdata ``itemprop`` and ``<time datetime>``.

Everything is returned as raw strings (whitespace folded): dates are *not* parsed here, site-name
suffixes are *not* removed from titles; :mod:`newsx.fields` normalises and cross-checks them against
the visible byline.  The keys that may be filled are listed in :data:`META_KEYS`.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional, Tuple

from lxml import etree

#: Keys :func:`read_meta` may fill (all optional; a key is absent when the page does not say).
META_KEYS: Dict[str, str] = {
    "title": "text of <title> (raw, site-name suffix still there)",
    "h1": "text of the page's headline element: read_meta gives the first <h1>; "
          "html.segment_html replaces it with the h1/h2 best placed before the article "
          "container (and matching og:title / headline / <title> when one does)",
    "headings": "list of the first <h1> texts (up to 5), or <h2> texts when the page has no <h1>",
    "og_title": "og:title, else twitter:title",
    "headline": "JSON-LD / microdata headline of the article object",
    "date": "raw publication date from the most trusted source (see date_sources)",
    "date_sources": "list of [source, raw value] pairs, most trusted first, e.g. "
                    "['json-ld', '2020-01-02T03:04:05Z'], ['meta:publishdate', '2020-01-02']",
    "modified": "raw modification date (JSON-LD dateModified, article:modified_time, ...)",
    "authors": "list of author names (JSON-LD author, microdata author, meta author / "
               "article:author / dc.creator ...; URLs are skipped)",
    "source": "originating outlet declared by a Chinese CMS: meta source / ContentSource / "
              "copyfrom (raw, may still say '来源：')",
    "site_name": "og:site_name, else JSON-LD publisher name, else application-name",
    "url": "canonical link, else og:url, else JSON-LD url",
    "language": "<html lang>, else meta content-language / og:locale / JSON-LD inLanguage",
    "description": "meta description, else og:description, else JSON-LD description",
    "keywords": "meta keywords / news_keywords (raw)",
    "section": "article:section or JSON-LD articleSection",
    "type": "og:type (e.g. 'article')",
    "ld_type": "@type of the JSON-LD object used (e.g. 'NewsArticle')",
    "container": "filled by html.segment_html, not read_meta: tag path of the container that "
                 "won the text-density contest (for `newsx explain`)",
}

# JSON-LD / schema.org types that describe an article, best first.
_ARTICLE_TYPES = (
    "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "asknewsarticle", "article", "blogposting",
    "liveblogposting", "socialmediaposting", "report", "techarticle", "scholarlyarticle",
)
_PAGE_TYPES = ("webpage", "itempage", "collectionpage")

# <meta> names/properties (lower-cased) for each field, most trusted first.  Chinese CMSs use
# many spellings of "publish date"; lower-casing covers PubDate / publishDate / PublishDate.
_DATE_META = (
    "article:published_time", "og:article:published_time", "article:published", "og:published_time",
    "publishdate", "pubdate", "publish_date", "publish-date", "publishtime", "publish_time",
    "publishedtime", "published_time", "datepublished", "firstpublishedtime", "og:release_date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "date", "releasedate", "createdate",
    "weibo:article:create_at", "article:post_date",
)
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                  "dcterms.modified", "lastmodified", "last-modified", "dateupdate")
_AUTHOR_META = ("author", "article:author", "og:article:author", "dc.creator", "dcterms.creator",
                "byl", "sailthru.author", "parsely-author", "citation_author", "authors", "writer")
_SOURCE_META = ("source", "contentsource", "copyfrom", "og:article:source", "article:source",
                "mediaid", "media")
_URL_RE = re.compile(r"^(?:https?:)?//|^www\.|^[\w.+-]+@[\w-]+\.", re.I)
_WS = re.compile(r"\s+")
_MAX_JSONLD = 2_000_000     # characters of one JSON-LD script we are willing to parse
_MAX_JSON_NODES = 20_000    # objects visited while walking one JSON-LD document


def _fold(value: Any) -> str:
    """Whitespace-folded string of a metadata value ('' for non-strings)."""
    if not isinstance(value, str):
        return ""
    return _WS.sub(" ", value).strip()


def _looks_like_url(value: str) -> bool:
    return bool(_URL_RE.match(value)) or value.startswith("/")


def _put(meta: Dict[str, Any], key: str, value: Any) -> None:
    """Set ``meta[key]`` unless already set or the value is empty (first source wins)."""
    value = _fold(value)
    if value and key not in meta:
        meta[key] = value


def _add_authors(out: List[str], value: Any) -> None:
    """Append the author names in a JSON-LD ``author`` value (str, object, list); skip URLs."""
    stack = [value]             # LIFO, lists pushed reversed: names keep their order
    seen = 0
    while stack and seen < 200:
        seen += 1
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item[:50]))
        elif isinstance(item, dict):
            name = item.get("name")
            if isinstance(name, list):
                stack.extend(reversed(name[:50]))
            elif name is not None:
                stack.append(name)
        elif isinstance(item, str):
            name = _fold(item)
            if name and not _looks_like_url(name) and name not in out and len(name) <= 200:
                out.append(name)


def _ld_types(obj: Dict[str, Any]) -> Tuple[str, ...]:
    raw = obj.get("@type")
    items = raw if isinstance(raw, list) else [raw]
    names = []
    for t in items:
        if isinstance(t, str):
            names.append(t.rsplit("/", 1)[-1].lower())
    return tuple(names)


def _ld_objects(data: Any) -> Iterable[Dict[str, Any]]:
    """Every dict with an ``@type`` inside a parsed JSON-LD document (iterative, bounded)."""
    stack = [data]
    visited = 0
    while stack and visited < _MAX_JSON_NODES:
        visited += 1
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            if "@type" in item:
                yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                stack.extend(reversed(graph))
            elif isinstance(graph, dict):
                stack.append(graph)
            main = item.get("mainEntity")
            if isinstance(main, (dict, list)):
                stack.append(main)


def _parse_jsonld(text: str) -> Any:
    """``json.loads`` of one script body, tolerating comment/CDATA wrappers; None on failure."""
    if not text or len(text) > _MAX_JSONLD:
        return None
    text = text.strip()
    for start, end in (("<!--", "-->"), ("//<![CDATA[", "//]]>"), ("<![CDATA[", "]]>")):
        if text.startswith(start) and text.endswith(end):
            text = text[len(start):-len(end)].strip()
    text = text.rstrip(";").strip()
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


_LdObject = Optional[Dict[str, Any]]


def _best_ld_object(scripts: List[str]) -> Tuple[_LdObject, _LdObject]:
    """(best article object, first web-page object) among all JSON-LD scripts."""
    best, best_rank, page = None, len(_ARTICLE_TYPES), None
    for text in scripts:
        data = _parse_jsonld(text)
        if data is None:
            continue
        for obj in _ld_objects(data):
            types = _ld_types(obj)
            for t in types:
                if t in _ARTICLE_TYPES:
                    rank = _ARTICLE_TYPES.index(t)
                    # Equal types: keep the one that has a headline (teasers of related
                    # articles rarely carry one together with a date).
                    if rank < best_rank or (rank == best_rank and best is not None
                                            and not best.get("headline") and obj.get("headline")):
                        best, best_rank = obj, rank
                elif t in _PAGE_TYPES and page is None:
                    page = obj
    return best, page


def _ld_name(value: Any) -> str:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("name")
    return _fold(value)


def _ld_url(value: Any) -> str:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    value = _fold(value)
    return value if value.startswith(("http://", "https://")) else ""


def _read_jsonld(scripts: List[str], meta: Dict[str, Any], dates: List[List[str]],
                 authors: List[str]) -> None:
    art, page = _best_ld_object(scripts)
    obj = art or page
    if obj is None:
        return
    raw_type = obj.get("@type")
    if isinstance(raw_type, list):
        names = [t for t in raw_type if isinstance(t, str)]
        known = [t for t in names if t.rsplit("/", 1)[-1].lower() in _ARTICLE_TYPES + _PAGE_TYPES]
        raw_type = (known or names or [""])[0]
    _put(meta, "ld_type", raw_type)
    if art is not None:
        headline = art.get("headline") or art.get("name")
        if isinstance(headline, list):
            headline = headline[0] if headline else ""
        _put(meta, "headline", headline)
        _add_authors(authors, art.get("author"))
        _add_authors(authors, art.get("creator"))
    for src in (art, page):
        if src is None:
            continue
        for key in ("datePublished", "dateCreated"):
            value = _fold(src.get(key))
            if value:
                dates.append(["json-ld" if key == "datePublished" else "json-ld:" + key, value])
                break
        _put(meta, "modified", src.get("dateModified"))
        pub = _ld_name(src.get("publisher"))
        if pub and not _looks_like_url(pub):
            meta.setdefault("_ld_publisher", pub)
        _put(meta, "_ld_url", _ld_url(src.get("url")) or _ld_url(src.get("mainEntityOfPage")))
        _put(meta, "_ld_language", src.get("inLanguage") if isinstance(src.get("inLanguage"), str)
             else _ld_name(src.get("inLanguage")))
        _put(meta, "_ld_description", src.get("description"))
        section = src.get("articleSection")
        if isinstance(section, list) and section:
            section = section[0]
        _put(meta, "section", section)


def _text_of(el: Any) -> str:
    """Whitespace-folded text content of an element (XPath ``string()``, its tail excluded)."""
    try:
        # itertext() gives the same text nodes as string() (comment and PI content left out,
        # their tails kept) without compiling an XPath expression per call.
        return _fold("".join(el.itertext()))
    except (ValueError, etree.Error):
        return ""


@lru_cache(maxsize=512)
def _meta_key(name: str) -> str:
    return name.strip().lower()


def read_meta(tree: Any, itemprops: Optional[List[Any]] = None) -> Dict[str, Any]:
    """Read the metadata an lxml HTML tree declares; see :data:`META_KEYS` for the keys.

    ``tree`` is the root element (or ElementTree) of a page parsed with lxml's HTML parser, with
    its ``<script>`` elements still in place (JSON-LD lives there).  ``itemprops`` optionally
    lists the elements carrying an ``itemprop`` attribute when the caller has already walked the
    tree (saves a scan); by default they are found with XPath.  Values are raw strings; the
    function never raises on malformed markup or JSON.
    """
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    meta: Dict[str, Any] = {}
    dates: List[List[str]] = []
    authors: List[str] = []
    metas: Dict[str, str] = {}
    scripts: List[str] = []
    times: List[Any] = []
    h1s: List[str] = []
    h2s: List[str] = []

    lang = _fold(root.get("lang") or root.get("xml:lang") or "")
    # One C-level pass over the few element types that carry metadata.
    for el in root.iter("title", "meta", "link", "script", "html", "time", "h1", "h2"):
        tag = el.tag
        if tag == "meta":
            name = el.get("name") or el.get("property") or el.get("itemprop") \
                or el.get("http-equiv")
            content = el.get("content")
            if name and content and content.strip():
                key = _meta_key(name)
                if key not in metas:
                    metas[key] = content
        elif tag == "script":
            # (type first: reading .text of every inline script decodes kilobytes of code)
            if "ld+json" in (el.get("type") or "").lower():
                body = el.text
                if body:
                    scripts.append(body)
        elif tag == "h1":
            if len(h1s) < 5:
                text = _text_of(el)
                if text:
                    h1s.append(text)
        elif tag == "h2":
            if not h1s and len(h2s) < 5:
                text = _text_of(el)
                if text:
                    h2s.append(text)
        elif tag == "time":
            if el.get("datetime") and len(times) < 50:
                times.append(el)
        elif tag == "title":
            parent = el.getparent()
            if "title" not in meta and parent is not None and parent.tag not in ("svg", "symbol"):
                _put(meta, "title", _text_of(el) if len(el) else el.text)
        elif tag == "link":
            rel = (el.get("rel") or "").lower().split()
            if "canonical" in rel:
                href = _fold(el.get("href"))
                if href.startswith(("http://", "https://")):
                    meta.setdefault("_canonical", href)
        elif tag == "html" and not lang:
            lang = _fold(el.get("lang") or el.get("xml:lang") or "")

    _read_jsonld(scripts, meta, dates, authors)

    # Microdata (itemprop) on visible elements.
    if itemprops is None:
        try:
            itemprops = root.xpath("//*[@itemprop]")
        except etree.Error:
            itemprops = []
    micro_authors: List[str] = []
    for el in itemprops[:300]:
        if el.tag in ("meta", "link"):
            continue        # read with the other <meta> tags
        prop = (el.get("itemprop") or "").lower()
        if prop == "headline":
            _put(meta, "headline", _text_of(el))
        elif prop in ("datepublished", "datecreated"):
            value = _fold(el.get("datetime") or el.get("content") or _text_of(el))
            if value:
                dates.append(["microdata", value])
        elif prop in ("author", "creator"):
            named = el.xpath(".//*[@itemprop='name']")
            _add_authors(micro_authors, _text_of(named[0]) if named else
                         (el.get("content") or _text_of(el)))
    for name in micro_authors:
        if name not in authors:
            authors.append(name)

    for key in _DATE_META:
        value = _fold(metas.get(key))
        if value:
            dates.append(["meta:" + key, value])
    # <time datetime>: prefer one marked as the publication time, else the first one.
    marked = [t for t in times if t.get("pubdate") is not None
              or "publish" in (t.get("class") or "").lower()
              or (t.get("itemprop") or "").lower() == "datepublished"]
    for t in (marked or times)[:1]:
        value = _fold(t.get("datetime"))
        if value:
            dates.append(["time", value])
    seen = set()
    dates = [d for d in dates if not (d[1] in seen or seen.add(d[1]))]   # each value once
    if dates:
        meta["date"] = dates[0][1]
        meta["date_sources"] = dates
    for key in _MODIFIED_META:
        _put(meta, "modified", metas.get(key))

    for key in _AUTHOR_META:
        if key in metas:
            _add_authors(authors, re.split(r"\s*[;|]\s*", metas[key]))
    if authors:
        meta["authors"] = authors

    for key in _SOURCE_META:
        _put(meta, "source", metas.get(key))
    ld_publisher = meta.pop("_ld_publisher", "")
    _put(meta, "site_name", metas.get("og:site_name"))
    _put(meta, "site_name", ld_publisher)
    _put(meta, "site_name", metas.get("application-name"))

    _put(meta, "og_title", metas.get("og:title") or metas.get("twitter:title"))
    og_url = _fold(metas.get("og:url"))
    _put(meta, "url", meta.pop("_canonical", ""))
    _put(meta, "url", og_url if og_url.startswith(("http://", "https://")) else "")
    _put(meta, "url", meta.pop("_ld_url", ""))

    _put(meta, "language", lang)
    _put(meta, "language", metas.get("content-language") or metas.get("language")
         or metas.get("dc.language") or metas.get("og:locale"))
    _put(meta, "language", meta.pop("_ld_language", ""))

    _put(meta, "description", metas.get("description") or metas.get("og:description"))
    _put(meta, "description", meta.pop("_ld_description", ""))
    _put(meta, "keywords", metas.get("keywords") or metas.get("news_keywords"))
    _put(meta, "section", metas.get("article:section"))
    _put(meta, "type", metas.get("og:type"))

    if h1s:
        meta["h1"] = h1s[0]
    if h1s or h2s:
        meta["headings"] = h1s or h2s
    for key in [k for k in meta if k.startswith("_")]:
        del meta[key]
    return meta
