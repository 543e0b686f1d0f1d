"""`timeline-viewer extract --jobs N`: the files read on N processes, the output and the error
lines exactly as one process gives them, in the order the files are given."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import viewer
from tests.test_cli_event_import import EVENTS, PROBLEMS
from tests.test_cli_project import write_project
from viewer.cli import main

TEXTS = {
    "harbour.txt": "The harbour was quiet for years. The new pier opened on 26 October 2017. "
                   "Two days later the mayor visited.\n",
    "war.md": "# The war\n\nOn 1 September 1939, Germany invaded Poland. In June 1940, France fell.\n",
    "empty.txt": "",
    "news.txt": "LONDON, 8 January 1998. The minister resigned yesterday. Talks resume next Tuesday.\n",
    "siege.txt": " ".join(f"On {d} May 1915 the army crossed the river number {d}." for d in range(1, 29)) + "\n",
}


def files(tmp_path: Path) -> list[str]:
    """Several documents of different kinds and sizes, a file that cannot be read among them,
    and an events file with bad rows (one stderr line each)."""
    paths = []
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(str(tmp_path / name))
    (tmp_path / "events.csv").write_text(EVENTS, encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    return [paths[0], paths[1], missing, str(tmp_path / "events.csv"), *paths[2:]]


def extract(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["extract", *args])
    out, err = capsys.readouterr()
    return status, out, err


def without_stamps(out: str) -> str:
    return re.sub(r"DTSTAMP:\d{8}T\d{6}Z", "DTSTAMP:-", out)  # iCalendar's time of writing


@pytest.mark.parametrize("fmt", ["json", "csv", "timelinejs", "timeml", "ics", "text"])
def test_jobs_2_gives_what_jobs_1_gives(tmp_path, capsys, fmt: str) -> None:
    paths = files(tmp_path)
    opts = ["--text"] if fmt == "text" else ["--format", fmt]
    one = extract(capsys, *opts, "--jobs", "1", *paths)
    two = extract(capsys, *opts, "--jobs", "2", *paths)
    if fmt == "ics":
        one, two = [(s, without_stamps(o), e) for s, o, e in (one, two)]
    assert two == one
    status, out, err = two
    assert status == 2 and out
    lines = err.splitlines()  # the missing file's line, then the events file's bad rows, in order
    assert lines[0] == f"timeline-viewer: {paths[2]}: no such file"
    assert len(lines) == 1 + len(PROBLEMS) and all(p in line for p, line in zip(PROBLEMS, lines[1:]))


def test_documents_come_in_the_order_given(tmp_path, capsys) -> None:
    paths = [p for p in files(tmp_path) if not p.endswith("missing.txt")]
    for order in (paths, paths[::-1]):
        status, out, err = extract(capsys, "--jobs", "2", *order)
        assert (status, err.count("\n")) == (2, len(PROBLEMS))  # the events file's bad rows
        assert [d["path"] for d in json.loads(out)["documents"]] == order


def test_the_error_lines_keep_the_order_of_the_files(tmp_path, capsys) -> None:
    names = [tmp_path / f"missing{i}.txt" for i in range(5)]
    good = tmp_path / "good.txt"
    good.write_text(TEXTS["harbour.txt"], encoding="utf-8")
    paths = [str(names[0]), str(good), *map(str, names[1:])]
    status, out, err = extract(capsys, "--jobs", "3", *paths)
    assert status == 2
    assert err.splitlines() == [f"timeline-viewer: {n}: no such file" for n in names]
    assert [d["path"] for d in json.loads(out)["documents"]] == [str(good)]
    assert extract(capsys, "--jobs", "1", *paths) == (status, out, err)


def test_all_files_unreadable_is_an_empty_list_and_status_2(tmp_path, capsys) -> None:
    paths = [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert extract(capsys, "--jobs", "2", *paths) == extract(capsys, "--jobs", "1", *paths)
    status, out, _ = extract(capsys, "--jobs", "2", *paths)
    assert status == 2 and json.loads(out) == {"documents": []}


def test_document_date_and_projects_work_with_jobs(tmp_path, capsys) -> None:
    project, _doc_path = write_project(tmp_path)
    paths = [str(project), *[p for p in files(tmp_path) if not p.endswith(("missing.txt", ".csv"))]]
    for opts in ([], ["--document-date", "1998-01-08"]):
        one = extract(capsys, *opts, "--jobs", "1", *paths)
        assert one[0] == 0, one[2]
        assert extract(capsys, *opts, "--jobs", "2", *paths) == one
    dated = json.loads(extract(capsys, "--document-date", "1998-01-08", "--jobs", "2", *paths)[1])
    news = next(d for d in dated["documents"] if d["path"].endswith("news.txt"))
    assert "1998-01-07" in {t["value"] for t in news["timexes"]}  # "yesterday", told from the date given
    edited = json.loads(extract(capsys, "--jobs", "2", *paths)[1])["documents"][0]
    assert any(e["edited"] for e in edited["events"]) and edited["hidden"]


@pytest.mark.parametrize("value", ["0", "auto"])
def test_jobs_0_or_auto_is_one_per_core(tmp_path, capsys, value: str) -> None:
    paths = files(tmp_path)
    assert extract(capsys, "--jobs", value, *paths) == extract(capsys, *paths)


@pytest.mark.parametrize("value", ["-1", "two", ""])
def test_a_bad_jobs_value_is_a_usage_error(capsys, value: str) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "--jobs", value, "a.txt"])
    assert exit_.value.code == 2
    assert "argument --jobs/-j" in capsys.readouterr().err


def test_jobs_as_whole_processes_without_qt(tmp_path) -> None:
    """`python -m viewer extract --jobs 2`: the same bytes as --jobs 1, and Qt never loaded."""
    paths = files(tmp_path)
    root = str(Path(viewer.__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root}
    probe = ("import runpy, sys; sys.argv = ['viewer', *sys.argv[1:]]\n"
             "try:\n    runpy.run_module('viewer', run_name='__main__')\n"
             "finally:\n    assert not any(m.startswith(('PySide6', 'shiboken6', 'pyqtgraph')) for m in sys.modules)\n")

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-c", probe, "extract", *args], capture_output=True, env=env,
                              cwd=tmp_path, timeout=120)

    one, two = run("--jobs", "1", *paths), run("--jobs", "2", *paths)
    assert (two.returncode, two.stdout, two.stderr) == (one.returncode, one.stdout, one.stderr)
    assert two.returncode == 2 and b"no such file" in two.stderr


def test_one_large_file_shared_between_two_processes_gives_what_one_gives(tmp_path, sample_text) -> None:
    """A single file of more than ``search.SHARED_FROM`` characters, with --jobs 2 (and by
    default: one process per core): its search and lanes on two processes, the same bytes."""
    from tests.large_text import narrative
    from viewer.core.timex.search import SHARED_FROM

    path = tmp_path / "long.txt"
    path.write_text(narrative(sample_text, 2 * SHARED_FROM), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(viewer.__file__).resolve().parents[1])}

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "viewer", "extract", *args, str(path)], capture_output=True,
                              env=env, cwd=tmp_path, timeout=120)

    one = run("--jobs", "1")
    assert one.returncode == 0 and one.stderr == b""
    assert len(json.loads(one.stdout)["documents"][0]["events"]) > 100
    for args in (["--jobs", "2"], [], ["--format", "csv", "--jobs", "2"]):
        got = run(*args)
        want = one if "csv" not in args else run("--format", "csv", "--jobs", "1")
        assert (got.returncode, got.stdout, got.stderr) == (want.returncode, want.stdout, want.stderr)
