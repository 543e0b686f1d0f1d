"""The document date as given: YYYY-MM-DD, or with a time that is not kept."""

from __future__ import annotations

import pytest

from viewer.core.dates.document_date import document_date, document_day


@pytest.mark.parametrize(("text", "day"), [
    ("1998-01-08", (1998, 1, 8)),
    ("1990-08-15T13:37", (1990, 8, 15)),
    ("1998-02-13T14:26:00", (1998, 2, 13)),
    ("2000-02-29", (2000, 2, 29)),
])
def test_a_date_with_or_without_its_time(text, day):
    assert document_day(text) == day


@pytest.mark.parametrize("text", [
    "1998-13-01", "1999-02-29", "yesterday", "1998-1-8", "98-01-08", "1998-01-08T25:00", "",
])
def test_anything_else_is_refused_in_one_line(text):
    with pytest.raises(ValueError) as err:
        document_day(text)
    assert "\n" not in str(err.value) and "YYYY-MM-DD" in str(err.value)


def test_written_back_without_its_time():
    assert document_date("1990-08-15T13:37") == "1990-08-15"
