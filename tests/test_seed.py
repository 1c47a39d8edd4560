"""Acceptance criteria on the seed page (``fixtures/text/seed-gansu.txt``, the project's own page).

The same page must give the same record whatever its encoding and whichever way it reaches
newsx: the library, the CLI on a file, the CLI on standard input, and the CLI writing to ``-o DIR``.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsx

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "text" / "seed-gansu.txt"

FULL_TITLE = "共促和谐发展新格局 文县舟曲县九寨沟县探索跨省结对共建模式记略"
MAIN_TITLE = "共促和谐发展新格局"

# Lines (or pieces of lines) of the portal around the article; none may reach the body.
NOT_BODY = (
    "甘南新闻 合作新闻",      # channel bar
    "地方网 > 甘肃",          # breadcrumb
    "来源",                   # byline
    "yybnet",                 # byline URL
    "本报记者",               # author line
    "新闻推荐",
    "鲲鹏展翅",
    "舟曲新闻,讲述",          # channel blurb
    "相关新闻",
    "高原春耕",
    "猜你喜欢",
    "评论",
    "频道推荐",
    "漳县检察院",             # first item of 频道推荐
    "热点阅读",
    "文牧野",
    "图文看点",
    "热点排行",
)

ENCODINGS = ("utf-8", "gbk", "gb18030", "utf-16")


def seed_bytes(encoding: str) -> bytes:
    """The seed page saved in ``encoding``.

    GBK has neither NO-BREAK SPACE nor the bullet U+2022, so a GBK save of this page holds a
    plain space and the GBK middle dot instead; every other encoding keeps the text as it is.
    """
    text = SEED.read_text(encoding="utf-8")
    if encoding == "gbk":
        text = text.replace("\u00a0", " ").replace("\u2022", "\u00b7")
    return text.encode(encoding)


def check_record(rec: dict) -> None:
    """Assert the seed's record (a dict shaped like ``Article.to_dict()``)."""
    assert rec["title"] in (FULL_TITLE, MAIN_TITLE)
    assert rec["source"] == "甘肃日报"
    assert rec["date"] == "2015-07-15T13:53"
    assert set(rec["authors"]) == {"周者军", "刘二银"}
    body = rec["body"]
    assert body.startswith("一条中路河")
    assert body.endswith("助推器。”")
    for piece in NOT_BODY:
        assert piece not in body, f"{piece!r} leaked into the body"
    # the in-article subheadings are body, not boilerplate
    for heading in ("“联建”促进发展", "“联亲”构建和谐", "“联手”强化服务"):
        assert heading in body.split("\n")


def run_cli(*args: str, stdin: bytes = b"", cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run ``python -m newsx ARGS`` and return the finished process (stdout as bytes)."""
    return subprocess.run([sys.executable, "-m", "newsx", *args], input=stdin,
                          capture_output=True, cwd=str(cwd), timeout=120)


def jsonl_records(out: bytes) -> list:
    """The records of a JSON Lines output."""
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


def test_seed_bytes_differ_per_encoding():
    """The encoded copies really are different byte strings (the test exercises decoding)."""
    assert len({seed_bytes(e) for e in ENCODINGS}) == len(ENCODINGS)
    assert seed_bytes("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff")


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_library(encoding):
    art = newsx.extract(seed_bytes(encoding))
    check_record(art.to_dict())
    assert not art.is_empty


def test_library_from_str():
    """Already-decoded text takes the same path."""
    check_record(newsx.extract(SEED.read_text(encoding="utf-8")).to_dict())


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_cli_file(tmp_path, encoding):
    page = tmp_path / f"seed-{encoding}.txt"
    page.write_bytes(seed_bytes(encoding))
    proc = run_cli("extract", "--format", "jsonl", str(page))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    recs = jsonl_records(proc.stdout)
    assert len(recs) == 1
    assert recs[0]["path"] == str(page)
    check_record(recs[0])


def test_cli_file_json(tmp_path):
    page = tmp_path / "seed.txt"
    page.write_bytes(seed_bytes("utf-8"))
    proc = run_cli("extract", "--format", "json", str(page))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    rec = json.loads(proc.stdout.decode("utf-8"))
    if isinstance(rec, list):  # a JSON array of one record is fine too
        assert len(rec) == 1
        rec = rec[0]
    check_record(rec)


@pytest.mark.parametrize("encoding", ("utf-8", "gbk", "utf-16"))
def test_cli_stdin(encoding):
    proc = run_cli("extract", "--format", "jsonl", "-", stdin=seed_bytes(encoding))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    recs = jsonl_records(proc.stdout)
    assert len(recs) == 1
    check_record(recs[0])


@pytest.mark.parametrize("fmt", ("markdown", "text"))
def test_cli_readable_formats(fmt):
    """Markdown and text carry the title and the body, none of the portal around them."""
    proc = run_cli("extract", "--format", fmt, "-", stdin=seed_bytes("gb18030"))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    out = proc.stdout.decode("utf-8")
    assert MAIN_TITLE in out
    assert "一条中路河" in out and "助推器。”" in out
    for piece in ("甘南新闻 合作新闻", "新闻推荐", "猜你喜欢", "热点排行", "漳县检察院"):
        assert piece not in out


def test_cli_output_dir(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "seed-gbk.txt").write_bytes(seed_bytes("gbk"))
    out = tmp_path / "out"
    proc = run_cli("extract", "--format", "json", "-o", str(out), str(src / "seed-gbk.txt"))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    written = [p for p in out.rglob("*") if p.is_file()]
    assert len(written) == 1, written
    assert "seed-gbk" in written[0].name
    rec = json.loads(written[0].read_text(encoding="utf-8"))
    if isinstance(rec, list):
        assert len(rec) == 1
        rec = rec[0]
    check_record(rec)


def test_cli_directory_input(tmp_path):
    """A folder of pages in mixed encodings gives one record per page."""
    src = tmp_path / "pages"
    src.mkdir()
    for enc in ENCODINGS:
        (src / f"seed-{enc}.txt").write_bytes(seed_bytes(enc))
    proc = run_cli("extract", "--format", "jsonl", str(src))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
    recs = jsonl_records(proc.stdout)
    assert len(recs) == len(ENCODINGS)
    assert {Path(r["path"]).name for r in recs} == {f"seed-{e}.txt" for e in ENCODINGS}
    for rec in recs:
        check_record(rec)
