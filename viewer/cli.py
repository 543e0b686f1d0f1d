"""The `timeline-viewer` command: extraction on the command line, and the app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from viewer import __version__
from viewer.ui.platform_check import platform_problem

if TYPE_CHECKING:  # the reader is imported where it is used: the app reads on its own schedule
    from multiprocessing.context import BaseContext

    from viewer.core.document import Document
    from viewer.core.forked import Turns

PROG = "timeline-viewer"
EXCHANGE_FORMATS = ("timelinejs", "timeml", "ics")  # extract --format: other tools' formats


def _extract_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} extract",
        description="Print the dated events and temporal expressions of text files. A project "
        "(.tlproj) gives its documents with the user's edits applied: in JSON an edited event has "
        "\"edited\": true and its \"original\" reading, and the events marked not an event are "
        "listed under \"hidden\".",
    )
    p.add_argument("--format", choices=("json", "csv", *EXCHANGE_FORMATS), default="json",
                   help="output format (default: json): json and csv are extract's own; timelinejs is "
                   "TimelineJS3's JSON, timeml the text with TIMEX3 elements, ics a calendar of all-day "
                   "events (dates before year 1 left out)")
    p.add_argument("--document-date", metavar="DATE",
                   help="the day the texts were written (YYYY-MM-DD, or YYYY-MM-DDThh:mm with the time "
                   "ignored): 'yesterday', 'last week' and 'Tuesday' are told from it (default: the date in "
                   "each text's dateline, page metadata or file name; with none, it is read as a narrative)")
    p.add_argument("--text", action="store_true",
                   help="print the readable text each document was read as (of a web page, Markdown, Word or "
                   "PDF file: its text without markup, which every offset indexes) instead of its events; "
                   "with several files, each after a line '==> FILE <=='")
    p.add_argument("--jobs", "-j", type=_jobs, default=0, metavar="N",
                   help="work on N processes at once (default 'auto' or 0: one per core; 1: this process "
                   "alone): several files are read side by side, and a single file's search for dates is "
                   "shared between two; the output is the same, in the order the files are given")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="documents (text, .html, .md, .docx, .pdf), events files or projects to read")
    return p


def _jobs(value: str) -> int:
    """--jobs: a count of processes, 0 or 'auto' for one per core."""
    if value.strip().lower() == "auto":
        return 0
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"expected a number of processes (0 or 'auto': one per core), not {value!r}")
    return n


def _main_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Turn a narrative document into a chronology. "
        f"With no FILE, opens the bundled sample. '{PROG} extract --help' for the command-line extractor.",
    )
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window to OUT.png and exit")
    p.add_argument("--select", metavar="TEXT", help="select the first event whose sentence contains TEXT")
    p.add_argument("--size", metavar="WxH", help="the window's size for --screenshot (default 1400x900)")
    p.add_argument("files", nargs="*", metavar="FILE", help="documents to open")
    return p


def _open_all(paths: Sequence[str], document_date: str | None = None,
              processes: int = 1) -> Iterator[Document | Exception]:
    from viewer.core.opening import open_document
    from viewer.core.project.schema import PROJECT_SUFFIX
    from viewer.core.text.decoding import DocumentError

    for path in paths:
        if path.lower().endswith(PROJECT_SUFFIX):
            yield from _project_documents(path)
            continue
        try:
            yield open_document(path, document_date=document_date, processes=processes)
        except DocumentError as err:
            yield err


def _project_documents(path: str) -> Iterator[Document | Exception]:
    """A project's documents, read from its embedded copies, with its edits applied."""
    from viewer.core.edits.apply import apply_edits
    from viewer.core.project.documents import read_stored
    from viewer.core.project.store import ProjectError, load_project
    from viewer.core.text.decoding import DocumentError

    try:
        project = load_project(path)
    except ProjectError as err:  # its message names the file
        yield err
        return
    for stored in project.documents:
        try:
            yield apply_edits(read_stored(stored), project.edits)
        except DocumentError as err:
            yield err
        except ValueError as err:  # an events file's copy that no longer reads
            yield ProjectError(f"Could not read {path}: its copy of {stored.path} is damaged ({err}).")


def _say(message: str) -> None:
    """One line on stderr, escaped (see ``safe_text.say``)."""
    from viewer.core.exchange.safe_text import say

    say(PROG, message)


def _read(paths: Sequence[str], document_date: str | None = None, processes: int = 1) -> tuple[list[Document], int]:
    """The documents that could be read, and extract's exit status (see ``_each_read``)."""
    failed: list[str] = []
    docs = list(_each_read(paths, document_date, failed, processes))
    return docs, 2 if failed else 0


def _each_read(paths: Sequence[str], document_date: str | None, failed: list[str],
               processes: int = 1) -> Iterator[Document]:
    """Each document that could be read, as it is read; one stderr line (added to ``failed``)
    for each that could not, and for each row of an events file that could not (its good
    rows are kept)."""
    for result in _open_all(paths, document_date, processes):
        if isinstance(result, Exception):  # a DocumentError, or a project's ProjectError
            failed.append(str(result))
            _say(str(result))
            continue
        for problem in result.problems:
            failed.append(problem)
            _say(problem)
        yield result


def extract(argv: Sequence[str]) -> int:
    args = _extract_parser().parse_args(argv)
    if args.document_date is not None:
        from viewer.core.dates.document_date import document_date

        try:
            args.document_date = document_date(args.document_date)
        except ValueError as err:  # one line in argparse's words (with its usage line it would be two)
            _say(f"extract: error: argument --document-date: {err}")
            return 2
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # the contract is UTF-8, whatever the console uses
    jobs = args.jobs or _cores()
    if jobs > 1 and len(args.files) > 1:
        return _extract_in_parallel(args, min(jobs, len(args.files)))
    if args.text or args.format in ("json", "csv"):
        return _extract_streamed(args.files, args.document_date, "text" if args.text else args.format, jobs)
    docs, status = _read(args.files, args.document_date, jobs)
    _write_exchange(args.format, docs)
    return status


def _extract_streamed(files: list[str], document_date: str | None, kind: str, processes: int = 1) -> int:
    """extract's json, csv and --text: each document written as soon as it is read, in pieces,
    and let go, so that memory holds one document at a time and never its whole output; an
    error line for each file that could not be read and each row of an events file that could
    not (see ``_each_read``). ``processes``: how many a document's reading may share its work
    between (``analyse``)."""
    from viewer.core.exchange.export import CSV_HEADER, document_csv, documents_json

    write, failed = sys.stdout.write, []
    docs = _each_read(files, document_date, failed, processes)
    if kind == "json":
        for piece in documents_json(docs):
            write(piece)
        write("\n")
    elif kind == "csv":
        write(CSV_HEADER)
        for doc in docs:
            for piece in document_csv(doc):
                write(piece)
    else:
        for doc in docs:
            if len(files) > 1:
                write(f"==> {doc.path} <==\n")
            write(doc.text)
    return 2 if failed else 0


def _cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


# What a worker of `extract --jobs` hands back for each document: the output it makes (rendered
# there, so the parent only writes it) or, for the formats made of all the documents at once, the
# Document itself. json: the document's element of the "documents" list, as one process writes
# it (export.document_json, joined: tests/test_cli_jobs.py compares the two); csv: its rows;
# text: its path and readable text.


def _extract_file(path: str, document_date: str | None, kind: str) -> _Extracted:
    """One FILE of `extract --jobs`, in a worker: each of its results, in order, as
    (error message, None, ()) or (None, output or Document, the document's problems)."""
    out: list[tuple[str | None, object, tuple[str, ...]]] = []
    for result in _open_all([path], document_date):
        if isinstance(result, Exception):
            out.append((str(result), None, ()))
        else:
            out.append((None, _rendered(result, kind), tuple(result.problems)))
    return out


def _rendered(doc: Document, kind: str) -> object:
    if kind == "json":
        from viewer.core.exchange.export import document_json

        return "".join(document_json(doc))
    if kind == "csv":
        from viewer.core.exchange.export import document_csv

        return "".join(document_csv(doc))
    if kind == "text":
        return (doc.path, doc.text)
    return doc


def _pool_context() -> BaseContext:
    """How the workers start. On Linux, while this process runs one thread (extract starts none),
    as forks of it with the reader imported: the cheapest start, measured (a fork server costs
    about 0.3 s more on 16 articles). Elsewhere, or with threads, forks of a fork server that
    imported the reader once, or spawned where there is none (Windows)."""
    import multiprocessing
    import threading

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        import viewer.core.exchange.export
        import viewer.core.opening  # noqa: F401  # imported once, here, for every worker

        return multiprocessing.get_context("fork")
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["viewer.cli", "viewer.core.opening", "viewer.core.exchange.export"])
        return ctx
    return multiprocessing.get_context("spawn")


_Extracted = list[tuple[str | None, object, tuple[str, ...]]]  # a file's results (``_extract_file``)


def _extracted_in_forks(files: list[str], order: list[int], document_date: str | None, kind: str,
                        jobs: int) -> _Extracted:
    """Every file's results, in the order of the files: this process and N - 1 forks of it
    (``forked.beside``: no start-up, the reader already imported) each take the next file of
    ``order`` not yet taken until none is left. A file a fork took and could not hand back (it
    died) is read here."""
    from contextlib import ExitStack

    from viewer.core.forked import Turns, beside

    turns = Turns(len(order))
    with ExitStack() as forks:
        others = [forks.enter_context(beside(_extract_share, files, order, turns, document_date, kind))
                  for _ in range(jobs - 1)]
        done = _extract_share(files, order, turns, document_date, kind)
        for other in others:
            done.update(other.result() or {})
    return [item for i in range(len(files))
            for item in (done[i] if i in done else _extract_file(files[i], document_date, kind))]


def _extract_share(files: list[str], order: list[int], turns: Turns, document_date: str | None,
                   kind: str) -> dict[int, _Extracted]:
    """The results of the files of ``order`` a process takes its turn at, by their places."""
    return {order[k]: _extract_file(files[order[k]], document_date, kind) for k in turns}


def _extracted_in_pool(files: list[str], order: list[int], document_date: str | None, kind: str,
                       jobs: int) -> _Extracted:
    """Every file's results, in the order of the files, from a pool of N processes (where this
    one cannot fork: not Linux, or threads running), given the files in ``order``."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context()) as pool:
        futures = {i: pool.submit(_extract_file, files[i], document_date, kind) for i in order}
        return [item for i in range(len(files)) for item in futures[i].result()]


def _extract_in_parallel(args: argparse.Namespace, jobs: int) -> int:
    """`extract --jobs N` over several files: each file read (and, for json, csv and --text, its
    output made) in one of N processes; the output and the error lines as one process gives them,
    in the order of the files."""
    from viewer.core.forked import can_fork

    kind = "text" if args.text else args.format
    files: list[str] = args.files

    def size(i: int) -> int:
        try:
            return os.path.getsize(files[i])
        except OSError:
            return 0

    # The largest first, so the last to finish is a small one; the results are taken in order.
    order = sorted(range(len(files)), key=size, reverse=True)
    if can_fork():
        results = _extracted_in_forks(files, order, args.document_date, kind, jobs)
    else:
        results = _extracted_in_pool(files, order, args.document_date, kind, jobs)
    outputs, status = [], 0
    for error, output, problems in results:
        if error is not None:
            _say(error)
            status = 2
            continue
        outputs.append(output)
        for problem in problems:
            _say(problem)
            status = 2
    if kind == "text":
        for path, text in outputs:
            sys.stdout.write(f"==> {path} <==\n")
            sys.stdout.write(text)
    elif kind == "csv":
        from viewer.core.exchange.export import CSV_HEADER

        sys.stdout.write(CSV_HEADER)
        sys.stdout.write("".join(outputs))
    elif kind == "json":
        sys.stdout.write('{"documents":[' + ",".join(outputs) + "]}\n")
    else:
        _write_exchange(kind, outputs)  # type: ignore[arg-type]  # Documents, for these formats
    return status


def _write_exchange(kind: str, docs: list[Document]) -> None:
    """The documents in another tool's format (core/exchange: timelinejs, timeml, ics)."""
    if kind == "timelinejs":
        import json

        from viewer.core.exchange.timelinejs import timeline_obj

        json.dump(timeline_obj(docs), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif kind == "timeml":
        from viewer.core.exchange.timeml import timeml

        sys.stdout.write(timeml(docs))
    else:
        from viewer.core.exchange.ics import events_ics

        ics = events_ics(docs)
        sys.stdout.flush()
        sys.stdout.buffer.write(ics.data)  # CRLF line ends as RFC 5545 has them, untranslated
        sys.stdout.buffer.flush()
        if ics.left_out:
            n = ics.left_out
            _say(f"{n} dated event{'' if n == 1 else 's'} before year 1 or after 9999 left out: "
                 f"iCalendar cannot hold {'it' if n == 1 else 'them'}")


def _no_display() -> bool:
    env = os.environ
    return (sys.platform.startswith("linux") and not env.get("QT_QPA_PLATFORM")
            and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"))


NO_DISPLAY = (f"{PROG}: no display found (DISPLAY and WAYLAND_DISPLAY are unset); run it under a "
              f"display, with 'xvfb-run {PROG}', or headless with QT_QPA_PLATFORM=offscreen")


def run_app(argv: Sequence[str]) -> int:
    args = _main_parser().parse_args(argv)
    if _no_display():
        if not args.screenshot:
            print(NO_DISPLAY, file=sys.stderr)
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from viewer.bundled import sample_path  # (importlib.resources: 15 ms that `extract` never needs)
    from viewer.ui.app import run  # Qt only now: `extract` never loads PySide6

    return run(args.files or [str(sample_path())], screenshot=args.screenshot, select=args.select, size=args.size)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv[:1] == ["extract"]:
            return _interruptible(extract, argv[1:])
        return run_app(argv)
    except BrokenPipeError:
        return 0


def _interruptible(command: Callable[[list[str]], int], argv: list[str]) -> int:
    """``command(argv)``; Ctrl+C stops it as a command-line tool stops, without a traceback:
    status 130 (128 + SIGINT), as a shell reports it, and what was written so far kept."""
    try:
        return command(argv)
    except KeyboardInterrupt:
        try:
            sys.stdout.flush()
        except (BrokenPipeError, ValueError):
            pass
        return 130
