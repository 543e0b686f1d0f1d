"""How the event layer draws an event: its shape, its dating, and how strongly it folds.

A drawing class is a shape (a day marker, a bar known to the day, a vague bar) by
whether the dating was inferred; a folded pixel is strong (explicit and precise) or
weak (inferred or vague).
"""

from __future__ import annotations

MARKER, BAR, VAGUE_BAR = 0, 1, 2  # a day; a span known to the day; a month, year, decade...
CLASSES = [(kind, inferred) for kind in (MARKER, BAR, VAGUE_BAR) for inferred in (False, True)]
WEAK, STRONG = 1, 2  # kinds of folded pixel: inferred or vague; explicit and precise


def fold_strength(kind: int, inferred: bool) -> int:
    """STRONG for explicit events known to the day, else WEAK."""
    return STRONG if kind != VAGUE_BAR and not inferred else WEAK


def strong_classes() -> int:
    """A bit per drawing class (bit c for CLASSES[c]) that folds into strong pixels."""
    return sum(1 << c for c, (kind, inferred) in enumerate(CLASSES) if fold_strength(kind, inferred) == STRONG)
