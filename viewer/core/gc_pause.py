"""Holding off Python's cyclic garbage collector while a document's objects are made, and
letting go of them a part at a time."""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Objects a paused collector may see created before it freezes them (``freeze=True``).
# A 10 MB narrative leaves about 150,000; left in the young generation, the first
# collections after the read walk them all, 20-30 ms each, on whichever thread allocates
# next: in the window, the GUI thread, while it shows the document.
_FREEZE_FROM = 10_000
# The most items ``emptied`` lets go of in one call: freeing a dense text's 2,000,000 match
# numbers in one call held the GIL 20-30 ms, and a 10 MB Markdown file's tokens 60 ms (a
# window's GUI thread waited as long).
EMPTIED_STEP = 1 << 16

_lock = threading.Lock()
_pauses = 0
_was_enabled = True
_switch_interval = 0.005
_freeze = False


@contextmanager
def collection_paused(*, freeze: bool = False, switch_interval: float | None = None) -> Iterator[None]:
    """No cyclic garbage collection while the block runs.

    Reading makes many small objects and keeps them all, so the collector's passes find
    nothing; left on, they make reading slower than linear (each full pass walks
    everything made so far). Pauses nest, from any thread: the outermost one decides.
    ``freeze`` moves what was made into the permanent generation at the end (later
    collections never walk it; it is still freed by reference counting);
    ``switch_interval`` shortens the GIL's switch interval meanwhile, so that a GUI
    thread waits less for a worker that runs Python.
    """
    global _pauses, _was_enabled, _switch_interval, _freeze
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
            _freeze = freeze
            _switch_interval = sys.getswitchinterval()
            if switch_interval is not None:
                sys.setswitchinterval(min(_switch_interval, switch_interval))
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0:
                sys.setswitchinterval(_switch_interval)
                if _freeze and gc.get_count()[0] > _FREEZE_FROM:
                    gc.freeze()
                if _was_enabled:
                    gc.enable()


def emptied(values: list[Any]) -> None:
    """Empty ``values`` from the end, ``EMPTIED_STEP`` at a time: what it alone holds is freed
    by calls of that size, the GIL let go between them."""
    while values:
        del values[-EMPTIED_STEP:]
