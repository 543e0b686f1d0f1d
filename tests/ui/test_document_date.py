"""A document's date, set in the window: its deictics are read from it, undone, and kept in a project."""

from __future__ import annotations

import pytest

from tests.ui.helpers import write
from viewer.ui.document_date_dialog import NOT_A_DAY, day_of

NEWS = ("Rebels seized the airport yesterday, the army said.\n\n"
        "The president will visit the region on Friday. Talks began last week.\n")


def values(window) -> list[str | None]:
    return [e.value for d in window.documents for e in d.events]


def saved_and_reopened(window, make_window, qtbot, project):
    """``window``'s work saved to ``project``, the window closed, and the project opened in a new one."""
    assert window.project.save_to(str(project))
    window.close()
    again = make_window()
    with qtbot.waitSignal(again.project.opened, timeout=10_000):
        again.open_paths([str(project)])
    return again


def set_date(window, qtbot, typed: str) -> None:
    window.selection.select(0)
    window.editing.edit_document_date()
    dialog = window.editing.dialog
    dialog.date.setText(typed)
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        dialog.accept()


@pytest.mark.parametrize(("typed", "day"), [("8 January 1998", "1998-01-08"), ("Jan. 8, 1998", "1998-01-08"),
                                            ("1998-01-08", "1998-01-08")])
def test_a_day_typed_as_people_write_it(typed, day):
    assert day_of(typed) == (day, "")


@pytest.mark.parametrize("typed", ["January 1998", "1998", "3-9 May 1998"])
def test_what_is_not_one_day_is_refused_in_one_sentence(typed):
    assert day_of(typed) == (None, NOT_A_DAY)


def test_a_date_set_reads_the_document_from_it_and_undo_puts_it_back(make_window, tmp_path, qtbot):
    window = make_window([write(tmp_path, "story.txt", NEWS)])
    before = values(window)
    assert "not known" in window.details.written.text()
    set_date(window, qtbot, "8 January 1998")
    assert window.documents[0].document_date == "1998-01-08"
    assert values(window)[0] == "1998-01-07"  # "yesterday"
    assert window.details.written.text().startswith("8 January 1998")
    assert window.project.modified
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.session.undo_stack.undo()
    assert values(window) == before and window.documents[0].document_date is None


def test_an_unreadable_date_keeps_the_dialog_open(make_window, tmp_path):
    window = make_window([write(tmp_path, "story.txt", NEWS)])
    window.selection.select(0)
    window.editing.edit_document_date()
    dialog = window.editing.dialog
    dialog.date.setText("sometime")
    dialog.accept()
    assert dialog.isVisible() and "“sometime”" in dialog.reading.text()
    assert window.session.undo_stack.count() == 0


def test_the_date_given_is_kept_in_the_project(make_window, tmp_path, qtbot):
    window = make_window([write(tmp_path, "story.txt", NEWS)])
    set_date(window, qtbot, "1998-01-08")
    again = saved_and_reopened(window, make_window, qtbot, tmp_path / "news.tlproj")
    assert again.documents[0].document_date == "1998-01-08"
    assert values(again)[0] == "1998-01-07"


def test_a_date_found_in_the_dateline_is_shown_with_where_it_came_from(make_window, tmp_path):
    text = "NAIROBI, Kenya (AP) — Aug. 7, 1998\n\nBombs exploded yesterday outside two embassies.\n"
    window = make_window([write(tmp_path, "embassies.txt", text)])
    window.selection.select(window.session.index_of((window.documents[0].path, *span_of(window, "Bombs"))))
    assert window.details.written.text() == "7 August 1998, from the dateline"
    assert window.loaded.event(window.selection.current).value == "1998-08-06"


def test_a_date_in_the_file_name_is_shown_as_such(make_window, tmp_path):
    window = make_window([write(tmp_path, "AP_19980108.txt", NEWS)])
    window.selection.select(0)
    assert window.details.written.text() == "8 January 1998, from the file name"


def span_of(window, opening: str) -> tuple[int, int]:
    (event,) = [e for e in window.documents[0].events if e.title.startswith(opening)]
    return event.sentence.start, event.sentence.end


def test_a_web_page_opens_as_its_readable_text_with_its_own_date(settings, tmp_path, qtbot):
    from tests.core.formats.makers import article_page
    from viewer.ui.main_window import MainWindow

    page = tmp_path / "siege.html"
    page.write_bytes(article_page().encode("windows-1252"))
    window = MainWindow(settings=settings)  # as a start makes it: a small file is read before the first paint
    qtbot.addWidget(window)
    window.open_paths([str(page)])
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.show()
    shown = window.source.toPlainText()
    assert "The siege of Leningrad" in shown and "<" not in shown and "5 May 1805" not in shown
    window.selection.select(0)
    assert window.details.written.text() == "22 March 2013, from the page's metadata"
    set_date(window, qtbot, "1 May 2014")  # given, then back to the page's own
    assert window.documents[0].document_date == "2014-05-01"
    window.editing.edit_document_date()
    with qtbot.waitSignal(window.loading_finished, timeout=10_000):
        window.editing.dialog.found_button.click()
    assert window.documents[0].document_date == "2013-03-22"
    assert window.documents[0].document_date_source == "the page's metadata"


def test_a_web_page_in_a_project_keeps_its_date_and_is_not_said_changed(make_window, tmp_path, qtbot, errors):
    from tests.core.formats.makers import article_page

    page = tmp_path / "siege.html"
    page.write_bytes(article_page().encode("windows-1252"))
    again = saved_and_reopened(make_window([page]), make_window, qtbot, tmp_path / "siege.tlproj")
    doc = again.documents[0]
    assert (doc.document_date, doc.document_date_source) == ("2013-03-22", "the page's metadata")
    assert errors == []  # the page on disk reads to the same text: nothing to say
