"""`timeline-viewer extract` on whatever a user may hand it: one clear line per bad file, exact offsets."""

from __future__ import annotations

import codecs
import io
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

import viewer
from viewer.cli import main
from viewer.core.text.decoding import DEFAULT_MAX_BYTES

CRLF = ("The canal froze over in 1871.\r\n"
        "On 12 March the barges were stuck.\r\n"
        "\r\n"
        "\tTwo days later the ice broke.\r\n")
OUTSIDE_BMP = "𝔗𝔥𝔢 😀🎉 chronicle 𓀀: On 26 October 1943 the fleet sailed. 🚢 In 1944 it returned."
HTML = "<p>The <b>treaty</b> was signed on 3 May 1915.</p> <script>alert(1)</script>&amp; In 1916 it broke."
LATIN1 = "Le café du port ouvrit. On 3 May 1958 Señor Núñez paid ½ in 1959."

# name: (bytes on disk, the text they decode to, one expression that must be found in it)
READABLE = {
    "latin1": (LATIN1.encode("latin-1"), LATIN1, "3 May 1958"),
    "crlf": (CRLF.encode(), CRLF, "12 March"),
    "utf8_bom": (codecs.BOM_UTF8 + CRLF.encode(), CRLF, "Two days later"),
    "utf16le_bom": (codecs.BOM_UTF16_LE + OUTSIDE_BMP.encode("utf-16-le"), OUTSIDE_BMP, "26 October 1943"),
    "utf16be_bom": (codecs.BOM_UTF16_BE + CRLF.encode("utf-16-be"), CRLF, "12 March"),
    "outside_bmp": (OUTSIDE_BMP.encode(), OUTSIDE_BMP, "26 October 1943"),
    "html": (HTML.encode(), HTML, "3 May 1915"),
}

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00" + bytes(64)


def extract(capsys, *paths: Path | str) -> tuple[int, list[dict], list[str]]:
    """(status, documents, stderr lines) of an in-process `extract` run."""
    status = main(["extract", *map(str, paths)])
    out, err = capsys.readouterr()
    return status, json.loads(out)["documents"], err.splitlines()


def assert_exact(doc: dict, text: str) -> None:
    for t in doc["timexes"]:
        assert text[t["start"]:t["end"]] == t["text"], t
    for e in doc["events"]:
        s = e["sentence"]
        assert text[s["start"]:s["end"]] == e["title"], e


def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(70 * 1024 * 1024)  # sparse: takes no disk, and must never be read
    return path


# ------------------------------------------------------------------ refused, with one line each

def assert_refused(capsys, path: Path, problem: str) -> None:
    status, docs, lines = extract(capsys, path)
    assert status == 2 and docs == []
    (line,) = lines
    assert line == f"timeline-viewer: {path}: {problem}"


def test_missing_file(tmp_path, capsys) -> None:
    assert_refused(capsys, tmp_path / "absent.txt", "no such file")


def test_directory(tmp_path, capsys) -> None:
    (tmp_path / "letters").mkdir()
    assert_refused(capsys, tmp_path / "letters", "is a directory, not a file")


def test_binary_file(tmp_path, capsys) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(PNG)
    assert_refused(capsys, path, "this is a binary file, not text")


def test_unreadable_file(tmp_path, capsys, deny_reading) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("The fort fell in 1871.")
    deny_reading(path)
    assert_refused(capsys, path, "permission denied")


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_for_real(tmp_path, capsys) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("The fort fell in 1871.")
    path.chmod(0)
    try:
        assert_refused(capsys, path, "permission denied")
    finally:
        path.chmod(0o600)


def test_file_over_the_limit_is_refused_unread(tmp_path, capsys, monkeypatch) -> None:
    path = big_file(tmp_path)
    read = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: read.append(n) or real_read(fd, n))
    tracemalloc.start()
    try:
        assert_refused(capsys, path, "the file is 70.0 MB; the largest supported is 64 MB")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert read == []
    assert peak < 4 * 1024 * 1024
    assert DEFAULT_MAX_BYTES == 64 * 1024 * 1024


# ------------------------------------------------------------------ read, with exact offsets

def test_empty_file_is_a_document_without_events(tmp_path, capsys) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    status, (doc,), lines = extract(capsys, path)
    assert (status, lines) == (0, [])
    assert doc["events"] == [] and doc["timexes"] == []


@pytest.mark.parametrize("name", READABLE)
def test_readable_input_gives_exact_offsets(tmp_path, capsys, name: str) -> None:
    data, text, expression = READABLE[name]
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    status, (doc,), lines = extract(capsys, path)
    assert (status, lines) == (0, [])
    assert_exact(doc, text)
    start = text.index(expression)
    assert {"start": start, "end": start + len(expression)}.items() <= next(
        t for t in doc["timexes"] if t["text"] == expression).items()
    assert doc["events"], "every readable input here has sentences"


def test_line_ends_stay_out_of_the_sentences(tmp_path, capsys) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(CRLF.encode())
    _, (doc,), _ = extract(capsys, path)
    assert [e["title"] for e in doc["events"]] == [
        "The canal froze over in 1871.", "On 12 March the barges were stuck.", "Two days later the ice broke."]


def test_html_tags_are_text(tmp_path, capsys) -> None:
    # Markup in a text file is text; a .html file is read as a web page (tests/core/formats).
    path = tmp_path / "page.txt"
    path.write_bytes(HTML.encode())
    _, (doc,), _ = extract(capsys, path)
    assert "<b>treaty</b>" in doc["events"][0]["title"] and "&amp;" in doc["events"][-1]["title"]


# ------------------------------------------------------------------ all at once, in a real process

@pytest.mark.slow
def test_every_bad_input_in_one_process(tmp_path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "photo.png").write_bytes(PNG)
    good = tmp_path / "good.txt"
    good.write_bytes(codecs.BOM_UTF8 + CRLF.encode())
    bad = [tmp_path / "absent.txt", tmp_path / "folder", tmp_path / "photo.png", big_file(tmp_path)]
    env = dict(os.environ, PYTHONPATH=str(Path(viewer.__file__).resolve().parents[1]), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "viewer", "extract", *map(str, [bad[0], good, *bad[1:]])],
                          capture_output=True, env=env, timeout=120)
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "Traceback" not in stderr
    lines = stderr.splitlines()
    assert [line.split(": ")[1] for line in lines] == list(map(str, bad))
    assert "64 MB" in lines[-1]
    (doc,) = json.loads(proc.stdout.decode("utf-8"))["documents"]
    assert doc["path"] == str(good)
    assert_exact(doc, CRLF)


# ------------------------------------------------------------------ any name, any content: never a traceback

posix_names = pytest.mark.skipif(sys.platform == "win32", reason="Windows names are UTF-16, not bytes")


def run_bytes(*args: bytes | str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(Path(viewer.__file__).resolve().parents[1]), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "viewer", "extract", *args], capture_output=True, env=env,
                          cwd=cwd, timeout=120)


@posix_names
@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_a_file_name_that_is_not_utf8(tmp_path, capsys, monkeypatch, fmt) -> None:
    (tmp_path / os.fsdecode(b"\xff\xfe.txt")).write_bytes(b"On 3 May 1915.")
    proc = run_bytes("--format", fmt, b"\xff\xfe.txt", cwd=tmp_path)
    assert (proc.returncode, proc.stderr) == (0, b"")
    monkeypatch.chdir(tmp_path)
    status = main(["extract", "--format", fmt, os.fsdecode(b"\xff\xfe.txt")])  # and in-process
    assert status == 0 and capsys.readouterr().out == proc.stdout.decode("utf-8")  # valid UTF-8
    out = proc.stdout.decode("utf-8")
    if fmt == "json":
        (doc,) = json.loads(out)["documents"]
        assert doc["path"] == "\\xff\\xfe.txt" and doc["events"][0]["start"] == "1915-05-03"
    else:
        assert out.splitlines()[1].startswith("\\xff\\xfe.txt,0,14,1915-05-03,")


@posix_names
def test_a_name_with_bytes_and_escapes_is_shown_escaped(tmp_path) -> None:
    proc = run_bytes(b"\xff\x1b]0;PWNED\x07.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr == b"timeline-viewer: \\xff\\x1b]0;PWNED\\x07.txt: no such file\n"
    assert json.loads(proc.stdout) == {"documents": []}


def test_terminal_escapes_in_a_cell_never_reach_the_terminal(tmp_path) -> None:
    path = tmp_path / "events.csv"
    path.write_bytes(b"start,title\n" + b"2017-10-26,The pier opened\n" * 20 + b"\x1b]0;PWNED\x07\x1b[2J,x\n")
    proc = run_bytes(str(path), cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.decode("utf-8") == (
        f"timeline-viewer: {path} line 22: 'start' is not a date: '\\x1b]0;PWNED\\x07\\x1b[2J'\n")


def test_a_huge_number_in_an_events_file_is_a_bad_row(tmp_path) -> None:
    path = tmp_path / "events.json"
    path.write_text('[{"start": ' + "9" * 5000 + ', "title": "x"}, {"start": 1e400, "title": "y"},'
                    ' {"start": NaN, "title": "z"}, {"start": "2017", "title": "Good"}]')
    proc = run_bytes(str(path), cwd=tmp_path)
    stderr = proc.stderr.decode("utf-8")
    assert proc.returncode == 2 and "Traceback" not in stderr
    assert stderr.splitlines() == [
        f"timeline-viewer: {path} event 1: 'start' is not a date: '{'9' * 39}…'",
        f"timeline-viewer: {path} event 2: 'start' is not a date: '1e400'",
        f"timeline-viewer: {path} event 3: 'start' is not a date: 'NaN'",
    ]
    assert [e["title"] for e in json.loads(proc.stdout)["documents"][0]["events"]] == ["Good"]


@pytest.mark.parametrize(("data", "problem"), [
    ("[" * 200_000, "not valid JSON (nested too deeply)"),
    ("[" + ",".join(["12345"] * 500_000) + "]",
     "holds no events: a list of 500,000 items, none of them an object with 'start' and 'title'"),
])
def test_json_that_cannot_be_events_is_one_line(tmp_path, capsys, data, problem) -> None:
    path = tmp_path / "events.json"
    path.write_text(data)
    assert_refused(capsys, path, problem)


def test_a_message_never_fails_to_encode(tmp_path, monkeypatch) -> None:
    stderr = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="strict")
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="utf-8"))
    path = tmp_path / "café – ½.csv"
    path.write_text("start,title\n2017-13-45 ½,x\n", encoding="utf-8")
    assert main(["extract", str(path), str(tmp_path / "\udcff – absent.txt")]) == 2
    stderr.flush()
    lines = stderr.buffer.getvalue().decode("ascii").splitlines()
    assert lines == [f"timeline-viewer: {tmp_path}/caf\\xe9 \\u2013 \\xbd.csv line 2: 'start' is not a date: "
                     "'2017-13-45 \\xbd'",
                     f"timeline-viewer: {tmp_path}/\\xff \\u2013 absent.txt: no such file"]
