"""Asides a label leaves out: "(...)", "[...]" (citation marks among them) and " - ... - ".

Each is blanked, not removed: the text keeps its length, so the offsets of the expressions
the reader found in it still point at them.
"""

from __future__ import annotations

import re

_SPACED_DASH = r"[ \u00a0](?:--|[-–—_])[ \u00a0]"  # typed " -- ", and newswire's " _ ", are dashes too
# Innermost brackets first, so "(the 2nd (Guards) Division)" goes in two rounds; a dash aside
# is a pair of spaced dashes, or of em dashes written close ("the city—then a client state—fell").
_BRACKETS_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_DASHES_RE = re.compile(rf"{_SPACED_DASH}.*?{_SPACED_DASH}|—[^—]*—")
_OPEN_TO_END_RE = re.compile(r"[(\[].*", re.S)  # a bracket never closed: to the end
_ROUNDS = 3


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def without_asides(s: str) -> str:
    """``s`` with its asides blanked, the same length. A caller with many sentences asks first
    whether ``s`` holds "(", "[", "—", " – ", " - ", " -- " or " _ ": most hold none ("1914–1918" is a
    range, no aside)."""
    if "(" in s or "[" in s:
        for _ in range(_ROUNDS):
            s, n = _BRACKETS_RE.subn(_blank, s)
            if not n or ("(" not in s and "[" not in s):
                break
        if "(" in s or "[" in s:
            s = _OPEN_TO_END_RE.sub(_blank, s)
    if "—" in s or " – " in s or " - " in s or " _ " in s or " -- " in s:
        s = _DASHES_RE.sub(_blank, s)
    return s
