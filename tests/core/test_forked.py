"""Work done in a fork of the process (core/forked.py): its result comes back (a generator's
values one by one), a fork that fails gives nothing (the caller does the work), no fork is made
beside other threads, and shared turns hand each number out once.

Each case runs in a fresh interpreter: forking is only safe from a process that runs one
thread, and a test process may have started others (Qt's, in the window's tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import viewer

ROOT = str(Path(viewer.__file__).resolve().parents[1])

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="work is forked on Linux only")


def run(code: str, *path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([ROOT, *map(str, path)])}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_the_work_runs_in_another_process_and_its_result_comes_back() -> None:
    done = run("""
        import json, os
        from viewer.core.forked import beside, can_fork
        assert can_fork()
        with beside(lambda: {"pid": os.getpid(), "items": list(range(5)), "text": "é" * 3}) as fork:
            here = sum(range(1000))
            result = fork.result()
        print(json.dumps({"elsewhere": result["pid"] != os.getpid(), "items": result["items"], "text": result["text"]}))
    """)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"elsewhere": True, "items": [0, 1, 2, 3, 4], "text": "ééé"}


def test_work_that_fails_gives_nothing_and_prints_nothing() -> None:
    done = run("""
        from viewer.core.forked import beside
        with beside(lambda: 1 / 0) as fork:
            print(fork.result())
    """)
    assert (done.returncode, done.stdout, done.stderr) == (0, "None\n", "")


def test_what_was_written_before_the_fork_is_written_once() -> None:
    # stdout to a pipe is buffered: a fork that wrote its copy of the buffer would double it
    done = run("""
        import sys
        from viewer.core.forked import beside
        sys.stdout.write("before ")
        with beside(lambda: "theirs") as fork:
            sys.stdout.write("mine ")
            sys.stdout.write(fork.result())
    """)
    assert (done.returncode, done.stdout) == (0, "before mine theirs"), done.stderr


def test_no_fork_is_made_while_another_thread_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    done = run(f"""
        import pathlib, threading
        from viewer.core.forked import beside, can_fork
        stop = threading.Event()
        thread = threading.Thread(target=stop.wait)
        thread.start()
        try:
            with beside(lambda: pathlib.Path({str(marker)!r}).write_text("ran")) as fork:
                print(can_fork(), fork.result())
        finally:
            stop.set()
            thread.join()
        import time
        deadline = time.monotonic() + 10  # the kernel counts a joined thread a little longer
        while not can_fork() and time.monotonic() < deadline:
            time.sleep(0.01)
        print(can_fork())
    """)
    assert (done.returncode, done.stdout) == (0, "False None\nTrue\n"), done.stderr
    assert not marker.exists()  # the caller does the work itself


def test_a_block_left_early_stops_its_fork() -> None:
    done = run("""
        import time
        from viewer.core.forked import beside
        try:
            with beside(lambda: time.sleep(600)) as fork:
                raise KeyboardInterrupt  # a Cancel, a Ctrl+C: the work is not waited for
        except KeyboardInterrupt:
            print("stopped")
    """)
    assert (done.returncode, done.stdout) == (0, "stopped\n"), done.stderr  # within the run's timeout, not 600 s


def test_turns_hand_each_number_out_once_across_processes() -> None:
    done = run("""
        import json, time
        from contextlib import ExitStack
        from viewer.core.forked import Turns, beside

        turns = Turns(300)

        def take():
            taken = []
            for k in turns:
                taken.append(k)
                time.sleep(0.0005)
            return taken

        before = turns.done()
        with ExitStack() as stack:
            forks = [stack.enter_context(beside(take)) for _ in range(2)]
            mine = take()
            shares = [mine, *[fork.result() for fork in forks]]
        print(json.dumps([before, turns.done(), shares]))
    """)
    assert done.returncode == 0, done.stderr
    before, after, shares = json.loads(done.stdout)
    assert (before, after) == (0.0, 1.0)  # the share of them finished, by any process
    assert all(share == sorted(share) for share in shares)  # each takes them in order
    assert sorted(k for share in shares for k in share) == list(range(300))  # each once
    assert sum(1 for share in shares if share) >= 2  # shared out, not taken by one


def test_a_program_with_threads_sends_its_work_to_forks_of_a_server() -> None:
    # (a fork server's process runs functions it can import: here, built-ins)
    done = run("""
        import json, os, threading, time
        from viewer.core import forked

        stop = threading.Event()
        thread = threading.Thread(target=stop.wait)
        thread.start()
        try:
            serving = forked.serve(["viewer.core.forked"])
            with forked.beside(os.getpid) as fork:
                elsewhere = fork.result() not in (None, os.getpid())
            with forked.beside(len, "é" * 1_000_000) as fork:
                size = fork.result()
            # long arguments go by shared memory: any text (a lone surrogate too) and plain data
            odd = "\\ud800é" + "a" * 100_000
            with forked.beside(str.upper, odd) as fork:
                assert fork.result() == odd.upper()
            windows = {"digit": [(k, k + 80) for k in range(0, 5_000_000, 100)]}
            with forked.beside(sorted, windows["digit"][::-1]) as fork:
                assert fork.result() == windows["digit"]
            made, memfd_create = [], os.memfd_create
            os.memfd_create = lambda *args: made.append(1) or memfd_create(*args)
            text = "é" * 1_000_000
            with forked.shipped_once(text):  # a text sent to two processes is put in memory once
                with forked.beside(len, text) as one, forked.beside(str.count, text, "é") as two:
                    kept = [one.result(), two.result(), len(made)]
            def no_memory_file(*args):
                raise OSError("too many open files")
            os.memfd_create = no_memory_file  # then nothing is forked: the caller does the work
            with forked.beside(len, "é" * 1_000_000) as fork:
                assert fork.result() is None
            turns = forked.Turns(300)
            with forked.beside(list, turns) as fork:
                mine = []
                for k in turns:
                    mine.append(k)
                    time.sleep(0.0005)
                theirs = fork.result()
            print(json.dumps([forked.can_fork(), serving, elsewhere, size, kept, mine, theirs]))
        finally:
            stop.set()
            thread.join()
    """)
    assert done.returncode == 0, done.stderr
    can_fork, serving, elsewhere, size, kept, mine, theirs = json.loads(done.stdout)
    assert (can_fork, serving, elsewhere, size, kept) == (False, True, True, 1_000_000, [1_000_000, 1_000_000, 1])
    assert sorted(mine + theirs) == list(range(300)) and mine and theirs  # shared, each once


def test_work_starts_here_while_the_fork_server_is_still_starting(tmp_path: Path) -> None:
    """A read that starts as the server does (its preload takes a while) is not held up: it
    takes its turns, and reports, at once; the fork takes the turns left when it comes."""
    (tmp_path / "slow_preload.py").write_text("import time\ntime.sleep(0.6)\n")
    done = run("""
        import json, threading, time
        from viewer.core import forked

        threading.Thread(target=threading.Event().wait, daemon=True).start()
        assert forked.serve(["slow_preload"])
        turns = forked.Turns(40)
        start = time.perf_counter()
        with forked.beside(list, turns) as fork:
            entered = time.perf_counter() - start
            mine = []
            for k in turns:
                mine.append(k)
                time.sleep(0.02)
            theirs = fork.result()
        print(json.dumps([entered < 0.3, len(mine) > 10, sorted(mine + theirs) == list(range(40))]))
    """, tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == [True, True, True]


def test_the_fork_servers_preload_makes_the_readers_tables_once() -> None:
    done = run("""
        import viewer.core.warm
        from viewer.core.actors.gazetteer import gazetteer
        from viewer.core.timex.rules import rules
        print(rules.cache_info().currsize, gazetteer.cache_info().currsize)
    """)
    assert (done.returncode, done.stdout) == (0, "4 1\n"), done.stderr  # every rule table: with(out) BC, news
    made = run("""
        import viewer.core.warm
        from viewer.core.timex import prefilter
        from viewer.core.timex.rules import rules
        table = rules(False, False)
        print(all((r.regex.pattern, r.regex.flags, False) in prefilter._made for r in table))
    """)
    assert (made.returncode, made.stdout) == (0, "True\n"), made.stderr  # the common table's RE2 patterns too


def test_a_wait_for_a_forks_result_reports_at_once() -> None:
    """A read's progress is told as the wait starts (a Cancel is seen within 20 ms), not only
    after the first 20 ms of it: the work before the wait may have run a while without a report."""
    done = run("""
        import time
        from viewer.core.forked import beside
        calls = []
        with beside(time.sleep, 0.3) as fork:
            start = time.perf_counter()
            fork.result(waiting=lambda: calls.append(time.perf_counter() - start))
        print(calls[0] < 0.01, len(calls) >= 5)
    """)
    assert (done.returncode, done.stdout) == (0, "True True\n"), done.stderr


def test_turns_tell_how_much_of_the_work_is_done() -> None:
    from viewer.core.forked import Turns

    turns = Turns(4)
    taken = iter(turns)
    assert turns.done() == 0.0
    assert (next(taken), next(taken)) == (0, 1)  # the first is finished when its taker asks again
    assert turns.done() == 0.25
    turns.report(0.6)  # a fork got further through its part (its progress, as a share of the whole)
    turns.report(0.5)
    assert turns.done() == 0.6
    assert list(taken) == [2, 3] and turns.done() == 1.0


def test_a_generators_values_come_back_one_result_each() -> None:
    done = run("""
        import itertools, time
        from viewer.core.forked import beside

        def two():
            yield "cuts"
            yield "lanes"

        def endless():  # a block that takes one value stops the fork: it is not waited for
            for k in itertools.count():
                yield k
                time.sleep(0.01)

        with beside(two) as fork:
            print(fork.result(), fork.result(), fork.result())
        began = time.monotonic()
        with beside(endless) as fork:
            print(fork.result())
        print(time.monotonic() - began < 60)
    """)
    assert (done.returncode, done.stdout) == (0, "cuts lanes None\n0\nTrue\n"), done.stderr
