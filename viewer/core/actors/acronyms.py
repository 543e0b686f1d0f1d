"""Acronyms a text defines, "Joint Operations Command (JOC)", and the long forms they stand for.

The long form is read backwards from the bracket, a word at a time, never by a pattern
that rescans a run of capitalised words from each of its words: a run of 16,000
capitalised words once took a minute.
"""

from __future__ import annotations

import re

# "(JOC)": an acronym in brackets.
_ACRONYM_RE = re.compile(r"\(([A-Z][A-Za-z]*[A-Z])\)")
_WORD_CHARS_RE = re.compile(r"[\w'’\-]")
_CONNECTORS = frozenset(("of", "the", "for", "and", "on"))


def acronyms(text: str) -> dict[str, str]:
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
    return matching_tail(words, acronym)


def matching_tail(words: list[str], acronym: str) -> list[str] | None:
    """The shortest tail of capitalised words whose initials spell the acronym."""
    capitals = [i for i, w in enumerate(words) if w[:1].isupper()]
    letters = acronym.upper()
    for k in range(len(capitals)):
        tail = capitals[k:]
        if "".join(words[i][0] for i in tail).upper() == letters:
            return words[tail[0]:]
    return None
