"""The chronology's two plots (the main chart and the overview strip) as pyqtgraph widgets.

A plot leaves the background under its view to the event layer, which paints every
pixel there; with nothing to draw it shows a message in the middle instead of axes.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QRegion
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QGridLayout, QScrollBar, QSplitter, QWidget

from viewer.ui.calendar_axis import CalendarAxis
from viewer.ui.event_layer import EventLayer

AXES = ("left", "bottom", "top", "right")


class ChartPlot(pg.PlotWidget):
    """A PlotWidget that leaves the background of its view to the event layer.

    The layer paints every pixel of the view (lane bands and grid, opaque), so filling
    the whole window with the background first, as QGraphicsView does, was a
    window-sized pass for nothing on every repaint; only the margins and axes get it.
    """

    def __init__(self, layer: EventLayer, **kwargs) -> None:
        super().__init__(**kwargs)
        self._layer = layer
        self.message = ""
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)  # a cached one is blitted whole

    def set_message(self, text: str) -> None:
        """Show ``text`` in the middle instead of the chart ("" for the chart)."""
        self.message = text
        self.getPlotItem().showAxis("bottom", not text)
        self.viewport().update()

    def drawBackground(self, p: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt override)
        chron = self._layer.chron
        if self.message or chron is None or not len(chron.order):  # the layer paints nothing
            return super().drawBackground(p, rect)
        view = self.getViewBox().sceneBoundingRect()
        left, top = math.ceil(view.left()), math.ceil(view.top())
        inner = QRect(left, top, math.floor(view.right()) - left, math.floor(view.bottom()) - top)
        for part in QRegion(rect.toAlignedRect()).subtracted(QRegion(inner)):
            p.fillRect(part, self.backgroundBrush())

    def drawForeground(self, p: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt override)
        if not self.message:
            return
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        p.fillRect(area, self.backgroundBrush())
        p.setPen(self.palette().color(QPalette.ColorRole.Text))
        p.drawText(area.adjusted(24, 24, -24, -24),
                   int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap), self.message)


def chart_plot(name: str, layer: EventLayer) -> ChartPlot:
    plot = ChartPlot(layer, axisItems={"bottom": CalendarAxis("bottom")})
    plot.setAccessibleName(name)
    plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the TimelineView
    plot.setMenuEnabled(False)
    plot.hideButtons()
    for side in AXES:  # hidden ones follow the view too
        axis = plot.getAxis(side)
        axis.enableAutoSIPrefix(False)  # dates: no SI prefix to work out each step
        # Repaints that leave an axis alone (hover, selection, a pan of the other axis) blit
        # a pixmap instead of replaying its text.
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    plot.hideAxis("left")  # the lane names are a column of their own, beside both plots
    vb = plot.getViewBox()
    vb.invertY(True)  # lane 0 on top; EventLayer relies on it
    plot.addItem(layer)
    return plot


def chart_splitter(names: QWidget, plot: ChartPlot, scroll_bar: QScrollBar, overview: ChartPlot) -> QSplitter:
    """The lane names beside the plot (its scroll bar at its right) over the overview: the
    names' width is the user's, and both plots share one width, so their times line up."""
    chart = QWidget()
    grid = QGridLayout(chart)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(2)
    grid.addWidget(plot, 0, 0)
    grid.addWidget(scroll_bar, 0, 1)
    grid.addWidget(overview, 1, 0)
    grid.setRowStretch(0, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("lane_names_splitter")
    splitter.addWidget(names)
    splitter.addWidget(chart)
    splitter.setCollapsible(0, False)
    splitter.setCollapsible(1, False)
    splitter.setStretchFactor(1, 1)
    return splitter
