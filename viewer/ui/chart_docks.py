"""The chronology's docks, made the first time they are asked for: the lane list and the legend.

The window's View menu calls ``show_lanes`` and ``show_legend``; each dock is found again by
its object name, so the window keeps no reference and restores them where the user left them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QScrollArea

LANES_DOCK, LEGEND_DOCK = "lanes_dock", "legend_dock"


def _dock(window: Any, name: str, title: str, make) -> QDockWidget:
    dock = window.findChild(QDockWidget, name)
    if dock is None:
        dock = QDockWidget(title, window)
        dock.setObjectName(name)
        dock.setWidget(make())
        if not window.restoreDockWidget(dock):
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.show()
    dock.raise_()
    return dock


def show_lanes(window: Any) -> QDockWidget:
    """View > Lanes…: show, hide and fold the chronology's lanes."""
    from viewer.ui.lane_list import LaneList

    return _dock(window, LANES_DOCK, "Lanes", lambda: LaneList(window.ensure_chronology()))


def show_legend(window: Any) -> QDockWidget:
    """View > Legend: what every mark of the chronology and every highlight of the text means."""
    from viewer.ui.chart_legend import ChartLegend

    def make():
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(ChartLegend(window.palette()))
        return area

    return _dock(window, LEGEND_DOCK, "Legend", make)
