"""The zoomable chronology: lanes down the side, calendar time along the bottom.

A main plot (EventLayer, lane axis, calendar axis, playhead) over an overview strip
whose region is the visible window. It talks to the rest of the app only through
the SelectionModel: it selects on clicks, keys and playhead drags, and follows
``current_changed``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette, QRegion
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QVBoxLayout, QWidget

from viewer.core.chart.chronology import Chronology
from viewer.core.exchange.atomic_write import write_bytes_atomically
from viewer.core.kinds import DATINGS, PRECISIONS
from viewer.ui.calendar_axis import CalendarAxis, interval_label
from viewer.ui.event_layer import EventLayer
from viewer.ui.plain_text import tool_tip
from viewer.ui.selection import SelectionModel

HOUR = 1 / 24
ZOOM_STEP = 1.5
HIT_PX = 6  # how far from a marker a click still picks it
LANE_LABEL_CHARS = 32


class _PlotWidget(pg.PlotWidget):
    """A PlotWidget that leaves the background of its view to the event layer.

    The layer paints every pixel of the view (lane bands and grid, opaque), so filling
    the whole window with the background first, as QGraphicsView does, was a
    window-sized pass for nothing on every repaint; only the margins and axes get it.
    """

    def __init__(self, layer: EventLayer, **kwargs) -> None:
        super().__init__(**kwargs)
        self._layer = layer
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)  # a cached one is blitted whole

    def drawBackground(self, p: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt override)
        chron = self._layer.chron
        if chron is None or not len(chron.order):  # the layer paints nothing
            return super().drawBackground(p, rect)
        view = self.getViewBox().sceneBoundingRect()
        left, top = math.ceil(view.left()), math.ceil(view.top())
        inner = QRect(left, top, math.floor(view.right()) - left, math.floor(view.bottom()) - top)
        for part in QRegion(rect.toAlignedRect()).subtracted(QRegion(inner)):
            p.fillRect(part, self.backgroundBrush())


def _plot(name: str, layer: EventLayer) -> pg.PlotWidget:
    plot = _PlotWidget(layer, axisItems={"bottom": CalendarAxis("bottom")})
    plot.setAccessibleName(name)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the TimelineView
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for side in ("left", "bottom", "top", "right"):  # hidden ones follow the view too
        axis = plot.getAxis(side)
        axis.enableAutoSIPrefix(False)  # lane names and dates: no SI prefix to work out each step
        # Repaints that leave an axis alone (hover, selection, a pan of the other axis) blit
        # a pixmap instead of replaying its text.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    vb = plot.getViewBox()
    vb.invertY(True)  # lane 0 on top; EventLayer relies on it
    plot.addItem(layer)
    return plot


class TimelineView(QWidget):
    """Events of a Chronology on a zoomable time axis; x is days since 1970-01-01."""

    visible_range_changed = Signal(float, float)

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.selection = selection
        self.chron: Chronology | None = None
        self._following = False  # the playhead is being moved to follow the selection
        self.setAccessibleName("Timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layer = EventLayer(selection)
        self.plot = _plot("Chronology", self.layer)
        self.view_box = self.plot.getViewBox()
        self.view_box.setMouseEnabled(x=True, y=False)
        # The layer draws the calendar grid behind the events, opaque: pyqtgraph's grid is
        # alpha-blended vertical lines drawn over them, which cost Qt 5-28 ms a repaint.
        self.layer.set_grid(self.plot.getAxis("bottom").tickValues)
        self.playhead = pg.InfiniteLine(angle=90, movable=True)
        self.playhead.setZValue(10)
        self.plot.addItem(self.playhead)
        self._build_overview()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.overview)
        self._apply_palette()
        self.playhead.sigPositionChanged.connect(self._on_playhead_moved)
        self.view_box.sigXRangeChanged.connect(self._on_range_changed)
        self.plot.scene().sigMouseClicked.connect(self._on_clicked)
        self.plot.scene().sigMouseMoved.connect(self._on_hovered)
        selection.current_changed.connect(self._on_current_changed)

    def _build_overview(self) -> None:
        self.overview_layer = EventLayer(compact=True)
        self.overview = _plot("Overview", self.overview_layer)
        self.overview.setFixedHeight(72)
        self.overview.setMouseEnabled(x=False, y=False)
        self.overview.getAxis("left").setTicks([[], []])
        self.region = pg.LinearRegionItem(swapMode="block")
        self.region.setZValue(10)
        self.overview.addItem(self.region)
        self.region.sigRegionChanged.connect(self._on_region_changed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override) placeholders.ChronologyPlaceholder asks the same
        return QSize(900, 420)

    # -- model --------------------------------------------------------------------

    def set_chronology(self, chron: Chronology) -> None:
        self.chron = chron
        self.layer.set_chronology(chron)
        self.overview_layer.set_chronology(chron)
        self._set_lane_axis()
        first, last = chron.extent()
        span = max(last - first, 1.0)
        rows = max(chron.total_rows, 1)
        self.view_box.setLimits(xMin=first - 5 * span, xMax=last + 5 * span, minXRange=HOUR,
                                maxXRange=10 * span, yMin=0, yMax=rows)
        self.view_box.setYRange(0, rows, padding=0)
        self.overview.getViewBox().setRange(xRange=(first, last), yRange=(0, rows), padding=0.03)
        self.fit_all()
        self._following = True  # parked at the start, selecting nothing yet
        self.playhead.setValue(first)
        self._following = False
        self._on_current_changed(self.selection.current)

    def _set_lane_axis(self) -> None:
        chron, axis = self.chron, self.plot.getAxis("left")
        names = [n if len(n) <= LANE_LABEL_CHARS else n[: LANE_LABEL_CHARS - 1] + "…" for n in chron.lane_names]
        centres = chron.lane_top[:-1] + chron.lane_rows / 2
        axis.setTicks([list(zip(centres.tolist(), names)), []])
        metrics = QFontMetrics(self.font())
        width = max([metrics.horizontalAdvance(n) for n in names] + [40]) + 20
        axis.setWidth(width)
        self.overview.getAxis("left").setWidth(width)  # keeps both plots aligned in time

    # -- zoom and pan -------------------------------------------------------------

    def visible_range(self) -> tuple[float, float]:
        x0, x1 = self.view_box.viewRange()[0]
        return float(x0), float(x1)

    def zoom_by(self, factor: float, center_x: float | None = None) -> None:
        """Show 1/factor of the current width (factor > 1 zooms in) around center_x."""
        x0, x1 = self.visible_range()
        c = (x0 + x1) / 2 if center_x is None else center_x
        self.view_box.setXRange(c + (x0 - c) / factor, c + (x1 - c) / factor, padding=0)

    def fit_all(self) -> None:
        if self.chron is not None:
            first, last = self.chron.extent()
            self.view_box.setXRange(first, last, padding=0.03)

    def _pan_to(self, i: int) -> None:
        """Bring item i into view, keeping the zoom, if it is off screen."""
        x0, x1 = self.visible_range()
        start, end = self.chron.start[i], self.chron.end[i]
        if end < x0 or start > x1:
            c = (start + min(end, start + (x1 - x0) / 2)) / 2
            self.view_box.setXRange(c - (x1 - x0) / 2, c + (x1 - x0) / 2, padding=0)

    def _on_range_changed(self, _vb, x_range) -> None:
        self.region.blockSignals(True)
        self.region.setRegion(x_range)
        self.region.blockSignals(False)
        self.visible_range_changed.emit(float(x_range[0]), float(x_range[1]))

    def _on_region_changed(self) -> None:
        lo, hi = self.region.getRegion()
        if hi > lo:
            self.view_box.setXRange(lo, hi, padding=0)

    # -- selection ----------------------------------------------------------------

    def _on_current_changed(self, i: int) -> None:
        if self.chron is None or not (0 <= i < len(self.chron)) or not self.chron.dated[i]:
            return
        self._following = True
        try:
            self.playhead.setValue(float(self.chron.start[i]) + 0.5)
        finally:
            self._following = False
        self._pan_to(i)

    def _on_playhead_moved(self) -> None:
        if self._following or self.chron is None:
            return
        i = self.chron.latest_at_or_before(self.playhead.value())
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
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key == Qt.Key.Key_0:
            self.fit_all()
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
        tolerance = HIT_PX * self.view_box.viewPixelSize()[0]
        return self.chron.item_at(p.x(), lane, row, tolerance)

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
        """Date, dating and title of item i, as the tooltip shows it."""
        chron = self.chron
        when = interval_label(int(chron.start[i]), int(chron.end[i]) - 1, PRECISIONS[chron.precision[i]])
        if DATINGS[chron.dating[i]] == "inferred":
            when += " (inferred)"
        title = chron.event(i).title if chron.docs else ""
        return f"{when} · {chron.lane_names[chron.lane[i]]}\n{title}".strip()

    @property
    def canvas(self) -> QWidget:
        """The widget that receives the chronology's mouse events (tests click it)."""
        return self.plot.viewport()

    def item_view_pos(self, i: int) -> QPoint:
        """Where item i is drawn, in ``canvas`` coordinates (the visible part of a bar)."""
        x0, x1 = self.visible_range()
        start, end = self.chron.start[i], self.chron.end[i]
        x = (max(start, x0) + min(end, x1)) / 2
        scene = self.view_box.mapViewToScene(QPointF(x, self.chron.global_row(i) + 0.5))
        return self.plot.mapFromScene(scene)

    # -- look and export ----------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
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
        self.playhead.setPen(pg.mkPen(text, width=1.5))
        self.playhead.setHoverPen(pg.mkPen(accent, width=3))
        fill = pg.mkColor(accent)
        fill.setAlpha(50)
        self.region.setBrush(fill)

    def png_bytes(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.plot.grab().save(buffer, "PNG")
        return bytes(buffer.data())

    def svg_bytes(self) -> bytes:
        size = self.plot.size()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle("Chronology")
        painter = QPainter(generator)
        try:
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), self.palette().color(QPalette.ColorRole.Base))
            self.plot.render(painter)
        finally:
            painter.end()
        return bytes(buffer.data())

    def export_png(self, path: str) -> None:
        write_bytes_atomically(path, self.png_bytes())

    def export_svg(self, path: str) -> None:
        write_bytes_atomically(path, self.svg_bytes())
