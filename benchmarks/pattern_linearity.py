"""Does every pattern of the reading run in time linear in its input? (issue 12, item 1)

usage: python benchmarks/pattern_linearity.py [--words N] [--runs R] [--all] [--document-date YYYY-MM-DD]

Builds adversarial texts (runs of capitalised words, month names, digits, "the next
day", brackets, punctuation) of N and 4N words, then times on each:
  - every compiled regular expression of the core (the rule table, then every module-level
    pattern of viewer.core), with finditer over the whole text;
  - the whole reading (analyse), as the command line and the window run it.
Prints, per pattern and family, the ratio time(4N) / time(N): linear gives about 4,
quadratic about 16. The worst ratio per pattern is shown (all of them with --all);
anything over 8 is flagged. Times are the minimum of R runs (the noise is all upward).
With --document-date the whole reading is a news story's (that date of writing), and the rules
only news reading tries are timed too.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout, not an installed copy

import viewer.core  # noqa: E402
from viewer.core.document import analyse  # noqa: E402

FAMILIES: dict[str, Callable[[int], str]] = {
    "capitalised words": lambda n: " ".join(["Alpha", "Beta", "Gamma", "Delta"][i % 4] for i in range(n)),
    "month names": lambda n: " ".join(["March", "May", "June", "April"][i % 4] for i in range(n)),
    "days and months": lambda n: " ".join(f"{i % 28 + 1} May" for i in range(n // 2)),
    "digits spaced": lambda n: " ".join(str(i % 10) for i in range(n)),
    "one long number": lambda n: "1" * (n * 4),
    "the next day": lambda n: " ".join(["the next day"] * (n // 3)),
    "brackets": lambda n: "(" * n + "[" * n + ")" * n,
    "bracketed capitals": lambda n: " ".join("(Alpha" for _ in range(n)),
    "punctuation": lambda n: ".,;:-–—'\"" * (n // 2),
    "hyphenated numbers": lambda n: "-".join(str(1900 + i % 100) for i in range(n)),
    "no spaces": lambda n: "Alpha" * n,
}


def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    from viewer.core.timex.rules import rules

    for bc in (False, True):
        for rule in rules(bc, news=True):
            found.setdefault(id(rule.regex), (f"rule {rule.name}{' (BC)' if bc else ''}", rule.regex))
    for info in pkgutil.walk_packages(viewer.core.__path__, "viewer.core."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(id(value), (f"{info.name.removeprefix('viewer.core.')}.{name}", value))
    return list(found.values())


def _seconds(run: Callable[[], object], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return best


def _ratio(run_small: Callable[[], object], run_large: Callable[[], object], runs: int) -> tuple[float, float, float]:
    small, large = _seconds(run_small, runs), _seconds(run_large, runs)
    return small, large, large / max(small, 1e-6)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--all", action="store_true", help="every pattern and family, not only each pattern's worst")
    ap.add_argument("--document-date", help="read as news written on this day (YYYY-MM-DD)")
    args = ap.parse_args()
    day = args.document_date
    texts = {name: (make(args.words), make(4 * args.words)) for name, make in FAMILIES.items()}

    print(f"whole reading (analyse{', news of ' + day if day else ''}), {args.words} and {4 * args.words} words;"
          " time in ms")
    for family, (small, large) in texts.items():
        t1, t4, ratio = _ratio(lambda s=small: analyse(s, document_date=day),
                               lambda s=large: analyse(s, document_date=day), args.runs)
        flag = "  <-- not linear" if ratio > 8 and t4 > 0.05 else ""
        print(f"  {family:22s} {t1 * 1000:9.1f} {t4 * 1000:9.1f}  x{ratio:5.1f}{flag}")

    patterns = _patterns()
    print(f"\n{len(patterns)} patterns, finditer over each family; worst ratio per pattern (time at 4N >= 1 ms)")
    worst_overall = 0.0
    for label, pattern in patterns:
        rows = []
        for family, (small, large) in texts.items():
            t1, t4, ratio = _ratio(lambda p=pattern, s=small: sum(1 for _ in p.finditer(s)),
                                   lambda p=pattern, s=large: sum(1 for _ in p.finditer(s)), args.runs)
            rows.append((ratio if t4 >= 0.001 else 0.0, family, t1, t4))
        rows.sort(reverse=True)
        worst_overall = max(worst_overall, rows[0][0])
        for ratio, family, t1, t4 in rows if args.all else rows[:1]:
            flag = "  <-- not linear" if ratio > 8 else ""
            print(f"  {label:48s} {family:22s} {t1 * 1000:8.2f} {t4 * 1000:8.2f}  x{ratio:5.1f}{flag}")
    print(f"\nworst pattern ratio x{worst_overall:.1f} (linear 4, quadratic 16)")


if __name__ == "__main__":
    main()
