"""View › Filter: which lanes, which dates, which datings; it sets the EventFilter, which the
table and the chronology both follow.

Dates are typed as people write them ("1939", "May 1940", "1 September 1939"); "Visible
range" takes the chronology's. A field that holds no date says so and leaves its side open.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QColor, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QToolButton, QWidget

from viewer.core.kinds import DATINGS
from viewer.ui.event_filter import EventFilter
from viewer.ui.lane_colours import is_dark
from viewer.ui.plain_text import escape
from viewer.ui.typed_dates import day_field_text, read_typed_date

DATE_HINT = "A year, a month or a day: 1939, May 1940, 1 September 1939"
INVALID = ("#C62828", "#FF8A80")  # the text of a field that holds no date, on a light and a dark base
TYPING_PAUSE_MS = 400  # a date is read once typing pauses (or on Enter): "1" is a year too


class FilterBar(QWidget):
    visible_range_requested = Signal()  # "Visible range": the window answers with ``set_days``
    closed = Signal()

    def __init__(self, event_filter: EventFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Filter bar")
        self._filter = event_filter
        self.lanes = QToolButton(self)
        self.lanes.setAccessibleName("Lanes shown")
        self.lanes.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.lanes_menu = QMenu(self.lanes)
        self.lanes_menu.aboutToShow.connect(self._fill_lanes)
        self.lanes.setMenu(self.lanes_menu)
        self.first, self.last = self._date_field("From"), self._date_field("To")
        self.visible = QToolButton(self)
        self.visible.setText("Visible range")
        self.visible.setToolTip("The dates the chronology shows now")
        self.visible.clicked.connect(self.visible_range_requested)
        self.datings = {dating: QCheckBox(dating.capitalize(), self) for dating in DATINGS}
        for box in self.datings.values():
            box.setChecked(True)
            box.toggled.connect(self._datings_changed)
        clear = QToolButton(self)
        clear.setText("Clear")
        clear.setAccessibleName("Clear filter")
        clear.clicked.connect(self.clear)
        close = QToolButton(self)
        close.setText("✕")
        close.setAccessibleName("Close filter bar")
        close.setAutoRaise(True)
        close.clicked.connect(self.close_bar)
        self._reading = QTimer(self)
        self._reading.setSingleShot(True)
        self._reading.setInterval(TYPING_PAUSE_MS)
        self._reading.timeout.connect(self.read_dates)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (QLabel("Show:", self), self.lanes, QLabel("from", self), self.first, QLabel("to", self),
                       self.last, self.visible, *self.datings.values()):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(clear)
        layout.addWidget(close)
        event_filter.changed.connect(self._show_filter)
        self._show_filter()

    def _date_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setAccessibleName(f"{name} date")
        field.setPlaceholderText("any date")
        field.setToolTip(DATE_HINT)
        field.setClearButtonEnabled(True)
        field.setMaximumWidth(170)
        field.textEdited.connect(lambda _text: self._reading.start())
        field.editingFinished.connect(self.read_dates)
        return field

    # -- what the user asks for ---------------------------------------------------------

    def open_bar(self) -> None:
        self.show()
        self.first.setFocus()

    def close_bar(self) -> None:
        """Hidden, and every event shown again."""
        self.clear()
        self.hide()
        self.closed.emit()

    def clear(self) -> None:
        self._reading.stop()
        for field in (self.first, self.last):
            field.clear()
            self._mark_valid(field, True)
        for box in self.datings.values():
            box.blockSignals(True)
            box.setChecked(True)
            box.blockSignals(False)
        self._filter.clear()

    def read_dates(self) -> None:
        """The typed dates to the filter: from the first day of one to the last day of the other."""
        self._reading.stop()
        first, last = (self._read(field) for field in (self.first, self.last))
        self._filter.set_date_range(first.first if first else None, last.last if last else None)

    def set_days(self, first: float, last: float) -> None:
        """The days from ``first`` to ``last`` (the chronology's x: days, fractional), in the fields."""
        first_day, last_day = math.floor(first), max(math.floor(first), math.ceil(last) - 1)
        for field, day in ((self.first, first_day), (self.last, last_day)):
            field.setText(day_field_text(day))
            self._mark_valid(field, True)
        self._reading.stop()
        self._filter.set_date_range(first_day, last_day)

    def _read(self, field: QLineEdit):
        text = field.text().strip()
        interval = read_typed_date(text) if text else None
        self._mark_valid(field, not text or interval is not None)
        return interval

    def _mark_valid(self, field: QLineEdit, valid: bool) -> None:
        palette = field.palette()
        role = QPalette.ColorRole.Text
        wrong = QColor(INVALID[is_dark(self.palette())])
        palette.setColor(role, self.palette().color(role) if valid else wrong)
        field.setPalette(palette)
        field.setProperty("invalid", not valid)
        # Ours, with what was typed escaped: a tool tip is read as markup when it looks like it.
        field.setToolTip(DATE_HINT if valid else f"Not a date: “{escape(field.text())}”. {DATE_HINT}")

    def _datings_changed(self) -> None:
        self._filter.set_datings(d for d, box in self.datings.items() if box.isChecked())

    def _fill_lanes(self) -> None:
        menu, hidden = self.lanes_menu, self._filter.hidden_lanes
        menu.clear()
        every = menu.addAction("Show All Lanes")
        every.triggered.connect(lambda: self._filter.set_hidden_lanes(()))
        menu.addSeparator()
        for name in self._filter.lanes:
            action = QAction(name.replace("&", "&&"), menu)  # "&" shown, not a mnemonic
            action.setCheckable(True)
            action.setChecked(name not in hidden)
            action.toggled.connect(lambda shown, n=name: self._toggle_lane(n, shown))
            menu.addAction(action)

    def _toggle_lane(self, name: str, shown: bool) -> None:
        hidden = self._filter.hidden_lanes
        self._filter.set_hidden_lanes(hidden - {name} if shown else hidden | {name})

    # -- what the filter is ---------------------------------------------------------------

    def _show_filter(self) -> None:
        f = self._filter
        lanes = f.lanes
        hidden = sum(1 for name in lanes if name in f.hidden_lanes)
        self.lanes.setText(f"Lanes: {len(lanes) - hidden} of {len(lanes)}" if hidden else "Lanes: all")
        for dating, box in self.datings.items():
            box.blockSignals(True)
            box.setChecked(dating in f.datings)
            box.blockSignals(False)
