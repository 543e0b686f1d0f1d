"""The sentence-break pattern, written to be found fast (issue 18), breaks where the plain one does."""

from __future__ import annotations

import re

from viewer.bundled import sample_path
from viewer.core.text.citations import CITATION_RE
from viewer.core.text.sentences import _BREAK_RE

_PLAIN = re.compile(
    r"(?P<line_end>\r\n?|\n)"
    r"|(?<![.!?…])(?P<terminal>[.!?…]+)[\"'”’»)\]]*"
    rf"(?:{CITATION_RE.pattern})?(?=\s|\Z)"
)


def test_the_fast_break_pattern_breaks_where_the_plain_one_does() -> None:
    text = (sample_path().read_text(encoding="utf-8")
            + '\r\n\r.x...!? a.\rb…” c?!)[1] d.\n\n"Go!" he said. It was 5 p.m. Then... it ended?![12][13]\r\n.'
            + "..\n!\n?a.b. c.[a] d.) e.’ f.» g…")
    plain = [(m.span(), m.lastgroup == "line_end", m["terminal"]) for m in _PLAIN.finditer(text)]
    fast = [(m.span(), m["terminal"] is None, None if m["terminal"] is None else text[m.start():m.end("terminal")])
            for m in _BREAK_RE.finditer(text)]
    assert fast == plain
    assert len(plain) > 20
