"""The window's menus and their actions: File, Edit, View, Go, Help.

Each action calls the window's or the session's own method; the menus hold no logic.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from viewer.core.kinds import LANE_MODES


class Menus:
    """Builds the menu bar of ``window``; keeps the actions others look up."""

    def __init__(self, window: Any) -> None:  # the MainWindow, whose commands the actions call
        self.window = window
        self._build()

    def action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        # setShortcuts, not setShortcut: a standard key gets every binding the platform has, and
        # setShortcut's overloads would build Qt's enum namespace (15 ms) before the first paint.
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build(self) -> None:
        w = self.window
        bar = w.menuBar()
        file = bar.addMenu("&File")
        self.new_action = self.action(file, "&New Project", lambda: w.project.new_project(),
                                      QKeySequence.StandardKey.New)
        self.open_action = self.action(file, "&Open…", lambda: w.project.open_dialog(), QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu("Open &Recent")
        w.recent.fill_when_shown(self.recent_menu)
        file.addSeparator()
        self.save_action = self.action(file, "&Save Project", lambda: w.project.save(), QKeySequence.StandardKey.Save)
        self.save_as_action = self.action(file, "Save Project &As…", lambda: w.project.save_as(),
                                          QKeySequence.StandardKey.SaveAs)
        self.close_document_action = self.action(file, "&Close Document", lambda: w.project.close_document(),
                                                 QKeySequence.StandardKey.Close)
        file.addSeparator()
        self.action(file, "Export Chronology as &PNG…", lambda: w._export("png"))
        self.action(file, "Export Chronology as &SVG…", lambda: w._export("svg"))
        self.action(file, "Export Events as &CSV…", lambda: w._export("csv"))
        self.action(file, "Export Events as &JSON…", lambda: w._export("json"))
        self.action(file, "Export Events for &TimelineJS…", lambda: w._export("timelinejs"))
        self.action(file, "Export Text as Time&ML…", lambda: w._export("timeml"))
        self.action(file, "Export Events as &iCalendar…", lambda: w._export("ics"))
        self.action(file, "Export &HTML Report…", lambda: w._export("html"))
        file.addSeparator()
        self.action(file, "&Quit", w.close, QKeySequence.StandardKey.Quit)
        edit = bar.addMenu("&Edit")
        stack = w.session.undo_stack
        self.undo_action = stack.createUndoAction(w, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(w, "&Redo")
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        self.edit_event_action = self.action(edit, "&Edit Event…", lambda: w.editing.edit_current(), "Ctrl+E")
        self.hide_event_action = self.action(edit, "&Not an Event", lambda: w.editing.hide_current(), "Ctrl+Del")
        self.new_event_action = self.action(edit, "New Event from &Selection…",
                                            lambda: w.editing.new_event_from_selection(), "Ctrl+Shift+E")
        self.action(edit, "&Hidden Events…", lambda: w.editing.show_hidden_events())
        self.action(edit, "Document &Date…", lambda: w.editing.edit_document_date())
        edit.addSeparator()
        self.find_action = self.action(edit, "&Find…", lambda: w.find_bar.open_bar(), QKeySequence.StandardKey.Find)
        self.action(edit, "Find &Next", lambda: w.find_bar.step(), QKeySequence.StandardKey.FindNext)
        self.action(edit, "Find Pre&vious", lambda: w.find_bar.step(backwards=True),
                     QKeySequence.StandardKey.FindPrevious)
        view = bar.addMenu("&View")
        lanes = view.addMenu("Lane &Mode")
        self.lane_actions = QActionGroup(w)
        for mode, label in zip(LANE_MODES, ("By &actor", "By s&ection", "By &document", "&Single lane"), strict=True):
            action = self.action(lanes, label, lambda _=False, m=mode: w.session.set_lane_mode(m))
            action.setCheckable(True)
            action.setChecked(mode == w.session.lane_mode)
            action.setData(mode)
            self.lane_actions.addAction(action)
        view.addSeparator()
        self.action(view, "&Fit All", lambda: w.ensure_chronology().fit_all(), "0")
        self.action(view, "Zoom &In", lambda: w.ensure_chronology().zoom_by(2.0), QKeySequence.StandardKey.ZoomIn)
        self.action(view, "Zoom &Out", lambda: w.ensure_chronology().zoom_by(0.5), QKeySequence.StandardKey.ZoomOut)
        view.addSeparator()
        self.lanes_action = self.action(view, "&Lanes…", lambda: _chart_dock("show_lanes", w), "Ctrl+L")
        self.legend_action = self.action(view, "Le&gend", lambda: _chart_dock("show_legend", w))
        view.addSeparator()
        self.filter_action = self.action(view, "F&ilter…", lambda: w.filter_bar.open_bar(), "Ctrl+Shift+F")
        self.action(view, "Undo &History", lambda: w.editing.show_undo_history())
        view.addSeparator()
        self.view = view  # the events dock's toggle comes last, with the dock
        go = bar.addMenu("&Go")
        self.action(go, "&Previous Event in Time", lambda: w._step("previous_in_time"), "Alt+Left")
        self.action(go, "&Next Event in Time", lambda: w._step("next_in_time"), "Alt+Right")
        self.action(go, "&First Event", lambda: w._step("first"), "Alt+Home")
        self.action(go, "&Last Event", lambda: w._step("last"), "Alt+End")
        manual = bar.addMenu("&Help")
        self.dates_help_action = self.action(manual, "How &Dates Are Read", lambda: _help("show_dates_help", w),
                                             QKeySequence.StandardKey.HelpContents)
        self.action(manual, "&Keyboard Shortcuts", lambda: _help("show_shortcuts", w))
        manual.addSeparator()
        self.action(manual, "&About Timeline Viewer", lambda: _help("show_about", w))


def _chart_dock(name: str, window: Any) -> Any:
    """The chronology's lane list or legend dock over ``window``: its module comes in when first asked for."""
    from viewer.ui import chart_docks

    return getattr(chart_docks, name)(window)


def _help(name: str, window: Any) -> Any:
    """A Help dialog over ``window``: its module comes in when first asked for."""
    from viewer.ui import help as dialogs

    return getattr(dialogs, name)(window)

