"""What one view of the chronology shows: the visible items as shapes or folded pixels.

The visible pass of the event layer, without Qt: ``searchsorted`` finds each class and
lane's window in time, the rows out of view and the items not shown are dropped, and
what is too crowded to draw one by one is folded (from the pyramid when it is many).
Everything is in device pixels; the Frame also lists every item it drew, for the labels.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from viewer.core.chart.drawing_classes import CLASSES, MARKER, STRONG, VAGUE_BAR, WEAK, fold_strength
from viewer.core.chart.fold import Fold
from viewer.core.chart.fold_pyramid import pyramid_unit
from viewer.core.chart.layer_items import LayerItems

MAX_SHAPES = 20_000  # beyond this, shapes cost more than they show: fold the class
PYRAMID_EVENTS = 50_000  # more visible than this and pixels of at least a pyramid bin: fold from it
MIN_BAR_PX = 3.0  # a bar is drawn at least this wide, so a short span stays a visible mark


def underlay_class(c: int) -> bool:
    """Carried-over coarse dates: thin lines under a lane's first row."""
    kind, inferred = CLASSES[c]
    return kind == VAGUE_BAR and inferred


@dataclass(frozen=True)
class ViewGeometry:
    """A view in device pixels: device x = x * sx + dx; chart row r's top at r * sy + dy;
    rows [row0, row1) in view, whole or in part; day markers ``marker`` pixels wide."""

    x0: float
    x1: float
    sx: float
    dx: float
    sy: float
    dy: float
    row0: int
    row1: int
    marker: int
    top: float = -np.inf  # the view's top and bottom edge (device y): rows cut by them get no label
    bottom: float = np.inf

    @property
    def left(self) -> float:
        return self.x0 * self.sx + self.dx

    @property
    def right(self) -> float:
        return self.x1 * self.sx + self.dx


@dataclass(frozen=True)
class Batch:
    """Shapes of one drawing class in one lane, dimmed or not: device x of their ends, chart rows."""

    cls: int
    lane: int
    dim: bool
    xs: np.ndarray
    xe: np.ndarray
    row: np.ndarray


@dataclass
class Frame:
    """A view's fold and shapes, and every item in it (position in the LayerItems, the
    device x its mark covers, its chart row, class, and whether it was folded or dimmed)."""

    fold: Fold
    batches: list[Batch] = field(default_factory=list)
    pos: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    left: np.ndarray = field(default_factory=lambda: np.zeros(0))
    right: np.ndarray = field(default_factory=lambda: np.zeros(0))
    row: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    cls: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))
    lane: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    folded: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    dim: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    from_pyramid: bool = False


class _Collect:
    """The per-class pieces of a Frame's item arrays, joined once at the end."""

    def __init__(self) -> None:
        self.parts: list[tuple] = []

    def add(self, pos, left, right, row, c, lane, folded, dim) -> None:
        n = len(pos)
        self.parts.append((pos, left, right, row, np.full(n, c, dtype=np.int8), lane, np.full(n, folded), dim))

    def into(self, frame: Frame) -> Frame:
        if self.parts:
            arrays = [np.concatenate(a) for a in zip(*self.parts)]
            frame.pos, frame.left, frame.right, frame.row, frame.cls, frame.lane, frame.folded, frame.dim = arrays
        return frame


def visible_frame(prep: LayerItems, geo: ViewGeometry, fold_colours: dict[int, int], compact: bool = False,
                  shown: np.ndarray | None = None, matches: np.ndarray | None = None) -> Frame:
    """The Frame of ``geo``: ``shown`` (a bool per flat index) limits what is drawn,
    ``matches`` draws the others dimmed; ``compact`` folds everything (the overview)."""
    fold = Fold((geo.left, geo.right), geo.row1 - geo.row0, geo.sy, fold_colours, first_row=geo.row0)
    lanes = prep.lanes
    if not lanes:
        return Frame(fold.finish())
    lo, hi = prep.windows(geo.x0, geo.x1)
    if not compact:
        hi = np.where(np.tile(prep.lanes_in_rows(geo.row0, geo.row1), len(CLASSES)), hi, lo)
    counts = (hi - lo).reshape(len(CLASSES), lanes).sum(axis=1)
    group = 2 ** int(np.floor(np.log2(1 / geo.sy))) if geo.sy < 1 else 1
    masked = shown is not None or matches is not None
    coarse = not masked and counts.sum() > PYRAMID_EVENTS and 1 / geo.sx >= pyramid_unit(prep, group)
    slots = (geo.row1 - geo.row0) * (geo.right - geo.left) / max(geo.marker, 1)  # markers side by side
    collect, batches, from_pyramid = _Collect(), [], 0
    for c, (kind, inferred) in enumerate(CLASSES):
        if not counts[c]:
            continue
        crowded = compact or (not underlay_class(c) and (counts[c] > MAX_SHAPES or counts[c] > slots))
        if coarse and crowded:
            from_pyramid |= 1 << c
            continue
        pos = _visible_positions(prep, c, lo, hi, geo, compact, shown)
        if not len(pos):
            continue
        xs, xe = prep.start[pos] * geo.sx + geo.dx, prep.end[pos] * geo.sx + geo.dx
        rows = prep.row[pos].astype(np.int64)
        dim = ~matches[prep.items[pos]] if matches is not None else np.zeros(len(pos), dtype=bool)
        if kind == MARKER:
            mid = (xs + xe) / 2  # a day marker sits mid-day
            left, right = mid - geo.marker / 2, mid + geo.marker / 2
        else:
            left, right = xs, np.maximum(xe, xs + MIN_BAR_PX)
        if crowded:
            _fold(fold, kind, fold_strength(kind, inferred), xs, xe, rows - geo.row0, dim)
        if compact:
            continue
        lane = prep.lane_of_rows(rows)
        if not crowded:
            batches += _batches(c, lane, dim, xs, xe, rows)
        collect.add(pos, left, right, rows, c, lane, crowded, dim)
    if from_pyramid:
        fold.base(prep.pyramid(group), geo.x0, geo.sx, from_pyramid)
    frame = collect.into(Frame(fold.finish(), batches))
    frame.from_pyramid = bool(from_pyramid)
    return frame


def _visible_positions(prep: LayerItems, c: int, lo, hi, geo: ViewGeometry, compact: bool, shown) -> np.ndarray:
    pos = prep.positions(c, lo, hi)
    if isinstance(pos, slice):
        pos = np.arange(pos.start, pos.stop)
    if not compact:
        rows = prep.row[pos]
        pos = pos[(rows >= geo.row0) & (rows < geo.row1)]
    if shown is not None:
        pos = pos[shown[prep.items[pos]]]
    return pos


def _fold(fold: Fold, kind: int, bit: int, xs, xe, rows, dim) -> None:
    """Into the fold, dimmed items weak whatever their class."""
    strength = np.where(dim, WEAK, bit)
    for s in (WEAK, STRONG):
        part = strength == s
        if not part.any():
            continue
        if kind == MARKER:
            fold.points((xs[part] + xe[part]) / 2, rows[part], s)
        else:
            fold.spans(xs[part], xe[part], rows[part], s)


def _batches(c: int, lane: np.ndarray, dim: np.ndarray, xs, xe, rows) -> list[Batch]:
    """Shapes grouped by lane and dimming (one colour a group)."""
    key = lane * 2 + dim
    if len(key) > 1 and np.any(key[1:] < key[:-1]):  # items come lane by lane; dimming may interleave
        order = np.argsort(key, kind="stable")
        key, xs, xe, rows = key[order], xs[order], xe[order], rows[order]
    cuts = np.flatnonzero(key[1:] != key[:-1]) + 1
    out = []
    for a, b in zip(np.r_[0, cuts].tolist(), np.r_[cuts, len(key)].tolist()):
        out.append(Batch(c, int(key[a] // 2), bool(key[a] % 2), xs[a:b], xe[a:b], rows[a:b]))
    return out
