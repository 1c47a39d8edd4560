"""Bytes -> text, with the encoding used and how it was found.

The goal is never to produce mojibake.  Detection runs cheapest-first and every guess is verified
against the bytes before it is accepted:

1. byte-order mark (UTF-8, UTF-16, UTF-32, GB18030);
2. UTF-16 without a BOM, recognised by NUL bytes and by which byte order reads as text;
3. for markup, the declared charset (``<meta charset>``, ``<meta http-equiv>``, ``<?xml encoding>``)
   when the bytes decode strictly with it and survive a sanity check (strict UTF-8 with real
   non-ASCII content overrules a legacy declaration; a double-byte reading that is noise, or a
   Western code page with paired high bytes, is compared with the other CJK readings);
4. strict UTF-8;
5. UTF-8 with a handful of broken sequences (truncated characters are common in real pages);
6. GB18030 (a superset of GB2312/GBK), accepted only when the decoded text reads as Chinese;
   this covers the common non-UTF-8 case without calling chardet;
7. the declared charset or GB18030 with under 1% invalid sequences (replaced, with a warning);
8. chardet on a bounded sample (64 KiB), verified by decoding the whole input;
9. last resort: the candidate needing the fewest replacement characters, with a warning.

Legacy names are widened to the superset browsers actually use (GB2312/GBK -> GB18030,
Big5 -> Big5-HKSCS, Latin-1/ASCII -> cp1252, EUC-KR -> cp949, Shift_JIS -> cp932) because pages
that declare the narrow name routinely contain characters only the superset has.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Iterable, List, Optional, Tuple

__all__ = ["Decoded", "decode", "sniff_input_type", "looks_binary", "normalize_encoding"]

# How much of the input the cheap sniffers and chardet look at.  Decoding itself always covers
# the whole input; only *guessing* is bounded, so detection cost does not grow with file size.
_HEAD_BYTES = 16 * 1024       # where a <meta charset> may live
_SNIFF_BYTES = 64 * 1024      # chardet sample and NUL-pattern sample
_SCORE_CHARS = 8192           # decoded characters examined by the plausibility scores
_QUICK_BYTES = 8192           # sample for ruling out damaged UTF-8


@dataclass(frozen=True)
class Decoded:
    """The decoded text of an input.

    ``encoding`` is a lowercase Python codec name (``"utf-8"``, ``"gb18030"``, ``"utf-16"``, ...);
    ``method`` says how it was chosen: ``"bom"``, ``"declared"``, ``"utf-8"``, ``"detected"``,
    ``"utf-16-nobom"``, ``"override"`` or ``"fallback"``.  ``warnings`` is non-empty when
    replacement characters were needed or the page's declaration was overruled.  ``utf8`` is
    ``text`` encoded as UTF-8 when the input already was exactly that (strict UTF-8, BOM
    removed), else None: the HTML parser works in UTF-8 and then needs no second encoding.
    """

    text: str
    encoding: str
    method: str
    warnings: List[str] = field(default_factory=list)
    utf8: Optional[bytes] = field(default=None, repr=False, compare=False)


# --------------------------------------------------------------------------------------------
# Encoding names

# Labels seen on real pages that Python does not know, mapped to the codec browsers use.
_EXTRA_ALIASES = {
    "x-gbk": "gbk",
    "gb_2312-80": "gb2312",
    "gb_2312": "gb2312",
    "x-gb2312": "gb2312",
    "x-euc-cn": "gb2312",
    "euc-cn": "gb2312",
    "x-big5": "big5",
    "big5-hkscs": "big5hkscs",
    "x-sjis": "shift_jis",
    "windows-31j": "cp932",
    "x-euc-jp": "euc_jp",
    "x-euc-kr": "euc_kr",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "windows-874": "cp874",
    "iso-8859-8-i": "iso8859_8",
    "x-mac-roman": "mac_roman",
    "x-mac-cyrillic": "mac_cyrillic",
    "unicode-1-1-utf-8": "utf-8",
    "x-unicode20utf8": "utf-8",
    "x-user-defined": "cp1252",
}

# Legacy charsets and the superset that decodes everything the legacy name is used for.
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
}

# Codecs in which one character may take several bytes.  Everything else we meet in pages is a
# single-byte code page, which decodes almost any byte string and so proves nothing by success.
_MULTIBYTE = frozenset({
    "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
    "gb2312", "gbk", "gb18030", "hz", "big5", "big5hkscs", "cp950",
    "shift_jis", "cp932", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004",
    "euc_jisx0213", "euc_kr", "cp949", "johab", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2",
    "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr",
})


def normalize_encoding(name: str) -> str:
    """Return the lowercase Python codec name for an encoding label; raise LookupError if unknown.

    Only text encodings are accepted (``base64`` or ``zlib`` are codecs but not encodings).
    """
    label = name.strip().strip("\"'").lower()
    label = _EXTRA_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        raise LookupError(f"unknown encoding: {name!r}") from None
    # bytes.decode refuses codecs that are not text encodings; reuse that check (an empty input
    # would skip it, and a decoding error on the probe byte is fine).
    try:
        b"a".decode(info.name)
    except LookupError:
        raise LookupError(f"not a text encoding: {name!r}") from None
    except ValueError:
        pass
    return info.name


def _widen(codec: str) -> List[str]:
    """The codecs to try for a declared or guessed codec: its superset first, then itself."""
    wide = _WIDEN.get(codec)
    return [wide, codec] if wide else [codec]


def _safe_normalize(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    try:
        return normalize_encoding(name)
    except LookupError:
        return None


# --------------------------------------------------------------------------------------------
# Small decoding helpers

def _strict(data: bytes, codec: str) -> Optional[str]:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _lenient(data: bytes, codec: str) -> Tuple[str, int]:
    """Decode with replacement; return the text and the number of replacement characters added."""
    text = data.decode(codec, "replace")
    # U+FFFD already present in the input would be counted too; that only makes us more careful.
    return text, text.count("\ufffd")


_ASCII_BYTES = bytes(range(0x80))


def _non_ascii_bytes(data: bytes) -> int:
    return len(data.translate(None, _ASCII_BYTES))


def _few_errors(errors: int, data: bytes) -> bool:
    """True when ``errors`` replaced sequences are a negligible share of the non-ASCII content.

    A wrong multi-byte codec fails on a large share of the non-ASCII bytes; a right codec on a
    page with a truncated character or two fails on well under 1%.
    """
    return 0 < errors and errors * 100 <= _non_ascii_bytes(data)


def _utf8_near_clean(text: str, errors: int) -> bool:
    """True when a lenient UTF-8 decoding is right apart from a few broken sequences.

    Valid multi-byte UTF-8 sequences almost never arise by chance in other encodings (GBK text
    yields roughly one per eight characters, single-byte text nearly none), so many valid
    non-ASCII characters per error mean the input is UTF-8 with some damage.
    """
    if errors <= 0:
        return False
    valid = len(text) - len(text.encode("ascii", "ignore")) - errors
    return valid >= 10 * errors


def _may_be_utf8(data: bytes) -> bool:
    """False when the first few KB already show too many invalid UTF-8 sequences."""
    # An incremental decoder does not count a character cut at the end of the sample.
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    text = decoder.decode(data[:_QUICK_BYTES], final=False)
    errors = text.count("\ufffd")
    return errors < 2 or _utf8_near_clean(text, errors)


def _finish(text: str, codec: str, method: str, warnings: Optional[List[str]] = None,
            utf8: Optional[bytes] = None) -> Decoded:
    # ``utf8``: the bytes ``text`` was strictly decoded from as UTF-8, if it was.
    if text.startswith("\ufeff"):
        text = text[1:]
        if utf8 is not None:
            utf8 = utf8[3:]
    return Decoded(text, codec, method, list(warnings or []), utf8)


def _replaced_warning(errors: int, codec: str) -> str:
    s = "" if errors == 1 else "s"
    return f"{errors} invalid byte sequence{s} in the input; decoded as {codec} with replacement characters"


# --------------------------------------------------------------------------------------------
# CJK plausibility: does a double-byte decoding read as language or as noise?

# Very frequent Chinese characters, simplified and traditional forms.  Real Chinese prose draws
# more than half of its ideographs from this set; Big5, Shift-JIS, EUC-KR or Latin bytes misread
# as GB18030 (they decode without error surprisingly often) land on it only by chance.
_COMMON_HANZI = (
    # simplified (and forms shared with traditional)
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能"
    "下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量"
    "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各"
    "重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代"
    "想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接"
    "知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北"
    "造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清美再采转更单风切打白"
    "教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集"
    "温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿"
    "千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存"
    "候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该"
    "铁价严"
    # traditional forms of frequent characters
    "這們個來國說時為會對發動經過後學麼還於長當實點從業開間樣關與東體現無機種給裡進問將電話義應"
    "頭見聽場議區計報導記總統務華萬變條認識處讓難題選舉灣臺陸兩員產濟爭軍戰黨際數農錢歷歲師網傳"
    "聯級親邊領轉達運門風車馬書圖團園專層屬幾廣張強歸復態權歡歐殺氣漢熱爾獨盡監眾確禮稱穩範節簡"
    "紀約紅結絕線編練續羅習聲職興舊號術衛裝製複規視覺觀訂討訊訪設許評試該語請調論證護讀財貨責貴"
    "買費資質購輕載較遠適鄉醫鐵銀陳隊隨險雙響類顯館體黨齊"
)
# Counting by deleting everything else is the fastest way to count members of a set with re.
_NOT_COMMON_RE = re.compile("[^" + _COMMON_HANZI + "]+")
_NOT_CJK_RE = re.compile("[^\u3400-\u9fff\uf900-\ufaff]+")
_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
# Readable letters for any CJK language: common hanzi, kana, hangul syllables.
_NOT_READABLE_RE = re.compile("[^" + _COMMON_HANZI + "\u3041-\u30ff\uac00-\ud7a3]+")
# Not letters: ASCII, Latin-1 punctuation, general punctuation, CJK symbols, fullwidth forms.
_NOT_LETTER_RE = re.compile("[\x00-\x7f\u00a0-\u00bf\u2000-\u206f\u3000-\u3040\uff00-\uff60]+")
_NON_ASCII_RE = re.compile("[^\x00-\x7f]")
# Share of ideographs (or letters) that must be common for a reading to count as language, and
# the count below which the score says nothing.  Measured: real Chinese pages score 0.55-0.85;
# Japanese, Korean, Big5, Cyrillic or Latin bytes misread as GB18030 score below 0.2.
_MIN_COMMON_SHARE = 0.3
_MIN_CJK = 12
# The codecs a double-byte page may really be in; all are supersets of their family.
_CJK_CODECS = ("gb18030", "big5hkscs", "cp932", "euc_jp", "cp949")
_CJK_FAMILY = frozenset(c for c in _MULTIBYTE if not c.startswith("utf"))


def _sample_from(text: str, pattern: "re.Pattern[str]") -> str:
    """A bounded sample starting where ``pattern`` first matches (empty if it never does).

    Starting at the first interesting character keeps a long ASCII head (scripts, styles) from
    hiding the text; the bound keeps the cost independent of the page size.
    """
    first = pattern.search(text)
    return "" if first is None else text[first.start():first.start() + _SCORE_CHARS]


def _chinese_score(text: str) -> Tuple[int, float]:
    """Return (number of CJK ideographs, share of them that are very common) in a text sample."""
    sample = _sample_from(text, _CJK_RE)
    ideographs = _NOT_CJK_RE.sub("", sample)
    cjk = len(ideographs)
    if not cjk:
        return 0, 0.0
    # the common hanzi are ideographs (a test checks it), so they can be counted among the
    # ideographs alone: a shorter string with far fewer runs to delete
    return cjk, len(_NOT_COMMON_RE.sub("", ideographs)) / cjk


def _reads_as_chinese(text: str) -> bool:
    """True when the text has enough ideographs and they are mostly common ones."""
    cjk, share = _chinese_score(text)
    return cjk >= _MIN_CJK and share >= _MIN_COMMON_SHARE


def _cjk_readability(text: str) -> Tuple[int, float]:
    """Return (non-ASCII letters, share of them that are common hanzi, kana or hangul).

    Unlike :func:`_chinese_score` this also rewards Japanese and Korean, so it can compare the
    readings of one byte string under several CJK codecs.
    """
    sample = _sample_from(text, _NON_ASCII_RE)
    letters = len(_NOT_LETTER_RE.sub("", sample))
    if not letters:
        return 0, 0.0
    return letters, len(_NOT_READABLE_RE.sub("", sample)) / letters


def _implausible(codec: str, text: str) -> bool:
    """True when a double-byte decoding has plenty of letters but they read as noise."""
    if codec not in _CJK_FAMILY:
        return False
    letters, share = _cjk_readability(text)
    return letters >= _MIN_CJK and share < _MIN_COMMON_SHARE


def _best_cjk_reading(data: bytes, skip: str) -> Optional[Tuple[str, str]]:
    """The most readable strict decoding of ``data`` among the CJK codecs other than ``skip``."""
    best: Optional[Tuple[float, str, str]] = None
    for codec in _CJK_CODECS:
        if codec == skip:
            continue
        text = _strict(data, codec)
        if text is None:
            continue
        letters, share = _cjk_readability(text)
        if letters >= _MIN_CJK and share >= _MIN_COMMON_SHARE and (best is None or share > best[0]):
            best = (share, codec, text)
    return None if best is None else (best[1], best[2])


_GB2312_PAIR_RE = re.compile(rb"[\xa1-\xf7][\xa1-\xfe]")


_ISO2022_CODECS = ("iso2022_jp", "iso2022_jp_2", "iso2022_kr")
_ISO2022_SHIFT_RE = re.compile(rb"\x1b(?:\$[@AB(]|\$\)[ACD]|\([BJ])")


def _decode_iso2022(data: bytes) -> Optional[Decoded]:
    """ISO-2022-JP (and its Korean sibling) when the bytes shift into a double-byte set and
    decode strictly; None for ASCII that merely holds an escape character."""
    if _ISO2022_SHIFT_RE.search(data) is None:
        return None
    for codec in _ISO2022_CODECS:
        text = _strict(data, codec)
        if text is not None and text != data.decode("ascii", "replace"):
            return _finish(text, codec, "detected")
    return None


def _gb_structured(data: bytes, gb_text: str) -> bool:
    """True when the non-ASCII bytes are nearly all GB2312 double-byte pairs (both bytes >= 0xA1).

    Latin text misread as GB18030 pairs an accented letter with the ASCII letter after it, and
    Big5 or Shift-JIS use trail bytes below 0xA1, so this shape is specific to GB2312/GBK (and
    EUC-KR/EUC-JP, which chardet recognises as multi-byte before this is asked).
    """
    cjk, common = _chinese_score(gb_text)
    # Thai (TIS-620) and other single-byte scripts living in 0xA1-0xFE pair up just as well,
    # but give ideographs almost none of which are common; real Chinese, even terse, has plenty.
    if cjk < _MIN_CJK or common < _MIN_COMMON_SHARE / 2:
        return False
    sample = data[:_SNIFF_BYTES]
    high = _non_ascii_bytes(sample)
    return high > 0 and 2 * len(_GB2312_PAIR_RE.findall(sample)) * 10 >= high * 9


# --------------------------------------------------------------------------------------------
# Byte-order marks and UTF-16 without one

_BOMS = (
    # UTF-32 LE must be tested before UTF-16 LE: its BOM starts with the UTF-16 LE BOM.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"\x84\x31\x95\x33", "gb18030"),
)


def _decode_bom(data: bytes) -> Optional[Decoded]:
    for bom, codec in _BOMS:
        if not data.startswith(bom):
            continue
        # utf-8-sig / utf-16 / utf-32 consume the BOM themselves; GB18030 leaves U+FEFF, which
        # _finish strips.
        use = "utf-8-sig" if codec == "utf-8" else codec
        text = _strict(data, use)
        if text is not None:
            return _finish(text, codec, "bom", utf8=data[len(bom):] if codec == "utf-8" else None)
        if codec == "utf-32":
            continue  # FF FE 00 00 may also be UTF-16 LE starting with U+0000
        text, errors = _lenient(data, use)
        return _finish(text, codec, "bom", [_replaced_warning(errors, codec)])
    return None


_ORDINARY_CHARS = (
    "\t\n\r\x0c\x20-\x7e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u2000-\u206f"
    "\u3000-\u303f\u3041-\u30ff\uac00-\ud7a3\uff00-\uffef" + _COMMON_HANZI)
_NOT_ORDINARY_RE = re.compile("[^" + _ORDINARY_CHARS + "]+")
# Share of ordinary characters (ASCII, Latin/Greek/Cyrillic letters, punctuation, kana, hangul,
# common hanzi) a UTF-16 reading needs.  Chinese text with rarer hanzi scores about 0.6-0.9;
# the wrong byte order or binary data scores near 0.
_MIN_ORDINARY_SHARE = 0.5


def _ordinary_share(text: str) -> float:
    sample = text[:_SCORE_CHARS]
    return len(_NOT_ORDINARY_RE.sub("", sample)) / len(sample) if sample else 0.0


def _decode_utf16_nobom(data: bytes) -> Optional[Decoded]:
    """UTF-16 without a BOM: NUL bytes (the high byte of ASCII characters and of U+3000 or 一)
    give it away, since 8-bit text has none; the byte order is the one that reads as text."""
    sample = data[:_SNIFF_BYTES]
    pairs = len(sample) // 2
    nuls = sample.count(0)
    if pairs < 2 or nuls < 2 or nuls * 100 < pairs:
        return None
    if nuls * 10 < pairs and _strict(data, "utf-8") is not None:
        # A few stray NULs in otherwise valid UTF-8 do not make it UTF-16.
        return None
    best: Optional[Tuple[float, str]] = None
    for codec in ("utf-16-le", "utf-16-be"):
        reading = sample[: pairs * 2].decode(codec, "replace")
        share = _ordinary_share(reading)
        if share >= _MIN_ORDINARY_SHARE and (best is None or share > best[0]):
            best = (share, codec)
    if best is None:
        return None
    codec = best[1]
    text = _strict(data, codec)
    warnings: List[str] = []
    if text is None:
        text, errors = _lenient(data, codec)
        if errors > 1 and not _few_errors(errors, data):
            return None
        warnings.append(_replaced_warning(errors, codec))
    return _finish(text, codec, "utf-16-nobom", warnings)


# --------------------------------------------------------------------------------------------
# Declared charsets

_META_CHARSET_RE = re.compile(
    r"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)
_XML_ENCODING_RE = re.compile(
    r"""<\?xml\b[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:\-]+)""", re.IGNORECASE)


def _declared_charset(head: str) -> Optional[str]:
    """The charset label declared by a meta tag (preferred, as browsers do) or an XML declaration."""
    match = _META_CHARSET_RE.search(head) or _XML_ENCODING_RE.search(head)
    return match.group(1) if match else None


def _mostly_paired_high_bytes(data: bytes) -> bool:
    """True when non-ASCII bytes come in runs, as in multi-byte encodings (or Cyrillic, Greek...).

    Western text in a single-byte code page has isolated accented letters; a page that declares
    such a charset but is full of high-byte runs deserves a second look.
    """
    sample = data[:_SNIFF_BYTES]
    high = _non_ascii_bytes(sample)
    if high < 20:
        return False
    paired = sum(len(run) for run in _HIGH_RUN_RE.findall(sample))
    return paired * 5 >= high * 4


_HIGH_RUN_RE = re.compile(rb"[\x80-\xff]{2,}")


def _decode_declared(data: bytes, label: str, utf8_text: Optional[str]) -> Optional[Decoded]:
    """Decode with the declared charset when the bytes agree with it, else return None."""
    codec = _safe_normalize(label)
    if codec is None:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        # An ASCII-compatible document cannot really be UTF-16; browsers read it as UTF-8.
        codec = "utf-8"
    if codec == "utf-8":
        return _finish(utf8_text, "utf-8", "declared", utf8=data) if utf8_text is not None else None

    if utf8_text is not None and _utf8_overrules(codec, utf8_text):
        # Strict UTF-8 with real non-ASCII content: the declaration is wrong.
        return _finish(utf8_text, "utf-8", "utf-8", [f"page declares {label}, but the bytes are UTF-8"],
                       utf8=data)

    for candidate in _widen(codec):
        text = _strict(data, candidate)
        if text is None:
            continue
        # A double-byte reading that is noise, or a single-byte page whose non-ASCII bytes come
        # in pairs, may be another encoding; keep the declaration unless a reading is better.
        if _implausible(candidate, text) or (
                candidate not in _MULTIBYTE and _mostly_paired_high_bytes(data)):
            better = _second_opinion(data, label, candidate)
            if better is not None:
                return better
        return _finish(text, candidate, "declared")
    return None


def _utf8_overrules(codec: str, utf8_text: str) -> bool:
    """Whether strict-UTF-8 bytes should be read as UTF-8 despite declaring ``codec``.

    Text in a single-byte code page is valid UTF-8 only if it is mojibake already, so any
    non-ASCII character settles it.  A double-byte encoding produces valid UTF-8 by chance for a
    character or two, so a few are required.
    """
    non_ascii = len(utf8_text) - len(utf8_text.encode("ascii", "ignore"))
    if codec not in _MULTIBYTE:
        return non_ascii > 0
    return non_ascii >= 4


def _second_opinion(data: bytes, label: str, current: str) -> Optional[Decoded]:
    """When a declared charset decodes but looks wrong, find a reading that is clearly better:
    UTF-8 with a few broken bytes, or a CJK codec whose reading is readable text."""
    note = f"page declares {label}, but the bytes are not {label}"
    text, errors = _lenient(data, "utf-8")
    if _utf8_near_clean(text, errors):
        return _finish(text, "utf-8", "detected", [note, _replaced_warning(errors, "utf-8")])
    best = _best_cjk_reading(data, skip=current)
    if best is not None:
        return _finish(best[1], best[0], "detected", [note])
    return None


# --------------------------------------------------------------------------------------------
# chardet

def _chardet_sample(data: bytes) -> bytes:
    """Up to 64 KiB of the input, starting near its first non-ASCII byte.

    A page whose first 64 KiB are ASCII markup would otherwise give chardet nothing to go on.
    """
    first = _FIRST_HIGH_RE.search(data)
    start = 0 if first is None else max(0, first.start() - 1024)
    sample = data[start:start + _SNIFF_BYTES]
    if start + _SNIFF_BYTES < len(data):
        # Cut at a line end so the sample does not end in half a character.
        cut = sample.rfind(b"\n", len(sample) - 4096)
        if cut > 0:
            sample = sample[:cut + 1]
    return sample


_FIRST_HIGH_RE = re.compile(rb"[\x80-\xff]")


def _chardet_guess(data: bytes) -> Optional[str]:
    """chardet's guess for a bounded sample, as a Python codec name (None if it has none)."""
    import chardet  # imported lazily: most inputs never need it, and loading it costs time

    try:
        result = chardet.detect(_chardet_sample(data))
    except Exception:  # a detector bug must not make a page undecodable; we have fallbacks
        return None
    return _safe_normalize(result.get("encoding"))


# --------------------------------------------------------------------------------------------
# Public API

def decode(data: bytes, *, encoding: Optional[str] = None) -> Decoded:
    """Decode the bytes of a saved page, detecting the encoding unless ``encoding`` is given.

    Always returns text, with replacement characters and a warning as a last resort.  Every
    guess is verified against the bytes, so a reading that decodes cleanly and reads as text is
    preferred over mojibake.  A leading U+FEFF is removed.  An unknown ``encoding`` name raises
    :class:`LookupError` (whose message names it).
    """
    if encoding is not None:
        return _decode_override(data, encoding)
    data = bytes(data)
    if not data:
        return Decoded("", "utf-8", "utf-8", [])

    found = _decode_bom(data) or _decode_utf16_nobom(data)
    if found is not None:
        return found

    utf8_text = _strict(data, "utf-8")

    declared_label: Optional[str] = None
    head = data[:_HEAD_BYTES].decode("latin-1")
    if sniff_input_type(head) == "html":
        declared_label = _declared_charset(head)
        if declared_label:
            found = _decode_declared(data, declared_label, utf8_text)
            if found is not None:
                return found

    if utf8_text is not None:
        if b"\x1b" in data:
            # ISO-2022 text is 7-bit, so it always passes as UTF-8; its shift sequences (which
            # no other page has) say what it is, and a strict decoding confirms it.
            found = _decode_iso2022(data)
            if found is not None:
                return found
        return _finish(utf8_text, "utf-8", "utf-8", utf8=data)

    # UTF-8 with a truncated character or two: far more likely than any other reading.  A
    # sample rules it out cheaply for the usual non-UTF-8 page.
    if _may_be_utf8(data):
        text, errors = _lenient(data, "utf-8")
        if _utf8_near_clean(text, errors):
            return _finish(text, "utf-8", "utf-8", [_replaced_warning(errors, "utf-8")])

    # The common non-UTF-8 case for this tool: GBK/GB18030 Chinese.  Cheaper than chardet and
    # checked for plausibility, because Big5 or EUC-KR bytes also decode as GB18030.
    gb_text = _strict(data, "gb18030")
    if gb_text is not None and _reads_as_chinese(gb_text):
        return _finish(gb_text, "gb18030", "detected")

    # A declared charset that fails on a few bytes beats a guess (chardet is often confidently
    # wrong on pages with broken characters).
    declared = _safe_normalize(declared_label)
    if declared is not None and not declared.startswith(("utf-8", "utf-16", "utf-32")):
        for candidate in _widen(declared):
            text, errors = _lenient(data, candidate)
            if _few_errors(errors, data) and not _implausible(candidate, text):
                return _finish(text, candidate, "declared", [_replaced_warning(errors, candidate)])
    text, errors = _lenient(data, "gb18030")
    if _few_errors(errors, data) and _reads_as_chinese(text):
        return _finish(text, "gb18030", "detected", [_replaced_warning(errors, "gb18030")])

    guess = _chardet_guess(data)
    tried: List[str] = []
    if guess is not None:
        for candidate in _widen(guess):
            tried.append(candidate)
            text = _strict(data, candidate)
            if text is None:
                continue
            if candidate not in _MULTIBYTE or _implausible(candidate, text):
                # chardet falls back to a single-byte code page when nothing fits its sample
                # well, and single-byte code pages decode anything: a readable CJK reading, or
                # bytes shaped like GB2312 pairs, beat it.
                best = _best_cjk_reading(data, skip=candidate)
                if best is not None:
                    return _finish(best[1], best[0], "detected")
                if gb_text is not None and _gb_structured(data, gb_text):
                    return _finish(gb_text, "gb18030", "detected")
            return _finish(text, candidate, "detected")
        for candidate in _widen(guess):
            text, errors = _lenient(data, candidate)
            if _few_errors(errors, data):
                return _finish(text, candidate, "detected", [_replaced_warning(errors, candidate)])
    if gb_text is not None and _gb_structured(data, gb_text):
        return _finish(gb_text, "gb18030", "detected")

    return _fallback(data, _unique([*tried, declared, "utf-8", "gb18030"]))


def _unique(names: Iterable[Optional[str]]) -> List[str]:
    seen: List[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen


def _fallback(data: bytes, candidates: List[str]) -> Decoded:
    """Decode with whichever candidate needs the fewest replacements, and say so."""
    best_text, best_codec, best_errors = "", "utf-8", -1
    for codec in candidates:
        try:
            text, errors = _lenient(data, codec)
        except LookupError:
            continue
        if best_errors < 0 or errors < best_errors:
            best_text, best_codec, best_errors = text, codec, errors
    warning = (f"no encoding decodes the input cleanly; decoded as {best_codec} "
               f"with replacement characters")
    return _finish(best_text, best_codec, "fallback", [warning])


def _decode_override(data: bytes, encoding: str) -> Decoded:
    """Decode with the user's encoding: strictly, then with its superset, then with replacement."""
    codec = normalize_encoding(encoding)  # LookupError for unknown names, by contract
    data = bytes(data)
    # The user's own codec first; then, for a double-byte codec, its superset (a page said to be
    # GBK with one GB18030-only character is still meant to be read as Chinese).
    candidates = [codec] + ([c for c in _widen(codec) if c != codec] if codec in _MULTIBYTE else [])
    for candidate in candidates:
        text = _strict(data, candidate)
        if text is not None:
            return _finish(text, candidate, "override", utf8=data if candidate == "utf-8" else None)
    text, errors = _lenient(data, codec)
    return _finish(text, codec, "override", [_replaced_warning(errors, codec)])


# --------------------------------------------------------------------------------------------
# Binary input

# Signatures that no text page starts with.  Printable ones a text could begin with ("MZ",
# "ID3", "RIFF") are left to the control-byte count, which catches their binary bodies.
_MAGIC = (
    b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"%PDF-",
    b"\x7fELF", b"\xfd7zXZ\x00", b"7z\xbc\xaf", b"\x00\x00\x01\x00", b"\xd0\xcf\x11\xe0",
)
# C0 controls that never occur in text files (tab, newlines, form feed and ESC, which ISO-2022
# encodings use, are allowed).
_TEXT_CONTROLS = b"\t\n\x0b\x0c\r\x1b"
_BINARY_CONTROLS = bytes(b for b in range(0x20) if b not in _TEXT_CONTROLS)
_KEEP_CONTROLS = bytes(b for b in range(256) if b not in _BINARY_CONTROLS)


def looks_binary(data: bytes) -> bool:
    """True when the input is evidently not text: a known binary signature, or NULs and control
    bytes that UTF-16/UTF-32 do not explain.  :func:`decode` still decodes such input."""
    sample = bytes(data[:8192])
    if not sample:
        return False
    if any(sample.startswith(bom) for bom, _codec in _BOMS):
        return False
    if sample.startswith(_MAGIC):
        return True
    if _decode_utf16_nobom(sample) is not None:
        return False
    controls = len(sample.translate(None, _KEEP_CONTROLS))
    nuls = sample.count(0)
    return nuls * 100 > len(sample) or controls * 20 > len(sample)


# --------------------------------------------------------------------------------------------
# HTML or text?

_LEADING_JUNK_RE = re.compile(r"(?:\s+|\ufeff|<!--.*?(?:-->|\Z))*", re.DOTALL)
# What may precede the first document-level element: whitespace, a BOM, comments and other tags
# (an XML declaration, a doctype, or a wrapper element some archives add).  Every branch can
# match a given position in one way only, so a failed match cannot backtrack exponentially.
_MARKUP_PREFIX_RE = re.compile(
    r"(?:\s|\ufeff|<!--(?:(?!-->).)*-->|<(?!!--)[A-Za-z?!][^<>]*>)*", re.DOTALL)
# Elements a document or a fragment starts with.
_START_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|base|script|style|noscript|frameset)"
    r"(?=[\s/>])", re.IGNORECASE)
# Ordinary body tags, opening or closing, with a bounded attribute list.
_TAG_RE = re.compile(
    r"</?(?:p|div|br|a|span|table|tr|td|th|tbody|thead|li|ul|ol|dl|dt|dd|img|h[1-6]|font|b|i|u|"
    r"strong|em|center|form|input|iframe|script|style|meta|link|section|article|header|footer|"
    r"nav|main|aside|hr|label|select|option|button|small|sup|sub|blockquote|pre|figure|"
    r"figcaption|time|noscript|title|head|body|html)(?=[\s/>])[^<>]{0,1000}>",
    re.IGNORECASE)
_SNIFF_CHARS = 8192
_MIN_TAGS = 6
_MAX_CHARS_PER_TAG = 300


def sniff_input_type(text: str) -> str:
    """"html" if the text is markup, else "text".

    Markup is recognised by how the document starts (after whitespace, BOM and comments:
    a doctype, <html>, <head>, <meta>, an XML declaration followed by <html>...) or by a
    density of ordinary tags in its first few KB.  A plain-text dump that merely mentions a
    tag, or shows lines like "<  2006年12月  >", stays "text".
    """
    first = _START_RE.search(text, 0, _SNIFF_CHARS)
    if first is not None and _MARKUP_PREFIX_RE.fullmatch(text, 0, first.start()):
        return "html"
    start = _LEADING_JUNK_RE.match(text, 0, _SNIFF_CHARS).end()
    window = text[start:start + _SNIFF_CHARS]
    tags = len(_TAG_RE.findall(window))
    if tags >= _MIN_TAGS and tags * _MAX_CHARS_PER_TAG >= len(window):
        return "html"
    return "text"
