"""The event layer as the user sees it: cached repaints stay current, coarse folds stay faithful."""

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

import viewer.core.chart.view_frame as view_frame
from tests.core.chart.test_fold import marks
from tests.core.chart.test_fold_pyramid import assert_marks_alike
from viewer.core.chart.chronology import Chronology


def day_events(days, lanes):
    n = len(days)
    days = np.asarray(days, dtype=float)
    return Chronology(days, days + 1, lanes, np.zeros(n), np.zeros(n), [f"Actor {k}" for k in range(max(lanes) + 1)])


def ring_pixels(view, i, radius=12) -> int:
    """Pixels in the text colour (the selection ring) around where event i is drawn, but
    off the playhead, which runs through the selected event in the same colour."""
    image = view.plot.grab().toImage()
    centre, text = view.item_view_pos(i), view.layer.colors["text"].rgb()
    return sum(image.pixel(x, y) == text
               for x in range(centre.x() - radius, centre.x() + radius + 1) if abs(x - centre.x()) >= 3
               for y in range(centre.y() - radius, centre.y() + radius + 1))


def test_the_ring_follows_the_selection_on_a_cached_repaint(show_chronology, selection):
    view = show_chronology(day_events([0, 400, 800], [0, 1, 2]))
    view.plot.grab()
    frame = view.layer._plan[1]
    selection.select(1)
    assert ring_pixels(view, 1) > 10 and ring_pixels(view, 2) == 0
    selection.select(2)
    assert ring_pixels(view, 2) > 10 and ring_pixels(view, 1) == 0
    assert view.layer._plan[1] is frame  # same range: the layout was reused, only the ring and labels moved


def test_new_data_is_drawn_not_the_cached_layout(show_chronology):
    first = day_events([0, 300, 1000], [0, 0, 0])
    second = day_events([0, 700, 1000], [0, 0, 0])
    view = show_chronology(first)
    accent = view.layer.style.lane(0).rgb()  # a day marker explicitly dated is filled in its lane's colour

    def painted_near(i):
        image = view.plot.grab().toImage()
        pos = view.item_view_pos(i)
        return any(QColor(image.pixel(x, pos.y())).rgb() == accent for x in range(pos.x() - 6, pos.x() + 7))

    assert painted_near(1)
    old_pos = view.item_view_pos(1)
    view.set_chronology(second)
    assert painted_near(1)
    image = view.plot.grab().toImage()
    assert all(image.pixel(x, old_pos.y()) != accent for x in range(old_pos.x() - 3, old_pos.x() + 4))


def fold_mask(view) -> np.ndarray:
    """Where the layer's fold puts a mark, laid out anew for the current view."""
    view.layer._plan = None
    view.plot.grab()
    return marks(view.layer._plan[1].fold)


def test_a_coarse_view_of_many_events_folds_from_the_pyramid_as_the_events_would(show_chronology, monkeypatch):
    rng = np.random.default_rng(3)
    n = 80_000
    start = rng.integers(0, 20 * 365, n).astype(float)
    bar = rng.random(n) < 0.2
    end = start + np.where(bar, rng.integers(30, 365, n), 1)
    chron = Chronology(start, end, rng.integers(0, 8, n), np.where(bar, 2, 0), rng.random(n) < 0.25,
                       [f"Actor {k}" for k in range(8)])
    view = show_chronology(chron)
    for height in (500, 430):  # a new window height: rows folded anew, not the last height's
        view.resize(1200, height)
        QApplication.processEvents()
        monkeypatch.setattr(view_frame, "PYRAMID_EVENTS", 50_000)
        pyramid = fold_mask(view)
        assert view.layer.prep._pyramids, "the full extent of 80,000 events should fold from the pyramid"
        monkeypatch.setattr(view_frame, "PYRAMID_EVENTS", 10**12)
        direct = fold_mask(view)
        assert_marks_alike(pyramid, direct)


@pytest.mark.parametrize("rows_per_lane", [1, 40])
def test_every_pixel_of_the_view_is_painted(show_chronology, rows_per_lane):
    """The window's background is left to the layer under the view: lane bands must
    tile it without a gap, whatever the fractional lane heights and the zoom."""
    n = 600
    rng = np.random.default_rng(5)
    start = np.sort(rng.integers(0, 4000, n)).astype(float)
    lanes = rng.integers(0, 7, n)
    end = start + np.where(rng.random(n) < 0.5, 1, rows_per_lane * 30)  # long ones stack into rows
    view = show_chronology(Chronology(start, end, lanes, np.zeros(n), np.zeros(n), [f"Actor {k}" for k in range(7)]),
                height=537)
    for zoom in (1, 3.3, 170):
        view.zoom_by(zoom)
        image = QImage(view.plot.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor(255, 0, 255))
        painter = QPainter(image)
        view.plot.render(painter)
        painter.end()
        box = view.view_box.sceneBoundingRect().toAlignedRect()
        magenta = QColor(255, 0, 255).rgb()
        assert not any(image.pixel(x, y) == magenta for x in range(box.left(), box.right(), 3)
                       for y in range(box.top(), box.bottom()))
