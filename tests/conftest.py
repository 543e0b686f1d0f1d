"""Shared test set-up.

Qt must be told to draw offscreen before anything imports it, so this runs at
import time, first (as Picard's test/conftest.py does). Set QT_QPA_PLATFORM
yourself (e.g. to xcb under Xvfb) to override it.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses  # noqa: E402

import pytest  # noqa: E402

from viewer.bundled import sample_path, seed_paths  # noqa: E402
from viewer.core.events import Event  # noqa: E402
from viewer.core.text.sentences import Sentence  # noqa: E402
from viewer.core.timex.finding import Timex  # noqa: E402
from viewer.core.timex.reading import Reading  # noqa: E402

# What the reader makes and nothing changes once made (a change makes a new one, with
# dataclasses.replace): not frozen dataclasses only because building one costs three to nine
# times as long, on the hot path. Every test holds them to it instead: a field may be set
# once, by __init__ (or by unpickling), and never again.
NEVER_CHANGED = (Reading, Timex, Sentence, Event)


def _set_once(self: object, name: str, value: object) -> None:
    try:
        getattr(self, name)
    except AttributeError:  # a slot not yet set: __init__ is filling it in
        object.__setattr__(self, name, value)
        return
    raise dataclasses.FrozenInstanceError(
        f"a {type(self).__name__} is never changed once made: replace() it ({name} = {value!r})")


@pytest.fixture(autouse=True)
def made_never_changes(monkeypatch):
    for kind in NEVER_CHANGED:
        monkeypatch.setattr(kind, "__setattr__", _set_once)


@pytest.fixture(scope="session")
def sample_file():
    """Path of the bundled sample document."""
    return sample_path()


@pytest.fixture(scope="session")
def sample_text(sample_file):
    """The bundled sample, decoded the way the reader decodes it (BOM removed, newlines kept)."""
    with open(sample_file, encoding="utf-8-sig", newline="") as f:
        return f.read()


@pytest.fixture(scope="session")
def seed_files():
    """Every document in seeds/."""
    return seed_paths()


@pytest.fixture
def deny_reading(monkeypatch):
    """Make one path unreadable, as chmod would for a user who is not root
    (the machines and CI run as root, who can read anything)."""
    from pathlib import Path

    def deny(path):
        import os

        real_open, real_os_open = Path.open, os.open

        def denied(self, *args, **kwargs):
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        def os_denied(file, *args, **kwargs):
            if Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_os_open(file, *args, **kwargs)

        monkeypatch.setattr(Path, "open", denied)
        monkeypatch.setattr(os, "open", os_denied)

    return deny
