"""Dates: relative phrases resolved against the publication date, with precision."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.dates import ResolvedDate, clause_tense, parse_published, resolve_date

from ..analyzed import analyzed

BASE = parse_published("2025-01-09T12:26:00+00:00")  # a Thursday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Wednesday", ResolvedDate("2025-01-08", "day", "text")),
        ("on Wednesday", ResolvedDate("2025-01-08", "day", "text")),
        ("on Thursday", ResolvedDate("2025-01-09", "day", "text")),
        ("on Friday", ResolvedDate("2025-01-03", "day", "text")),
        ("Monday", ResolvedDate("2025-01-06", "day", "text")),
        ("yesterday", ResolvedDate("2025-01-08", "day", "text")),
        ("October 7", ResolvedDate("2024-10-07", "day", "text")),
        ("August", ResolvedDate("2024-08", "month", "text")),
        ("January 2020", ResolvedDate("2020-01", "month", "text")),
        ("2019", ResolvedDate("2019", "year", "text")),
        ("last week", ResolvedDate("2025-01-02", "week", "text")),
    ],
)
def test_phrases_resolve_against_publication(phrase: str, expected: ResolvedDate) -> None:
    assert resolve_date(phrase, BASE) == expected


@pytest.mark.parametrize("phrase", [None, "", "the 1990s", "at some point"])
def test_unreadable_or_missing_phrase_falls_back_to_publication(phrase: str | None) -> None:
    assert resolve_date(phrase, BASE) == ResolvedDate("2025-01-09", "day", "published")


def test_nothing_without_phrase_or_publication() -> None:
    assert resolve_date(None, None) is None


@pytest.mark.parametrize("published", [None, "", "not a date"])
def test_bad_publication_dates_are_none(published: str | None) -> None:
    assert parse_published(published) is None


def test_publication_with_z_suffix() -> None:
    parsed = parse_published("2019-01-07T10:00:00Z")
    assert parsed is not None and parsed.isoformat() == "2019-01-07T10:00:00"


FRIDAY = parse_published("2031-08-08")  # a Friday


@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        # a date with no year: the tense of the clause picks the year
        ("August 12", "future", "2031-08-12"),  # "will be closed on August 12"
        ("August 12", "past", "2030-08-12"),
        # a day or two after publication is the story's day in another time zone
        ("August 9", "past", "2031-08-09"),
        ("August 10", "past", "2031-08-10"),
        ("August 11", "past", "2030-08-11"),
        ("August 12", None, "2031-08-12"),  # no tense: the nearest
        ("March 3", None, "2031-03-03"),
        ("October", None, "2031-10"),  # "amnesty until October"
        ("October", "past", "2030-10"),
        ("January 5", "future", "2032-01-05"),
        ("August 2, 2029", "future", "2029-08-02"),  # a year in the phrase stands
        # a weekday: the past seven days, or the coming seven for a future act
        ("Monday", "past", "2031-08-04"),
        ("Monday", None, "2031-08-04"),
        ("on Monday", "future", "2031-08-11"),
        ("Friday", "future", "2031-08-08"),
    ],
)
def test_the_tense_decides_the_year_or_week(phrase: str, tense: str | None, expected: str) -> None:
    resolved = resolve_date(phrase, FRIDAY, tense)
    assert resolved is not None and (resolved.date, resolved.source) == (expected, "text")


@pytest.mark.parametrize(
    "phrase", ["374 days", "a year", "per year", "15 months", "over two years", "two more weeks"]
)
def test_durations_and_frequencies_are_no_dates(phrase: str) -> None:
    assert resolve_date(phrase, FRIDAY) == ResolvedDate("2031-08-08", "day", "published")


def test_a_time_ago_is_a_date() -> None:
    assert resolve_date("two years ago", FRIDAY) == ResolvedDate("2029", "year", "text")


@pytest.mark.parametrize(
    ("sentence", "trigger", "tense"),
    [
        ("The minister will visit Brazil on May 4.", "visit", "future"),
        ("The council is scheduled to meet on Monday.", "meet", "future"),
        ("The envoy is to meet the king in June.", "meet", "future"),
        ("Rebels attacked the town in March.", "attacked", "past"),
        ("The men were kidnapped on March 28.", "kidnapped", "past"),
        ("The loan deal brokered in March collapsed.", "brokered", "past"),
        ("The two leaders held talks on Monday.", "talks", "past"),
        ("The two leaders hold talks on Monday.", "talks", None),
    ],
)
def test_clause_tense(nlp: Language, sentence: str, trigger: str, tense: str | None) -> None:
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == trigger)
    assert clause_tense(token) == tense


@pytest.mark.parametrize(
    ("sentence", "trigger", "date"),
    [
        # coordinated acts share a day ...
        ("On Monday, rebels seized the town and killed six guards.", "killed", "2031-08-04"),
        # ... not a year, and not across "but"
        ("The hostage was seized in 2020 and released by a gang.", "released", "2031-08-08"),
        ("Police arrested him on Monday but released him.", "released", "2031-08-08"),
    ],
)
def test_coordinated_acts_share_a_day(
    nlp: Language, sentence: str, trigger: str, date: str
) -> None:
    analysis = analyzed(nlp, sentence)
    dates = {e.trigger.text: e.date for e in analysis.events}
    assert dates[trigger] == date


@pytest.mark.parametrize(
    ("sentence", "trigger", "date", "place"),
    [
        # a subjectless "-ing" clause tells what its head's act did: same day, same place
        ("On Monday, a car bomb exploded in Kabul, killing six people and wounding ten.",
         "killing", "2031-08-04", "Kabul"),
        ("On Monday, a car bomb exploded in Kabul, killing six people and wounding ten.",
         "wounding", "2031-08-04", "Kabul"),
        # a clause with its own subject is its own act, maybe of another day
        ("The board closed the paper on Monday, claiming that its editor had insulted the army.",
         "insulted", "2031-08-08", None),
    ],
)
def test_a_result_clause_shares_its_acts_day_and_place(
    nlp: Language, sentence: str, trigger: str, date: str, place: str | None
) -> None:
    analysis = analyzed(nlp, sentence)
    (event,) = (e for e in analysis.events if e.trigger.text == trigger)
    assert (event.date, event.location) == (date, place)


@pytest.mark.parametrize("phrase", ["on Monday", "yesterday", "October 7", "last week"])
def test_without_publication_a_relative_phrase_has_no_date(phrase: str) -> None:
    assert resolve_date(phrase, None) is None


def test_without_publication_a_dated_phrase_is_read() -> None:
    assert resolve_date("October 7, 2023", None) == ResolvedDate("2023-10-07", "day", "text")


@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        # a weekday with a part of the day or "early"/"late": the last such day (BASE is a Thursday)
        ("early Monday", "past", ResolvedDate("2025-01-06", "day", "text")),
        ("late on Tuesday", "past", ResolvedDate("2025-01-07", "day", "text")),
        ("Sunday night", "past", ResolvedDate("2025-01-05", "day", "text")),
        ("Thursday morning", "past", ResolvedDate("2025-01-09", "day", "text")),
        ("Friday evening", "future", ResolvedDate("2025-01-10", "day", "text")),
        # a weekend: its Saturday, the last one or the coming one
        ("over the weekend", "past", ResolvedDate("2025-01-04", "week", "text")),
        ("this weekend", "future", ResolvedDate("2025-01-11", "week", "text")),
        # "early", "late", "earlier", "mid-" qualify the period they name
        ("earlier this month", "past", ResolvedDate("2025-01", "month", "text")),
        ("late last year", "past", ResolvedDate("2024", "year", "text")),
        ("mid-2019", "past", ResolvedDate("2019", "year", "text")),
        ("late last week", "past", ResolvedDate("2025-01-02", "week", "text")),
    ],
)
def test_qualified_days_and_periods(phrase: str, tense: str, expected: ResolvedDate) -> None:
    assert resolve_date(phrase, BASE, tense) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "date"),
    [
        # the model tags these TIME, or splits "Thursday" (DATE) from "evening" (TIME)
        ("Troops shelled the town on Sunday night.", "shelled", "2031-08-03"),
        ("The minister resigned Thursday evening.", "resigned", "2031-08-07"),
        ("Gunmen killed four villagers late Tuesday night.", "killed", "2031-08-05"),
        ("Rebels attacked the base last night.", "attacked", "2031-08-07"),
        # a clock time alone names no day: the publication date, marked as such
        ("Police arrested the suspect at 3 p.m.", "arrested", None),
        # a noun act's possessive or compound date, and an act it does as a subject
        ("Crowds gathered after Saturday's raid on the depot.", "raid", "2031-08-02"),
        ("The May 3 blast killed four guards.", "killed", "2031-05-03"),
        ("Last week's strike closed every port.", "strike", "2031-08-01"),
        # a duration on the noun is no date: the verb's date applies
        ("Dockers began a six-day strike on Monday.", "strike", "2031-08-04"),
        # a day of the month alone: this month's, or last month's for a past act after it
        ("Gunmen raided the village on the 20th.", "raided", "2031-07-20"),
    ],
)
def test_time_entities_that_name_a_day_date_the_event(
    nlp: Language, sentence: str, trigger: str, date: str | None
) -> None:
    analysis = analyzed(nlp, sentence)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    if date is None:
        assert (event.date, event.date_source) == ("2031-08-08", "published")
    else:
        assert (event.date, event.date_source) == (date, "text")
