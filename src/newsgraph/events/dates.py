"""When: resolve an event's date phrase against the publication date, with its precision.

"on Wednesday", "last week", "October 7", "in 2019" are read with dateparser
using the publication date as ``RELATIVE_BASE``. The precision dateparser
reports (day, week, month, year) is kept; an event with no date phrase gets the
publication date, marked ``date_source="published"``.

A phrase without a year ("on August 16", "in October", "on Thursday") can fall
before or after the publication date; the tense of the event's clause decides:
a past act ("was kidnapped on March 28") takes the latest such date up to the
publication day, a future one ("will travel on January 13", "will meet on
Thursday") the earliest from it on, and an act of no clear tense ("amnesty
until October") the nearest (the tense is read in :mod:`newsgraph.events.tense`).
A duration or a frequency ("for 374 days", "within a year", "per year") is no date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser
from spacy.tokens import Span, Token

from ..nlp import doc_text
from ._tokens import children_of, ents_of, ents_within
from .cue_words import cue_words
from .date_patterns import (
    _BARE_PERIOD,
    _DATE_OF_YEAR,
    _DAY_OF_MONTH,
    _DAY_SPAN,
    _DECADE,
    _DURATION,
    _IN_THE_PERIOD,
    _MONTH,
    _MONTH_NAMES,
    _OFFSET_FROM_NARRATED,
    _OVERNIGHT,
    _PART_OF,
    _PART_OF_MONTH,
    _POSSESSIVE,
    _PRECISIONS,
    _QUALIFIER,
    _RELATIVE_MONTH,
    _ROUGHLY_AGO,
    _THIS_WEEKDAY,
    _WEEKDAY,
    _WEEKDAY_OF_WEEK,
    _WEEKDAYS,
    _WEEKEND,
    _YEAR,
)
from .tense import REPORTED_FUTURE, clause_tense

__all__ = [
    "REPORTED_FUTURE",
    "ResolvedDate",
    "clause_tense",
    "is_duration",
    "narrated_year",
    "parse_published",
    "resolve_date",
]


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """An ISO date string ("2025-01-08", "2025-01", "2025"), its precision and source."""

    date: str
    precision: str
    source: str  # "text" or "published"


def parse_published(published: str | None) -> datetime | None:
    """The publication timestamp as a naive datetime, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _parser() -> DateDataParser:
    return DateDataParser(languages=["en"])


@lru_cache(maxsize=4096)
def _parse(text: str, base: datetime | None) -> tuple[datetime, str] | None:
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    parser = DateDataParser(languages=["en"], settings=settings) if base else _parser()
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data.date_obj is None:
        return None
    return data.date_obj, data.period or "day"


def _iso(when: datetime, precision: str) -> str:
    if precision == "year":
        return f"{when.year:04d}"
    if precision == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


# "the September 11 attacks", "the attacks of Sept. 11": the name of the 2001 attacks,
# not the latest September 11
_ELEVENTH = re.compile(
    r"(?:the\s+)?(?:sept(?:ember)?\.?\s+11(?:th)?|11(?:th)?\s+(?:of\s+)?september|9/11|9-11)",
    re.IGNORECASE,
)
# Words after "September 11" (or with its "of") that make it name the 2001 attacks.
_ATTACK_WORDS = cue_words("attack_word")
_ATTACKS_YEAR = 2001
# how a past clause names the year it narrates: "In 1979, ...", "on 4 May 1980", "during 1985"
_NARRATING_PREPS = frozenset({"in", "on", "during"})
# a clause opened by one of these does not narrate its year ("Since ... on May 1, 2003")
_NOT_NARRATING_MARKS = frozenset({"since", "if", "unless", "until"})
# a nearer date that is not in the narrated year: counted from the paper, or a span
_RELATIVE_DATE = re.compile(
    r"\b(?:ago|last|next|this|today|yesterday|tomorrow|recent|recently|now|current|since|"
    r"later|earlier|after|before|" + "|".join(_WEEKDAYS) + r")\b",
    re.IGNORECASE,
)
_YEAR_NUMBER = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# "that year", "April 13 of that year", "later the same year", "the following year": the
# year the story named last, or the one after or before it
_THAT_YEAR = re.compile(
    r"(?:(?:early|earlier|late|later)\s+(?:in\s+)?|(?P<date>.*?\S)\s+(?:of\s+)?)?"
    r"(?P<which>that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding)"
    r"\s+year",
    re.IGNORECASE,
)
_YEAR_SHIFT = {"following": 1, "next": 1, "previous": -1, "preceding": -1}
# A narrated year at least this far before the paper's: the story of last year often runs
# on into this one ("In 2008 the firm grew ... He resigned on January 7" in a 2009 paper)
_NARRATED_LAG = 2


def _phrase_entity(dated: Token, phrase: str) -> Span | None:
    """The date entity of ``dated``'s sentence whose text is ``phrase``, the nearest one."""
    found = [
        e for e in ents_within(dated.sent) if e.text == phrase and e.label_ in ("DATE", "TIME")
    ]
    return min(found, key=lambda e: abs(e.start - dated.i), default=None)


def _names_the_attacks(ent: Span) -> bool:
    """Whether "September 11" names the 2001 attacks: "the September 11 attacks", "the
    attacks of September 11", "9/11 hijackers"."""
    if not _ELEVENTH.fullmatch(ent.text.strip()):
        return False
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if after is not None and after.lower_ in _ATTACK_WORDS:
        return True
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _ATTACK_WORDS


def _dated_verb(ent: Span) -> Token | None:
    """The verb a date phrase is a time adverbial of ("moved ... in 1979"), or None."""
    root = ent.root
    verb = root.head
    if root.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in _NARRATING_PREPS:
        verb = verb.head
    elif root.dep_ not in ("npadvmod", "tmod"):
        return None
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _narrating(ent: Span, later: Span) -> bool:
    """Whether a date with a year tells when the main act of a past sentence happened, so
    that it dates ``later`` (a date after it): "In 1979 he moved to Paris"; not "since
    2000", "the election of 2002", a clause within another ("prisoners detained in 2001
    are angered"), nor, in ``later``'s own sentence, a year after its verb that dates only
    that verb ("was arrested in 2002 and sentenced in March": March of a later year)."""
    verb = _dated_verb(ent)
    if verb is None:
        return False
    main = verb
    while main.dep_ == "conj" and main.head is not main:
        main = main.head
    if any(c.dep_ == "mark" and c.lower_ in _NOT_NARRATING_MARKS for c in children_of(main)):
        return False
    if main.dep_ != "ROOT" or clause_tense(verb) != "past":
        return False
    fronted = ent.start < verb.i
    return fronted or ent.sent != later.sent or _dated_verb(later) is verb


def _year_before(ent: Span, narrating: bool) -> int | None:
    """The year of the nearest date before ``ent`` in its sentence or the one before, in
    the same paragraph; with ``narrating``, only when that date narrates its year
    (:func:`_narrating`). None when a nearer date is of another kind ("last week")."""
    doc = ent.doc
    sent = ent.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    if "\n" in doc_text(doc)[doc[start].idx : ent.start_char]:
        start = sent.start  # another paragraph, another story
    before = [e for e in ents_of(doc) if start <= e.start and e.end <= ent.start]
    for other in reversed([e for e in before if e.label_ == "DATE"]):
        if _RELATIVE_DATE.search(other.text) or _DECADE.search(other.text):
            return None  # "last week", "since 2000": a nearer date of another kind
        years = _YEAR_NUMBER.findall(other.text)
        if not years:
            continue  # another day of the narrated year ("on November 1")
        if narrating and not _narrating(other, ent):
            return None
        return int(years[-1])
    return None


def narrated_year(dated: Token, phrase: str | None, published: datetime | None) -> int | None:
    """The year a date phrase without one is in when the story says, or None.

    "September 11" naming the attacks ("the September 11 attacks") is in 2001.
    "That year", "April 13 of that year", "the following year" count from the
    year last named in the sentence or the one before. A past act's month or day
    ("was arrested on November 4") is in the year the nearest earlier date of the
    sentence or the one before narrates ("In 1979 he moved to Paris."), when that
    year is two or more before the publication's. ``dated`` is the word whose clause the
    phrase dates (see :func:`clause_tense`).
    """
    if not phrase or not _year_less(phrase):
        return None
    ent = _phrase_entity(dated, phrase)
    if ent is None:
        return None
    if _names_the_attacks(ent):
        return _ATTACKS_YEAR if published is None or published.year > _ATTACKS_YEAR else None
    if (that := _THAT_YEAR.fullmatch(phrase.strip())) is not None:
        year = _year_before(ent, narrating=False)
        which = that.group("which").lower().split()[-1]
        return None if year is None else year + _YEAR_SHIFT.get(which, 0)
    if not _MONTH.search(phrase + " ") or _RELATIVE_DATE.search(phrase):
        return None
    tense = clause_tense(dated)
    if tense is None and dated.pos_ == "NOUN":
        tense = clause_tense(dated.sent.root)  # "in exchange for his resignation on May 2"
    if tense != "past":
        return None
    year = _year_before(ent, narrating=True)
    if year is None or (published is not None and year > published.year - _NARRATED_LAG):
        return None
    return year


def _in_year(when: datetime, year: int) -> datetime:
    try:
        return when.replace(year=year)
    except ValueError:  # February 29
        return when.replace(year=year, day=28)


def _day_of_month(published: datetime, day: int, tense: str | None) -> datetime | None:
    month = published.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    if tense == "future":
        if day < published.day:
            month = (month + timedelta(days=32)).replace(day=1)
    elif day > published.day:
        month = (month - timedelta(days=1)).replace(day=1)
    try:
        return month.replace(day=day)
    except ValueError:  # "the 31st" of a shorter month
        return None


def is_duration(phrase: str) -> bool:
    """Whether a DATE phrase says how long, not when ("for 374 days", "a six-day strike")."""
    return bool(_DURATION.fullmatch(phrase.strip()))


_CLOCK_SLACK = 2  # days


def _year_less(phrase: str) -> bool:
    return not _YEAR.search(phrase)


def _shift_year(when: datetime, published: datetime, tense: str | None) -> datetime:
    """The date with ``when``'s month and day in the year the tense points to."""
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(when.replace(year=year))
        except ValueError:  # February 29
            continue
    day = published.replace(hour=0, minute=0, second=0, microsecond=0)
    if tense == "past":
        # a day or two after the publication date is the story's own day in another time
        # zone or an early edition ("struck on Jan. 9" in a paper dated January 8), not
        # the same day a year before
        return max((o for o in options if o <= day + timedelta(days=_CLOCK_SLACK)), default=when)
    if tense == "future":
        return min((o for o in options if o >= day), default=when)
    return min(options, key=lambda o: (abs((o - day).days), o > day))


def _normalized(phrase: str) -> str:
    """The phrase without what dateparser cannot read and adds nothing to the date:
    a possessive ("last Sunday's election"), "the end of" ("by the end of the month":
    the month), "in the" ("earlier in the week": this week)."""
    phrase = _POSSESSIVE.sub("", phrase.strip())
    part = _PART_OF.match(phrase)
    if part is not None and part.end() < len(phrase):
        phrase = phrase[part.end() :]
        if bare := _BARE_PERIOD.fullmatch(phrase):
            phrase = f"this {bare.group(1)}"
    if in_period := _IN_THE_PERIOD.fullmatch(phrase):
        period = in_period.group(1).lower()
        phrase = "today" if period == "day" else f"this {period}"
    if (whole := _PART_OF_MONTH.match(phrase)) is not None and _MONTH.search(phrase[whole.end() :]):
        phrase = phrase[whole.end() :]
    phrase = _ROUGHLY_AGO.sub("", phrase, count=1)
    if _MONTH.search(phrase):
        phrase = _DAY_SPAN.sub(r"\1", phrase, count=1)
    return phrase


def _relative_month(found: re.Match[str], published: datetime) -> ResolvedDate:
    """ "last March": the latest March before the publication month; "next June" the
    first June after it; "this October" the October of the publication year."""
    month = _MONTH_NAMES.index(found.group("month").lower()) + 1
    rel = found.group("rel").lower().split()[-1]
    year = published.year
    if rel in ("last", "past") and month >= published.month:
        year -= 1
    elif rel in ("next", "coming") and month <= published.month:
        year += 1
    return ResolvedDate(f"{year:04d}-{month:02d}", "month", "text")


def _weekday_of_week(found: re.Match[str], published: datetime) -> ResolvedDate:
    """ "Thursday last week": that weekday in the calendar week (Monday first) before,
    after or of the publication date's."""
    weekday = _WEEKDAYS.index((found.group("day1") or found.group("day2")).lower())
    weeks = {"last": -1, "this": 0, "next": 1}[(found.group("rel1") or found.group("rel2")).lower()]
    monday = published - timedelta(days=published.weekday())
    day = monday + timedelta(days=7 * weeks + weekday)
    return ResolvedDate(day.date().isoformat(), "day", "text")


def _date_phrase(phrase: str | None) -> str | None:
    """The phrase as read for a date: None for a duration or an offset from a narrated
    date, else normalized (:func:`_normalized`)."""
    if phrase and is_duration(phrase):
        phrase = None  # "for 374 days", "within a year": how long, not when
    if phrase and _OFFSET_FROM_NARRATED.fullmatch(phrase.strip()):
        phrase = None  # "two weeks later": after a date the story names, not the paper's
    if phrase:
        phrase = _normalized(phrase)
    return phrase


def _relative_period(phrase: str, published: datetime) -> ResolvedDate | None:
    """The date of "overnight", "Thursday last week" or "last March", counted from the
    publication date; None for any other phrase."""
    if _OVERNIGHT.fullmatch(phrase):
        return ResolvedDate(published.date().isoformat(), "day", "text")
    if nth_week := _WEEKDAY_OF_WEEK.fullmatch(phrase):
        return _weekday_of_week(nth_week, published)
    if named := _RELATIVE_MONTH.fullmatch(phrase):
        return _relative_month(named, published)
    return None


def _in_named_year(phrase: str, published: datetime) -> str:
    """ "March 20 last year" as "March 20 2024" (the year the words name); any other
    phrase as it is."""
    of_year = _DATE_OF_YEAR.fullmatch(phrase)
    if of_year is not None and _MONTH.search(of_year["date"] + " "):
        shift = {"last": -1, "this": 0, "next": 1}[of_year.group("rel").lower()]
        phrase = f"{of_year.group('date')} {published.year + shift}"
    return phrase


def _weekend(published: datetime, tense: str | None) -> ResolvedDate:
    """The Saturday of the weekend a phrase like "over the weekend" names."""
    # The Saturday of the weekend: the last one for a past act (a Sunday or
    # Monday paper's "over the weekend"), the coming one for a future act.
    if tense == "future":
        saturday = published + timedelta(days=(5 - published.weekday()) % 7)
    else:
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    return ResolvedDate(saturday.date().isoformat(), "week", "text")


def _this_weekday(this: re.Match[str], published: datetime, tense: str | None) -> ResolvedDate:
    """ "this Thursday": that weekday in the seven days before the paper for a past act,
    else in the seven days from it."""
    weekday = _WEEKDAYS.index(this.group(1).lower())
    shift = (
        -((published.weekday() - weekday) % 7)
        if tense == "past"
        else (weekday - published.weekday()) % 7
    )
    return ResolvedDate((published + timedelta(days=shift)).date().isoformat(), "day", "text")


def _weekday(day: re.Match[str], published: datetime, tense: str | None) -> ResolvedDate:
    """ "on Wednesday": that weekday in the seven days up to the paper, or from it for a
    future act."""
    # News names the day of the week for anything in the past seven days,
    # the day of publication included ("agreed on Wednesday" in a
    # Wednesday paper); dateparser would go back a whole week. What will
    # happen ("will meet on Thursday") is in the coming seven days.
    weekday = _WEEKDAYS.index(day.group(1).lower())
    if tense == "future":
        ahead = (weekday - published.weekday()) % 7
        return ResolvedDate((published + timedelta(days=ahead)).date().isoformat(), "day", "text")
    back = (published.weekday() - weekday) % 7
    return ResolvedDate((published - timedelta(days=back)).date().isoformat(), "day", "text")


def _day_of_week_or_month(
    phrase: str, published: datetime, tense: str | None
) -> ResolvedDate | None:
    """The date of a weekend, a day of the month or a weekday named alone, which the
    clause's tense places before or after the publication date; None for any other
    phrase (or a day the month lacks)."""
    if _WEEKEND.fullmatch(phrase.strip()):
        return _weekend(published, tense)
    if nth := _DAY_OF_MONTH.fullmatch(phrase.strip()):
        # "on the 15th": that day of this month or, for a past act after the
        # publication day (a future one before it), of the month next to it
        on = _day_of_month(published, int(nth.group(1)), tense)
        if on is not None:
            return ResolvedDate(on.date().isoformat(), "day", "text")
    if this := _THIS_WEEKDAY.fullmatch(phrase.strip()):
        return _this_weekday(this, published, tense)
    if day := _WEEKDAY.fullmatch(phrase.strip()):
        return _weekday(day, published, tense)
    return None


def _parsed_date(
    phrase: str, published: datetime | None, year_tense: str | None, year: int | None = None
) -> ResolvedDate | None:
    """The phrase as dateparser reads it, a date with a month but no year moved to
    ``year`` when given, else to the year ``year_tense`` points to; None when dateparser
    cannot read it."""
    cleaned = phrase.strip().removeprefix("the ").removeprefix("on ")
    cleaned = _QUALIFIER.sub("", cleaned, count=1) if _QUALIFIER.match(cleaned) else cleaned
    parsed = _parse(cleaned, published)
    if parsed is None:
        return None
    when, period = parsed
    precision = _PRECISIONS.get(period, "day")
    if precision in ("day", "month") and _year_less(cleaned):
        if year is not None:
            when = _in_year(when, year)
        elif published is not None and _MONTH.search(cleaned):
            when = _shift_year(when, published, year_tense)
    return ResolvedDate(_iso(when, precision), precision, "text")


def resolve_date(
    phrase: str | None,
    published: datetime | None,
    tense: str | None = "past",
    year: int | None = None,
) -> ResolvedDate | None:
    """Resolve ``phrase`` (a DATE entity's text) against ``published``.

    ``tense`` is the event clause's ("past", "future" or None: see
    :func:`clause_tense`); it settles the year of a date written without one,
    unless ``year`` gives the year the story puts it in (:func:`narrated_year`:
    "In 1979 ... was arrested on November 4").
    Falls back to the publication date (source "published", precision "day")
    when there is no phrase or it cannot be read; None when neither exists.
    Without a publication date only a phrase with a year is read: "on Monday"
    then has no date, rather than one counted from today.
    """
    # the future of a reported past is ahead of the paper for a weekday, and the nearest
    # for a date with a month ("would kill them by April 27" in a May paper: this April)
    year_tense = None if tense == REPORTED_FUTURE else tense
    tense = "future" if tense == REPORTED_FUTURE else tense
    phrase, whole_year = _of_that_year(_date_phrase(phrase), year)
    if whole_year is not None:
        return whole_year
    if phrase and published is not None:
        phrase, counted = _counted_from_paper(phrase, published, tense)
        if counted is not None:
            return counted
    return _parsed_or_published(phrase, published, year_tense, year)


def _of_that_year(phrase: str | None, year: int | None) -> tuple[str | None, ResolvedDate | None]:
    """The phrase's date within ``year`` when it counts from "that year", else the phrase."""
    if phrase and year is not None and (that := _THAT_YEAR.fullmatch(phrase.strip())):
        if that.group("date") is None:
            return phrase, ResolvedDate(f"{year:04d}", "year", "text")  # "later that year"
        phrase = that.group("date")  # "April 13 of that year": April 13, in ``year``
    return phrase, None


def _counted_from_paper(
    phrase: str, published: datetime, tense: str | None
) -> tuple[str, ResolvedDate | None]:
    """A period or a day counted from the publication date, else the phrase left to parse."""
    if (relative := _relative_period(phrase, published)) is not None:
        return phrase, relative
    phrase = _in_named_year(phrase, published)
    return phrase, _day_of_week_or_month(phrase, published, tense)


def _parsed_or_published(
    phrase: str | None, published: datetime | None, year_tense: str | None, year: int | None
) -> ResolvedDate | None:
    """The phrase as dateparser reads it, else the publication date (None without one)."""
    if phrase and published is None and _year_less(phrase) and year is None:
        phrase = None  # "on Monday" with no publication date: unknown, not this week's
    if phrase and not _DECADE.search(phrase):
        parsed = _parsed_date(phrase, published, year_tense, year)
        if parsed is not None:
            return parsed
    if published is None:
        return None
    return ResolvedDate(published.date().isoformat(), "day", "published")
