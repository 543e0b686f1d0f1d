"""A trap for the PySide6 build that kills the process under a stream of signals.

PySide6 6.12.0 on Python 3.11 aborts with "Fatal Python error: bool_dealloc"
after a few hundred emits. The storm runs in this process on purpose: that is
where the bug shows, and a timeline emits this many signals while scrolling.
"""

import sys

import PySide6
from PySide6.QtCore import QObject, Signal, Slot

EMITS = 10_000


class Emitter(QObject):
    toggled = Signal(bool)
    picked = Signal(int, str)


class Receiver(QObject):
    def __init__(self):
        super().__init__()
        self.flags, self.picks = [], []

    @Slot(bool)
    def on_toggled(self, flag):
        self.flags.append(flag)

    @Slot(int, str)
    def on_picked(self, number, label):
        self.picks.append((number, label))


def test_pyside6_is_not_the_aborting_build():
    if sys.version_info[:2] == (3, 11):
        assert PySide6.__version__ != "6.12.0", "PySide6 6.12.0 aborts on Python 3.11"


def test_ten_thousand_emits_reach_python_slots(qapp):
    emitter, receiver = Emitter(), Receiver()
    emitter.toggled.connect(receiver.on_toggled)
    emitter.picked.connect(receiver.on_picked)
    for i in range(EMITS):
        emitter.toggled.emit(i % 2 == 0)
        emitter.picked.emit(i, str(i))
    assert receiver.flags == [i % 2 == 0 for i in range(EMITS)]
    assert receiver.picks == [(i, str(i)) for i in range(EMITS)]
