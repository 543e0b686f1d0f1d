"""Labels on the chronology: beside their marks, never over another label, mark or lane name."""

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication

from viewer.core.chart.chronology import Chronology
from viewer.core.opening import open_document

WIKIWARS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "wikiwars-dev"


def ww2_or_skip():
    path = WIKIWARS / "01_WW2.txt"
    if not path.exists():
        pytest.skip(f"{path} is not here (the wikiwars-dev articles sit beside the repository)")
    return path


def overlaps(rects: list[tuple[str, int, QRectF]]) -> list[tuple]:
    """Pairs of rectangles that share pixels (edges may touch), by a sweep over x."""
    found, active = [], []
    for kind, i, rect in sorted(rects, key=lambda r: r[2].left()):
        active = [a for a in active if a[2].right() > rect.left() + 0.5]
        found += [(a, (kind, i, rect)) for a in active if a[2].intersected(rect).height() > 0.5
                  and a[2].intersected(rect).width() > 0.5]
        active.append((kind, i, rect))
    return found


def drawn(view):
    """Lane names and labels as drawn now, and the marks, in the view's coordinates."""
    QApplication.processEvents()  # pyqtgraph lays out a new range on the next turn of the event loop
    view.plot.viewport().repaint()
    view.names.repaint()
    texts = view.text_rects()
    offset = view.canvas.mapTo(view, view.canvas.rect().topLeft())
    marks = [("mark", i, rect.translated(offset.x(), offset.y())) for i, rect in view.layer.mark_rects()]
    return texts, marks


def assert_nothing_over_anything(view):
    texts, marks = drawn(view)
    assert not overlaps(texts), "a label or lane name overprints another"
    labelled = {i for kind, i, _ in texts if kind == "label"}
    crossing = [(a, b) for a, b in overlaps([t for t in texts if t[0] == "label"] + marks)
                if {a[0], b[0]} == {"label", "mark"} and a[1] != b[1]]  # a label may sit inside its own bar
    assert not crossing, "a label is drawn over another event's mark"
    return texts, labelled


@pytest.fixture(scope="module")
def ww2():
    return Chronology.from_documents([open_document(ww2_or_skip())])


def test_no_label_or_lane_name_overlaps_on_ww2_at_two_zoom_levels(show_chronology, ww2, selection):
    view = show_chronology(ww2, 1400, 500)
    selection.select(ww2.first())
    texts, labelled = assert_nothing_over_anything(view)
    names = [t for t in texts if t[0] == "lane"]
    assert len(names) >= 5 and len(labelled) >= 20
    view.zoom_by(6, center_x=float(np.median(ww2.start[ww2.dated])))
    texts, zoomed = assert_nothing_over_anything(view)
    assert len(zoomed) >= 10
    view.lane_scroll.scroll_rows(view.lane_scroll.visible_rows())  # the next page of lanes
    assert_nothing_over_anything(view)


def test_the_sample_at_900_by_600_has_every_name_and_label_apart(show_chronology, sample_file):
    chron = Chronology.from_documents([open_document(sample_file)])
    view = show_chronology(chron, 900, 330)
    texts, labelled = assert_nothing_over_anything(view)
    assert len(labelled) >= 8
    shown_lanes = {i for kind, i, _ in texts if kind == "lane"}
    top, rows = view.lane_scroll.top_row, view.lane_scroll.visible_rows()
    whole = [k for k in range(len(chron.lane_names))
             if top <= chron.lane_top[k] and chron.lane_top[k] + 1 <= top + rows]
    assert set(whole) <= shown_lanes  # every lane with a whole row in view is named


def test_zooming_in_shows_more_labels(show_chronology):
    rng = np.random.default_rng(4)
    n = 120
    start = np.sort(rng.integers(0, 360, n)).astype(float) + 10_000
    chron = Chronology(start, start + 1, rng.integers(0, 3, n), np.zeros(n), np.zeros(n), ["A", "B", "C"])
    view = show_chronology(chron, 1000, 400)
    view.set_chronology(chron, labels=lambda i: f"Something happened ({i})")
    drawn(view)
    fitted = {i for i, _ in view.layer.label_rects()}
    view.zoom_by(4, center_x=10_180.0)
    drawn(view)
    zoomed = {i for i, _ in view.layer.label_rects()}
    x0, x1 = view.x_range()
    in_view = {i for i in fitted if x0 + 2 <= chron.start[i] <= x1 - 20}
    assert len(zoomed) > 2 * len(in_view) > 0


def test_explicit_events_win_room_and_the_selected_label_always_shows(show_chronology, selection):
    days = np.array([0.0, 2.0, 12.0, 13.0, 14.0, 15.0, 16.0]) + 10_000
    ends = days + 1
    ends[1] = days[1] + 200  # carried over at year precision: a thin line under row 0, its label over it
    precision, dating = np.array([0, 6, 0, 0, 0, 0, 0]), np.array([0, 1, 0, 0, 0, 0, 0])
    chron = Chronology(days, ends, np.zeros(7), precision, dating, ["Lane"])
    view = show_chronology(chron, 900, 300)
    view.set_chronology(chron, labels=lambda i: f"Event number {i}")
    view.view_box.setXRange(days[0] - 2, days[0] + 40, padding=0)
    drawn(view)
    plan = view.layer._label_plan[1]
    assert 0 in plan.items and plan.texts[plan.items.index(0)] == "Event number 0"  # whole: it came first
    assert 1 not in plan.items  # the carried-over one would start inside it
    crowded = 4  # between two marks a day apart: no room of its own
    assert crowded not in plan.items
    selection.select(crowded)
    drawn(view)
    plan = view.layer._label_plan[1]
    assert crowded in plan.items and plan.tagged == plan.items.index(crowded)
    assert not overlaps([("label", i, r) for i, r in view.layer.label_rects()])


def test_labels_are_plain_text_and_elided(show_chronology):
    start = np.array([10_000.0, 10_003.0])
    chron = Chronology(start, start + 1, [0, 0], [0, 0], [0, 0], ["Lane"])
    view = show_chronology(chron, 600, 300)
    view.set_chronology(chron, labels=lambda i: "<b>bold</b> " + "very long words " * 10)
    view.zoom_by(1)
    drawn(view)
    plan = view.layer._label_plan[1]
    assert plan.texts and all(t.startswith("<b>bol") for t in plan.texts)  # the markup shown as written
    assert any(t.endswith("…") for t in plan.texts)
