"""A colour per lane, the same on the chronology, in the table and in the details.

Taken from the lane's name (a stable hash into a palette), so a lane keeps its colour
whatever else is open and in every lane mode; a colour the user chose (Edit: Lane Colour…)
comes first. The palette is Okabe and Ito's, made to be
told apart with the common colour-vision deficiencies, in a lighter and a darker version
so it reads on light and on dark themes alike.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping

from PySide6.QtGui import QColor, QPalette

# Okabe-Ito without black and yellow (too close to the background on one theme or the
# other), plus two neutral-ish tones; each as (on a light background, on a dark one).
_PALETTE = (
    ("#0072B2", "#56B4E9"),  # blue / sky blue
    ("#D55E00", "#F08A4B"),  # vermillion
    ("#009E73", "#3CC79E"),  # bluish green
    ("#CC79A7", "#E0A3C6"),  # reddish purple
    ("#E69F00", "#F5B93D"),  # orange
    ("#5D6D7E", "#AEB6BF"),  # slate
    ("#8E5A2B", "#C89566"),  # brown
    ("#6A51A3", "#A89BD6"),  # violet
)
NEUTRAL = ("#7F7F7F", "#A0A0A0")  # the lanes of no actor and no section


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def lane_colour(name: str | None, dark: bool = False) -> QColor:
    """The colour of the lane ``name`` (None: no actor or section) on a light or dark theme."""
    from viewer.core.kinds import NO_ACTOR, NO_SECTION

    chosen = user_colour(name)
    if chosen is not None:
        return chosen
    if not name or name in (NO_ACTOR, NO_SECTION):
        return QColor(NEUTRAL[dark])
    pair = _PALETTE[zlib.crc32(name.encode("utf-8", "surrogatepass")) % len(_PALETTE)]
    return QColor(pair[dark])


# The user's colours (Edits.colours of the lane mode shown), by lane name: set by EditActions,
# read on every lookup, so whatever is drawn during a layout draws the layer of that moment.
_user_colours: Callable[[], Mapping[str, str]] | None = None


def set_user_colours(source: Callable[[], Mapping[str, str]] | None) -> None:
    """Where the user's lane colours come from (None: only the palette's)."""
    global _user_colours
    _user_colours = source


def user_colour(name: str | None) -> QColor | None:
    """The colour the user chose for the lane ``name``, if any."""
    if _user_colours is None or name is None:
        return None
    chosen = _user_colours().get(name)
    return QColor(chosen) if chosen else None
