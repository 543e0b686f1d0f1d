"""The calendar axis draws its ticks and labels itself, for speed: exactly as pyqtgraph would."""

import numpy as np
import pyqtgraph as pg
import pytest

from viewer.core.chart.chronology import Chronology
from viewer.ui.calendar_axis import CalendarAxis


@pytest.fixture
def view(show_chronology):
    n = 200
    rng = np.random.default_rng(11)
    start = rng.integers(0, 30 * 365, n).astype(float)
    return show_chronology(Chronology(start, start + 1, rng.integers(0, 5, n), np.zeros(n), np.zeros(n),
                                      [f"Actor {k}" for k in range(5)]), 1000, 400)


def pixels(view) -> np.ndarray:
    axis = view.plot.getAxis("bottom")
    axis.picture = None
    axis.update()  # Qt caches the axis as a pixmap: repaint it
    image = view.plot.grab().toImage()
    return np.array([[image.pixel(x, y) for x in range(image.width())]
                     for y in range(image.height() - 40, image.height())])


@pytest.mark.parametrize("zoom", [1, 4, 50, 600, 20_000])
def test_ticks_and_labels_match_pyqtgraphs_own_drawing(view, monkeypatch, zoom):
    view.zoom_by(zoom)
    ours = pixels(view)
    monkeypatch.setattr(CalendarAxis, "generateDrawSpecs", pg.AxisItem.generateDrawSpecs)
    monkeypatch.setattr(CalendarAxis, "drawPicture", pg.AxisItem.drawPicture)
    assert np.array_equal(ours, pixels(view))


def test_labels_are_dates(view):
    axis = view.plot.getAxis("bottom")
    levels = axis.tickValues(*view.visible_range(), view.canvas.width())
    assert all(s.isdigit() for s in axis.tickStrings(levels[0][1], 1.0, levels[0][0]))  # years
