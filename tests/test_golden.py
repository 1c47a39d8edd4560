"""Golden records for the text-dump fixtures in ``fixtures/text/``.

Every ``NAME.txt`` there that has a ``NAME.expected.json`` next to it is fed to
:func:`newsx.extract` as the bytes on disk (several encodings, see ``fixtures/text/encode.py``).
The expected record holds ``title``, ``source``, ``date``, ``authors`` and ``body`` (paragraphs
joined by ``\\n``), or ``{"article": false}`` for a page that holds no article.  An optional
``title_alternatives`` list names other headlines that are equally right (a two-line headline
may be given as its main line only).
"""
from __future__ import annotations

import functools
import importlib.util
import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

import newsx

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"
CASES = sorted(p.name[: -len(".expected.json")] for p in FIXTURES.glob("*.expected.json"))
ARTICLES = [n for n in CASES if json.loads((FIXTURES / f"{n}.expected.json").read_text("utf-8"))
            .get("article", True)]
NON_ARTICLES = [n for n in CASES if n not in ARTICLES]

BODY_F1_FLOOR = 0.95


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3100 <= o <= 0x312F or 0x3400 <= o <= 0x4DBF
            or 0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
            or 0x20000 <= o <= 0x3134F)


def tokens(text: str) -> list:
    """Body tokens: each CJK character is one token, each run of other alphanumerics is one
    (case-folded); punctuation and spaces separate and are dropped."""
    out, run = [], []
    for ch in unicodedata.normalize("NFKC", text):
        if ch.isalnum() and not _is_cjk(ch):
            run.append(ch)
            continue
        if run:
            out.append("".join(run).casefold())
            run = []
        if _is_cjk(ch):
            out.append(ch)
    if run:
        out.append("".join(run).casefold())
    return out


def bag_f1(truth: str, pred: str) -> float:
    """F1 over the multisets of tokens of two texts (0 when either is empty)."""
    t, p = Counter(tokens(truth)), Counter(tokens(pred))
    common = sum((t & p).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(t.values())
    return 2 * prec * rec / (prec + rec)


def _expected(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.expected.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def _extract(name: str):
    """The article newsx extracts from the fixture's bytes (once per test session)."""
    return newsx.extract((FIXTURES / f"{name}.txt").read_bytes())


def test_fixture_set_is_complete():
    """The fixture folder holds articles and at least one page without an article, and every
    expected record has a page next to it."""
    assert len(ARTICLES) >= 6 and NON_ARTICLES
    for name in CASES:
        assert (FIXTURES / f"{name}.txt").is_file(), name


def test_encoded_fixtures_match_their_sources():
    """The encoded fixtures are what encode.py makes from src/ (nobody edited the bytes by hand)."""
    spec = importlib.util.spec_from_file_location("fixtures_text_encode", FIXTURES / "encode.py")
    encode = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(encode)
    for name in encode.ENCODINGS:
        assert (FIXTURES / f"{name}.txt").read_bytes() == encode.encoded_bytes(name), name


def test_tokens_and_f1_helpers():
    """The body comparison itself behaves: CJK per character, words whole, order ignored."""
    assert tokens("新闻 News-Day 2020年") == ["新", "闻", "news", "day", "2020", "年"]
    assert bag_f1("甲乙丙丁", "丁丙乙甲") == 1.0
    assert bag_f1("甲乙丙丁", "") == 0.0
    assert 0.5 < bag_f1("甲乙丙丁", "甲乙丙") < 1.0


@pytest.mark.parametrize("name", ARTICLES)
def test_title(name):
    exp, art = _expected(name), _extract(name)
    allowed = [exp["title"], *exp.get("title_alternatives", [])]
    assert art.title in allowed


@pytest.mark.parametrize("name", ARTICLES)
def test_source(name):
    assert _extract(name).source == _expected(name)["source"]


@pytest.mark.parametrize("name", ARTICLES)
def test_date(name):
    assert _extract(name).date == _expected(name)["date"]


@pytest.mark.parametrize("name", ARTICLES)
def test_authors(name):
    assert list(_extract(name).authors) == _expected(name)["authors"]


@pytest.mark.parametrize("name", ARTICLES)
def test_body(name):
    exp, art = _expected(name), _extract(name)
    want = exp["body"].split("\n")
    got = [p.text for p in art.paragraphs]
    assert got, "no body found"
    # the ends are where boilerplate leaks in or the article gets cut: they must be exact
    assert got[0] == want[0]
    assert got[-1] == want[-1]
    f1 = bag_f1(exp["body"], art.body)
    assert f1 >= BODY_F1_FLOOR, f"body token F1 {f1:.3f}"


@pytest.mark.parametrize("name", NON_ARTICLES)
def test_no_article(name):
    art = _extract(name)
    assert art.is_empty, f"found a body on a page without an article: {art.body[:200]!r}"
