"""Rendering records: JSON, JSON Lines, Markdown front matter, text."""
import json

import pytest

from newsx.model import Article, Paragraph
from newsx.render import (FORMATS, RECORD_SEPARATOR, render, to_json, to_jsonl, to_markdown,
                          to_text, yaml_quote)


def article(**kw):
    base = dict(
        title="Breaking: \"Yes\" or no?",
        source="Daily \\ Gazette",
        date="2020-03-03T10:15",
        authors=("Ann Lee", "Bo: Chen"),
        paragraphs=(Paragraph("First paragraph."), Paragraph("A subheading", heading=True),
                    Paragraph("Second paragraph.")),
        url="https://example.com/a?b=1#c",
        language="en",
        encoding="utf-8",
        input_type="text",
        path="archive/a b.txt",
    )
    base.update(kw)
    return Article(**base)


def front_matter(md: str) -> str:
    assert md.startswith("---\n")
    end = md.index("\n---\n", 4)
    return md[4:end]


def test_markdown_layout():
    md = to_markdown(article())
    fm = front_matter(md)
    keys = [line.split(":", 1)[0] for line in fm.splitlines() if not line.startswith(" ")]
    assert keys == ["title", "source", "date", "authors", "url", "language", "encoding",
                    "input_type", "path"]
    rest = md[md.index("\n---\n", 4) + 5:]
    assert rest == ("\n# Breaking: \"Yes\" or no?\n\nFirst paragraph.\n\n## A subheading\n\n"
                    "Second paragraph.\n")


def test_article_to_markdown_uses_render():
    art = article()
    assert art.to_markdown() == to_markdown(art)


def test_yaml_quoting_round_trips_through_a_yaml_parser():
    import yaml  # a test dependency (pyproject: test extra)
    art = article(title='He said: "no" \\ #1 - [x]', source="no", date="2024-01-02",
                  authors=("- dash", "O'Neil: jr"))
    data = yaml.safe_load(front_matter(to_markdown(art)))
    assert data["title"] == 'He said: "no" \\ #1 - [x]'
    assert data["source"] == "no"  # not the boolean false of YAML 1.1
    assert data["date"] == "2024-01-02"  # a string, not a date object
    assert data["authors"] == ["- dash", "O'Neil: jr"]
    assert data["path"] == "archive/a b.txt"


def test_yaml_quote_escapes():
    assert yaml_quote(None) == "null"
    assert yaml_quote('a: "b"') == '"a: \\"b\\""'
    assert yaml_quote("back\\slash") == '"back\\\\slash"'
    assert yaml_quote("line\nbreak\u2028x\x85") == '"line\\nbreak\\u2028x\\x85"'


def test_markdown_null_metadata_and_no_title():
    art = Article(paragraphs=(Paragraph("Only text."),))
    md = to_markdown(art)
    fm = front_matter(md)
    assert "title: null" in fm and "authors: []" in fm and "path: null" in fm
    assert "\n# " not in md
    assert md.endswith("\n\nOnly text.\n")


def test_markdown_paragraphs_do_not_become_markup():
    art = article(paragraphs=(Paragraph("# not a heading"), Paragraph("1. not a list"),
                              Paragraph("- not a bullet"), Paragraph("---"),
                              Paragraph("#hashtag stays")))
    body = to_markdown(art).split("\n# ", 1)[1]
    assert "\n\\# not a heading\n" in body
    assert "\n1\\. not a list\n" in body
    assert "\n\\- not a bullet\n" in body
    assert "\n\\---\n" in body
    assert "\n#hashtag stays\n" in body  # no space after #: not a heading, left alone


def test_json_and_jsonl():
    art = article(paragraphs=(Paragraph("one\u2028two"), Paragraph("三")))
    pretty = render(art, "json")
    assert pretty.endswith("}\n") and pretty.count("\n") > 5
    line = to_jsonl(art)
    assert line.endswith("\n") and line.count("\n") == 1
    assert "\u2028" not in line and "\\u2028" in line  # str.splitlines() would split there
    assert "三" in line  # ensure_ascii=False
    rec = json.loads(line)
    assert rec == json.loads(pretty) == art.to_dict()
    assert rec["body"] == "one\u2028two\n三"
    assert to_json(art) == line[:-1]


def test_json_escapes_lone_surrogates_from_undecodable_file_names():
    art = article(path="bad-\udcff.txt")
    line = to_jsonl(art)
    line.encode("utf-8")  # does not raise
    assert json.loads(line)["path"] == "bad-\udcff.txt"


def test_text_layout():
    txt = to_text(article())
    assert txt == ("Breaking: \"Yes\" or no?\n\nSource: Daily \\ Gazette\nDate: 2020-03-03T10:15\n"
                   "Authors: Ann Lee, Bo: Chen\nURL: https://example.com/a?b=1#c\n\n"
                   "First paragraph.\n\nA subheading\n\nSecond paragraph.\n")
    bare = to_text(Article(paragraphs=(Paragraph("x"),)))
    assert bare == "x\n"


def test_render_dispatch():
    art = article()
    assert set(FORMATS) == {"json", "jsonl", "markdown", "text"}
    assert render(art, "markdown") == to_markdown(art)
    assert render(art, "text") == to_text(art)
    assert RECORD_SEPARATOR == "\f\n"
    with pytest.raises(ValueError):
        render(art, "yaml")
