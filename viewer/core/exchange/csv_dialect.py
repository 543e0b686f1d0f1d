"""Which delimiter a CSV file of events uses: the 'sep=' line Excel writes, else the header's commonest."""

from __future__ import annotations

import io
import re

_SEP_LINE = re.compile(r"sep=.\r?\n")  # the line Excel writes to name its delimiter
_DELIMITERS = ",;\t"


def csv_delimiter(text: str, given: str | None = None) -> tuple[str, int]:
    """The delimiter, and the lines to skip before the header: 1 for a 'sep=' line, else 0.

    A 'sep=' line wins; else ``given`` (a .tsv's tab); else the one the header uses most.
    """
    if _SEP_LINE.match(text):
        return text[4], 1
    return given or sniff_delimiter(text), 0


def sniff_delimiter(text: str) -> str:
    """The commonest of , ; and tab in the first line (a header: no quoted separators)."""
    for line in io.StringIO(text[:65536], newline=""):
        if line.strip():
            counts = {d: line.count(d) for d in _DELIMITERS}
            best = max(counts, key=counts.__getitem__)
            return best if counts[best] else ","
    return ","
