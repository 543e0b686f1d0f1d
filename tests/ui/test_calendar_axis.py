"""The calendar axis draws its ticks and labels itself, for speed: exactly as pyqtgraph would."""

import numpy as np
import pyqtgraph as pg
import pytest

from viewer.core.chart.chronology import Chronology
from viewer.ui.calendar_axis import CalendarAxis, choose_steps, step_days


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


@pytest.mark.parametrize("finest, unit", [("day", 1.0), ("month", 28.0), ("year", 365.0)])
def test_no_tick_finer_than_the_data(finest, unit):
    for span in (0.2, 3.0, 40.0, 400.0):
        major, minor = choose_steps(span, 1000, finest)
        assert step_days(major) >= unit and (minor is None or step_days(minor) >= unit)


def test_each_side_of_a_break_is_labelled_with_its_year(show_chronology):
    from PySide6.QtGui import QImage, QPainter

    from viewer.core.document import analyse

    civil = " ".join(f"On {d} April 1861 the guns were busy." for d in range(10, 16))
    ww2 = " ".join(f"On {d} September 1939 war spread." for d in range(1, 7))
    view = show_chronology(Chronology.from_documents([analyse(civil, "a.txt"), analyse(ww2, "b.txt")]), 1200, 400)
    assert view.layer.breaks
    axis = view.plot.getAxis("bottom")
    image = QImage(axis.boundingRect().size().toSize(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    _, _, texts = axis.generateDrawSpecs(painter)
    painter.end()
    labels = [text for _, _, text in texts]
    assert any("1861" in t for t in labels) and any("1939" in t for t in labels)
