"""Regular-expression building blocks for temporal expressions.

Month and weekday names are matched case-sensitively: "May" and "March" are months,
"may" and "march" are not. Everything else is case-insensitive.
"""

from __future__ import annotations

import re

_MONTH_WORDS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec")
MONTH = rf"(?-i:(?:{_MONTH_WORDS}|(?:{'|'.join(_MONTH_ABBREVIATIONS)})\.?)(?!\w))"
MONTH_FULL = rf"(?-i:(?:{_MONTH_WORDS})(?!\w))"
WEEKDAY = r"(?-i:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\w))"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w|:\d)"
# "B.C." keeps its last dot; in "493 BC." the dot ends the sentence. (What follows the B, apart:
# search._SPEAKS_BC looks for the B first.)
ERA_BC_AFTER_B = r"(?-i:(?:\.\s?C\.(?:\s?E\.)?|\.\s?C(?![\w.])|CE|C)(?!\w))"
ERA_BC = rf"(?-i:B{ERA_BC_AFTER_B})"
ERA_AD = r"(?-i:A\.?D\.?(?!\w)|C\.?E\.?(?!\w))"
_NOT_AFTER_YEAR = r"(?![\d%]|[.,]\d)"
# A year as written next to a month: four digits, or any number with an era.
YEAR_AD = rf"(?:(?:{ERA_AD}\s?)?\d{{1,4}}\s?(?:{ERA_BC}|{ERA_AD})|(?:1\d{{3}}|20\d\d){_NOT_AFTER_YEAR})"
# In a text that speaks of years BC, a bare "480" next to a month is a year too.
YEAR_BC = rf"(?:{YEAR_AD}|\d{{3}}{_NOT_AFTER_YEAR})"
NUM_WORD = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|hundred|a\s+dozen|half\s+a"
)
# "1,460 years" is a number with a thousands separator, never "460 years".
NUM = rf"(?:(?:(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+|\s1/2)?|{NUM_WORD})(?:\s+and\s+(?:a\s+)?half(?!\s+(?:a|an)\b))?)"
VAGUE_NUM = r"(?:a\s+few|few|several|some|many|a\s+number\s+of|numerous|a\s+couple\s+of)"
QUANTITY = rf"(?:{NUM}|an?|{VAGUE_NUM})"
APPROX = (
    r"(?:(?:only|just|a\s+mere|mere|nearly|almost|about|around|approximately|roughly|some|less\s+than"
    r"|(?:a\s+little\s+)?more\s+than|fewer\s+than|under|at\s+least|barely|up\s+to|close\s+to|another)\s+)"
)
UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
# Modifiers that keep the value ("early October" is still 1939-10).
MOD = (
    r"(?:(?:(?:early|late|later|earlier)\s+in|early|late|mid"
    r"|the\s+(?:very\s+)?(?:beginning|start|end|middle|close|turn|remainder|rest"
    r"|first\s+days|last\s+days|first\s+weeks|last\s+weeks|first\s+months|last\s+months|early\s+days"
    r"|early\s+part|later\s+part|latter\s+part|final\s+days|final\s+months))(?:\s+of)?(?:\s+|-))"
)
SEASON = r"(?:spring|summer|autumn|fall(?!\s+of\s+(?!\d))|winter)"
PART = r"(?:morning|afternoon|evening|night|dawn|daybreak|dusk|nightfall|midnight)"
RANGE = r"\s?(?:[-\u2013\u2014]|to|until|till|through|and)\s?"
ORDINAL_WORD = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|twenty[- ]first)"
)

# Every expression holds at least one of these; rules only scan the text around them.
_TRIGGER_WORDS = (
    "second seconds minute minutes hour hours day days night nights week weeks fortnight fortnights"
    " month months year years decade decades century centuries morning afternoon evening dawn"
    " daybreak dusk nightfall midnight spring summer autumn fall winter half quarter daily weekly"
    " monthly annually yearly now today nowadays currently current present modern time former formerly"
    " recent recently past future christmas easter new monday tuesday wednesday thursday friday"
    " saturday sunday"
).split()
_WORD_FORMS = sorted({f for w in _TRIGGER_WORDS for f in (w, w.capitalize(), w.upper())}, key=lambda w: (-len(w), w))


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a tree of their shared beginnings ("d(?:a(?:y(?:s)?...")),
    which the engine tries a letter at a time instead of a word at a time. Of words of letters
    between word boundaries at most one matches at a place, so the order does not matter."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + pattern(node[ch]) for ch in sorted(node) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + "?" if "" in node else body

    return pattern(tree)


_MONTH_FORMS = [*_MONTH_WORDS.split("|"), *_MONTH_ABBREVIATIONS, *(a + "." for a in _MONTH_ABBREVIATIONS)]

TRIGGERS = {
    # (\d\d*, not \d+: a pattern that starts with a single class is scanned for faster)
    "digit": r"\d\d*",
    # MONTH, as a tree of its names and abbreviations with and without their dot: its
    # alternatives then start with their first letters, which the engine skips to (three
    # times faster than MONTH behind a look-ahead for them). The same matches: at a place at
    # most one name ends a word, and its dot is taken if the word still ends after it.
    "month": rf"(?-i:{_trie(_MONTH_FORMS)}(?!\w))",
    # Case-sensitive forms behind a first-letter check, as a tree: a case-insensitive
    # alternation is several times slower to scan, and a flat one twice as slow.
    "word": rf"\b(?=[{''.join(sorted({w[0] for w in _WORD_FORMS}))}]){_trie(_WORD_FORMS)}\b",
    # Rules that hold a rarer token of their own scan only around it. Each pattern starts
    # with plain text, which the engine finds many times faster than a word boundary.
    "unit_end": r"'s\s+(?:end|close)\b",
    "long": r"-long\b",
    "following": r"ing\s+(?:day|week|month|year)s\b",
    "to_date": r"to date\b",
    "night": r"ight",
    "daytime": r"ay-?time",
    "season": r"season\b",
    "day_of": r"day of the\b",
    "day_alone": r"he \d\d?(?:st|nd|rd|th)\b",
    # Said in quoted speech: the speaker's day (readers.relative.quoted_day).
    # (?i:\b(?:today|tomorrow|yesterday)\b), written to start with its first letters, which the
    # engine skips to: no other letter is a t or a y to a case-insensitive pattern.
    "quoted_day": r"[tTyY](?<!\w[tTyY])(?i:(?<=[tT])(?:oday|omorrow)|(?<=[yY])esterday)\b",
    # The words of the rules tried only in a text with a date of writing (news).
    "news": r"(?i:\b(?:yesterday|tomorrow|weekend|period|quarters?|year-(?:ago|earlier)|last\s+night|thanksgiving"
            r"|easter\s+week|election\s+day)\b)",
    # A year said in words: "nineteen ninety-six", "the year two thousand".
    "spelled": r"(?i:\b(?:nineteen|two\s+thousand)\b)",
}

# The triggers only the rules of a text with a date of writing use (rules._news_rules).
NEWS_TRIGGERS = frozenset({"news", "spelled"})

# Cheap pre-checks: text every match of a rule holds (in what it matches, never in what it only
# looks at around it), found many times faster than the rule's own pattern. A rule with some
# (rules.Rule.needs) scans only the windows of its trigger where each of them occurs; a window
# without one holds no match, so the matches are the same. NEEDS are matched in the text as
# written (month names, eras, a.m./p.m. and holidays are case-sensitive in the rules too);
# NEEDS_ANY_CASE, written in lower case, in the text folded to lower case (search.folded), which
# finds them many times faster than a case-insensitive pattern.
_MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
NEEDS = {
    "month": _MONTH_START,
    # A day then its month ("3 May", "the 5th of May"): the day's last digit, its ending, "of".
    "day_month": rf"\d\S{{0,2}}\s+(?:\S\S\s+)?{_MONTH_START}",
    # A month then a day ("May 3", "May the 3rd"), the day as patterns.DAY ends it: "May 1915" is none.
    "month_day": rf"{_MONTH_START}[a-z]{{0,6}}\.?\s+(?:\S{{3}}\s+)?\d\d?(?i:st|nd|rd|th)?(?!\w)",
    "iso": r"\d-\d\d-\d",
    "year_dash": r"\d\s?[-\u2013]\s?\d",
    "era_bc": r"B(?:\.\s?)?C",
    "apostrophe": r"'\d",
    "am_pm": r"\d\s?(?:[ap]\.?m|AM|PM)",
    "colon": r"\d:[0-5]\d",
    "four_digits": r"\d\d\d\d\s",
    "holiday": r"Christmas|New\s+Year's|Easter",
    "weekday": r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
}
NEEDS_ANY_CASE = {
    # Two days of a range ("22-25", "3rd to the 5th"): the first's last digit to the second's first.
    "day_to_day": r"\d(?:st|nd|rd|th)?\s?(?:[-\u2013\u2014]|to|until|till|through|and)\s?(?:the\s+)?\d",
    "part": r"morning|afternoon|evening|night|dawn|daybreak|dusk",  # nightfall, midnight: night
    "year": r"year",
    "decade": r"0'?s",
    "next_previous": r"previous|preceding|following|next",
    "unit": r"second|minute|hour|day|night|week|fortnight|month|year|decade|centur",
    "offset": r"later|earlier|before|after|previously|prior|ago",
    "century": r"centur",
    "hyphen_unit": r"-(?:second|minute|hour|day|night|week|month|year)",
    "season": r"spring|summer|autumn|fall|winter",
    "reference": r"now|today|current|present|modern|this\s+time|these\s+days|time\s+being|former|recent|past|future",
    "relative": r"same|next|following|previous|preceding|subsequent",
    "set": r"daily|weekly|monthly|annually|yearly|every|each|per",
    "plural_unit": r"days|weeks|months|years|decades|hours",
    "the_year": r"the\s+(?:year|month)",
    "next_last": r"next|last",
    "day_before_after": r"the\s+day\s+(?:before|after|following)",
    "period_part": r"first|last|final|second|third|opening|closing",
    "later_earlier": r"later|earlier",
    "new_year": r"new\s+year",
    "that_this": r"that|this",
    "ordinal": ORDINAL_WORD,
    "half": r"half|quarter",
}
