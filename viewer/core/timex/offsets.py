"""An offset joined to what it counts from, before the narrative is walked: a date ('two days
after 3 May' is one expression) or a named event ('two days after the invasion')."""

from __future__ import annotations

import re

from viewer.core.progress import Pacer
from viewer.core.timex.event_anchors import event_phrase, month_named
from viewer.core.timex.pieces import Found
from viewer.core.timex.reading import altered

_BEFORE_AFTER = re.compile(r"(?:before|after)$", re.I)
_DETERMINER = re.compile(r"\s+the\s+$", re.I)


def offsets_joined(text: str, found: list[Found], pace: Pacer | None = None) -> list[Found]:
    """'two days after 3 May' is one expression, counted from 3 May, not from the narrative."""
    pace = pace or Pacer()
    out: list[Found] = []
    for k, piece in enumerate(found):
        if not k & 1023:
            pace(k / len(found))
        if out and _counts_from(text, out[-1], piece):
            offset = out.pop()
            piece = Found(offset.start, piece.end, altered(piece.reading, offset=offset.reading), offset.rule)
        out.append(piece)
    return out


def _counts_from(text: str, first: Found, second: Found) -> bool:
    offset, date = first.reading, second.reading
    # the readings first: most pieces are no offset, and the text between two may be long
    if not (offset.relative and offset.shift and not date.relative and date.literal is None):
        return False
    return text[first.end:second.start].strip() == "" and _BEFORE_AFTER.search(text, first.start, first.end) is not None


def events_attached(text: str, found: list[Found], pace: Pacer | None = None) -> list[Found]:
    """'two days after the invasion': the offset reaches over the event it counts from."""
    pace = pace or Pacer()
    out: list[Found] = []
    skip = False  # the piece was a month that names the event just attached
    for i, piece in enumerate(found):
        if not i & 1023:
            pace(i / len(found))
        if skip:
            skip = False
            continue
        reading = piece.reading
        if reading.relative and reading.shift and _BEFORE_AFTER.search(text, piece.start, piece.end):
            event = _month_named_event(text, piece.end, found, i)
            skip = event is not None
            event = event or event_phrase(text, piece.end, _limit(text, found, i + 1))
            if event:
                phrase, end = event
                piece = piece._replace(end=end, reading=altered(reading, event=phrase))
        out.append(piece)
    return out


def _limit(text: str, found: list[Found], i: int) -> int:
    """Where the piece ``i`` really starts (a piece may begin with the space before it)."""
    return found[i].trimmed(text)[0] if i < len(found) else len(text)


def _month_named_event(text: str, end: int, found: list[Found], i: int) -> tuple[str, int] | None:
    """'three months before the October intervention': the month belongs to the event's name."""
    if i + 1 >= len(found) or not _DETERMINER.match(text, end, _limit(text, found, i + 1)):
        return None
    month = found[i + 1].reading
    if month.month is None or month.day is not None or month.relative or month.literal is not None:
        return None
    event = event_phrase(text, end, _limit(text, found, i + 2))
    return event if event and month_named(event[0]) else None
