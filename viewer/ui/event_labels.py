"""Event labels on the chronology: their texts, where they fit beside their marks, drawn as plain text.

Placement is worked out without Qt (viewer/core/chart/label_placement.py) over the
items of the view only; this module measures the texts (once per event), elides them
to the room they got and draws them. The selected event's label always shows: with no
room beside its mark it is drawn on a tag of the background colour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QStaticText, QTransform

from viewer.core.chart.drawing_classes import CLASSES
from viewer.core.chart.label_placement import label_candidates, place_labels
from viewer.core.chart.layer_items import LayerItems
from viewer.core.chart.view_frame import Frame, ViewGeometry
from viewer.ui.mark_style import MarkStyle

MAX_LABEL_CHARS = 60
PAD = 4.0  # between a mark and its label
MIN_CHARS = 8  # a label elided shorter than this many average characters is left out
STATIC_TEXTS_KEPT = 5_000

LabelSource = Callable[[int], str]


def event_label(event) -> str:
    """The short label of a core Event (its first words until events carry a label of their own)."""
    return getattr(event, "label", "") or event.title[:MAX_LABEL_CHARS]


@dataclass
class LabelPlan:
    """Labels placed in one view: device rectangles, elided texts, and per label the flat
    index, whether it is carried over, dimmed, or drawn on a tag (the selection's, with no room)."""

    rects: list[QRectF] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    items: list[int] = field(default_factory=list)
    inferred: list[bool] = field(default_factory=list)
    dim: list[bool] = field(default_factory=list)
    tagged: int = -1


class EventLabels:
    """Texts and widths cached per flat index; ``plan`` places a Frame's labels, ``paint`` draws them."""

    def __init__(self) -> None:
        self.source: LabelSource | None = None
        self._texts: dict[int, str] = {}
        self._widths: dict[int, float] = {}
        self._static: dict[str, QStaticText] = {}
        self.set_font(QFont())

    def set_source(self, source: LabelSource | None) -> None:
        self.source = source
        self._texts.clear()
        self._widths.clear()

    def set_font(self, font: QFont) -> None:
        self.font = QFont(font)
        self.metrics = QFontMetricsF(self.font)
        self.height = self.metrics.height()
        self.min_width = self.metrics.averageCharWidth() * MIN_CHARS
        self._widths.clear()
        self._static = {}

    def text(self, i: int) -> str:
        if i not in self._texts:
            raw = self.source(i) if self.source is not None else ""
            self._texts[i] = " ".join(raw.split())[:MAX_LABEL_CHARS]  # one line, whatever the source held
        return self._texts[i]

    def width(self, i: int) -> float:
        if i not in self._widths:
            self._widths[i] = self.metrics.horizontalAdvance(self.text(i)) + 1
        return self._widths[i]

    def plan(self, frame: Frame, geo: ViewGeometry, prep: LayerItems, selected: int, one_row: np.ndarray,
             matches: np.ndarray | None = None) -> LabelPlan:
        """The labels of ``frame``: the selection's first, then Find's matches, then by drawing class."""
        if self.source is None or not len(frame.pos) or geo.sy < self.height:
            return LabelPlan()
        flat = prep.items[frame.pos]
        at = np.flatnonzero(flat == selected)
        first = int(at[0]) if len(at) else -1
        favoured = matches[flat] if matches is not None else None
        walls = [(a * geo.sx + geo.dx - PAD, b * geo.sx + geo.dx + PAD) for a, b in prep.breaks.gaps_x()]
        cands = label_candidates(frame, geo, PAD, self.min_width, one_row, first, favoured, walls)
        items = flat[cands.item].tolist()
        widths = np.array([self.width(i) for i in items])
        tries, tagged = cands.tries, -1
        selected_first = first >= 0 and len(items) > 0 and int(cands.item[0]) == first
        crowded = frame.from_pyramid or (first >= 0 and frame.folded[first])  # room there is not known
        if selected_first and (crowded or not _fits(tries[0], widths[0], self.min_width)):
            tries = tries.copy()
            tries[0] = self._tag_span(frame, geo, first, widths[0])
            tagged = 0
        placed = place_labels(cands.row, tries, widths, self.min_width)
        plan = LabelPlan()
        for k, x, w in zip(placed.candidate.tolist(), placed.x.tolist(), placed.width.tolist()):
            item = int(cands.item[k])
            i = items[k]
            text = self.text(i)
            if w < widths[k]:
                text = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, w - 1)
            top = frame.row[item] * geo.sy + geo.dy + (geo.sy - self.height) / 2
            if k == tagged:
                plan.tagged = len(plan.rects)
            plan.rects.append(QRectF(x, top, w, self.height))
            plan.texts.append(text)
            plan.items.append(i)
            plan.inferred.append(CLASSES[frame.cls[item]][1])
            plan.dim.append(bool(frame.dim[item]))
        return plan

    @staticmethod
    def _tag_span(frame: Frame, geo: ViewGeometry, item: int, width: float) -> np.ndarray:
        """Room for the selection's label whatever is there: right of its mark, else left of it."""
        spans = np.full((2, 2), np.nan)
        start = max(frame.right[item] + PAD, geo.left + 2)
        if geo.right - 2 - start >= min(width, 80):
            spans[0] = (start, geo.right - 2)
        else:
            end = frame.left[item] - PAD
            spans[0] = (max(geo.left + 2, end - width), end)
        return spans

    def paint(self, p: QPainter, plan: LabelPlan, style: MarkStyle) -> None:
        if not plan.rects:
            return
        p.setFont(self.font)
        if plan.tagged >= 0:
            rect = plan.rects[plan.tagged].adjusted(-3, -1, 3, 1)
            p.setPen(QPen(style.text, 1))
            p.setBrush(style.base)
            p.drawRect(rect)
        pens = {}
        for rect, text, inferred, dim in zip(plan.rects, plan.texts, plan.inferred, plan.dim):
            if (inferred, dim) not in pens:
                pens[inferred, dim] = QPen(style.label(inferred, dim))
            p.setPen(pens[inferred, dim])
            p.drawStaticText(rect.topLeft(), self._static_text(text, p))

    def _static_text(self, text: str, p: QPainter) -> QStaticText:
        """Laid out once per text: drawn again on every repaint (hover), at half drawText's cost."""
        static = self._static.get(text)
        if static is None:
            if len(self._static) > STATIC_TEXTS_KEPT:
                self._static.clear()
            static = self._static[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)  # a label is text from the document, never markup
            static.prepare(QTransform(), self.font)
        return static


def _fits(spans: np.ndarray, width: float, min_width: float) -> bool:
    need = min(width, min_width)
    return any(s <= e - need for s, e in spans.tolist() if s == s)
