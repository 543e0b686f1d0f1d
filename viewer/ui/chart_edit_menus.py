"""The chronology's context menus: a mark's (Edit Event…, Not an Event, then its lane's) and a
lane name's (its lane's edits, then hide and fold).

Each entry emits one of the view's signals (``event_edit_requested``, ``event_hide_requested``,
``lane_edit_requested``) or calls its lane commands (timeline_lanes.py): the menus make no edit.
Lanes are renamed, merged and coloured in the "actor" and "section" modes only; the lanes of no
actor or section, and the lane small lanes fold into, are not renamed or merged.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QMenu

from viewer.core.chart.lane_arrangement import other_lane
from viewer.core.kinds import NO_ACTOR, NO_SECTION

EDITABLE_MODES = ("actor", "section")


def lane_mode(view: Any) -> str:
    chron = view.laid_out
    return (chron.lane_mode or "actor") if chron is not None else "single"


def add_lane_edits(view: Any, menu: QMenu, name: str) -> None:
    """Rename Lane…, Merge Lane Into…, Lane Colour… for the lane ``name`` (disabled where they do not apply)."""
    mode = lane_mode(view)
    editable = mode in EDITABLE_MODES
    named = editable and name not in (NO_ACTOR, NO_SECTION, other_lane(view.laid_out))
    for text, what, enabled in (("Rename Lane…", "rename", named), ("Merge Lane Into…", "merge", named),
                                ("Lane Colour…", "colour", editable)):
        action = menu.addAction(text, lambda what=what: view.lane_edit_requested.emit(what, mode, name))
        action.setEnabled(enabled)
        if not editable:
            action.setToolTip("Lanes are edited when the chronology shows actors or sections (View > Lane Mode)")


def mark_menu(view: Any, i: int) -> QMenu:
    """The menu of event ``i``'s mark: the event's edits, then its lane's."""
    menu = QMenu(view)
    menu.addAction("Edit Event…", lambda: view.event_edit_requested.emit(i))
    menu.addAction("Not an Event", lambda: view.event_hide_requested.emit(i))
    menu.addSeparator()
    chron = view.laid_out
    add_lane_edits(view, menu, chron.lane_names[int(chron.lane[i])])
    return menu


def lane_menu(view: Any, name: str) -> QMenu:
    """The menu of the lane ``name`` in the names column: its edits, then hide and fold."""
    menu = QMenu(view)
    add_lane_edits(view, menu, name)
    menu.addSeparator()
    arrangement = view.arrangement
    menu.addAction("Hide This Lane", lambda: view.hide_lane(name))
    one_row = menu.addAction("Fold Its Rows into One")
    one_row.setCheckable(True)
    one_row.setChecked(name in arrangement.one_row)
    one_row.toggled.connect(lambda on: view.set_one_row(name, on))
    if arrangement.hidden:
        menu.addAction("Show Every Lane", lambda: view.set_arrangement(replace(view.arrangement, hidden=frozenset())))
    return menu


def action(menu: QMenu, text: str):
    """The entry of ``menu`` whose text is ``text`` (tests drive menus through it), or None."""
    return next((a for a in menu.actions() if a.text() == text), None)
