"""Files the format tests make: web pages, Markdown, Word files (python-docx) and PDFs (Qt's QPdfWriter)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

ARTICLE_PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1252">
<title>Siege of 1801 - Wiki</title>
<meta property="article:published_time" content="2013-03-22T08:15:00Z">
<style>p::before {{ content: "2 February 1802"; }}</style>
<script>var updated = "3 March 1803"; // 4 April 1804</script>
</head><body>
<nav class="menu"><a href="/">Home</a> | Archive of 5 May 1805</nav>
<div id="mw-navigation">Tools since 6 June 1806</div>
<!-- built on 7 July 1807 -->
<main>
<h1>The siege of Leningrad</h1>
<h2>Course of the siege<span class="mw-editsection">[<a href="?edit">edit</a>]</span></h2>
<p>The <b>siege</b> began on 8 September 1941.<sup class="reference"><a href="#cite_note-1">[1]</a></sup>
It ended in <i>January 1944</i>, after {days} days.</p>
<ul><li>The ice road opened in November 1941.</li></ul>
<h2>References</h2>
<ol class="references"><li>Glantz, David (9 September 1809). <i>The Siege</i>.</li></ol>
<h3>Sources</h3><p>Printed 10 October 1810.</p>
</main>
<footer>Page last edited on 11 November 1811</footer>
</body></html>
"""


def article_page(days: str = "872", dated: bool = True) -> str:
    page = ARTICLE_PAGE.format(days=days)
    return page if dated else page.replace("article:published_time", "og:title")


def make_docx(path: Path, heading: str = "The siege of Leningrad") -> Path:
    import docx

    word = docx.Document()
    word.add_heading(heading, 1)
    word.add_paragraph("The siege began on 8 September 1941.")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "November 1941"
    table.cell(0, 1).text = "The ice road opened."
    table.cell(1, 0).text = "January 1944"
    table.cell(1, 1).text = "The siege ended."
    word.add_heading("Aftermath", 2)
    word.add_paragraph("The city was honoured in 1945.")
    word.save(str(path))
    return path


def make_zip_bomb(path: Path, unpacked: int = 100 * 1024 * 1024) -> Path:
    """A .docx-looking zip whose one member unpacks to ``unpacked`` bytes (zeros, so it packs small)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(unpacked // len(chunk)):
                member.write(chunk)
    path.write_bytes(buffer.getvalue())
    return path


def make_pdf(path: Path, pages: list[list[str]], header: str | None = None, numbers: bool = False,
             title: str | None = None, text: bool = True) -> Path:
    """A PDF of ``pages``, each a list of lines drawn one under the other (an empty string: a
    paragraph's gap), with a running ``header`` and page numbers at the foot if asked; ``title``
    in a larger type at the top of the first page; ``text=False``: only a drawing (a scan)."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)
    painter = QPainter(writer)
    try:
        body = QFont("DejaVu Sans")
        body.setPointSizeF(11)
        for number, lines in enumerate(pages, start=1):
            if number > 1:
                writer.newPage()
            if not text:
                painter.fillRect(QRectF(50, 50, 400, 300), QColor("gray"))
                continue
            painter.setFont(body)
            if header:
                painter.drawText(60, 40, header)
            y = 90.0
            if title and number == 1:
                big = QFont(body)
                big.setPointSizeF(20)
                painter.setFont(big)
                painter.drawText(60, int(y), title)
                painter.setFont(body)
                y += 40
            for line in lines:
                if line:
                    painter.drawText(60, int(y), line)
                y += 16 if line else 10
            if numbers:
                painter.drawText(290, 800, str(number))
    finally:
        painter.end()
    return path
