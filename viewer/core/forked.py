"""Work done on a second core, in a fork of this process, while this one goes on.

A fork starts with everything this process has (the text, the compiled patterns), so the
work needs no start-up and nothing sent to it; only its result comes back, pickled through a
pipe. Forking is safe only while this process runs one thread (a fork copies no other thread,
and a lock another one held stays held in the copy), and it is cheap and dependable only on
Linux. A program with threads of its own (the window reads on a worker thread, beside Qt's)
may ``serve()`` instead: the work then goes to forks of a server process started for it, which
runs one thread and has the reader imported; the work's arguments are pickled to it, the long
ones (a text of 10 MB) through shared memory. Elsewhere, ``beside`` gives nothing and the
caller does the work itself.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from inspect import isgenerator, isgeneratorfunction
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import ForkContext, ForkServerContext

T = TypeVar("T")

_server: ForkServerContext | None = None  # set by serve()


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


def hands_off() -> bool:
    """Should this process leave its share of shared work to a second process? Where work goes
    to a fork server's processes: this one runs other threads (a window's), which a long call
    into a regular expression here would hold up, holding the GIL (a dense text has windows
    megabytes long); its share costs the same on a second process."""
    return _server is not None and not can_fork()


def serve(preload: list[str]) -> bool:
    """Let the work of a program with threads go to forks of a server process, which imports
    the program's main module and the modules ``preload`` once (multiprocessing's fork
    server). Linux only, and not in a frozen program (a bundle's executable is not a Python to
    start the server with). Starts the server now, in the background; True if it will serve."""
    global _server
    if _server is not None:
        return True
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return False
    import multiprocessing
    import multiprocessing.forkserver

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    context: ForkServerContext = multiprocessing.get_context("forkserver")
    # The program's main module too (imported as __mp_main__: none of its guarded code runs),
    # which each process would otherwise import before it is handed its work.
    context.set_forkserver_preload(["__main__", *preload])
    try:
        multiprocessing.forkserver.ensure_running()
    except (OSError, RuntimeError):  # no process could be started
        return False
    _server = context
    return True


def _context() -> ForkContext | ForkServerContext | None:
    """How work is done beside this process now: a fork of it, a fork of the server, or not at all."""
    if can_fork():
        import multiprocessing

        fork: ForkContext = multiprocessing.get_context("fork")
        return fork
    return _server


class Beside(Generic[T]):
    """The work running in a fork: ``result()`` waits for it."""

    def __init__(self, reader: Connection | None, values: int | None = 1) -> None:
        self._reader = reader
        self._left = values  # the values still to come (None: as many as a generator yields)

    def result(self, waiting: Callable[[], object] | None = None) -> T | None:
        """What the work returned (a generator: the next value it yielded), or None when it could
        not be had (no fork was made, the fork failed or died, a generator had no more): the
        caller then does the work itself. ``waiting`` is called every 20 ms until it comes (a
        read's progress, which raises to stop it: a Cancel is not held up by the fork)."""
        if self._reader is None:
            return None
        try:
            if waiting is not None:
                waiting()  # (at once too: the work before this call may have run a while without a report)
                while not self._reader.poll(0.02):
                    waiting()
            value: T = self._reader.recv()
            if self._left is not None:
                self._left -= 1
            return value
        except (EOFError, OSError):
            self._left = 0
            return None
        finally:
            if self._left == 0:
                self.close()

    @property
    def ended(self) -> bool:
        """Has every value the work gives come (or the fork ended)?"""
        return self._reader is None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None


@contextmanager
def beside(work: Callable[..., T], *args: Any) -> Iterator[Beside[T]]:
    """Run ``work(*args)`` in a fork of this process, or of the server (see ``can_fork`` and
    ``serve``; for the server, ``work`` is a module's function and ``args`` are pickled to it),
    while the block runs; the block asks its ``result()`` (a generator's values, one ``result()``
    each, as they are yielded). On leaving, the fork is waited for, or stopped if the block did
    not take every value (it left early: an error, a Cancel)."""
    context, process, starting = _context(), None, None
    started: list[bool] = []  # (once it is known)
    if context is not None:
        reader, writer = context.Pipe(duplex=False)
        shipped: list[_Shipped | None] = []
        try:
            shipped = [_shipped(a) if context is _server and id(a) not in _kept else None for a in args]
            sent = tuple(s or (_kept[id(a)][1] if context is _server and id(a) in _kept else a)
                         for s, a in zip(shipped, args))
            process = context.Process(target=_run, args=(work, sent, writer), daemon=True)
        except Exception:  # noqa: BLE001  # no memory file (out of memory)
            process = None
        if process is None:
            reader.close()
            _start(None, writer, shipped, started)
        elif context is _server:  # started on a thread: a server still starting up holds no read up
            starting = threading.Thread(target=_start, args=(process, writer, shipped, started), name="fork",
                                        daemon=True)
            starting.start()
        elif not _start(process, writer, shipped, started):
            process = None
            reader.close()
    if process is None:
        yield Beside(None)
        return
    handle: Beside[T] = Beside(reader, None if isgeneratorfunction(work) else 1)
    try:
        yield handle
    finally:
        if starting is not None:
            starting.join()
        if not handle.ended:  # the block did not wait for every value
            handle.close()
            if started[0]:  # (one that could not start gave none)
                process.terminate()
        if started[0]:
            process.join()
        process.close()


def _start(process: Any, writer: Connection, shipped: list[_Shipped | None], started: list[bool]) -> bool:
    """Start ``process`` (None: none), and tell ``started`` whether it did; then close this
    process's end of the pipe it writes to (the fork's copy is the only writer left: its end
    closing ends the pipe, and a fork that could not start ends it at once: ``result()`` gives
    None) and its shipped memory. (multiprocessing flushes stdout and stderr first: nothing is
    written twice.)"""
    try:
        if process is not None:
            process.start()
            started.append(True)
    except Exception:  # noqa: BLE001  # no process (out of memory, of processes; no server)
        pass
    finally:
        if not started:
            started.append(False)
        writer.close()
        for one in shipped:
            if one is not None:
                one.close()  # the fork has its own handle on the memory now
    return started[-1]


# The long values ``shipped_once`` has put in shared memory, by their ids: (the value, its memory).
_kept: dict[int, tuple[object, _Shipped]] = {}


@contextmanager
def shipped_once(*values: object) -> Iterator[None]:
    """Within the block, ``values`` that several ``beside`` calls send to a fork server's
    processes (a 10 MB text, sent to four) are put in shared memory once, not for each: 14 ms
    each time. Nothing to do where work goes to forks of this process (they have everything)."""
    added = []
    if _server is not None and not can_fork():
        for value in values:
            if id(value) not in _kept:
                try:
                    one = _shipped(value)
                except OSError:  # no memory file: each is sent as before
                    continue
                if one is not None:
                    _kept[id(value)] = (value, one)
                    added.append(id(value))
    try:
        yield
    finally:
        for key in added:
            _kept.pop(key)[1].close()


# An argument whose pickle is this long goes to a fork server's process through shared memory,
# not through the pipe its arguments go by: the pipe holds 64 KB, and the writer waits for the
# process to start up and read the rest (10 MB took 40 ms, in which a read reports nothing).
_SHIPPED_FROM = 1 << 15


def _shipped(arg: object) -> _Shipped | None:
    """``arg`` put in shared memory for a fork server's process, if it is plain data (text,
    bytes, numbers, their lists, tuples, dicts and arrays) that pickles long; else None: it goes by
    the pipe as it is (as what multiprocessing shares with a process it starts must: Turns)."""
    from array import array

    if (not isinstance(arg, (str, bytes, list, tuple, dict, array))
            or isinstance(arg, (str, bytes)) and len(arg) < _SHIPPED_FROM):
        return None
    import pickle

    data = pickle.dumps(arg, protocol=pickle.HIGHEST_PROTOCOL)
    return _Shipped(data) if len(data) >= _SHIPPED_FROM else None


class _Shipped:
    """A pickle in an anonymous file in memory (``os.memfd_create``), which a fork server's
    process is handed (multiprocessing passes the file, not its contents) and loads."""

    def __init__(self, data: bytes) -> None:
        self._fd = os.memfd_create("timeline-viewer", os.MFD_CLOEXEC)
        self._size = len(data)
        view = memoryview(data)
        while view:
            view = view[os.write(self._fd, view):]

    def __reduce__(self) -> tuple[Callable[..., object], tuple[Any, int]]:
        from multiprocessing.reduction import DupFd

        return _unshipped, (DupFd(self._fd), self._size)

    def close(self) -> None:
        os.close(self._fd)


def _unshipped(handle: Any, size: int) -> object:
    """In a fork server's process: the value a ``_Shipped`` holds."""
    import mmap
    import pickle

    fd = handle.detach()
    try:
        with mmap.mmap(fd, size, prot=mmap.PROT_READ) as memory:
            return pickle.loads(memory)
    finally:
        os.close(fd)


def _run(work: Callable[..., T], args: tuple[Any, ...], writer: Connection) -> None:
    """In the fork: the work's result sent back (a generator's values, each as it is yielded).
    An error sends nothing more (the pipe just ends): the caller does the work again itself,
    and meets the error there if it is one."""
    try:
        result = work(*args)
        for value in result if isgenerator(result) else [result]:
            writer.send(value)
    except BaseException:  # noqa: BLE001  # the caller redoes the work and sees any error itself
        pass
    writer.close()


class Turns:
    """The numbers 0 to ``count`` - 1, each handed out once, in order, to whichever of this
    process and its forks (made after it) asks first: work shared out as it goes, so that
    both finish at about the same time however unequal its pieces. ``done()`` tells the share
    of the work done: of the numbers finished, by any process (a number's work is done when its
    taker asks for another), or as far as a fork has ``report``-ed it."""

    def __init__(self, count: int) -> None:
        import multiprocessing

        self._count = count
        # The next number, the count finished and the share a fork reported, in shared memory
        # with its lock, that the forks ``beside`` makes now can reach (a fork server's only
        # through a file it is handed).
        self._shared = (_context() or multiprocessing).Array("d", 3)

    def __iter__(self) -> Iterator[int]:
        shared, taken = self._shared, False
        while True:
            with shared.get_lock():
                if taken:
                    shared[1] += 1
                k = int(shared[0])
                shared[0] = k + 1
            if k >= self._count:
                return
            taken = True
            yield k

    def report(self, share: float) -> None:
        """A fork's progress (a ``Progress``): the share of the whole work it has got to."""
        with self._shared.get_lock():
            self._shared[2] = max(self._shared[2], share)

    def done(self) -> float:
        """The share of the work done."""
        if not self._count:
            return 1.0
        return max(self._shared[1] / self._count, self._shared[2])
