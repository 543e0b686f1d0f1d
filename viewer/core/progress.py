"""How far a read has got, told often enough that a Cancel stops it within a few tens of ms.

A read reports through a ``Progress`` callback, which may raise ``Cancelled`` to stop it.
Each step of the read takes a ``Pacer`` for its share of the whole and calls it from its
loops (every few hundred items: a call costs a clock read); the pacer passes a call on when
the share has moved by half a percent or when 20 ms have gone by since the last one, so
the callback runs often enough to stop the read promptly and seldom enough to cost nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from time import perf_counter

Progress = Callable[[float], None]
"""Told the share of the work done (0.0 to 1.0); it may raise Cancelled to stop."""


class Cancelled(Exception):  # noqa: N818 (a request to stop, not an error)
    """Raised by a progress callback: the reader stops and nothing is returned."""


INTERVAL_S = 0.02  # the longest a read runs between two reports, besides one chunk of a loop
STEP = 0.005  # a move of the share this large is reported at once


class Pacer:
    """The part of a read from share ``lo`` to ``hi``; call it with the part done (0 to 1)."""

    __slots__ = ("_report", "_lo", "_span", "_next_time", "_next_share")

    def __init__(self, report: Progress | None = None, lo: float = 0.0, hi: float = 1.0) -> None:
        self._report = report
        self._lo, self._span = lo, hi - lo
        self._next_time = 0.0
        self._next_share = lo

    def __call__(self, done: float) -> None:
        if self._report is None:
            return
        share = self._lo + min(max(done, 0.0), 1.0) * self._span
        now = perf_counter()
        if now >= self._next_time or share >= self._next_share:
            self._next_time, self._next_share = now + INTERVAL_S, share + STEP
            self._report(share)

    def part(self, lo: float, hi: float) -> Pacer:
        """The stretch from ``lo`` to ``hi`` of this part (shares of it), for a step of it."""
        return Pacer(self._report, self._lo + lo * self._span, self._lo + hi * self._span)

    def reached(self, done: float = 1.0) -> None:
        """Report now, whatever the time: a step's end."""
        if self._report is not None:
            share = self._lo + done * self._span
            self._next_time, self._next_share = perf_counter() + INTERVAL_S, share + STEP
            self._report(share)


def paced(progress: Progress | Pacer | None) -> Pacer:
    """A pacer for a callback (or the pacer given)."""
    return progress if isinstance(progress, Pacer) else Pacer(progress)
