"""The ``newsx`` command: ``newsx extract`` and ``newsx explain``.

stdout carries records (extract) or the report asked for (explain) and nothing else; every
diagnostic goes to stderr as ``newsx: PATH: cause``.  rich is imported only when a progress bar
or an explain report is drawn, so that ``newsx extract`` starts fast.
"""
from __future__ import annotations

import codecs
import os
import re
import sys
from typing import List, Optional, Sequence

import click

from . import __version__
from .batch import (DEFAULT_MAX_BYTES, EMPTY, FAILED, STDIN, InputError, Options, Result,
                    Runner, Stats, format_size, iter_items, read_input, read_stream)
from .pipeline import INPUT_TYPES
from .render import FORMATS

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141

MAIN_EPILOG = """\b
Examples:
  newsx extract page.html                  one page, pretty JSON
  newsx extract --format markdown page.txt
  curl -s https://example.com/n/1.html | newsx extract -
  newsx extract --format jsonl archive/ | jq -r .title
  newsx extract archive/ -o out/           one file per page, mirroring archive/
  newsx explain page.txt                   why each block was kept or dropped

Exit status: 0 every input gave an article, 1 some input failed or held no article,
2 usage error."""

EXTRACT_EPILOG = """\b
Examples:
  newsx extract page.html
  newsx extract -f markdown page.txt > page.md
  cat page.html | newsx extract - --url https://example.com/n/1.html
  newsx extract -f jsonl archive/ | jq -r '[.date, .title] | @tsv'
  newsx extract archive/ --glob '*.html' -o out/     (re-runs skip finished pages)
  newsx extract archive/ -o out/ --force -j 8

\b
INPUT is a file, - (stdin) or a directory (walked recursively, hidden entries
skipped, symbolic links to directories not followed).  stdout carries records
only: an input with no article prints no record; its cause goes to stderr.
Several markdown/text records on stdout are separated by a form-feed line.
With -o, "dir/a/b.html" is written to "OUT/a/b.html.json" (input name plus the
format's extension)."""


def _no_color() -> bool:
    return bool(os.environ.get("NO_COLOR"))


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _check_encoding(ctx, param, value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        codecs.lookup(value)
    except LookupError:
        raise click.BadParameter(f"unknown encoding {value!r}") from None
    return value


_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?b?)\s*$", re.I)


class ByteSize(click.ParamType):
    """A size such as ``20M``, ``500k``, ``1.5MB`` or ``123456`` (decimal units)."""

    name = "SIZE"

    def convert(self, value, param, ctx):
        """Parse the size into a number of bytes."""
        if isinstance(value, int):
            return value
        m = _SIZE.match(str(value))
        if not m:
            self.fail(f"{value!r} is not a size like 20M, 500k or 1000000", param, ctx)
        unit = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}[m.group(2).lower()]
        if m.group(3).lower().startswith("i"):
            unit = {1: 1, 1_000: 1024, 1_000_000: 1024 ** 2, 1_000_000_000: 1024 ** 3}[unit]
        size = int(float(m.group(1)) * unit)
        if size < 1:
            self.fail("size must be at least 1 byte", param, ctx)
        return size


class Reporter:
    """Diagnostics on stderr: one line per failed input, warnings, a progress bar on terminals
    and a summary line for batch runs."""

    def __init__(self, *, quiet: bool, progress: bool, summary: bool, total: Optional[int]):
        self.quiet = quiet
        self.want_progress = progress
        self.summary = summary
        self.total = total
        self.progress = None
        self.task = None
        self.stats = Stats()

    def start(self) -> None:
        """Show the progress bar (if wanted); called once worker processes are running."""
        if not self.want_progress or self.progress is not None:
            return
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn)

        self.progress = Progress(
            TextColumn("newsx"), BarColumn(), MofNCompleteColumn(),
            TextColumn("[green]{task.fields[ok]} ok[/] [yellow]{task.fields[empty]} no article"
                       "[/] [red]{task.fields[failed]} failed[/] [dim]{task.fields[skipped]}"
                       " skipped[/]"),
            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
            console=Console(stderr=True), transient=True)
        self.task = self.progress.add_task("extract", total=self.total, ok=0, empty=0, failed=0,
                                           skipped=0, rate="")
        self.progress.start()

    def line(self, text: str) -> None:
        """One diagnostic line on stderr, above the progress bar when there is one."""
        if self.progress is not None:
            self.progress.console.print(text, markup=False, highlight=False, soft_wrap=True)
        else:
            sys.stderr.write(text + "\n")
            sys.stderr.flush()

    def result(self, result: Result, stats: Stats) -> None:
        """Report one finished input."""
        if not self.quiet:
            for warning in result.warnings:
                self.line(f"newsx: {result.path}: warning: {warning}")
        if result.status in (FAILED, EMPTY):
            self.line(f"newsx: {result.path}: {result.message}")
        if self.progress is not None:
            seconds = stats.seconds
            rate = f"{stats.total / seconds:.1f}/s" if seconds > 0 else ""
            self.progress.update(self.task, completed=stats.total, ok=stats.ok,
                                 empty=stats.empty, failed=stats.failed,
                                 skipped=stats.skipped, rate=rate)

    def stop(self) -> None:
        """Remove the progress bar."""
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def finish(self, stats: Stats) -> None:
        """Remove the progress bar and print the summary line."""
        self.stop()
        if self.summary and not self.quiet:
            seconds = stats.seconds
            rate = stats.total / seconds if seconds > 0 else 0.0
            self.line(f"{stats.total} pages: {stats.ok} ok, {stats.empty} no article, "
                      f"{stats.failed} failed, {stats.skipped} skipped in {seconds:.2f} s "
                      f"({rate:.1f} pages/s)")


def _silence_stdout() -> None:
    # After the reader of our stdout went away, point the descriptor at /dev/null so that the
    # interpreter's final flush does not complain either.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _exit_now(code: int, hard: bool) -> None:
    """Exit after an interruption.  After a process pool was stopped mid-task, skip the
    interpreter's exit hooks: concurrent.futures' hook can wait forever for the killed
    workers (nothing else is pending: records are flushed one by one, temp files removed)."""
    if hard:
        for stream in (sys.stderr, sys.stdout):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
    sys.exit(code)


def _stdout_binary():
    return getattr(sys.stdout, "buffer", sys.stdout)


def _stdin_binary():
    return getattr(sys.stdin, "buffer", sys.stdin)


class _Group(click.Group):
    """A click group that exits 130 quietly on Ctrl-C (click would print "Aborted!")."""

    def invoke(self, ctx):
        """Run the command, turning KeyboardInterrupt into exit status 130."""
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            raise SystemExit(EXIT_INTERRUPTED) from None


@click.group(cls=_Group, epilog=MAIN_EPILOG,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="newsx",
                      message="%(prog)s %(version)s")
def main() -> None:
    """Turn saved news pages (HTML or plain-text dumps, any encoding) into clean records:
    title, source, date, authors and body, as JSON, JSON Lines, Markdown or text."""


@main.command(epilog=EXTRACT_EPILOG,
              short_help="Extract articles from pages, files or directories.")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default=None,
              help="Record format.  [default: json for one file to a terminal or with -o, "
                   "jsonl otherwise]")
@click.option("-o", "--output", "out_dir", metavar="DIR", default=None,
              help="Write one file per input under DIR (mirroring directory inputs) instead of "
                   "printing records; existing outputs newer than their input are skipped.")
@click.option("--glob", "globs", metavar="PATTERN", multiple=True,
              help="Only files matching PATTERN in directory inputs (repeatable; a pattern "
                   "with / matches the relative path).  [default: every non-hidden file]")
@click.option("--input-type", type=click.Choice(INPUT_TYPES), default="auto", show_default=True,
              help="Treat inputs as HTML or as plain-text dumps; auto sniffs each input.")
@click.option("--encoding", metavar="NAME", callback=_check_encoding,
              help="Decode inputs with this encoding instead of detecting it.")
@click.option("--url", metavar="URL", help="The page's URL, for the record (one input only).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes.  [default: 1 for fewer than 50 inputs, else one per CPU]")
@click.option("--max-bytes", type=ByteSize(), default=DEFAULT_MAX_BYTES,
              help=f"Refuse bigger inputs (e.g. 500k, 50M).  "
                   f"[default: {format_size(DEFAULT_MAX_BYTES)}]")
@click.option("--force", is_flag=True, help="With -o: redo inputs whose output is up to date.")
@click.option("-q", "--quiet", is_flag=True,
              help="No progress bar, summary or warnings; failures are still reported.")
def extract(inputs: Sequence[str], fmt: Optional[str], out_dir: Optional[str],
            globs: Sequence[str], input_type: str, encoding: Optional[str], url: Optional[str],
            jobs: Optional[int], max_bytes: int, force: bool, quiet: bool) -> None:
    """Extract the article of every INPUT and print (or write) its record."""
    inputs = list(inputs)
    if inputs.count(STDIN) > 1:
        raise click.UsageError("stdin (-) can be given only once")
    has_dir = any(arg != STDIN and os.path.isdir(arg) for arg in inputs)
    if url and (len(inputs) > 1 or has_dir):
        raise click.UsageError("--url applies to a single input file")
    if force and out_dir is None:
        raise click.UsageError("--force only makes sense with -o/--output")
    if fmt is None:
        one_file = len(inputs) == 1 and not has_dir
        fmt = "json" if out_dir is not None or (one_file and _isatty(sys.stdout)) else "jsonl"

    exclude = None
    if out_dir is not None:
        from .batch import OutputPlan

        problem = OutputPlan.usage_problem(out_dir, inputs)
        if problem:
            raise click.UsageError(problem)
        try:
            os.makedirs(out_dir, exist_ok=True)
            st = os.stat(out_dir)
        except OSError as exc:
            click.echo(f"newsx: {out_dir}: cannot create output directory: "
                       f"{exc.strerror or exc}", err=True)
            sys.exit(EXIT_FAILED)
        exclude = (st.st_dev, st.st_ino)  # never walk into our own outputs

    batch = len(inputs) > 1 or has_dir
    show_progress = (batch and not quiet and not _no_color() and _isatty(sys.stderr))
    total = None
    if show_progress:
        # A second, cheap walk (names only) so that the bar knows its length.
        total = sum(1 for _ in iter_items(inputs, globs, exclude))
    reporter = Reporter(quiet=quiet, progress=show_progress, summary=batch, total=total)

    opts = Options(fmt=fmt, input_type=input_type, encoding=encoding, url=url,
                   max_bytes=max_bytes)
    if out_dir is not None:
        from .batch import DirSink

        sink = DirSink()
    else:
        from .batch import StdoutSink

        sink = StdoutSink(_stdout_binary(), fmt)
    runner = Runner(opts, sink, jobs=jobs, out_dir=out_dir, inputs=inputs, force=force,
                    stdin=_stdin_binary(), on_start=reporter.start,
                    on_result=lambda result: reporter.result(result, runner.stats))
    try:
        stats = runner.run(iter_items(inputs, globs, exclude))
    except BrokenPipeError:
        reporter.stop()
        _silence_stdout()
        _exit_now(EXIT_BROKEN_PIPE, runner.used_pool)
    except KeyboardInterrupt:
        reporter.stop()
        _exit_now(EXIT_INTERRUPTED, runner.used_pool)
    reporter.finish(stats)
    sys.exit(EXIT_FAILED if stats.failed or stats.empty else EXIT_OK)


# --------------------------------------------------------------------------------------------
# explain

LABEL_STYLES = {
    "body": "green",
    "title": "bold cyan",
    "subtitle": "cyan",
    "byline": "bold cyan",
}
BOILERPLATE_STYLE = "dim"


def _read_one(path: str, max_bytes: int) -> bytes:
    if path == STDIN:
        return read_stream(_stdin_binary(), max_bytes)
    return read_input(path, max_bytes)


def _explain_report(console, path: str, analysis) -> None:
    """Print every block with its label, score and reasons, then the record."""
    from rich.padding import Padding
    from rich.rule import Rule
    from rich.text import Text

    from .render import to_json

    page = analysis.page
    head = Text()
    head.append(path, style="bold")
    head.append(f"  {page.input_type}, encoding {page.encoding}, {len(page.blocks)} blocks")
    console.print(head)
    for warning in page.warnings:
        console.print(Text(f"warning: {warning}", style="yellow"))
    console.print()
    for block in page.blocks:
        label = block.label or "?"
        style = LABEL_STYLES.get(label, BOILERPLATE_STYLE)
        line = Text()
        line.append(f"{block.index:>4} ", style="dim")
        line.append(f"{label:<11} ", style=style)
        line.append(f"{block.score:>+8.2f}  ")
        line.append(block.text, style=style)
        console.print(line, no_wrap=True, overflow="ellipsis")
        if block.reasons:
            console.print(Padding(Text("; ".join(block.reasons), style="dim"), (0, 0, 0, 28),
                                  expand=False))
    console.print()
    console.print(Rule("record", style="dim"))
    article = analysis.article
    if article.is_empty:
        console.print(Text(f"({article.reason or 'no article found'})", style="bold red"))
    console.print(Text(to_json(article, indent=2)), soft_wrap=True)


@main.command(short_help="Show why each block of a page was kept or dropped.", epilog="""\b
Examples:
  newsx explain page.txt | less -R
  newsx explain --width 200 page.html > report.txt""")
@click.argument("file", metavar="FILE")
@click.option("--input-type", type=click.Choice(INPUT_TYPES), default="auto", show_default=True,
              help="Treat the input as HTML or as a plain-text dump; auto sniffs it.")
@click.option("--encoding", metavar="NAME", callback=_check_encoding,
              help="Decode with this encoding instead of detecting it.")
@click.option("--width", type=click.IntRange(min=40), default=None,
              help="Report width in columns.  [default: the terminal's]")
def explain(file: str, input_type: str, encoding: Optional[str], width: Optional[int]) -> None:
    """Show how FILE (or - for stdin) was read: every block with its label, score and reasons,
    then the extracted record.  Colours follow the labels (off with NO_COLOR or when stdout is
    not a terminal)."""
    from dataclasses import replace

    from .batch import _looks_binary
    from .pipeline import analyse

    try:
        data = _read_one(file, DEFAULT_MAX_BYTES)
    except InputError as exc:
        click.echo(f"newsx: {file}: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    if not data.strip():
        click.echo(f"newsx: {file}: empty file", err=True)
        sys.exit(EXIT_FAILED)
    if _looks_binary(data):
        click.echo(f"newsx: {file}: binary file, not a page", err=True)
        sys.exit(EXIT_FAILED)
    try:
        analysis = analyse(data, input_type=input_type, encoding=encoding)
    except Exception as exc:  # report a bug as one line, like extract does
        click.echo(f"newsx: {file}: internal error: {exc.__class__.__name__}: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    analysis.article = replace(analysis.article, path=file)

    from rich.console import Console

    color = _isatty(sys.stdout) and not _no_color()
    console = Console(file=sys.stdout, width=width, highlight=False,
                      color_system="auto" if color else None, force_terminal=color or None,
                      no_color=not color)
    try:
        _explain_report(console, file, analysis)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)
    if analysis.article.is_empty:
        click.echo(f"newsx: {file}: {analysis.article.reason or 'no article found'}", err=True)
        sys.exit(EXIT_FAILED)


def run(argv: Optional[List[str]] = None) -> None:
    """Entry point for ``python -m newsx``."""
    main(args=argv, prog_name="newsx")
