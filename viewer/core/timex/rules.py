"""The table of rules that recognise temporal expressions, in the order they are tried.

Each rule is a regular expression and a reader turning a match into pieces
(``viewer.core.timex.pieces.Piece``: where a ``Reading`` was read). A reader returns no
pieces to veto a match ("General March"). A range rule ("22-25 April 1951") returns two
pieces. The readers live in ``viewer.core.timex.readers``, a module per kind of expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from viewer.core.timex.patterns import (
    APPROX,
    DAY,
    ERA_BC,
    MOD,
    MONTH,
    MONTH_FULL,
    NUM,
    ORDINAL_WORD,
    PART,
    QUANTITY,
    RANGE,
    SEASON,
    UNIT,
    VAGUE_NUM,
    WEEKDAY,
    YEAR_AD,
    YEAR_BC,
)
from viewer.core.timex.pieces import Handler, Piece
from viewer.core.timex.readers import dates, durations, news, relative, times, years
from viewer.core.timex.reading import Reading


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    handler: Handler
    trigger: str  # the key of TRIGGERS whose tokens every match of this rule contains
    needs: tuple[str, ...] = ()  # keys of NEEDS: text every match holds (the windows without it are skipped)


_MONTH_RULES = {"month_day_same_year", "day_month_same_year", "named_month_relative", "month_alone"}
_DIGIT_RULES = {
    "iso", "day_range", "month_day_range", "day_month_year", "month_day_year", "day_month", "month_day",
    "month_year", "part_of_date", "decade", "year_range", "year_range_words", "year", "year_apostrophe",
    "year_3", "clock", "clock24",
}


# Rules with a trigger of their own (a key of TRIGGERS).
_OWN_TRIGGER = {
    "unit_end": "unit_end", "unit_long": "long", "following_units": "following", "to_date": "to_date",
    "part_of_any_day": "night", "daytime": "daytime", "named_season": "season", "day_of_event": "day_of",
    "day_alone": "day_alone", "quoted_day": "quoted_day",
    "day_of_writing": "news", "weekend": "news", "quarter_in_focus": "news",
    "stated_year_quarter": "news", "quarters": "news", "holiday_of_writing": "news", "spelled_year": "spelled",
    "month_of_writing": "month", "every_month": "month", "clock_date": "month",
}


# What every match of a rule holds besides its trigger (keys of patterns.NEEDS), where that is
# rarer than the trigger; checked against the rule's pattern in tests/core/timex/test_rule_needs.py.
# Commonest first: the windows that hold the first few are found once for all the rules that
# need them (search._candidates), and the rarer ones are looked for only in those.
_NEEDS = {
    "iso": ("iso",), "part_of_date": ("month", "part"), "day_range": ("month", "day_to_day"),
    "month_day_range": ("month", "day_to_day"), "day_month_year": ("month", "day_month"),
    "month_day_year": ("month", "month_day"), "day_month": ("month", "day_month"),
    "month_day": ("month", "month_day"), "month_year": ("month",), "decade": ("decade",),
    "year_range": ("year_dash",), "year_range_words": ("era_bc",),
    "year_apostrophe": ("apostrophe",), "clock": ("am_pm",), "clock24": ("colon",),
    "month_day_same_year": ("year",), "day_month_same_year": ("year",), "named_month_relative": ("next_previous",),
    "duration": ("unit",), "offset": ("offset",), "century": ("century",), "hyphen_duration": ("hyphen_unit",),
    "season": ("season",), "reference": ("reference",), "relative": ("relative",), "year_season": ("four_digits",),
    "set": ("set",), "bare_units": ("plural_unit",), "relative_part_of": ("the_year",), "part_relative": ("part",),
    "year_relative": ("next_last",), "day_before_after": ("day_before_after",), "part_of_period": ("period_part",),
    "relative_later": ("later_earlier",), "holiday": ("holiday",), "new_year": ("new_year",),
    "weekday": ("weekday",), "relative_that": ("that_this",), "ordinal_period": ("ordinal",), "half": ("half",),
}


def _trigger(name: str) -> str:
    if name in _OWN_TRIGGER:
        return _OWN_TRIGGER[name]
    return "month" if name in _MONTH_RULES else "digit" if name in _DIGIT_RULES else "word"


def _rule(name: str, pattern: str, handler: Handler) -> Rule:
    # Expressions start at a word boundary; saying so first lets the engine skip
    # the middle of every word at once.
    return Rule(name, re.compile(r"(?<!\w)" + pattern, re.IGNORECASE), handler, _trigger(name), _NEEDS.get(name, ()))


_WD = rf"(?:{WEEKDAY},?\s+)?"
_THE = r"(?:the\s+)?"
_MODG = rf"(?P<mod>{MOD})?"
_ABOUT = r"(?:(?:around|about|circa|ca\.|c\.|the\s+years?)\s+)?"
_SAME_YEAR = r"\s+of\s+(?:that|the\s+same)\s+year(?!\w)"
# "the night of 3-4 May": a part of day over two days is the first day's.
_NIGHT_TO = r"\s?[-\u2013]\s?"


def _date_rules(year: str) -> list[Rule]:
    """Calendar dates, most specific first."""
    return [
        _rule("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])", dates.iso),
        _rule("part_of_date",
              rf"(?:early\s+(?:in\s+)?)?(?:the\s+)?{_WD}(?:early\s+)?(?P<p>{PART})(?:\s+hours)?\s+of\s+{_WD}{_THE}"
              rf"(?:(?P<d>{DAY})(?:{_NIGHT_TO}{DAY})?(?:\s+of)?\s+(?P<m>{MONTH})|(?P<m2>{MONTH})\s+(?P<d2>{DAY})(?:{_NIGHT_TO}{DAY})?)"
              rf"(?:,?\s+(?P<y>{year}))?", times.part_of_date),
        _rule("day_range",
              rf"{_THE}(?P<d1>{DAY}){RANGE}(?P<t2>the\s+)?(?P<d2>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})"
              rf"(?:,?\s+(?P<y>{year}))?",
              dates.day_range),
        _rule("month_day_range",
              rf"(?P<m>{MONTH})\s+(?P<d1>{DAY}){RANGE}(?P<d2>{DAY})(?:,\s*(?P<y>{year}))?", dates.day_range),
        _rule("day_month_year",
              rf"(?=[elmtwfs\d]){_MODG}{_WD}{_THE}(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})(?:,?\s+|\s+of\s+)(?P<y>{year})",
              dates.full_date),
        _rule("month_day_year",
              rf"{_MODG}{_WD}(?P<m>{MONTH})\s+{_THE}(?P<d>{DAY})(?:,?\s+|\s+of\s+)(?P<y>{year})", dates.full_date),
        _rule("month_day_same_year", rf"(?P<m>{MONTH})(?:\s+(?P<d>{DAY}))?{_SAME_YEAR}", dates.same_year),
        _rule("day_month_same_year", rf"(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}){_SAME_YEAR}", dates.same_year),
        _rule("day_month", rf"(?=[mtwfs\d]){_WD}{_THE}(?P<d>{DAY})(?:\s+of)?\s+(?P<m>{MONTH})", dates.day_month),
        _rule("day_alone",
              r"the\s+(?P<d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
              r"(?=\s*[,.;:)]|\s+(?:was|were|and|to|when|the|a|an|at|in|he|they|it|had|saw)\s)",
              dates.day_alone),
        _rule("month_day", rf"{_WD}(?P<m>{MONTH})\s+{_THE}(?P<d>{DAY})(?!\s?[-\u2013]\s?\d)", dates.month_day),
        _rule("half", rf"the\s+(?P<w>first|second|third|fourth|last|latter|final)\s+(?P<k>half|quarter)"
                      rf"(?:\s+of\s+(?P<y>{year}))?", dates.half),
        _rule("month_year", rf"{_ABOUT}{_MODG}(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{year})(?!\s?[-\u2013]\s?\d)",
              dates.month_year),
        _rule("named_month_relative",
              rf"the\s+(?P<dir>previous|preceding|following|next)\s+(?P<m>{MONTH_FULL})",
              relative.named_month_relative),
        _rule("month_alone", rf"{_MODG}(?P<m>{MONTH})", dates.month_alone),
        _rule("part_of_period",
              rf"the\s+(?:first|last|final|second|third|opening|closing)\s+(?:(?P<n>{NUM})\s+)?"
              rf"(?P<u>days|weeks?|months)\s+of\s+(?:(?P<pm>{MONTH})(?:,?\s+(?P<py>{year}))?|(?P<py2>{year}))",
              durations.part_of_period),
        _rule("season",
              rf"(?P<det>(?:the|that|this)\s+)?{_MODG}(?P<s>{SEASON})(?:\s+(?:of\s+)?(?P<y>{year}))?(?!\w|-(?!{SEASON}))",
              dates.season),
        _rule("year_season", r"(?P<y>(?:1\d{3}|20\d\d))\s+(?P<s>spring|summer|autumn|fall|winter)(?!\w)",
              dates.season),
        _rule("new_year", r"the\s+new\s+year(?!\w)",
              lambda m, t: [Piece(m.start(), m.end(), Reading(month=1, day=1, direction=1))]),
        _rule("holiday",
              rf"(?P<h>(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))|Easter(?:\s+Sunday)?))"
              rf"(?!\w)(?:,?\s+(?P<y>{year}))?", dates.holiday),
    ]


_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"


def _year_rules(bc: bool) -> list[Rule]:
    three_digit = [
        _rule("year_3",
              r"(?=\d)(?:(?<=\bin\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bsince\s)"
              r"|(?<=\bto\s)|(?<=\band\s)|(?<=\baround\s)|(?<=\bcirca\s))(?P<mod>)(?P<y>\d{3})(?![\d%]|[.,]\d)",
              years.year),
    ] if bc else []
    return [
        _rule("decade", rf"{_THE}{_MODG}(?:the\s+)?(?P<d>\d{{2,3}})0'?s(?:\s+(?P<bc>{ERA_BC}))?", years.decade),
        _rule("century",
              rf"{_THE}{_MODG}(?:the\s+)?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_WORD})[\s-]+centur(?:y|ies)"
              rf"(?:\s+(?P<bc>{ERA_BC}))?", years.century),
        _rule("year_range",
              rf"(?<![\w$\u00a3\u20ac.,-])(?P<a>\d{{3,4}})\s?[-\u2013]\s?(?P<b>\d{{2,4}})(?!\d)"
              rf"(?:\s?(?P<era>{ERA_BC}))?", years.year_range),
        _rule("year_range_words",
              rf"(?<![\w.,-])(?P<a>\d{{1,4}})\s+(?:to|and|until)\s+(?P<b>\d{{1,4}})\s?(?P<era>{ERA_BC})",
              years.year_range),
        _rule("year",
              rf"(?<![\w$\u00a3\u20ac.,-])(?=[aceltm\d]){_ABOUT}{_MODG}"
              rf"(?P<y>(?-i:AD|A\.D\.)\s?\d{{1,4}}(?!\d)|\d{{1,4}}\s?(?-i:{ERA_BC}|A\.D\.?|AD)"
              rf"|(?:1\d{{3}}|20\d\d)(?![\d%]|[.,]\d)(?!\s?[-\u2013]\s?\d))",
              years.year),
        _rule("year_apostrophe", r"(?<![\w'])(?P<mod>)(?P<y>'\d\d)(?![\w'])", years.year_apostrophe),
        *three_digit,
    ]


def _relative_rules() -> list[Rule]:
    return [
        _rule("part_relative",
              rf"(?:(?:that|the\s+same|this|later\s+that|earlier\s+that)\s+)(?P<p>{PART})", times.part_relative),
        _rule("relative",
              r"(?:(?:early|late)\s+)?(?:(?:the|that)\s+)?"
              r"(?P<dir>same|next|following|previous|preceding|subsequent)\s+"
              r"(?P<u>day|morning|afternoon|evening|night|week|month|year|spring|summer|autumn|winter)(?!\w)",
              relative.relative),
        _rule("relative_later",
              r"(?P<dir>later|earlier)\s+(?:that|this|in\s+the)\s+"
              r"(?P<u>day|morning|afternoon|evening|night|week|month|year)(?!\w)", relative.relative),
        _rule("relative_that", r"(?P<dir>that|this)\s+(?P<u>day|month|year|week)(?!\w)", relative.relative),
        _rule("relative_part_of",
              r"(?:(?:most\s+of\s+)?the\s+(?:very\s+)?(?:end|beginning|start|middle|rest|remainder|close|course"
              r"|(?:early|earlier|latter|later)\s+part)\s+of\s+the|(?:early|late)\s+in\s+the)"
              r"\s+(?P<dir>)(?P<u>year|month)(?!\w)", relative.relative),
        _rule("unit_end", r"(?P<dir>)(?P<u>year|month)'s\s+(?:end|close)(?!\w)", relative.relative),
        _rule("day_of_event",
              rf"the\s+(?P<n>{ORDINAL_WORD}|last|final|opening)\s+day\s+of\s+the\s+"
              r"(?:(?-i:[A-Z]\w+)\s+of\s+(?:the\s+)?(?-i:[A-Z]\w+)|(?:battle|war|siege|offensive|rebellion|uprising"
              r"|campaign|revolution|revolt|invasion|attack|assault|operation|fighting|conference|congress|talks)"
              r"(?!\w))",
              relative.day_of_event),
        _rule("quoted_day", r"(?P<w>today|tomorrow|yesterday)(?:\s+(?P<p>morning|afternoon|evening|night))?(?![\w-])",
              relative.quoted_day),
        _rule("ordinal_period", rf"the\s+(?P<n>{ORDINAL_WORD})\s+(?P<u>day|week|night)(?![\w-])(?!\s+of\b)",
              relative.ordinal_period),
        _rule("day_before_after", r"the\s+day\s+(?P<dir>before|after|following)(?=[\s,])", relative.day_before_after),
        _rule("year_relative", r"(?P<dir>next|last)\s+(?P<u>year|month|week)(?!\w)", relative.year_relative),
        _rule("offset",
              rf"{APPROX}?(?:(?P<n>{QUANTITY})\s+)?(?:more\s+)?(?P<u>{UNIT})\s+"
              r"(?P<dir>later|earlier|before|after|afterwards?|previously|prior|ago)(?!\w)", relative.offset),
    ]


def _other_rules() -> list[Rule]:
    return [
        _rule("hyphen_duration",
              rf"(?P<n>\d+|{NUM})-(?P<u>second|minute|hour|day|night|week|month|year)(?:-long)?(?!\w)",
              durations.hyphen_duration),
        _rule("duration",
              rf"(?:the\s+(?:next|following|past|last|previous|first|final|preceding)\s+)?{APPROX}?"
              rf"(?P<n>{QUANTITY})\s+(?:(?:more|additional|long|full|bloody|brutal|consecutive|short|hard|single)\s+)?"
              rf"(?P<u>{UNIT})(?P<half>\s+and\s+a\s+half)?(?![\w-])(?:\s+old|\s+of\s+age)?", durations.duration),
        _rule("unit_long", r"(?<!-)(?P<u>hour|day|week|month|year)(?P<pl>s)?-long(?!\w)", durations.unit_long),
        _rule("following_units",
              r"the\s+(?:following|coming|intervening|ensuing)\s+(?P<u>days|weeks|months|years)(?!\w)",
              durations.following_units),
        _rule("bare_units",
              r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bafter\s)|(?<=\bover\s)|(?<=\bfor\smany\s))"
              r"(?P<u>days|weeks|months|years|decades|hours)(?!\w)", durations.bare_units),
        _rule("set", r"(?<![\w-])(?:daily|weekly|monthly|annually|yearly|every\s+(?P<e>day|week|month|year)"
                     r"|each\s+(?P<c>day|week|month|year)|per\s+(?P<p>day|week|month|year))(?!\w)",
              durations.recurrence),
        _rule("reference",
              r"(?<![\w-])(?:now|today|nowadays|currently|current|at\s+present|the\s+present\s+day"
              r"|present-day|modern\s+day|(?:at\s+)?this\s+time|these\s+days|the\s+time\s+being"
              r"|former|formerly|recent|recently|the\s+past|the\s+future|future)(?![\w])", relative.reference),
        _rule("to_date", r"(?<!\bup\sto\s)(?<=\bto\s)date(?![\w-])", relative.reference),
        _rule("part_of_any_day",
              r"(?:(?:night-?time|tonight|(?<=\bat\s)night|(?<=\bby\s)night)(?![\w-])"
              r"|night(?=[\s-](?:attacks?|assaults?|fighting|march(?:es|ed)?|operations?|crossings?|sorties)(?!\w)))",
              times.part_of_any_day),
        _rule("daytime", r"day-?time(?![\w-])", times.part_of_any_day),
        _rule("named_season", r"(?:the\s+)?(?:dry|rainy|wet|monsoon)\s+season(?!\w)",
              lambda m, t: [Piece(m.start(), m.end(), Reading(literal=""))]),
        _rule("clock",
              r"(?<![\d:.])(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d))?\s?(?P<ap>(?-i:a\.m\.|p\.m\.|am|pm|AM|PM))(?!\w)",
              times.clock),
        _rule("clock24",
              r"(?<![\d:.])(?P<h>[01]?\d|2[0-4]):(?P<mi>[0-5]\d)(?P<ap>)(?:\s?hrs|\s?hours)?(?![\d:])", times.clock),
        _rule("weekday", WEEKDAY, relative.weekday),
    ]


_PART_WORD = r"(?:morning|afternoon|evening|night)"
_QUARTER_WORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
# An hour or noon, a time zone perhaps, then what day it is on: "10 p.m. EST Tuesday", "noon, Nov. 6".
_CLOCK = (r"(?:(?P<h>[01]?\d|2[0-4])(?::(?P<mi>[0-5]\d))?\s?(?P<ap>(?-i:a\.m\.|p\.m\.|am|pm|AM|PM))"
          r"|(?P<c>noon|midday|midnight))(?:\s+(?-i:[A-Z]{3}))?,?\s+(?:on\s+)?")


def _news_rules() -> list[Rule]:
    """Expressions that only the day of writing dates (see ``readers.news``)."""
    return [
        _rule("day_of_writing",
              rf"(?:(?:late|early)\s+|(?P<mid>mid-?(?:morning|afternoon))\s+)?(?P<w>yesterday|tomorrow|last(?=\s+night))"
              rf"(?:\s+(?P<p>{_PART_WORD}))?(?![\w-])",
              news.day_of_writing),
        _rule("clock_weekday", rf"{_CLOCK}(?P<wd>{WEEKDAY})", news.clock_weekday),
        _rule("clock_date", rf"{_CLOCK}(?P<m>{MONTH})\s+(?P<d>{DAY})(?!,?\s*\d)", news.clock_date),
        _rule("decade_of_writing", r"(?:the\s+)?(?P<dir>last|this|next|previous|coming)\s+decade(?![\w-])",
              news.decade_of_writing),
        _rule("year_end", r"year[\s-]end(?![\w-])", news.year_end),
        _rule("recent_units", r"recent\s+(?P<u>days|weeks|months|years|decades)(?![\w-])", news.recent_units),
        _rule("year_length",
              r"the\s+(?:(?P<full>full|fiscal|financial)\s+)?year(?:(?P<end>(?=\s+(?:ended|ending)\b))|(?![\w-]))",
              news.year_of_writing_length),
        _rule("holiday_of_writing",
              r"(?:(?P<dir>last|next|this)\s+)?(?P<h>(?-i:Thanksgiving(?:\s+Day)?|Election\s+Day|Easter\s+week))(?![\w-])",
              news.holiday_of_writing),
        _rule("month_of_writing", rf"(?P<dir>last|this|next|coming|past)\s+(?P<m>{MONTH_FULL})(?!\s*\d)",
              news.month_of_writing),
        _rule("spelled_year",
              rf"(?:(?P<m>{MONTH_FULL}),?\s+)?(?:the\s+year\s+)?(?:(?P<c>nineteen)[\s-]+(?P<rest>hundred"
              rf"|(?:oh[\s-]+)?{_UNITS_WORD}|{_TEENS_WORD}|{_TENS_WORD}(?:[\s-]+{_UNITS_WORD})?)"
              rf"|(?<=\byear\s)two\s+thousand(?:\s+(?:and\s+)?(?P<after>{_TEENS_WORD}|{_UNITS_WORD}))?)(?![\w-])",
              news.spelled_year),
        _rule("every_weekday", rf"(?:each|every)\s+(?P<wd>{WEEKDAY})(?P<m>)", news.every_named),
        _rule("every_month", rf"(?:each|every)\s+(?P<m>{MONTH_FULL})(?P<wd>)", news.every_named),
        _rule("weekday_part",
              rf"(?:(?P<dir>last|this|next|past|coming)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<p>{_PART_WORD}))?(?![\w-])",
              news.weekday_part),
        _rule("quarter",
              rf"(?:the\s+)?(?:(?P<own>this|last|next)\s+year's\s+|(?P<y0>(?:19|20)\d\d)\s+)?(?:(?:fiscal|calendar)[\s-]+)?"
              rf"(?P<n>{_QUARTER_WORD})[\s-](?:fiscal[\s-]+)?quarter(?![\w-])"
              r"(?:\s+of\s+(?:fiscal\s+)?(?P<y>(?:1\d{3}|20\d\d)(?!\d)))?",
              news.quarter),
        _rule("quarter_in_focus",
              r"(?:(?P<det>the|its|this|that)\s+)?(?:(?P<dir>latest|current|most\s+recent|same|recent)\s+)?"
              rf"(?:(?P<ago>(?:comparable\s+)?year-(?:ago|earlier))(?:\s+(?:{_QUARTER_WORD}\s+)?(?:quarter|period))?"
              r"|(?P<q>quarter|period)(?P<ago2>\s+a\s+year\s+(?:ago|earlier)|\s+last\s+year)?"
              r"|(?P<ago3>last\s+year's\s+(?:quarter|period)))(?![\w-])",
              news.quarter_in_focus),
        _rule("unit_of_writing",
              r"(?:(?P<dir>last|this|next|past|coming)\s+(?P<u>spring|summer|fall|autumn|winter|quarter)"
              r"|the\s+(?P<cur>current)\s+(?:fiscal\s+)?(?P<cu>year|month|week|quarter))(?![\w-])",
              news.unit_of_writing),
        _rule("weekend", r"(?:the|(?P<dir>last|this|next|past|coming))\s+weekend(?![\w-])", news.weekend),
        _rule("month_of_year", rf"(?P<m>{MONTH_FULL})\s+(?P<dir>last|this|next)\s+year(?![\w-])", news.month_of_year),
        _rule("stated_year_quarter", r"the\s+(?P<y>(?:19|20)\d\d)\s+(?:period|quarter)(?![\w-])",
              news.stated_year_quarter),
        _rule("past_unit", r"(?:the\s+)?past\s+(?P<u>year|decade|month|week|quarter)(?![\w-])", news.past_unit),
        _rule("quarters",
              rf"(?:the\s+(?:past|last|next|previous|first|coming|following)\s+)?(?P<n>{NUM}|{VAGUE_NUM})\s+quarters(?![\w-])",
              news.quarters),
    ]


@cache
def rules(bc: bool, news: bool = False) -> tuple[Rule, ...]:
    """All rules; ``bc`` for a text that mentions years BC (bare 3-digit years), ``news`` for a
    text with a date of writing (``_news_rules``)."""
    year = YEAR_BC if bc else YEAR_AD
    return (*_date_rules(year), *_year_rules(bc), *_relative_rules(), *_other_rules(),
            *(_news_rules() if news else ()))


@cache
def priority(bc: bool, news: bool = False) -> dict[str, int]:
    return {rule.name: i for i, rule in enumerate(rules(bc, news))}
