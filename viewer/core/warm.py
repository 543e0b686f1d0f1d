"""Imported by a fork server (``forked.serve``) to make the reader's tables there once: every
process forked from it then has the rules' patterns compiled and the gazetteer read, and starts
on its share of a reading at once (each would otherwise spend about 0.1 s making them)."""

from viewer.core.actors.gazetteer import gazetteer
from viewer.core.timex.rules import rules

for _bc in (False, True):
    for _news in (False, True):
        rules(_bc, _news)
gazetteer()
