"""A document's date, set in the window: its deictics are read from it, undone, and kept in a project."""

from __future__ import annotations

import pytest

from tests.ui.helpers import write
from viewer.ui.document_date_dialog import NOT_A_DAY, day_of

NEWS = ("Rebels seized the airport yesterday, the army said.\n\n"
        "The president will visit the region on Friday. Talks began last week.\n")


def values(window) -> list[str | None]:
    return [e.value for d in window.documents for e in d.events]


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
    project = tmp_path / "news.tlproj"
    assert window.project.save_to(str(project))
    window.close()
    again = make_window()
    with qtbot.waitSignal(again.project.opened, timeout=10_000):
        again.open_paths([str(project)])
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
