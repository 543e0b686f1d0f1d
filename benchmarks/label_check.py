"""Check every event's label on a set of articles: short, no date phrase or connective first,
no citation mark, not empty.

usage: python benchmarks/label_check.py [DIR ...] [--failures N]

For each .txt article of each DIR (default: the WikiWars dev set) the article is read as the
program reads it, and each event's label is checked independently of the rules that made it:

- at most 60 characters, and not empty;
- it does not open with the text of any expression the reader found in that sentence, nor
  with a word of OPENERS (prepositions of time, subordinators and connectives);
- it holds no citation mark: '[' before a digit, or '[citation'.

Prints the share of labels passing per article and overall, a sample of failures, and what
labels cost: their share of `analyse` time on the articles concatenated (median of --runs).
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an installed copy
from viewer.core import events  # noqa: E402
from viewer.core.document import Document, analyse  # noqa: E402
from viewer.core.events import timexes_by_sentence  # noqa: E402

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikiwars-dev"
LIMIT = 60
# Words a label must not open with: written here, not taken from the rules the labels follow.
OPENERS = frozenset("""
    on in at by during after before following later meanwhile however then also subsequently
    afterwards afterward thereafter eventually finally moreover furthermore nevertheless nonetheless
    thus therefore hence consequently since until till from throughout within shortly soon earlier
    previously initially ultimately additionally instead and but yet so again besides still upon
    around when while once as over early late next now whereupon meantime today yesterday tomorrow
""".split())
_CITATION = re.compile(r"\[(?:\d|citation)", re.I)
_FIRST_WORD = re.compile(r"[\w'’]+")


def failures(doc: Document) -> list[tuple[str, str, str]]:
    """(why, label, sentence) for each event whose label fails a check."""
    out = []
    by_sentence = timexes_by_sentence(doc.sentences, doc.timexes)
    for event in doc.events:
        why = _why(event.label, [doc.timexes[i].text for i in by_sentence[event.sentence.index]])
        if why:
            out.append((why, event.label, event.title))
    return out


def _why(label: str, timex_texts: list[str]) -> str | None:
    if not label.strip():
        return "empty"
    if len(label) > LIMIT:
        return f"{len(label)} characters"
    if _CITATION.search(label):
        return "citation mark"
    folded = label.casefold()
    for text in timex_texts:
        t = text.casefold()
        if folded.startswith(t) and not folded[len(t):len(t) + 1].isalnum():
            return f"opens with the expression '{text}'"
    first = _FIRST_WORD.match(label)
    if first and first.group().casefold() in OPENERS:
        return f"opens with '{first.group()}'"
    return None


def label_share(text: str, runs: int) -> tuple[float, float]:
    """(median seconds of analyse, median share of it spent making labels) over ``runs`` runs."""
    made = events.sentence_label
    spent = 0.0

    def timed(*args):
        nonlocal spent
        t0 = time.perf_counter()
        label = made(*args)
        spent += time.perf_counter() - t0
        return label

    totals, shares = [], []
    with mock.patch.object(events, "sentence_label", timed):
        for _ in range(runs):
            spent = 0.0
            t0 = time.perf_counter()
            analyse(text)
            total = time.perf_counter() - t0
            totals.append(total)
            shares.append(spent / total)
    return statistics.median(totals), statistics.median(shares)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[DEFAULT_DIR])
    ap.add_argument("--failures", type=int, default=25, help="how many failures to show (a random sample)")
    ap.add_argument("--runs", type=int, default=5, help="runs of analyse to time labels on (0: none)")
    args = ap.parse_args()
    total = passed = 0
    texts = []
    failed: list[tuple[str, str, str, str]] = []
    for folder in args.dirs:
        for path in sorted(folder.glob("*.txt")):
            if "readme" in path.name.lower():
                continue
            texts.append(path.read_text(encoding="utf-8"))
            doc = analyse(texts[-1], str(path))
            bad = failures(doc)
            n = len(doc.events)
            total, passed = total + n, passed + n - len(bad)
            print(f"{path.name:40} {n - len(bad):5}/{n:<5} {100 * (n - len(bad)) / (n or 1):6.1f}%")
            failed.extend((path.name, *f) for f in bad)
    print(f"{'overall':40} {passed:5}/{total:<5} {100 * passed / (total or 1):6.1f}%")
    shown = min(args.failures, len(failed))
    if shown:
        print(f"\n{shown} of {len(failed)} failures:")
        for name, why, label, title in sorted(random.Random(0).sample(failed, shown)):
            print(f"- {name}: {why}\n    label: {label!r}\n    title: {title!r}")
    if args.runs > 0:
        seconds, share = label_share("\n\n".join(texts), args.runs)
        print(f"\nlabels: {100 * share:.1f}% of analyse time on the {len(texts)} articles concatenated "
              f"({seconds * share * 1000:.0f} ms of {seconds * 1000:.0f} ms, median of {args.runs} runs)")


if __name__ == "__main__":
    main()
