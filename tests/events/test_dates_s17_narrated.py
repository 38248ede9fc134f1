"""Dates: the year a story narrates, "that year", and "September 11" naming the attacks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.dates import ResolvedDate, narrated_year, parse_published, resolve_date

PUBLISHED = parse_published("2027-06-10T09:00:00")


@pytest.mark.parametrize(
    ("phrase", "year", "expected"),
    [
        ("on November 4", 1979, ResolvedDate("1979-11-04", "day", "text")),
        ("in March", 1979, ResolvedDate("1979-03", "month", "text")),
        ("April 13 of that year", 1985, ResolvedDate("1985-04-13", "day", "text")),
        ("in May of that year", 1985, ResolvedDate("1985-05", "month", "text")),
        ("later that year", 1985, ResolvedDate("1985", "year", "text")),
        ("the following year", 1986, ResolvedDate("1986", "year", "text")),
        ("September 11", 2001, ResolvedDate("2001-09-11", "day", "text")),
        # no year given: the tense decides, as before
        ("on November 4", None, ResolvedDate("2026-11-04", "day", "text")),
        ("later that year", None, ResolvedDate("2027-06-10", "day", "published")),
    ],
)
def test_a_given_year_places_a_date_written_without_one(
    phrase: str, year: int | None, expected: ResolvedDate
) -> None:
    assert resolve_date(phrase, PUBLISHED, "past", year) == expected


def test_a_given_year_leaves_a_weekday_and_a_full_date_alone() -> None:
    assert resolve_date("on Monday", PUBLISHED, "past", 1979) == ResolvedDate(
        "2027-06-07", "day", "text"
    )
    assert resolve_date("May 3, 1990", PUBLISHED, "past", 1979) == ResolvedDate(
        "1990-05-03", "day", "text"
    )


def _year(nlp: Language, text: str, trigger: str, phrase: str) -> int | None:
    token = next(t for t in nlp(text) if t.text == trigger)
    return narrated_year(token, phrase, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "phrase", "year"),
    [
        # a past sentence narrating its year dates the yearless day after it
        ("In 1979 the poet moved to Paris. He was arrested there on November 4.",
         "arrested", "November 4", 1979),
        ("In 1979 Kofi Mensah fled to Lagos, where he was arrested on November 4.",
         "arrested", "November 4", 1979),
        ("Weber founded the paper in 1972. He sold it in March of that year.",
         "sold", "March of that year", 1972),
        ("The September 11 attacks killed nearly 3,000 people.", "attacks", "September 11", 2001),
        ("In 1979, Ilse Brandt was arrested in May and freed in June.", "freed", "June", 1979),
        # no narrated year
        # a year after its own verb dates that verb only: the sentence is a later March
        ("Ilse Brandt was arrested in 1998 and sentenced in March.", "sentenced", "March", None),
        ("Militants attacked a hotel on September 11.", "attacked", "September 11", None),
        ("Since 2003 the firm has grown. It was fined on November 4.",
         "fined", "November 4", None),
        ("The men detained in 1999 are angry. Their strike was halted in July.",
         "halted", "July", None),
        ("In 1979 the poet moved to Paris. He will speak there on November 4.",
         "speak", "November 4", None),
        # last year's story often runs on into this year
        ("In 2026 the firm grew quickly. Its chief resigned on January 7.",
         "resigned", "January 7", None),
        # a nearer date of another kind breaks the narration
        ("In 1979 the poet moved to Paris. Last week he was honoured in Rome on June 3.",
         "honoured", "June 3", None),
    ],
)  # fmt: skip
def test_the_narrated_year(
    nlp: Language, text: str, trigger: str, phrase: str, year: int | None
) -> None:
    assert _year(nlp, text, trigger, phrase) == year


@pytest.mark.parametrize(
    "phrase",
    ["forty days later", "twenty-five days later", "thirteen days later", "a fortnight later",
     "eighteen months later", "fifteen minutes later", "thirty years afterwards"],
)  # fmt: skip
def test_an_offset_from_a_narrated_date_is_no_date_after_the_paper(phrase: str) -> None:
    # "hijacked in February and released forty days later": not forty days after the paper
    assert resolve_date(phrase, PUBLISHED, "past") == ResolvedDate("2027-06-10", "day", "published")
