"""Acronyms and their long forms, read in time linear in the text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.core.actors import acronyms as acronyms_module
from viewer.core.actors.acronyms import acronyms as _acronyms

# The pattern the lanes used before: correct, but it backtracks over a run of
# capitalised words from each of its words (16,000 words took a minute).
_BACKTRACKING = re.compile(r"((?:[A-Z][\w'’\-]*\s+)(?:(?:of|the|for|and|on|[A-Z][\w'’\-]*)\s+)*?"
                           r"(?:[A-Z][\w'’\-]*))\s*\(([A-Z][A-Za-z]*[A-Z])\)")


def _reference(text):
    from viewer.core.actors.acronyms import matching_tail

    found = {}
    for m in _BACKTRACKING.finditer(text):
        words = matching_tail(m[1].split(), m[2])
        if words:
            name = f"{' '.join(words)} ({m[2]})"
            for key in (m[2].lower(), " ".join(words).lower(), name.lower()):
                found.setdefault(key, name)
    return found


def test_a_long_form_names_its_acronym():
    found = _acronyms("The Joint Operations Command (JOC) stated that the JOC would hold.")
    assert found["joc"] == "Joint Operations Command (JOC)"


def test_joining_words_stay_in_the_long_form():
    found = _acronyms("troops of the Islamic State of Iraq and the Levant (ISIL) withdrew")
    assert found["isil"] == "Islamic State of Iraq and the Levant (ISIL)"


def test_only_the_words_the_initials_spell_are_taken():
    found = _acronyms("Yesterday Baghdad said the Popular Mobilization Forces (PMF) advanced.")
    assert found["pmf"] == "Popular Mobilization Forces (PMF)"


def test_a_run_may_open_inside_a_word():
    assert _acronyms('said "Operation Desert Storm (ODS)"')["ods"] == "Operation Desert Storm (ODS)"


def test_no_long_form_no_acronym():
    assert _acronyms("the force (JOC) and Alpha, Beta (AB)") == {}


words = st.sampled_from(["Alpha", "Beta", "Gamma", "of", "the", "and", "x", "al-Delta", "(AB)", "(ABG)",
                         "(GD)", ",", "\n", "Élan", "Epsilon(AE)", '"Beta'])


@settings(max_examples=400, deadline=None)
@given(st.lists(words, max_size=30), st.sampled_from([" ", "  ", "\n", ""]))
def test_the_same_acronyms_as_the_backtracking_pattern(tokens, gap):
    text = gap.join(tokens)
    assert _acronyms(text) == _reference(text)


def test_a_run_of_capitalised_words_is_read_in_linear_time(monkeypatch):
    # Counted, not timed: the characters the backward walks look at. The old pattern looked at
    # the whole run again from each of its words (16,000 words took a minute).
    looked = []
    real = acronyms_module._WORD_CHARS_RE

    class Counting:
        def match(self, char):
            looked.append(char)
            return real.match(char)

    monkeypatch.setattr(acronyms_module, "_WORD_CHARS_RE", Counting())

    def looked_at(words):
        looked.clear()
        _acronyms(" ".join(["Alpha"] * words) + " (AB) " + " ".join(["Alpha"] * words) + " (ABCDEFGHIJ)")
        return len(looked)

    assert looked_at(16_000) == looked_at(4_000)  # only the words an acronym's letters need
    assert looked_at(16_000) <= 12 * len("Alpha ")
