"""A lane's edits: rename, merge into another, colour; each one step of the undo stack.

Mixed into EditActions, which has ``window``, ``session``, ``_open`` (a dialog, opened) and
``_say`` (a status message). Lane edits are keyed by lane mode and the name the lane shows
(core/edits/layer.py: a merge is a rename into a lane that exists).
"""

from __future__ import annotations

from dataclasses import replace

from shiboken6 import isValid

from viewer.core.kinds import NO_ACTOR, NO_SECTION


class LaneEditActions:
    def edit_lane(self, what: str, mode: str, name: str) -> None:
        """The chronology's lane entries: "rename", "merge" or "colour"."""
        {"rename": self.rename_lane, "merge": self.merge_lane, "colour": self.choose_lane_colour}[what](mode, name)

    def _lane_names(self, mode: str) -> list[str]:
        from viewer.core.chart.lane_modes import event_lanes, lane_names

        return lane_names(event_lanes(self.session.loaded, mode))

    def rename_lane(self, mode: str, name: str) -> None:
        from viewer.ui.lane_edit_dialogs import rename_dialog

        self._open(rename_dialog(self.window, name, lambda new: self.set_lane_name(mode, name, new)))

    def merge_lane(self, mode: str, name: str) -> None:
        from viewer.ui.lane_edit_dialogs import merge_dialog

        others = [n for n in self._lane_names(mode) if n not in (name, NO_ACTOR, NO_SECTION)]
        if not others:
            self._say(f"There is no other lane to merge “{name}” into.")
            return
        self._open(merge_dialog(self.window, name, others, lambda target: self.merge_lanes(mode, name, target)))

    def choose_lane_colour(self, mode: str, name: str) -> None:
        from viewer.ui.lane_colours import is_dark, lane_colour
        from viewer.ui.lane_edit_dialogs import colour_dialog

        current = lane_colour(name, is_dark(self.window.palette()))
        self._open(colour_dialog(self.window, name, current, lambda hex_: self.set_lane_colour(mode, name, hex_)))

    def set_lane_name(self, mode: str, name: str, new: str) -> None:
        """Rename the lane ``name`` of ``mode``; its colour goes with it."""
        new = " ".join(new.split())
        if not new or new == name:
            return
        edits = self.session.edits
        before = edits.lane(mode, name)
        edits = edits.with_lane(mode, name, replace(before, rename=new))
        if before.colour and not edits.lane(mode, new).colour:
            edits = edits.with_lane(mode, new, replace(edits.lane(mode, new), colour=before.colour))
        self.session.change(edits, f"Rename lane “{name}” to “{new}”")

    def merge_lanes(self, mode: str, name: str, target: str) -> None:
        """Put the events of the lane ``name`` in the lane ``target``."""
        if target == name:
            return
        edits = self.session.edits
        edits = edits.with_lane(mode, name, replace(edits.lane(mode, name), rename=target))
        self.session.change(edits, f"Merge lane “{name}” into “{target}”")

    def set_lane_colour(self, mode: str, name: str, colour: str) -> None:
        edits = self.session.edits
        self.session.change(edits.with_lane(mode, name, replace(edits.lane(mode, name), colour=colour)),
                            f"Colour of lane “{name}”")

    def _colours(self) -> dict[str, str]:
        """The user's colours of the lanes shown (lane_colours asks, at every lookup)."""
        session = self.session
        if not isValid(session):  # a window closed: its colours went with it
            return {}
        return session.edits.colours(session.lane_mode)
