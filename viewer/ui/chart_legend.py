"""The legend: every mark of the chronology and every highlight of the text, drawn as they are drawn.

Shown in a dock (View > Legend) and painted under an exported chronology, so that an
image explains itself. The marks come from mark_style.py and the text colours from
text_marks.py, the modules that draw them, so the legend cannot drift from the chart.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from viewer.core.chart.drawing_classes import BAR, VAGUE_BAR
from viewer.ui import plain_text
from viewer.ui.mark_style import BAR_PX, LINE_PX, MarkStyle, mix

ICON = QSize(40, 20)
SAMPLE_LANE = "Sample lane"

CHART_ENTRIES = [
    ("diamond", "An event dated to the day in its own sentence"),
    ("hollow", "Carried over: its sentence has no date and takes the last one before it (hollow, lighter)"),
    ("bar", "A span of days written in its sentence"),
    ("vague", "A month, season or year written in its sentence (lighter, dotted edge)"),
    ("hollow_bar", "A span carried over from an earlier sentence (dashed, hollow)"),
    ("line", "A month or year carried over: a thin line under the lane's first row, hiding nothing"),
    ("folded", "Folded: more events than can be drawn apart at this zoom (darker: one dated in its "
               "own sentence); zoom in to see them"),
    ("ring", "The selected event (its label always shows)"),
    ("dimmed", "Dimmed: Find is on and the event does not match"),
    ("break", "A long stretch with no events, cut short so that each side stays readable"),
    ("swatch", "Each lane has its own colour, in the lane names, the table and the details"),
]


def text_entries(palette: QPalette) -> list[tuple[QColor, bool, str]]:
    """(background, underlined, meaning) of each mark the source view makes."""
    from viewer.ui import text_marks

    def colour(fmt) -> QColor:
        return fmt.background().color()

    entries = [
        (colour(text_marks.faint_format(palette)), False, "Every date expression in the text (your theme's "
                                                          "highlight colour, faint)"),
        (colour(text_marks.sentence_format(palette)), False, "The selected event's sentence"),
        (colour(text_marks.date_format(palette)), True, "The expression that dates it (bold, underlined)"),
        (colour(text_marks.anchor_format()), True, "Amber, dashed underline: the earlier expression a "
                                                   "carried-over date comes from"),
    ]
    find_format = getattr(text_marks, "find_format", None)
    if find_format is not None:
        entries.append((colour(find_format()), False, "Green: where Find's text occurs"))
    return entries


def chart_icon(kind: str, palette: QPalette) -> QPixmap:
    """A sample of one kind of chart mark, on the chart's background."""
    style = MarkStyle(palette, [SAMPLE_LANE])
    pixmap = QPixmap(ICON)
    pixmap.fill(style.base)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = ICON.width(), ICON.height()
    bar = QRectF(4.5, (h - BAR_PX) / 2 + 0.5, w - 9, BAR_PX - 1)
    if kind in ("diamond", "hollow", "dimmed", "ring"):
        marker = style.diamond(13, 0, kind == "hollow", kind == "dimmed")
        p.drawPixmap(int(w / 2 - 6), int(h / 2 - 6), marker)
        if kind == "ring":
            p.setPen(QPen(style.text, 2))
            c, r = QPointF(w / 2, h / 2), 8.0
            p.drawPolygon(QPolygonF([c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0)]))
    elif kind in ("bar", "vague", "hollow_bar"):
        shape, inferred = {"bar": (BAR, False), "vague": (VAGUE_BAR, False), "hollow_bar": (BAR, True)}[kind]
        fill = style.fill(0, shape, inferred)
        p.setPen(style.pen(0, shape, inferred))
        p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawRect(bar)
    elif kind == "line":
        p.fillRect(QRectF(3, h - LINE_PX - 1, w - 6, LINE_PX), style.fill(0, VAGUE_BAR, True))
    elif kind == "folded":
        text = palette.color(QPalette.ColorRole.Text)
        for k, x in enumerate(range(6, w - 6, 3)):
            p.fillRect(QRectF(x, h / 2 - 5, 2, 10), mix(text, style.base, 0.3 if k % 3 else 0.62))
    elif kind == "break":
        p.fillRect(QRectF(12, 0, w - 24, h), mix(style.base, style.text, 0.07))
        p.setPen(QPen(mix(style.base, style.text, 0.45), 1))
        for x in (12, w - 12):
            p.drawPolyline(QPolygonF([QPointF(x + (2.5 if k % 2 else -2.5), k * 5.0) for k in range(6)]))
    elif kind == "swatch":
        for k, name in enumerate(("Lane A", "Lane C", "Lane E")):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(MarkStyle(palette, [name]).lane(0))
            p.drawRoundedRect(QRectF(4 + k * 12, h / 2 - 5, 10, 10), 2, 2)
    p.end()
    return pixmap


def text_icon(background: QColor, underlined: bool, palette: QPalette) -> QPixmap:
    pixmap = QPixmap(ICON)
    pixmap.fill(palette.color(QPalette.ColorRole.Base))
    p = QPainter(pixmap)
    p.fillRect(QRectF(2, 3, ICON.width() - 4, ICON.height() - 6), background)
    p.setPen(palette.color(QPalette.ColorRole.Text))
    p.drawText(QRectF(2, 2, ICON.width() - 4, ICON.height() - 4), Qt.AlignmentFlag.AlignCenter, "1861")
    if underlined:
        p.drawLine(QPointF(8, ICON.height() - 4), QPointF(ICON.width() - 8, ICON.height() - 4))
    p.end()
    return pixmap


class ChartLegend(QWidget):
    """The marks in ``columns`` columns: the chart's, then the text's."""

    def __init__(self, palette: QPalette | None = None, columns: int = 1, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        palette = palette or self.palette()
        self.setPalette(palette)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.entries: list[str] = []
        layout.addWidget(self._heading("On the chronology"))
        layout.addLayout(self._grid([(chart_icon(kind, palette), text) for kind, text in CHART_ENTRIES], columns))
        layout.addWidget(self._heading("In the text"))
        layout.addLayout(self._grid([(text_icon(colour, underline, palette), text)
                                     for colour, underline, text in text_entries(palette)], columns))
        layout.addStretch(1)

    def _heading(self, text: str) -> QLabel:
        label = plain_text.plain_label(QLabel(text))
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def _grid(self, rows: list[tuple[QPixmap, str]], columns: int) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        per_column = -(-len(rows) // columns)
        for k, (icon, text) in enumerate(rows):
            column, row = divmod(k, per_column)
            picture = QLabel()
            picture.setPixmap(icon)
            picture.setFixedSize(ICON)
            words = plain_text.plain_label(QLabel(text))
            words.setWordWrap(True)
            grid.addWidget(picture, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(words, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
            self.entries.append(text)
        return grid
