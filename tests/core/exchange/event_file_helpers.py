"""What the tests of events files share: writing one, opening it, and what to check of the result."""

from __future__ import annotations

from pathlib import Path

from viewer.core.dates.calendar import Interval, day_number
from viewer.core.document import Document
from viewer.core.kinds import EXPLICIT
from viewer.core.opening import open_document


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def imported(tmp_path: Path, data: str | bytes, name: str = "events.csv") -> Document:
    return open_document(write(tmp_path, name, data))


def days(y1, m1, d1, y2=None, m2=None, d2=None, precision="day") -> Interval:
    first = day_number(y1, m1, d1)
    return Interval(first, day_number(y2, m2, d2) if y2 else first, precision)


def summary(doc: Document) -> list[tuple]:
    return [(e.title, e.value, e.interval, e.precision, e.dating, e.lane) for e in doc.events]


def assert_listing_exact(doc: Document) -> None:
    """Each event's sentence is its line of the listing; its date is an expression inside it."""
    assert doc.text.split("\n") == [doc.text[s.start:s.end] for s in doc.sentences]
    assert [e.sentence for e in doc.events] == doc.sentences
    for e in doc.events:
        line = doc.text[e.sentence.start:e.sentence.end]
        assert line.endswith(f" – {e.title}")
        if e.interval is not None:
            t = doc.timexes[e.timex if e.dating == EXPLICIT else e.anchor]
            assert doc.text[t.start:t.end] == t.text and t.value == e.value
            if e.dating == EXPLICIT:
                assert line.startswith(t.text)


NARRATIVE = (
    "The valley had been farmed for years. "
    "The river flooded in the spring of 1927. "
    "Farmers lost their herds. "
    "A relief committee met from 12 to 14 June 1927. "
    "New dykes were finished in March 1929. "
    "Another flood came in 1931, and the engineers studied the valley throughout the 1930s. "
    "The temple was older: it was built in 480 BC."
)


CSV_PIECES = ("start", "title", "end", "lane", "date", ",", ";", "\t", "\n", "\r\n", '"', "2017-10-26", "2017",
              "480 BC", "-0479", "2017-13", "BC0480", "1916-SU", "", " ", "😀", "undated", "dating", "sep=;\n")
