"""The event table's Lane cell, edited in a combo box: pick an actor's lane or type a new one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget


class LaneDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, _option, index: QModelIndex) -> QWidget:  # noqa: N802 (Qt override)
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(index.model().lane_choices())
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802 (Qt override)
        editor.setCurrentText(index.data(Qt.ItemDataRole.EditRole))
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: N802 (Qt override)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)
