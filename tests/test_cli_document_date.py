"""`timeline-viewer extract --document-date DATE`: the day the texts were written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import viewer
from viewer.cli import main

NEWS = "The minister resigned yesterday. The cabinet will meet on Monday.\n"


def _write(tmp_path: Path) -> Path:
    path = tmp_path / "news.txt"
    path.write_text(NEWS, encoding="utf-8")
    return path


def test_the_deictics_of_every_file_are_told_from_the_date(tmp_path, capsys) -> None:
    path = _write(tmp_path)
    assert main(["extract", "--document-date", "2011-03-16", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    (doc,) = json.loads(out)["documents"]
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == [("yesterday", "2011-03-15"), ("Monday", "2011-03-21")]


def test_a_time_after_the_date_is_accepted(tmp_path, capsys) -> None:
    path = _write(tmp_path)
    assert main(["extract", "--document-date", "2011-03-16T09:30", str(path)]) == 0
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert doc["timexes"][0]["value"] == "2011-03-15"


def test_without_the_flag_the_text_is_read_as_a_narrative(tmp_path, capsys) -> None:
    path = _write(tmp_path)
    assert main(["extract", str(path)]) == 0
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == [("Monday", "XXXX-XX-XX")]


@pytest.mark.parametrize("bad", ["2011-13-01", "16/03/2011", "tomorrow", "2011-02-29"])
def test_a_bad_date_is_refused_in_one_line(tmp_path, capsys, bad) -> None:
    path = _write(tmp_path)
    assert main(["extract", "--document-date", bad, str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    (line,) = err.splitlines()
    assert "--document-date" in line and "YYYY-MM-DD" in line and bad in line


@pytest.mark.slow
def test_the_flag_in_a_real_process(tmp_path) -> None:
    path = _write(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(Path(viewer.__file__).resolve().parents[1]), PYTHONIOENCODING="utf-8")
    proc = subprocess.run([sys.executable, "-m", "viewer", "extract", "--document-date", "2011-03-16", str(path)],
                          capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    (doc,) = json.loads(proc.stdout.decode("utf-8"))["documents"]
    assert [t["value"] for t in doc["timexes"]] == ["2011-03-15", "2011-03-21"]
    bad = subprocess.run([sys.executable, "-m", "viewer", "extract", "--document-date", "2011-13-01", str(path)],
                         capture_output=True, env=env, cwd=tmp_path, timeout=120)
    assert bad.returncode == 2 and len(bad.stderr.decode("utf-8").splitlines()) == 1


def test_without_the_flag_the_date_in_the_file_name_is_used(tmp_path, capsys) -> None:
    path = tmp_path / "AP_20110316.txt"
    path.write_text(NEWS, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert [(t["text"], t["value"]) for t in doc["timexes"]] == [("yesterday", "2011-03-15"), ("Monday", "2011-03-21")]


def test_the_flag_wins_over_the_file_name(tmp_path, capsys) -> None:
    path = tmp_path / "AP_20110316.txt"
    path.write_text(NEWS, encoding="utf-8")
    assert main(["extract", "--document-date", "2011-03-23", str(path)]) == 0
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert doc["timexes"][0]["value"] == "2011-03-22"


def test_a_file_that_says_no_date_is_read_as_a_narrative(tmp_path, capsys) -> None:
    path = tmp_path / "01_WW2.txt"
    path.write_text(NEWS, encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    assert [t["text"] for t in doc["timexes"]] == ["Monday"]
