"""Which lanes the chronology shows, and how: hidden lanes, small lanes folded into one, lanes on one row.

A LaneArrangement is what the user asked for (by lane name, so it survives a new
layout); ``arrange`` gives the Chronology that is drawn. It shares the flat index with
the one laid out from the documents, so a selection means the same event in both;
events of hidden lanes are left undated in it, so nothing draws, hits or steps onto them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from viewer.core.chart.chronology import Chronology

OTHER_LANES = {"actor": "Other actors", "section": "Other sections", "document": "Other documents"}


@dataclass(frozen=True)
class LaneArrangement:
    """``hidden``: lane names not drawn; ``fold_below``: lanes with fewer events than this
    are drawn as one lane (0: none); ``one_row``: lane names whose sub-rows are folded into one."""

    hidden: frozenset[str] = field(default_factory=frozenset)
    fold_below: int = 0
    one_row: frozenset[str] = field(default_factory=frozenset)

    @property
    def plain(self) -> bool:
        return not (self.hidden or self.fold_below or self.one_row)


def other_lane(chron: Chronology) -> str:
    """The name of the lane small lanes fold into."""
    return OTHER_LANES.get(chron.lane_mode or "actor", "Other lanes")


def lane_counts(chron: Chronology) -> np.ndarray:
    """Dated events per lane, in ``lane_names`` order."""
    lanes = len(chron.lane_names)
    if not lanes:
        return np.zeros(0, dtype=np.int64)
    return np.bincount(chron.lane[chron.dated], minlength=lanes)


def folded_lanes(chron: Chronology, fold_below: int) -> list[str]:
    """The lanes that fold into the other lane: fewer than ``fold_below`` events (two at least, else none)."""
    if fold_below <= 0:
        return []
    small = [name for name, count in zip(chron.lane_names, lane_counts(chron).tolist()) if count < fold_below]
    return small if len(small) >= 2 else []


def hidden_lanes(chron: Chronology, arrangement: LaneArrangement) -> frozenset[str]:
    """The lanes of ``chron`` whose events are not drawn (those folded into a hidden other lane too)."""
    hidden = set(arrangement.hidden) & set(chron.lane_names)
    if other_lane(chron) in arrangement.hidden:
        hidden |= set(folded_lanes(chron, arrangement.fold_below))
    return frozenset(hidden)


def arrange(chron: Chronology, arrangement: LaneArrangement) -> Chronology:
    """The chronology as drawn: ``chron`` itself when nothing is hidden or folded."""
    if arrangement.plain:
        return chron
    other, hidden = other_lane(chron), arrangement.hidden
    folded = set(folded_lanes(chron, arrangement.fold_below))
    names = [n for n in chron.lane_names if n not in folded and n not in hidden]
    if folded - hidden and other not in hidden:
        names.append(other)
    number = {name: k for k, name in enumerate(names)}
    target = np.array([-1 if n in hidden else number.get(other if n in folded else n, -1)
                       for n in chron.lane_names] + [-1], dtype=np.int64)
    lane = target[chron.lane]  # an item in no lane (every lane hidden) has lane -1: the appended -1
    gone = lane < 0
    start = np.where(gone, np.nan, chron.start)
    return Chronology(start, np.where(gone, np.nan, chron.end), np.maximum(lane, 0), chron.precision,
                      chron.dating, names, chron.index, one_row=arrangement.one_row & set(names),
                      keep_lane_order=True, lane_mode=chron.lane_mode)
