"""A reading shared with a fork of the process (``analyse(..., processes=2)``: the search's
windows and rules, the sentences' cuts, the lanes and the labels, worked out on a second
core) gives exactly what one process gives: every expression, event, label and lane, on
narratives, news and a dense text; and the same again when a fork dies, its share done by the
process itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import viewer
from tests.large_text import narrative
from viewer.core import document
from viewer.core.document import Document, analyse
from viewer.core.forked import Beside
from viewer.core.timex import search

ROOT = str(Path(viewer.__file__).resolve().parents[1])
NEWS = ("WASHINGTON, 8 January 1998. The minister resigned yesterday, two days after the vote. "
        "Talks resume next Tuesday; the talks of last week failed. In 1996 the party won, and nineteen "
        "ninety-eight may be its last year. The report is due this quarter. ")
DENSE = "".join(f"On {d % 28 + 1} May {1900 + d % 100} the army crossed river {d}. " for d in range(3000))


def read(doc: Document) -> tuple[object, ...]:
    return ([(t.start, t.end, t.value, t.type, t.rule) for t in doc.timexes],
            [(e.sentence.start, e.value, e.dating, e.label, e.timex, e.anchor, e.lane) for e in doc.events])


# Each date over a line end: a cut found before the dates falls inside one, so the sentences
# split without them are not the reading's.
WRAPPED = "".join(f"The siege of fort {d} began in June\n{1800 + d % 200} and ended a year later. "
                  for d in range(2500))


def cases(sample_text: str) -> list[tuple[str, str | None]]:
    return [(narrative(sample_text, 90_000), None), (NEWS * 300, "1998-01-08"), (DENSE, None), (WRAPPED, None)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="work is forked on Linux only")
@pytest.mark.parametrize("mode", ["fork", "server"])
def test_a_reading_shared_with_a_fork_is_the_reading_of_one_process(sample_text: str, mode: str) -> None:
    # In a fresh interpreter, which runs one thread and so may fork itself (core/forked.py); or,
    # as the window does, runs another thread too and sends the work to forks of a server.
    code = textwrap.dedent("""
        import json, sys, threading
        from viewer.core.document import analyse
        from viewer.core.forked import can_fork, serve
        from viewer.core.timex import search
        import contextlib
        from viewer.core import document, forked
        if sys.argv[1] == "server":
            threading.Thread(target=threading.Event().wait, daemon=True).start()
            assert serve(["viewer.core.warm"]) and not can_fork()
        else:
            assert can_fork()
        came_back, started = [], []

        @contextlib.contextmanager
        def counted(work, *args):  # every share the forks did comes back (none redone here)
            started.append(work.__name__)
            with forked.beside(work, *args) as fork:
                result = fork.result
                fork.result = lambda **kw: came_back.append((work.__name__, result(**kw))) or came_back[-1][1]
                yield fork

        search.beside = document.beside = counted
        scanned_here, scanned = [], search._scanned
        search._scanned = lambda *args: scanned_here.append(1) or scanned(*args)
        out, shares = [], []
        for text, date in json.loads(sys.stdin.read()):
            assert len(text) >= search.SHARED_FROM
            came_back.clear(), scanned_here.clear(), started.clear()
            doc = analyse(text, document_date=date, processes=2)
            out.append([[[t.start, t.end, t.value, t.type, t.rule] for t in doc.timexes],
                        [[e.sentence.start, e.value, e.dating, e.label, e.timex, e.anchor, e.lane]
                         for e in doc.events]])
            # (the rules' scans come back in parts, until the fork's generator ends)
            ended = [name for name, r in came_back if r is None]
            assert ended == ["_rules_taken"] * started.count("_rules_taken"), came_back
            shares.append([len(came_back) - len(ended), bool(scanned_here)])
        print(json.dumps([out, shares]))
    """)
    texts = cases(sample_text)
    done = subprocess.run([sys.executable, "-c", code, mode], input=json.dumps(texts), capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT}, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    shared, shares = json.loads(done.stdout)
    # The forks' results: the windows, the rules' scans, the sentences' cuts and lanes, the labels.
    # The window's process leaves its share of the scans to a second fork where a window is
    # long (forked.hands_off): in the news and the dense text, with a date in every sentence,
    # a window runs through the whole text; in the narrative it scans too.
    # The fork that found the cuts goes on to the lanes of the sentences they make, which serve
    # unless a cut fell inside a date (the wrapped dates): then the labels' fork finds them.
    assert shares == ([[5, True]] * 3 + [[4, True]] if mode == "fork" else
                      [[5, True], [6, False], [6, False], [5, False]])
    for (text, date), got in zip(texts, shared, strict=True):
        timexes, events = read(analyse(text, document_date=date))
        assert got == [[list(t) for t in timexes], [list(e) for e in events]]
    assert any(event[-1] for event in shared[0][1])  # the narrative's lanes, found by the fork


@contextmanager
def dying_fork(work: Callable[..., object], *args: object) -> Iterator[Beside[object]]:
    """A fork that takes its turns, does its share and dies before handing it back."""
    work(*args)
    yield Beside(None)


@pytest.mark.parametrize("which", ["search", "lanes"])
def test_a_fork_that_dies_leaves_the_reading_as_it_was(monkeypatch: pytest.MonkeyPatch, sample_text: str,
                                                      which: str) -> None:
    monkeypatch.setattr(search if which == "search" else document, "beside", dying_fork)
    for text, date in cases(sample_text):
        assert read(analyse(text, document_date=date, processes=2)) == read(analyse(text, document_date=date))


def test_a_short_text_is_read_by_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(work: Callable[..., object], *args: object) -> Iterator[Beside[object]]:
        raise AssertionError("forked for a short text")

    monkeypatch.setattr(search, "beside", no_fork)
    monkeypatch.setattr(document, "beside", no_fork)
    text = NEWS * 10
    assert len(text) < search.SHARED_FROM
    assert read(analyse(text, document_date="1998-01-08", processes=2)) == read(
        analyse(text, document_date="1998-01-08"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="work is forked on Linux only")
@pytest.mark.parametrize("die_after", [None, 1])
def test_a_forks_matches_come_back_in_parts_of_whole_rules(die_after: int | None) -> None:
    """A dense text's matches are millions: a fork sends them a part at a time (each the
    matches of whole rules), so that the window's process loads none for long. A fork that
    dies after a few parts leaves the rest of its rules to this process: the reading is the same."""
    code = textwrap.dedent("""
        import json, sys
        from viewer.core.document import analyse
        from viewer.core.timex import search
        from viewer.core import forked
        text, die_after = json.loads(sys.stdin.read())
        alone = analyse(text)
        search._PART = 100
        taken = search._rules_taken
        def rules_taken(*args):  # (in the fork)
            for k, part in enumerate(taken(*args)):
                if die_after is not None and k == die_after:
                    import os
                    os._exit(1)
                yield part
        search._rules_taken = rules_taken
        parts = []
        def beside(work, *args):
            with forked.beside(work, *args) as fork:
                result = fork.result
                fork.result = lambda **kw: parts.append((work.__name__, result(**kw))) or parts[-1][1]
                yield fork
        import contextlib
        search.beside = contextlib.contextmanager(beside)
        shared = analyse(text, processes=2)
        came = [p for name, p in parts if name == "rules_taken" and p is not None]
        shape = search._shape(text, search.rules(False, False))
        whole = all({k >> shape.seen & (1 << shape.rule) - 1 for k in part.keys} <= set(part.ranks) for _, part in came)
        same = [(t.start, t.end, t.value) for t in shared.timexes] == [(t.start, t.end, t.value) for t in alone.timexes]
        print(json.dumps([len(came), whole, same]))
    """)
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps([DENSE, die_after]), capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": ROOT}, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    parts, whole, same = json.loads(done.stdout)
    assert parts == die_after if die_after is not None else parts >= 2
    assert whole and same
