"""Edit Event: an event's date (typed as a person writes it), lane, label, title and note.

The date is read as it is typed, by the core's own reader: the field says what it reads
as ("→ 1939 – 1945"), or in one sentence why it cannot, and OK refuses a date it cannot
read. The dialog hands back only what the user changed (``changes``), so an edit keeps
whatever else the user set before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from viewer.core.kinds import NO_ACTOR
from viewer.ui.plain_text import plain_label

if TYPE_CHECKING:
    from viewer.core.edits.layer import EventEdit
    from viewer.core.edits.typed_dates import TypedDate
    from viewer.core.events import Event


def shown_date(event: Event, edit: EventEdit | None = None) -> str:
    """The date as the field first shows it: as the user typed it, else as the views write it."""
    from viewer.core.dates.date_text import date_text

    if edit is not None and edit.date is not None:
        return edit.date.text
    return date_text(event.value, event.interval) if event.interval else ""


def read_date(text: str) -> tuple[TypedDate | None, str]:
    """The date ``text`` reads as and "", or None and the one sentence that says why not."""
    from viewer.core.edits.typed_dates import date_problem, read_typed_date

    typed = read_typed_date(text)
    return (typed, "") if typed is not None else (None, date_problem(text))


class EventEditor(QDialog):
    """The fields of one event, filled in with what it shows now."""

    def __init__(self, event: Event, lanes: list[str], edit: EventEdit | None = None, title: str = "Edit Event",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.date = QLineEdit(shown_date(event, edit))
        self.date.setPlaceholderText("29 October 2017, Oct 2017, 2017-10, 480 BC, 1939-1945")
        self.reading = plain_label(QLabel())
        self.reading.setAccessibleName("Date reads as")
        self.reading.setWordWrap(True)
        self.lane = QComboBox()
        self.lane.setEditable(True)
        self.lane.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lane.addItems(sorted({*lanes, NO_ACTOR}, key=lambda n: (n == NO_ACTOR, n.casefold())))
        self.lane.setCurrentText(event.lane or NO_ACTOR)
        self.label = QLineEdit(event.label)
        self.title = QLineEdit(event.title)
        self.title.setCursorPosition(0)
        self.note = QPlainTextEdit(event.note)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(self.fontMetrics().height() * 5)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._initial = self._values()
        self.date.textChanged.connect(self._show_reading)
        self._show_reading()
        self.resize(max(self.sizeHint().width(), 520), self.sizeHint().height())

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, field in (("&Date:", self.date), ("", self.reading), ("&Lane:", self.lane),
                            ("La&bel:", self.label), ("&Title:", self.title), ("&Note:", self.note)):
            form.addRow(name, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _values(self) -> dict[str, str]:
        return {"date": " ".join(self.date.text().split()), "lane": self.lane.currentText().strip(),
                "label": self.label.text().strip(), "title": self.title.text().strip(),
                "note": self.note.toPlainText().strip()}

    def _date_changed(self) -> bool:
        return self._values()["date"] != self._initial["date"]

    def _show_reading(self) -> None:
        if not self._date_changed():
            self.reading.setText("")
            return
        typed, problem = read_date(self.date.text())
        self.reading.setText(f"→ {typed.shown}" if typed is not None else problem)
        self.reading.setStyleSheet("" if typed is not None else "color: #c0392b;")

    @property
    def problem(self) -> str:
        """Why OK is refused: the date cannot be read ("" when it can, or was left as it was)."""
        return read_date(self.date.text())[1] if self._date_changed() else ""

    def accept(self) -> None:
        if self.problem:
            self._show_reading()
            self.date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def changes(self) -> dict[str, Any]:
        """The fields the user changed, as an EventEdit takes them ("" lane: no actor; "" label,
        title or note: the reading's own)."""
        now, out = self._values(), {}
        for name, value in now.items():
            if value == self._initial[name]:
                continue
            if name == "date":
                out["date"] = read_date(value)[0]
            elif name == "lane":
                out["lane"] = "" if value in ("", NO_ACTOR) else value
            else:
                out[name] = value or None
        return out
