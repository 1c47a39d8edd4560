#!/usr/bin/env python3
"""Make text-dump corpora from an HTML corpus with other text browsers (w3m, lynx).

    python bench/render_dumps.py ../shared/corpus/zh-cwce-html ../shared/corpus/en-sh-html \\
        --renderer w3m --renderer lynx --out /tmp/dumps
    python3 ../shared/eval/run.py /tmp/dumps/*

The development corpus holds browser and ``w3m`` dumps; users also save pages with ``lynx -dump``
(numbered links and a closing list of their addresses), ``lynx -dump -nolist``, or ``w3m`` with
other settings.  Rendering the same HTML pages with those gives new dumps with the same truth,
so the scorer shows how the text path holds up on a layout it was not developed on.

Each output folder is a corpus like the shared ones (``manifest.jsonl`` + ``pages/``) named
``<corpus>-text-<renderer>`` with the ``-html`` suffix dropped; dumps are written as UTF-8.
The page's charset, for the browsers that cannot detect it, is the one newsx decodes it with.
Renderers: ``w3m`` (``w3m -dump``), ``lynx`` (``lynx -dump``), ``lynx-nolist``
(``lynx -dump -nolist``); a renderer that is not installed is skipped with a message.
Standard library + newsx only.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from newsx.decode import decode  # noqa: E402

# lynx knows the GB and Big5 families by their older names
_LYNX_CHARSETS = {"gb18030": "gb2312", "gbk": "gb2312", "big5hkscs": "big5", "big5-hkscs": "big5",
                  "cp1252": "windows-1252"}


def command(renderer: str, page: Path, charset: str) -> list:
    """The command line that dumps ``page`` (HTML in ``charset``) as UTF-8 text."""
    if renderer == "w3m":
        return ["w3m", "-dump", "-T", "text/html", "-I", charset, "-O", "utf-8", str(page)]
    lynx = ["lynx", "-dump", "-assume_charset=" + _LYNX_CHARSETS.get(charset, charset),
            "-display_charset=utf-8"]
    if renderer == "lynx-nolist":
        lynx.append("-nolist")
    return lynx + [page.resolve().as_uri()]


def render_corpus(corpus: Path, renderer: str, out: Path) -> Path:
    """Dump every page of ``corpus`` with ``renderer`` into a new corpus folder under ``out``."""
    name = corpus.name[:-len("-html")] if corpus.name.endswith("-html") else corpus.name
    target = out / f"{name}-text-{renderer}"
    (target / "pages").mkdir(parents=True, exist_ok=True)
    entries = []
    with open(corpus / "manifest.jsonl", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            entry = json.loads(line)
            page = corpus / entry["file"]
            charset = decode(page.read_bytes()).encoding
            done = subprocess.run(command(renderer, page, charset), capture_output=True,
                                  timeout=120, check=False)
            file = f"pages/{entry['id']}.txt"
            (target / file).write_bytes(done.stdout)
            entry.update(kind="text", file=file, renderer=renderer, encoding="utf-8",
                         source_set=f"{entry.get('source_set', name)}-{renderer}")
            entries.append(json.dumps(entry, ensure_ascii=False))
    (target / "manifest.jsonl").write_text("\n".join(entries) + "\n", encoding="utf-8")
    return target


def main(argv=None) -> int:
    """Command-line entry point; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", type=Path, help="HTML corpus folders (with manifest.jsonl)")
    ap.add_argument("--renderer", action="append", choices=("w3m", "lynx", "lynx-nolist"),
                    help="text browser to dump with (repeatable; default: all installed)")
    ap.add_argument("--out", type=Path, required=True, help="folder for the new corpora")
    args = ap.parse_args(argv)
    renderers = args.renderer or ["w3m", "lynx", "lynx-nolist"]
    made = 0
    for renderer in renderers:
        if shutil.which(renderer.split("-")[0]) is None:
            print(f"{renderer}: not installed, skipped", file=sys.stderr)
            continue
        for corpus in args.corpora:
            if not (corpus / "manifest.jsonl").is_file():
                print(f"{corpus}: no manifest.jsonl, skipped", file=sys.stderr)
                continue
            print(render_corpus(corpus, renderer, args.out))
            made += 1
    return 0 if made else 1


if __name__ == "__main__":
    sys.exit(main())
