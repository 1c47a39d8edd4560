"""Headlines found in text dumps against the headline of the same page's HTML.

    python bench/title_agreement.py ../shared/corpus/en-sh-html ../shared/corpus/en-sh-text-chromium
    python bench/title_agreement.py ../shared/corpus/en-sh-html /tmp/dumps/en-sh-text-w3m -v

The English corpora carry no title truth.  Their HTML pages do carry the headline in markup
(og:title, <h1>, <title>), which newsx cross-checks there, so the HTML path's title is a fair
stand-in truth for the text dumps of the same pages (matched by manifest id).  It is a
development check, not a score: where the HTML title is itself wrong, a right dump title counts
as a miss.  Titles are compared with the shared scorer's ``norm_title``
(``--scorer``, default ``../shared/eval/score.py``).  Prints one line per dump corpus; ``-v`` lists the misses.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from newsx import pipeline  # noqa: E402

from compare import SCORER, load_scorer  # noqa: E402  (bench/ is on sys.path as the script's folder)


def _pages(corpus: Path):
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            yield record["id"], corpus / record["file"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("html_corpus", type=Path)
    ap.add_argument("text_corpora", type=Path, nargs="+")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="path of the shared score.py")
    args = ap.parse_args()
    if not args.scorer.is_file():
        print(f"scorer not found: {args.scorer}", file=sys.stderr)
        return 2
    norm_title = load_scorer(args.scorer).norm_title
    reference = {}
    for page_id, path in _pages(args.html_corpus):
        title = pipeline.extract(path.read_bytes()).title
        if title:
            reference[page_id] = title
    for corpus in args.text_corpora:
        agree = total = 0
        for page_id, path in _pages(corpus):
            if page_id not in reference:
                continue
            total += 1
            found = pipeline.extract(path.read_bytes()).title or ""
            if norm_title(found) == norm_title(reference[page_id]):
                agree += 1
            elif args.verbose:
                print(f"  {page_id[:12]}  text: {found!r}\n  {'':12}  html: {reference[page_id]!r}")
        share = agree / total if total else 0.0
        print(f"{corpus.name:28s} titles agreeing with the HTML page's: {agree}/{total} = {share:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
