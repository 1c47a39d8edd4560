"""newsx.batch: walking, output planning, atomic writes, in-process vs pooled runs."""
import io
import json
import os
from pathlib import Path

import pytest

from newsx import batch
from newsx.batch import (EMPTY, FAILED, OK, Item, Options, OutputPlan, Runner,
                         StdoutSink, glob_matches, iter_items, process_bytes, walk_dir,
                         write_atomic)
from newsx.model import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "text" / "seed-gansu.txt"


class ListSink:
    """Collects delivered results in order."""

    def __init__(self):
        self.results = []

    def write(self, result):
        self.results.append(result)


def make_pages(root: Path, n: int):
    root.mkdir(parents=True, exist_ok=True)
    text = SEED.read_text("utf-8")
    for i in range(n):
        (root / f"p{i:03d}.txt").write_bytes(
            text.replace("一条中路河", f"第{i}条中路河", 1).encode("utf-8"))


def run_runner(items, jobs, **kw):
    sink = ListSink()
    seen = []
    runner = Runner(Options(fmt="jsonl"), sink, jobs=jobs, on_result=seen.append, **kw)
    stats = runner.run(items)
    return sink, seen, stats


def test_pool_gives_same_records_in_same_order_as_in_process(tmp_path):
    make_pages(tmp_path / "pages", 23)
    (tmp_path / "pages" / "empty.txt").write_bytes(b"")
    items = lambda: iter_items([str(tmp_path / "pages")])  # noqa: E731
    one, seen_one, stats_one = run_runner(items(), jobs=1)
    two, seen_two, stats_two = run_runner(items(), jobs=3)
    assert [r.record for r in two.results] == [r.record for r in one.results]
    assert [(r.path, r.status) for r in seen_two] == [(r.path, r.status) for r in seen_one]
    assert (stats_one.ok, stats_one.failed) == (stats_two.ok, stats_two.failed) == (23, 1)
    paths = [json.loads(r.record)["path"] for r in one.results]
    assert paths == sorted(paths) and len(paths) == 23
    assert "第7条中路河" in json.loads(one.results[7].record)["body"]


def test_pool_reads_the_walk_lazily(tmp_path):
    make_pages(tmp_path / "pages", 120)
    pulled = []

    def items():
        for item in iter_items([str(tmp_path / "pages")]):
            pulled.append(item)
            yield item

    at_first_result = []
    sink = ListSink()
    runner = Runner(Options(), sink, jobs=2,
                    on_result=lambda r: at_first_result.append(len(pulled)))
    runner.run(items())
    window = 2 * batch.TASKS_PER_WORKER * batch.CHUNK_SIZE
    assert at_first_result[0] <= window + batch.CHUNK_SIZE < 120
    assert len(sink.results) == 120


def test_auto_jobs_small_run_stays_in_process(tmp_path):
    make_pages(tmp_path / "pages", 3)
    runner = Runner(Options(), ListSink())
    runner.run(iter_items([str(tmp_path / "pages")]))
    assert runner.used_pool is False
    assert runner.stats.ok == 3


def test_glob_matches():
    assert glob_matches("a/b/c.html", ["*.html"])
    assert not glob_matches("a/b/c.txt", ["*.html"])
    assert glob_matches("a/b/c.txt", ["*.html", "*.txt"])
    assert glob_matches("2020/05/x.html", ["2020/*/*.html"])
    assert not glob_matches("2021/05/x.html", ["2020/*/*.html"])
    assert glob_matches("x.html", ["**/*.html"]) and glob_matches("a/x.html", ["**/*.html"])
    assert glob_matches("anything", [])


def test_walk_order_hidden_and_exclude(tmp_path):
    for rel in ["b/2.txt", "b/1.txt", "a.txt", "c.txt", ".h/x.txt", "b/.y.txt", "out/o.json"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    st = os.stat(tmp_path / "out")
    arg = str(tmp_path) + "/"
    items = list(walk_dir(arg, exclude=(st.st_dev, st.st_ino)))
    assert [i.rel for i in items] == ["a.txt", os.path.join("b", "1.txt"),
                                      os.path.join("b", "2.txt"), "c.txt"]
    assert items[1].path == os.path.join(arg, "b", "1.txt")
    assert [i.rel for i in walk_dir(arg)][-1] == os.path.join("out", "o.json")


def test_walk_does_not_follow_directory_links(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "p.txt").write_text("x")
    os.symlink(tmp_path / "d", tmp_path / "d" / "loop")
    os.symlink(tmp_path / "d" / "p.txt", tmp_path / "d" / "q.txt")
    assert [i.rel for i in walk_dir(str(tmp_path / "d"))] == ["p.txt", "q.txt"]


def test_empty_directory_is_an_error_item(tmp_path):
    (tmp_path / "empty").mkdir()
    (item,) = iter_items([str(tmp_path / "empty")])
    assert item.error == "no files in this directory"


def test_output_plan_collisions_and_guards(tmp_path):
    plan = OutputPlan(str(tmp_path / "out"), "json", ["x/page.txt", "y/page.txt"])
    out, problem = plan.output_for(Item("x/page.txt", "x/page.txt", "page.txt"))
    assert out == os.path.join(str(tmp_path / "out"), "page.txt.json") and problem is None
    _, problem = plan.output_for(Item("y/page.txt", "y/page.txt", "page.txt"))
    assert "already the output of x/page.txt" in problem

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("x")
    assert "is the input directory" in OutputPlan.usage_problem(
        str(tmp_path / "in"), [str(tmp_path / "in")])
    assert "holds the input" in OutputPlan.usage_problem(
        str(tmp_path / "in"), [str(tmp_path / "in" / "a.txt")])
    assert OutputPlan.usage_problem(str(tmp_path / "in" / "out"), [str(tmp_path / "in")]) is None
    # an input directory inside the output directory: an output may not land inside it
    plan = OutputPlan(str(tmp_path), "json", [str(tmp_path / "in")])
    _, problem = plan.output_for(Item("in/in/a.txt", "in/in/a.txt", os.path.join("in", "a.txt")))
    assert "inside the input directory" in problem


def test_skip_when_output_is_newer_unless_forced(tmp_path):
    make_pages(tmp_path / "in", 2)
    out = str(tmp_path / "out")
    inputs = [str(tmp_path / "in")]

    def go(force=False):
        runner = Runner(Options(fmt="json"), batch.DirSink(), jobs=1, out_dir=out, inputs=inputs,
                        force=force)
        return runner.run(iter_items(inputs))

    assert go().ok == 2
    stats = go()
    assert (stats.ok, stats.skipped) == (0, 2)
    stats = go(force=True)
    assert (stats.ok, stats.skipped) == (2, 0)


def test_write_atomic_replaces_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "r.json"
    target.write_bytes(b"old")
    write_atomic(str(target), b"new", 0o644)
    assert target.read_bytes() == b"new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_atomic(str(target), b"newer", 0o644)
    assert target.read_bytes() == b"new"  # the old file is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]  # no temp file left


def test_process_bytes_statuses(monkeypatch):
    opts = Options()
    assert process_bytes(b"", "e.txt", opts).message == "empty file"
    assert process_bytes(b" \n\t", "e.txt", opts).status == FAILED
    ok = process_bytes(SEED.read_bytes(), "s.txt", opts)
    assert ok.status == OK and json.loads(ok.record)["path"] == "s.txt"

    import newsx.pipeline

    monkeypatch.setattr(newsx.pipeline, "extract", lambda data, **kw: Article())
    empty = process_bytes(b"some words", "n.txt", opts)
    assert (empty.status, empty.message, empty.record) == (EMPTY, "no article found", b"")

    def crash(data, **kw):
        raise RuntimeError("boom")

    monkeypatch.setattr(newsx.pipeline, "extract", crash)
    failed = process_bytes(b"some words", "c.txt", opts)
    assert failed.status == FAILED and "RuntimeError: boom" in failed.message


def test_read_input_limits(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"x" * 2000)
    with pytest.raises(batch.InputError, match=r"file too large \(2 kB > 1 kB limit\)"):
        batch.read_input(str(p), 1000)
    with pytest.raises(batch.InputError, match="not a file"):
        batch.read_input(str(tmp_path), 1000)
    with pytest.raises(batch.InputError, match="no such file"):
        batch.read_input(str(tmp_path / "nope"), 1000)


def test_stdout_sink_separates_markdown_records():
    buf = io.BytesIO()
    sink = StdoutSink(buf, "markdown")
    for text in (b"---\na\n", b"---\nb\n"):
        sink.write(batch.Result("p", OK, record=text))
    assert buf.getvalue() == b"---\na\n\f\n---\nb\n"
    buf = io.BytesIO()
    sink = StdoutSink(buf, "jsonl")
    for text in (b"{}\n", b"{}\n"):
        sink.write(batch.Result("p", OK, record=text))
    assert buf.getvalue() == b"{}\n{}\n"


def test_stdin_item_is_read_by_the_runner():
    sink = ListSink()
    runner = Runner(Options(), sink, jobs=1, stdin=io.BytesIO(SEED.read_bytes()))
    stats = runner.run(iter_items(["-"]))
    assert stats.ok == 1 and json.loads(sink.results[0].record)["path"] == "-"
