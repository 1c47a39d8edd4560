#!/usr/bin/env python3
"""newsx side by side with other extractors on a corpus, scored by the shared scorer.

    .venv-bench/bin/python bench/compare.py ../shared/corpus/zh-cwce-html
    .venv-bench/bin/python bench/compare.py ../shared/corpus/en-sh-text-chromium --tools newsx,trafilatura

Peers (each used where it is installed; see bench/requirements-peers.txt): trafilatura,
readability-lxml, GNE (``gne``), magic-html, newspaper4k.  None is a dependency of newsx.

What each tool gets
  newsx        the page's bytes as saved (it decodes and sniffs by itself).
  HTML pages   tools that take bytes (trafilatura, readability-lxml) get the bytes; tools that
               take text (GNE, magic-html, newspaper4k) get it decoded the way a typical caller
               would: BOM, else the charset the page declares, else UTF-8, else chardet's guess.
  text dumps   every non-empty line becomes a <p> of a minimal UTF-8 HTML document (the text
               decoded as above), as bytes or text per tool.
  Preparing a peer's input is not timed; newsx's time includes its own decoding.

Each tool first gets one untimed warm-up call (lazy imports, caches).  Each call runs under a
per-page alarm (--timeout, default 10 s); a timeout or an exception counts as an empty output.  Everything is scored with ../shared/eval/score.py's own
functions.  The "lxml floor" row is lxml.html.fromstring alone on the same HTML the peers get.  The last
column is newsx's speed ratio to each row: newsx pages/s divided by that row's pages/s (2.0 =
newsx twice as fast; below 1 = slower).  All numbers come from this one run.

The table goes to stdout; progress and tool noise go to stderr.
"""
from __future__ import annotations

import argparse
import contextlib
import html as htmllib
import importlib.util
import json
import logging
import re
import signal
import sys
import time
import warnings
from pathlib import Path
from typing import Callable, Dict, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
SCORER = ROOT.parent / "shared" / "eval" / "score.py"

PEERS = ("trafilatura", "readability-lxml", "gne", "magic-html", "newspaper4k")
DUMMY_URL = "http://example.com/article.html"  # for tools that insist on a URL


def load_scorer(path: Path):
    """Import the shared scorer by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("shared_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- inputs

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def naive_decode(raw: bytes) -> str:
    """Decode bytes as a typical caller of an HTML library would (not newsx's decoder)."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"),
                       (b"\xfe\xff", "utf-16-be")):
        if raw.startswith(bom):
            return raw[len(bom):].decode(codec, "replace")
    m = _META_CHARSET.search(raw[:4096])
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    import chardet

    guess = chardet.detect(raw[:65536]).get("encoding") or "utf-8"
    try:
        return raw.decode(guess, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def text_as_html(text: str) -> str:
    """A text dump as a minimal HTML page: one <p> per non-empty line."""
    paras = "\n".join(f"<p>{htmllib.escape(line.strip())}</p>"
                      for line in text.splitlines() if line.strip())
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n'
            f"{paras}\n</body></html>\n")


class PageInput:
    """One page in the forms the tools need: raw bytes for newsx, HTML bytes and str for peers."""

    def __init__(self, raw: bytes, kind: str, url: Optional[str]):
        self.raw = raw
        self.url = url
        if kind == "text":
            self.html_str = text_as_html(naive_decode(raw))
            self.html_bytes = self.html_str.encode("utf-8")
        else:
            self.html_bytes = raw
            self.html_str = naive_decode(raw)


# --------------------------------------------------------------------------- tools

def html_to_paragraphs(fragment: str) -> str:
    """Text of an HTML fragment (a tool's cleaned article HTML), one block element a line."""
    import lxml.html

    if not fragment or not fragment.strip():
        return ""
    root = lxml.html.fromstring(fragment)
    blocks = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "pre",
              "section", "article", "table", "ul", "ol", "dd", "dt", "figcaption", "header",
              "footer", "body"}
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in blocks:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    lines = (re.sub(r"\s+", " ", ln).strip() for ln in root.text_content().split("\n"))
    return "\n".join(ln for ln in lines if ln)


def _iso(value) -> Optional[str]:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def make_newsx() -> Callable:
    import newsx

    def run(page: PageInput) -> dict:
        return newsx.extract(page.raw).to_dict()
    return run


def make_trafilatura() -> Callable:
    import trafilatura

    def run(page: PageInput) -> dict:
        out = trafilatura.extract(page.html_bytes, url=page.url, output_format="json",
                                  with_metadata=True)
        if not out:
            return {}
        d = json.loads(out)
        authors = [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]
        return {"title": d.get("title"), "date": d.get("date"), "source": d.get("sitename"),
                "authors": authors, "body": d.get("text") or ""}
    return run


def make_readability() -> Callable:
    from readability import Document

    def run(page: PageInput) -> dict:
        doc = Document(page.html_bytes, url=page.url)
        return {"title": doc.short_title() or None,
                "body": html_to_paragraphs(doc.summary(html_partial=True))}
    return run


def make_gne() -> Callable:
    from gne import GeneralNewsExtractor

    extractor = GeneralNewsExtractor()

    def run(page: PageInput) -> dict:
        d = extractor.extract(page.html_str)
        author = d.get("author") or ""
        return {"title": d.get("title"), "date": d.get("publish_time") or None,
                "authors": [author] if author else [], "body": d.get("content") or ""}
    return run


def make_magic_html() -> Callable:
    from magic_html import GeneralExtractor

    extractor = GeneralExtractor()

    def run(page: PageInput) -> dict:
        d = extractor.extract(page.html_str, base_url=page.url or DUMMY_URL)
        return {"title": d.get("title"), "body": html_to_paragraphs(d.get("html") or "")}
    return run


def make_newspaper() -> Callable:
    import newspaper

    config = newspaper.Config()
    config.fetch_images = False  # it would download every image to size it: network, not parsing

    def run(page: PageInput) -> dict:
        art = newspaper.Article(page.url or DUMMY_URL, config=config)
        art.download(input_html=page.html_str)
        art.parse()
        return {"title": art.title or None, "date": _iso(art.publish_date),
                "source": getattr(art, "meta_site_name", None) or None,
                "authors": list(art.authors or []), "body": art.text or ""}
    return run


FACTORIES: Dict[str, Callable] = {
    "newsx": make_newsx,
    "trafilatura": make_trafilatura,
    "readability-lxml": make_readability,
    "gne": make_gne,
    "magic-html": make_magic_html,
    "newspaper4k": make_newspaper,
}


# --------------------------------------------------------------------------- running

class PageTimeout(Exception):
    """Raised by the alarm when a tool spends too long on one page."""


def _on_alarm(signum, frame):
    raise PageTimeout()


@contextlib.contextmanager
def time_limit(seconds: float):
    """Interrupt the block after ``seconds`` (SIGALRM; main thread, POSIX)."""
    old = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def run_tool(name: str, fn: Callable, manifest: list, pages: list, timeout: float) -> list:
    """Run one tool over every page; return scorer predictions (with seconds and error)."""
    if pages:  # one untimed call first: lazy imports and caches are not per-page work
        try:
            with time_limit(timeout), contextlib.redirect_stdout(sys.stderr):
                fn(pages[0])
        except Exception:  # a page the tool fails on is scored as such below
            pass
    preds = []
    for case, page in zip(manifest, pages):
        started = time.perf_counter()
        err = None
        try:
            # tools print warnings to stdout; keep stdout for the table
            with time_limit(timeout), contextlib.redirect_stdout(sys.stderr):
                rec = fn(page) or {}
        except PageTimeout:
            rec, err = {}, f"timeout after {timeout:g}s"
        except Exception as exc:  # any failure of a tool counts as an empty output
            rec, err = {}, f"{exc.__class__.__name__}: {str(exc)[:200]}"
        secs = time.perf_counter() - started
        rec = dict(rec, id=case["id"], seconds=secs, error=err)
        preds.append(rec)
    return preds


def lxml_floor(pages: list) -> float:
    """Seconds that lxml.html.fromstring alone takes on the HTML the peers get."""
    import lxml.html

    total = 0.0
    for page in pages:
        started = time.perf_counter()
        try:
            lxml.html.fromstring(page.html_bytes)
        except Exception:  # an unparsable page still cost its time
            pass
        total += time.perf_counter() - started
    return total


def available_tools(wanted: list) -> Dict[str, Callable]:
    """Build the runner of each wanted tool that imports; report the others on stderr."""
    tools = {}
    for name in wanted:
        try:
            with contextlib.redirect_stdout(sys.stderr):
                tools[name] = FACTORIES[name]()
        except ImportError as exc:
            print(f"skipping {name}: not installed ({exc})", file=sys.stderr)
    return tools


def fmt(value, nd=3) -> str:
    """A number for the table ("n/a" for None)."""
    return "n/a" if value is None else f"{value:.{nd}f}"


def main(argv=None) -> int:
    """Command-line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="corpus folder with manifest.jsonl and pages/")
    ap.add_argument("--tools", default=",".join(("newsx",) + PEERS),
                    help="comma-separated tools (default: newsx and every peer)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per page and tool")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="path of the shared score.py")
    ap.add_argument("--json", type=Path, help="also write every metric as JSON")
    ap.add_argument("--out", type=Path, help="write each tool's predictions as <out>/<tool>.jsonl")
    args = ap.parse_args(argv)

    if not args.scorer.is_file():
        print(f"scorer not found: {args.scorer}", file=sys.stderr)
        return 2
    score = load_scorer(args.scorer)
    manifest = score.load_jsonl(args.corpus / "manifest.jsonl")
    if args.limit:
        manifest = manifest[: args.limit]
    pages = [PageInput((args.corpus / c["file"]).read_bytes(), c.get("kind", "html"), c.get("url"))
             for c in manifest]

    wanted = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in wanted if t not in FACTORIES]
    if unknown:
        print(f"unknown tools: {', '.join(unknown)} (known: {', '.join(FACTORIES)})",
              file=sys.stderr)
        return 2
    logging.disable(logging.CRITICAL)  # peers log every page they cannot handle
    warnings.simplefilter("ignore")
    tools = available_tools(wanted)

    results = {}
    for name, fn in tools.items():
        print(f"{args.corpus.name}: running {name} on {len(pages)} pages...", file=sys.stderr)
        preds = run_tool(name, fn, manifest, pages, args.timeout)
        res = score.score_one(manifest, preds)
        res["seconds"] = sum(p["seconds"] for p in preds)
        results[name] = res
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            with open(args.out / f"{name}.jsonl", "w", encoding="utf-8") as f:
                for rec in preds:
                    f.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
    floor_s = lxml_floor(pages)

    n = len(pages)
    newsx_rate = (n / results["newsx"]["seconds"]) if "newsx" in results else None
    r0 = next(iter(results.values()), None)
    if r0:
        print(f"corpus {args.corpus.name}: {n} pages, body-scored {r0['scored']}, truth title "
              f"{r0['title_n']}, date {r0['date_n']}, source {r0['source_n']}, "
              f"author {r0['author_n']}")
    cols = ("F1", "title", "date", "source", "author", "empty", "err", "pages/s", "newsx x")
    print(f'{"tool":<18}' + "".join(f"{c:>9}" for c in cols))
    for name, res in results.items():
        rate = n / res["seconds"] if res["seconds"] else None
        ratio = newsx_rate / rate if (newsx_rate and rate) else None
        cells = (fmt(res["F1"]), fmt(res["title_em"]), fmt(res["date_day"]),
                 fmt(res["source_em"]), fmt(res["author_em"]), fmt(res["empty"]),
                 str(res["errors"]), fmt(rate, 1), fmt(ratio, 2))
        print(f"{name:<18}" + "".join(f"{c:>9}" for c in cells))
    floor_rate = n / floor_s if floor_s else None
    floor_ratio = newsx_rate / floor_rate if (newsx_rate and floor_rate) else None
    print(f'{"lxml floor":<18}' + "".join(f"{'':>9}" for _ in range(7))
          + f"{fmt(floor_rate, 1):>9}{fmt(floor_ratio, 2):>9}")
    if args.json:
        results["lxml floor"] = {"seconds": floor_s, "pages_per_sec": floor_rate}
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
