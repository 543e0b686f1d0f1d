"""The search for temporal expressions: every rule's matches in the stretches of text around
its triggers, then the earliest and longest of them that do not overlap.

This is where reading a text spends its time: each rule scans only the text near the tokens
every one of its matches holds, never the whole text, and a match is read (its rule's reader
run) only when the choice comes to it: in a dense text most matches lie inside a longer one.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, nullcontext
from typing import Any, NamedTuple

from viewer.core.forked import Beside, Turns, beside, hands_off, shipped_once
from viewer.core.gc_pause import emptied
from viewer.core.progress import Pacer
from viewer.core.timex import prefilter
from viewer.core.timex.patterns import ERA_BC_AFTER_B, NEEDS, NEEDS_ANY_CASE, NEWS_TRIGGERS, TRIGGERS
from viewer.core.timex.pieces import Found
from viewer.core.timex.rules import Rule, rules

# A number, perhaps a blank, then an era before Christ ("\d\s?{ERA_BC}"), written to start with
# the era's B, which the engine skips to: 30 times faster over a text without one.
_SPEAKS_BC = re.compile(rf"B(?:(?<=\dB)|(?<=\d\sB)){ERA_BC_AFTER_B}")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_TRIGGERS = {name: re.compile(pattern) for name, pattern in TRIGGERS.items()}
_NEEDS = {name: (re.compile(pattern), False) for name, pattern in NEEDS.items()}
_NEEDS.update({name: (re.compile(pattern), True) for name, pattern in NEEDS_ANY_CASE.items()})
# Text scanned before and after a trigger: more than any expression reaches from it
# ("early in the morning of Thursday, " before a day; ", 2017" after a month).
WINDOW_BEFORE, WINDOW_AFTER = 50, 30
# Where each step ends, as shares of the search: looking for years BC, scanning with every
# rule (finding the stretches to scan is the first part of it), choosing the earliest and
# longest and reading them.
_AFTER_ERA, _AFTER_RULES, _AFTER_CHOICE = 0.01, 0.75, 0.99
_WINDOWS_SHARE = 0.12  # of the scan: finding the windows of every trigger


def find_pieces(text: str, pace: Pacer | None = None, news: bool = False, processes: int = 1,
                scanned: Callable[[], object] | None = None) -> list[Found]:
    """The pieces of the matches kept, in reading order, each with the rule that read it;
    ``pace`` is told the share of the search done as it goes; ``news``: the text has a date of
    writing, and the rules that need one are tried too; ``processes`` above 1: a text of
    ``SHARED_FROM`` characters or more has its trigger windows and its rules' scans shared with
    a fork (``_windows_and_rules``, ``_candidates``), with the same result. ``scanned`` is called
    once the rules' scans are over, before the choice: what is left of the search, and of the
    reading after it for a while, is done in this process alone (a second core is free). The text
    is read with the letters a pattern without case takes for ASCII ones in those letters
    (``in_ascii_letters``: "Auguſt")."""
    pace = pace or Pacer()
    text = in_ascii_letters(text)
    bc = _speaks_bc(text, pace.part(0.0, _AFTER_ERA))
    shared = processes > 1 and len(text) >= SHARED_FROM
    scan = pace.part(_AFTER_ERA, _AFTER_RULES)
    data = _mapped(text)
    with shipped_once(data) if shared and data is not None else nullcontext():  # (for the forks that share the scans)
        windows, table = _windows_and_rules(text, data, bc, news, shared, scan.part(0.0, _WINDOWS_SHARE))
        matches = _candidates(text, data, (bc, news), windows, shared, scan.part(_WINDOWS_SHARE, 1.0))
    pace.reached(_AFTER_RULES)
    if scanned is not None:
        scanned()
    found = _leftmost_longest(text, table, matches, pace.part(_AFTER_RULES, _AFTER_CHOICE))
    pace.reached(_AFTER_CHOICE)
    return found


class _Matches(NamedTuple):
    """Every rule's matches, a number each that sorts them as the choice takes them (see
    ``_KeyShape``), and the end of the stretch each was found in (``ends``, by the number's
    last field: the match's place in the scan), to find it again. Numbers, not the matches:
    a dense text has millions, most of them inside a longer one and never read."""

    keys: list[int]
    ends: array[int]
    ranks: list[int]  # the rules scanned, by their places in the table


class _KeyShape(NamedTuple):
    """How many bits each field of a match's number takes. From the highest: where it starts,
    where it ends counted back from the text's end, the rule's place in the table, its place
    in the scan. Numbers in order are then the matches as the choice takes them: the earliest
    first, then the longest, then the rule first in the table, then the one found first (two
    equal matches of one rule, in overlapping windows, come in the order they were found, as
    a list of them sorted stably took them)."""

    place: int
    rule: int
    seen: int


def _shape(text: str, table: tuple[Rule, ...]) -> _KeyShape:
    """Room for every field: a place in the text, a rule's place, and the count of matches.
    A rule's matches in one window do not overlap, and its windows are disjoint, so it has at
    most one per character and one more per window: fewer than twice the text's length."""
    most = len(table) * (2 * len(text) + 2)
    return _KeyShape(len(text).bit_length() + 1, len(table).bit_length(), most.bit_length())


SHARED_FROM = 1 << 16  # characters: in a shorter text a fork costs more than it saves
# Characters from which the search finds where each pattern may match with RE2 (``prefilter``):
# in a shorter text, making the RE2 patterns costs more than they save.
PREFILTERED_FROM = 1 << 16


def prefilters_made(bc: bool, news: bool) -> None:
    """Compile ``rules(bc, news)``, and make the RE2 patterns the search of a long text with them
    uses, ahead of it (``prefilter.prefiltered``; about 0.1 s): a fork server's processes start with them."""
    table = rules(bc, news)
    if prefilter.available():
        for pattern in _TRIGGERS.values():
            prefilter.prefiltered(pattern)
        for pattern, any_case in _NEEDS.values():
            prefilter.prefiltered(pattern, any_case)
        for rule in table:
            prefilter.prefiltered(rule.regex)


def _mapped(text: str) -> bytes | None:
    """The text as RE2 reads it (``prefilter.mapped``), where the search uses RE2; else None."""
    fast = len(text) >= PREFILTERED_FROM and prefilter.available() and prefilter.worth_mapping(text)
    return prefilter.mapped(text) if fast else None


def _candidates(text: str, data: bytes | None, kind: tuple[bool, bool], windows: dict[str, list[tuple[int, int]]],
                shared: bool, pace: Pacer) -> _Matches:
    """Every rule's matches (of ``rules(*kind)``), each rule scanning only its trigger's
    ``windows``. Only where they are is kept: the readers run later, on the matches chosen
    (``_leftmost_longest``).

    ``shared``: the rules are shared with a fork of this process (``forked.beside``), each
    process taking the next rule not yet taken (``forked.Turns``; the rules with the most text
    to scan first) until none is left. Two forks share them instead where this process is a
    window's (``forked.hands_off``) and a window of text is longer than ``_LONGEST_HELD`` (a
    dense text's). The matches are the same, numbered as if one process had scanned them all:
    a rule's matches keep their order, and two rules' matches never tie. The rules no fork
    scanned (none could be made, or one failed) are scanned here."""
    table = rules(*kind)
    shape = _shape(text, table)
    if not shared:
        lower = _lower(text, data, table, pace)
        return _scanned(text, data, lower, table, enumerate(range(len(table))), windows, shape, pace, len(table))
    order = _largest_first(table, windows)
    turns = Turns(len(order))
    here = not hands_off() or _longest(windows) <= _LONGEST_HELD
    with shipped_once(windows), ExitStack() as forks:
        others: list[Beside[Any]] = [
            forks.enter_context(beside(_rules_taken, text, data, kind, order, turns, windows, shape))
            for _ in range(1 if here else 2)]
        found: list[tuple[int, _Matches]] = []  # parts of the matches, each with the number of its first
        if here:
            lower = _lower(text, data, table, pace)  # (each process folds the text itself: quicker than sending it)
            found.append((0, _scanned(text, data, lower, table, ((k, order[k]) for k in turns), windows, shape, pace,
                                      len(order))))
        for fork in others:
            while (part := fork.result(waiting=lambda: pace(turns.done()))) is not None:
                found.append(part)
    scanned = {k for _, one in found for k in one.ranks}
    left = [k for k in range(len(table)) if k not in scanned]
    if left:  # a fork's rules were not had: scanned here
        found.append((0, _scanned(text, data, _lower(text, data, table, pace), table, enumerate(left), windows, shape,
                                  pace, len(left))))
    matches = _Matches([], array("q"), [])
    for first, one in found:
        offset = len(matches.ends) - first  # their places in the scan come after these
        matches.keys.extend([key + offset for key in one.keys] if offset else one.keys)
        matches.ends.extend(one.ends)
        matches.ranks.extend(one.ranks)
    return matches


# The longest window a process with other threads scans itself: a call into a rule's pattern
# over it holds the GIL, and the other threads with it (a window's GUI thread), for a few ms.
_LONGEST_HELD = 1 << 16


def _longest(windows: dict[str, list[tuple[int, int]]]) -> int:
    return max((hi - lo for spans in windows.values() for lo, hi in spans), default=0)


# Matches a fork sends back at a time, at least (``_rules_taken``).
_PART = 1 << 17


def _rules_taken(text: str, data: bytes | None, kind: tuple[bool, bool], order: list[int], turns: Turns,
                 windows: dict[str, list[tuple[int, int]]], shape: _KeyShape) -> Iterator[tuple[int, _Matches]]:
    """In a fork: the matches of the rules it takes its turn at (``_candidates``), a part at a
    time: the matches of whole rules, ``_PART`` or more, with the number of the first. (A dense
    text's are millions: loading them in one piece held the window's GIL 70 ms.)"""
    table = rules(*kind)
    sent = ranked = 0
    matches = None
    for matches in _scanning(text, data, _lower(text, data, table), table, ((k, order[k]) for k in turns), windows,
                             shape, Pacer(turns.report), len(order)):
        if len(matches.ends) - sent >= _PART:
            yield sent, _Matches(matches.keys[sent:], matches.ends[sent:], matches.ranks[ranked:])
            sent, ranked = len(matches.ends), len(matches.ranks)
    if matches is None:  # (it came when every rule was taken)
        yield 0, _Matches([], array("q"), [])
    elif len(matches.ranks) > ranked:
        yield sent, _Matches(matches.keys[sent:], matches.ends[sent:], matches.ranks[ranked:])


def _lower(text: str, data: bytes | None, table: tuple[Rule, ...], pace: Pacer | None = None) -> str:
    """The text ``folded``, where a rule of ``table`` needs it (what it ``needs`` in any case)
    and RE2 does not look for it (``data`` None)."""
    return folded(text, pace) if data is None and any(rule.needs for rule in table) else text


# The triggers in the order two processes take them to find their windows (``_windows_and_rules``):
# the slowest to scan for first (a word, a digit, a month), so that the two end together.
_SLOWEST_FIRST = ("word", "digit", "month", "quoted_day", "news", "spelled")


def _windows_and_rules(text: str, data: bytes | None, bc: bool, news: bool, shared: bool,
                       pace: Pacer) -> tuple[dict[str, list[tuple[int, int]]], tuple[Rule, ...]]:
    """The windows of every trigger the rules use, and the rules (``rules.rules``: compiled on
    their first use in a process). ``shared``: the windows found by this process and a fork of
    it at once, each taking the next trigger not yet taken (``forked.Turns``), this one once
    it has the rules (and their RE2 patterns, given ``data``: ``_mapped``): the fork starts on
    the windows while they are compiled. (Each call into a trigger's pattern reads a stretch of
    64K characters at most: ``_token_spans``.)"""
    names = sorted((name for name in _TRIGGERS if news or name not in NEWS_TRIGGERS),
                   key=lambda name: _SLOWEST_FIRST.index(name) if name in _SLOWEST_FIRST else len(_SLOWEST_FIRST))
    if not shared:
        return _found_windows(text, data, names, range(len(names)), pace), rules(bc, news)
    turns = Turns(len(names))
    with beside(_windows_taken, text, data, names, turns) as fork:
        if data is not None:  # made here, once, for the forks that share the rules' scans
            prefilters_made(bc, news)
        table = rules(bc, news)
        windows = _found_windows(text, data, names, turns, pace)
        theirs = fork.result(waiting=lambda: pace(turns.done()))
    if theirs is None:  # the fork's were not had: found here too
        theirs = _found_windows(text, data, names, [k for k, name in enumerate(names) if name not in windows], pace)
    windows.update(theirs)
    return windows, table


def _windows_taken(text: str, data: bytes | None, names: list[str], turns: Turns) -> dict[str, list[tuple[int, int]]]:
    """In a fork: the windows of the triggers it takes its turn at, its progress told ``turns``."""
    return _found_windows(text, data, names, turns, Pacer(turns.report))


def _found_windows(text: str, data: bytes | None, names: list[str], taken: Iterable[int],
                   pace: Pacer | None = None) -> dict[str, list[tuple[int, int]]]:
    """The windows of the triggers ``names`` at the places ``taken`` (by their places)."""
    pace, total = pace or Pacer(), len(names)
    return {names[k]: _windows(text, _TRIGGERS[names[k]], pace.part(k / total, (k + 1) / total), data)
            for k in taken}


def _largest_first(table: tuple[Rule, ...], windows: dict[str, list[tuple[int, int]]]) -> list[int]:
    """The rules' places in the table, the rules with the most text to scan first (the length of
    their trigger's windows), so that two processes taking them in turn end at about the same time."""
    size = {name: sum(hi - lo for lo, hi in spans) for name, spans in windows.items()}
    return sorted(range(len(table)), key=lambda k: -size[table[k].trigger])


def _scanned(text: str, data: bytes | None, lower: str, table: tuple[Rule, ...], places: Iterable[tuple[int, int]],
             windows: dict[str, list[tuple[int, int]]], shape: _KeyShape, pace: Pacer, total: int) -> _Matches:
    """The matches of the rules ``places`` gives (each its turn, of ``total``, and its place in
    the table), in their triggers' ``windows`` (``lower``: the text ``folded``), numbered in the
    order found. Given ``data`` (``_mapped``), RE2 finds where to look (``prefilter.Laid``)."""
    matches = _Matches([], array("q"), [])
    for matches in _scanning(text, data, lower, table, places, windows, shape, pace, total):  # noqa: B007
        pass
    return matches


def _scanning(text: str, data: bytes | None, lower: str, table: tuple[Rule, ...], places: Iterable[tuple[int, int]],
              windows: dict[str, list[tuple[int, int]]], shape: _KeyShape, pace: Pacer,
              total: int) -> Iterator[_Matches]:
    """``_scanned``: the matches so far given after each rule's."""
    narrowed: dict[tuple[str, tuple[str, ...]], list[tuple[int, int]]] = {}
    laid: dict[str, prefilter.Laid] = {}
    matches = _Matches([], array("q"), [])
    total = total or 1
    for i, k in places:
        matches.ranks.append(k)
        rule = table[k]
        pace(i / total)  # (a rule may find no window to scan)
        spans = windows[rule.trigger]
        for n in range(1, len(rule.needs) + 1):  # the windows that hold its first need serve others
            key = (rule.trigger, rule.needs[:n])
            if key not in narrowed:
                narrowed[key] = _holding(text, lower, spans, key[1][-1:], pace.part(i / total, i / total),
                                         _laid(laid, rule.trigger, data, windows))
            spans = narrowed[key]
        scan = pace.part(i / total, (i + 1) / total)
        fast = prefilter.prefiltered(rule.regex) if data is not None else None
        if fast is not None:
            _scan_laid(fast, text, _laid(laid, rule.trigger, data, windows), rule, k, spans, matches, shape, scan)
        else:
            _scan(text, rule, k, spans, matches, shape, scan)
        yield matches


def _laid(laid: dict[str, prefilter.Laid], trigger: str, data: bytes | None,
          windows: dict[str, list[tuple[int, int]]]) -> prefilter.Laid | None:
    """The trigger's windows laid out for RE2, made on their first use; None without ``data``."""
    if data is None:
        return None
    if trigger not in laid:
        laid[trigger] = prefilter.Laid(data, windows[trigger])
    return laid[trigger]


def _scan_laid(fast: prefilter.Prefiltered, text: str, laid: prefilter.Laid | None, rule: Rule, rank: int,
               spans: list[tuple[int, int]], matches: _Matches, shape: _KeyShape, pace: Pacer) -> None:
    """``_scan``, RE2 finding where the rule's pattern may match (``Prefiltered.matches_in``)."""
    assert laid is not None
    keys, ends, _ = matches
    size, place, seen, rule_field = len(text), shape.place, shape.rule + shape.seen, rank << shape.seen
    pace(0.0)
    for start, end, hi in fast.matches_in(text, laid, spans):
        count = len(ends)
        if not count & 1023:
            pace(start / size)
        keys.append((((start << place) | (size - end)) << seen) | rule_field | count)
        ends.append(hi)


def _scan(text: str, rule: Rule, rank: int, spans: list[tuple[int, int]], matches: _Matches, shape: _KeyShape,
          pace: Pacer) -> None:
    """Add the rule's matches in ``spans`` (the rule's ``rank``: its place in the table)."""
    keys, ends, _ = matches
    finditer, size, total = rule.regex.finditer, len(text), len(spans)
    place, seen, rule_field = shape.place, shape.rule + shape.seen, rank << shape.seen
    for j, (lo, hi) in enumerate(spans):
        if not j & 255:
            pace(j / total)
        for m in finditer(text, lo, hi):
            start, end = m.span()
            count = len(ends)
            if not count & 1023:  # a window of a dense text runs through megabytes
                pace((j + (start - lo) / max(hi - lo, 1)) / total)
            keys.append((((start << place) | (size - end)) << seen) | rule_field | count)
            ends.append(hi)


def _leftmost_longest(text: str, table: tuple[Rule, ...], matches: _Matches, pace: Pacer) -> list[Found]:
    """The pieces of the matches kept: of those that overlap, the earliest, then the longest
    (then the rule first in the table). A match is read only when none kept overlaps it: its
    reader may veto it, and so may a paragraph break inside it (an expression never runs over
    one); then the next one is tried, as if the vetoed match had never been found. The readers
    read only a match and the text, so reading fewer of them changes nothing else."""
    unsorted, ends, _ = matches
    shape = _shape(text, table)
    keys = in_order(unsorted)
    emptied(unsorted)  # (its numbers are the sorted list's too: only let go of here)
    size, count_mask = len(text), (1 << shape.seen) - 1
    rule_mask, place_mask = (1 << shape.rule) - 1, (1 << shape.place) - 1
    end_shift, start_shift = shape.seen + shape.rule, shape.seen + shape.rule + shape.place
    blank, out = _BLANK_LINE.search, []
    kept_end, total = -1, len(keys) or 1
    for j, key in enumerate(keys):
        if not j & 255:
            pace(j / total)
        start = key >> start_shift
        if start < kept_end:
            continue
        end = size - ((key >> end_shift) & place_mask)
        if blank(text, start, end):
            continue
        rule = table[(key >> shape.seen) & rule_mask]
        m = rule.regex.match(text, start, ends[key & count_mask])
        assert m is not None and m.end() == end, (rule.name, start, end)  # found there by the same pattern
        pieces = rule.handler(m, text)
        if pieces:
            name = rule.name
            out += [Found(piece.start, piece.end, piece.reading, name) for piece in pieces]
            kept_end = end
    emptied(keys)  # (a dense text's millions of numbers, freed a part at a time)
    return out


# The most values ``in_order`` sorts in one call. Sorting a dense text's 2,000,000 match
# numbers in one call held the GIL 46 ms: a window's GUI thread waited as long.
STEP = 1 << 16


def in_order(values: list[int]) -> list[int]:
    """``sorted(values)``, made by calls of about ``STEP`` values each, the GIL let go between
    them: the parts sorted; the values between each pair of quantiles of a sample of them
    gathered from every part and sorted (Python's sort merges the sorted pieces as it goes);
    those runs joined in order."""
    if len(values) <= 4 * STEP:
        return sorted(values)
    parts = [sorted(values[k:k + STEP]) for k in range(0, len(values), STEP)]
    every = max(1, STEP // 64)  # 64 of each part in the sample
    sample = sorted(v for part in parts for v in part[::every])
    pivots = sample[64::64]  # one run about each part's length
    cuts = [[0, *(bisect_left(part, pivot) for pivot in pivots), len(part)] for part in parts]
    out: list[int] = []
    for b in range(len(pivots) + 1):
        run: list[int] = []
        for part, cut in zip(parts, cuts):
            run += part[cut[b]:cut[b + 1]]
        run.sort()
        out += run
    return out


# Letters a pattern without case takes for ASCII ones, and the letters they are: long s, the
# Kelvin sign, dotless and dotted i ("the ſecond quarter", "Auguſt", in a text set in an old type).
_ODD_LETTERS = (("\u017f", "s"), ("\u212a", "K"), ("\u0131", "i"), ("\u0130", "I"))


def in_ascii_letters(text: str) -> str:
    """The text with ``_ODD_LETTERS`` written as their ASCII letters, character for character
    (every place is the same): the search reads it so, as the readers' tables have the words."""
    if not text.isascii():
        for odd, letter in _ODD_LETTERS:
            text = text.replace(odd, letter)
    return text


def _holding(text: str, lower: str, spans: list[tuple[int, int]], needs: tuple[str, ...],
             pace: Pacer | None = None, laid: prefilter.Laid | None = None, step: int = 4096) -> list[tuple[int, int]]:
    """The windows that hold each of ``needs`` (keys of patterns.NEEDS and NEEDS_ANY_CASE, the
    latter looked for in ``lower``, the text folded): only they can hold a match of a rule that
    needs them. ``pace`` is told between every ``step`` windows. Given ``laid`` (these
    windows' trigger's, for RE2), perhaps a few more that hold none: a rule's scan finds nothing there."""
    for name in needs:
        pattern, any_case = _NEEDS[name]
        fast = prefilter.prefiltered(pattern, any_case) if laid is not None else None
        if fast is not None and laid is not None:
            if pace is not None:
                pace(0.0)
            spans = fast.kept(laid, spans)
            continue
        search, where = pattern.search, lower if any_case else text
        kept: list[tuple[int, int]] = []
        for i in range(0, len(spans), step):
            if pace is not None:
                pace(0.0)
            kept += [(lo, hi) for lo, hi in spans[i:i + step] if search(where, lo, hi)]
        spans = kept
    return spans


def folded(text: str, pace: Pacer | None = None, step: int = 1 << 20) -> str:
    """The text in lower case, character for character (so at the same offsets): wherever a
    case-insensitive pattern matches a word of ASCII letters, the word in lower case is here.
    The three letters whose lower case is not so (dotted and dotless i, long s) are put first
    as the ASCII letter a case-insensitive pattern takes them for. A megabyte at a time, with
    a report to ``pace`` between (a Cancel waits for one)."""
    if len(text) <= step:
        return _fold(text)
    parts = []
    for i in range(0, len(text), step):
        if pace is not None:
            pace(0.0)
        parts.append(_fold(text[i:i + step]))
    return "".join(parts)


def _fold(text: str) -> str:
    return text.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s").lower()


def _speaks_bc(text: str, pace: Pacer, step: int = 1 << 16) -> bool:
    """Does the text write years BC? Searched in slices, so a thread reading a large
    document lets the window's thread run between them, and a Cancel stops it."""
    for i in range(0, len(text), step):
        pace(i / len(text))
        if _SPEAKS_BC.search(text, max(0, i - 16), i + step):
            return True
    return False


def _windows(text: str, trigger: re.Pattern[str], pace: Pacer, data: bytes | None = None) -> list[tuple[int, int]]:
    """Disjoint stretches of text around the trigger's tokens, cut at whitespace: each token
    with ``WINDOW_BEFORE`` characters before it and ``WINDOW_AFTER`` after, run together where
    they meet (where a token starts at most the two together after the one before ends)."""
    size, reach = len(text), WINDOW_BEFORE + WINDOW_AFTER
    runs: list[tuple[int, int]] = []  # from the start of a run's first token to the end of its last
    first = last = -reach - 1
    for spans in _token_spans(trigger, text, pace.part(0.0, 0.5), data):
        for start, end in spans:
            if start - last > reach:
                runs.append((first, last))
                first = start
            last = end
    runs.append((first, last))
    out = []
    for k, (start, end) in enumerate(runs[1:]):
        if not k & 1023:
            pace(0.5 + 0.5 * k / len(runs))
        lo, hi = max(0, start - WINDOW_BEFORE), min(size, end + WINDOW_AFTER)
        out.append((_to_space(text, lo, -1), _to_space(text, hi, 1)))
    return out


_CHUNK = 1 << 16
_REACH = 256  # how far past a chunk's end a trigger that starts inside it may run


def _token_spans(pattern: re.Pattern[str], text: str, pace: Pacer,
                 data: bytes | None = None) -> Iterator[list[tuple[int, int]]]:
    """The spans of ``pattern.finditer(text)``, a list a chunk, with a report between chunks:
    a rare trigger's scan runs through megabytes between two matches. Chunks end at a space,
    and a match may run ``_REACH`` characters past its chunk's end (triggers are short).
    Given ``data`` (``_mapped``), RE2 finds where the pattern may match."""
    size, pos = len(text), 0
    fast = prefilter.prefiltered(pattern) if data is not None else None
    while pos < size:
        cut = _to_space(text, min(size, pos + _CHUNK), 1)
        pace(pos / size)
        if fast is not None and data is not None:
            spans = fast.spans(text, data, pos, min(size, cut + _REACH))
        else:
            spans = [m.span() for m in pattern.finditer(text, pos, min(size, cut + _REACH))]
        while spans and spans[-1][0] >= cut:  # the next chunk's, found in the reach
            spans.pop()
        if spans:
            yield spans
            pos = spans[-1][1]
        pos = max(pos, cut)


def _to_space(text: str, pos: int, step: int) -> int:
    limit = max(0, pos - 40) if step < 0 else min(len(text), pos + 40)
    while pos != limit and not text[pos - (step < 0)].isspace():
        pos += step
    return pos
