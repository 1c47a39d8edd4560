"""Many pages at once: finding the inputs, extracting each one, writing the records.

The command line is a thin layer over this module:

* :func:`iter_items` turns the command-line inputs into a stream of :class:`Item` (files, ``-``
  for stdin, directories walked lazily in sorted order, hidden entries skipped);
* :func:`process_item` reads one input and extracts it into a :class:`Result` holding the
  rendered record; it never raises for a bad input (the cause goes into ``Result.message``);
* :class:`Runner` plans the outputs (``-o``: mirrored paths, skipping finished work, refusing to
  write over inputs), runs the items in-process or in a process pool with a bounded, ordered
  window, and hands each result, in input order, to a sink (stdout or atomic files) and to a
  reporter (stderr diagnostics, progress).
"""
from __future__ import annotations

import fnmatch
import os
import signal
import stat
import time
from collections import deque
from dataclasses import dataclass, replace
from itertools import chain, islice
from typing import (IO, Callable, Deque, Dict, Iterable, Iterator, List, Optional, Sequence,
                    Set, Tuple)

from .render import EXTENSIONS, RECORD_SEPARATOR, render

STDIN = "-"
DEFAULT_MAX_BYTES = 20_000_000
# Below this many inputs a process pool costs more (start-up, pickling) than it saves.
SMALL_RUN = 50
# Items sent to a worker per task, and tasks in flight per worker: enough to keep the workers
# busy while the parent waits for the oldest task, few enough that memory stays bounded.
CHUNK_SIZE = 4
TASKS_PER_WORKER = 4

OK, EMPTY, FAILED, SKIPPED = "ok", "empty", "failed", "skipped"


@dataclass(frozen=True)
class Options:
    """How every input is extracted and rendered (picklable: sent to worker processes)."""

    fmt: str = "jsonl"
    input_type: str = "auto"
    encoding: Optional[str] = None
    url: Optional[str] = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Item:
    """One input.  ``path`` is what the record's ``"path"`` says (the argument as given, or the
    directory argument joined with the relative path); ``fs_path`` is what is opened (None for
    stdin); ``rel`` is its name under ``-o DIR`` before the format's extension is added;
    ``error`` is set when the input is known to be bad before reading it."""

    path: str
    fs_path: Optional[str]
    rel: str
    error: Optional[str] = None


@dataclass(frozen=True)
class Result:
    """What became of one input.  ``status`` is ok / empty (no article) / failed / skipped;
    ``record`` is the rendered record (UTF-8) when ok; ``message`` the cause otherwise."""

    path: str
    status: str
    record: bytes = b""
    message: str = ""
    warnings: Tuple[str, ...] = ()
    output: Optional[str] = None


class InputError(Exception):
    """An input that cannot be read as a page; ``str(exc)`` is the cause shown to the user."""


@dataclass
class Stats:
    """Counts for the summary line and the exit status."""

    ok: int = 0
    empty: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = 0.0
    finished: float = 0.0

    @property
    def total(self) -> int:
        """Inputs seen so far."""
        return self.ok + self.empty + self.failed + self.skipped

    @property
    def seconds(self) -> float:
        """Wall time of the run."""
        return max(0.0, (self.finished or time.perf_counter()) - self.started)

    def count(self, status: str) -> None:
        """Count one result."""
        setattr(self, status, getattr(self, status) + 1)


# --------------------------------------------------------------------------------------------
# Reading and extracting one input


def format_size(n: float) -> str:
    """``20 MB``, ``1.5 MB``, ``800 kB``, ``12 bytes`` (decimal units)."""
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= size:
            return f"{n / size:.1f}".rstrip("0").rstrip(".") + f" {unit}"
    return f"{int(n)} bytes"


def _too_large(size: int, limit: int) -> InputError:
    return InputError(f"file too large ({format_size(size)} > {format_size(limit)} limit)")


def os_error_cause(exc: OSError) -> str:
    """A short cause for an OS error: "no such file", "permission denied", ..."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "not a file"
    if isinstance(exc, NotADirectoryError):
        return "no such file"
    return (exc.strerror or exc.__class__.__name__).lower()


def read_input(path: str, max_bytes: int) -> bytes:
    """The bytes of one input file, refusing what is not a readable page-sized file.

    Regular files, pipes (``<(curl ...)``) and character devices are read; directories, sockets
    and the like are "not a file".  At most ``max_bytes`` bytes are accepted, checked before
    reading and again while reading (pipes have no size).
    """
    try:
        st = os.stat(path)
        mode = st.st_mode
        if stat.S_ISDIR(mode) or not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)
                                      or stat.S_ISCHR(mode)):
            raise InputError("not a file")
        if stat.S_ISREG(mode) and st.st_size > max_bytes:
            raise _too_large(st.st_size, max_bytes)
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(os_error_cause(exc)) from None
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    return data


def read_stream(stream: IO[bytes], max_bytes: int) -> bytes:
    """Read a binary stream (stdin) with the same size limit as files."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(os_error_cause(exc)) from None
    if len(data) > max_bytes:
        raise InputError(f"input too large (more than {format_size(max_bytes)} limit)")
    return data


def _looks_binary(data: bytes) -> bool:
    # The binary test belongs to the decoder; older or placeholder decoders may lack it.
    from . import decode

    test = getattr(decode, "looks_binary", None)
    return bool(test(data)) if test is not None else False


def process_bytes(data: bytes, path: str, opts: Options) -> Result:
    """Extract and render one page already in memory; bad pages give a failed/empty Result."""
    if not data.strip():
        return Result(path, FAILED, message="empty file")
    try:
        if _looks_binary(data):
            return Result(path, FAILED, message="binary file, not a page")
        from .pipeline import extract

        article = extract(data, url=opts.url, input_type=opts.input_type, encoding=opts.encoding)
        article = replace(article, path=path)
        warnings = tuple(article.warnings)
        if article.is_empty:
            return Result(path, EMPTY, message=article.reason or "no article found",
                          warnings=warnings)
        record = render(article, opts.fmt).encode("utf-8", "backslashreplace")
    except (LookupError, UnicodeError) as exc:
        return Result(path, FAILED, message=f"cannot decode: {exc}")
    except RecursionError:
        return Result(path, FAILED, message="page nested too deeply")
    except MemoryError:
        return Result(path, FAILED, message="out of memory")
    except Exception as exc:  # a bug in one page must not stop the other pages
        return Result(path, FAILED, message=f"internal error: {exc.__class__.__name__}: {exc}")
    return Result(path, OK, record=record, warnings=warnings)


def process_item(item: Item, opts: Options) -> Result:
    """Read one input file and extract it (never raises for a bad input)."""
    if item.error:
        return Result(item.path, FAILED, message=item.error)
    if item.fs_path is None:
        raise ValueError("stdin items are read by the caller (see process_bytes)")
    try:
        data = read_input(item.fs_path, opts.max_bytes)
    except InputError as exc:
        return Result(item.path, FAILED, message=str(exc))
    return process_bytes(data, item.path, opts)


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group; only the parent should react (and stop the pool),
    # otherwise every worker prints a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work_chunk(items: List[Item], opts: Options) -> List[Result]:
    """Worker-side task: process a few items."""
    return [process_item(item, opts) for item in items]


def _noop() -> None:
    return None


# --------------------------------------------------------------------------------------------
# Finding the inputs


def glob_matches(rel: str, globs: Sequence[str]) -> bool:
    """Does a walked file match one of the ``--glob`` patterns?

    A pattern without ``/`` is matched against the file name (``*.html``); one with ``/``
    against the path relative to the directory argument (``2020/*/*.html``); a leading ``**/``
    also matches at the top level.
    """
    if not globs:
        return True
    posix = rel.replace(os.sep, "/")
    name = posix.rsplit("/", 1)[-1]
    for pattern in globs:
        if "/" not in pattern:
            if fnmatch.fnmatch(name, pattern):
                return True
        elif fnmatch.fnmatch(posix, pattern) or (
                pattern.startswith("**/") and fnmatch.fnmatch(posix, pattern[3:])):
            return True
    return False


def _scan(path: str) -> List[os.DirEntry]:
    with os.scandir(path) as it:
        return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)


def walk_dir(arg: str, globs: Sequence[str] = (),
             exclude: Optional[Tuple[int, int]] = None) -> Iterator[Item]:
    """The files under directory ``arg``, depth first in name order, lazily.

    Hidden files and directories (name starting with ``.``) are skipped, symbolic links to
    directories are not followed (no loops), and the directory whose ``(st_dev, st_ino)`` is
    ``exclude`` (the output directory) is not entered.  A directory that cannot be listed
    becomes an item carrying the error.
    """
    try:
        top = iter(_scan(arg))
    except OSError as exc:
        yield Item(arg, arg, os.path.basename(os.path.normpath(arg)), error=os_error_cause(exc))
        return
    stack: List[Tuple[Iterator[os.DirEntry], str]] = [(top, "")]
    while stack:
        entries, base = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        rel = os.path.join(base, entry.name) if base else entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                if exclude is not None and entry.inode() == exclude[1] and \
                        entry.stat(follow_symlinks=False).st_dev == exclude[0]:
                    continue
                try:
                    children = _scan(entry.path)
                except OSError as exc:
                    yield Item(os.path.join(arg, rel), entry.path, rel,
                               error=os_error_cause(exc))
                    continue
                stack.append((iter(children), rel))
            elif entry.is_file() and glob_matches(rel, globs):
                yield Item(os.path.join(arg, rel), entry.path, rel)
        except OSError:
            continue  # vanished while walking, or a broken link: not an input


def iter_items(inputs: Sequence[str], globs: Sequence[str] = (),
               exclude: Optional[Tuple[int, int]] = None) -> Iterator[Item]:
    """The stream of items for the command-line inputs, in the order given."""
    for arg in inputs:
        if arg == STDIN:
            yield Item(STDIN, None, "stdin")
        elif os.path.isdir(arg):
            found = False
            for item in walk_dir(arg, globs, exclude):
                found = True
                yield item
            if not found:
                what = "no files matching --glob" if globs else "no files"
                yield Item(arg, arg, "", error=f"{what} in this directory")
        else:
            yield Item(arg, arg, os.path.basename(os.path.normpath(arg)) or "input")


# --------------------------------------------------------------------------------------------
# Where records go


class StdoutSink:
    """Records to a binary stream, flushed one by one (pipelines see them as they come).

    JSON and JSON Lines records are simply concatenated (a JSON stream); Markdown and text
    records are separated by a form-feed line (see ``render.RECORD_SEPARATOR``).
    """

    def __init__(self, stream: IO[bytes], fmt: str):
        self.stream = stream
        self.separator = RECORD_SEPARATOR.encode() if fmt in ("markdown", "text") else b""
        self.written = 0

    def write(self, result: Result) -> None:
        """Write one record."""
        if self.written and self.separator:
            self.stream.write(self.separator)
        self.stream.write(result.record)
        self.stream.flush()
        self.written += 1


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: str, data: bytes, mode: int = 0o644) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one, never a
    part: a hidden temporary file in the same directory, then ``os.replace``."""
    import tempfile  # only -o needs it; keeps start-up light

    directory = os.path.dirname(path) or "."
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".newsx-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, mode)  # mkstemp makes 0600; outputs should be as readable as any file
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class DirSink:
    """Records to one file each under the output directory (atomic writes)."""

    def __init__(self):
        self.mode = 0o666 & ~_current_umask()
        self.made: Set[str] = set()

    def write(self, result: Result) -> None:
        """Write one record to ``result.output``."""
        directory = os.path.dirname(result.output)
        if directory and directory not in self.made:
            os.makedirs(directory, exist_ok=True)
            self.made.add(directory)
        write_atomic(result.output, result.record, self.mode)


# --------------------------------------------------------------------------------------------
# Output planning


def _within(path: str, directory: str) -> bool:
    """Is ``path`` inside (or equal to) ``directory``?  Both absolute and normalised."""
    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)


class OutputPlan:
    """Maps inputs to output files under ``-o DIR`` and refuses unsafe ones.

    Outputs never overwrite an input and never land inside an input directory that the walk
    would read (the output directory itself is excluded from walks, so ``-o archive/out`` for
    the input ``archive/`` is fine).  Two inputs mapping to the same output is an error for
    the second one.
    """

    def __init__(self, out_dir: str, fmt: str, inputs: Sequence[str]):
        self.out_dir = out_dir
        self.ext = EXTENSIONS[fmt]
        self.root = os.path.realpath(out_dir)
        self.claimed: Dict[str, str] = {}
        self.guard_dirs: List[str] = []
        self.guard_files: Set[str] = set()
        for arg in inputs:
            if arg == STDIN:
                continue
            real = os.path.realpath(arg)
            if os.path.isdir(arg):
                if not _within(self.root, real):
                    self.guard_dirs.append(real)
            elif _within(real, self.root):
                self.guard_files.add(real)

    @staticmethod
    def usage_problem(out_dir: str, inputs: Sequence[str]) -> Optional[str]:
        """Why ``-o out_dir`` cannot be used with these inputs at all, or None."""
        if os.path.exists(out_dir) and not os.path.isdir(out_dir):
            return f"output {out_dir!r} exists and is not a directory"
        root = os.path.realpath(out_dir)
        for arg in inputs:
            if arg == STDIN:
                continue
            real = os.path.realpath(arg)
            if os.path.isdir(arg):
                if real == root:
                    return (f"output directory {out_dir!r} is the input directory {arg!r}; "
                            f"choose another (a subdirectory is fine)")
            elif os.path.exists(arg) and os.path.dirname(real) == root:
                return (f"output directory {out_dir!r} holds the input {arg!r}; outputs are "
                        f"never written next to inputs, choose another directory")
        return None

    def output_for(self, item: Item) -> Tuple[str, Optional[str]]:
        """``(output path, problem)``; problem is None when the output may be written."""
        out = os.path.join(self.out_dir, item.rel + self.ext)
        key = os.path.normpath(out)
        other = self.claimed.get(key)
        if other is not None:
            return out, f"output {out} is already the output of {other}"
        if self.guard_dirs or self.guard_files:
            real = os.path.realpath(out)
            if real in self.guard_files:
                return out, f"output {out} would overwrite an input"
            for d in self.guard_dirs:
                if _within(real, d):
                    return out, f"output {out} would be written inside the input directory"
        self.claimed[key] = item.path
        return out, None


def is_fresh(output: str, input_path: Optional[str]) -> bool:
    """Is ``output`` newer than its input (so a re-run can skip it)?"""
    if input_path is None:
        return False  # stdin is always new
    try:
        return os.stat(output).st_mtime_ns > os.stat(input_path).st_mtime_ns
    except OSError:
        return False


# --------------------------------------------------------------------------------------------
# Running


def cpu_count() -> int:
    """CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


class Runner:
    """Run a stream of items and deliver results in input order.

    ``sink`` gets every ok result (``.write(result)``); ``on_result`` every result (for
    diagnostics and progress); ``on_start`` is called once the workers are running, before the
    first result, so that a progress display starts after the worker processes are forked.
    ``jobs=None`` picks in-process for small runs and one worker per CPU for big ones.
    """

    def __init__(self, opts: Options, sink, *, jobs: Optional[int] = None,
                 out_dir: Optional[str] = None, inputs: Sequence[str] = (),
                 force: bool = False, stdin: Optional[IO[bytes]] = None,
                 on_result: Optional[Callable[[Result], None]] = None,
                 on_start: Optional[Callable[[], None]] = None):
        self.opts = opts
        self.sink = sink
        self.jobs = jobs
        self.plan = OutputPlan(out_dir, opts.fmt, inputs) if out_dir is not None else None
        self.force = force
        self.stdin = stdin
        self.on_result = on_result or (lambda result: None)
        self.on_start = on_start or (lambda: None)
        self.stats = Stats()
        self.used_pool = False

    # -- planning: decide per item before any work is sent out -------------------------------

    def _prepare(self, item: Item) -> Tuple[Item, Optional[str], Optional[Result]]:
        """``(item, output path, ready result)``; a ready result means no work is needed."""
        if item.error:
            return item, None, Result(item.path, FAILED, message=item.error)
        output = None
        if self.plan is not None:
            output, problem = self.plan.output_for(item)
            if problem:
                return item, output, Result(item.path, FAILED, message=problem)
            if not self.force and is_fresh(output, item.fs_path):
                return item, output, Result(item.path, SKIPPED, output=output)
        if item.fs_path is None:  # stdin: read here, in the parent, which owns the stream
            try:
                data = read_stream(self.stdin, self.opts.max_bytes)
            except InputError as exc:
                return item, output, Result(item.path, FAILED, message=str(exc))
            return item, output, process_bytes(data, item.path, self.opts)
        return item, output, None

    def _deliver(self, output: Optional[str], result: Result) -> None:
        if result.status == OK:
            if output is not None:
                result = replace(result, output=output)
            try:
                self.sink.write(result)
            except BrokenPipeError:
                raise
            except OSError as exc:
                where = f" {output}" if output else ""
                result = replace(result, status=FAILED, record=b"",
                                 message=f"cannot write{where}: {os_error_cause(exc)}")
        self.stats.count(result.status)
        self.on_result(result)

    # -- running ------------------------------------------------------------------------------

    def run(self, items: Iterable[Item]) -> Stats:
        """Process every item; returns the counts.  BrokenPipeError and KeyboardInterrupt
        propagate (after the worker processes are stopped)."""
        self.stats = Stats(started=time.perf_counter())
        todo = iter(items)
        jobs = self.jobs
        if jobs is None:
            # Peek at most SMALL_RUN items: the walk stays lazy beyond that.
            head = list(islice(todo, SMALL_RUN))
            jobs = 1 if len(head) < SMALL_RUN else cpu_count()
            todo = chain(head, todo)
        try:
            if jobs <= 1:
                self._run_inline(todo)
            else:
                self._run_pool(todo, jobs)
        finally:
            self.stats.finished = time.perf_counter()
        return self.stats

    def _run_inline(self, items: Iterator[Item]) -> None:
        self.on_start()
        for item in items:
            item, output, ready = self._prepare(item)
            self._deliver(output, ready if ready is not None else process_item(item, self.opts))

    def _run_pool(self, items: Iterator[Item], jobs: int) -> None:
        from concurrent.futures import ProcessPoolExecutor

        self.used_pool = True
        from concurrent.futures.process import BrokenProcessPool

        # Import the segmenters now so that forked workers inherit them instead of each
        # importing lxml on its first page.
        for name in ("html", "text"):
            try:
                __import__(f"{__package__}.{name}")
            except ImportError:
                pass

        def new_pool():
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
            pool.submit(_noop).result()  # start the workers before any display thread runs
            return pool

        # window: (future or None, slots) per task, oldest first; a slot is
        # (item, output, ready result or None = comes from the future, in order).
        Slot = Tuple[Item, Optional[str], Optional[Result]]
        window: Deque[Tuple[object, List[Slot]]] = deque()
        pool = new_pool()

        def submit(slots: List[Slot]):
            work = [item for item, _, ready in slots if ready is None]
            return pool.submit(_work_chunk, work, self.opts) if work else None

        def drain_one() -> None:
            nonlocal pool
            future, slots = window.popleft()
            if future is None:
                results: List[Result] = []
            else:
                try:
                    results = future.result()
                except BrokenProcessPool:
                    # A worker died (killed, out of memory, crash in a C library): fail this
                    # task's items, then resubmit the tasks still in flight to a fresh pool.
                    results = [Result(item.path, FAILED, message="worker process died")
                               for item, _, ready in slots if ready is None]
                    _kill_pool(pool)
                    pool = new_pool()
                    for i, (_, pending) in enumerate(window):
                        window[i] = (submit(pending), pending)
            produced = iter(results)
            for item, output, ready in slots:
                self._deliver(output, ready if ready is not None else next(produced))

        try:
            self.on_start()
            max_tasks = jobs * TASKS_PER_WORKER
            slots: List[Slot] = []
            for item in items:
                slots.append(self._prepare(item))
                if len(slots) >= CHUNK_SIZE:
                    window.append((submit(slots), slots))
                    slots = []
                    while len(window) >= max_tasks:
                        drain_one()
            if slots:
                window.append((submit(slots), slots))
            while window:
                drain_one()
        except BaseException:
            _kill_pool(pool)
            raise
        pool.shutdown(wait=True)


def _kill_pool(pool) -> None:
    """Stop a pool now (Ctrl-C, closed stdout).  A plain ``shutdown(wait=False)`` can leave the
    interpreter waiting forever at exit for workers parked on the task queue; the workers hold
    nothing worth saving (the parent writes every output), so they are terminated."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        try:
            process.terminate()
        except (OSError, AttributeError):
            pass
    for process in processes:
        try:
            process.join(timeout=2)
        except (OSError, AttributeError, AssertionError):
            pass
