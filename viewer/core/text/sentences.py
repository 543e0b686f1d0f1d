"""Sentence splitting with exact spans into the original text.

One left-to-right pass: a compiled regex finds every candidate break (a line end,
or terminal punctuation followed by a blank), and each candidate is judged from
a few characters on either side of it, so the cost stays linear in the text.
Offsets are str offsets into the text as read, ``\\r`` characters included.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from viewer.core.progress import Pacer
from viewer.core.text.citations import CITATION_RE


@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """``text[start:end]`` is sentence number ``index`` (counting from 0). Never changed once
    made: not frozen only for speed, as ``events.Event``."""

    index: int
    start: int
    end: int


# Written without the final dot; dotted initialisms (U.S., e.g., B.C.) and single
# letters (J. F. Kennedy, c. 1500) are recognised by shape instead.
_ABBREVIATIONS = frozenset(
    """Mr Mrs Ms Dr Gen Gens Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Brig Cmdr Lieut
    Gov Sen Rep Pres Prof Rev Hon St Mt Ft No Nos vs etc approx ca cf al Jr Sr
    Inc Co Corp Ltd Bros Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Fig fig Vol vol pp ed""".split()
)

# After an abbreviation these words make a new sentence the likelier reading:
# "in 146 B.C. The war ended" splits, "the U.S. Army" does not.
_SENTENCE_OPENERS = frozenset(
    """A An The This That These Those It Its He She They We His Her Their There
    In On At By As After Before During When While Since Until From With For
    Under Over Following Despite Although Though Because If Once However
    Meanwhile Later Then Also But And Thus Therefore Nevertheless Finally
    Eventually Subsequently Soon Shortly Instead Many Some Most Both Each All
    Several Another Other Such According Throughout Within Between Among""".split()
)

_OPENING_MARKS = "\"'“‘«([{"
_INITIALISM_RE = re.compile(r"[^\W\d_](?:\.[^\W\d_])*")
_WORD_RE = re.compile(r"(\w+)(\.?)")
_SPACE_RE = re.compile(r"\s*")
# Everything up to the last word of letters and dots: one pass, where searching for the word
# itself ("[\w.]*\Z") tries every position before it. It starts only where no word goes on
# from the left and never gives a word's letters back, so run from every place of a text (a
# long number) it reads each word once.
_BEFORE_LAST_WORD_RE = re.compile(r"(?<![\w.])(?:[\w.]*+[^\w.])*")
_LINE_SPACE_RE = re.compile(r"[^\S\r\n]*")
# What opens a piece of text before its sentence: blanks and runs of citation marks, in any
# order ("\n[13] An ...", " [a][b] The ..."), matched in one call.
_LEADING_RE = re.compile(rf"\s*(?:{CITATION_RE.pattern}\s*)*")

# A line end, or a run of marks with its closing quotes and citation. The look-behind starts a
# match only at the first mark of a run like "?!" or "...", so a long run is never re-scanned
# from each of its characters. The pattern starts with the character every break starts with,
# which the engine skips to (four times faster than "(?P<line_end>\r\n?|\n)|(?<![.!?…])[.!?…]+..."
# written plainly); "terminal" holds the run's marks after its first, and is unmatched at a line end.
_BREAK_RE = re.compile(
    r"[\r\n.!?…](?:(?<=\r)\n?|(?<=\n)"
    r"|(?<![.!?…][.!?…])(?P<terminal>[.!?…]*)[\"'”’»)\]]*"
    rf"(?:{CITATION_RE.pattern})?(?=\s|\Z))"
)


def split_sentences(text: str, unbroken: Sequence[tuple[int, int]] = (), pace: Pacer | None = None,
                    headings: Sequence[tuple[int, int]] = (), cuts: Iterable[int] | None = None) -> list[Sentence]:
    """Split ``text`` into sentences; blank and citation-only stretches are skipped, and so
    are the ``headings`` (sorted spans): a heading opens a section, it is no sentence.

    No sentence ends strictly inside an ``unbroken`` span (sorted ``(start, end)``
    pairs): a date written "c. 1500" or wrapped over a line stays in one sentence.
    ``pace`` is told the share of the text split as it goes. ``cuts``: the text's
    ``sentence_cuts``, where they were found already (elsewhere, meanwhile).
    """
    pace = pace or Pacer()
    size = len(text) or 1
    sentences: list[Sentence] = []
    leading = _LEADING_RE.match
    start = 0
    heading = 0
    if cuts is None:
        cuts = _cuts(text, pace.part(0.0, 0.6))
    for cut in [*_outside(cuts, unbroken), len(text)]:
        count = len(sentences)
        if not count & 255:
            pace(0.6 + 0.4 * start / size)
        # The sentence from ``start`` to ``cut``, without the blanks at its end and the blanks
        # and citation marks at its start ("[13] An ..."); nothing if that leaves nothing.
        end = cut
        if end > start and text[end - 1].isspace():
            end = start + len(text[start:end].rstrip())
        found = leading(text, start, end)  # it matches, if only the empty string
        first = found.end() if found else start
        if first < end:
            while heading < len(headings) and headings[heading][1] <= first:
                heading += 1
            if not (heading < len(headings) and headings[heading][0] <= first and end <= headings[heading][1]):
                sentences.append(Sentence(count, first, end))
        start = cut
    return sentences


def sentence_cuts(text: str) -> array[int]:
    """Where the sentences of ``text`` may end, before the dates in it are known (a cut inside
    one is left out then: ``split_sentences``): the first half of splitting, which needs only
    the text, and so may be done in another process while its dates are read."""
    return array("q", _cuts(text, Pacer()))


def _cuts(text: str, pace: Pacer) -> Iterator[int]:
    """Where the sentences end: before a line end that does not carry the sentence on, after
    the marks (with their closing quotes and citation) that close one. A break after marks
    ends a sentence if what follows can open one, and the marks are no abbreviation's dot
    (or the word after it opens sentences: "in 146 B.C. The war ended"); the tests are
    written out in the loop, which runs for every candidate."""
    size = len(text) or 1
    space = _SPACE_RE.match
    for k, match in enumerate(_BREAK_RE.finditer(text)):
        if not k & 511:
            pace(match.start() / size)
        terminal = match["terminal"]
        if terminal is None:  # a line end
            if not _continues_on_next_line(text, match.end()):
                yield match.start()
            continue
        end = match.end()
        blanks = space(text, end)
        following = blanks.end() if blanks else end
        if following == len(text):
            yield end
            continue
        if not _can_open_sentence(text[following]):
            continue
        at = match.start()
        if terminal or text[at] != "." or not _is_abbreviation(_word_before(text, at)) \
                or _is_sentence_opener(text, following):
            yield end


def cuts_inside(cuts: Sequence[int], spans: Sequence[tuple[int, int]]) -> bool:
    """Does one of ``cuts`` (``sentence_cuts``) fall inside one of ``spans`` (sorted): would the
    text split with these spans unbroken differ from the text split without them?"""
    return sum(1 for _ in _outside(cuts, spans)) != len(cuts)


def _outside(cuts: Iterable[int], spans: Sequence[tuple[int, int]]) -> Iterator[int]:
    """The cuts (ascending) that fall inside none of ``spans``."""
    k = 0
    for cut in cuts:
        while k < len(spans) and spans[k][1] <= cut:
            k += 1
        if k == len(spans) or cut <= spans[k][0]:
            yield cut


def _continues_on_next_line(text: str, line_start: int) -> bool:
    """Hard-wrapped prose: a line that starts in lowercase carries on the sentence."""
    blanks = _LINE_SPACE_RE.match(text, line_start)
    first = blanks.end() if blanks else line_start
    return first < len(text) and text[first].islower()


def _can_open_sentence(char: str) -> bool:
    # "not lower" rather than "upper" so that scripts without case still split.
    return char in _OPENING_MARKS or char.isdigit() or (char.isalpha() and not char.islower())


def _word_before(text: str, end: int) -> str:
    if end <= 0 or text[end - 1].isspace():
        return ""
    # Letters and dots only: "<b>c. 1500" and "(c. 1500" both end in the word "c". Read in
    # the 24 characters before (a copy: the pattern's look-behind never sees past them).
    start = max(0, end - 24)
    before = _BEFORE_LAST_WORD_RE.match(text[start:end])
    return text[start + before.end() if before else end:end]


def _is_abbreviation(word: str) -> bool:
    return word in _ABBREVIATIONS or _INITIALISM_RE.fullmatch(word) is not None


def _is_sentence_opener(text: str, start: int) -> bool:
    match = _WORD_RE.match(text, start)
    # "J. A. Smith": an initial is not the article "A".
    return match is not None and not match[2] and match[1] in _SENTENCE_OPENERS
