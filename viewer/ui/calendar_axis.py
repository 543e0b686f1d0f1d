"""A time axis in calendar units for x = float days since 1970-01-01, BC included.

pyqtgraph's DateAxisItem works in epoch seconds and clamps to years 1-9999, so
ticks are computed here with viewer.core.dates.calendar (proleptic Gregorian, no year 0).
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import internals
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from viewer.core.chart.time_breaks import TimeBreaks
from viewer.core.dates.calendar import add_months, civil_date, day_number

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONDAY = 4  # 1970-01-05 was a Monday: weekly ticks fall on Mondays

# (unit, count) from finest to coarsest, each with the finer step drawn as minor ticks.
STEPS = [
    (("hour", 1), None), (("hour", 3), ("hour", 1)), (("hour", 6), ("hour", 1)),
    (("hour", 12), ("hour", 3)), (("day", 1), ("hour", 6)), (("day", 2), ("day", 1)),
    (("week", 1), ("day", 1)), (("month", 1), ("day", 1)), (("month", 3), ("month", 1)),
    (("month", 6), ("month", 1)), (("year", 1), ("month", 1)), (("year", 2), ("year", 1)),
    (("year", 5), ("year", 1)), (("year", 10), ("year", 2)), (("year", 20), ("year", 5)),
    (("year", 50), ("year", 10)),
] + [((("year", m * 10**e)), ("year", m * 10**e // (5 if m != 2 else 4)))
     for e in range(2, 9) for m in (1, 2, 5)]

NOMINAL = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.436875, "year": 365.2425}
LABEL_PX = 90  # room one label needs, so labels never collide
MINOR_PX = 6


def year_label(year: int) -> str:
    """Historical year as people write it: 480 BC, 2017."""
    return f"{-year} BC" if year < 0 else str(year)


def day_label(days: int, with_year: bool = True) -> str:
    y, m, d = civil_date(days)
    return f"{d} {MONTHS[m - 1]} {year_label(y)}" if with_year else f"{d} {MONTHS[m - 1]}"


def month_label(days: int) -> str:
    y, m, _ = civil_date(days)
    return f"{MONTHS[m - 1]} {year_label(y)}"


def interval_label(first: int, last: int, precision: str) -> str:
    """What a reader would call the span: '28 Oct 2017', 'Oct 2017', '480 BC', '1930 – 1939'."""
    if precision == "day" and first == last:
        return day_label(first)
    if precision == "month":
        return month_label(first)
    if precision == "year":
        return year_label(civil_date(first)[0])
    if precision in ("decade", "century"):
        return f"{year_label(civil_date(first)[0])} – {year_label(civil_date(last)[0])}"
    if precision == "day":
        return f"{day_label(first)} – {day_label(last)}"
    return f"{month_label(first)} – {month_label(last)}"


def step_days(step: tuple[str, int]) -> float:
    return NOMINAL[step[0]] * step[1]


def choose_steps(span: float, size: float, finest: str = "hour") -> tuple[tuple[str, int], tuple[str, int] | None]:
    """The finest step whose labels fit the axis, and its minor step if ticks stay apart;
    none finer than ``finest`` (a unit): the data's own precision."""
    room = max(2.0, size / LABEL_PX)
    floor = NOMINAL[finest]
    for major, minor in STEPS:
        if NOMINAL[major[0]] < floor:
            continue
        if minor is not None and (NOMINAL[minor[0]] < floor or span / step_days(minor) > size / MINOR_PX):
            minor = None
        if span / step_days(major) <= room:
            return major, minor
    return STEPS[-1]


def tick_positions(step: tuple[str, int], lo: float, hi: float) -> list[float]:
    """Day numbers of the calendar boundaries of ``step`` inside [lo, hi]."""
    unit, n = step
    if unit in ("hour", "day", "week"):
        size, phase = step_days(step), MONDAY if unit == "week" else 0
        k0, k1 = math.ceil((lo - phase) / size), math.floor((hi - phase) / size)
        return [phase + k * size for k in range(k0, k1 + 1)]
    year, month, _ = civil_date(math.floor(lo))
    if unit == "month":
        year, month = add_months(year, month, -((month - 1) % n))
        out = []
        while (d := day_number(year, month, 1)) <= hi:
            out += [float(d)] if d >= lo else []
            year, month = add_months(year, month, n)
        return out
    last_year = civil_date(math.floor(hi))[0]
    # Historical years: BC ticks fall on round BC numbers (480 BC, 470 BC); there is no year 0.
    years = (y for y in range(year // n * n, last_year + 1, n) if y != 0)
    positions = (float(day_number(y, 1, 1)) for y in years)
    return [d for d in positions if lo <= d <= hi]


@lru_cache(maxsize=8)
def _cached_positions(step: tuple[str, int], lo: float, hi: float) -> tuple[float, ...]:
    """The axis and the event layer's grid both ask for every range."""
    return tuple(tick_positions(step, lo, hi))


class _LabelRoom:
    """Across breaks: labels that meet neither each other nor a break's mark, and the first
    label drawn on each side of a break carries its year (the one before it may not fit)."""

    def __init__(self, axis: CalendarAxis, lo: float, scale: float) -> None:
        self.axis, self.last_right, self.started = axis, -math.inf, set()
        self.lo, self.scale = lo, scale
        breaks = axis.breaks
        self.marks = [((a + b) / 2 - lo) * scale for a, b in breaks.gaps_x()] if breaks else []

    def side(self, value: float) -> int:
        return int(np.searchsorted(self.axis.breaks.knots_x, value)) if self.marks else 0

    def first_of_side(self, value: float, text: str) -> str:
        if not self.marks or self.side(value) in self.started:
            return text
        return self.axis._label(float(self.axis.breaks.to_days(value)), self.axis._major[0], True)

    def side_labels(self, hi: float, top: float, room: QRectF, texts: list, measure) -> list:
        """A side of a break with no label of its own gets one: its first tick's, moved right of its
        edge if need be (or its first day's)."""
        out = []
        for a, b, offset in (self.axis.breaks.segments(self.lo, hi) if self.marks else []):
            middle = (a + b) / 2
            if self.side(middle) in self.started:
                continue
            ticks = _cached_positions(self.axis._major, a + offset, b + offset)
            day = ticks[0] if ticks else math.ceil(a + offset)  # its first tick, else its first day
            text = self.axis._label(day, self.axis._major[0], True)
            width, height = measure(text)
            x = max((a - self.lo) * self.scale + 3, (day - offset - self.lo) * self.scale - width / 2)
            rect = QRectF(x, top, width, height)
            clear = all(not rect.intersects(other.adjusted(-4, 0, 4, 0)) for other, _, _ in texts + out)
            if room & rect == rect and clear and rect.right() < (b - self.lo) * self.scale - 6:
                out.append((rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip,
                            text))
        return out

    def takes(self, rect: QRectF, value: float) -> bool:
        if not self.marks:
            return True
        if rect.left() <= self.last_right or any(rect.left() - 6 < m < rect.right() + 6 for m in self.marks):
            return False
        self.last_right = rect.right() + 4
        self.started.add(self.side(value))
        return True


class CalendarAxis(pg.AxisItem):
    """Bottom axis labelled with calendar dates; x is days since 1970-01-01.

    Drawn with one ``drawLines`` per tick level and label sizes measured once per
    string: pyqtgraph's generic path makes Python objects and a draw call per tick,
    which was most of what a zoom step cost when little else was drawn.
    """

    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.enableAutoSIPrefix(False)
        self.setStyle(maxTextLevel=0)  # minor ticks carry no text
        self._major: tuple[str, int] = ("day", 1)
        self._lines = internals.PrimitiveArray(QLineF, 4)
        self._text_sizes: dict[tuple[str, str], tuple[float, float]] = {}
        self.finest = "day"
        self.breaks = TimeBreaks()

    def set_scale(self, breaks: TimeBreaks, finest: str) -> None:
        """x is days but across ``breaks``; no tick finer than the unit ``finest``."""
        self.breaks, self.finest = breaks, finest
        self.picture = None
        self.update()

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802, N803 (pyqtgraph override)
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)
        if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo or size <= 0:
            return []
        major, minor = choose_steps(hi - lo, size, self.finest)
        self._major = major
        if not self.breaks:
            return [(step_days(step), list(_cached_positions(step, float(lo), float(hi))))
                    for step in (major, minor) if step is not None]
        segments = self.breaks.segments(float(lo), float(hi))
        return [(step_days(step), [d - offset for a, b, offset in segments
                                   for d in _cached_positions(step, a + offset, b + offset)])
                for step in (major, minor) if step is not None]

    def generateDrawSpecs(self, p):  # noqa: N802 (pyqtgraph override)
        """Ticks as arrays, labels of the major level only (what pyqtgraph would draw
        with maxTextLevel 0, no grid and no fixed ticks)."""
        style = self.style
        if (self.orientation != "bottom" or self._tickLevels is not None or self.grid is not False
                or style["tickAlpha"] is not None or any(style["stopAxisAtTick"])):
            return super().generateDrawSpecs(p)
        if style["tickFont"] is not None:
            p.setFont(style["tickFont"])
        bounds = self.mapRectFromParent(self.geometry())
        span = (bounds.topLeft() + pg.Point(-1, 1), bounds.topRight() + pg.Point(1, 1))
        ends = [self.mapToDevice(point) for point in span]
        if None in ends or ends[0] == ends[1]:
            return None
        length = pg.Point(ends[1] - ends[0]).length()
        lo, hi = self.range
        scale = bounds.width() / (hi - lo) if hi != lo else 1.0
        top = bounds.top()
        ticks = []
        levels = self.tickValues(lo, hi, length)
        for i, (_spacing, values) in enumerate(levels):
            x = np.asarray(values, dtype=np.float64) * scale - lo * scale
            keep = (x >= min(0.0, bounds.width())) & (x <= max(0.0, bounds.width()))
            pen = QPen(self.tickPen())
            if pen.brush().style() == Qt.BrushStyle.SolidPattern:
                colour = QColor(pen.color())
                colour.setAlpha(int(255 / (i + 1)))
                pen.setColor(colour)
            ticks.append((pen, x[keep], top + style["tickLength"] / (i * 0.5 + 1.0)))
            if i == 0:
                major_x, major_values = x[keep], [v for v, k in zip(values, keep) if k]
        texts, tallest = [], 0.0
        if style["showValues"] and levels:
            room, key = self.boundingRect(), p.font().key()
            offset = max(0, style["tickLength"]) + style["tickTextOffset"][1]
            strings = self.tickStrings(major_values, self.autoSIPrefixScale * self.scale, levels[0][0])
            fit = _LabelRoom(self, lo, scale)

            def measure(text: str) -> tuple[float, float]:
                if (key, text) not in self._text_sizes:
                    br = p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)
                    self._text_sizes[key, text] = (br.width(), br.height() * 0.8)  # as pyqtgraph trims it
                return self._text_sizes[key, text]

            for x, text, value in zip(major_x.tolist(), strings, major_values):
                text = fit.first_of_side(value, text)
                width, height = measure(text)
                tallest = max(tallest, height)
                rect = QRectF(x - width / 2, top + offset, width, height)
                if room & rect == rect and fit.takes(rect, value):
                    texts.append((rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                  | Qt.TextFlag.TextDontClip, text))
            texts += fit.side_labels(hi, top + offset, room, texts, measure)
        self._updateMaxTextSize(tallest)
        return (self.pen(), *span), ticks, texts

    def paint(self, p, opt, widget) -> None:
        """Straight onto the painter when Qt caches the item (TimelineView asks it to):
        recording a QPicture to replay it would do the caching twice."""
        if self.cacheMode() == self.CacheMode.NoCache:
            return super().paint(p, opt, widget)
        if self.style["tickFont"]:
            p.setFont(self.style["tickFont"])
        specs = self.generateDrawSpecs(p)
        if specs is not None:
            self.drawPicture(p, *specs)

    def drawPicture(self, p, axisSpec, tickSpecs, textSpecs):  # noqa: N802, N803 (pyqtgraph override)
        if self.orientation != "bottom" or not tickSpecs or not isinstance(tickSpecs[0][1], np.ndarray):
            return super().drawPicture(p, axisSpec, tickSpecs, textSpecs)
        p.setRenderHint(p.RenderHint.Antialiasing, False)
        p.setRenderHint(p.RenderHint.TextAntialiasing, True)
        pen, p1, p2 = axisSpec
        p.setPen(pen)
        p.drawLine(p1, p2)
        top = p1.y() - 1
        for pen, x, bottom in tickSpecs:
            if not len(x):
                continue
            self._lines.resize(len(x))
            a = self._lines.ndarray()
            a[:, 0], a[:, 1], a[:, 2], a[:, 3] = x, top, x, bottom
            p.setPen(pen)
            p.drawLines(*self._lines.drawargs())
        if self.style["tickFont"] is not None:
            p.setFont(self.style["tickFont"])
        p.setPen(self.textPen())
        p.setClipRect(self.boundingRect().toAlignedRect())
        for rect, flags, text in textSpecs:
            p.drawText(rect, int(flags), text)
        self._draw_breaks(p, top)

    def _draw_breaks(self, p, top: float) -> None:
        """A "//" on the axis line over each break."""
        if not self.breaks:
            return
        lo, hi = self.range
        bounds = self.boundingRect()
        scale = bounds.width() / (hi - lo) if hi != lo else 1.0
        p.setRenderHint(p.RenderHint.Antialiasing, True)
        p.setPen(QPen(self.textPen().color(), 1.5))
        for a, b in self.breaks.gaps_x():
            x = ((a + b) / 2 - lo) * scale
            if 0 <= x <= bounds.width():
                for dx in (-2.5, 2.5):
                    p.drawLine(QLineF(x + dx - 2.5, top + 6, x + dx + 2.5, top - 4))

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph override)
        unit = self._major[0]
        if not self.breaks:
            return [self._label(v, unit, k == 0) for k, v in enumerate(values)]
        days = np.atleast_1d(self.breaks.to_days(np.asarray(values, dtype=np.float64)))
        segment = np.searchsorted(self.breaks.knots_x, np.asarray(values, dtype=np.float64))
        first = np.r_[True, segment[1:] != segment[:-1]] if len(values) else []
        return [self._label(d, unit, bool(f)) for d, f in zip(days.tolist(), first)]

    @staticmethod
    def _label(value: float, unit: str, first: bool) -> str:
        days = math.floor(value + 1e-6)
        if unit == "year":
            return year_label(civil_date(days)[0])
        if unit == "month":
            y, m, _ = civil_date(days)
            return month_label(days) if first or m == 1 else MONTHS[m - 1]
        if unit in ("day", "week"):
            y, m, d = civil_date(days)
            return day_label(days, with_year=first or (m == 1 and d == 1))
        hour = round((value - days) * 24) % 24
        return day_label(days, with_year=first) if hour == 0 or first else f"{hour:02d}:00"
