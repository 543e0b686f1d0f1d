"""PDFs made with Qt's QPdfWriter: reading order, joined hyphens, no running lines; broken ones refused."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import viewer
from tests.core.formats.makers import make_pdf
from viewer.core.formats.pdf import read_pdf
from viewer.core.opening import open_document
from viewer.core.text.decoding import DocumentError

ROOT = str(Path(viewer.__file__).resolve().parents[1])

PAGE_ONE = [
    "The siege of Leningrad began on 8 September 1941, when the",
    "German army cut the last road to the city. The city was be-",
    "sieged for 872 days.",
    "",
    "The ice road over Lake Ladoga opened in November 1941 and",
]
PAGE_TWO = [
    "carried food in. The German-",
    "Soviet front held until January 1944.",
    "",
    "The siege ended on 27 January 1944.",
]


def test_text_in_reading_order_with_hyphens_joined_and_running_lines_dropped(tmp_path, qt_gui):
    path = make_pdf(tmp_path / "siege.pdf", [PAGE_ONE, PAGE_TWO], header="History of the Siege - Chapter 3",
                    numbers=True, title="The Siege")
    readable = read_pdf(path)
    assert readable.format == "pdf"
    assert readable.text == (
        "The Siege\n\n"
        "The siege of Leningrad began on 8 September 1941, when the German army cut the last road to the "
        "city. The city was besieged for 872 days.\n\n"
        "The ice road over Lake Ladoga opened in November 1941 and carried food in. The German-Soviet front "
        "held until January 1944.\n\n"
        "The siege ended on 27 January 1944.\n")
    assert [readable.text[s:e] for s, e in readable.headings] == ["The Siege"]


def test_offsets_index_the_readable_text(tmp_path, qt_gui):
    doc = open_document(make_pdf(tmp_path / "siege.pdf", [PAGE_ONE, PAGE_TWO], numbers=True))
    assert [t.text for t in doc.timexes] == ["8 September 1941", "872 days", "November 1941", "January 1944",
                                             "27 January 1944"]
    for t in doc.timexes:
        assert doc.text[t.start:t.end] == t.text
    assert "Chapter" not in doc.text and "\n2\n" not in doc.text


def test_a_pdf_without_text_is_a_scan(tmp_path, qt_gui):
    path = make_pdf(tmp_path / "scan.pdf", [[], []], text=False)
    with pytest.raises(DocumentError, match=r"scan\.pdf: this PDF has no text layer \(a scan\?\)"):
        read_pdf(path)


def test_an_encrypted_pdf_is_refused_and_one_with_an_empty_password_read(tmp_path, qt_gui):
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(tmp_path / "plain.pdf", [PAGE_ONE])
    for name, password in (("locked.pdf", "secret"), ("open.pdf", "")):
        writer = PdfWriter(clone_from=PdfReader(plain))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
        with open(tmp_path / name, "wb") as out:
            writer.write(out)
    with pytest.raises(DocumentError, match=r"locked\.pdf: this PDF is encrypted; it needs a password to be read$"):
        read_pdf(tmp_path / "locked.pdf")
    assert "8 September 1941" in read_pdf(tmp_path / "open.pdf").text


@pytest.mark.parametrize(("damage", "problem"), [
    ("truncated", "this PDF is truncated (it does not end as a PDF ends)"),
    ("corrupt", "this PDF is damaged and cannot be read"),
    ("not a pdf", "this is not a PDF file (it does not begin as one)"),
    ("empty", "this is not a PDF file (it does not begin as one)"),
])
def test_a_broken_pdf_gets_one_line(tmp_path, qt_gui, damage, problem):
    path = make_pdf(tmp_path / "siege.pdf", [PAGE_ONE])
    data = path.read_bytes()
    broken = {"truncated": data[: len(data) // 2],
              "corrupt": data[:9] + b"\x00garbage" * 200 + b"\n%%EOF\n",
              "not a pdf": b"Just text named .pdf\n%%EOF",
              "empty": b""}[damage]
    path.write_bytes(broken)
    with pytest.raises(DocumentError) as caught:
        read_pdf(path)
    assert str(caught.value) == f"{path}: {problem}"


# A report of twenty pages: enough for a fork to read some of them (pdf.SHARED_FROM).
_SHIPS = ("Ajax", "Bramble", "Curacoa", "Duchess", "Eskimo", "Faulknor", "Glowworm", "Hardy", "Icarus", "Jervis",
          "Kelly", "Legion", "Matabele", "Nubian", "Onslow", "Punjabi", "Quorn", "Rodney", "Sikh", "Tartar")
_PORTS = ("Murmansk", "Archangel", "Reykjavik", "Scapa", "Halifax", "Gibraltar", "Malta", "Alexandria", "Freetown",
          "Liverpool", "Belfast", "Oban", "Rosyth", "Hvalfjord", "Kola", "Loch Ewe", "Iceland", "Bergen", "Narvik",
          "Tromso")
REPORT = [[f"The destroyer {ship} left {port} on {n} March 1942 with",
           f"{n + 11} merchant ships bound for {_PORTS[-n]}.", "", f"{ship} was back in {port} by {n + 9} April."]
          for n, (ship, port) in enumerate(zip(_SHIPS, _PORTS), start=1)]


def test_a_long_pdf_tells_how_far_its_pages_are_read_and_a_cancel_stops_it(tmp_path, qt_gui, monkeypatch,
                                                                          opened_telling):
    from viewer.core.formats import pdf

    path = make_pdf(tmp_path / "report.pdf", REPORT, numbers=True)
    doc, shares, before_dates = opened_telling(path)
    assert len(doc.timexes) == 40 and shares == sorted(shares) and shares[-1] == 1.0
    assert len([s for s in before_dates if s > 0]) >= 5  # the pages' reading is told as it goes

    read_here: list[int] = []
    page_lines = pdf._page_lines
    monkeypatch.setattr(pdf, "_page_lines", lambda page: read_here.append(1) or page_lines(page))
    opened_telling.cancelled_at(path, 0.2)
    assert 0 < len(read_here) < len(REPORT)


def test_a_fork_that_does_not_hand_its_pages_back_leaves_them_to_this_process(tmp_path, qt_gui, monkeypatch):
    from tests.core.test_document_shared import dying_fork
    from viewer.core.formats import pdf

    path = make_pdf(tmp_path / "report.pdf", REPORT, numbers=True)
    alone = read_pdf(path)
    monkeypatch.setattr(pdf, "beside", dying_fork)
    assert read_pdf(path, processes=2) == alone
    assert "Tartar was back in Tromso by 29 April." in alone.text and "The destroyer Ajax left" in alone.text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="work is forked on Linux only")
@pytest.mark.parametrize("mode", ["fork", "server"])
def test_a_long_pdf_read_with_a_fork_is_read_as_by_one_process(tmp_path, qt_gui, mode):
    # In a fresh interpreter, which runs one thread and so may fork itself; or, as the window
    # does, runs another thread too and sends the work to forks of a server.
    path = make_pdf(tmp_path / "report.pdf", REPORT, numbers=True)
    code = textwrap.dedent("""
        import json, sys, threading, time
        from viewer.core.formats import pdf
        from viewer.core.forked import can_fork, serve
        if sys.argv[1] == "server":
            threading.Thread(target=threading.Event().wait, daemon=True).start()
            assert serve([]) and not can_fork()
        else:
            assert can_fork()
        read_here, page_lines = [], pdf._page_lines
        def slowly(page):  # (a page of a real PDF takes 0.05-0.1 s: the server's fork starts meanwhile)
            read_here.append(1)
            time.sleep(0.05)
            return page_lines(page)
        pdf._page_lines = slowly
        shared = pdf.read_pdf(sys.argv[2], processes=2)
        print(json.dumps([shared.text, shared.headings, len(read_here)]))
    """)
    done = subprocess.run([sys.executable, "-c", code, mode, str(path)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": ROOT}, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    text, headings, read_here = json.loads(done.stdout)
    alone = read_pdf(path)
    assert (text, [tuple(h) for h in headings]) == (alone.text, list(alone.headings))
    assert 0 < read_here < len(REPORT)  # the fork read the others
