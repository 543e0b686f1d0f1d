"""The timeline as a user meets it: zoom, pan, pick, step, drag the playhead, export."""

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from viewer.core.chart.chronology import Chronology
from viewer.core.document import analyse
from viewer.core.opening import open_document

PERSIANS = "In 480 BC the Persians invaded. In 479 BC they lost at Plataea."


@pytest.fixture(scope="module")
def sample_chronology(sample_file):
    return Chronology.from_documents([open_document(sample_file)])


@pytest.fixture
def view(show_chronology, sample_chronology):
    return show_chronology(sample_chronology)


def width(view):
    x0, x1 = view.visible_range()
    return x1 - x0


def wheel(widget, pos: QPoint, steps: int):
    event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def data_x(view, pos: QPoint) -> float:
    return view.view_box.mapSceneToView(view.plot.mapToScene(pos)).x()


def test_wheel_zooms_time_around_the_cursor_and_keeps_the_lanes(view):
    before, lanes = width(view), view.view_box.viewRange()[1]
    pos = QPoint(view.canvas.width() * 3 // 4, view.canvas.height() // 2)
    under_cursor = data_x(view, pos)
    wheel(view.canvas, pos, 3)
    assert width(view) < before * 0.9
    assert data_x(view, pos) == pytest.approx(under_cursor, abs=width(view) / 100)
    assert view.view_box.viewRange()[1] == lanes


def test_zoom_keys_and_fit_all(view, qtbot):
    fitted = view.visible_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert width(view) == pytest.approx((fitted[1] - fitted[0]) / 1.5)
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert width(view) == pytest.approx((fitted[1] - fitted[0]) / 1.5)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.visible_range() == pytest.approx(fitted)


def test_zoom_stops_at_about_an_hour(view):
    for _ in range(40):
        view.zoom_by(4)
    assert width(view) == pytest.approx(1 / 24, rel=0.05)


def test_zoom_out_stops_at_ten_times_the_extent(view, sample_chronology):
    for _ in range(40):
        view.zoom_by(0.25)
    first, last = sample_chronology.extent()
    assert width(view) <= 10 * (last - first) * 1.01


def test_dragging_the_playhead_makes_the_latest_event_current(view, qtbot, selection, sample_chronology):
    target = sample_chronology.last()
    start = view.plot.mapFromScene(view.view_box.mapViewToScene(QPointF(view.playhead.value(), 0.5)))
    end = QPoint(view.item_view_pos(target).x() + 2, start.y())
    with qtbot.waitSignal(selection.current_changed):
        qtbot.mousePress(view.canvas, Qt.MouseButton.LeftButton, pos=start)
        for k in range(1, 11):
            qtbot.mouseMove(view.canvas, start + (end - start) * k / 10)
        qtbot.mouseRelease(view.canvas, Qt.MouseButton.LeftButton, pos=end)
    assert selection.current == sample_chronology.latest_at_or_before(view.playhead.value())
    assert sample_chronology.start[selection.current] == sample_chronology.start[target]


def test_clicking_an_event_selects_it(view, qtbot, selection, sample_chronology):
    month_bar = int(np.flatnonzero(sample_chronology.precision == 2)[0])
    with qtbot.waitSignal(selection.current_changed) as signal:
        qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=view.item_view_pos(month_bar))
    assert signal.args == [month_bar]


def test_clicking_a_marker_selects_it(view, qtbot, selection, sample_chronology):
    last = sample_chronology.last()
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=view.item_view_pos(last) + QPoint(3, 0))
    assert selection.current == last


def test_arrow_keys_step_through_time(view, qtbot, selection, sample_chronology):
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert selection.current == sample_chronology.first()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert selection.current == sample_chronology.next_in_time(sample_chronology.first())
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert selection.current == sample_chronology.first()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert selection.current == sample_chronology.last()
    with qtbot.assertNotEmitted(selection.current_changed):
        qtbot.keyClick(view, Qt.Key.Key_Right)


def test_selecting_elsewhere_moves_the_playhead_and_pans_to_the_event(view, selection, sample_chronology):
    view.zoom_by(50, center_x=sample_chronology.extent()[0])
    last = sample_chronology.last()
    selection.select(last)
    x0, x1 = view.visible_range()
    assert x0 <= sample_chronology.start[last] <= x1
    assert view.playhead.value() == pytest.approx(sample_chronology.start[last] + 0.5)
    assert selection.current == last


def test_overview_region_follows_and_drives_the_view(view):
    view.zoom_by(4)
    assert view.region.getRegion() == pytest.approx(view.visible_range())
    lo, hi = view.region.getRegion()
    view.region.setRegion((lo - 10, hi - 10))
    assert view.visible_range() == pytest.approx((lo - 10, hi - 10))


def test_hover_tooltip_names_date_and_title(view, qtbot, sample_chronology):
    last = sample_chronology.last()
    qtbot.mouseMove(view.canvas, view.item_view_pos(last))
    tip = view.layer.toolTip()
    assert "2017" in tip and sample_chronology.event(last).title[:20] in tip


def test_export_png(view, tmp_path):
    path = tmp_path / "chronology.png"
    view.export_png(path)
    image = QImage(str(path))
    assert not image.isNull() and image.width() > 400 and image.height() > 200


def test_export_svg_is_xml(view, tmp_path):
    path = tmp_path / "chronology.svg"
    view.export_svg(path)
    assert ET.parse(path).getroot().tag.endswith("svg")


def test_bc_dates_show_bc_on_the_axis(show_chronology):
    view = show_chronology(Chronology.from_documents([analyse(PERSIANS)]))
    axis = view.plot.getAxis("bottom")
    levels = axis.tickValues(*view.visible_range(), view.canvas.width())
    strings = axis.tickStrings(levels[0][1], 1.0, levels[0][0])
    assert any("BC" in s for s in strings)
    view.zoom_by(0.2)
    levels = axis.tickValues(*view.visible_range(), view.canvas.width())
    assert any(s.endswith("BC") for s in axis.tickStrings(levels[0][1], 1.0, levels[0][0]))


def test_a_thousand_synthetic_events_paint(show_chronology):
    rng = np.random.default_rng(7)
    n = 1000
    starts = rng.integers(0, 3650, n).astype(float)
    spans = np.where(rng.random(n) < 0.7, 1, rng.integers(28, 400, n))
    chron = Chronology(starts, starts + spans, rng.integers(0, 12, n), rng.choice([0, 2, 6], n),
                       rng.integers(0, 2, n), [f"Actor {k}" for k in range(12)])
    view = show_chronology(chron)
    image = view.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 3
    view.zoom_by(30)
    view.grab()
