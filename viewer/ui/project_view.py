"""What a project keeps of the view, and how it is put back: lane mode, time range, selection, lanes.

The values are plain JSON (the project's ``view`` table): a project edited by hand, or written by
another tool, may hold anything there, so each is checked as it is read and a wrong one ignored.

    lane_mode      "actor", "section", "document" or "single"
    time_range     [first day, last day] in view on the chronology (days, as the chronology counts them)
    selection      [document path, sentence start, sentence end]: the current event
    hidden_lanes   [lane name, ...]: lanes not drawn (by their names in the lane mode)
    one_row_lanes  [lane name, ...]: lanes whose rows are folded into one
    fold_below     lanes with fewer events than this are drawn as one (0: none)
"""

from __future__ import annotations

import math
from typing import Any

from viewer.core.kinds import LANE_MODES


def view_of(window: Any) -> dict[str, Any]:
    """The window's view as the project keeps it."""
    session = window.session
    view: dict[str, Any] = {"lane_mode": session.lane_mode}
    key = session.current_key()
    if key is not None:
        view["selection"] = list(key)
    if window.chronology_shown:
        timeline = window.timeline
        view["time_range"] = list(timeline.visible_range())
        arrangement = timeline.arrangement
        view["hidden_lanes"] = sorted(arrangement.hidden)
        view["one_row_lanes"] = sorted(arrangement.one_row)
        view["fold_below"] = arrangement.fold_below
    return view


def lane_mode_of(view: dict[str, Any]) -> str | None:
    mode = view.get("lane_mode")
    return mode if mode in LANE_MODES else None


def restore_view(window: Any, view: dict[str, Any]) -> None:
    """Put back the selection, the lanes and the time range (the lane mode is set before the
    documents are read, so that they are laid out once)."""
    session = window.session
    key = view.get("selection")
    if isinstance(key, list) and len(key) == 3 and isinstance(key[0], str) and all(
            isinstance(k, int) for k in key[1:]):
        index = session.index_of((key[0], key[1], key[2]))
        if index >= 0:
            session.selection.select(index)
    names = {name: _names(view.get(name)) for name in ("hidden_lanes", "one_row_lanes")}
    fold_below = view.get("fold_below")
    fold_below = fold_below if isinstance(fold_below, int) and fold_below >= 0 else 0
    time_range = _time_range(view.get("time_range"))
    if not (time_range or fold_below or any(names.values())):
        return
    from dataclasses import replace

    timeline = window.ensure_chronology()
    timeline.set_arrangement(replace(timeline.arrangement, hidden=names["hidden_lanes"],
                                     one_row=names["one_row_lanes"], fold_below=fold_below))
    if time_range and timeline.chron is not None:
        first, last = time_range
        timeline.view_box.setXRange(timeline.to_x(first), timeline.to_x(last), padding=0)


def _names(value: object) -> frozenset[str]:
    return frozenset(v for v in value if isinstance(v, str)) if isinstance(value, list) else frozenset()


def _time_range(value: object) -> tuple[float, float] | None:
    if not (isinstance(value, list) and len(value) == 2):
        return None
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in value):
        return None
    first, last = float(value[0]), float(value[1])
    return (first, last) if last > first else None
