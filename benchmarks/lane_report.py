"""Actor lanes on real articles: how many, the largest, and whether they read as names.

usage: python benchmarks/lane_report.py [DIR] [--code CHECKOUT] [--runs N]

For each article (``*.txt`` in DIR but its readme; default ../shared/data/wikiwars-dev)
prints its events, lanes and events without an actor, the ten largest lanes with their
counts, and the share of attributed events whose lane a reader would call a name. Then
the share over all articles, and the time the lanes take against the whole read of the
articles joined into one text (the median of N runs).

The name check knows nothing of the lane rules, so it holds on articles the rules were
never tried on: a lane reads as a name if it is one of the actors in resources/actors/,
or if it is a short phrase (at most six words) of capitalised words (joining words such
as "of", "the", "and", "de", "al-", unit words such as "5th", "Army", "Division", and a
bracketed acronym allowed), which opens with no word that opens sentences (an adverb, a
participle, a preposition, a determiner other than the "The" of a proper name, a
pronoun), and holds no comma, no bare number and no verb.

``--code`` reads with another checkout's viewer package (an older version, to compare).
"""

from __future__ import annotations

import argparse
import collections
import csv
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "data" / "wikiwars-dev"
ACTORS = REPO / "resources" / "actors"

_OPENERS = frozenset(
    """a an this that these those some any many most all both each every several few other another
    such no his her its their our my your it he she they we i you there here one two three four five
    six seven eight nine ten and but or so yet nor if when while although though because since as
    after before during following despite in on at by for with from under over through throughout
    upon until among between against toward towards without within across along around to of into
    about according however meanwhile later then also still thus soon finally eventually initially
    perhaps instead moreover furthermore nevertheless nonetheless therefore again now next not
    only even just late early what which who whom whose where why how""".split())
_JOINERS = frozenset("of the and de del della da di du des la le van von der den y al el bin ibn & 's".split())
_UNIT_WORD = re.compile(r"^(?:\d+(?:st|nd|rd|th)|[IVXLC]+)$")
_VERBS = frozenset(
    """is was were are be been being has had have do did does will would can could may might must
    shall should said says stated announced""".split())


def known_actors() -> set[str]:
    """Every name and other name of the actors in resources/actors/, lower case."""
    names: set[str] = set()
    for file in ("countries.tsv", "alliances.tsv"):
        with (ACTORS / file).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                for cell in (row["name"], row["other_names"]):
                    names.update(part.strip().lower() for part in (cell or "").split("|") if part.strip())
    return names


def reads_as_name(lane: str, known: set[str]) -> bool:
    """Whether a reader would call the lane a name (see the module's docstring)."""
    if lane.lower() in known:
        return True
    lane = re.sub(r"\s*\([A-Z][A-Za-z.]*\)$", "", lane)  # "Joint Operations Command (JOC)"
    words = lane.split()
    if not words or len(words) > 6 or any(mark in lane for mark in ",;:()[]\"“”"):
        return False
    first = words[0].lower()
    if first in _OPENERS and not (first == "the" and len(words) > 1 and words[1][:1].isupper()):
        return False
    # a participle or an adverb that opens a sentence ("Surrendering", "Abandoning Hispania",
    # "Emboldened by"), not a name's first word ("Spring Offensive", "Beijing", "Siegfried", "Italy")
    if first.endswith("ing") and re.search(r"[aeiouy]", first[:-3]) and first[-4] not in "jq":
        return False
    if first.endswith("ed") and len(words) > 1 and len(first) > 4 and not any(
            lane.lower().startswith(name + " ") for name in known if name.startswith(first)):
        return False
    if first.endswith("ly") and len(first) > 6:
        return False
    for k, word in enumerate(words):
        low = word.lower()
        if word.isdigit() or low in _VERBS:
            return False
        if (k and low in _JOINERS) or _UNIT_WORD.match(word) or word[:1].isupper():
            continue
        if re.match(r"^(?:al|el|ad|as|at|bin|ibn|abu)-[A-Z]", word):
            continue
        return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--code", type=Path, default=REPO, help="the checkout whose viewer package reads")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from viewer.core.actors.lanes import actor_lanes
    from viewer.core.document import analyse

    known = known_actors()
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(args.folder.glob("*.txt"))
             if "readme" not in p.name.lower()]
    attributed = named = 0
    for name, text in texts:
        events = analyse(text, name).events
        lanes = collections.Counter(e.lane for e in events if e.lane)
        good = sum(n for lane, n in lanes.items() if reads_as_name(lane, known))
        total = sum(lanes.values())
        attributed, named = attributed + total, named + good
        share = f"{good / total:.1%}" if total else "-"
        print(f"{name}: {len(events)} events, {len(lanes)} lanes, {len(events) - total} without actor, "
              f"{share} of attributed events in lanes that read as names")
        print("   " + "; ".join(f"{lane} {n}" for lane, n in lanes.most_common(10)))
        odd = sorted(lane for lane in lanes if not reads_as_name(lane, known))
        if odd:
            print("   not names: " + " | ".join(odd))
    print(f"\nall articles: {named}/{attributed} attributed events in lanes that read as names "
          f"({named / max(attributed, 1):.1%})")
    joined = "\n\n".join(text for _, text in texts)
    whole, lanes_only = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        document = analyse(joined)
        whole.append(time.perf_counter() - start)
        start = time.perf_counter()
        actor_lanes(joined, document.sentences)
        lanes_only.append(time.perf_counter() - start)
    a, b = statistics.median(whole), statistics.median(lanes_only)
    print(f"time on the joined articles ({len(joined) / 1e6:.2f} MB): analyse {a * 1000:.0f} ms, "
          f"actor_lanes {b * 1000:.0f} ms ({b / a:.1%} of analyse)")


if __name__ == "__main__":
    main()
