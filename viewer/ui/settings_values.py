"""Every setting read and written here: plain values of the expected type, else the default.

A settings file is text that anything may have written. QSettings turns ``@Variant(...)``
into objects, and PySide6 unpickles the Python objects among them: a file holding a pickle
runs its code the moment any key of that section is read (QSettings parses a section whole)
or the file is written back. ``disarm_pickled_values`` makes that unpickling return None, for
every QSettings and QDataStream of the process; the readers then check each value's type, and
put a malformed one right (written back as the default), so that it is ignored once, not at
every start.
"""

from __future__ import annotations

import sys
import types

from PySide6.QtCore import QByteArray, QDataStream, QSettings

# A QVariant holding a Python object, as QSettings reads one from "@Variant(...)": the type
# User (127), the type's name, then the pickle (here of the string "unpickled", protocol 0).
_PYOBJECT = b"PySide::PyObjectWrapper\0"
_PICKLE = b"Vunpickled\n."
_PROBE = b"".join((
    (127).to_bytes(4, "big"), len(_PYOBJECT).to_bytes(4, "big"), _PYOBJECT, len(_PICKLE).to_bytes(4, "big"), _PICKLE,
))

_disarmed: bool | None = None


def _read_probe() -> object:
    data = QByteArray(_PROBE)  # held: the stream reads it in place
    stream = QDataStream(data)
    stream.setVersion(QDataStream.Version.Qt_4_0)  # QSettings' version
    return stream.readQVariant()


def disarm_pickled_values() -> bool:
    """Make PySide6 read every Python object in a QVariant as None, once per process.

    PySide6 looks up ``pickle.loads`` at the first Python object it reads and keeps it. That
    first read is made here, with a stand-in ``pickle`` module whose ``loads`` refuses; the real
    module is put back at once (and is not imported for this). False when this PySide6 does not
    keep what it looked up (the probe unpickles after all): then no setting is read or written.
    """
    global _disarmed
    if _disarmed is None:
        asked: list[bytes] = []
        stand_in = types.ModuleType("pickle")
        stand_in.loads = lambda data, *_args, **_kwargs: asked.append(data)  # None: nothing unpickled
        real = sys.modules.get("pickle")
        sys.modules["pickle"] = stand_in
        try:
            _read_probe()
        finally:
            if real is None:
                del sys.modules["pickle"]
            else:
                sys.modules["pickle"] = real
        _disarmed = bool(asked) and _read_probe() is None
    return _disarmed


def _read(settings: QSettings, key: str) -> tuple[bool, object]:
    """(whether ``key`` is set, its value); never set when Python objects cannot be refused."""
    if not disarm_pickled_values() or not settings.contains(key):
        return False, None
    return True, settings.value(key)


def read_str_list(settings: QSettings, key: str, repair: bool = True) -> list[str]:
    """A list of strings ([] when unset); a malformed value gives the strings in it, and with
    ``repair`` is written back as them."""
    present, value = _read(settings, key)
    if not present:
        return []
    if isinstance(value, str):  # Qt writes a list of one as a plain string
        return [value]
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return value
    kept = [item for item in value if isinstance(item, str)] if isinstance(value, list) else []
    if repair:
        write_str_list(settings, key, kept)
    return kept


def read_bytes(settings: QSettings, key: str, repair: bool = True) -> QByteArray | None:
    """A QByteArray, or None when unset or malformed (and, with ``repair``, removed)."""
    present, value = _read(settings, key)
    if isinstance(value, QByteArray):
        return value
    if present and repair:
        _remove(settings, key)
    return None


def write_str_list(settings: QSettings, key: str, values: list[str]) -> None:
    if disarm_pickled_values():
        if values:
            settings.setValue(key, [str(v) for v in values])
        else:
            settings.remove(key)


def write_bytes(settings: QSettings, key: str, data: QByteArray) -> None:
    if disarm_pickled_values():
        settings.setValue(key, QByteArray(data))


def _remove(settings: QSettings, key: str) -> None:
    if disarm_pickled_values():
        settings.remove(key)
