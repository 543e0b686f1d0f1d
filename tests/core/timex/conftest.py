"""Every timex test also checks that no reading is changed once made.

``Reading`` is not a frozen dataclass (building one would cost three times as long, on the
hot path), so these tests make it one: a field may be set once, by ``__init__``, and never
again. A step that wants a reading with another year makes a new one with
``dataclasses.replace``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from viewer.core.timex.reading import Reading


def _set_once(self: Reading, name: str, value: object) -> None:
    try:
        getattr(self, name)
    except AttributeError:  # a slot not yet set: __init__ is filling it in
        object.__setattr__(self, name, value)
        return
    raise dataclasses.FrozenInstanceError(f"a Reading is never changed once made: replace() it ({name} = {value!r})")


@pytest.fixture(autouse=True)
def readings_never_change(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(Reading, "__setattr__", _set_once)
    yield

