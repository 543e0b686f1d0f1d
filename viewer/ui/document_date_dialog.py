"""Edit › Document Date…: the day a document was written, which its "yesterday", "Tuesday" and
"last week" count from.

Typed as a person writes a day ("8 January 1998", "Jan. 8, 1998", "1998-01-08"); it shows what it
reads as, and refuses what is not one day in one sentence. "Use the Date Found" goes back to the
date found in the document (its dateline, its file name), or to none: a narrative's reading.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from viewer.ui.event_editor import read_date
from viewer.ui.plain_text import plain_label

NOT_A_DAY = "A document is written on one day: type one, such as 8 January 1998 or 1998-01-08."


def day_of(text: str) -> tuple[str | None, str]:
    """The day ``text`` names as YYYY-MM-DD and "", or None and the sentence that says why not."""
    typed, problem = read_date(text)
    if typed is None:
        return None, problem
    if typed.precision != "day" or typed.first != typed.last:
        return None, NOT_A_DAY
    return typed.interval.start_iso, ""


class DocumentDateDialog(QDialog):
    """The date of one document; ``day`` once accepted (None: use the date found in it)."""

    def __init__(self, name: str, now: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Document Date")
        self.setAccessibleName("Document Date")
        self.day: str | None = None
        intro = plain_label(QLabel(f"The day {name} was written: its “yesterday”, “Tuesday” and "
                                   "“last week” count from it."))
        intro.setWordWrap(True)
        self.date = QLineEdit(now)
        self.date.setPlaceholderText("8 January 1998, Jan. 8, 1998, 1998-01-08")
        self.date.setAccessibleName("Document date")
        self.reading = plain_label(QLabel())
        self.reading.setAccessibleName("Date reads as")
        self.reading.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.found_button = self.buttons.addButton("Use the Date Found", QDialogButtonBox.ButtonRole.ResetRole)
        self.found_button.setToolTip("The date in the document's dateline or file name; else none (a narrative)")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.found_button.clicked.connect(self._use_found)
        layout = QVBoxLayout(self)
        for widget in (intro, self.date, self.reading, self.buttons):
            layout.addWidget(widget)
        self.date.textChanged.connect(self._show_reading)
        self._show_reading()

    def _show_reading(self) -> None:
        day, problem = day_of(self.date.text())
        if day is not None:
            from viewer.core.dates.date_text import date_text

            self.reading.setText(f"→ {date_text(day)}")
        else:
            self.reading.setText(problem if self.date.text().strip() else "")
        self.reading.setStyleSheet("" if day is not None else "color: #c0392b;")

    def accept(self) -> None:
        day, problem = day_of(self.date.text())
        if day is None:
            self.reading.setText(problem)
            self.date.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.day = day
        super().accept()

    def _use_found(self) -> None:
        self.day = None
        super().accept()
