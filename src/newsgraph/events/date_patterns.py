"""The patterns of date phrases :mod:`newsgraph.events.dates` reads before dateparser.

Weekdays, weekends and days of the month, periods ("earlier in the week", "the end of
the month"), months named relative to the paper ("last March"), offsets ("about a week
ago"), qualifiers ("early", "late"), years, months and durations ("for 374 days").
"""

from __future__ import annotations

import re

# dateparser reads "the 1990s" as today; decades have no precision we keep.
_DECADE = re.compile(r"\b\d{3}0s\b|\b\d0s\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# "on Monday", "early Monday", "late on Friday", "Sunday night", "Tuesday morning"
# "later on Monday", "earlier Monday", "overnight on Sunday": that very day, which may be
# the day of publication (dateparser reads "later Monday" as the Monday a week back)
_WEEKDAY = re.compile(
    r"(?:on\s+)?(?:this\s+past\s+|(?:early|late|earlier|later|overnight)\s+(?:on\s+)?)?"
    r"(" + "|".join(_WEEKDAYS) + r")"
    r"(?:'s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
# "this Thursday": the weekday of the seven days the clause's tense points to (a past
# act's "was shot dead this Thursday" in a Friday paper is yesterday; dateparser reads it
# as the coming one, right only for what is to come)
_THIS_WEEKDAY = re.compile(
    r"(?:on\s+)?this\s+(" + "|".join(_WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
# "on the 15th": a day of the month named alone
_DAY_OF_MONTH = re.compile(
    r"(?:on\s+)?(?:the\s+)?([1-9]|[12]\d|3[01])(?:st|nd|rd|th)", re.IGNORECASE
)
# "over the weekend", "this weekend", "last weekend"
_WEEKEND = re.compile(
    r"(?:(?:over|during|at|on)\s+)?(?:the|this|last|past|this\s+past)\s+weekend", re.IGNORECASE
)
# "Thursday last week", "Thursday of next week", "next week on Monday": a weekday of the
# calendar week (Monday to Sunday) before, after or of the publication date's
_WEEKDAY_OF_WEEK = re.compile(
    r"(?:on\s+)?(?P<day1>" + "|".join(_WEEKDAYS) + r")(?:\s+of)?\s+(?P<rel1>last|next|this)\s+week"
    r"|(?P<rel2>last|next|this)\s+week\s+on\s+(?P<day2>" + "|".join(_WEEKDAYS) + r")",
    re.IGNORECASE,
)
# "earlier in the week", "later in the month", "earlier in the day": the current period
# ("this week", "today")
_IN_THE_PERIOD = re.compile(
    r"(?:(?:early|earlier|late|later)\s+)?in\s+the\s+(day|week|month|year)", re.IGNORECASE
)
# "the end of the month", "the start of next year", "by the middle of March": the period
# named, at its own precision ("the month" is the current one)
_PART_OF = re.compile(
    r"(?:(?:by|at|until|before|after|towards?)\s+)?(?:the\s+)?"
    r"(?:end|beginning|start|middle|close|turn)\s+of\s+",
    re.IGNORECASE,
)
_BARE_PERIOD = re.compile(r"(?:the\s+)?(week|month|year)", re.IGNORECASE)
# "the first week of March 2009", "the last days of August": the month itself
_PART_OF_MONTH = re.compile(
    r"(?:(?:in|during|by)\s+)?(?:the\s+)?(?:first|second|third|fourth|last|final)\s+"
    r"(?:week|weeks|days|half|fortnight)\s+of\s+(?=[A-Z])",
    re.IGNORECASE,
)
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# "last March", "next June", "this October": that month before, after or of this year
_RELATIVE_MONTH = re.compile(
    r"(?P<rel>last|next|this|this\s+past|this\s+coming)\s+(?P<month>"
    + "|".join(_MONTH_NAMES)
    + r")",
    re.IGNORECASE,
)
# "March 20 last year", "October 8 this year": the date in the year the words name
_DATE_OF_YEAR = re.compile(r"(?P<date>.*\S)\s+(?P<rel>last|this|next)\s+year", re.IGNORECASE)
# "December 2-3", "May 28 – 30": a span of days, dated by its first
_DAY_SPAN = re.compile(r"\b(\d{1,2})\s*[-–]\s*\d{1,2}\b")
# "approximately thirty years ago", "just three weeks ago": how long ago, roughly
_ROUGHLY_AGO = re.compile(
    r"(?:approximately|about|around|some|nearly|almost|just|roughly|only|more\s+than|"
    r"over|less\s+than)\s+(?=\S.*\bago$)",
    re.IGNORECASE,
)
# "overnight": the night before the paper, which reports it as the day's news
# "two weeks later", "a year after": counted from a date the story narrates, not from the
# publication ("was kidnapped on 1 January and freed a week later" is no date after the
# paper's); unread here, so the publication fallback, marked as such. "Four years before"
# is still counted back from the paper: often right when the story is about its own day
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|(?:a|one)\s+hundred)"
)
_OFFSET_FROM_NARRATED = re.compile(
    r"(?:(?:a|an|" + _NUMBER_WORD + r"|\d+|a\s+few|few|several|some|many|a\s+couple\s+of)\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)\s+"
    r"(?:later|after|afterwards?)",
    re.IGNORECASE,
)
_OVERNIGHT = re.compile(r"(?:late\s+|early\s+)?overnight", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s$")
# "early 2007", "late last year", "earlier this month", "mid-2019": the period itself
_QUALIFIER = re.compile(r"(?:early|late|earlier|later|mid)(?:\s+|-)(?:in\s+|on\s+)?", re.IGNORECASE)
_PRECISIONS = {"day": "day", "time": "day", "week": "week", "month": "month", "year": "year"}
_YEAR = re.compile(r"\b(?:1[5-9]|20|21)\d\d\b|'\d\d\b")
# "October 7", "7 October", "in October", "Oct. 7": a calendar date with no year
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$|,)",
    re.IGNORECASE,
)
_COUNT = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|hundred|several|few|a few|many|some|each|every|per)"
)
# "374 days", "a year", "two more weeks", "per year", "18 months long", "a six-day strike":
# spans, not dates
_DURATION = re.compile(
    r"(?:(?:about|around|nearly|almost|roughly|more than|less than|over|under|up to|at least|"
    r"some|just|only)\s+)?(?:" + _COUNT + r"[\s-]+)+(?:more\s+|additional\s+|full\s+)?"
    r"(?:days?|weeks?|months?|years?|decades?|centuries|hours?|minutes?)(?:[\s-]+long)?",
    re.IGNORECASE,
)
