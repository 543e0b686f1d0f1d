"""The names the reader, the chart and the window share, in a module that imports nothing.

The window's menus and its first paint use them before numpy and the reader are
imported; the chart and the events file reader use the same tuples.
"""

from __future__ import annotations

# How an event got its date: written in its sentence, carried over from an earlier one, none.
EXPLICIT, INFERRED, UNDATED = "explicit", "inferred", "undated"
DATINGS = (EXPLICIT, INFERRED, UNDATED)

# What a date is known to, finest first.
PRECISIONS = ("day", "week", "month", "season", "quarter", "half-year", "year", "decade", "century")

# How the chronology gives events their lanes.
LANE_MODES = ("actor", "section", "document", "single")
# The lane of an event whose sentence names no actor, and of one before the first heading:
# the same words on the chronology, in the details and in the table.
NO_ACTOR, NO_SECTION = "No actor", "No section"

# Files read as events rather than as text, by suffix.
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
JSON_SUFFIXES = frozenset({".json"})
EVENT_FILE_SUFFIXES = CSV_SUFFIXES | JSON_SUFFIXES
