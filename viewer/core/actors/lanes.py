"""Actor lanes: who each sentence is about, from the subject of its main clause.

Rule-based and linear: each sentence is tokenised once; leading adverbials
("Meanwhile,", "On 29 October,", "Following the loss of ...,") are stepped over,
the main verb is found from a list of reporting and action verbs plus a shape
heuristic, and the words before it are the subject. "It", "He", "She", "They"
carry the previous sentence's actor on; an acronym defined in the text
("Joint Operations Command (JOC)") names the same actor as its long form.
"""

from __future__ import annotations

import re

from viewer.core.progress import Pacer
from viewer.core.text.citations import strip_citations
from viewer.core.text.sentences import Sentence

_TOKEN_RE = re.compile(r"[^\W_](?:[\w'’.\-]*[\w’])?|[,;:()\"“”]")
# "(JOC)": an acronym in brackets. Its long form is read backwards from the bracket
# (see _long_form), never by a pattern that rescans a run of capitalised words from
# each of its words.
_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)")
_WORD_CHARS_RE = re.compile(r"[\w'’\-]")
_CONNECTORS = frozenset(("of", "the", "for", "and", "on"))

_PRONOUNS = frozenset("It He She They".split())
# Subjects that name nobody in particular.
_NOT_ACTORS = frozenset(
    """nobody no-one everyone everybody someone somebody anyone nothing something everything
    this that these those there here i we you one many some most all both each none few
    several others other another such what which who this""".split()
)
_ARTICLES = frozenset("the a an The A An".split())
_SKIP_WORDS = frozenset(
    """Meanwhile Later Then However Also Subsequently Eventually Finally Soon Shortly
    Afterwards Afterward Earlier Today Yesterday Nevertheless Thus Therefore Instead
    Initially Originally Moreover Furthermore Additionally Still Next Consequently
    Overall Ultimately Nonetheless Similarly Likewise Indeed Again Now""".split()
)
# A clause opened by these runs to its first comma ("Following the loss of X, ...").
_CLAUSE_OPENERS = frozenset(
    """On In At After Before During Following When While Since Although Though Because
    As By Despite Until From With Under According Once If Upon Throughout Within Between
    Among Amid Amidst Around Over Towards Toward Without Unlike Like Having Along
    Beginning Starting Prior""".split()
)
_ADVERBS = frozenset(
    """also then later later, subsequently again soon still thereafter reportedly
    allegedly initially eventually finally only further officially publicly first
    not never already immediately repeatedly""".split()
)
_VERBS = frozenset(
    """stated said announced declared reported claimed captured launched took attacked
    seized ordered confirmed denied added told wrote was were is are had has have did
    led began started became made fought won lost entered withdrew retreated advanced
    killed signed met sent returned arrived left died married published founded built
    warned urged called asked accused praised condemned vowed pledged promised agreed
    rejected refused decided appointed elected invaded occupied liberated recaptured
    retook destroyed bombed shelled surrounded besieged stormed repelled defeated
    crossed reached moved marched deployed halted suspended resumed ended opened
    closed issued released received gave held visited says states announces declares
    reports claims captures launches takes attacks seizes orders confirms denies adds
    tells writes leads begins starts becomes makes fights wins loses enters withdraws
    retreats advances kills signs meets sends returns arrives leaves dies will would
    could can may might must should shall remained continued tried sought aimed
    planned hoped believed insisted noted explained suggested argued estimated""".split()
)
_BE = frozenset("was were is are been being be".split())
_NOT_VERBS_ED = frozenset("red bed need speed seed breed shed hundred".split())
_SUBJECT_CUT = frozenset(
    """in at from to on with near during after before since who which that whose whom
    within across against under over into""".split()
)
_MAX_SUBJECT = 12


def actor_lanes(text: str, sentences: list[Sentence], pace: Pacer | None = None) -> list[str | None]:
    """One actor per sentence (None where there is no clear subject)."""
    pace = pace or Pacer()
    acronyms = _acronyms(text)
    names: dict[str, str] = {}
    out: list[str | None] = []
    previous: str | None = None
    count = len(sentences) or 1
    for k, sentence in enumerate(sentences):
        if not k & 255:
            pace(k / count)
        words = _TOKEN_RE.findall(strip_citations(text[sentence.start:sentence.end])[:600])
        subject = _subject(words)
        if subject in _PRONOUNS:
            lane = previous
        else:
            lane = _lane_name(subject, acronyms, names) if subject else None
        out.append(lane)
        previous = lane
    return out


def _acronyms(text: str) -> dict[str, str]:
    """Acronym and long form (lower-cased) -> 'Long Form (ACR)', for matching initials."""
    found: dict[str, str] = {}
    for m in _ACRONYM_RE.finditer(text):
        acronym = m[1]
        long_words = _long_form(text, m.start(), acronym)
        if long_words:
            long_form = " ".join(long_words)
            name = f"{long_form} ({acronym})"
            found.setdefault(acronym.lower(), name)
            found.setdefault(long_form.lower(), name)
            found.setdefault(name.lower(), name)
    return found


def _long_form(text: str, bracket: int, acronym: str) -> list[str] | None:
    """The words before ``bracket`` whose capitalised initials spell ``acronym``.

    Read backwards, a word at a time, from the bracket: capitalised words and the
    joining words "of the for and on", separated by spaces, the last one capitalised.
    The walk ends at the first other word or mark, or once it has as many capitalised
    words as the acronym has letters, so it never passes another acronym's bracket:
    all the walks together read the text at most once.
    """
    i = bracket
    while i > 0 and text[i - 1].isspace():
        i -= 1
    words: list[str] = []
    capitals = 0
    while capitals < len(acronym):
        j = i
        while j > 0 and _WORD_CHARS_RE.match(text[j - 1]):
            j -= 1
        word = text[j:i]
        whole = j == 0 or text[j - 1].isspace()
        if whole and word[:1].isascii() and word[:1].isupper():
            words.append(word)
            capitals += 1
        elif whole and word in _CONNECTORS and words:
            words.append(word)
        else:  # a run can open inside a word ("al-Abadi" opens at "Abadi")
            first = next((k for k, c in enumerate(word) if c.isascii() and c.isupper()), None)
            if first is not None and words:
                words.append(word[first:])
                capitals += 1
            break
        if not whole or j == 0:
            break
        i = j
        while i > 0 and text[i - 1].isspace():
            i -= 1
        if i == j:
            break
    words.reverse()
    return _matching_tail(words, acronym)


def _matching_tail(words: list[str], acronym: str) -> list[str] | None:
    """The shortest tail of capitalised words whose initials spell the acronym."""
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    letters = acronym.upper()
    for k in range(len(capitals)):
        tail = capitals[k:]
        if "".join(words[i][0] for i in tail).upper() == letters:
            return words[tail[0]:]
    return None


def _subject(words: list[str]) -> str | None:
    """The words of the main clause's subject, or None when there is no clear one."""
    words = _skip_opening(words)
    verb = _main_verb(words)
    if verb is None or verb == 0 or _is_passive(words, verb):
        return None
    subject = _trim_subject(words[:verb])
    return " ".join(subject) if subject else None


def _skip_opening(words: list[str]) -> list[str]:
    while words:
        first = words[0]
        if first in _SKIP_WORDS:
            words = words[2:] if words[1:2] == [","] else words[1:]
        elif first.capitalize() in _CLAUSE_OPENERS:  # "Later on the same day, ..."
            comma = _top_level_comma(words)
            words = words[comma + 1:] if comma is not None else _after_last_article(words[1:])
        elif first in "\"“":
            words = words[1:]
        else:
            return words
    return words


def _top_level_comma(words: list[str]) -> int | None:
    depth = 0
    for i, w in enumerate(words):
        depth += (w == "(") - (w == ")")
        if w == "," and depth == 0:
            return i
        if w in _VERBS and words[i - 1][:1].isupper():
            return None  # "On 29 October the JOC announced that ...": no comma closes it
    return None


def _after_last_article(words: list[str]) -> list[str]:
    """Without a comma, the subject starts at the last article or name before the verb."""
    verb = _main_verb(words)
    if verb is None:
        return []
    start = 0
    for i in range(verb):
        if words[i] in _ARTICLES or words[i][:1].isdigit():
            start = i + (words[i][:1].isdigit())
    while start < verb and words[start][:1].isdigit():
        start += 1
    return words[start:]


def _main_verb(words: list[str]) -> int | None:
    depth = 0
    for i, w in enumerate(words[: _MAX_SUBJECT * 3]):
        depth += (w == "(") - (w == ")")
        if depth == 0 and (w.lower() in _ADVERBS and i > 0 or _is_verb(words, i)):
            return i
        if w in ";:":
            return None
    return None


def _is_verb(words: list[str], i: int) -> bool:
    w = words[i]
    if not w.islower() or i == 0:
        return False
    if w in _VERBS:
        return True
    before = words[i - 1]
    if before in _ARTICLES or before.lower() in ("and", "or", "of"):
        return False
    if w.endswith("ed") and len(w) > 4 and w not in _NOT_VERBS_ED:
        return True
    # "Yarallah says": an -s word straight after a name
    return w.endswith("s") and not w.endswith("ss") and before[:1].isupper() and before not in _ARTICLES


def _is_passive(words: list[str], verb: int) -> bool:
    """'was suspended', 'had been killed': the subject is not the one acting."""
    i = verb
    while i < len(words) and (words[i] in ("had", "has", "have") or words[i] in _ADVERBS):
        i += 1
    if i >= len(words) or words[i] not in _BE:
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    return following.endswith(("ed", "en")) or following in ("taken", "held", "led", "made", "built", "left")


def _trim_subject(words: list[str]) -> list[str]:
    """Drop an appositive after a comma and a trailing prepositional phrase."""
    if "," in words and not any(w in ("and", "or") for w in words):
        words = words[: words.index(",")]
    for i, w in enumerate(words):
        if w in _SUBJECT_CUT and i > 0:
            words = words[:i]
            break
    if len(words) == 1 and words[0].lower() in _NOT_ACTORS:
        return []
    named = any(w[:1].isupper() for w in words if w not in _ARTICLES)
    if len(words) > _MAX_SUBJECT or not named:
        return [] if len(words) != 1 or words[0] not in _PRONOUNS else words
    return words


def _lane_name(subject: str, acronyms: dict[str, str], names: dict[str, str]) -> str | None:
    subject = re.sub(r"\s+([,)])", r"\1", re.sub(r"\(\s+", "(", subject))
    subject = re.sub(r"^(?:The|the)\s+", "", subject).strip(" ,\"“”'")
    if not subject:
        return None
    key = subject.lower()
    name = acronyms.get(key) or names.setdefault(key, subject)
    return name
