"""Records out: JSON, JSON Lines, Markdown with YAML front matter, plain text.

Every ``to_*`` function takes an :class:`~newsx.model.Article` and returns ``str``.  The JSON
forms are the record of :meth:`Article.to_dict`; Markdown and text are for reading.  Every
rendering except :func:`to_json` with ``indent=None`` ends with exactly one newline, so records
can be concatenated.
"""
from __future__ import annotations

import json
import re
from typing import Any, Dict, List

FORMATS = ("json", "jsonl", "markdown", "text")
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "markdown": ".md", "text": ".txt"}

# Several records of a line-oriented format (markdown, text) on one stream are separated by a line
# holding only a form feed: it never occurs in record text (block text has its whitespace folded)
# and it is the traditional page break, so `less` and `pr` show it as one.
RECORD_SEPARATOR = "\f\n"

# Front-matter keys, in order.  Every key is written (null when unknown) so that readers of the
# Markdown get the same keys for every page.
FRONT_MATTER_KEYS = ("title", "source", "date", "authors", "url", "language", "encoding",
                     "input_type", "path")

# Characters JSON leaves raw that still break readers: U+2028/U+2029 and NEL end a line for
# str.splitlines() and for JavaScript before ES2019, and lone surrogates (from undecodable file
# names) cannot be encoded as UTF-8.  Escaping them keeps every record one line of valid UTF-8.
_JSON_UNSAFE = re.compile("[\u0085\u2028\u2029\ud800-\udfff]")


def _escape_json_unsafe(s: str) -> str:
    return _JSON_UNSAFE.sub(lambda m: "\\u%04x" % ord(m.group()), s)


def to_dict(article) -> Dict[str, Any]:
    """The JSON record of ``article`` (see README, "Record schema")."""
    return article.to_dict()


def to_json(article, indent=None) -> str:
    """The record as JSON text; ``indent=None`` gives one compact line, no trailing newline."""
    if indent is None:
        text = json.dumps(to_dict(article), ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(to_dict(article), ensure_ascii=False, indent=indent)
    return _escape_json_unsafe(text)


def to_jsonl(article) -> str:
    """One JSON Lines line: the compact record and a newline."""
    return to_json(article) + "\n"


# YAML double-quoted scalars: which characters must be escaped.  YAML 1.1 and 1.2 both accept
# \\ \" \n \t and \xXX / \uXXXX / \UXXXXXXXX; NEL, U+2028 and U+2029 are line breaks in YAML 1.1,
# so they are escaped too, as is anything outside YAML's printable set.
_YAML_SIMPLE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}
_YAML_NEEDS_ESCAPE = re.compile(
    "[\\\\\"\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff\t]")


def _yaml_escape_char(m: "re.Match[str]") -> str:
    ch = m.group()
    if ch in _YAML_SIMPLE:
        return _YAML_SIMPLE[ch]
    code = ord(ch)
    return "\\x%02x" % code if code <= 0xFF else "\\u%04x" % code


def yaml_quote(value: Any) -> str:
    """A YAML scalar for ``value``: ``null`` for None, otherwise a double-quoted string.

    Always quoting is what keeps titles such as ``Breaking: "Yes" or no?`` or ``2024-01-02``
    (which YAML would read as a date) or ``no`` (a boolean in YAML 1.1) strings.
    """
    if value is None:
        return "null"
    return '"' + _YAML_NEEDS_ESCAPE.sub(_yaml_escape_char, str(value)) + '"'


def _front_matter(record: Dict[str, Any]) -> List[str]:
    lines = ["---"]
    for key in FRONT_MATTER_KEYS:
        value = record.get(key)
        if key == "authors":
            names = list(value or [])
            if names:
                lines.append("authors:")
                lines.extend(f"  - {yaml_quote(name)}" for name in names)
            else:
                lines.append("authors: []")
        else:
            lines.append(f"{key}: {yaml_quote(value)}")
    lines.append("---")
    return lines


# A paragraph that starts like Markdown block syntax would turn into a heading, quote, list or
# rule; a backslash before the first character keeps it a paragraph.  Ordered lists need the
# backslash before the delimiter ("1\. "), the others before the first character.
_MD_BLOCK_START = re.compile(r"^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|=+\s*$|[-*_](?:\s*[-*_]){2,}\s*$"
                             r"|```|~~~|<[A-Za-z/!?])")
_MD_ORDERED = re.compile(r"^(\d{1,9})([.)])(\s|$)")


def _md_escape_line(line: str) -> str:
    m = _MD_ORDERED.match(line)
    if m:
        return m.group(1) + "\\" + line[len(m.group(1)):]
    if _MD_BLOCK_START.match(line):
        return "\\" + line
    return line


def _md_paragraph(text: str) -> str:
    return "\n".join(_md_escape_line(line.strip()) for line in text.split("\n"))


def to_markdown(article) -> str:
    """Markdown: YAML front matter with the metadata, ``# title``, then the body paragraphs
    separated by blank lines; paragraphs marked as subheadings become ``## text``."""
    out = _front_matter(to_dict(article))
    if article.title:
        out += ["", "# " + " ".join(article.title.split())]
    for para in article.paragraphs:
        out.append("")
        if para.heading:
            out.append("## " + " ".join(para.text.split()))
        else:
            out.append(_md_paragraph(para.text))
    return "\n".join(out) + "\n"


def to_text(article) -> str:
    """Plain text: title, blank line, metadata lines (only those known), blank line, then the
    body paragraphs separated by blank lines."""
    out: List[str] = []
    if article.title:
        out += [article.title, ""]
    meta = [("Source", article.source), ("Date", article.date),
            ("Authors", ", ".join(article.authors) if article.authors else None),
            ("URL", article.url)]
    meta_lines = [f"{name}: {value}" for name, value in meta if value]
    if meta_lines:
        out += meta_lines + [""]
    out.append("\n\n".join(p.text for p in article.paragraphs))
    return "\n".join(out).rstrip("\n") + "\n"


def render(article, fmt: str) -> str:
    """Render ``article`` in one of :data:`FORMATS`; ``json`` is pretty-printed (indent 2)."""
    if fmt == "json":
        return to_json(article, indent=2) + "\n"
    if fmt == "jsonl":
        return to_jsonl(article)
    if fmt == "markdown":
        return to_markdown(article)
    if fmt == "text":
        return to_text(article)
    raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
