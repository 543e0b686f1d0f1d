"""File › Export in the other tools' formats and as the HTML report, from the window; the report
opened in headless Chromium (CI installs it: there a missing Chromium fails, here it skips)."""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET

import icalendar
import pytest
from PySide6.QtGui import QColor, QImage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TEXT = ("In May 1940 the army of France moved north. "
        "On 3 May 1940, the <b>army</b> crossed the river & took the town. "
        '<script>alert("x")</script> was written in 1950. In 480 BC the Persians burned Athens.\n')


@pytest.fixture
def marked_window(make_window, tmp_path):
    path = tmp_path / "marked & <b>.txt"
    path.write_text(TEXT, encoding="utf-8")
    return make_window([str(path)])


def menu_action(window, text: str):
    [action] = [a for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                for a in menu.actions() if a.text() == text]
    return action


def test_file_export_html_report_writes_the_chart_and_every_sentence_as_text(marked_window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    out = tmp_path / "report.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), a[-1]))
    menu_action(marked_window, "Export &HTML Report…").trigger()
    report = out.read_text(encoding="utf-8")
    assert "<svg" in report
    events = [e for doc in marked_window.documents for e in doc.events]
    assert any("<b>army</b>" in e.title for e in events) and any("<script>" in e.title for e in events)
    for e in events:
        assert html.escape(e.title) in report
    assert "<b>" not in report and "<script" not in report  # in the table and in the chart's labels alike
    assert "&lt;b&gt;army&lt;/b&gt;" in report


def test_the_other_formats_from_file_export_read_back(marked_window, tmp_path):
    docs = marked_window.documents
    dated = [e for doc in docs for e in doc.events if e.interval is not None]
    marked_window.export("timelinejs", tmp_path / "t.json")
    slides = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))["events"]
    assert [html.unescape(s["text"]["text"]) for s in slides] == [e.title for e in dated]
    marked_window.export("timeml", tmp_path / "t.tml")
    root = ET.parse(tmp_path / "t.tml").getroot()
    assert "".join(root.find("TEXT").itertext()) == docs[0].text
    marked_window.export("ics", tmp_path / "t.ics")
    calendar = icalendar.Calendar.from_ical((tmp_path / "t.ics").read_bytes())
    assert len(calendar.walk("VEVENT")) == len(dated) - 1  # 480 BC cannot be an iCalendar date


def test_the_dialog_names_each_format_and_suggests_its_suffix(window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda parent, caption, start, f: asked.append(
        (caption, os.path.basename(start), f)) or ("", f))
    for kind in ("timelinejs", "timeml", "ics", "html"):
        window._export(kind)
    assert asked == [("Export TimelineJS", "chronology.json", "TimelineJS JSON (*.json)"),
                     ("Export TimeML", "chronology.tml", "TimeML (*.tml *.xml)"),
                     ("Export iCalendar", "chronology.ics", "iCalendar (*.ics)"),
                     ("Export HTML Report", "chronology.html", "HTML report (*.html *.htm)")]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("Chromium is not installed (.ci/run installs it)")
        pytest.skip("needs Chromium (apt-get install chromium); CI always runs it")
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
         f"--user-data-dir={tmp_path / 'chromium-profile'}", *args],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)


@pytest.mark.slow
def test_the_report_opens_offline_in_headless_chromium(window, tmp_path):
    """The sample's report as Chromium shows it: the chart at the top, then the events."""
    report = tmp_path / "report.html"
    window.export("html", report)
    url = report.as_uri()
    dom = chromium(tmp_path, "--dump-dom", url).stdout
    events = window.documents[0].events
    assert dom.count("<tr") == len(events) + 1
    assert "<svg" in dom and "<script" not in dom
    shot = tmp_path / "report.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1200,900", url)
    if os.environ.get("TIMELINE_VIEWER_KEEP_SCREENSHOT"):  # to look at it: the path to copy it to
        shutil.copy(shot, os.environ["TIMELINE_VIEWER_KEEP_SCREENSHOT"])
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1200, 900)
    # The chart drawn: text and the lanes' colours, not a blank or an error page (one or two colours).
    pixels = [QColor(image.pixel(x, y)) for x in range(0, 1200, 3) for y in range(0, 900, 3)]
    assert len({c.rgb() for c in pixels}) > 40
    hues = {c.hue() // 30 for c in pixels if c.saturation() > 100 and c.value() > 80}
    assert len(hues) >= 4  # the lane colours' squares beside their names
