"""Where a pattern can match, found by an engine that cannot backtrack (google-re2), the
pattern itself then tried only there: the same matches as Python's ``re``, found several times
faster where they are few (a rule over the windows of a long text, a trigger word).

For a Python pattern, ``prefiltered`` writes an RE2 pattern that matches at every place the
Python one does, and maybe at a few more: what RE2 cannot say (a look-around, a start or end
of the text) is left out, and a case-sensitive letter may be read in either case. RE2 reads
the text as ``mapped`` gives it, one byte a character: an ASCII character as itself, any other
as ``_`` if it is a word character (to ``\\w`` and ``\\b``) and as DEL if not, so that a word
boundary is where Python finds one. ``spans`` and ``matches_in`` then try the Python pattern
at each place RE2 finds, in order, as ``finditer`` would: the matches are Python's own. ``kept``
only asks RE2 (a window it keeps may hold no match: the rule's own pattern decides, later).

Without google-re2 (a platform with no build of it), or for a pattern it cannot follow (a
back-reference), ``prefiltered`` gives None and the caller uses the pattern alone.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import cache, partial
from typing import Any

# google-re2, imported by the first long text's search (``available``): None where it is not.
re2: Any = ...

# The bytes RE2 reads for characters outside ASCII (``mapped``).
WORD_BYTE, OTHER_BYTE = 0x5F, 0x7F  # "_", DEL


def available() -> bool:
    """Is google-re2 here? (Imported the first time this is asked.)"""
    global re2
    if re2 is ...:
        try:
            import re2 as module  # type: ignore[import-untyped]
        except ImportError:  # pragma: no cover - a dependency; a platform may have no build of it
            module = None
        re2 = module
    return re2 is not None


def mapped(text: str) -> bytes:
    """The text as RE2 reads it (``prefiltered``): a byte a character, at the same offsets."""
    if text.isascii():
        return text.encode("ascii")
    if _non_ascii(text) * 100 < len(text):  # a few outside ASCII
        return text.encode("ascii", _ERRORS)  # (each run of them given its bytes by _outside_ascii)
    import numpy as np  # (many: each a byte from a table, 15 times as fast)

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if int(codes.max()) > 0xFFFF:  # past the table: a run at a time
        return text.encode("ascii", _ERRORS)
    out = codes.astype(np.uint8)
    outside = codes > 0x7F
    out[outside] = np.where(_bmp_words()[codes[outside]], WORD_BYTE, OTHER_BYTE)
    return bytes(out.tobytes())


def worth_mapping(text: str) -> bool:
    """Is at most one character in twenty outside ASCII? RE2 reads each of them as ``_`` or
    DEL, which a pattern's class may take: in a text in another script, RE2 would point at
    most places, each then tried by Python. (Measured on 5 MB, one process: with typographic
    quotes, 0.8% of the characters, 1.25 s against 1.81 s without RE2; with an accented letter
    for every a, 9%, about even; in Cyrillic, half as long again.)"""
    return text.isascii() or _non_ascii(text) * 20 <= len(text)


def _non_ascii(text: str) -> int:
    """How many characters of ``text`` are outside ASCII."""
    return len(text) - len(text.encode("ascii", "ignore"))


@cache
def _bmp_words() -> Any:
    """For each character of Unicode's first 65,536, is it a word character (\\w)?"""
    import numpy as np

    every = "".join(map(chr, range(0x10000)))
    words = np.zeros(0x10000, dtype=bool)
    for m in re.finditer(r"\w+", every):
        words[m.start():m.end()] = True
    return words


def _outside_ascii(error: UnicodeError) -> tuple[str | bytes, int]:
    """What ``mapped`` writes for a run of characters outside ASCII."""
    assert isinstance(error, UnicodeEncodeError)
    run = error.object[error.start:error.end]
    return "".join("_" if c.isalnum() or c == "_" else "\x7f" for c in run), error.end


_ERRORS = "timeline-viewer-prefilter"
codecs.register_error(_ERRORS, _outside_ascii)


class Prefiltered:
    """A Python pattern and the RE2 pattern that finds where it may match (``prefiltered``)."""

    __slots__ = ("pattern", "_find")

    def __init__(self, pattern: re.Pattern[str], find: Callable[..., Any]) -> None:
        self.pattern = pattern
        self._find = partial(find, re2._Anchor.UNANCHORED)  # RE2's Match(bytes, pos, endpos): its groups' spans

    def spans(self, text: str, data: bytes, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """The spans of ``self.pattern.finditer(text, lo, hi)``; ``data``: ``mapped(text)``."""
        hi = len(text) if hi is None else hi
        base = lo - 1 if lo > 0 else 0  # the character before ``lo``, for a \b there, as Python sees it
        chunk = data[base:hi]  # ends at ``hi``, where Python's search ends
        find, match, out = self._find, self.pattern.match, []
        pos, end = lo - base, hi - base
        while pos < end:
            start = find(chunk, pos, end)[0][0]
            if start < 0:
                break
            m = match(text, base + start, hi)
            if m is None:  # RE2's pattern is looser: not here, try on
                pos = start + 1
                continue
            first, last = m.span()
            if first == last:  # (an empty match: finditer's own rules for what follows it)
                out += [n.span() for n in self.pattern.finditer(text, first, hi)]
                break
            out.append((first, last))
            pos = last - base
        return out

    def matches_in(self, text: str, laid: Laid, listed: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int, int]]:
        """The pattern's matches in the windows ``listed`` (some of ``laid``'s, in order), as
        ``finditer`` finds them in each: their starts and ends, and the end of their window."""
        find, match, joined = self._find, self.pattern.match, laid.joined
        starts, ends = laid.bounds(listed)
        i, count, pos = 0, len(listed), 0
        while i < count:
            pos = max(pos, starts[i])
            stop = laid.stop(pos)
            found = find(joined, pos, stop)[0][0]
            if found < 0:  # nothing more in the windows up to there
                i = bisect_right(ends, stop, i)
                continue
            i = bisect_right(ends, found, i)  # (those before it have nothing more)
            if i == count:
                return
            body = starts[i]
            if found < body:  # in a window not listed
                continue
            lo, hi = listed[i]
            m = match(text, lo + found - body, hi)
            if m is None:  # RE2's pattern is looser: not here, try on
                pos = found + 1
                continue
            first, last = m.span()
            if first == last:  # (an empty match: finditer's own rules for what follows it)
                yield from ((*n.span(), hi) for n in self.pattern.finditer(text, first, hi))
                i += 1
                continue
            yield first, last, hi
            pos = body + last - lo

    def kept(self, laid: Laid, listed: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
        """The windows of ``listed`` (some of ``laid``'s, in order) where
        ``self.pattern.search`` may find something: all those where it would, perhaps more."""
        find, joined = self._find, laid.joined
        starts, ends = laid.bounds(listed)
        out: list[tuple[int, int]] = []
        i, count = 0, len(listed)
        while i < count:
            stop = laid.stop(starts[i])
            found = find(joined, starts[i], stop)[0][0]
            if found < 0:  # nothing in the windows up to there
                i = bisect_right(ends, stop, i)
                continue
            i = bisect_right(ends, found, i)
            if i < count and found >= starts[i]:
                out.append(listed[i])
                i += 1
        return out


class Laid:
    """A text's windows laid end to end for RE2 (``mapped``), each after the byte before it in
    the text (a \\b at its start is where Python finds one) and before a DEL (its end is the
    end of the text, to a \\b, as to Python's search in it). RE2 then scans many windows in one call,
    never the text between them; one call reads about ``_CALL_BYTES`` (the GIL is held meanwhile)."""

    __slots__ = ("joined", "at", "_stops")

    def __init__(self, data: bytes, spans: Sequence[tuple[int, int]]) -> None:
        parts, at, pos = [], {}, 0
        stops, next_stop = [], _CALL_BYTES
        for lo, hi in spans:
            parts.append(data[lo - 1:lo] if lo else b"\x7f")
            at[lo] = pos + 1
            parts.append(data[lo:hi])
            parts.append(b"\x7f")
            pos += hi - lo + 2
            if pos >= next_stop:  # (a window's end: a match inside a window is never cut)
                stops.append(pos - 1)
                next_stop = pos + _CALL_BYTES
        self.joined = b"".join(parts)
        self.at = at  # where each window's text starts in ``joined``, by where it starts in the text
        stops.append(len(self.joined))
        self._stops = stops

    def bounds(self, listed: Sequence[tuple[int, int]]) -> tuple[list[int], list[int]]:
        """Where the text of each of these windows (some of those laid) starts and ends in ``joined``."""
        at = self.at
        starts = [at[lo] for lo, _ in listed]
        return starts, [start + hi - lo for start, (lo, hi) in zip(starts, listed)]

    def stop(self, pos: int) -> int:
        """Where a call into RE2 from ``pos`` stops: a window's end."""
        return self._stops[bisect_right(self._stops, pos)] if pos < self._stops[-1] else self._stops[-1]


_CALL_BYTES = 1 << 20


_made: dict[tuple[str, int, bool], Prefiltered | None] = {}


def prefiltered(pattern: re.Pattern[str], any_case: bool = False) -> Prefiltered | None:
    """``pattern`` with its RE2 pattern, or None where there is none (see the module's doc).
    ``any_case``: for a pattern written in lower case and searched in the text folded
    (``search.folded``): RE2 reads the text as written, the pattern without case."""
    key = (pattern.pattern, pattern.flags, any_case)
    if key not in _made:
        _made[key] = _make(pattern, any_case)
    return _made[key]


def _make(pattern: re.Pattern[str], any_case: bool) -> Prefiltered | None:
    if not available() or pattern.flags & (re.ASCII | re.LOCALE) or not isinstance(pattern.pattern, str):
        return None
    try:
        written = _Writer(int(pattern.flags) | (_IGNORECASE if any_case else 0))
        source, shortest = written.sequence(_parse(pattern.pattern, pattern.flags))
    except _UnwritableError:
        return None
    if shortest == 0:  # it could match nothing: RE2 would stop at every place
        return None
    options = re2.Options()
    options.encoding = re2.Options.Encoding.LATIN1
    options.never_capture = True
    options.log_errors = False
    options.max_mem = 4 << 20
    try:
        compiled = re2.compile(source.encode("latin-1"), options)
    except re2.error:  # too large a program, say
        return None
    return Prefiltered(pattern, compiled._regexp.Match)


class _UnwritableError(Exception):
    """A pattern RE2 cannot follow."""


def _parse(source: str, flags: int) -> Any:
    from re import _parser  # type: ignore[attr-defined]  # what re.compile reads a pattern into

    return _parser.parse(source, flags)


_ASCII = frozenset(range(128))
_DIGITS = frozenset(range(0x30, 0x3A))
_SPACES = frozenset(b" \t\n\r\f\v\x1c\x1d\x1e\x1f")
_WORDS = frozenset(c for c in range(128) if chr(c).isalnum() or c == 0x5F)
# Letters a case-insensitive Python pattern also matches outside ASCII: dotless and dotted i,
# long s, the Kelvin sign (all word characters: WORD_BYTE to RE2).
_CASE_ODD = frozenset(b"iIsSkK")
_CATEGORIES = {  # what a category matches in ASCII; can it match a word character, another one, outside it
    "CATEGORY_DIGIT": (_DIGITS, True, False),
    "CATEGORY_NOT_DIGIT": (_ASCII - _DIGITS, True, True),
    "CATEGORY_SPACE": (_SPACES, False, True),
    "CATEGORY_NOT_SPACE": (_ASCII - _SPACES, True, True),
    "CATEGORY_WORD": (_WORDS, True, False),
    "CATEGORY_NOT_WORD": (_ASCII - _WORDS, False, True),
}
_MAX_COUNT = 1000  # RE2's largest repeat count
_IGNORECASE, _DOTALL = int(re.IGNORECASE), int(re.DOTALL)


class _Writer:
    """Writes a parsed Python pattern as an RE2 pattern over ``mapped`` text that matches
    wherever it does (``sequence``), with the fewest characters a match takes."""

    def __init__(self, flags: int) -> None:
        self.flags = flags

    def sequence(self, items: Any, flags: int | None = None) -> tuple[str, int]:
        saved = self.flags
        if flags is not None:
            self.flags = flags
        try:
            parts = [self.item(str(op), av) for op, av in items]
        finally:
            self.flags = saved
        return "".join(p for p, _ in parts), sum(n for _, n in parts)

    def item(self, op: str, av: Any) -> tuple[str, int]:  # noqa: C901 - one case an operator
        ignore = bool(self.flags & _IGNORECASE)
        if op == "LITERAL" and av < 128 and not (ignore and chr(av).isalpha()):
            return _byte(av), 1
        if op in ("LITERAL", "NOT_LITERAL", "IN", "ANY"):
            return _chars(*_one_char(op, av, ignore, bool(self.flags & _DOTALL))), 1
        if op == "BRANCH":
            branches = [self.sequence(branch) for branch in av[1]]
            return "(?:" + "|".join(s for s, _ in branches) + ")", min(n for _, n in branches)
        if op == "SUBPATTERN":
            _group, add, remove, inner = av
            text, n = self.sequence(inner, (self.flags | add) & ~remove)
            return "(?:" + text + ")", n
        if op == "ATOMIC_GROUP":
            text, n = self.sequence(av)
            return "(?:" + text + ")", n
        if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, inner = av
            text, n = self.sequence(inner)
            low = min(low, _MAX_COUNT)
            top = "" if high > _MAX_COUNT else str(high)  # (MAXREPEAT: no limit)
            return f"(?:{text}){{{low},{top}}}", low * n
        if op == "AT":
            if str(av) in ("AT_BOUNDARY", "AT_NON_BOUNDARY"):
                return ("\\b" if str(av) == "AT_BOUNDARY" else "\\B"), 0
            return "", 0  # a start or end of the text or a line: RE2 reads a stretch of it
        if op in ("ASSERT", "ASSERT_NOT"):
            return "", 0  # a look-around: left to the Python pattern
        if op == "GROUPREF_EXISTS":
            _group, yes, no = av
            first = self.sequence(yes)
            second = self.sequence(no) if no is not None else ("", 0)
            return f"(?:{first[0]}|{second[0]})", min(first[1], second[1])
        raise _UnwritableError(op)  # a back-reference, or what a later Python may add


def _one_char(op: str, av: Any, ignore: bool, dotall: bool) -> tuple[set[int] | frozenset[int], bool, bool]:
    """What one character of ``op`` matches: the ASCII codes, and whether a word character,
    and another character, outside ASCII."""
    if op == "ANY":
        return set(_ASCII) - (set() if dotall else {0x0A}), True, True
    if op in ("LITERAL", "NOT_LITERAL"):
        codes, word, other = _literal(av, ignore)
        if op == "LITERAL":
            return codes, word, other
        return set(_ASCII) - {av}, True, True  # (looser than it is, never tighter)
    # What the class surely matches (for a negated one: its complement is then never too small),
    # and what it may match.
    surely: set[int] = set()
    maybe: set[int] = set()
    more: set[int] | frozenset[int]
    word = other = negate = False
    for kind, value in av:
        kind = str(kind)
        if kind == "NEGATE":
            negate = True
            continue
        if kind == "LITERAL":
            more, w, o = _literal(value, ignore)
            surely |= more
        elif kind == "RANGE":
            low, high = value
            more, w, o = set(), False, high > 127
            for code in range(low, min(high, 127) + 1):
                codes, w_one, _ = _literal(code, ignore)
                more |= codes
                w = w or w_one
            surely |= more
            if high > 127:  # (any character past ASCII; to a pattern without case, some are letters here)
                w = True
                more = more | (set(_CASE_ODD) if ignore else set())
        elif kind == "CATEGORY":
            if str(value) not in _CATEGORIES:
                raise _UnwritableError(str(value))
            more, w, o = _CATEGORIES[str(value)]
            surely |= more
        else:
            raise _UnwritableError(kind)
        maybe |= more
        word, other = word or w, other or o
    if negate:  # (a character outside ASCII, of either kind, may be none of them)
        return set(_ASCII) - surely, True, True
    return maybe, word, other


@cache
def _literal(code: int, ignore: bool) -> tuple[frozenset[int], bool, bool]:
    char = chr(code)
    if code < 128:
        codes = {code}
        if ignore and char.isalpha():
            codes |= {ord(char.lower()), ord(char.upper())}
        return frozenset(codes), ignore and code in _CASE_ODD, False
    word = char.isalnum() or char == "_"
    odd: frozenset[int] = frozenset()
    if ignore:  # long s is an s, the Kelvin sign a k, to a pattern without case
        odd = frozenset(c for c in _CASE_ODD if re.fullmatch(re.escape(char), chr(c), re.IGNORECASE))
    return odd, word, not word


def _chars(matched: set[int] | frozenset[int], word: bool, other: bool) -> str:
    codes = set(matched)
    if word:
        codes.add(WORD_BYTE)
    if other:
        codes.add(OTHER_BYTE)
    return _class(frozenset(codes))


@cache
def _class(codes: frozenset[int]) -> str:
    """A class of these bytes, as short as it may be written."""
    if not codes:
        return "[^\\x00-\\xff]"  # nothing: RE2 has no empty class
    if len(codes) == 1:
        return _byte(next(iter(codes)))
    runs: list[list[int]] = []
    for code in sorted(codes):
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "[" + "".join(_byte(a) if a == b else f"{_byte(a)}-{_byte(b)}" for a, b in runs) + "]"


def _byte(code: int) -> str:
    return chr(code) if chr(code).isalnum() and code < 128 else f"\\x{code:02x}"
