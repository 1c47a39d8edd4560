"""HTML segmentation: blocks, their kinds and features, and the markup hint.

Fixtures under ``fixtures/html/`` are short invented pages in the layouts newsx meets (a GBK
Chinese portal, an old table layout with ``<br>`` paragraphs and a wrong declared charset,
JSON-LD, OpenGraph, Chinese CMS meta, microdata).  The corpus test at the end runs only where
``../shared/corpus`` exists.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from newsx import html as nxhtml
from newsx.html import element_weight, segment_html
from newsx.model import Block, Page

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "html"
CORPUS = ROOT.parent / "shared" / "corpus"


def load(name: str, encoding: str = "utf-8") -> Page:
    text = (FIXTURES / name).read_bytes().decode(encoding)
    return segment_html(text, encoding)


def find(page: Page, needle: str) -> Block:
    hits = [b for b in page.blocks if needle in b.text]
    assert hits, f"no block contains {needle!r}: {[b.text for b in page.blocks]}"
    return hits[0]


def texts(page: Page) -> list:
    return [b.text for b in page.blocks]


# --- the Chinese portal page (GBK bytes) ---------------------------------------------------------

@pytest.fixture(scope="module")
def portal() -> Page:
    return load("zh_portal_gbk.html", "gbk")


def test_portal_is_an_html_page_with_meta(portal):
    assert portal.input_type == "html"
    assert portal.encoding == "gbk"
    assert portal.meta["title"].startswith("青石镇古桥修缮完工")
    assert portal.meta["h1"] == "青石镇古桥修缮完工 百年石拱重新通行"
    assert "zhengwen" in portal.meta["container"]


def test_portal_paragraphs_are_separate_positive_blocks(portal):
    paras = [b for b in portal.blocks if "div#zhengwen.zhengwen>p" in b.path]
    assert len(paras) == 6
    assert [b.kind for b in paras] == ["p"] * 6
    assert all(b.hint > 1.0 for b in paras)
    # Full-width indentation and nbsp are folded away; block indexes follow reading order.
    assert paras[0].text.startswith("本报讯（记者 林小雨）")
    assert all(not re.search(r"[\u3000\xa0]|^\s|\s$", b.text) for b in portal.blocks)
    assert [b.index for b in portal.blocks] == list(range(len(portal.blocks)))


@pytest.mark.parametrize("needle", ["首页 | 新闻 | 体育", "当前位置", "邻镇启动老街保护规划", "分享到",
                                    "家乡的桥修好了", "城区新增三条公交线路", "版权所有"])
def test_portal_boilerplate_is_negative(portal, needle):
    assert find(portal, needle).hint < -1.0


def test_portal_drops_scripts_styles_forms_and_hidden_text(portal):
    joined = "\n".join(texts(portal))
    assert "脚本写入" not in joined and "line-height" not in joined
    assert "请输入关键词" not in joined and "搜索" not in joined
    # The anti-copy text hidden with display:none inside a paragraph is dropped, the
    # paragraph around it stays whole.
    assert "晨风网版权所有" not in joined
    assert "“修旧如旧”的原则，工匠们" in joined


def test_portal_links_are_counted(portal):
    nav = find(portal, "首页 | 新闻 | 体育")
    assert nav.link_count == 6
    assert nav.link_chars == len("首页新闻体育财经科技论坛")
    related = find(portal, "邻镇启动老街保护规划")
    assert related.kind == "li" and related.link_count == 1
    assert related.link_chars == len(related.text)
    body = find(portal, "本报讯")
    assert body.link_chars == 0 and body.link_count == 0


def test_portal_headings_and_paths(portal):
    h1 = find(portal, "百年石拱重新通行")
    assert (h1.kind, h1.level) == ("heading", 1)
    h3 = find(portal, "相关新闻")
    assert (h3.kind, h3.level) == ("heading", 3)
    assert h1.path == "body>div#main>div.main_left>div.article>h1"


# --- old table layout, <br> paragraphs, wrong declared charset -----------------------------------

@pytest.fixture(scope="module")
def table_page() -> Page:
    # The file is UTF-8 although it declares gb2312: the decoded text is what counts.
    return load("zh_table_br_wrong_charset.html", "utf-8")


def test_declared_charset_is_ignored_for_decoded_text(table_page):
    assert table_page.meta["title"] == "山城夜市见闻--长河文苑"
    find(table_page, "傍晚七点，山城的夜市准时热闹起来。")


def test_br_runs_split_one_cell_into_lines(table_page):
    lines = [b for b in table_page.blocks if b.kind == "line" and b.hint > 0]
    assert [b.text[:6] for b in lines] == ["傍晚七点，山", "卖凉粉的是一", "再往前是一位",
                                           "箱盖内侧贴着", "夜里十点，江"]
    # <br><br> leaves one blank line, a single <br> none (as in a text dump);
    # two full-width spaces indent by four columns, &nbsp; x4 by four.
    assert [b.gap_before for b in lines] == [0, 1, 1, 0, 1]
    assert [b.indent for b in lines] == [4, 4, 4, 0, 4]
    assert all(b.path == "body>table>tr>td" for b in lines)


def test_table_layout_navigation_and_footer_rank_below_article(table_page):
    article = min(b.hint for b in table_page.blocks if b.kind == "line" and "，" in b.text)
    for needle in ("首页 | 散文", "打印本文", "版权所有"):
        assert find(table_page, needle).hint < article


# --- JSON-LD page ---------------------------------------------------------------------------------

def test_jsonld_page_blocks_and_meta():
    page = load("en_jsonld_newsarticle.html")
    assert page.meta["date"] == "2022-06-14T08:30:00-04:00"
    assert page.meta["authors"] == ["Maria Lopez", "Tom Becker"]
    assert page.meta["container"].endswith("article.story>div.story-body")
    body = [b for b in page.blocks if b.path.endswith("div.story-body>p")]
    assert len(body) == 5 and all(b.hint > 2.0 for b in body)
    sub = find(page, "What happens next")
    assert (sub.kind, sub.level) == ("heading", 2) and sub.hint > 0
    caption = find(page, "The Gull Harbor lighthouse in May.")
    assert caption.kind == "caption"
    joined = "\n".join(texts(page))
    assert "cookies" not in joined              # aria-hidden banner
    assert "Enable JavaScript" not in joined    # noscript
    assert "Your email" not in joined and "Sign up" not in joined
    for needle in ("Business", "Summer ferry schedule", "Share on Facebook", "All rights reserved"):
        assert find(page, needle).hint < -1.0
    # An inline link inside a paragraph is part of the paragraph, counted as link text.
    dredge = find(page, "harbor dredging project")
    assert dredge.link_count == 1 and dredge.link_chars == len("harbordredgingproject")


# --- OpenGraph blog post: lists, quotes, code, comments ------------------------------------------

def test_opengraph_blog_blocks():
    page = load("en_opengraph_blog.html")
    steps = [b for b in page.blocks if b.kind == "li" and b.hint > 0]
    assert [b.text.split()[0] for b in steps] == ["The", "Both", "Each"]
    quote = find(page, "Nothing was lost for good")
    assert quote.kind == "p" and quote.hint > 0
    code = [b for b in page.blocks if b.kind == "pre"]
    assert [b.text for b in code] == ['with advisory_lock("timetable-import"):',
                                      "clear_departures()", "insert_departures(feed)"]
    assert [b.indent for b in code] == [0, 4, 4]
    for needle in ("Thanks for the clear write-up", "Did you consider", "Redrawing the network map",
                   "Archive", "Home › Engineering"):
        assert find(page, needle).hint < -1.0
    assert find(page, "Tags: outage").hint < 0


# --- Chinese CMS meta, pinyin class names ---------------------------------------------------------

def test_cms_page_pinyin_classes():
    page = load("zh_cms_meta.html")
    body = [b for b in page.blocks if "neirong" in b.path]
    assert len(body) == 4 and all(b.hint > 2.0 for b in body)
    for needle in ("您现在的位置", "老年大学秋季班", "暂无评论", "分享到", "增值电信业务"):
        assert find(page, needle).hint < -1.0
    assert page.meta["source"] == "来源：江南晚报"


def test_microdata_page():
    page = load("en_news_microdata.html")
    joined = "\n".join(texts(page))
    assert "tracking-pixel-text" not in joined       # hidden attribute
    address = [b for b in page.blocks if b.kind == "line"]
    assert [b.text for b in address] == ["The library is open Tuesday to Saturday.",
                                         "Low Marsh Library, Church Lane, LM4 2QT"]
    assert all(b.hint > 0 for b in address)
    assert find(page, "Most read").hint < -1.0
    assert find(page, "Libraries").hint < -1.0


# --- markup weights -------------------------------------------------------------------------------

@pytest.mark.parametrize("tag,cls,sign", [
    ("div", "article-content", 1), ("div", "articleBody", 1), ("div", "zhengwen", 1),
    ("div", "newsContent", 1), ("td", "neirong", 1), ("div", "entry-content", 1),
    ("div", "related-articles", -1), ("div", "comment-content", -1), ("div", "hotNews", -1),
    ("div", "sidebar", -1), ("div", "breadcrumb", -1), ("ul", "nav_list", -1),
    ("div", "footer", -1), ("div", "tuijian", -1), ("div", "pinglun", -1), ("div", "ad-slot", -1),
    ("nav", "", -1), ("aside", "", -1), ("article", "", 1), ("main", "", 1),
    ("div", "clearfix col-md-8", 0), ("div", "has-sidebar", 0), ("div", "no-comments", 0),
    ("header", "entry-header", 0), ("div", "photo", 0), ("div", "address", 0),
])
def test_element_weight_signs(tag, cls, sign):
    w = element_weight(tag, cls)
    assert (w > 0) - (w < 0) == sign, w


def test_roles_and_itemprop():
    assert element_weight("div", "", role="navigation") < -1
    assert element_weight("div", "", role="main") > 1
    assert element_weight("div", "", itemprop="articleBody") >= 2.5
    assert element_weight("div", "", itemtype="https://schema.org/Comment") < -1


# --- robustness and safety -----------------------------------------------------------------------

def test_empty_and_textless_input():
    for text in ("", "   ", "<html><body></body></html>", "<!-- nothing -->"):
        page = segment_html(text, "utf-8")
        assert page.blocks == [] and page.input_type == "html"


def test_plain_text_and_fragments():
    page = segment_html("just a sentence, no tags.", "utf-8")
    assert texts(page) == ["just a sentence, no tags."]
    page = segment_html("<p>one</p><p>two</p>", "utf-8")
    assert texts(page) == ["one", "two"] and [b.kind for b in page.blocks] == ["p", "p"]


def test_entities_are_decoded_and_external_entities_are_not_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    doc = (f'<!DOCTYPE html [<!ENTITY xx SYSTEM "{secret.as_uri()}">]>'
           '<html><body><p>a &amp; b&nbsp;c &lt;d&gt; &xx; &#x4E2D;</p>'
           '<img src="http://127.0.0.1:9/never-fetched.png"></body></html>')
    joined = "\n".join(texts(segment_html(doc, "utf-8")))
    assert "a & b c <d>" in joined and "中" in joined
    assert "TOP-SECRET" not in joined


def test_very_deep_nesting_is_bounded_and_fast():
    depth = 100_000
    doc = "<html><body><p>Before the tower, a paragraph.</p>" + "<div>" * depth + "deep" \
          + "</div>" * depth + "</body></html>"
    start = time.perf_counter()
    page = segment_html(doc, "utf-8")
    assert time.perf_counter() - start < 2.0
    assert page.blocks[0].text == "Before the tower, a paragraph."
    assert all(b.path.count(">") < nxhtml._PATH_SEGMENTS for b in page.blocks)
    # libxml2 stops at its depth limit and says so (a build without the limit would simply
    # give the deep text: either way nothing crashes and nothing is silently lost).
    assert any("limit" in w for w in page.warnings) or "deep" in texts(page)


def test_moderately_deep_nesting_keeps_text_and_compact_paths():
    doc = "<html><body>" + "<div class='x'>" * 200 + "<p>inner text, kept.</p>" \
          + "</div>" * 200 + "</body></html>"
    page = segment_html(doc, "utf-8")
    assert texts(page) == ["inner text, kept."]
    assert page.blocks[0].path.count(">") == nxhtml._PATH_SEGMENTS - 1
    assert page.blocks[0].path.endswith("div.x>p")


def test_input_size_is_bounded(monkeypatch):
    monkeypatch.setattr(nxhtml, "MAX_CHARS", 2000)
    doc = "<html><body><p>kept paragraph.</p>" + "<p>filler text here.</p>" * 400 \
          + "<p>LAST-PARAGRAPH</p></body></html>"
    page = segment_html(doc, "utf-8")
    assert page.blocks[0].text == "kept paragraph."
    assert "LAST-PARAGRAPH" not in "\n".join(texts(page))
    assert any("cut" in w for w in page.warnings)


def test_hidden_element_holding_the_whole_page_is_kept():
    doc = ("<html><body><div aria-hidden='true'><p>"
           + "The only article text, a long sentence. " * 20
           + "</p></div><p>short footer</p></body></html>")
    page = segment_html(doc, "utf-8")
    assert page.blocks[0].text.startswith("The only article text")
    assert any("hidden" in w for w in page.warnings)


def test_cjk_line_breaks_in_source_are_joined_latin_ones_are_spaces():
    page = segment_html("<p>第一行文字\n    接着第二行</p><p>first line\n  second line</p>", "utf-8")
    assert texts(page) == ["第一行文字接着第二行", "first line second line"]


def test_inline_elements_and_unknown_tags_stay_in_their_paragraph():
    doc = ("<div class='content'><p>An <b>inline</b> <a href='#'>link</a>, <o:p>office</o:p> "
           "<custom-tag>custom</custom-tag> and <span>span</span>.</p></div>")
    page = segment_html(doc, "utf-8")
    assert texts(page) == ["An inline link, office custom and span."]


def test_xhtml_with_an_xml_encoding_declaration_is_parsed():
    # lxml refuses a str carrying an encoding declaration; the segmenter hands libxml2 UTF-8
    # bytes, so the declaration (here a wrong one) is simply ignored.
    doc = ('<?xml version="1.0" encoding="utf-16"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
           "<head><title>T</title></head><body><p>Zweite Stra\u00dfe, \u4e2d\u6587\u3002</p>"
           "</body></html>")
    page = segment_html(doc, "utf-8")
    assert texts(page) == ["Zweite Stra\u00dfe, \u4e2d\u6587\u3002"]
    assert page.warnings == []


def test_lone_surrogates_do_not_cut_the_page():
    page = segment_html("<p>before \ud800 after</p><p>second paragraph</p>", "utf-8")
    assert texts(page) == ["before \ufffd after", "second paragraph"]


@pytest.mark.parametrize("tag,cls,ident", [
    ("div", "", ""), ("div", "article-content clearfix", ""), ("div", "", "zhengwen"),
    ("section", "RelatedArticles sidebarWidget", "side-1"), ("li", "menu-item menu-item-123", ""),
    ("div", "  padded   classes ", " spaced-id "), ("td", "text-center no-comments", "x"),
    ("header", "entry-header", ""), ("nav", "", ""), ("div", "newsContent", "artibody"),
    ("article", "XMLHttpRequest-Box", ""), ("div", "\u6b63\u6587 content", ""),
])
def test_container_signature_cache_agrees_with_element_weight(tag, cls, ident):
    # The walk scores containers through a cache keyed on (tag, class, id); it must give
    # exactly what element_weight and the path segment give for the same attributes.
    w, seg = nxhtml._container_info(tag, cls, ident)
    assert w == element_weight(tag, (cls + " " + ident) if ident else cls)
    assert seg == nxhtml._segment_name(None, tag, cls, ident)


@pytest.mark.parametrize("name", ["article-body", "content_2", "zw123abc", "navbar", "x",
                                  "\u00e9t\u00e9-list", "123", "", "aBc", "ABCDef", "newsContent"])
def test_class_tokens_fast_path_matches_the_general_split(name):
    general = [t.lower() for t in nxhtml._TOKEN_RE.findall(name)]
    assert nxhtml._tokens(name) == general


def _block_rows(page: Page) -> list:
    return [(b.text, b.kind, b.level, b.link_chars, b.link_count, b.path, b.hint, b.gap_before,
             b.indent) for b in page.blocks]


def test_results_do_not_depend_on_warm_caches():
    # Class/id scoring is cached across calls: a second call (warm) and a call after
    # clearing every cache (cold) must give the same page.
    text = (FIXTURES / "zh_portal_gbk.html").read_bytes().decode("gbk")
    first = segment_html(text, "gbk")
    for fn in (nxhtml._container_info, nxhtml.element_weight, nxhtml._name_evidence,
               nxhtml._token_weight):
        fn.cache_clear()
    cold = segment_html(text, "gbk")
    warm = segment_html(text, "gbk")
    assert _block_rows(first) == _block_rows(cold) == _block_rows(warm)
    assert first.meta == cold.meta == warm.meta


def test_link_text_inside_br_lines_pre_and_nested_links():
    doc = ("<html><body><div class='content'>"
           "<p>Read <a href='#'>the full report</a> here.</p>"
           "<td>line one<br><a href='#'>linked line</a><br><br>\u3000\u3000indented line</td>"
           "<pre>  code line\n    more code</pre>"
           "<a href='#'><div>block inside a link</div></a>"
           "</div></body></html>")
    page = segment_html(doc, "utf-8")
    rows = {b.text: b for b in page.blocks}
    assert rows["Read the full report here."].link_chars == len("thefullreport")
    assert rows["Read the full report here."].link_count == 1
    assert rows["linked line"].kind == "line" and rows["linked line"].link_count == 1
    assert rows["indented line"].gap_before == 1 and rows["indented line"].indent == 4
    assert rows["code line"].kind == "pre" and rows["more code"].indent == 4
    assert rows["block inside a link"].link_chars == len("blockinsidealink")


# --- the shared corpus ----------------------------------------------------------------------------

def _norm(s: str) -> str:
    return re.sub(r"\s+", "", s)


@pytest.mark.parametrize("corpus", ["zh-cwce-html", "en-sh-html"])
def test_corpus_body_text_lands_in_positive_blocks(corpus):
    """Characters of truth-body blocks: most must get hint > 0 (recall), and most hint > 0
    characters must be body (precision).  Also a loose speed check."""
    folder = CORPUS / corpus
    if not (folder / "manifest.jsonl").is_file():
        pytest.skip(f"corpus {corpus} not present in {CORPUS}")
    from newsx.decode import decode

    tp = fp = fn = 0
    spent = 0.0
    pages = 0
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        body = (entry.get("truth") or {}).get("body")
        if not body or entry.get("article") is False:
            continue
        decoded = decode((folder / entry["file"]).read_bytes())
        start = time.perf_counter()
        page = segment_html(decoded.text, decoded.encoding)
        spent += time.perf_counter() - start
        pages += 1
        truth = _norm(body)
        for b in page.blocks:
            t = _norm(b.text)
            in_body = t in truth
            if b.hint > 0:
                tp, fp = (tp + len(t), fp) if in_body else (tp, fp + len(t))
            elif in_body and len(t) >= 10:
                fn += len(t)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert recall >= 0.95, (precision, recall)
    assert precision >= 0.85, (precision, recall)
    assert spent / pages < 0.05   # generous: the target is ~3 ms/page


def test_utf8_bytes_given_by_the_decoder_give_the_same_page():
    # segment_html(text, utf8=text.encode()) parses the bytes as they are instead of encoding
    # the text again; the page must not differ, including the clean-ups of odd input.
    for doc in ("<html><body><p>第一段，中文。</p><div class='nav'>a <a href='#'>b</a></div>"
                "<p>Plain English, with a <b>bold</b> word.</p></body></html>",
                "\ufeff<p>a second BOM</p>", "<p>a\x00b</p>", "   ", "\x00 ", "just text"):
        plain = segment_html(doc, "utf-8")
        fast = segment_html(doc, "utf-8", utf8=doc.encode("utf-8"))
        assert [(b.text, b.kind, b.path, b.hint) for b in fast.blocks] == \
            [(b.text, b.kind, b.path, b.hint) for b in plain.blocks]
        assert fast.meta == plain.meta and fast.warnings == plain.warnings


# --- data tables: grids of short text cells are the article's -------------------------------------

_PROSE = ("青石镇的古桥修缮工程昨天完工，这座有一百多年历史的石拱桥重新向行人开放。工程历时八个月，"
          "施工队保留了原有的石料和桥形。镇政府介绍，修缮资金主要来自省级文物保护专项经费。")
_GRID_ROWS = "".join(f"<tr><td>0{n}专业方向</td><td>导师{n}</td><td>{n + 3}</td></tr>" for n in range(1, 6))


def test_data_table_after_the_layout_table_holding_the_article_continues_it():
    # an old table layout: the article in one cell, then "附：招生专业" and the programme grid
    # in a table of its own right after the article's table
    html = ("<html><body><table><tr><td class='nav'><a href='/'>首页</a></td></tr><tr><td>"
            f"<table><tr><td>{_PROSE}<br>{_PROSE}<br>附：招生专业及导师</td></tr></table>"
            f"<table border='1'><tr><th>专业</th><th>导师</th><th>人数</th></tr>{_GRID_ROWS}</table>"
            "</td></tr></table></body></html>")
    page = segment_html(html)
    cells = [b for b in page.blocks if b.kind == "td" and ("专业方向" in b.text or "导师" in b.text)]
    assert cells and all(b.hint >= 1.0 for b in cells)
    assert all(b.grid for b in cells)
    assert find(page, "附：招生专业").hint >= 1.0


def test_data_table_inside_the_article_gets_full_credit_unlike_a_caption_strip():
    # short unpunctuated cells inside the article: a grid is the article's data (full credit),
    # where a one-row strip of short cells (picture captions) stays a weak nested box
    html = (f"<html><body><div class='main'><p>{_PROSE}</p><p>{_PROSE}</p>"
            f"<table><tr><th>专业</th><th>导师</th><th>人数</th></tr>{_GRID_ROWS}</table>"
            "<table><tr><td>古桥全景</td><td>修缮现场</td></tr></table>"
            f"<p>{_PROSE}</p></div></body></html>")
    page = segment_html(html)
    assert find(page, "01专业方向").hint == find(page, _PROSE[:20]).hint
    assert find(page, "01专业方向").grid
    assert find(page, "古桥全景").hint < find(page, "01专业方向").hint
    assert not find(page, "古桥全景").grid
