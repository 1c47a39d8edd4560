"""The newsx command, run as a real subprocess (``python -m newsx``)."""
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsx

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "text" / "seed-gansu.txt"
SEED_TITLE_PREFIX = "共促和谐发展新格局"
ANSI = re.compile(r"\x1b\[")


def run(*args, input=None, cwd=None, env=None):
    """Run ``python -m newsx ARGS`` with pipes (so neither stdout nor stderr is a terminal)."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    full_env["PYTHONPATH"] = str(ROOT) + os.pathsep + full_env.get("PYTHONPATH", "")
    if env:
        full_env.update(env)
    return subprocess.run([sys.executable, "-m", "newsx", *map(str, args)], input=input,
                          capture_output=True, cwd=cwd, env=full_env, timeout=120)


def records(stdout: bytes):
    """Every stdout line parsed as JSON (fails if any line is not a record)."""
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines() if line.strip()]


def diagnostics(stderr: bytes):
    """stderr lines that are not the summary line."""
    return [line for line in stderr.decode("utf-8").splitlines()
            if line and not re.match(r"^\d+ pages: ", line)]


def marker(i: int) -> str:
    """The words that tell variant ``i`` apart (in its first body paragraph)."""
    return f"第{i}条中路河"


def variant(i: int) -> bytes:
    """The seed page with one body word changed, so that several inputs give distinct records."""
    return SEED.read_text("utf-8").replace("一条中路河", marker(i), 1).encode()


@pytest.fixture
def archive(tmp_path):
    """archive/ with two pages in a tree, a hidden file, a hidden dir and a non-.txt page."""
    root = tmp_path / "archive"
    (root / "2015" / "07").mkdir(parents=True)
    (root / ".cache").mkdir()
    (root / "2015" / "07" / "a.txt").write_bytes(variant(1))
    (root / "b.txt").write_bytes(variant(2))
    (root / "c.page").write_bytes(variant(3))
    (root / ".hidden.txt").write_bytes(variant(4))
    (root / ".cache" / "d.txt").write_bytes(variant(5))
    return root


def test_single_file_json(tmp_path):
    proc = run("extract", "--format", "json", SEED)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert out.count("\n") > 5  # pretty-printed, not one line
    rec = json.loads(out)
    assert rec["path"] == str(SEED)
    assert rec["title"].startswith(SEED_TITLE_PREFIX)
    assert "一条中路河" in rec["body"]
    assert proc.stderr == b""  # one input: no summary


def test_default_format_is_jsonl_when_stdout_is_not_a_terminal():
    proc = run("extract", SEED)
    assert proc.returncode == 0
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0])["title"].startswith(SEED_TITLE_PREFIX)


def test_stdin_dash():
    proc = run("extract", "-", input=SEED.read_bytes())
    assert proc.returncode == 0, proc.stderr
    (rec,) = records(proc.stdout)
    assert rec["path"] == "-"
    assert rec["title"].startswith(SEED_TITLE_PREFIX)


def test_url_option_is_recorded():
    proc = run("extract", "--url", "https://example.com/n/1.html", "-", input=SEED.read_bytes())
    assert records(proc.stdout)[0]["url"] == "https://example.com/n/1.html"


def test_jsonl_several_inputs_keep_order_and_exact_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    for i, name in enumerate(["z.txt", "a.txt", "sub/m.txt"]):
        (tmp_path / name).write_bytes(variant(i))
    args = ["z.txt", "./a.txt", "sub//m.txt"]  # kept exactly as given, not normalised
    proc = run("extract", "--format", "jsonl", *args, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    recs = records(proc.stdout)
    assert [r["path"] for r in recs] == args
    assert [marker(i) in r["body"] for i, r in enumerate(recs)] == [True] * 3


def test_directory_walk_paths_hidden_and_default_all_files(archive, tmp_path):
    proc = run("extract", "archive/", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    paths = [r["path"] for r in records(proc.stdout)]
    # sorted walk, the argument joined with the relative path, hidden entries skipped
    assert paths == [os.path.join("archive/", "2015", "07", "a.txt"),
                     os.path.join("archive/", "b.txt"), os.path.join("archive/", "c.page")]


def test_glob_selects_files(archive, tmp_path):
    proc = run("extract", "--glob", "*.txt", "archive", cwd=tmp_path)
    paths = [r["path"] for r in records(proc.stdout)]
    assert paths == [os.path.join("archive", "2015", "07", "a.txt"),
                     os.path.join("archive", "b.txt")]
    proc = run("extract", "--glob", "2015/*/*.txt", "archive", cwd=tmp_path)
    assert [r["path"] for r in records(proc.stdout)] == [
        os.path.join("archive", "2015", "07", "a.txt")]


def test_glob_matching_nothing_is_a_failure(archive, tmp_path):
    proc = run("extract", "--glob", "*.html", "archive", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert diagnostics(proc.stderr) == [
        "newsx: archive: no files matching --glob in this directory"]


def _tree(root: Path):
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_output_dir_mirrors_tree_and_reruns_skip(archive, tmp_path):
    proc = run("extract", "archive", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""  # records went to files
    out = tmp_path / "out"
    assert _tree(out) == [os.path.join("2015", "07", "a.txt.json"), "b.txt.json", "c.page.json"]
    rec = json.loads((out / "b.txt.json").read_text("utf-8"))
    assert rec["path"] == os.path.join("archive", "b.txt")
    assert marker(2) in rec["body"]
    assert "3 pages: 3 ok, 0 no article, 0 failed, 0 skipped" in proc.stderr.decode()

    before = {p: (out / p).stat().st_mtime_ns for p in _tree(out)}
    contents = {p: (out / p).read_bytes() for p in _tree(out)}
    proc = run("extract", "archive", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 0
    assert "3 pages: 0 ok, 0 no article, 0 failed, 3 skipped" in proc.stderr.decode()
    assert {p: (out / p).stat().st_mtime_ns for p in _tree(out)} == before
    assert {p: (out / p).read_bytes() for p in _tree(out)} == contents

    # an input changed after its output was written is redone; the others are still skipped
    future = time.time() + 100
    os.utime(archive / "b.txt", (future, future))
    proc = run("extract", "archive", "-o", "out", cwd=tmp_path)
    assert "3 pages: 1 ok, 0 no article, 0 failed, 2 skipped" in proc.stderr.decode()

    os.utime(archive / "b.txt", (time.time() - 100, time.time() - 100))
    proc = run("extract", "archive", "-o", "out", "--force", cwd=tmp_path)
    assert "3 pages: 3 ok, 0 no article, 0 failed, 0 skipped" in proc.stderr.decode()
    assert {p: (out / p).read_bytes() for p in _tree(out)} == contents
    assert not [p for p in out.rglob(".*")]  # no temporary files left behind


def test_output_dir_formats_stdin_and_file_inputs(tmp_path):
    shutil.copy(SEED, tmp_path / "page.txt")
    proc = run("extract", "-f", "markdown", "page.txt", "-", "-o", "md", cwd=tmp_path,
               input=variant(7))
    assert proc.returncode == 0, proc.stderr
    assert _tree(tmp_path / "md") == ["page.txt.md", "stdin.md"]
    assert (tmp_path / "md" / "stdin.md").read_text("utf-8").startswith("---\n")


def test_output_dir_inside_input_dir_is_not_walked(archive, tmp_path):
    proc = run("extract", "archive", "-o", "archive/out", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    proc = run("extract", "archive", "-o", "archive/out", "--force", cwd=tmp_path)
    assert "3 pages: 3 ok" in proc.stderr.decode()  # the outputs were not picked up as inputs
    assert _tree(archive / "out") == [os.path.join("2015", "07", "a.txt.json"), "b.txt.json",
                                      "c.page.json"]


def test_output_dir_refuses_to_write_next_to_inputs(archive, tmp_path):
    proc = run("extract", "archive", "-o", "archive", cwd=tmp_path)
    assert proc.returncode == 2
    proc = run("extract", "archive/b.txt", "-o", "archive", cwd=tmp_path)
    assert proc.returncode == 2
    assert _tree(archive) == sorted([os.path.join("2015", "07", "a.txt"),
                                     os.path.join(".cache", "d.txt"), ".hidden.txt", "b.txt",
                                     "c.page"])  # nothing written


def test_same_output_name_twice_fails_the_second(tmp_path):
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        shutil.copy(SEED, tmp_path / d / "page.txt")
    proc = run("extract", "x/page.txt", "y/page.txt", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 1
    lines = diagnostics(proc.stderr)
    assert len(lines) == 1 and lines[0].startswith("newsx: y/page.txt: output ")
    assert json.loads((tmp_path / "out" / "page.txt.json").read_text())["path"] == "x/page.txt"


def test_bad_file_among_good_ones(tmp_path):
    (tmp_path / "a.txt").write_bytes(variant(1))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_bytes(variant(3))
    proc = run("extract", "a.txt", "empty.txt", "c.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert [r["path"] for r in records(proc.stdout)] == ["a.txt", "c.txt"]
    assert diagnostics(proc.stderr) == ["newsx: empty.txt: empty file"]
    assert "3 pages: 2 ok, 0 no article, 1 failed, 0 skipped" in proc.stderr.decode()


def test_binary_junk_missing_file_and_directory_as_file(tmp_path):
    junk = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    (tmp_path / "image.png").write_bytes(junk)
    proc = run("extract", "image.png", "missing.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert diagnostics(proc.stderr) == ["newsx: image.png: binary file, not a page",
                                        "newsx: missing.txt: no such file"]


def test_file_too_large(tmp_path):
    shutil.copy(SEED, tmp_path / "page.txt")
    proc = run("extract", "--max-bytes", "1k", "page.txt", cwd=tmp_path)
    assert proc.returncode == 1
    (line,) = diagnostics(proc.stderr)
    assert line.startswith("newsx: page.txt: file too large (") and "1 kB limit" in line


@pytest.mark.parametrize("args", [
    ["extract", "--format", "yaml", "x.txt"],
    ["extract", "--encoding", "no-such-codec", "x.txt"],
    ["extract", "--jobs", "0", "x.txt"],
    ["extract", "--url", "https://e.com/", "x.txt", "y.txt"],
    ["extract", "-", "-"],
    ["extract"],
    ["frobnicate"],
])
def test_usage_errors_exit_2(args, tmp_path):
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == b""


def test_known_encoding_is_accepted():
    proc = run("extract", "--encoding", "utf-8", SEED)
    assert proc.returncode == 0, proc.stderr
    assert records(proc.stdout)[0]["encoding"]


def test_stdout_has_records_only_and_stderr_no_ansi(tmp_path):
    for i in range(3):
        (tmp_path / f"p{i}.txt").write_bytes(variant(i))
    (tmp_path / "e.txt").write_bytes(b"   \n")
    proc = run("extract", "p0.txt", "e.txt", "p1.txt", "missing", "p2.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert len(records(proc.stdout)) == 3  # json.loads on every line
    assert not ANSI.search(proc.stderr.decode())
    assert not ANSI.search(proc.stdout.decode())


def test_quiet_hides_summary_keeps_failures(tmp_path):
    (tmp_path / "a.txt").write_bytes(variant(1))
    proc = run("extract", "-q", "a.txt", "missing.txt", cwd=tmp_path)
    assert proc.stderr.decode().splitlines() == ["newsx: missing.txt: no such file"]


def test_markdown_and_text_records_are_separated(tmp_path):
    (tmp_path / "a.txt").write_bytes(variant(1))
    (tmp_path / "b.txt").write_bytes(variant(2))
    proc = run("extract", "-f", "markdown", "a.txt", "b.txt", cwd=tmp_path)
    parts = proc.stdout.decode("utf-8").split("\n\f\n")
    assert len(parts) == 2
    assert all(p.startswith("---\n") for p in parts)
    assert '\npath: "b.txt"\n' in parts[1]
    assert re.search(r"^# " + SEED_TITLE_PREFIX, parts[0], re.M) and marker(1) in parts[0]
    proc = run("extract", "-f", "text", "a.txt", "b.txt", cwd=tmp_path)
    parts = proc.stdout.decode("utf-8").split("\n\f\n")
    assert [p.splitlines()[0][:len(SEED_TITLE_PREFIX)] for p in parts] == [SEED_TITLE_PREFIX] * 2
    assert marker(1) in parts[0] and marker(2) in parts[1]


def test_records_validate_against_schema(tmp_path):
    import jsonschema  # a test dependency (pyproject: test extra)
    schema = json.loads((ROOT / "newsx" / "schema.json").read_text("utf-8"))
    (tmp_path / "a.txt").write_bytes(variant(1))
    proc = run("extract", "a.txt", "-", cwd=tmp_path, input=SEED.read_bytes())
    recs = records(proc.stdout)
    assert len(recs) == 2
    for rec in recs:
        jsonschema.validate(rec, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**recs[0], "authors": "not a list"}, schema)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_stdout_gives_no_traceback(tmp_path, jobs):
    for i in range(40):  # ~250 kB of records: more than a pipe buffer
        (tmp_path / f"p{i:02d}.txt").write_bytes(variant(i))
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "newsx", "extract", "-j", jobs, str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    stderr = proc.stderr.read()
    proc.wait(timeout=60)
    assert json.loads(first)["path"].endswith("p00.txt")
    assert b"Traceback" not in stderr and b"Exception" not in stderr
    assert proc.returncode == 141


def test_explain_lists_blocks_with_labels_then_record():
    proc = run("explain", "--width", "120", SEED)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.decode("utf-8")
    assert not ANSI.search(out)  # not a terminal: no colour
    rows = re.findall(r"^\s*(\d+) (\w+)\s+([-+]\d+\.\d\d)  ", out, re.M)
    assert len(rows) > 10
    assert [int(r[0]) for r in rows] == list(range(len(rows)))
    labels = {r[1] for r in rows}
    assert {"body", "title"} <= labels
    record = json.loads(out[out.index("\n{") + 1:])
    assert record["title"].startswith(SEED_TITLE_PREFIX)
    assert record["path"] == str(SEED)


def test_explain_stdin_and_missing_file(tmp_path):
    proc = run("explain", "-", input=SEED.read_bytes())
    assert proc.returncode == 0 and b"body" in proc.stdout
    proc = run("explain", "nope.txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.decode().strip() == "newsx: nope.txt: no such file"


def test_version_and_help():
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"newsx {newsx.__version__}"
    proc = run("extract", "--help")
    assert proc.returncode == 0
    assert b"Examples:" in proc.stdout and b"--format" in proc.stdout


def run_on_terminal(*args, env=None, cwd=None):
    """Run newsx with stdout and stderr on one pseudo-terminal; returns (status, output)."""
    pty = pytest.importorskip("pty")  # POSIX only
    full_env = dict(os.environ, COLUMNS="120", TERM="xterm-256color",
                    PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    full_env.pop("NO_COLOR", None)
    full_env.update(env or {})
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "newsx", *map(str, args)], stdout=slave,
                            stderr=slave, stdin=subprocess.DEVNULL, env=full_env, cwd=cwd)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return proc.wait(timeout=60), b"".join(chunks).decode("utf-8", "replace")


def test_terminal_defaults_pretty_json_and_progress_bar(tmp_path):
    status, out = run_on_terminal("extract", SEED)
    assert status == 0
    assert out.lstrip().startswith("{\r\n") or out.lstrip().startswith("{\n")  # pretty JSON
    for i in range(3):
        (tmp_path / f"p{i}.txt").write_bytes(variant(i))
    status, out = run_on_terminal("extract", tmp_path, "-o", tmp_path / "out")
    assert status == 0
    assert ANSI.search(out)  # the progress bar
    assert "3 pages: 3 ok, 0 no article, 0 failed, 0 skipped" in out
    status, out = run_on_terminal("extract", tmp_path, "-o", tmp_path / "out", "--force",
                                  env={"NO_COLOR": "1"})
    assert status == 0 and not ANSI.search(out)
    assert "3 pages: 3 ok, 0 no article, 0 failed, 0 skipped" in out


def test_explain_colours_on_a_terminal_unless_no_color():
    status, out = run_on_terminal("explain", SEED)
    assert status == 0 and ANSI.search(out)
    status, out = run_on_terminal("explain", SEED, env={"NO_COLOR": "1"})
    assert status == 0 and not ANSI.search(out) and " body " in out


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_quietly(tmp_path, jobs):
    signal = pytest.importorskip("signal")
    for i in range(60):  # ~350 kB of records: newsx blocks on the full pipe until we read
        (tmp_path / f"p{i:02d}.txt").write_bytes(variant(i))
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-m", "newsx", "extract", "-j", jobs,
                             str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env)
    assert json.loads(proc.stdout.readline())  # running, and now stuck on a full pipe
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in stderr and b"Aborted" not in stderr


def test_page_without_article_gives_reason_and_exit_1():
    """A search-results page prints no record and says why on one stderr line."""
    page = ROOT / "fixtures" / "noarticle" / "search-results.html"
    proc = run("extract", "-f", "jsonl", str(page), str(SEED))
    assert proc.returncode == 1
    assert [r["path"] for r in records(proc.stdout)] == [str(SEED)]
    lines = [l for l in diagnostics(proc.stderr) if str(page) in l]
    assert len(lines) == 1
    assert "no article: the page is a list" in lines[0]
