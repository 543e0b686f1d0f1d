"""How long a Cancel can wait: the longest stretch a read runs between two progress reports.

usage: python benchmarks/cancel_latency.py [--mb 10] [--runs 3] [--shared] [--file PATH]

A Cancel sets a flag that the read's progress callback checks, so the longest gap between
two calls of the callback is the longest a Cancel waits for the read to stop (issue 12,
item 1: within 100 ms whatever step it is in). Reads a narrative of the given size made
from the bundled sample (once first, untimed, so the patterns are compiled) and prints the
median over the runs of the longest gap, with the step it fell in, and the five longest.
--shared reads as the window does: from a process running another thread, its search and
lanes shared with forks of a fork server (core/forked.py), whose waits report too.
--file opens that document instead (a web page, Markdown, Word or PDF file: its own reading
reports too, before the steps named; ``read`` is that reading).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an installed copy
from tests.large_text import narrative  # noqa: E402
from viewer.bundled import sample_path  # noqa: E402
from viewer.core.document import analyse  # noqa: E402
from viewer.core.forked import serve  # noqa: E402
from viewer.core.opening import open_document  # noqa: E402

STEPS = ((0.74, "expressions"), (0.83, "sentences"), (0.95, "lanes"), (1.01, "events"))


def _step(share: float, read_share: float) -> str:
    if share < read_share:
        return "read"
    share = (share - read_share) / (1 - read_share)
    return next(name for end, name in STEPS if share < end)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--shared", action="store_true", help="share the reading with a fork server's processes")
    ap.add_argument("--file", type=Path, help="open this document instead of a generated narrative")
    args = ap.parse_args()
    text = narrative(sample_path().read_text(encoding="utf-8"), int(args.mb * 1_000_000))
    analyse(text[:20_000])
    read_share = 0.0
    if args.file:
        from viewer.core.formats import format_of
        from viewer.core.opening import READ_SHARE

        read_share = READ_SHARE.get(format_of(args.file), 0.0)
    processes = 1
    if args.shared:  # as the window: a thread besides this one, and the work sent to a fork server
        threading.Thread(target=threading.Event().wait, daemon=True).start()
        if not serve(["viewer.core.warm"]):
            sys.exit("no fork server here (it needs Linux)")
        processes = 2
    longest, calls = [], []
    for _ in range(args.runs):
        stamps: list[tuple[float, float]] = []
        start = time.perf_counter()
        def told(share: float, seen: list[tuple[float, float]] = stamps) -> None:
            seen.append((time.perf_counter(), share))

        if args.file:
            size = args.file.stat().st_size
            open_document(args.file, told, processes=processes)
        else:
            size = len(text)
            analyse(text, progress=told, processes=processes)
        total = time.perf_counter() - start
        gaps = sorted(((b[0] - a[0], a[1]) for a, b in zip(stamps, stamps[1:])), reverse=True)
        longest.append(gaps[0])
        calls.append(len(stamps))
        print(f"read {size / 1e6:.1f} MB in {total:.2f} s, {len(stamps)} reports; longest gaps: "
              + ", ".join(f"{g * 1000:.0f} ms ({_step(s, read_share)})" for g, s in gaps[:5]))
    worst = statistics.median(g for g, _ in longest)
    print(f"longest gap between reports: {worst * 1000:.0f} ms (median of {args.runs}; target: a Cancel "
          f"within 100 ms); reports per read: {statistics.median(calls):.0f}")


if __name__ == "__main__":
    main()
