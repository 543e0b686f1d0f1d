"""What the current event is, when, and why the reader dated it so; its lane in the lane's colour;
what the user changed of it, and the buttons to change it (Edit…, Not an Event)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from viewer.core.chart.lane_modes import document_names
from viewer.core.kinds import NO_ACTOR, NO_SECTION
from viewer.ui.edit_summary import anchor_quote, edit_text
from viewer.ui.lane_colours import is_dark, lane_colour
from viewer.ui.loaded import LoadedDocuments
from viewer.ui.plain_text import escape
from viewer.ui.selection import SelectionModel

if TYPE_CHECKING:  # the reader's modules come in with the first document, not at the first paint
    from viewer.core.document import Document
    from viewer.core.events import Event


def written_text(doc: Document) -> str:
    """The day the document was written and where that came from; "" for an events file."""
    from viewer.core.opening import is_event_file

    if is_event_file(doc.path):
        return ""
    if doc.document_date is None:
        return "not known: its dates are read as a narrative's (Edit > Document Date… sets one)"
    from viewer.core.dates.date_text import date_text

    source = doc.document_date_source
    from viewer.core.dates.found_date import GIVEN

    said = {None: "", GIVEN: ", as you gave it"}.get(source, f", from {source}")
    return f"{date_text(doc.document_date)}{said}"


class DetailPane(QWidget):
    """Title, date as written for people, precision, the reason, lane and place; the edit and the note.

    The buttons ask for an edit of the event shown (``edit_requested``, ``hide_requested``):
    whoever makes edits (EditActions) listens."""

    edit_requested = Signal(int)  # flat index: Edit…
    hide_requested = Signal(int)  # flat index: Not an Event

    def __init__(self, selection: SelectionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Event details")
        self._selection = selection
        self._loaded = LoadedDocuments()
        self.title = self._label("Event title", selectable=True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)
        self.date = self._label("Date")
        date_font = QFont(self.date.font())
        date_font.setPointSizeF(date_font.pointSizeF() * 1.3)
        self.date.setFont(date_font)
        self.precision, self.reason = self._label("Precision"), self._label("Why this date", rich=True)
        self.lane, self.place = self._label("Lane"), self._label("Document and sentence")
        self.section = self._label("Section")
        self.edited, self.note = self._label("Edited", selectable=True), self._label("Note", selectable=True)
        self.written = self._label("Document date")
        self.reason.linkActivated.connect(self._follow_link)
        self._lane_mode = "actor"
        # The chronology's lane of the event, by lane mode: the row it is named in gets the swatch.
        self.swatch = QLabel(self)
        self.swatch.setAccessibleName("Lane colour")
        self._rows = {"actor": QHBoxLayout(), "section": QHBoxLayout(), "document": QHBoxLayout()}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, label in (("Date", self.date), ("Precision", self.precision), ("Why", self.reason),
                            ("Written", self.written), ("Edited", self.edited), ("Note", self.note)):
            form.addRow(f"{name}:", label)
        for name, label, mode in (("Lane", self.lane, "actor"), ("Section", self.section, "section"),
                                  ("Source", self.place, "document")):
            self._rows[mode].setSpacing(6)
            self._rows[mode].addWidget(label, 1)
            form.addRow(f"{name}:", self._rows[mode])
        self._form = form
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._scrolled(form), 1)
        layout.addLayout(self._buttons())
        selection.current_changed.connect(self._show)
        self._show(-1)

    def _scrolled(self, form: QFormLayout) -> QScrollArea:
        """The title and the rows, scrolled when the pane is short: they never ask for more room."""
        inside = QWidget()
        column = QVBoxLayout(inside)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addStretch(1)
        area = QScrollArea(self)
        area.setWidget(inside)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return area

    def _buttons(self) -> QHBoxLayout:
        self.edit_button = QPushButton("Edit…", self)
        self.edit_button.setToolTip("Correct this event's date, lane, label, title or note (Ctrl+E)")
        self.hide_button = QPushButton("Not an Event", self)
        self.hide_button.setToolTip("Take this sentence off the chronology (Edit > Hidden Events… brings it back)")
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self._selection.current))
        self.hide_button.clicked.connect(lambda: self.hide_requested.emit(self._selection.current))
        row = QHBoxLayout()
        row.setContentsMargins(9, 0, 9, 6)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.hide_button)
        return row

    def _label(self, name: str, selectable: bool = False, rich: bool = False) -> QLabel:
        label = QLabel(self)
        label.setAccessibleName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse if selectable else Qt.TextInteractionFlag.NoTextInteraction
        if rich:
            flags = Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        label.setTextInteractionFlags(flags)
        return label

    def set_documents(self, loaded: LoadedDocuments) -> None:
        self._loaded = loaded
        self._show(self._selection.current)

    def set_lane_mode(self, mode: str) -> None:
        """The chronology's lanes are actors, sections, documents, or one for all (no swatch)."""
        self._lane_mode = mode
        self._show(self._selection.current)

    def _show_swatch(self, lane: str | None) -> None:
        row = self._rows.get(self._lane_mode) if lane is not None else None
        if row is None:
            self.swatch.hide()
            return
        if row.indexOf(self.swatch) < 0:
            row.insertWidget(0, self.swatch)
        side = max(8, self.fontMetrics().height() * 2 // 3)
        pixmap = QPixmap(side, side)
        pixmap.fill(lane_colour(lane, is_dark(self.palette())))
        self.swatch.setPixmap(pixmap)
        self.swatch.setToolTip("This lane's colour on the chronology")
        self.swatch.show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # dark mode: the swatch for it
            self._show(self._selection.current)

    def _show(self, index: int) -> None:
        if not 0 <= index < len(self._loaded):
            for label in (self.date, self.precision, self.reason, self.lane, self.section, self.place, self.written):
                label.clear()
            self.title.setText("No event selected")
            self._show_swatch(None)
            self._show_edit("", "")
            return
        from viewer.core.dates.date_text import date_text  # in by the time there are events to show

        d, e = self._loaded.locate(index)
        doc, event = self._loaded.documents[d], self._loaded.documents[d].events[e]
        self.title.setText(event.title)
        self.date.setText(date_text(event.value, event.interval) if event.interval else "Undated")
        self.precision.setText(event.precision or "—")
        self.reason.setText(self._reason(d, doc, event))
        self.lane.setText(event.lane or NO_ACTOR)
        self.section.setText(event.section or NO_SECTION)
        name = Path(doc.path).name if doc.path else "(untitled)"
        self.place.setText(f"{name}, sentence {event.sentence.index + 1} of {len(doc.sentences)}")
        lanes = {"actor": event.lane or NO_ACTOR, "section": event.section or NO_SECTION}
        self._show_swatch(document_names(self._loaded)[d] if self._lane_mode == "document"
                          else lanes.get(self._lane_mode))
        self._show_edit(edit_text(doc, event), event.note)
        self.written.setText(written_text(doc))
        self._form.setRowVisible(self.written, bool(self.written.text()))

    def _show_edit(self, edited: str, note: str) -> None:
        """The rows of what the user changed and noted, shown when there is something to say."""
        for label, text in ((self.edited, edited), (self.note, note)):
            label.setText(text)
            self._form.setRowVisible(label, bool(text))
        for button in (self.edit_button, self.hide_button):
            button.setEnabled(0 <= self._selection.current < len(self._loaded))

    def _reason(self, d: int, doc: Document, event: Event) -> str:
        from viewer.core.kinds import EXPLICIT, INFERRED

        if event.dating == EXPLICIT and event.timex is None and event.interval is not None and event.edited:
            return "set by you (Edit Event…)"
        if event.dating == EXPLICIT and event.timex is not None:
            return f"stated in the sentence: “{escape(doc.timexes[event.timex].text)}”"
        if event.dating == INFERRED and event.anchor is not None:
            target = self._loaded.event_of_timex(d, event.anchor)
            if target < 0:  # a date in a sentence the user hid, or in a heading ("1918"): the section's
                hidden = [e for e in doc.hidden if e.sentence.start <= doc.timexes[event.anchor].start < e.sentence.end]
                if hidden:
                    quote = escape(anchor_quote(doc, event.anchor, hidden[0].sentence.start))
                    return f"carried over from ‘{quote}’, in a sentence you marked “Not an event”"
                return f"carried over from the heading ‘{escape(doc.timexes[event.anchor].text)}’"
            source = self._loaded.event(target).sentence
            quote = escape(anchor_quote(doc, event.anchor, source.start))
            number = source.index + 1
            return (f"carried over from <a href=\"event:{target}\">‘{quote}’</a> "
                    f"(sentence {number}): this sentence names no date of its own")
        return "undated: neither this sentence nor any before it gives a date"

    def _follow_link(self, link: str) -> None:
        if link.startswith("event:"):
            index = int(link.split(":", 1)[1])
            if index >= 0:
                self._selection.select(index)
