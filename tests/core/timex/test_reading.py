"""A reading, as the timex tests hold it: never changed once made (see conftest.py)."""

from __future__ import annotations

import dataclasses

import pytest

from viewer.core.timex.reading import Reading


def test_a_reading_cannot_be_changed_once_made() -> None:
    r = Reading(month=5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.year = 1915
    assert r == Reading(month=5)


def test_a_changed_reading_is_a_new_one() -> None:
    r = Reading(month=5)
    assert dataclasses.replace(r, year=1915) == Reading(year=1915, month=5)
    assert r.year is None


def test_what_a_reading_still_needs() -> None:
    assert Reading(month=5).needs_year
    assert not Reading(year=1915, month=5).needs_year
    assert not Reading(unit="day", shift=1).needs_year and Reading(unit="day", shift=1).relative
