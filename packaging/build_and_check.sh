#!/usr/bin/env bash
# Build the one-folder app with PyInstaller, then check that the built program (not
# the checkout) answers --version, reads the sample and renders it offscreen.
# Usage: packaging/build_and_check.sh   (VENV=path picks the virtual environment; default .venv)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${VENV:-.venv}

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" && "$venv/bin/pip" install -q .
fi
python=$(realpath "$venv")/bin/python
"$python" -m pip install -q 'pyinstaller>=6.10'

start=$SECONDS
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist/pyinstaller --workpath build/pyinstaller packaging/timeline-viewer.spec
root=$PWD
app=$root/dist/pyinstaller/timeline-viewer/timeline-viewer
echo "built $(dirname "$app") in $((SECONDS - start)) s, $(du -sh "$(dirname "$app")" | cut -f1)"

# From an empty folder, so nothing can be found in the checkout by accident.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
"$app" --version
"$app" extract --format csv "$root/seeds/western_iraq_campaign_2017.txt" >events.csv
QT_QPA_PLATFORM=offscreen "$app" --screenshot shot.png --select "Later on the same day"
# The documents as people have them (issue 17): a web page, Markdown, Word and PDF, made here with
# the venv's libraries and Qt, read by the built program (its lxml, markdown-it, python-docx, pypdf).
QT_QPA_PLATFORM=offscreen "$python" - <<'PY'
import docx
from PySide6.QtGui import QGuiApplication, QPdfWriter, QTextDocument
sentence = "The siege began on 8 September 1941."
open("page.html", "w").write(f"<html><body><nav>5 May 1905</nav><p>{sentence}</p><script>var d = '1906';</script></body></html>")
open("note.md", "w").write(f"# Siege\n\nThe **siege** began on *8 September 1941*.\n")
word = docx.Document()
word.add_paragraph(sentence)
word.save("word.docx")
app = QGuiApplication([])
doc = QTextDocument()
doc.setPlainText(sentence)
doc.print_(QPdfWriter("report.pdf"))
PY
"$app" extract page.html note.md word.docx report.pdf >formats.json
"$python" - formats.json <<'PY'
import json, sys
docs = json.load(open(sys.argv[1], encoding="utf-8"))["documents"]
got = [(d["format"], [t["value"] for t in d["timexes"]]) for d in docs]
assert got == [(f, ["1941-09-08"]) for f in ("html", "markdown", "docx", "pdf")], got
print("ok: html, markdown, docx and pdf read by the built program")
PY
"$python" - shot.png events.csv <<'PY'
import struct, sys
png = open(sys.argv[1], "rb").read()
assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", png[16:24])
assert width >= 800 and height >= 600 and len(png) > 10_000, (width, height, len(png))
rows = open(sys.argv[2], encoding="utf-8").read().splitlines()
assert rows[0].startswith("path,") and len(rows) > 10, rows[:2]
print(f"ok: {width}x{height} screenshot, {len(rows) - 1} events")
PY
