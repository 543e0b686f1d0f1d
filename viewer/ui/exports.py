"""File > Export: the chronology as an image (PNG, SVG), the events as CSV or JSON, or in
other tools' formats (TimelineJS, TimeML, iCalendar), and the HTML report (the chart and the
events in one page).

The dialog starts in the folder the last export went to, else in the user's Documents
folder: never in the folder of the files opened, which at a first start is the sample's,
inside the installed package.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from viewer.core.document import Document
    from viewer.ui.timeline_view import TimelineView

FILTERS = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)", "csv": "CSV (*.csv)", "json": "JSON (*.json)",
           "timelinejs": "TimelineJS JSON (*.json)", "timeml": "TimeML (*.tml *.xml)",
           "ics": "iCalendar (*.ics)", "html": "HTML report (*.html *.htm)"}
# Each kind's file name suffix and its name in the dialog's title, where they are not the kind's own.
SUFFIXES = {"timelinejs": "json", "timeml": "tml"}
NAMES = {"timelinejs": "TimelineJS", "timeml": "TimeML", "ics": "iCalendar", "html": "HTML Report"}
FOLDER_KEY = "export_folder"


def _inside(folder: Path, parent: Path) -> bool:
    return folder == parent or parent in folder.parents


def _ours(folder: str) -> bool:
    """Is ``folder`` in the program's own files (the package, the bundled samples)?"""
    from viewer.bundled import sample_path

    mine = [Path(__file__).resolve().parents[1]]
    try:
        mine.append(sample_path().parent.resolve())
    except FileNotFoundError:  # a build without its samples
        pass
    here = Path(folder).resolve()
    return any(_inside(here, folder) for folder in mine)


def documents_folder() -> str:
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder if folder and os.path.isdir(folder) else os.path.expanduser("~")


def user_folder(folder: str) -> str:
    """``folder`` when it is there and not the program's own (the sample's), else the user's Documents."""
    return folder if folder and os.path.isdir(folder) and not _ours(folder) else documents_folder()


def export_folder(settings: QSettings) -> str:
    """Where the export dialog starts: the last export's folder, while it is there and not ours."""
    from viewer.ui.settings_values import read_str_list

    remembered = read_str_list(settings, FOLDER_KEY, repair=False)
    return user_folder(remembered[0] if len(remembered) == 1 else "")


def choose_export_path(parent: QWidget, kind: str, settings: QSettings, remember: bool = True) -> str:
    """Where to export, as the user picks it ("" when cancelled); its folder is remembered."""
    from PySide6.QtWidgets import QFileDialog

    start = os.path.join(export_folder(settings), f"chronology.{SUFFIXES.get(kind, kind)}")
    path, _ = QFileDialog.getSaveFileName(parent, f"Export {NAMES.get(kind, kind.upper())}", start, FILTERS[kind])
    if path and remember:
        from viewer.ui.settings_values import write_str_list

        write_str_list(settings, FOLDER_KEY, [os.path.dirname(os.path.abspath(path))])
    return path


def write_export(kind: str, path: str | Path, documents: list[Document], timeline: Callable[[], TimelineView]) -> None:
    """Write the events (csv, json, timelinejs, timeml, ics), the chronology ``timeline()`` shows
    (png, svg), or both (html), atomically: an OSError leaves what was at ``path`` as it was."""
    # the exchange modules come in with the first export, not at the start
    from viewer.core.exchange.atomic_write import write_text_atomically
    from viewer.core.exchange.export import documents_json, events_csv

    if kind == "csv":
        write_text_atomically(path, events_csv(documents))
    elif kind == "json":
        write_text_atomically(path, "".join(documents_json(documents)) + "\n")  # as extract writes it
    elif kind == "png":
        timeline().export_png(str(path))
    elif kind == "svg":
        timeline().export_svg(str(path))
    else:
        _write_exchange(kind, path, documents, timeline)


def _write_exchange(kind: str, path: str | Path, documents: list[Document],
                    timeline: Callable[[], TimelineView]) -> None:
    """Another tool's format (core/exchange), or the HTML report with the chart as SVG."""
    import json

    from viewer.core.exchange.atomic_write import write_bytes_atomically, write_text_atomically

    if kind == "timelinejs":
        from viewer.core.exchange.timelinejs import timeline_obj

        write_text_atomically(path, json.dumps(timeline_obj(documents), ensure_ascii=False, indent=1) + "\n")
    elif kind == "timeml":
        from viewer.core.exchange.timeml import timeml

        write_text_atomically(path, timeml(documents))
    elif kind == "ics":
        from viewer.core.exchange.ics import events_ics

        write_bytes_atomically(path, events_ics(documents).data)
    elif kind == "html":
        from viewer.core.exchange.html_report import html_report

        view = timeline()
        write_text_atomically(path, html_report(documents, view.svg_bytes(), view.title()))
    else:
        raise ValueError(f"no export of kind {kind!r}")


def failure_message(path: str | Path, err: OSError) -> str:
    from viewer.core.exchange.safe_text import shown

    reason = (err.strerror or str(err)).lower()
    return f"Could not save {shown(str(path))}: {reason}; nothing there was changed"
