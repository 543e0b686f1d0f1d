"""What a fork server's processes start with (``forked.serve(["viewer.core.warm"])``): the reader
imported and its tables made once there, so that every process forked from it has the rules'
patterns compiled and the gazetteer read, and starts on its share of a reading at once (each
would otherwise spend about 0.1 s making them, and as long making their RE2 patterns)."""

import viewer.core.document
import viewer.core.events
import viewer.core.timex.finding  # noqa: F401  # (the search, the walk)
from viewer.core.actors.gazetteer import gazetteer
from viewer.core.actors.lanes import actor_lanes  # noqa: F401
from viewer.core.timex.rules import rules
from viewer.core.timex.search import prefilters_made

for _bc in (False, True):
    for _news in (False, True):
        rules(_bc, _news)
# The RE2 patterns of the common table (no years BC, no date of writing: most texts); another
# table's are made by a process as it needs them (0.02 s). All four would keep a read that starts
# as the server does waiting 0.07 s longer for it.
prefilters_made(False, False)
gazetteer()
