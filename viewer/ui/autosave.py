"""Autosave and recovery: unsaved work is written to a recovery file a few seconds after a change.

Each instance writes its own file, ``<recovery folder>/<pid>-<random>.tlproj``: a whole project
(the documents' text, every edit, the view) whose view also names the project's own path
(``project_path``), so that work restored from it saves where it belongs. The instance holds a
lock beside the file while it lives; a file whose lock nobody holds (its instance crashed or was
killed) is offered at the next start. The file is removed after a save, a Discard, or a clean close.

The folder is ``QStandardPaths.AppDataLocation/recovery`` (on Linux ``~/.local/share/timeline-viewer/
timeline-viewer/recovery``); a window given a settings file of its own (an INI file: tests, a portable setup) keeps
it beside that file. The interval is the setting ``autosave/interval_seconds`` (default 5).
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QSettings, QTimer

INTERVAL_KEY = "autosave/interval_seconds"
DEFAULT_INTERVAL_S = 5.0
MIN_INTERVAL_S, MAX_INTERVAL_S = 0.2, 3600.0
FOLDER_NAME = "recovery"


def interval_seconds(settings: QSettings) -> float:
    """The autosave interval the settings hold (a number of seconds), else the default."""
    from viewer.ui.settings_values import disarm_pickled_values

    if not disarm_pickled_values() or not settings.contains(INTERVAL_KEY):
        return DEFAULT_INTERVAL_S
    try:
        seconds = float(str(settings.value(INTERVAL_KEY)))
    except ValueError:
        return DEFAULT_INTERVAL_S
    return min(max(seconds, MIN_INTERVAL_S), MAX_INTERVAL_S) if seconds == seconds else DEFAULT_INTERVAL_S


def recovery_folder(settings: QSettings) -> str:
    if settings.format() == QSettings.Format.IniFormat and settings.fileName():
        return os.path.join(os.path.dirname(os.path.abspath(settings.fileName())), FOLDER_NAME)
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return os.path.join(base or os.path.expanduser("~/.timeline-viewer"), FOLDER_NAME)


def _lock(path: str) -> QLockFile:
    lock = QLockFile(path + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone
    return lock


class Autosave(QObject):
    """Writes ``files.snapshot()`` to this instance's recovery file ``interval`` seconds after the
    first change not yet written (a burst of changes is one write, never put off for ever)."""

    def __init__(self, files: Any, settings: QSettings, enabled: bool = True) -> None:
        super().__init__(files)
        self._files, self.enabled = files, enabled
        self.folder = recovery_folder(settings)
        self.path = os.path.join(self.folder, f"{os.getpid()}-{os.urandom(4).hex()}.tlproj")
        self._lock: QLockFile | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(interval_seconds(settings) * 1000))
        self._timer.timeout.connect(self.write_now)
        self.failure = ""  # why the last write failed ("" when it did not)

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def soon(self) -> None:
        """A change: written within the interval, unless it is saved or discarded first."""
        if self.enabled and not self._timer.isActive():
            self._timer.start()

    def write_now(self) -> bool:
        self._timer.stop()
        if not (self.enabled and self._files.modified):
            return False
        from viewer.core.project.store import ProjectError, save_project

        try:
            os.makedirs(self.folder, exist_ok=True)
            if self._lock is None:
                lock = _lock(self.path)
                if lock.tryLock(0):
                    self._lock = lock
            save_project(self.path, self._files.snapshot(recovery=True))
        except (OSError, ProjectError) as err:
            self.failure = str(err)
            self._files.window.statusBar().showMessage(f"Autosave failed: {err}", 10_000)
            return False
        self.failure = ""
        return True

    def discard(self) -> None:
        """No unsaved work any more (saved, discarded, closed cleanly): the file goes."""
        _remove(self.path)
        self.release()

    def release(self) -> None:
        """The file is no longer this instance's: kept, it is offered at the next start."""
        self._timer.stop()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    # -- at start: the work of an instance that is gone --------------------------------------

    def orphans(self) -> list[tuple[str, QLockFile]]:
        """Recovery files no live instance holds, newest first, each with its lock, now held here."""
        try:
            names = [n for n in os.listdir(self.folder) if n.endswith(".tlproj")]
        except OSError:
            return []
        found = []
        for name in names:
            path = os.path.join(self.folder, name)
            if path == self.path:
                continue
            lock = _lock(path)
            if lock.tryLock(0):
                found.append((path, lock))
        return sorted(found, key=lambda f: _mtime(f[0]), reverse=True)


def forget(path: str, lock: QLockFile | None) -> None:
    """A recovery file restored (and written again as this instance's) or discarded."""
    _remove(path)
    if lock is not None:
        lock.unlock()


def _remove(path: str) -> None:
    try:
        os.remove(path)
    except OSError:
        pass  # gone already; or kept, to be offered again at the next start, which loses nothing


def _mtime(path: str) -> float:
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0
