"""Holding off Python's cyclic garbage collector while a document's objects are made."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Reading makes many small objects and keeps them all, so the collector's passes
    find nothing; left on, they make reading slower than linear (each full pass walks
    everything made so far). Inside an outer pause this leaves the collector off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
