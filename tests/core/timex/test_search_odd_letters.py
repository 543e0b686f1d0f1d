"""Letters a pattern without case takes for ASCII ones (long s, the Kelvin sign, dotless and
dotted i): a text set in an old type ("the ſecond quarter", "Auguſt") is read as the same text
in ASCII letters is, and never stops the reading (a reader's table knows only ASCII words).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from viewer.core.document import analyse
from viewer.core.timex import search

_ODD = str.maketrans({"s": "\u017f", "k": "\u212a", "i": "\u0131"})


@pytest.mark.parametrize("sentence", [
    "The second quarter of 1988 was poor, and the third quarter was worse.",
    "Two weeks later, on the first day of spring, they sailed.",
    "Yesterday it rained; last Tuesday night it snowed; this week it is dry.",
    "The king came six days later, in mid-afternoon, a century after 1620.",
])
@pytest.mark.parametrize("date", [None, "1998-01-08"])
def test_odd_letters_are_read_as_their_ascii_letters(sentence: str, date: str | None) -> None:
    odd = sentence.translate(_ODD)
    assert odd != sentence
    plain, old_type = analyse(sentence, document_date=date), analyse(odd, document_date=date)
    assert [(t.start, t.end, t.value) for t in old_type.timexes] == [(t.start, t.end, t.value) for t in plain.timexes]
    assert [t.text for t in old_type.timexes] == [odd[t.start:t.end] for t in plain.timexes]  # the text as written


def test_a_dotted_capital_i_is_an_i() -> None:
    found = search.find_pieces("The F\u0130RST week of May 1915 and N\u0130NETEEN N\u0130NETY-S\u0130X.", news=True)
    assert found == search.find_pieces("The FIRST week of May 1915 and NINETEEN NINETY-SIX.", news=True)
