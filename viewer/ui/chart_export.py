"""The chronology as an image that explains itself: a title, the chart as shown, the legend.

The chart part is the view as it is on screen (lane names, labels, the rows in view,
the overview strip); the title names the documents and the legend says what each mark
and colour means. The same painting goes to a PNG and to an SVG.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from viewer.ui.chart_legend import ChartLegend

MARGIN = 8
LEGEND_COLUMNS = 3


class _Sheet:
    """Where the title, the chart and the legend go on one sheet."""

    def __init__(self, chart: QWidget, title: str) -> None:
        self.chart, self.title = chart, title
        self.width = max(chart.width(), 600)
        self.title_font = QFont(chart.font())
        self.title_font.setBold(True)
        self.title_font.setPointSizeF(self.title_font.pointSizeF() * 1.3)
        self.title_height = QFontMetrics(self.title_font).height() + 2 * MARGIN
        self.legend = ChartLegend(chart.palette(), LEGEND_COLUMNS)
        self.legend.setFont(chart.font())
        self.legend.ensurePolished()
        layout = self.legend.layout()
        layout.activate()
        height = layout.heightForWidth(self.width) if layout.hasHeightForWidth() else -1
        self.legend.resize(self.width, max(height, self.legend.sizeHint().height()))

    def size(self) -> QSize:
        return QSize(self.width, self.title_height + self.chart.height() + self.legend.height())

    def paint(self, p: QPainter) -> None:
        size = self.size()
        palette = self.chart.palette()
        p.fillRect(QRectF(0, 0, size.width(), size.height()), palette.color(QPalette.ColorRole.Base))
        p.setPen(palette.color(QPalette.ColorRole.Text))
        p.setFont(self.title_font)
        p.drawText(QRectF(MARGIN, 0, self.width - 2 * MARGIN, self.title_height),
                   int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.title)
        self.chart.render(p, QPoint(0, self.title_height))
        self.legend.render(p, QPoint(0, self.title_height + self.chart.height()))


def png_bytes(chart: QWidget, title: str) -> bytes:
    """``chart`` (the lane names, the plots) under ``title`` and over the legend, as a PNG."""
    sheet = _Sheet(chart, title)
    ratio = chart.devicePixelRatioF()
    image = QImage(sheet.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    painter = QPainter(image)
    try:
        sheet.paint(painter)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def svg_bytes(chart: QWidget, title: str) -> bytes:
    """The same sheet as ``png_bytes``, as an SVG (its text as text)."""
    sheet = _Sheet(chart, title)
    size = sheet.size()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        sheet.paint(painter)
    finally:
        painter.end()
    return bytes(buffer.data())
