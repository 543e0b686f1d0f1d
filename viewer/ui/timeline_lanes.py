"""The chronology's lane commands: hide a lane, fold its rows, fold small lanes into one.

What the lane list (View > Lanes…), the lane names' context menu (chart_edit_menus.py) and the filter call on
the TimelineView. Each makes a new LaneArrangement (viewer/core/chart/lane_arrangement.py)
and hands it to ``set_arrangement``; the view lays the lanes out again, keeping the time
in view, and says which lanes are hidden (``hidden_lanes_changed``) when that changed.
"""

from __future__ import annotations

from dataclasses import replace

from viewer.core.chart.lane_arrangement import LaneArrangement, hidden_lanes


class LaneControls:
    """Mixed into TimelineView, which has ``arrangement``, ``laid_out``, ``_hidden``, ``_show``
    and the signals ``lanes_changed`` and ``hidden_lanes_changed``."""

    def set_arrangement(self, arrangement: LaneArrangement) -> None:
        """Hide, fold and unfold lanes (by name); the time in view stays."""
        if arrangement != self.arrangement:
            self.arrangement = arrangement
            if self.laid_out is not None:
                self._show()

    def set_hidden_lanes(self, names) -> None:
        """Hide exactly the lanes ``names`` (the filter's lanes)."""
        names = frozenset(names or ())
        if self.laid_out is None or names != self._hidden:
            self.set_arrangement(replace(self.arrangement, hidden=names))

    def hide_lane(self, name: str, hidden: bool = True) -> None:
        now = self.arrangement.hidden
        self.set_arrangement(replace(self.arrangement, hidden=now | {name} if hidden else now - {name}))

    def set_one_row(self, name: str, one_row: bool = True) -> None:
        """Fold the sub-rows of lane ``name`` into one row, or unfold them."""
        now = self.arrangement.one_row
        self.set_arrangement(replace(self.arrangement, one_row=now | {name} if one_row else now - {name}))

    def set_fold_below(self, count: int) -> None:
        """Fold lanes with fewer than ``count`` events into one (0: none)."""
        self.set_arrangement(replace(self.arrangement, fold_below=max(count, 0)))

    def _announce_lanes(self) -> None:
        hidden = hidden_lanes(self.laid_out, self.arrangement)
        self.lanes_changed.emit()
        if hidden != self._hidden:
            self._hidden = hidden
            self.hidden_lanes_changed.emit(hidden)
