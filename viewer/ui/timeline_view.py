"""The zoomable chronology: lane names on the left, calendar time along the bottom, rows that scroll.

A main plot (EventLayer, calendar axis, playhead) over an overview strip whose region
is the visible window, beside a column of lane names (a splitter: its width is the
user's). Rows have a fixed height, at least a line of text: when the lanes do not fit,
a scroll bar, Shift+wheel or a wheel over the names scroll them; the wheel zooms time.
Which lanes are drawn and how is a LaneArrangement (viewer/core/chart/lane_arrangement.py).
The view talks to the rest of the app only through the SelectionModel: it selects on
clicks, keys and playhead drags, and follows ``current_changed``; and through its signals:
its context menus (chart_edit_menus.py) ask for edits, which whoever makes them carries out.

x, the chart's axis, is days since 1970-01-01, except that long empty stretches are
compressed to narrow breaks (``breaks``); the public methods take and give days.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import QMenu, QScrollBar, QVBoxLayout, QWidget

from viewer.core.chart.chronology import Chronology
from viewer.core.chart.lane_arrangement import LaneArrangement, arrange, lane_counts
from viewer.core.exchange.atomic_write import write_bytes_atomically
from viewer.core.kinds import DATINGS, PRECISIONS
from viewer.ui import chart_edit_menus, chart_export
from viewer.ui.calendar_axis import interval_label
from viewer.ui.chart_plots import chart_plot, chart_splitter
from viewer.ui.event_labels import LabelSource, event_label
from viewer.ui.event_layer import EventLayer
from viewer.ui.lane_names import LaneNames
from viewer.ui.lane_scroll import LaneScroll
from viewer.ui.plain_text import tool_tip
from viewer.ui.selection import SelectionModel
from viewer.ui.timeline_lanes import LaneControls

ZOOM_STEP = 1.5
HIT_PX = 6  # how far from a marker a click still picks it
ROW_PAD = 8  # a row is a line of text and this much: room for the thin line under it
OVERVIEW_PX = (36, 72)  # the overview strip's height in a short and in a tall view
# The finest tick and the narrowest view for the finest precision in the data: events carry
# days at most (no clock times), so never hours.
FINEST = {"day": ("day", 2.0), "month": ("month", 61.0), "year": ("year", 730.0)}
EMPTY = ("No document is open.\n\nOpen one with File > Open… (Ctrl+O), or drag a file and drop it "
         "on this window.")
NO_DATES = "Nothing in the open documents has a date to draw."
ALL_HIDDEN = "Every lane is hidden. View > Lanes… shows them again."


def finest_unit(chron: Chronology) -> str:
    """"day", "month" or "year": the finest precision any dated event has."""
    codes = chron.precision[chron.dated]
    finest = PRECISIONS[int(codes.min())] if len(codes) else "day"
    return "day" if finest in ("day", "week") else "year" if finest in ("year", "decade", "century") else "month"


class TimelineView(LaneControls, QWidget):
    """Events of a Chronology on a zoomable time axis (see module docstring)."""

    visible_range_changed = Signal(float, float)  # days
    hidden_lanes_changed = Signal(object)  # frozenset of the lane names whose events are not drawn
    lanes_changed = Signal()  # new lanes, or a new arrangement of them
    event_edit_requested = Signal(int)  # flat index: a mark's Edit Event…
    event_hide_requested = Signal(int)  # flat index: a mark's Not an Event
    lane_edit_requested = Signal(str, str, str)  # "rename", "merge" or "colour"; lane mode; lane name

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.laid_out: Chronology | None = None  # as the session laid it out
        self.chron: Chronology | None = None  # as drawn: arranged
        self.arrangement = LaneArrangement()
        self._hidden: frozenset[str] = frozenset()
        self._labels: LabelSource | None = None
        self._shown: np.ndarray | None = None
        self._matches: np.ndarray | None = None
        self._following = False  # the playhead is being moved to follow the selection
        self.setAccessibleName("Timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.row_px = QFontMetrics(self.font()).height() + ROW_PAD
        self.layer = EventLayer(selection)
        self.layer.set_font(self.font())
        self.plot = chart_plot("Chronology", self.layer)
        self.view_box = self.plot.getViewBox()
        self.view_box.setMouseEnabled(x=True, y=False)
        # The layer draws the calendar grid behind the events, opaque: pyqtgraph's grid is
        # alpha-blended vertical lines drawn over them, which cost Qt 5-28 ms a repaint.
        self.layer.set_grid(self.plot.getAxis("bottom").tickValues)
        self.playhead = pg.InfiniteLine(angle=90, movable=True)
        self.playhead.setZValue(10)
        self.plot.addItem(self.playhead)
        self._build_overview()
        self._build_layout()
        self.lane_scroll = LaneScroll(self.view_box, self.scroll_bar, self.row_px)
        self.lane_scroll.scrolled.connect(self._sync_names)
        self.names.wheel_turned.connect(self.lane_scroll.wheel)
        self.names.lane_menu_requested.connect(self._lane_menu)
        self.plot.viewport().installEventFilter(self)
        self._apply_palette()
        self._show_message(EMPTY)
        self.playhead.sigPositionChanged.connect(self._on_playhead_moved)
        self.playhead.sigPositionChanged.connect(lambda line: self.layer.set_playhead(line.value()))
        self.view_box.sigXRangeChanged.connect(self._on_range_changed)
        self.plot.scene().sigMouseClicked.connect(self._on_clicked)
        selection.current_changed.connect(self._on_current_changed)

    def _build_overview(self) -> None:
        self.overview_layer = EventLayer(compact=True)
        self.overview = chart_plot("Overview", self.overview_layer)
        self.overview.setFixedHeight(OVERVIEW_PX[0])  # taller once the view is (resizeEvent)
        self.overview.setMouseEnabled(x=False, y=False)
        self.region = pg.LinearRegionItem(swapMode="block")
        self.region.setZValue(10)
        self.overview.addItem(self.region)
        self.region.sigRegionChanged.connect(self._on_region_changed)

    def _build_layout(self) -> None:
        self.names = LaneNames()
        self.scroll_bar = QScrollBar(Qt.Orientation.Vertical)
        self.scroll_bar.setAccessibleName("Scroll lanes")
        self.scroll_bar.hide()
        self.splitter = chart_splitter(self.names, self.plot, self.scroll_bar, self.overview)
        self._names_width_chosen = False
        self.splitter.splitterMoved.connect(lambda *_: setattr(self, "_names_width_chosen", True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override) placeholders.ChronologyPlaceholder asks the same
        return QSize(900, 420)

    # -- model --------------------------------------------------------------------

    def set_chronology(self, chron: Chronology, labels: LabelSource | None = None) -> None:
        """Show ``chron``; labels from ``labels(i)``, else the events' own (none without documents).

        The same documents in the same lane mode (an edit, its undo) keep the time in view."""
        before = self.laid_out
        same = (before is not None and bool(chron.docs) and before.lane_mode == chron.lane_mode
                and [d.path for d in before.docs] == [d.path for d in chron.docs])
        self.laid_out = chron
        self._labels = labels
        if chron.docs and labels is None:
            self._labels = lambda i, chron=chron: event_label(chron.event(i))
        self._masks_for(chron)
        self._show(fit=not same)
        self._following = True  # parked at the start, selecting nothing yet
        self.playhead.setValue(self.to_x(self.chron.extent()[0]) if self.chron is not None else 0.0)
        self._following = False
        self._on_current_changed(self.selection.current)

    def _masks_for(self, chron: Chronology) -> None:
        for name in ("_shown", "_matches"):
            mask = getattr(self, name)
            if mask is not None and len(mask) != len(chron):
                setattr(self, name, None)  # masks of other documents: the filter sends new ones

    def _show(self, fit: bool = False) -> None:
        """Draw the laid-out chronology as arranged; keep the time in view unless ``fit``."""
        kept = None if fit or self.chron is None else self.visible_range()
        chron = self.chron = arrange(self.laid_out, self.arrangement)
        one_row = np.array([name in self.arrangement.one_row for name in chron.lane_names], dtype=bool)
        self.layer.set_chronology(chron, one_row)
        self.layer.set_labels(self._labels)
        self.layer.set_masks(self._shown, self._matches)
        self.overview_layer.set_chronology(chron)
        self.overview_layer.set_masks(self._shown, None)
        unit, min_range = FINEST[finest_unit(chron)]
        for plot in (self.plot, self.overview):
            plot.getAxis("bottom").set_scale(self.layer.breaks, unit)
        self.names.set_lanes(chron.lane_names, lane_counts(chron).tolist(),
                             self.layer.style.lanes, chron.lane_top.tolist())
        self._fit_names_column()
        self.lane_scroll.set_rows(chron.total_rows, self.row_px)
        first, last = self.layer.prep.extent
        span = max(last - first, min_range)
        self.view_box.setLimits(xMin=first - 5 * span, xMax=last + 5 * span, minXRange=min_range,
                                maxXRange=10 * span)
        self.overview.getViewBox().setRange(xRange=(first, last), yRange=(0, max(chron.total_rows, 1)),
                                            padding=0.03)
        empty = not len(chron.order)
        self._show_message("" if not empty else ALL_HIDDEN if len(self.laid_out.order) else NO_DATES)
        if kept is None:
            self.fit_all()
        else:
            self.view_box.setXRange(self.to_x(kept[0]), self.to_x(kept[1]), padding=0)
        self._announce_lanes()

    def _show_message(self, text: str) -> None:
        """A message in the middle of the chart instead of it ("": the chart)."""
        self.plot.set_message(text)
        shown = self.overview.isVisible()
        self.overview.setVisible(not text)
        self.names.setVisible(not text)
        if text:
            self.scroll_bar.hide()
        if shown == bool(text) and self.isVisible():
            # The names and the overview come (or go): their room is made now, so the chart is
            # painted once, in its place (else once here, and again after the layout moves it).
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    # -- Find and filters ----------------------------------------------------------

    def set_shown(self, mask: np.ndarray | None) -> None:
        """Draw only the events where ``mask`` (a bool per flat index) is set; None: all."""
        self._shown = None if mask is None else np.asarray(mask, dtype=bool)
        self.layer.set_masks(self._shown, self._matches)
        self.overview_layer.set_masks(self._shown, None)

    def set_matches(self, mask: np.ndarray | None) -> None:
        """Draw the events where ``mask`` is set as usual and the rest dimmed; None: Find is off."""
        self._matches = None if mask is None else np.asarray(mask, dtype=bool)
        self.layer.set_masks(self._shown, self._matches)

    # -- x and days ---------------------------------------------------------------

    def to_x(self, days):
        breaks = self.layer.breaks
        return breaks.to_x(days) if breaks is not None else days

    def to_days(self, x):
        breaks = self.layer.breaks
        return breaks.to_days(x) if breaks is not None else x

    # -- zoom, pan and scroll -------------------------------------------------------

    def x_range(self) -> tuple[float, float]:
        x0, x1 = self.view_box.viewRange()[0]
        return float(x0), float(x1)

    def visible_range(self) -> tuple[float, float]:
        """The first and last day in view."""
        x0, x1 = self.x_range()
        return float(self.to_days(x0)), float(self.to_days(x1))

    def zoom_by(self, factor: float, center_x: float | None = None) -> None:
        """Show 1/factor of the current width (factor > 1 zooms in) around the day ``center_x``."""
        x0, x1 = self.x_range()
        c = (x0 + x1) / 2 if center_x is None else self.to_x(center_x)
        self.view_box.setXRange(c + (x0 - c) / factor, c + (x1 - c) / factor, padding=0)

    def fit_all(self) -> None:
        if self.chron is not None and self.layer.prep is not None:
            self.view_box.setXRange(*self.layer.prep.extent, padding=0.03)

    def _pan_to(self, i: int) -> None:
        """Bring item i into view, keeping the zoom, if it is off screen."""
        x0, x1 = self.x_range()
        start, end = self.to_x(float(self.chron.start[i])), self.to_x(float(self.chron.end[i]))
        if end < x0 or start > x1:
            c = (start + min(end, start + (x1 - x0) / 2)) / 2
            self.view_box.setXRange(c - (x1 - x0) / 2, c + (x1 - x0) / 2, padding=0)

    def _on_range_changed(self, _vb, x_range) -> None:
        self.region.blockSignals(True)
        self.region.setRegion(x_range)
        self.region.blockSignals(False)
        self.visible_range_changed.emit(*self.visible_range())

    def _on_region_changed(self) -> None:
        lo, hi = self.region.getRegion()
        if hi > lo:
            self.view_box.setXRange(lo, hi, padding=0)

    def _sync_names(self) -> None:
        """The names column follows the rows: same top, same row height, same scroll."""
        rect = self.view_box.sceneBoundingRect()
        top = self.names.mapFromGlobal(self.plot.viewport().mapToGlobal(
            self.plot.mapFromScene(rect.topLeft()))).y()
        self.names.set_rows(float(top), float(top + rect.height()), self.lane_scroll.top_row, self.row_px)

    def _fit_names_column(self) -> None:
        """The names' width, at most a fifth of the view's, until the user sets it."""
        if not self._names_width_chosen:
            width = min(self.names.preferred_width(), max(90, self.width() // 5))
            self.splitter.setSizes([width, max(self.width() - width, 1)])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.overview.setFixedHeight(int(np.clip(self.height() * 0.16, OVERVIEW_PX[0], OVERVIEW_PX[1])))
        self._fit_names_column()
        self._sync_names()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """Shift+wheel over the chart scrolls the lanes (the wheel alone zooms time); every move
        updates the tool tip (the scene's own signal drops moves less than 10 ms apart)."""
        kind = event.type()
        if kind == QEvent.Type.Wheel and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            delta = event.angleDelta()
            self.lane_scroll.wheel(delta.y() or delta.x())
            return True
        if kind == QEvent.Type.MouseMove:
            self._on_hovered(self.plot.mapToScene(event.position().toPoint()))
        if kind == QEvent.Type.ContextMenu:
            i = self.index_at(self.plot.mapToScene(event.pos()))
            if i >= 0:
                self.selection.select(i)
                self._popup(self.mark_menu(i), event.globalPos())
                return True
        return super().eventFilter(watched, event)

    # -- selection ----------------------------------------------------------------

    def _on_current_changed(self, i: int) -> None:
        if self.chron is None or not (0 <= i < len(self.chron)) or not self.chron.dated[i]:
            return
        self._following = True
        try:
            self.playhead.setValue(self.to_x(float(self.chron.start[i]) + 0.5))
        finally:
            self._following = False
        self._pan_to(i)
        self.lane_scroll.ensure_visible(self.chron.global_row(i))

    def _on_playhead_moved(self) -> None:
        if self._following or self.chron is None:
            return
        i = self.chron.latest_at_or_before(self.to_days(self.playhead.value()))
        if i >= 0:
            self.selection.select(i)

    def _step(self, key: int) -> None:
        chron, current = self.chron, self.selection.current
        i = {Qt.Key.Key_Left: lambda: chron.previous_in_time(current),
             Qt.Key.Key_Right: lambda: chron.next_in_time(current),
             Qt.Key.Key_Home: chron.first, Qt.Key.Key_End: chron.last}[key]()
        if i >= 0:
            self.selection.select(i)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        rows = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -self.lane_scroll.visible_rows() + 1,
                Qt.Key.Key_PageDown: self.lane_scroll.visible_rows() - 1}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_all()
        elif key in rows:
            self.lane_scroll.scroll_rows(rows[key])
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End) and self.chron:
            self._step(key)
        else:
            super().keyPressEvent(event)

    # -- pointer ------------------------------------------------------------------

    def index_at(self, scene_pos: QPointF) -> int:
        """Flat index of the event drawn under a scene position, or -1."""
        if self.chron is None or not self.view_box.sceneBoundingRect().contains(scene_pos):
            return -1
        p = self.view_box.mapSceneToView(scene_pos)
        lane, row = self.chron.slot_at(int(np.floor(p.y())))
        days = float(self.to_days(p.x()))
        tolerance = HIT_PX * self.view_box.viewPixelSize()[0]
        low = p.y() - np.floor(p.y()) > 0.75  # the bottom of a row: where carried-over coarse dates lie
        order = (True, False) if low else (False, True)
        for underlay in order if row == 0 else (False,):
            i = self.chron.item_at(days, lane, row, tolerance, underlay=underlay)
            if i >= 0 and (self._shown is None or self._shown[i]):
                return i
        return -1

    def _on_clicked(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            i = self.index_at(event.scenePos())
            if i >= 0:
                self.selection.select(i)

    def _on_hovered(self, scene_pos: QPointF) -> None:
        i = self.index_at(scene_pos)
        self.layer.setToolTip(tool_tip(self.describe(i)) if i >= 0 else "")  # its title and lane as written

    def describe(self, i: int) -> str:
        """Date, dating, lane and title of item i, as the tooltip shows it."""
        chron = self.laid_out
        when = interval_label(int(chron.start[i]), int(chron.end[i]) - 1, PRECISIONS[chron.precision[i]])
        if DATINGS[chron.dating[i]] == "inferred":
            when += " (carried over)"
        title = chron.event(i).title if chron.docs else ""
        return f"{when} · {chron.lane_names[chron.lane[i]]}\n{title}".strip()

    # -- context menus ------------------------------------------------------------------

    def mark_menu(self, i: int) -> QMenu:
        """Event ``i``'s menu: Edit Event…, Not an Event, then its lane's edits."""
        return chart_edit_menus.mark_menu(self, i)

    def lane_menu(self, name: str) -> QMenu:
        """The lane ``name``'s menu in the names column: its edits, then hide and fold."""
        return chart_edit_menus.lane_menu(self, name)

    def _lane_menu(self, name: str, where: QPoint) -> None:  # the names column's right click
        self._popup(self.lane_menu(name), where)

    @staticmethod
    def _popup(menu: QMenu, where: QPoint) -> None:
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    @property
    def canvas(self) -> QWidget:
        """The widget that receives the chronology's mouse events (tests click it)."""
        return self.plot.viewport()

    def item_view_pos(self, i: int) -> QPoint:
        """Where item i is drawn, in ``canvas`` coordinates (the visible part of a bar)."""
        x0, x1 = self.x_range()
        start, end = self.to_x(float(self.chron.start[i])), self.to_x(float(self.chron.end[i]))
        x = (max(start, x0) + min(end, x1)) / 2
        y = self.chron.global_row(i) + (0.9 if self.chron.underlay[i] else 0.5)
        return self.plot.mapFromScene(self.view_box.mapViewToScene(QPointF(x, y)))

    def text_rects(self) -> list[tuple[str, int, QRectF]]:
        """("lane", lane, rect) of each lane name and ("label", flat index, rect) of each event
        label drawn in the last paints, in this widget's coordinates."""
        out = []
        for lane, rect in self.names.name_rects():
            out.append(("lane", lane, rect.translated(QPointF(self.names.mapTo(self, QPoint(0, 0))))))
        offset = QPointF(self.canvas.mapTo(self, QPoint(0, 0)))
        out += [("label", i, rect.translated(offset)) for i, rect in self.layer.label_rects()]
        return out

    # -- look and export ----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
            if self.chron is not None:
                self.names.set_lanes(self.chron.lane_names, self.names.counts, self.layer.style.lanes,
                                     self.chron.lane_top.tolist())
        elif event.type() == QEvent.Type.FontChange:  # rows stay a line of text tall
            self.layer.set_font(self.font())
            self.row_px = QFontMetrics(self.font()).height() + ROW_PAD
            self.lane_scroll.set_rows(self.chron.total_rows if self.chron is not None else 0, self.row_px)
        super().changeEvent(event)

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        accent = palette.color(QPalette.ColorRole.Highlight)
        for plot, layer in ((self.plot, self.layer), (self.overview, self.overview_layer)):
            plot.setBackground(palette.color(QPalette.ColorRole.Base))
            layer.set_palette(palette)
            for name in ("left", "bottom"):
                plot.getAxis(name).setPen(text)
                plot.getAxis(name).setTextPen(text)
        self.playhead.setPen(pg.mkPen(None))  # the layer draws its line, behind the marks and labels
        self.playhead.setHoverPen(pg.mkPen(accent, width=3))
        fill = pg.mkColor(accent)
        fill.setAlpha(50)
        self.region.setBrush(fill)

    def title(self) -> str:
        """The documents' names, for an export's title."""
        docs = self.laid_out.docs if self.laid_out is not None else []
        return ", ".join(Path(d.path).name if d.path else "Untitled" for d in docs) or "Chronology"

    def png_bytes(self) -> bytes:
        """The chronology as shown, with a title and the legend (chart_export.py)."""
        return chart_export.png_bytes(self.splitter, self.title())

    def svg_bytes(self) -> bytes:
        return chart_export.svg_bytes(self.splitter, self.title())

    def export_png(self, path: str) -> None:
        write_bytes_atomically(path, self.png_bytes())

    def export_svg(self, path: str) -> None:
        write_bytes_atomically(path, self.svg_bytes())

