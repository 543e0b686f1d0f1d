"""Actor lanes: who does the main action of each sentence, one lane per actor.

Each sentence's subject is found (``subjects``), read as a mention of an actor
(``mentions``: a country, people or alliance of the data files, an acronym the text
defines, a name, a pronoun), and given its lane (``aliases``: one lane per actor,
whatever the text calls it). "It", "He", "She", "They" and "His army" carry the
previous sentence's lane on. A heading (a line without a full stop) and a sentence with
no nameable actor have none.

How a country's forces are laned: a unit qualified by a known actor is that actor's
("the German army", "the Polish 5th Army" and "the Wehrmacht" are Germany). A Gantt with
one lane per power reads at a glance; a lane per division would split a country's
story over dozens of lanes of one or two events each, and the sentence still says which
unit it was. A unit with no known qualifier keeps its own name ("the Red Army", "the
army's 7th Division"), and a leader's army is the leader's ("Lee's army").

Linear in the text: each sentence's first two hundred characters are read once, the
acronyms by one backward walk each, the full names in bounded windows around the places a
surname is used alone (``names``), and a capitalised word that opens a sentence is checked
against the text near it once (``aliases``); the windows together search at most a fixed
multiple of the text, however many names it has.
"""

from __future__ import annotations

from viewer.core.actors.acronyms import acronyms
from viewer.core.actors.aliases import LaneNames
from viewer.core.actors.gazetteer import gazetteer
from viewer.core.actors.mentions import PRONOUN, Mention, Reader
from viewer.core.actors.subjects import HEAD_CHARS, find_subject, sentence_words
from viewer.core.progress import Pacer
from viewer.core.text.citations import strip_citations
from viewer.core.text.sentences import Sentence

_ENDS = frozenset(".!?…:")
_CLOSING = "\"'”’)»"


def actor_lanes(text: str, sentences: list[Sentence], pace: Pacer | None = None) -> list[str | None]:
    """One actor per sentence (None where no actor can be named)."""
    pace = pace or Pacer()
    facts = gazetteer()
    reader = Reader(facts, acronyms(text))
    count = len(sentences) or 1
    mentions: list[tuple[Mention | None, int]] = []
    for k, sentence in enumerate(sentences):
        if not k & 255:
            pace(0.8 * k / count)
        start, end = sentence.start, sentence.end
        if end <= start or (text[end - 1] != "." and _names_no_one(text, sentence)):
            mentions.append((None, start))
            continue
        head = text[start:end if end - start < HEAD_CHARS else start + HEAD_CHARS]
        if "[" in head:
            head = strip_citations(head)
        subject = find_subject(sentence_words(head))
        mentions.append((reader.mention(subject) if subject is not None else None, start))
    names = LaneNames(text, facts, mentions)
    lane_of = names.key
    keys: list[str | None] = []
    key: str | None = None  # the previous sentence's, for "He", "It", "They"
    for k, (mention, position) in enumerate(mentions):
        if not k & 1023:
            pace(0.8 + 0.2 * k / count)
        if mention is not PRONOUN:
            key = lane_of(mention, position) if mention is not None else None
        keys.append(key)
    shown = names.shown({key for key in keys if key is not None})
    return [shown[key] if key is not None else None for key in keys]


def _names_no_one(text: str, sentence: Sentence) -> bool:
    """A heading (a line with no full stop: "War breaks out in Europe") or a question: no event's actor."""
    tail = text[max(sentence.start, sentence.end - 60):sentence.end]
    if "[" in tail:
        tail = strip_citations(tail)
    tail = tail.rstrip().rstrip(_CLOSING)
    return bool(tail) and (tail[-1] not in _ENDS or tail[-1] == "?")
