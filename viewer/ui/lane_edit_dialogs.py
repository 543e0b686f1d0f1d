"""The dialogs of a lane's edits: its new name, the lane to merge it into, its colour.

Each is made, not run: the caller opens it (window-modal) and ``chosen`` is called with
what the user picked when they press OK. Lane names are text from the documents: the
dialogs show them as plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QInputDialog, QLabel, QWidget

from viewer.ui.plain_text import plain_label, window_title


def _asking(parent: QWidget, title: str, question: str) -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(question)
    for label in dialog.findChildren(QLabel):
        plain_label(label)
    return dialog


def rename_dialog(parent: QWidget, name: str, chosen: Callable[[str], None]) -> QDialog:
    dialog = _asking(parent, "Rename Lane", f"New name for the lane “{name}”:")
    dialog.setTextValue(name)
    dialog.textValueSelected.connect(chosen)
    return dialog


def merge_dialog(parent: QWidget, name: str, others: list[str], chosen: Callable[[str], None]) -> QDialog:
    dialog = _asking(parent, "Merge Lane", f"Put the events of “{name}” in the lane:")
    dialog.setComboBoxItems(others)
    dialog.setComboBoxEditable(False)
    dialog.textValueSelected.connect(chosen)
    return dialog


def colour_dialog(parent: QWidget, name: str, current: QColor, chosen: Callable[[str], None]) -> QDialog:
    dialog = QColorDialog(current, parent)
    dialog.setWindowTitle(window_title(f"Colour of the lane “{name}”"))
    dialog.colorSelected.connect(lambda colour: chosen(colour.name()))
    return dialog
