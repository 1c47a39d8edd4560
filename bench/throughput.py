#!/usr/bin/env python3
"""Pages per second of newsx in one process, with the share of time each pipeline stage takes.

    python bench/throughput.py                       # ../shared/corpus/*-text-* next to the repo
    python bench/throughput.py ../shared/corpus/zh-cwce-html fixtures/text --reps 5
    python bench/throughput.py --json /tmp/throughput.json

A folder is a corpus (``manifest.jsonl`` naming its pages) or any folder of page files.  Each
page is run through the stages exactly as :func:`newsx.pipeline.analyse` chains them, calling the
functions that the pipeline module itself imports (``pipeline.decode``, ``pipeline.segment``...),
so a stage swapped in the pipeline is measured here too.  Before timing, every page's staged
result is compared with ``pipeline.extract``; a difference means ``analyse`` gained a step this
script does not replay, and is reported on stderr.

Output (stdout): one row per folder and a total row: pages, repetitions, pages/s (median over the
repetitions), the slowest page in ms, the percentage of time spent in each stage, and the reading
floor of the same pages in the same run with newsx's share of it.  The floor is the least work any
extractor does before it can look at a page: for HTML, ``lxml.html.fromstring`` on the bytes (as
``bench/compare.py`` measures it); for a text dump, decoding the bytes with the codec newsx found
and cutting the text into whitespace-folded lines.  Absolute pages/s swing with the machine (the
same commit has measured 2.5x apart on two machines); the ratio to the floor much less.
Standard library + newsx only.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from newsx import pipeline  # noqa: E402

STAGES = ("decode", "sniff", "segment", "classify", "fields")


def run_staged(data: bytes):
    """Run one page through the pipeline stage by stage.

    Returns ``(article, seconds)`` where ``seconds`` maps each stage name to its wall time.
    Mirrors :func:`newsx.pipeline.analyse` for bytes input with ``input_type="auto"``.
    """
    clock = time.perf_counter
    t0 = clock()
    decoded = pipeline.decode(data)
    t1 = clock()
    kind = pipeline.sniff_input_type(decoded.text)
    t2 = clock()
    page = pipeline.segment(decoded.text, kind, decoded.encoding, decoded.utf8)
    page.warnings[:0] = list(decoded.warnings)
    t3 = clock()
    pipeline.classify.classify(page)
    t4 = clock()
    article = pipeline.fields.build_article(page)
    t5 = clock()
    return article, dict(zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)))


def corpus_files(folder: Path) -> list:
    """The page files of a folder: those its manifest names, else every file under it."""
    manifest = folder / "manifest.jsonl"
    if manifest.is_file():
        with open(manifest, encoding="utf-8") as f:
            return [folder / json.loads(line)["file"] for line in f if line.strip()]
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".json")
                  and not p.name.endswith(".py"))


def check_in_sync(name: str, pages: list) -> int:
    """Compare the staged result with ``pipeline.extract`` on every page; return mismatches."""
    bad = 0
    for path, data in pages:
        try:
            staged = run_staged(data)[0].to_dict()
            whole = pipeline.extract(data).to_dict()
        except Exception as exc:  # a crash is the extractor's bug; report it and go on
            print(f"{name}: {path.name}: {exc.__class__.__name__}: {exc}", file=sys.stderr)
            bad += 1
            continue
        if staged != whole:
            bad += 1
            if bad <= 3:
                keys = [k for k in staged if staged[k] != whole.get(k)]
                print(f"{name}: {path.name}: staged result differs from pipeline.extract in "
                      f"{keys}; bench/throughput.py no longer replays pipeline.analyse",
                      file=sys.stderr)
    return bad


def floor_seconds(pages: list, reps: int) -> float:
    """Seconds of the reading floor (see the module docstring) over ``pages``, median of ``reps``."""
    import lxml.html

    prepared = []
    for _, data in pages:
        decoded = pipeline.decode(data)
        prepared.append((data, decoded.encoding,
                         pipeline.sniff_input_type(decoded.text) == "html"))
    runs = []
    for _ in range(reps):
        started = time.perf_counter()
        for data, encoding, is_html in prepared:
            if is_html:
                try:
                    lxml.html.fromstring(data)
                except Exception:  # an unparsable page still cost its time
                    pass
            else:
                text = data.decode(encoding, "replace")
                [" ".join(line.split()) for line in text.splitlines()]
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def bench_folder(folder: Path, reps: int) -> dict:
    """Time every page of ``folder`` ``reps`` times; return the row for the table."""
    pages = [(p, p.read_bytes()) for p in corpus_files(folder)]
    mismatches = check_in_sync(folder.name, pages)
    totals = dict.fromkeys(STAGES, 0.0)
    rates, slowest = [], (0.0, "")
    for _ in range(reps):
        started = time.perf_counter()
        for path, data in pages:
            try:
                _, secs = run_staged(data)
            except Exception:  # reported by check_in_sync already
                continue
            for stage, s in secs.items():
                totals[stage] += s
            page_s = sum(secs.values())
            if page_s > slowest[0]:
                slowest = (page_s, path.name)
        elapsed = time.perf_counter() - started
        rates.append(len(pages) / elapsed if elapsed else 0.0)
    floor_s = floor_seconds(pages, reps)
    return {"floor_pages_per_sec": len(pages) / floor_s if floor_s else 0.0, "corpus": folder.name, "pages": len(pages), "reps": reps,
            "pages_per_sec": statistics.median(rates) if rates else 0.0,
            "slowest_ms": slowest[0] * 1000, "slowest_page": slowest[1],
            "stage_seconds": totals, "mismatches": mismatches}


def print_table(rows: list) -> None:
    """Print the result rows (plus a total row) as a fixed-width table on stdout."""
    head = f'{"corpus":<24}{"pages":>6}{"reps":>5}{"pages/s":>9}{"max ms":>8}' + "".join(
        f"{s + ' %':>11}" for s in STAGES) + f'{"floor p/s":>11}{"of floor":>9}'
    print(head)
    for row in rows:
        total = sum(row["stage_seconds"].values()) or 1.0
        floor = row["floor_pages_per_sec"]
        ratio = row["pages_per_sec"] / floor if floor else 0.0
        print(f'{row["corpus"]:<24}{row["pages"]:>6}{row["reps"]:>5}{row["pages_per_sec"]:>9.1f}'
              f'{row["slowest_ms"]:>8.1f}'
              + "".join(f'{100 * row["stage_seconds"][s] / total:>11.1f}' for s in STAGES)
              + f'{row["floor_pages_per_sec"]:>11.1f}{ratio:>9.3f}')


def total_row(rows: list) -> dict:
    """Aggregate rows: pages/s over all pages from the summed stage time."""
    stage = {s: sum(r["stage_seconds"][s] for r in rows) for s in STAGES}
    runs = sum(r["pages"] * r["reps"] for r in rows)
    secs = sum(stage.values())
    slow = max(rows, key=lambda r: r["slowest_ms"])
    floor_secs = sum(r["pages"] / r["floor_pages_per_sec"] for r in rows if r["floor_pages_per_sec"])
    return {"floor_pages_per_sec": sum(r["pages"] for r in rows) / floor_secs if floor_secs else 0.0,
            "corpus": "TOTAL", "pages": sum(r["pages"] for r in rows), "reps": rows[0]["reps"],
            "pages_per_sec": runs / secs if secs else 0.0, "slowest_ms": slow["slowest_ms"],
            "slowest_page": slow["slowest_page"], "stage_seconds": stage,
            "mismatches": sum(r["mismatches"] for r in rows)}


def main(argv=None) -> int:
    """Command-line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", type=Path,
                    help="corpus folders (default: ../shared/corpus/*-text-* beside the repo)")
    ap.add_argument("--reps", type=int, default=3, help="repetitions per folder (default 3)")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON")
    args = ap.parse_args(argv)

    folders = args.folders or sorted((ROOT.parent / "shared" / "corpus").glob("*-text-*"))
    if not folders:
        print("no corpus folders given or found under ../shared/corpus", file=sys.stderr)
        return 2
    rows = []
    for folder in folders:
        if not folder.is_dir():  # e.g. a README caught by a shell glob
            print(f"skipping {folder}: not a folder", file=sys.stderr)
            continue
        print(f"{folder.name}: {args.reps} repetitions...", file=sys.stderr)
        rows.append(bench_folder(folder, max(1, args.reps)))
    if not rows:
        print("no folders to measure", file=sys.stderr)
        return 2
    if len(rows) > 1:
        rows.append(total_row(rows))
    print_table(rows)
    for row in rows:
        if row["slowest_page"]:
            print(f'slowest page in {row["corpus"]}: {row["slowest_page"]} '
                  f'({row["slowest_ms"]:.1f} ms)', file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))
    return 1 if any(r["mismatches"] for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
