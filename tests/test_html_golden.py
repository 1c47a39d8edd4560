"""Golden records of the HTML fixtures in fixtures/html/ (pages written for this project).

Each fixture is extracted from its bytes as saved; the expected fields were read off the pages
by hand: the visible headline and byline, or the markup's metadata where the page has it.
"""
from pathlib import Path

import pytest

import newsx

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"

EXPECTED = {
    "en_jsonld_newsarticle.html": dict(
        title="Harbor town votes to restore its old lighthouse", date="2022-06-14T08:30:00-04:00",
        authors=("Maria Lopez", "Tom Becker"), language="en", paragraphs=6,
        first="Residents of Gull Harbor voted 412 to 188"),
    "en_news_microdata.html": dict(
        title="Village library reopens after flood repairs", date="2019-05-07T06:00:00Z",
        authors=("Daniel Okafor",), language="en", paragraphs=7,
        first="A village library that was closed for eleven months"),
    "en_opengraph_blog.html": dict(
        title="Why our tram timetable app went offline", date="2023-03-20T09:15:00+00:00",
        authors=("Priya Natarajan",), language="en", paragraphs=11,
        first="On Saturday morning our tram timetable app"),
    "zh_cms_meta.html": dict(
        title="社区食堂开进老旧小区 老人吃饭不再犯愁", source="江南晚报", date="2020-11-02T08:15:00",
        authors=("宋佳",), language="zh", paragraphs=3, first="11月1日中午，位于桂花巷的社区食堂"),
    "zh_portal_gbk.html": dict(
        title="青石镇古桥修缮完工 百年石拱重新通行", source="晨风日报", date="2021-03-05T10:20:31",
        authors=("林小雨",), language="zh", encoding="gb18030", paragraphs=5,
        first="本报讯（记者 林小雨）经过八个月的修缮"),
    "zh_table_br_wrong_charset.html": dict(
        title="山城夜市见闻", date="2004-08-12T21:05:33", authors=("江晚",), language="zh",
        encoding="utf-8", paragraphs=5, first="傍晚七点，山城的夜市准时热闹起来"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_html_fixture_record(name):
    expected = dict(EXPECTED[name])
    article = newsx.extract((HTML / name).read_bytes())
    assert article.input_type == "html"
    assert len(article.paragraphs) == expected.pop("paragraphs")
    assert article.paragraphs[0].text.startswith(expected.pop("first"))
    expected.setdefault("source", None)
    for key, value in expected.items():
        assert getattr(article, key) == value, key


def test_every_html_fixture_has_a_golden_record():
    assert sorted(p.name for p in HTML.glob("*.html")) == sorted(EXPECTED)
