"""What the detail pane says of an edited event: when, the reading it replaced, and what changed.

"Edited 6 Dec 2026 22:10: read as October 1939, carried over from ‘…on 1 October 1939’;
set to 1 September 1939". Plain text: the pane shows it in a plain-text label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from viewer.core.kinds import EXPLICIT, INFERRED, NO_ACTOR, NO_SECTION

if TYPE_CHECKING:
    from viewer.core.document import Document
    from viewer.core.events import Event

_QUOTE_CONTEXT = 18


def anchor_quote(doc: Document, timex: int, sentence_start: int) -> str:
    """The anchor expression with what leads up to it in its sentence: '…stated on 29 October'."""
    t = doc.timexes[timex]
    lead_from = max(sentence_start, t.start - _QUOTE_CONTEXT)
    lead = re.sub(r"\s+", " ", doc.text[lead_from:t.start])
    if lead_from > sentence_start:
        lead = "…" + (lead.split(" ", 1)[1] if " " in lead else "")
    return (lead + t.text).strip()


def when_text(edited_at: str) -> str:
    """An ISO time in UTC as the clock here shows it: '6 Dec 2026 22:10' ("" when there is none)."""
    from viewer.core.project.store import local_time

    moment = local_time(edited_at)
    return f"{moment.day} {moment:%b %Y %H:%M}" if moment is not None else ""


def date_of(event: Event) -> str:
    from viewer.core.dates.date_text import date_text

    return date_text(event.value, event.interval) if event.interval else "undated"


def reading_text(doc: Document, event: Event) -> str:
    """How the reader dated ``event``: 'read as 1939, carried over from ‘…in 1939’'."""
    if event.dating == EXPLICIT and event.timex is not None:
        return f"read as {date_of(event)}, stated in the sentence (“{doc.timexes[event.timex].text}”)"
    if event.dating == INFERRED and event.anchor is not None:
        t = doc.timexes[event.anchor]
        holder = [e for e in doc.events if e.sentence.start <= t.start < e.sentence.end]
        quote = anchor_quote(doc, event.anchor, holder[0].sentence.start if holder else t.start)
        return f"read as {date_of(event)}, carried over from ‘{quote}’"
    return "read as undated"


def changes_text(doc: Document, event: Event) -> str:
    """What the user changed of the reading ``event.original``, joined by semicolons."""
    before = event.original
    if before is None:
        return ""
    out = []
    if (before.value, before.interval) != (event.value, event.interval):
        out.append(f"{reading_text(doc, before)}; set to {date_of(event)}")
    if before.lane != event.lane:
        out.append(f"lane ‘{before.lane or NO_ACTOR}’ changed to ‘{event.lane or NO_ACTOR}’")
    if before.section != event.section:
        out.append(f"section ‘{before.section or NO_SECTION}’ renamed ‘{event.section or NO_SECTION}’")
    if before.label != event.label:
        out.append(f"label was ‘{before.label}’")
    if before.title != event.title:
        out.append("title rewritten")
    return "; ".join(out)


def edit_text(doc: Document, event: Event) -> str:
    """The pane's "Edited" row for ``event`` ("" when the reading is as it was)."""
    when = when_text(event.edited_at)
    if event.added:
        return f"Added by you {when}".strip()
    if not event.edited:
        return ""
    changes = changes_text(doc, event) or ("a note added" if event.note else "as read")
    return f"Edited {when}: {changes}" if when else f"Edited: {changes}"
