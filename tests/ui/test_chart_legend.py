"""The legend says what every mark means, in a dock and in an exported chronology."""

import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QDockWidget, QScrollArea

from viewer.core.chart.chronology import Chronology
from viewer.core.document import analyse
from viewer.ui import text_marks
from viewer.ui.chart_legend import CHART_ENTRIES, ChartLegend, text_entries


def test_the_legend_names_every_mark_of_the_chart(qtbot):
    legend = ChartLegend()
    qtbot.addWidget(legend)
    said = " ".join(legend.entries).casefold()
    for words in ("own sentence", "carried over", "span of days", "month, season or year", "thin line",
                  "folded", "selected", "dimmed", "find", "stretch with no events", "colour"):
        assert words in said, words
    assert len(legend.entries) == len(CHART_ENTRIES) + len(text_entries(legend.palette()))


def test_the_text_colours_are_the_source_views_own():
    palette = QPalette()
    colours = [colour for colour, _, _ in text_entries(palette)]
    assert text_marks.faint_format(palette).background().color() in colours
    assert text_marks.anchor_format().background().color() in colours
    amber = next(text for colour, _, text in text_entries(palette)
                 if colour == text_marks.anchor_format().background().color())
    assert "Amber" in amber and "carried-over" in amber


def test_view_legend_opens_a_dock(window):
    window.menus.legend_action.trigger()
    dock = window.findChild(QDockWidget, "legend_dock")
    assert dock is not None and dock.isVisibleTo(window)
    assert isinstance(dock.widget(), QScrollArea) and isinstance(dock.widget().widget(), ChartLegend)


def test_exports_carry_a_title_the_lane_names_the_labels_and_the_legend(show_chronology, tmp_path):
    doc = analyse("On 1 September 1939 Germany invaded Poland. On 3 September 1939 Britain declared war.",
                  "war <1939>.txt")
    view = show_chronology(Chronology.from_documents([doc]), 900, 300)
    view.plot.grab()
    labels = view.layer.label_rects()
    assert labels
    svg = view.svg_bytes().decode("utf-8")
    root = ET.fromstring(svg)
    text = " ".join(t for t in root.itertext())
    assert "war <1939>.txt" in text  # the title, the document's name as written
    assert "No actor" in text or doc.events[0].lane in text  # a lane name
    assert "On 1 September" in text or "Germany" in text  # a label
    assert "carried over" in text.casefold()  # the legend
    path = tmp_path / "chronology.png"
    view.export_png(str(path))
    image = QImage(str(path))
    assert image.height() > view.splitter.height() + 100 and image.width() >= view.splitter.width()
