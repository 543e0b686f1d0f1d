"""The status bar: a word as each file opens (or does not), the progress of a read, how many
events the filter shows, the summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QStatusBar, QToolButton, QWidget

from viewer.ui.plain_text import plain_label

if TYPE_CHECKING:  # the reader's modules come in with the first document, not at the first paint
    from viewer.core.document import Document
    from viewer.ui.loaded import LoadedDocuments

READING_DATES = "Reading dates…"


def status_text(docs: list[Document] | LoadedDocuments) -> str:
    from viewer.core.kinds import INFERRED, UNDATED

    if isinstance(docs, list):
        datings = Counter(e.dating for d in docs for e in d.events)  # one pass: 55,000 events in 4 ms
    else:  # worked out with the layout, off the GUI thread for a large set
        datings = docs.datings()
    total, undated, inferred = sum(datings.values()), datings[UNDATED], datings[INFERRED]
    return f"{total} sentences · {total - undated} dated ({inferred} inferred) · {undated} undated"


class Summary(QLabel):
    """'16 sentences · 15 dated (7 inferred) · 1 undated'; 'Reading dates…' while a text shown
    ahead of its dates waits for them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Summary")

    @property
    def reading_dates(self) -> bool:
        return self.text() == READING_DATES

    def show_reading_dates(self) -> None:
        self.setText(READING_DATES)

    def show_documents(self, docs: list[Document] | LoadedDocuments) -> None:
        self.setText(status_text(docs))


def shown_text(shown: int, total: int) -> str:
    return f"{shown} of {total} event{'' if total == 1 else 's'} shown"


class ShownCount(QLabel):
    """'43 of 197 events shown' while a filter or Find's "Matches only" leaves events out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Events shown")
        self.setContentsMargins(0, 0, 12, 0)  # apart from the summary beside it
        self.hide()

    def show_count(self, shown: int, total: int, filtering: bool) -> None:
        self.setText(shown_text(shown, total))
        self.setVisible(filtering or shown < total)


class LoadProgress(QWidget):
    """The status bar's 'Reading big.txt  [ 42% ]  Cancel' while documents load."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Loading progress")
        self.label = plain_label(QLabel(self))  # "Reading NAME…": the name as it is
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setFormat("%p%")
        self.bar.setMaximumWidth(160)
        self.bar.setAccessibleName("Percent read")
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText("Cancel")
        self.cancel_button.setAccessibleName("Cancel opening")
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the status bar keeps its height: showing it relays out nothing
        self.setSizePolicy(policy)
        self.hide()

    def reading(self, path: str, done: float) -> None:
        self.label.setText(f"Reading {Path(path).name}…")
        self.bar.setValue(int(done * 100))
        self.cancel_button.setEnabled(True)
        self.show()

    def laying_out(self) -> None:
        """The read is done and cannot be taken back; its events are being placed."""
        self.label.setText("Placing events…")
        self.bar.setValue(100)
        self.cancel_button.setEnabled(False)
        self.show()


class StatusBar(QStatusBar):
    """The window's: messages for a few seconds on the left, the progress and the summary on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # as QMainWindow.statusBar() makes it
        self.load_progress = LoadProgress(self)
        self.addPermanentWidget(self.load_progress)
        self.shown_count = ShownCount(self)
        self.addPermanentWidget(self.shown_count)
        self.summary = Summary(self)
        self.addPermanentWidget(self.summary)

    def opened(self, path: str, left_out: int) -> None:
        """``left_out``: the rows of an events file that could not be read."""
        rows = f"; {left_out} rows left out" if left_out else ""
        self.showMessage(f"Opened {Path(path).name}{rows}", 4000)

    def not_opened(self, path: str) -> None:
        self.showMessage(f"Could not open {Path(path).name}", 6000)

    def cancelled(self, paths: list[str]) -> None:
        self.load_progress.hide()
        if paths:
            self.showMessage(f"Cancelled opening {', '.join(Path(p).name for p in paths)}", 6000)

    def exported(self, path: str | Path) -> None:
        self.showMessage(f"Exported {Path(path).name}", 4000)
