"""Events: every sentence, dated by its own expression or carrying the date of the event before it."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from viewer.core.dates.calendar import Interval
from viewer.core.dates.values import interval_of
from viewer.core.kinds import EXPLICIT, INFERRED, UNDATED
from viewer.core.labels.gist import label_of
from viewer.core.progress import Pacer
from viewer.core.text.citations import strip_citations
from viewer.core.text.headings import Heading
from viewer.core.text.sentences import Sentence
from viewer.core.timex.asides import line_side
from viewer.core.timex.finding import Timex, connected


@dataclass(slots=True, unsafe_hash=True)
class Event:
    """One sentence on the chronology.

    Never changed once made (an edit makes a new one: ``dataclasses.replace``). Not a frozen
    dataclass only because building one costs nine times as long (a 10 MB text makes 55,000,
    0.12 s of its reading): every test holds it to that instead (``tests/conftest.py``).

    ``timex`` is the index of the expression that dates it (explicit), ``anchor`` the
    index of the expression its date was carried over from (inferred).
    """

    sentence: Sentence
    title: str
    value: str | None
    interval: Interval | None
    dating: str
    timex: int | None = None
    anchor: int | None = None
    lane: str | None = None
    section: str | None = None  # the heading the event comes under; None before the first
    label: str = ""  # the gist of the title, short enough for the chart to draw beside its mark
    # What the user changed (core/edits): the note, when, and the reading it replaced (None:
    # as read; an event the user added has itself as it was first made).
    note: str = ""
    edited_at: str = ""
    original: Event | None = None
    added: bool = False

    @property
    def edited(self) -> bool:
        return self.original is not None or self.added

    @property
    def precision(self) -> str | None:
        return self.interval.precision if self.interval else None


def timexes_by_sentence(sentences: list[Sentence], timexes: list[Timex]) -> list[list[int]]:
    """For each sentence, the indices of the expressions that start inside it."""
    return _by_sentence([s.start for s in sentences], [s.end for s in sentences], [t.start for t in timexes])


def _by_sentence(starts: Sequence[int], ends: Sequence[int], begins: Sequence[int]) -> list[list[int]]:
    """``timexes_by_sentence`` of the sentences from ``starts`` to ``ends``, for the expressions
    that start at ``begins``."""
    out: list[list[int]] = [[] for _ in starts]
    for i, begin in enumerate(begins):
        k = bisect.bisect_right(starts, begin) - 1
        if k >= 0 and begin < ends[k]:
            out[k].append(i)
    return out


# Sentences labelled at a time by ``labels_taken``: a turn of a few ms.
LABELS_AT_A_TIME = 2048


def labels_taken(text: str, starts: Sequence[int], ends: Sequence[int], dates: tuple[Sequence[int], Sequence[int]],
                 turns: Iterable[int]) -> dict[int, list[str]]:
    """The labels of the sentences from ``starts`` to ``ends`` (those of ``build_events``), for
    each batch of ``LABELS_AT_A_TIME`` the ``turns`` give, by its number; ``dates``: where the
    document's expressions start and end. The work two processes may share (``forked.Turns``):
    a label needs only its sentence and the dates in it."""
    begins, stops = dates
    out: dict[int, list[str]] = {}
    for turn in turns:
        first, last = turn * LABELS_AT_A_TIME, min(len(starts), (turn + 1) * LABELS_AT_A_TIME)
        batch: list[str] = []
        if first < last:  # the expressions that start in the batch's sentences, by sentence
            skip = bisect.bisect_left(begins, starts[first])
            inside = _by_sentence(starts[first:last], ends[first:last],
                                  begins[skip:bisect.bisect_left(begins, ends[last - 1])])
        for k in range(first, last):
            start = starts[k]
            s = text[start:ends[k]]
            indices = inside[k - first]
            batch.append(label_of(s, [(begins[skip + i] - start, stops[skip + i] - start) for i in indices])
                         if indices else label_of(s))
        out[turn] = batch
    return out


def _dating_timexes(timexes: list[Timex], indices: list[int]) -> list[int]:
    return [i for i in indices if timexes[i].type != "DURATION" and interval_of(timexes[i].value)]


def _on_the_line(text: str, timexes: list[Timex], dated: list[int], carried: Interval | None) -> list[int]:
    """The expressions that may date their sentence: not a year it looks back to, earlier than
    the event before ('the largest battle since 1813'), nor one a prospective clause tells
    ('which would be signed in 1920'), once the story has a date."""
    if carried is None:
        return dated
    out = []
    for i in dated:
        side = line_side(text, timexes[i].start)
        if side > 0:
            continue
        if side < 0:  # the interval is asked for only here: most expressions are on the line
            interval = interval_of(timexes[i].value)
            if interval is not None and interval.last < carried.first:
                continue
        out.append(i)
    return out


def _span(text: str, timexes: list[Timex], dated: list[int]) -> Interval | None:
    """The first expression's interval, stretched over a range ('from 3 to 9 May')."""
    first = interval_of(timexes[dated[0]].value)
    if first is not None and len(dated) > 1 and connected(text, timexes[dated[0]], timexes[dated[1]]):
        second = interval_of(timexes[dated[1]].value)
        if second is not None and second.last > first.first:
            return Interval(first.first, second.last, first.precision)
    return first


def build_events(
    text: str, sentences: list[Sentence], timexes: list[Timex],
    lanes: list[str | None] | Callable[[], list[str | None]] | None = None,
    pace: Pacer | None = None, headings: Sequence[Heading] = (), document_date: str | None = None,
    labels: Callable[[Pacer], list[str]] | None = None,
) -> list[Event]:
    """One event per sentence, labelled (labels/gist.py); ``lanes`` gives each sentence's actor
    (or is asked for them once the rest of every event is made: they may be found meanwhile,
    elsewhere), ``headings`` its section. ``document_date`` (YYYY-MM-DD), the day a news text
    was written, dates what comes before its first dated sentence (the headline, the first
    lines): inferred, with no expression to anchor it (``anchor`` None). ``labels``: asked for
    every sentence's label (``labels_taken``'s) after the rest of every event, with the share
    of the progress that is theirs, where they are not made here."""
    pace = pace or Pacer()
    rows_share = _ROWS_SHARE if labels is None else _ROWS_WITHOUT_LABELS
    written = interval_of(document_date) if document_date else None
    sections = _sections(sentences, headings)
    heading_dates = _heading_dates(sentences, headings, timexes)
    # Each event's fields but its lane and label, in Event's order: sentence, title, value,
    # interval, dating, timex, anchor, (lane,) section; and the labels, made here or not.
    rows: list[tuple[Sentence, str, str | None, Interval | None, str, int | None, int | None, str | None]] = []
    made: list[str] = []
    # What a sentence without a date carries: the event before it's date (its expression and
    # interval), not the last expression read ("On 1 September 1939, Germany - a client state in
    # 1939 - attacked. France declared war." carries 1 September 1939).
    last: int | None = None
    carried: Interval | None = None
    intervals: dict[Interval, Interval] = {}
    count = len(sentences) or 1
    for sentence, indices, section, heading_date in zip(
            sentences, timexes_by_sentence(sentences, timexes), sections, heading_dates):
        if not len(rows) & 1023:
            pace(rows_share * len(rows) / count)
        if heading_date is not None:  # "1918", "Eastern Theater 1861-1863": the section's date
            last = heading_date
            carried = interval_of(timexes[last].value)
        # The sentence's text is sliced once: its title and its label are made from it.
        start = sentence.start
        s = text[start:sentence.end]
        title = strip_citations(s)
        if indices:
            if labels is None:
                made.append(label_of(s, [(timexes[i].start - start, timexes[i].end - start) for i in indices]))
            dated = _on_the_line(text, timexes, _dating_timexes(timexes, indices), carried)
        else:  # most sentences: no expression of their own
            if labels is None:
                made.append(label_of(s))
            dated = indices
        if dated:
            t = dated[0]
            interval = _span(text, timexes, dated)
            if interval is not None:  # one object for each span of days: a dense text repeats them
                interval = intervals.setdefault(interval, interval)
            rows.append((sentence, title, timexes[t].value, interval, EXPLICIT, t, None, section))
            last, carried = _carried(timexes, dated, interval)
        elif last is not None:
            rows.append((sentence, title, timexes[last].value, carried, INFERRED, None, last, section))
        elif written is not None:  # a headline, a first line: the day of writing
            rows.append((sentence, title, document_date, written, INFERRED, None, None, section))
        else:
            rows.append((sentence, title, None, None, UNDATED, None, None, section))
    if labels is not None:
        made = labels(pace.part(rows_share, _ROWS_SHARE))
    if callable(lanes):
        lanes = lanes()
    lanes = lanes or [None] * len(rows)
    events: list[Event] = []
    for first in range(0, len(rows), _AT_A_TIME):  # a report between, for a Cancel
        pace(_ROWS_SHARE + (1 - _ROWS_SHARE) * first / count)
        events += [Event(one, title, value, interval, dating, timex, anchor, lane, section, label)
                   for (one, title, value, interval, dating, timex, anchor, section), lane, label
                   in zip(rows[first:first + _AT_A_TIME], lanes[first:first + _AT_A_TIME],
                          made[first:first + _AT_A_TIME])]
    return events


_ROWS_SHARE = 0.9  # of the events' time: their fields; the rest, making them with their lanes
_ROWS_WITHOUT_LABELS = 0.4  # their fields but the labels (half the time: ``labels_taken``)
_AT_A_TIME = 8192


def _carried(timexes: list[Timex], dated: list[int], interval: Interval | None) -> tuple[int, Interval | None]:
    """What the sentences after an event carry: the event's own date, or a later date its
    sentence goes on to, as precise ('met on 12 June and again on 14 June'). An aside ('- a
    client state in 1939 -', 'founded in 1918') is coarser or earlier, and is not carried."""
    own = dated[0]
    if interval is None:
        return own, interval
    for i in reversed(dated[1:]):
        later = interval_of(timexes[i].value)
        as_precise = later is not None and later.last - later.first <= interval.last - interval.first
        if later is not None and as_precise and later.first > interval.first:
            return i, later
    return own, interval


def _sections(sentences: list[Sentence], headings: Sequence[Heading]) -> list[str | None]:
    """Each sentence's section: the text of the last heading before it."""
    out: list[str | None] = []
    k, current = 0, None
    for sentence in sentences:
        while k < len(headings) and headings[k].start < sentence.start:
            current = headings[k].text
            k += 1
        out.append(current)
    return out


def _heading_dates(sentences: list[Sentence], headings: Sequence[Heading], timexes: list[Timex]) -> list[int | None]:
    """For the first sentence after a heading that holds a date, that date's expression: what
    the section's sentences without a date of their own carry over."""
    out: list[int | None] = [None] * len(sentences)
    starts = [t.start for t in timexes]
    k = 0
    for heading in headings:
        inside = range(bisect.bisect_left(starts, heading.start), bisect.bisect_left(starts, heading.end))
        dated = _dating_timexes(timexes, list(inside))
        while k < len(sentences) and sentences[k].start < heading.end:
            k += 1
        if dated and k < len(sentences):
            out[k] = dated[-1]
    return out
