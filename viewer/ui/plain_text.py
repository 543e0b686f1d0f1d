"""Text from a document, an events file or a path, shown as itself wherever Qt might read markup.

Qt reads a tool tip, a label or a message box as rich text when ``Qt.mightBeRichText`` says
so, and a title such as '<img src=/some/file.png>' would load that file. Tool tips get the
text escaped into markup of ours; labels and message boxes that show such text are set to
plain text; a window title has its "[*]" doubled; a menu entry its "&" (see recent_files).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

# Qt.TextFormat.PlainText: the Qt namespace builds its 93 enums at its first use (15 ms),
# which a label made before the first paint must not cost.
PLAIN_TEXT = 0
# html.escape's table for element content, without importing html (and its 2,000 named
# entities) before the first paint.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def escape(text: str) -> str:
    """``text`` as markup (element content, not an attribute) that shows it as it is."""
    return text.translate(_ESCAPES)


def tool_tip(text: str) -> str:
    """A tool tip that shows ``text`` literally, its line breaks kept."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def window_title(text: str) -> str:
    """A window title that shows ``text`` as it is: Qt takes "[*]" in one for where to mark a change."""
    return text.replace("[*]", "[*][*]")


def plain_label(label: QLabel) -> QLabel:
    """``label``, showing its text as plain text whatever it holds."""
    label.setProperty("textFormat", PLAIN_TEXT)
    return label


def message_box(icon: QMessageBox.Icon, text: str, parent: QWidget | None) -> QMessageBox:
    """A box titled "Timeline Viewer" showing ``text`` as plain text, deleted once closed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(icon, "Timeline Viewer", text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


def warn(parent: QWidget, text: str) -> None:
    """A warning box over ``parent`` (a path, what went wrong with it); returns at once."""
    from PySide6.QtWidgets import QMessageBox

    message_box(QMessageBox.Icon.Warning, text, parent).open()
