"""File > Export: the chronology as an image (PNG, SVG), the events as CSV or JSON."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from viewer.core.document import Document
    from viewer.ui.timeline_view import TimelineView

FILTERS = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)", "csv": "CSV (*.csv)", "json": "JSON (*.json)"}


def choose_export_path(parent: QWidget, kind: str, folder: str) -> str:
    """Where to export, as the user picks it ("" when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    start = os.path.join(folder, f"chronology.{kind}")
    path, _ = QFileDialog.getSaveFileName(parent, f"Export {kind.upper()}", start, FILTERS[kind])
    return path


def write_export(kind: str, path: str | Path, documents: list[Document], timeline: Callable[[], TimelineView]) -> None:
    """Write the events (csv, json) or the chronology ``timeline()`` shows (png, svg), atomically:
    an OSError leaves what was at ``path`` as it was."""
    import json  # the exchange modules and json come in with the first export, not at the start

    from viewer.core.exchange.atomic_write import write_text_atomically
    from viewer.core.exchange.export import documents_json_obj, events_csv

    if kind == "csv":
        write_text_atomically(path, events_csv(documents))
    elif kind == "json":
        write_text_atomically(path, json.dumps(documents_json_obj(documents), ensure_ascii=False, indent=1) + "\n")
    elif kind == "png":
        timeline().export_png(str(path))
    else:
        timeline().export_svg(str(path))


def failure_message(path: str | Path, err: OSError) -> str:
    from viewer.core.exchange.safe_text import shown

    reason = (err.strerror or str(err)).lower()
    return f"Could not save {shown(str(path))}: {reason}; nothing there was changed"
