"""Tests for newsx.decode: encoding detection without mojibake, binary sniffing, html/text sniffing.

Byte fixtures are built here from readable strings, so each test shows the text it expects back.
The corpus tests at the end use ../shared/corpus when it exists and skip otherwise.
"""
from __future__ import annotations

import codecs
import json
import time
from pathlib import Path

import pytest

import newsx.decode as decode_module
from newsx.decode import Decoded, decode, looks_binary, normalize_encoding, sniff_input_type

METHODS = {"bom", "declared", "utf-8", "detected", "utf-16-nobom", "override", "fallback"}

ZH = (
    "新华社北京电  国务院新闻办公室今天举行发布会，介绍今年上半年国民经济运行情况。"
    "国家统计局新闻发言人表示，上半年我国经济持续恢复，生产需求稳步增长，就业物价总体稳定。"
    "他说，下一步要坚持稳中求进的工作总基调，进一步扩大国内需求，推动经济实现质的有效提升。\n"
    "记者了解到，各地区各部门认真落实中央的决策部署，一些重点领域的改革取得了新的进展。\n"
)
ZH_TRAD = (
    "中央社台北電  行政院今天召開記者會，說明今年上半年的經濟發展情況。"
    "主計總處發言人表示，上半年國內經濟持續復甦，出口與投資穩定成長，就業市場大致平穩。"
    "他說，政府將持續推動產業轉型，擴大公共建設，並且加強對中小企業的支持。\n"
)
JA = (
    "東京都内では、今年の夏も厳しい暑さが続いています。気象庁によりますと、"
    "来週にかけて各地で気温が高くなる見込みで、熱中症への注意を呼びかけています。"
    "政府は新しい対策を発表し、専門家はこれを歓迎しました。\n"
)
KO = (
    "서울 시내에는 오늘 아침부터 많은 비가 내리고 있습니다. 기상청은 내일까지 전국에 "
    "비가 계속되겠다고 밝혔습니다. 정부는 새로운 경제 정책을 발표했으며, 전문가들은 "
    "이를 대체로 환영했습니다.\n"
)
RU = (
    "Экономика страны в прошлом году показала признаки восстановления. Правительство "
    "объявило о новой политике поддержки малого бизнеса, и эксперты в целом приветствовали "
    "это решение. По словам министра, рост продолжится и в следующем году.\n"
)
FR = (
    "L'économie française a montré des signes de reprise l'année dernière. Le gouvernement "
    "a annoncé une nouvelle politique — les experts l'ont saluée. « Ça coûte cher », a déclaré "
    "un élu à Noël, déjà fêté à Besançon. Les prévisions sont optimistes pour l'été.\n"
)
EN = (
    "The council voted on Tuesday to approve the new budget. “We’re pleased with the result,” "
    "the mayor said — adding that the city would hire more teachers next year. "
) * 3


def html_page(charset_tag: str, body: bytes) -> bytes:
    """A small HTML page: ASCII markup around a body in whatever bytes the test needs."""
    return (b"<!DOCTYPE html>\n<html><head>" + charset_tag.encode("ascii")
            + b"<title>t</title></head>\n<body><div><p>" + body + b"</p></div></body></html>\n")


def meta(charset: str) -> str:
    return f'<meta charset="{charset}">'


def check(result: Decoded) -> Decoded:
    """Invariants every result must satisfy."""
    assert result.method in METHODS
    assert result.encoding == result.encoding.lower()
    codecs.lookup(result.encoding)  # a real codec name
    assert not result.text.startswith("\ufeff")
    return result


# ----------------------------------------------------------------------------------------------
# Byte-order marks and UTF-16

@pytest.mark.parametrize("encoded, encoding", [
    (codecs.BOM_UTF8 + ZH.encode("utf-8"), "utf-8"),
    (ZH.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + ZH.encode("utf-16-be"), "utf-16"),
    (codecs.BOM_UTF16_LE + ZH.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF32_LE + ZH.encode("utf-32-le"), "utf-32"),
    (codecs.BOM_UTF32_BE + ZH.encode("utf-32-be"), "utf-32"),
    (b"\x84\x31\x95\x33" + ZH.encode("gb18030"), "gb18030"),
])
def test_bom_decides_and_is_stripped(encoded, encoding):
    result = check(decode(encoded))
    assert (result.text, result.encoding, result.method) == (ZH, encoding, "bom")
    assert result.warnings == []


def test_utf16_le_bom_followed_by_nul_is_not_utf32():
    data = codecs.BOM_UTF16_LE + "\x00abc".encode("utf-16-le")
    result = check(decode(data))
    assert (result.text, result.encoding) == ("\x00abc", "utf-16")


@pytest.mark.parametrize("text", [ZH, EN, ZH_TRAD + "　　第二段\n"], ids=["zh", "en", "zh-trad"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(text, codec):
    result = check(decode(text.encode(codec)))
    assert (result.text, result.encoding, result.method) == (text, codec, "utf-16-nobom")


def test_a_stray_nul_does_not_make_utf8_utf16():
    data = ("abc\x00def " + ZH).encode("utf-8")
    result = check(decode(data))
    assert result.encoding == "utf-8"
    assert result.text == "abc\x00def " + ZH


# ----------------------------------------------------------------------------------------------
# UTF-8 and the GB18030 fast path

def test_strict_utf8():
    result = check(decode(ZH.encode("utf-8")))
    assert (result.text, result.encoding, result.method, result.warnings) == (ZH, "utf-8", "utf-8", [])


def test_ascii_is_reported_as_utf8():
    result = check(decode(b"plain ascii\n"))
    assert (result.text, result.encoding) == ("plain ascii\n", "utf-8")


def test_empty_input():
    result = check(decode(b""))
    assert result.text == "" and result.warnings == []


@pytest.mark.parametrize("codec", ["gbk", "gb2312", "gb18030"])
def test_gbk_text_is_gb18030_without_chardet(codec, monkeypatch):
    calls = []
    monkeypatch.setattr(decode_module, "_chardet_guess", lambda data: calls.append(1))
    result = check(decode(ZH.encode(codec)))
    assert (result.text, result.encoding, result.method) == (ZH, "gb18030", "detected")
    assert calls == []  # the common case must not pay for chardet


def test_gb18030_four_byte_characters():
    text = ZH + "罕见字：𠀀𪚥，欧元符号€。\n"
    result = check(decode(text.encode("gb18030")))
    assert (result.text, result.encoding) == (text, "gb18030")


def test_large_gbk_page_decodes_quickly():
    data = html_page("", (ZH * 400).encode("gbk"))  # ~140 KB, no declared charset
    decode(data)  # warm-up (regex compilation, codec lookup)
    start = time.perf_counter()
    result = decode(data)
    elapsed = time.perf_counter() - start
    assert result.encoding == "gb18030" and "\ufffd" not in result.text
    assert elapsed < 0.05, f"decoding took {elapsed * 1000:.1f} ms"


# ----------------------------------------------------------------------------------------------
# chardet path: other encodings, verified against the whole input

@pytest.mark.parametrize("text, codec, expected", [
    pytest.param(ZH_TRAD * 2, "big5", {"big5hkscs", "cp950", "big5"}, id="big5"),
    pytest.param(JA * 2, "shift_jis", {"cp932", "shift_jis"}, id="shift_jis"),
    pytest.param(JA * 2, "euc_jp", {"euc_jp", "euc_jis_2004"}, id="euc_jp"),
    pytest.param(KO * 2, "euc_kr", {"cp949", "euc_kr"}, id="euc_kr"),
    pytest.param(RU * 2, "cp1251", {"cp1251"}, id="cp1251"),
    pytest.param(RU * 2, "koi8_r", {"koi8-r"}, id="koi8_r"),
    pytest.param(FR * 2, "cp1252", {"cp1252"}, id="cp1252"),
    pytest.param(FR.replace("—", "-") * 2, "latin-1", {"cp1252", "iso8859-1", "iso8859-15"}, id="latin-1"),
])
def test_legacy_encodings_round_trip(text, codec, expected):
    result = check(decode(text.encode(codec)))
    assert result.text == text
    assert result.encoding in expected
    assert result.method == "detected"
    assert result.warnings == []


TH = (
    "รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือธุรกิจขนาดเล็กเมื่อวันพุธ "
    "รัฐมนตรีกล่าวว่าโครงการจะครอบคลุมบริษัทมากกว่าหนึ่งหมื่นแห่ง\n"
)


@pytest.mark.parametrize("codec", ["cp874", "tis_620"])
def test_thai_is_not_read_as_gb2312_pairs(codec):
    # Thai letters all sit in 0xA1-0xFB, so the bytes look like GB2312 pairs and decode as
    # GB18030; the ideographs that come out are almost never common ones.
    data = (TH * 4).encode(codec)
    assert data.decode("gb18030")  # the trap is real
    result = check(decode(data))
    assert result.text == TH * 4
    assert result.encoding == "cp874"


@pytest.mark.parametrize("codec", ["iso2022_jp", "iso2022_jp_2"])
def test_iso2022_jp_is_not_taken_for_ascii_utf8(codec):
    data = (JA * 2).encode(codec)
    assert data.isascii()  # 7-bit, so strict UTF-8 accepts it
    result = check(decode(data))
    assert result.text == JA * 2
    assert result.encoding.startswith("iso2022_jp")


def test_an_escape_character_alone_keeps_utf8():
    text = "Progress: \x1b[32mdone\x1b[0m (ESC $ is not a shift here: \x1b$x)\n"
    result = check(decode(text.encode("utf-8")))
    assert result.text == text
    assert result.encoding == "utf-8"


def test_short_latin1_text_is_not_read_as_chinese():
    # Every accented letter here is followed by an ASCII letter, so the bytes are valid GB18030.
    text = "Zürich und München sind schön."
    data = text.encode("latin-1")
    assert data.decode("gb18030")  # the trap is real
    result = check(decode(data))
    assert result.text == text


def test_long_german_text_valid_as_gb18030_is_still_german():
    text = "Über die Größe der Märkte schrieb Jürgen Müller: Bäckereien öffnen früher. " * 8
    data = text.encode("cp1252")
    assert data.decode("gb18030")  # valid GB18030, but nonsense
    result = check(decode(data))
    assert result.text == text


# ----------------------------------------------------------------------------------------------
# Declared charsets

def test_meta_charset_gb2312():
    result = check(decode(html_page(meta("gb2312"), ZH.encode("gbk"))))
    assert ZH in result.text
    assert (result.encoding, result.method) == ("gb18030", "declared")


def test_meta_http_equiv_big5():
    tag = '<meta http-equiv="Content-Type" content="text/html; charset=big5">'
    result = check(decode(html_page(tag, ZH_TRAD.encode("big5"))))
    assert ZH_TRAD in result.text
    assert (result.encoding, result.method) == ("big5hkscs", "declared")


def test_xml_declaration():
    data = b'<?xml version="1.0" encoding="shift_jis"?>\n' + html_page("", JA.encode("shift_jis"))
    result = check(decode(data))
    assert JA in result.text
    assert (result.encoding, result.method) == ("cp932", "declared")


@pytest.mark.parametrize("label, text, codec, expected_codec, extra", [
    ("gb2312", ZH, "gb18030", "gb18030", "𠀀"),         # GB18030-only character
    ("big5", ZH_TRAD, "big5hkscs", "big5hkscs", "嘅"),  # HKSCS-only character
    ("shift_jis", JA, "cp932", "cp932", "①"),          # Windows-31J-only character
    ("euc-kr", KO, "cp949", "cp949", "똠"),             # UHC-only syllable
    ("iso-8859-1", FR, "cp1252", "cp1252", "“€”"),     # C1 bytes are cp1252 punctuation
])
def test_declared_legacy_names_are_widened(label, text, codec, expected_codec, extra):
    body = text + extra
    result = check(decode(html_page(meta(label), body.encode(codec))))
    assert body in result.text
    assert (result.encoding, result.method) == (expected_codec, "declared")


def test_declared_latin1_that_is_utf8_is_utf8():
    result = check(decode(html_page(meta("iso-8859-1"), FR.encode("utf-8"))))
    assert FR in result.text
    assert result.encoding == "utf-8"
    assert any("iso-8859-1" in w for w in result.warnings)


def test_declared_gb2312_that_is_utf8_is_utf8():
    result = check(decode(html_page(meta("gb2312"), ZH.encode("utf-8"))))
    assert ZH in result.text
    assert result.encoding == "utf-8"


def test_declared_utf8_that_is_gbk_is_gbk():
    result = check(decode(html_page(meta("utf-8"), ZH.encode("gbk"))))
    assert ZH in result.text
    assert result.encoding == "gb18030"


def test_declared_gb2312_that_is_big5_is_big5():
    # Big5 bytes decode without error as GB18030 -- into nonsense.
    data = html_page(meta("gb2312"), ZH_TRAD.encode("big5"))
    assert data.decode("gb18030")
    result = check(decode(data))
    assert ZH_TRAD in result.text
    assert result.encoding == "big5hkscs"
    assert result.warnings


def test_declared_windows1252_that_is_gbk_is_gbk():
    result = check(decode(html_page(meta("windows-1252"), ZH.encode("gbk"))))
    assert ZH in result.text
    assert result.encoding == "gb18030"
    assert result.warnings


@pytest.mark.parametrize("label, text, codec", [
    ("windows-1251", RU, "cp1251"),
    ("koi8-r", RU, "koi8_r"),
    ("windows-1252", FR, "cp1252"),
])
def test_correct_single_byte_declarations_are_kept(label, text, codec):
    result = check(decode(html_page(meta(label), text.encode(codec))))
    assert text in result.text
    assert (result.encoding, result.method, result.warnings) == (codec.replace("_", "-"), "declared", [])


def test_unknown_declared_charset_is_ignored():
    result = check(decode(html_page(meta("x-no-such-charset"), ZH.encode("gbk"))))
    assert ZH in result.text and result.encoding == "gb18030"


def test_charset_mentioned_in_a_text_dump_is_not_a_declaration():
    text = "示例代码：<meta charset=\"big5\"> 用来声明编码。\n" + ZH
    result = check(decode(text.encode("gbk")))
    assert (result.text, result.encoding) == (text, "gb18030")


# ----------------------------------------------------------------------------------------------
# Damaged input

def test_utf8_with_one_broken_sequence():
    data = EN.encode("utf-8")
    data = data[:40] + b"\xe2\x80" + data[40:]  # a truncated three-byte character
    result = check(decode(data))
    assert result.encoding == "utf-8"
    assert result.text.count("\ufffd") == 1
    assert result.text.replace("\ufffd", "") == EN
    assert len(result.warnings) == 1 and "1 invalid byte sequence" in result.warnings[0]


def test_gbk_with_a_truncated_character():
    good = (ZH * 3).encode("gbk")
    data = good[:300] + b"\xd6" + b" " + good[300:]  # lead byte without trail
    result = check(decode(data))
    assert result.encoding == "gb18030"
    assert result.text.count("\ufffd") == 1
    assert ZH in result.text
    assert result.warnings


def test_declared_gbk_with_a_few_broken_bytes_keeps_the_declaration():
    body = (ZH * 3).encode("gbk")
    body = body[:200] + b"\xb0 " + body[200:]
    result = check(decode(html_page(meta("gbk"), body)))
    assert (result.encoding, result.method) == ("gb18030", "declared")
    assert result.text.count("\ufffd") == 1
    assert result.warnings


def test_random_bytes_fall_back_with_a_warning():
    data = bytes((i * 7919 + 13) % 256 for i in range(4000))
    result = check(decode(data))
    assert result.method == "fallback"
    assert result.text  # always returns something
    assert any("no encoding decodes the input cleanly" in w for w in result.warnings)


# ----------------------------------------------------------------------------------------------
# Override

def test_override_is_used():
    result = check(decode(ZH.encode("gbk"), encoding="GBK"))
    assert (result.text, result.encoding, result.method, result.warnings) == (ZH, "gbk", "override", [])


def test_override_narrow_chinese_name_uses_superset():
    text = ZH + "𠀀"
    result = check(decode(text.encode("gb18030"), encoding="gb2312"))
    assert (result.text, result.encoding, result.method) == (text, "gb18030", "override")


def test_override_that_does_not_fit_replaces_and_warns():
    result = check(decode(ZH.encode("utf-8"), encoding="ascii"))
    assert (result.encoding, result.method) == ("ascii", "override")
    assert "\ufffd" in result.text
    assert result.warnings and "ascii" in result.warnings[0]


def test_override_strips_bom():
    result = check(decode(codecs.BOM_UTF8 + b"abc", encoding="utf-8"))
    assert result.text == "abc"


def test_override_wins_over_detection():
    # Valid UTF-8, but the user knows better.
    data = "cafÃ©".encode("utf-8")
    assert decode(data).text == "cafÃ©"
    assert decode(data, encoding="cp1252").text == "cafÃƒÂ©"


@pytest.mark.parametrize("name", ["no-such-encoding", "base64", "rot13", ""])
def test_unknown_override_raises_lookup_error(name):
    with pytest.raises(LookupError) as info:
        decode(b"abc", encoding=name)
    assert repr(name) in str(info.value)


@pytest.mark.parametrize("label, name", [
    ("UTF8", "utf-8"), ("GB2312", "gb2312"), ("x-gbk", "gbk"), ("Big5", "big5"),
    ("Shift_JIS", "shift_jis"), ("windows-1252", "cp1252"), ("latin1", "iso8859-1"),
    ("ks_c_5601-1987", "cp949"), ("UTF-16LE", "utf-16-le"),
])
def test_normalize_encoding(label, name):
    assert normalize_encoding(label) == name


# ----------------------------------------------------------------------------------------------
# Binary input

@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    b"\x1f\x8b\x08\x00" + bytes(200),
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
    bytes((i * 7919 + 13) % 256 for i in range(4000)),
    b"abc\x00\x01\x02\x03def\x00\x00\x05\x06" * 50,
])
def test_looks_binary(data):
    assert looks_binary(data)


@pytest.mark.parametrize("data", [
    b"",
    ZH.encode("gbk"),
    ZH.encode("utf-8"),
    ZH.encode("utf-16"),
    ZH.encode("utf-16-le"),
    EN.encode("utf-16-be"),
    (JA * 3).encode("iso2022_jp"),  # ESC sequences are text
    html_page(meta("gbk"), ZH.encode("gbk")),
    "Tab\tand\fform feed\r\n".encode("ascii"),
    b"MZ Wallace opens a store in Soho.\n",  # starts like a Windows executable
])
def test_text_is_not_binary(data):
    assert not looks_binary(data)


# ----------------------------------------------------------------------------------------------
# html or text

@pytest.mark.parametrize("text", [
    "<!DOCTYPE html><html><body><p>x</p></body></html>",
    "\ufeff\n\n  <!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<HTML><BODY>x</BODY></HTML>",
    "<html>\n<head><title>新闻</title></head><body>正文</body></html>",
    "<!-- saved from url=(0045)http://example.com/ -->\n<!-- another -->\n<html><body>x</body></html>",
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" '
    '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">',
    '<meta charset="utf-8"><title>t</title><p>text</p>',
    '<text id="http://example.com/a.html" title="t" encoding="gb2312">\n\n\n<html>\n<head>',
    '<text id="http://example.com/a.html">\n\n<script>\nfunction f() { return 1; }\n</script>\n',
    "<div class=\"article\"><p>第一段。</p><p>第二段。</p><p>第三段。<br>续</p></div>",
])
def test_sniff_html(text):
    assert sniff_input_type(text) == "html"


@pytest.mark.parametrize("text", [
    "",
    ZH,
    "How to centre a <div> in CSS\n" + EN * 5,
    "<\t2006年12月\t>\n日\t一\t二\t三\t四\t五\t六\n" + ZH * 3,
    "<  2006年12月  >\n" + ZH,
    "首页 > 新闻 > 国内\n" + ZH + "\n上一篇 << 下一篇 >>\n",
    ZH + "\n网页标题用 <title> 标签表示，段落用 <p> 标签。\n" + ZH * 3,
    "a < b and c > d\n" * 20,
])
def test_sniff_text(text):
    assert sniff_input_type(text) == "text"


def test_sniff_is_bounded_on_pathological_input():
    text = "<!-- x -->" * 5000 + "plain text " + "<a " * 20000
    start = time.perf_counter()
    assert sniff_input_type(text) == "text"
    assert time.perf_counter() - start < 0.5


# ----------------------------------------------------------------------------------------------
# Real pages (../shared/corpus); skipped where the shared data is not present

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

# Frequent characters for the mojibake check: real Chinese text is full of them, and GBK read as
# Latin-1 (or Big5 read as GBK) has none.
FREQUENT = "的一是在不了有人这中大为上个国我以要他时来用们生到作地于出就"
MOJIBAKE_MARKS = ("Ã", "â€", "Â", "ï»¿")


def corpus_pages(name):
    manifest = CORPUS / name / "manifest.jsonl"
    if not manifest.is_file():
        pytest.skip(f"shared corpus {name} not available at {CORPUS}")
    with manifest.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                entry = json.loads(line)
                yield entry, (CORPUS / name / entry["file"]).read_bytes()


@pytest.mark.parametrize("name", ["zh-cwce-text-chromium", "zh-cwce-text-w3m", "en-sh-text-chromium"])
def test_corpus_text_dumps_decode_like_their_manifest(name, monkeypatch):
    calls = []
    real_guess = decode_module._chardet_guess
    monkeypatch.setattr(decode_module, "_chardet_guess",
                        lambda data: calls.append(1) or real_guess(data))
    count = 0
    for entry, data in corpus_pages(name):
        declared = {"gbk": "gb18030"}.get(entry["encoding"], entry["encoding"])
        expected = data.decode(declared)
        if expected.startswith("\ufeff"):
            expected = expected[1:]
        result = check(decode(data))
        assert result.text == expected, f"{entry['id']}: decoded as {result.encoding}"
        assert result.warnings == [], entry["id"]
        count += 1
    assert count > 0
    assert calls == [], "chardet was needed for a UTF-8/GBK/UTF-16 text dump"


def test_corpus_html_pages_have_no_mojibake():
    count = 0
    for entry, data in corpus_pages("zh-cwce-html"):
        result = check(decode(data))
        text = result.text
        assert result.method != "fallback", entry["id"]
        clean = False
        for codec in ("utf-8", "gb18030", "big5hkscs"):
            try:
                data.decode(codec)
                clean = True
            except UnicodeDecodeError:
                pass
        if clean:
            assert "\ufffd" not in text, f"{entry['id']}: replacement characters in a clean page"
        else:
            # A few truncated characters in the page itself: replaced, and said so.
            assert result.warnings, entry["id"]
            assert text.count("\ufffd") * 1000 < len(text), entry["id"]
        cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
        frequent = sum(text.count(ch) for ch in FREQUENT)
        assert cjk > 100, f"{entry['id']}: only {cjk} Chinese characters"
        assert frequent * 20 >= cjk, f"{entry['id']}: Chinese text reads as noise"
        for mark in MOJIBAKE_MARKS:
            assert mark not in text, f"{entry['id']}: mojibake {mark!r}"
        count += 1
    assert count > 0


@pytest.mark.parametrize("name", ["zh-cwce-html", "zh-cwce-text-chromium", "zh-cwce-text-w3m",
                                  "en-sh-html", "en-sh-text-chromium"])
def test_corpus_input_type_is_sniffed(name):
    for entry, data in corpus_pages(name):
        assert not looks_binary(data), entry["id"]
        assert sniff_input_type(decode(data).text) == entry["kind"], entry["id"]


def test_corpus_decoding_is_fast():
    pages = []
    for name in ("zh-cwce-html", "zh-cwce-text-chromium", "zh-cwce-text-w3m"):
        pages.extend(data for _entry, data in corpus_pages(name))
    for data in pages[:3]:
        decode(data)  # warm-up
    start = time.perf_counter()
    for data in pages:
        decode(data)
    per_page = (time.perf_counter() - start) / len(pages)
    # Typically well under a millisecond; the bound only catches pathological regressions
    # (e.g. chardet on every page or a quadratic regex) on a slow machine.
    assert per_page < 0.02, f"{per_page * 1000:.1f} ms per page"



@pytest.mark.parametrize("data, has_utf8", [
    (html_page(meta("utf-8"), ZH.encode("utf-8")), True),          # declared
    (ZH.encode("utf-8"), True),                                      # strict UTF-8
    (codecs.BOM_UTF8 + codecs.BOM_UTF8 + EN.encode("utf-8"), True),  # BOM (and a second one)
    (html_page(meta("gbk"), ZH.encode("gbk")), False),               # not UTF-8: no bytes
    (ZH.encode("utf-16"), False),
])
def test_utf8_bytes_come_with_the_text_only_when_they_are_its_encoding(data, has_utf8):
    result = check(decode(data))
    if has_utf8:
        assert result.utf8 == result.text.encode("utf-8")
    else:
        assert result.utf8 is None
    assert decode(data, encoding="utf-8").utf8 in (None, decode(data, encoding="utf-8").text.encode())


def test_chinese_score_counts_common_hanzi_among_the_ideographs():
    # ideographs: 的 一 是 龘 (4); common: 的 一 是 (3); Latin, digits and marks count for neither
    assert decode_module._chinese_score("abc 的一，是 12 龘!") == (4, 0.75)
    assert decode_module._chinese_score("no ideographs here") == (0, 0.0)
    # what lets _chinese_score count the common hanzi among the ideographs alone
    assert decode_module._NOT_CJK_RE.search(decode_module._COMMON_HANZI) is None


def test_the_library_gives_no_article_for_binary_data():
    # (the CLI says "binary file" before extracting; a library caller gets the reason)
    import random

    from newsx import extract

    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(50000))
    article = extract(junk)
    assert article.is_empty and article.body == ""
    assert article.reason == "no article: binary data, not a page"
    # UTF-16 text is no binary data
    assert extract("青石镇的古桥修缮工程昨天完工。".encode("utf-16")).reason != article.reason
