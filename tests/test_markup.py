"""Markup metadata: JSON-LD, OpenGraph / article meta, Chinese CMS meta, microdata, <time>."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from newsx.html import segment_html
from newsx.markup import META_KEYS, read_meta

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"


def tree(html: str):
    return etree.fromstring(html, etree.HTMLParser(no_network=True))


def meta_of(html: str) -> dict:
    return read_meta(tree(html))


def fixture_meta(name: str, encoding: str = "utf-8") -> dict:
    return read_meta(tree((FIXTURES / name).read_bytes().decode(encoding)))


def test_jsonld_graph_newsarticle():
    meta = fixture_meta("en_jsonld_newsarticle.html")
    assert meta["ld_type"] == "NewsArticle"
    assert meta["headline"] == "Harbor town votes to restore its old lighthouse"
    assert meta["date"] == "2022-06-14T08:30:00-04:00"
    assert meta["date_sources"][0] == ["json-ld", "2022-06-14T08:30:00-04:00"]
    assert meta["modified"] == "2022-06-14T11:02:00-04:00"
    # Nested author objects and name lists; a URL posing as a name is skipped.
    assert meta["authors"] == ["Maria Lopez", "Tom Becker"]
    assert meta["site_name"] == "The Harbor Gazette"
    assert meta["url"] == "https://gazette.example.com/local/2022/06/14/lighthouse-restoration"
    assert meta["language"] == "en-US"
    assert meta["section"] == "Local"
    assert meta["title"] == "Harbor town votes to restore its old lighthouse | The Harbor Gazette"


def test_jsonld_prefers_article_over_other_types_and_survives_bad_json():
    html = """<html><head>
    <script type="application/ld+json">{"@type": "WebPage", "datePublished": "2001-01-01"}</script>
    <script type="application/ld+json">not json at all {</script>
    <script type="application/ld+json"><!-- [{"@type": "Organization", "name": "Org"},
      {"@type": ["Thing", "ReportageNewsArticle"], "headline": "Real headline",
       "datePublished": "2020-05-06", "author": "Jane Roe",
       "publisher": "https://publisher.example/"}] --></script>
    <script type="application/ld+json">""" + "[" * 5000 + "]" * 5000 + """</script>
    </head><body><p>x</p></body></html>"""
    meta = meta_of(html)
    assert meta["headline"] == "Real headline"
    assert meta["ld_type"] == "ReportageNewsArticle"
    assert meta["date"] == "2020-05-06"
    assert meta["authors"] == ["Jane Roe"]
    assert "site_name" not in meta             # a publisher given only as a URL says nothing


def test_deeply_nested_json_does_not_crash():
    html = ('<html><head><script type="application/ld+json">' + '{"a":' * 100_000 + "1"
            + "}" * 100_000 + "</script></head><body></body></html>")
    assert "date" not in meta_of(html)


def test_opengraph_and_article_meta():
    meta = fixture_meta("en_opengraph_blog.html")
    assert meta["og_title"] == "Why our tram timetable app went offline"
    assert meta["date"] == "2023-03-20T09:15:00+00:00"
    assert meta["date_sources"][0][0] == "meta:article:published_time"
    assert meta["modified"] == "2023-03-21T07:00:00+00:00"
    # article:author is a profile URL, meta author a name.
    assert meta["authors"] == ["Priya Natarajan"]
    assert meta["site_name"] == "Field Notes"
    assert meta["url"] == "https://notes.example.org/2023/03/tram-outage/"
    assert meta["language"] == "en-GB"
    assert meta["description"] == "A short post-mortem of Saturday's outage."
    assert meta["section"] == "Engineering"
    assert meta["type"] == "article"
    assert meta["h1"] == "Why our tram timetable app went offline"


def test_chinese_cms_meta():
    meta = fixture_meta("zh_cms_meta.html")
    assert meta["date"] == "2020-11-02 08:15:00"
    assert [s for s, _ in meta["date_sources"]] == ["meta:publishdate", "meta:pubdate"]
    assert meta["source"] == "来源：江南晚报"
    assert meta["authors"] == ["宋佳"]
    assert meta["title"] == "社区食堂开进老旧小区 老人吃饭不再犯愁-江南网"
    assert meta["keywords"] == "社区食堂,养老"


@pytest.mark.parametrize("name", ["PubDate", "publishdate", "publish_time", "dc.date",
                                  "Publish-Date", "pubdate"])
def test_date_meta_names_are_case_insensitive(name):
    meta = meta_of(f'<html><head><meta name="{name}" content="2019-12-31"></head>'
                   "<body></body></html>")
    assert meta["date"] == "2019-12-31"


def test_content_source_and_site_name():
    meta = meta_of('<html><head><meta name="ContentSource" content="新华社">'
                   '<meta property="og:site_name" content="示例网"></head><body></body></html>')
    assert meta["source"] == "新华社"
    assert meta["site_name"] == "示例网"


def test_microdata_and_time():
    meta = fixture_meta("en_news_microdata.html")
    assert meta["headline"] == "Village library reopens after flood repairs"
    assert meta["authors"] == ["Daniel Okafor"]
    assert meta["date"] == "2019-05-07T06:00:00Z"
    assert meta["language"] == "en-GB"


def test_time_prefers_publication_marked_element():
    html = ('<html><body><time datetime="2024-01-01">today</time><article>'
            '<time class="entry-date published" datetime="2023-07-08T10:00">8 July</time>'
            "</article></body></html>")
    meta = meta_of(html)
    assert meta["date"] == "2023-07-08T10:00"
    html = '<html><body><time datetime="2024-01-01">today</time></body></html>'
    assert meta_of(html)["date"] == "2024-01-01"


def test_title_and_headings_are_raw_and_folded():
    meta = meta_of("<html><head><title>\n  A   title\n | Site </title></head><body>"
                   "<h2>Sub one</h2><h2>Sub two</h2></body></html>")
    assert meta["title"] == "A title | Site"
    assert "h1" not in meta                     # no <h1> on the page
    assert meta["headings"] == ["Sub one", "Sub two"]


def test_html_lang_and_canonical_beats_og_url():
    meta = meta_of('<html lang="zh-CN"><head><link rel="canonical" href="https://a.example/x">'
                   '<meta property="og:url" content="https://b.example/y">'
                   "</head><body></body></html>")
    assert meta["language"] == "zh-CN"
    assert meta["url"] == "https://a.example/x"


def test_relative_urls_and_url_authors_are_ignored():
    meta = meta_of('<html><head><link rel="canonical" href="/relative">'
                   '<meta name="author" content="www.example.com/people/a">'
                   '<meta name="author" content="ignored duplicate"></head><body></body></html>')
    assert "url" not in meta
    assert "authors" not in meta


def test_empty_page_has_empty_meta():
    assert meta_of("<html><body><p>text</p></body></html>") == {}


@pytest.mark.parametrize("name,encoding", [
    ("zh_portal_gbk.html", "gbk"), ("zh_table_br_wrong_charset.html", "utf-8"),
    ("en_jsonld_newsarticle.html", "utf-8"), ("en_opengraph_blog.html", "utf-8"),
    ("zh_cms_meta.html", "utf-8"), ("en_news_microdata.html", "utf-8"),
])
def test_only_documented_keys(name, encoding):
    page = segment_html((FIXTURES / name).read_bytes().decode(encoding), encoding)
    assert page.meta, name
    assert set(page.meta) <= set(META_KEYS), set(page.meta) - set(META_KEYS)


def test_heading_text_is_the_string_value_of_the_element():
    html = ("<html><body><h1>\n  Main <b>bold <!-- note --><i>nested</i></b> tail <span>after"
            "</span>  </h1>"
            "<p>x</p></body></html>")
    root = tree(html)
    h1 = root.find(".//h1")
    assert meta_of(html)["h1"] == " ".join(h1.xpath("string()").split())
    assert meta_of(html)["h1"] == "Main bold nested tail after"


def test_jsonld_type_is_matched_case_insensitively_and_other_scripts_are_ignored():
    html = ('<html><head><script>var headline = "not metadata";</script>'
            '<script type="APPLICATION/LD+JSON"></script>'
            '<script type="Application/ld+json">{"@type": "NewsArticle", "headline": "H1 of LD",'
            ' "datePublished": "2021-02-03"}</script></head><body><p>x</p></body></html>')
    meta = meta_of(html)
    assert meta["headline"] == "H1 of LD"
    assert meta["date"] == "2021-02-03"


def test_a_date_update_meta_is_the_modification_date():
    # Baidu's article template: <meta itemprop="dateUpdate" content="2019-10-08 12:00:57">
    meta = meta_of('<html><head><meta itemprop="dateUpdate" content="2019-10-08 12:00:57"></head>'
                   '<body><p>x</p></body></html>')
    assert meta["modified"] == "2019-10-08 12:00:57"
    assert "date" not in meta
