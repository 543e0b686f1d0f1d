"""One instance at a time on a project: a lock file beside it ("notes.tlproj.lock").

The lock names the process that holds it. A lock left by a process that is gone (a crash, a
kill) is taken over; one held by a live instance is not, and the second instance is told who
holds it and opens the project read-only, so nothing either of them has is lost.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QLockFile

LOCK_SUFFIX = ".lock"


def lock_path(path: str) -> str:
    return os.path.abspath(path) + LOCK_SUFFIX


class ProjectLock:
    """The lock on ``path``'s project; ``held`` says whether this instance has it."""

    def __init__(self, path: str) -> None:
        self.path = os.path.abspath(path)
        self._file = QLockFile(lock_path(path))
        # 0: never stale by age, however long an instance keeps the project open; a lock whose
        # process is gone (same host) is still found stale, and taken over.
        self._file.setStaleLockTime(0)
        self.held = self._file.tryLock(0)
        # Held by another live process; not when the lock cannot be made at all (a read-only
        # folder: the project opens as usual, and a save there says why it failed).
        self.contended = not self.held and self._file.error() == QLockFile.LockError.LockFailedError

    def holder(self) -> str:
        """Who holds the lock, for a sentence: "process 1234 on host vm"; "" when unknown."""
        info = self._file.getLockInfo()  # (pid, host, application); PySide6 drops C++'s bool
        pid, host = info[-3], info[-2]
        if not pid:
            return ""
        return f"process {pid} on host {host}" if host else f"process {pid}"

    def release(self) -> None:
        if self.held:
            self._file.unlock()
            self.held = False


def take(path: str) -> tuple[ProjectLock, str]:
    """The lock on ``path``'s project, and when another instance holds it (``contended``), one
    sentence saying so."""
    from viewer.core.exchange.safe_text import shown

    lock = ProjectLock(path)
    if not lock.contended:
        return lock, ""
    holder = lock.holder()
    who = f"another Timeline Viewer ({holder})" if holder else "another Timeline Viewer"
    name = shown(os.path.basename(path))
    return lock, (f"{name} is open in {who}; it is opened here read-only: Save As keeps your changes "
                  "in a file of their own.")
