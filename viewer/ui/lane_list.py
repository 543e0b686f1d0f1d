"""The lane list (View > Lanes…): show or hide each lane, fold its rows, fold small lanes into one.

A panel over a TimelineView: it lists the lanes as laid out (with their colour and
how many events each has) and sets the view's LaneArrangement; it refills whenever
the view's lanes change. Lane names are text from the documents: items show them as
plain text (a QTreeWidgetItem never reads markup).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.chart.lane_arrangement import LaneArrangement, folded_lanes, lane_counts, other_lane
from viewer.ui.lane_colours import is_dark, lane_colour
from viewer.ui.plain_text import tool_tip

if TYPE_CHECKING:
    from viewer.ui.timeline_view import TimelineView

NAME, EVENTS, ONE_ROW = range(3)
DEFAULT_FOLD_BELOW = 3


def swatch(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(1, 1, size - 2, size - 2, 2, 2)
    p.end()
    return QIcon(pixmap)


class LaneList(QWidget):
    """Every lane of ``view``: a check to show it, a check to fold its rows into one."""

    def __init__(self, view: TimelineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setAccessibleName("Lanes")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter lanes")
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Lane", "Events", "One row"])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (EVENTS, ONE_ROW):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.show_all = QPushButton("Show All")
        self.hide_all = QPushButton("Hide All")
        self.fold = QCheckBox("Fold lanes with fewer events than")
        self.fold_below = QSpinBox()
        self.fold_below.setRange(2, 1000)
        self.fold_below.setValue(DEFAULT_FOLD_BELOW)
        self.fold_below.setToolTip("Lanes with fewer events than this are drawn as one lane")
        self._lay_out()
        self.search.textChanged.connect(self._filter_rows)
        self._item_changing = False
        self.tree.itemChanged.connect(self._on_item_changed)
        self.show_all.clicked.connect(lambda: self._check_all(True))
        self.hide_all.clicked.connect(lambda: self._check_all(False))
        self.fold.toggled.connect(lambda _on: self._apply())
        self.fold_below.valueChanged.connect(lambda _n: self._apply() if self.fold.isChecked() else None)
        view.lanes_changed.connect(self.refill)
        self.refill()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_all)
        buttons.addWidget(self.hide_all)
        buttons.addStretch(1)
        folding = QHBoxLayout()
        folding.addWidget(self.fold)
        folding.addWidget(self.fold_below)
        folding.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(folding)

    # -- from the view --------------------------------------------------------------

    def refill(self) -> None:
        if self._item_changing:  # clearing the tree now would delete the item whose signal is running
            QTimer.singleShot(0, self, self.refill)
            return
        chron, a = self.view.laid_out, self.view.arrangement
        self.tree.blockSignals(True)
        self.fold.blockSignals(True)
        self.fold_below.blockSignals(True)
        try:
            self.tree.clear()
            self.fold.setChecked(a.fold_below > 0)
            if a.fold_below:
                self.fold_below.setValue(a.fold_below)
            if chron is None:
                return
            other = other_lane(chron)
            self.fold.setText(f"Fold into “{other}” lanes with fewer events than")
            folded = set(folded_lanes(chron, a.fold_below))
            dark = is_dark(self.palette())
            rows = list(zip(chron.lane_names, lane_counts(chron).tolist()))
            if folded:
                rows.append((other, sum(count for name, count in rows if name in folded)))
            for name, count in rows:
                self.tree.addTopLevelItem(self._item(name, count, name in folded, a, dark))
        finally:
            self.tree.blockSignals(False)
            self.fold.blockSignals(False)
            self.fold_below.blockSignals(False)
        self._filter_rows(self.search.text())

    def _item(self, name: str, count: int, folded: bool, a: LaneArrangement, dark: bool) -> QTreeWidgetItem:
        item = QTreeWidgetItem([name, str(count), ""])
        item.setData(NAME, Qt.ItemDataRole.UserRole, name)
        item.setIcon(NAME, swatch(lane_colour(name, dark)))
        item.setCheckState(NAME, Qt.CheckState.Unchecked if name in a.hidden else Qt.CheckState.Checked)
        item.setTextAlignment(EVENTS, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        tip = f"{name}: {count} dated event{'' if count == 1 else 's'}"
        if folded:
            item.setForeground(NAME, self.palette().placeholderText())
            tip += f", drawn in “{other_lane(self.view.laid_out)}”"
        else:
            item.setCheckState(ONE_ROW, Qt.CheckState.Checked if name in a.one_row else Qt.CheckState.Unchecked)
        item.setToolTip(NAME, tool_tip(tip))
        return item

    # -- to the view ----------------------------------------------------------------

    def _on_item_changed(self, *_args) -> None:
        self._item_changing = True
        try:
            self._apply()
        finally:
            self._item_changing = False

    def items(self) -> list[QTreeWidgetItem]:
        return [self.tree.topLevelItem(k) for k in range(self.tree.topLevelItemCount())]

    def _apply(self) -> None:
        hidden, one_row = set(), set()
        for item in self.items():
            name = item.data(NAME, Qt.ItemDataRole.UserRole)
            if item.checkState(NAME) != Qt.CheckState.Checked:
                hidden.add(name)
            if item.checkState(ONE_ROW) == Qt.CheckState.Checked:
                one_row.add(name)
        fold_below = self.fold_below.value() if self.fold.isChecked() else 0
        self.view.set_arrangement(LaneArrangement(frozenset(hidden), fold_below, frozenset(one_row)))

    def _check_all(self, shown: bool) -> None:
        self.tree.blockSignals(True)
        for item in self.items():
            if not item.isHidden():  # the lanes the filter shows
                item.setCheckState(NAME, Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self._apply()

    def _filter_rows(self, text: str) -> None:
        needle = text.casefold()
        for item in self.items():
            item.setHidden(bool(needle) and needle not in item.text(NAME).casefold())
