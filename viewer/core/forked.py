"""Work done on a second core, in a fork of this process, while this one goes on.

A fork starts with everything this process has (the text, the compiled patterns), so the
work needs no start-up and nothing sent to it; only its result comes back, pickled through a
pipe. Forking is safe only while this process runs one thread (a fork copies no other thread,
and a lock another one held stays held in the copy), and it is cheap and dependable only on
Linux: elsewhere, and from a program with threads (the window reads on a thread of its own),
``beside`` gives nothing and the caller does the work itself.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

T = TypeVar("T")


def can_fork() -> bool:
    """May work be done in a fork of this process now? On Linux, while it runs one thread: not
    only one Python thread, one thread of any kind (a library's own, Qt's), as the kernel counts them."""
    if not sys.platform.startswith("linux") or threading.active_count() != 1:
        return False
    try:
        if len(os.listdir("/proc/self/task")) != 1:
            return False
    except OSError:  # no /proc to tell: not known to be safe
        return False
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


class Beside(Generic[T]):
    """The work running in a fork: ``result()`` waits for it."""

    def __init__(self, reader: Connection | None) -> None:
        self._reader = reader

    def result(self) -> T | None:
        """What the work returned, or None when it could not be had (no fork was made, or the
        fork failed or died): the caller then does the work itself."""
        if self._reader is None:
            return None
        try:
            value: T = self._reader.recv()
            return value
        except (EOFError, OSError):
            return None
        finally:
            self._reader.close()
            self._reader = None


@contextmanager
def beside(work: Callable[[], T]) -> Iterator[Beside[T]]:
    """Run ``work`` in a fork of this process (see ``can_fork``) while the block runs; the
    block asks its ``result()``. On leaving, the fork is waited for, or stopped if the block
    left early (an error, a Cancel)."""
    if not can_fork():
        yield Beside(None)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    process = context.Process(target=_run, args=(work, writer), daemon=True)
    try:
        process.start()  # (multiprocessing flushes stdout and stderr first: nothing is written twice)
    except OSError:  # no process could be made: out of memory, or of processes
        reader.close()
        writer.close()
        yield Beside(None)
        return
    writer.close()  # the fork's copy is the only writer left: its end closing ends the pipe
    handle: Beside[T] = Beside(reader)
    try:
        yield handle
    finally:
        if handle._reader is not None:  # the block did not wait for the result
            handle._reader.close()
            process.terminate()
        process.join()
        process.close()


def _run(work: Callable[[], T], writer: Connection) -> None:
    """In the fork: the work's result sent back. An error sends nothing (the pipe just ends):
    the caller does the work again itself, and meets the error there if it is one."""
    try:
        result = work()
    except BaseException:  # noqa: BLE001  # the caller redoes the work and sees any error itself
        writer.close()
        return
    writer.send(result)
    writer.close()


class Turns:
    """The numbers 0 to ``count`` - 1, each handed out once, in order, to whichever of this
    process and its forks (made after it) asks first: work shared out as it goes, so that
    both finish at about the same time however unequal its pieces."""

    def __init__(self, count: int) -> None:
        import multiprocessing

        self._count = count
        self._next = multiprocessing.Value("i", 0)  # shared memory, with its lock

    def __iter__(self) -> Iterator[int]:
        while True:
            with self._next.get_lock():
                k = self._next.value
                self._next.value = k + 1
            if k >= self._count:
                return
            yield k
