"""When and where in wire copy: weekday-of-week phrases, parts of a period, "would"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.dates import ResolvedDate, parse_published, resolve_date

from ..analyzed import analyzed

TUESDAY = parse_published("2025-01-07")


@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        # a weekday of the calendar week before, after or of the publication's
        ("Thursday last week", "past", ResolvedDate("2025-01-02", "day", "text")),
        ("on Monday of next week", "future", ResolvedDate("2025-01-13", "day", "text")),
        ("next week on Friday", "future", ResolvedDate("2025-01-17", "day", "text")),
        ("Sunday this week", "future", ResolvedDate("2025-01-12", "day", "text")),
        # a possessive adds nothing to the date ("last Sunday's vote")
        ("last Sunday's", "past", ResolvedDate("2025-01-05", "day", "text")),
        # "this past weekend" is the weekend just gone
        ("this past weekend", "past", ResolvedDate("2025-01-04", "week", "text")),
        # "in the week" is this week; "the end of" a period is that period
        ("earlier in the week", "past", ResolvedDate("2025-01-07", "week", "text")),
        ("Later in the month", "future", ResolvedDate("2025-01", "month", "text")),
        ("the end of the month", "future", ResolvedDate("2025-01", "month", "text")),
        ("the start of next year", "future", ResolvedDate("2026", "year", "text")),
        ("the end of March", "past", ResolvedDate("2024-03", "month", "text")),
        ("the beginning of last year", "past", ResolvedDate("2024", "year", "text")),
        # "overnight" is the night the day's paper reports
        ("overnight", "past", ResolvedDate("2025-01-07", "day", "text")),
        ("earlier in the day", "past", ResolvedDate("2025-01-07", "day", "text")),
    ],
)
def test_wire_copy_phrases(phrase: str, tense: str, expected: ResolvedDate) -> None:
    assert resolve_date(phrase, TUESDAY, tense) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger", "date"),
    [
        # reported future: "would" looks ahead from the publication day (a Friday)
        ("The envoy said he would visit Vardo on Tuesday.", "visit", "2031-08-12"),
        ("Officials said Germany and France would sign the deal on Monday.", "sign", "2031-08-11"),
        # "would have" is no future
        ("He said troops would have attacked the town on Monday.", "attacked", "2031-08-04"),
    ],
)
def test_would_is_the_future_of_a_reported_past(
    nlp: Language, sentence: str, trigger: str, date: str
) -> None:
    analysis = analyzed(nlp, sentence)
    event = next(e for e in analysis.events if e.trigger.text == trigger)
    assert (event.date, event.date_source) == (date, "text")



@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        # a month named with last/next/this, whatever the clause's tense
        ("Last March", "future", ResolvedDate("2024-03", "month", "text")),
        ("next January", "future", ResolvedDate("2026-01", "month", "text")),
        ("this June", "future", ResolvedDate("2025-06", "month", "text")),
        # a date of last/this/next year
        ("March 20 last year", "past", ResolvedDate("2024-03-20", "day", "text")),
        # a part of a month is that month; a span of days is its first day
        ("the first week of March 2021", "past", ResolvedDate("2021-03", "month", "text")),
        ("the last days of August", "past", ResolvedDate("2024-08", "month", "text")),
        ("December 2-3", "past", ResolvedDate("2024-12-02", "day", "text")),
        # a rough time ago
        ("approximately thirty years ago", "past", ResolvedDate("1995", "year", "text")),
    ],
)
def test_named_months_and_rough_times(phrase: str, tense: str, expected: ResolvedDate) -> None:
    assert resolve_date(phrase, TUESDAY, tense) == expected



@pytest.mark.parametrize(
    ("name", "country"),
    [
        # the region three or more compass-named subdivisions of one country divide
        ("Darfur", "SDN"),
        ("Kordofan", "SDN"),
        ("Cape", None),  # not a generic word
        # an airport named after a city is in it; not one named after no city
        ("Luton Airport", "GBR"),
        ("Denpasar International Airport", "IDN"),
        ("Ben Gurion Airport", None),
    ],
)
def test_regions_and_airports(name: str, country: str | None) -> None:
    from newsgraph.events.places import lookup_place  # noqa: PLC0415

    entry = lookup_place(name)
    assert (entry.country if entry else None) == country


@pytest.mark.parametrize(
    ("name", "country"),
    [
        # the bay or harbour of a large city is in its country
        ("Guantanamo Bay", "CUB"),
        ("Sydney Harbour", "AUS"),
        # not one named after a small town or no town
        ("Hudson Bay", None),
        ("Pearl Harbor", None),
    ],
)
def test_the_water_of_a_city(name: str, country: str | None) -> None:
    from newsgraph.events.places import lookup_place  # noqa: PLC0415

    entry = lookup_place(name)
    assert (entry.country if entry else None) == country


@pytest.mark.parametrize(("name", "country"), [("U.S", "USA"), ("U.K", "GBR"), ("A.B", None)])
def test_a_dotted_abbreviation_cut_by_the_full_stop(name: str, country: str | None) -> None:
    from newsgraph.events.places import lookup_place  # noqa: PLC0415

    entry = lookup_place(name)
    assert (entry.country if entry else None) == country


@pytest.mark.parametrize(
    ("name", "countries", "country"),
    [
        # a home town known by the name only as an alternate one gives way to a metropolis
        ("Mecca", {"USA"}, "SAU"),
        # a home town of that very name keeps it against an old name of a city abroad
        ("Berea", {"USA"}, "USA"),
    ],
)
def test_a_home_town_under_another_name_has_no_claim(
    name: str, countries: set[str], country: str
) -> None:
    from newsgraph.events.places import lookup_place  # noqa: PLC0415

    entry = lookup_place(name, countries)
    assert entry is not None and entry.country == country


@pytest.mark.parametrize(
    ("phrase", "tense", "expected"),
    [
        # "later on Monday" in a Monday paper is that day, not the Monday a week back
        ("later on Tuesday", "past", ResolvedDate("2025-01-07", "day", "text")),
        ("earlier Tuesday", "past", ResolvedDate("2025-01-07", "day", "text")),
        ("later on Tuesday", "future", ResolvedDate("2025-01-07", "day", "text")),
        # "overnight on Sunday" is Sunday, not the publication day
        ("overnight on Sunday", "past", ResolvedDate("2025-01-05", "day", "text")),
        ("overnight Monday", "past", ResolvedDate("2025-01-06", "day", "text")),
    ],
)
def test_a_weekday_with_earlier_later_or_overnight(
    phrase: str, tense: str, expected: ResolvedDate
) -> None:
    assert resolve_date(phrase, TUESDAY, tense) == expected


@pytest.mark.parametrize(
    "phrase", ["two weeks later", "a year later", "three days after", "a decade later"]
)
def test_an_offset_from_a_narrated_date_is_not_counted_from_the_paper(phrase: str) -> None:
    # "seized the port in May and the airport two weeks later": after May, not after
    # the publication day; the publication fallback is marked as such
    assert resolve_date(phrase, TUESDAY, "past") == ResolvedDate("2025-01-07", "day", "published")
