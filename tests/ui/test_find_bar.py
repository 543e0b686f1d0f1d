"""The find bar says what it looks for; the window filters the event table by it."""

from viewer.core.document import analyse
from viewer.ui.find_bar import FindBar

TEXT = "General Lee attacked on 9 May 1863. Admiral Farragut sailed on 3 April 1862. Lee withdrew in July 1863."


def test_the_query_is_announced_trimmed_and_cleared_on_close(view_on, qtbot):
    bar = view_on(FindBar, analyse(TEXT))
    queries = []
    bar.query_changed.connect(queries.append)
    qtbot.keyClicks(bar.edit, " Lee")
    assert queries[-1] == "Lee" and bar.matches == [0, 2]
    bar.close_bar()
    assert queries[-1] == "" and bar.matches == []
