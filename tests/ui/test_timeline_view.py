"""The timeline as a user meets it: zoom, pan, pick, step, drag the playhead, export."""

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import tool_tip_shown
from viewer.core.chart.chronology import Chronology
from viewer.core.dates.calendar import civil_date
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
    """The width of the view in x: days, but for the breaks (the sample has one: January to October)."""
    x0, x1 = view.x_range()
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
    fitted = view.x_range()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert width(view) == pytest.approx((fitted[1] - fitted[0]) / 1.5)
    qtbot.keyClick(view, Qt.Key.Key_Equal)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert width(view) == pytest.approx((fitted[1] - fitted[0]) / 1.5)
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.x_range() == pytest.approx(fitted)


def test_zoom_stops_at_two_days_for_day_precise_data(view):
    for _ in range(40):
        view.zoom_by(4)
    assert width(view) == pytest.approx(2.0, rel=0.05)


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
    assert selection.current == sample_chronology.latest_at_or_before(view.to_days(view.playhead.value()))
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
    assert view.to_days(view.playhead.value()) == pytest.approx(sample_chronology.start[last] + 0.5)
    assert selection.current == last


def test_overview_region_follows_and_drives_the_view(view):
    view.zoom_by(4)
    assert view.region.getRegion() == pytest.approx(view.x_range())
    lo, hi = view.region.getRegion()
    view.region.setRegion((lo - 10, hi - 10))
    assert view.x_range() == pytest.approx((lo - 10, hi - 10))


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


# -- rows that scroll ---------------------------------------------------------------


def many_lanes(lanes=60, per_lane=3):
    """``lanes`` lanes of ``per_lane`` day events each, a week apart."""
    n = lanes * per_lane
    start = np.arange(n, dtype=float) * 7 + 10_000
    return Chronology(start, start + 1, np.arange(n) // per_lane, np.zeros(n), np.zeros(n),
                      [f"Actor {k}" for k in range(lanes)])


def shift_wheel(widget, pos: QPoint, steps: int):
    event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ShiftModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(widget, event)


def test_rows_keep_a_readable_height_and_the_lanes_scroll(show_chronology):
    view = show_chronology(many_lanes(), 1000, 400)
    QApplication.processEvents()
    rows = view.view_box.viewRange()[1]
    row_px = view.view_box.sceneBoundingRect().height() / (rows[1] - rows[0])
    assert row_px == pytest.approx(view.row_px) and row_px >= QFontMetrics(view.font()).height()
    assert view.scroll_bar.isVisible() and rows[0] == 0
    before = view.x_range()
    shift_wheel(view.canvas, QPoint(200, 100), -2)  # Shift+wheel down: the lanes below
    assert view.view_box.viewRange()[1][0] == pytest.approx(6) and view.x_range() == before
    wheel(view.canvas, QPoint(200, 100), 1)  # the wheel alone still zooms time
    assert view.view_box.viewRange()[1][0] == pytest.approx(6) and width(view) < before[1] - before[0]
    view.scroll_bar.setValue(view.scroll_bar.maximum())
    last_row = view.view_box.viewRange()[1][1]
    assert last_row == pytest.approx(view.chron.total_rows, abs=0.05)


def test_a_wheel_over_the_lane_names_scrolls_them_with_the_rows(show_chronology):
    view = show_chronology(many_lanes(), 1000, 400)
    QApplication.processEvents()
    wheel(view.names, QPoint(20, 100), -1)
    assert view.view_box.viewRange()[1][0] == pytest.approx(3)
    view.names.repaint()
    first_named = min(lane for lane, _ in view.names.name_rects())
    assert first_named == 3


def test_selecting_an_event_scrolls_its_lane_into_view(show_chronology, selection):
    chron = many_lanes()
    view = show_chronology(chron, 1000, 400)
    QApplication.processEvents()
    last = int(np.flatnonzero(chron.lane == len(chron.lane_names) - 1)[0])
    selection.select(last)
    top, bottom = view.view_box.viewRange()[1]
    assert top <= chron.global_row(last) and chron.global_row(last) + 1 <= bottom
    pos = view.item_view_pos(last)
    assert view.canvas.rect().contains(pos) and view.index_at(view.plot.mapToScene(pos)) == last


def test_lane_names_are_elided_with_the_whole_name_in_a_plain_tool_tip(show_chronology, qtbot):
    long_name = "<b>The</b> Very Long Name of a Lane " * 4
    start = np.array([10_000.0, 10_010.0])
    view = show_chronology(Chronology(start, start + 1, [0, 1], [0, 0], [0, 0], [long_name, "Short"]), 900, 300)
    view.splitter.setSizes([120, 780])
    QApplication.processEvents()
    view.names.repaint()
    (lane, rect), *_ = view.names.name_rects()
    assert lane == 0 and rect.right() <= view.names.width()
    tip = view.names.tool_tip_at(rect.center().y())
    assert tool_tip_shown(tip) == f"{long_name}\n1 dated event" and "<b>" not in tip


# -- what the axis and the empty chart say -----------------------------------------


def test_an_empty_chronology_says_how_to_open_a_document(qtbot, selection):
    from viewer.ui.timeline_view import TimelineView

    view = TimelineView(selection)
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    assert "File > Open" in view.plot.message and "drop" in view.plot.message
    assert not view.plot.getPlotItem().getAxis("bottom").isVisible() and not view.overview.isVisible()
    image = view.plot.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}) > 1
    view.set_chronology(Chronology.from_documents([analyse("Nothing dated here at all.")]))
    assert "date" in view.plot.message
    view.set_chronology(Chronology.from_documents([analyse(PERSIANS)]))
    assert view.plot.message == "" and view.overview.isVisible()


@pytest.mark.parametrize("zoom", [1, 20, 200, 10_000])
def test_day_precise_data_never_gets_hour_ticks(view, zoom):
    view.zoom_by(zoom)
    axis = view.plot.getAxis("bottom")
    levels = axis.tickValues(*view.x_range(), view.canvas.width())
    assert all(spacing >= 1.0 for spacing, _ in levels)
    strings = axis.tickStrings(levels[0][1], 1.0, levels[0][0])
    assert not any(":" in s for s in strings)


def test_year_precise_data_ticks_in_years(show_chronology):
    view = show_chronology(Chronology.from_documents([analyse(PERSIANS)]))
    view.zoom_by(50)
    axis = view.plot.getAxis("bottom")
    levels = axis.tickValues(*view.x_range(), view.canvas.width())
    assert all(spacing >= 365 for spacing, _ in levels)


# -- Find and filters ---------------------------------------------------------------


def painted_count(view) -> int:
    QApplication.processEvents()
    view.plot.viewport().repaint()
    frame = view.layer._plan[1]
    return len(frame.pos)


def test_set_shown_draws_only_those_events_and_set_matches_dims_the_rest(view, sample_chronology, qtbot):
    everything = painted_count(view)
    shown = np.zeros(len(sample_chronology), dtype=bool)
    shown[[0, 2, 5]] = True
    view.set_shown(shown)
    frame_items = view.layer.prep.items[view.layer._plan[1].pos] if painted_count(view) else []
    assert set(frame_items.tolist()) <= {0, 2, 5} and painted_count(view) < everything
    hidden = int(np.flatnonzero(~shown & sample_chronology.dated)[0])
    assert view.index_at(view.plot.mapToScene(view.item_view_pos(hidden))) == -1  # nothing to click
    view.set_shown(None)
    assert painted_count(view) == everything
    matches = np.zeros(len(sample_chronology), dtype=bool)
    matches[[3, 4]] = True
    view.set_matches(matches)
    painted_count(view)
    frame = view.layer._plan[1]
    dimmed = dict(zip(view.layer.prep.items[frame.pos].tolist(), frame.dim.tolist()))
    assert not dimmed[3] and not dimmed[4] and all(d for i, d in dimmed.items() if i not in (3, 4))
    view.set_matches(None)
    painted_count(view)
    assert not view.layer._plan[1].dim.any()


# -- several documents ---------------------------------------------------------------


def two_documents():
    return Chronology.from_documents([analyse("On 1 September 1939 war broke out. On 3 September 1939 Britain "
                                              "declared war. On 22 June 1941 Germany invaded the Soviet Union. "
                                              "On 7 December 1941 Japan attacked. On 8 May 1945 it ended.",
                                              "ww2.txt"),
                                      analyse("On 12 April 1861 the guns opened. On 9 April 1865 Lee "
                                              "surrendered.", "civil.txt")])


def test_a_long_empty_stretch_between_documents_is_a_narrow_break(show_chronology, selection, qtbot):
    chron = two_documents()
    view = show_chronology(chron, 1200, 300)
    breaks = view.layer.breaks
    assert len(breaks.gaps) == 1
    (a, b), = breaks.gaps_x()
    x0, x1 = view.x_range()
    assert (b - a) / (x1 - x0) < 0.06  # a sliver of the width, not 74 years of it
    for i in np.flatnonzero(chron.dated).tolist():  # every event where it is drawn, and clickable there
        pos = view.item_view_pos(i)
        assert view.canvas.rect().contains(pos)
        with qtbot.waitSignal(selection.current_changed):
            qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=pos)
        assert selection.current == i
        assert view.to_days(view.playhead.value()) == pytest.approx(chron.start[i] + 0.5)
    axis = view.plot.getAxis("bottom")
    levels = axis.tickValues(x0, x1, view.canvas.width())
    years = [civil_date(int(d))[0] for d in view.to_days(np.array(levels[0][1]))]
    assert any(y <= 1865 for y in years) and any(y >= 1939 for y in years)
    assert not any(1866 <= y <= 1938 for y in years)  # no ticks inside the break
    lo, hi = view.visible_range()
    assert lo < chron.start[chron.first()] and hi > chron.start[chron.last()]  # days, across the break


def test_zoom_and_pan_keep_days_right_on_both_sides_of_a_break(show_chronology):
    chron = two_documents()
    view = show_chronology(chron, 1200, 300)
    for i in (chron.first(), chron.last()):
        view.zoom_by(1)
        view.view_box.setXRange(view.to_x(chron.start[i]) - 5, view.to_x(chron.start[i]) + 5, padding=0)
        x0, x1 = view.visible_range()
        assert x1 - x0 == pytest.approx(10) and x0 < chron.start[i] < x1


def test_hiding_lanes_announces_them_for_the_table(show_chronology, sample_chronology, qtbot):
    view = show_chronology(sample_chronology)
    name = sample_chronology.lane_names[1]
    with qtbot.waitSignal(view.hidden_lanes_changed) as signal:
        view.hide_lane(name)
    assert signal.args == [frozenset({name})]
    assert name not in view.chron.lane_names and len(view.chron) == len(sample_chronology)
    with qtbot.assertNotEmitted(view.hidden_lanes_changed):
        view.set_hidden_lanes({name})  # the filter telling it what it already knows
    with qtbot.waitSignal(view.hidden_lanes_changed) as signal:
        view.set_hidden_lanes(set())
    assert signal.args == [frozenset()]


# -- the context menus ask for edits ------------------------------------------------------------


def test_a_marks_menu_asks_for_its_events_edits_and_its_lanes(view, qtbot, sample_chronology):
    from viewer.ui.chart_edit_menus import action

    i = int(sample_chronology.first())
    lane = sample_chronology.lane_names[int(sample_chronology.lane[i])]
    menu = view.mark_menu(i)
    with qtbot.waitSignal(view.event_edit_requested) as edit:
        action(menu, "Edit Event…").trigger()
    with qtbot.waitSignal(view.event_hide_requested) as hide:
        action(menu, "Not an Event").trigger()
    with qtbot.waitSignal(view.lane_edit_requested) as colour:
        action(menu, "Lane Colour…").trigger()
    assert (edit.args, hide.args, colour.args) == ([i], [i], ["colour", "actor", lane])


def test_a_lane_names_menu_keeps_hide_and_fold(view, sample_chronology):
    from viewer.ui.chart_edit_menus import action

    name = sample_chronology.lane_names[1]
    menu = view.lane_menu(name)
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Rename Lane…", "Merge Lane Into…", "Lane Colour…", "Hide This Lane", "Fold Its Rows into One"]
    action(menu, "Hide This Lane").trigger()
    assert name in view.arrangement.hidden
    assert action(view.lane_menu(sample_chronology.lane_names[0]), "Show Every Lane") is not None


def test_the_same_documents_again_keep_the_time_in_view(view, sample_chronology):
    view.zoom_by(4.0)
    shown = view.visible_range()
    view.set_chronology(Chronology.from_documents(sample_chronology.docs))  # an edit laid them out again
    assert view.visible_range() == pytest.approx(shown)
    view.set_chronology(Chronology.from_documents([analyse(PERSIANS)]))  # other documents: fitted
    assert view.visible_range() != pytest.approx(shown)
