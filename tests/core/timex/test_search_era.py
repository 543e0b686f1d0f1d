"""Does a text write years before Christ? The search looks for the era's B first, and answers
as the plain pattern (a number, perhaps a blank, the era) does, slice by slice."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.progress import Pacer
from viewer.core.timex import search
from viewer.core.timex.patterns import ERA_BC

PLAIN = re.compile(rf"\d\s?{ERA_BC}")


@settings(max_examples=500)
@given(st.text(alphabet="0123456789 \t\nBCEbce.x", max_size=60))
def test_the_era_found_from_its_b_is_the_era_the_plain_pattern_finds(text: str) -> None:
    assert search._speaks_bc(text, Pacer(), step=1 << 16) == (PLAIN.search(text) is not None)


@pytest.mark.parametrize(("text", "bc"), [
    ("Sparta fell in 371 BC, and Thebes rose.", True),
    ("In 490 B.C. the Persians landed.", True),
    ("In 490 B. C. the Persians landed.", True),
    ("around 300 BCE.", True),
    ("from 4\tBC", True),
    ("The ABC of it, B.C. Smith and 40 BCs.", False),
    ("In 490 BCX", False),
    ("In 490  BC (two blanks)", False),
    ("AD 1066 and 1066 CE", False),
])
def test_years_before_christ(text: str, bc: bool) -> None:
    assert search._speaks_bc(text, Pacer()) is bc
    assert search._speaks_bc(text, Pacer(), step=8) is bc  # the era over a slice's end, too
