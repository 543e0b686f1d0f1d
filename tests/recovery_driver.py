"""Drives the real program for tests/test_recovery_process.py: `python -m tests.recovery_driver MODE ARGS`.

It starts the program through its own entry point (``viewer.cli.main``), with a timer that
acts as the user would once the window is up:

    edit PROJECT   open PROJECT, make every kind of edit (tests/project_helpers.py), print "edited",
                   then wait (the test kills it)
    restore        start with no file; when the recovery offer shows, print it, press Restore,
                   then Save (the work goes to its own project) and quit

Anything that goes wrong is printed and the program quits with status 3.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from viewer.cli import main
from viewer.ui.main_window import MainWindow, application

POLL_MS = 50
GIVE_UP_MS = 30_000


def say(line: str) -> None:
    print(line, flush=True)


def the_window() -> MainWindow | None:
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def fail(why: str) -> None:
    say(f"failed: {why}")
    QApplication.exit(3)


def drive_edits(timer: QTimer) -> None:
    from tests.project_helpers import make_edits

    window = the_window()
    if window is None or not window.documents or window.loader.busy or window.project._opening is not None:
        return
    timer.stop()
    make_edits(window.session)
    say("edited" if window.project.modified else "failed: not modified")


def drive_restore(timer: QTimer) -> None:
    window = the_window()
    box = window.project.recovery_box if window is not None else None
    if box is None or not box.isVisible():
        return
    timer.stop()
    say(f"offered: {box.text()}")

    def restored() -> None:
        if not window.project.modified:
            fail("the restored work is not marked unsaved")
        elif window.project.save():
            say(f"saved {window.project.path}")
            QApplication.quit()
        else:
            fail("could not save")

    window.project.opened.connect(restored)
    (restore,) = [b for b in box.buttons() if b.text() == "Restore"]
    restore.click()


def run(mode: str, args: list[str]) -> int:
    application()  # the program's own: main() finds it
    step = {"edit": drive_edits, "restore": drive_restore}[mode]
    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(lambda: step(timer))
    timer.start()
    QTimer.singleShot(GIVE_UP_MS, lambda: fail(f"gave up after {GIVE_UP_MS} ms"))
    return main(args)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1], sys.argv[2:]))
