"""Wikipedia citation marks: ``[13]``, ``[a]``, ``[note 2]``, ``[citation needed]``...

Text copied out of Wikipedia is full of them; they are noise in a sentence shown
to a user, and a mark that opens a line must not be taken for part of a sentence.
Editorial brackets such as ``[sic]``, ``[in]`` or ``[the King's]`` are kept: only
reference numbers, single-letter notes and the maintenance tags Wikipedia
prints are marks.
"""

from __future__ import annotations

import re

_SPACE = r"[ \u00a0]"
_DASH = r"[ \u00a0]?[–—-][ \u00a0]?"

# Years in brackets are real content for a chronology, hence at most three digits.
_NUMBERED = r"\d{1,3}"
_LETTERED = r"[a-z]"
_NOTE = rf"(?:[Nn]ote|NB|nb|[Nn]){_SPACE}?(?:\d{{1,3}}|[a-z])"
# "citation needed", "better source needed", "full citation needed"...
_NEEDED = rf"(?:[A-Za-z][\w'-]{{0,20}}{_SPACE}){{0,3}}needed"
_TAGS = "|".join(
    [
        r"(?:by|according{_S}to){_S}whom\?",
        r"who\?|when\?|where\?|which\?|why\?|how\?|which{_S}one\?|by{_S}how{_S}much\?",
        r"(?:dubious|disputed){_D}discuss",
        r"original{_S}research\?|improper{_S}synthesis\?|unreliable{_S}(?:medical{_S})?source\?",
        r"failed{_S}verification|not{_S}in{_S}citation{_S}given|(?:permanent{_S})?dead{_S}link",
        r"vague|clarify|specify|quantify|contradictory|self-published{_S}source",
        r"citation{_S}not{_S}found|irrelevant{_S}citation|update\?|year\?|date{_S}missing",
    ]
).format(_S=_SPACE, _D=_DASH)

_PAGES = r"(?::\d{1,4}(?:[–-]\d{1,4})?)?"  # the "[1]:23" page-number style
_MARK = rf"\[(?:{_NUMBERED}\]{_PAGES}|(?:{_LETTERED}|{_NOTE}|{_NEEDED}|(?i:{_TAGS}))\])"

CITATION_RE = re.compile(rf"(?:{_MARK})+")
"""One run of citation marks written together, e.g. ``[13][14]`` is one match."""

_NO_SPACE_BEFORE = frozenset(".,;:!?)]}…”’")
_BLANK = r"[ \t\u00a0]"
# Runs apart ("[2] [3]") are one match, since a match's trailing blanks cannot
# also open the next. The look-behind tries a run of blanks once, from its start,
# which keeps sub() linear.
_MARK_WITH_BLANKS_RE = re.compile(
    rf"(?<!{_BLANK})(?P<lead>{_BLANK}*)"
    rf"{CITATION_RE.pattern}(?:{_BLANK}+{CITATION_RE.pattern})*"
    rf"(?P<trail>{_BLANK}*)"
)


def citation_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of citation marks, in order."""
    return [match.span() for match in CITATION_RE.finditer(text)]


def strip_citations(s: str) -> str:
    """Remove citation marks and tidy the blanks that the removal leaves behind."""
    if "[" not in s:  # most sentences have none: skip the regex
        return s.strip()
    return _MARK_WITH_BLANKS_RE.sub(_blank_left_behind, s).strip()


def _blank_left_behind(match: re.Match[str]) -> str:
    text = match.string
    at_line_start = match.start() == 0 or text[match.start() - 1] in "\r\n"
    following = text[match.end() : match.end() + 1]
    if at_line_start or following in ("", "\r", "\n") or following in _NO_SPACE_BEFORE:
        return ""
    return " " if match["lead"] or match["trail"] else ""
