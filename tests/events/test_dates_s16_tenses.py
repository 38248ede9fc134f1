"""Dates: "this <weekday>" read by the clause's tense; the future of a reported past."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.dates import (
    REPORTED_FUTURE,
    ResolvedDate,
    clause_tense,
    parse_published,
    resolve_date,
)

FRIDAY = parse_published("2027-10-08T09:00:00")  # a Friday
MAY_5 = parse_published("2027-05-05T09:00:00")


@pytest.mark.parametrize(
    ("phrase", "tense", "date"),
    [
        ("this Thursday", "past", "2027-10-07"),  # "was shot this Thursday": yesterday
        ("this Friday", "past", "2027-10-08"),  # the paper's own day
        ("this Saturday", "past", "2027-10-02"),
        ("this Thursday", "future", "2027-10-14"),  # "will vote this Thursday"
        ("this Monday", None, "2027-10-11"),  # "the talks are this Monday": to come
        ("on this Sunday morning", "past", "2027-10-03"),
    ],
)
def test_this_weekday_follows_the_tense(phrase: str, tense: str | None, date: str) -> None:
    assert resolve_date(phrase, FRIDAY, tense) == ResolvedDate(date, "day", "text")


@pytest.mark.parametrize(
    ("phrase", "date"),
    [
        ("April 27", "2027-04-27"),  # "threatened they would kill them by April 27": this April
        ("May 21", "2027-05-21"),  # "said he would travel on May 21"
        ("Friday", "2027-05-07"),  # a weekday is still ahead of the paper
    ],
)
def test_the_future_of_a_reported_past_is_the_nearest_date(phrase: str, date: str) -> None:
    assert resolve_date(phrase, MAY_5, REPORTED_FUTURE) == ResolvedDate(date, "day", "text")


def test_a_plain_future_date_with_a_month_is_still_ahead() -> None:
    assert resolve_date("April 27", MAY_5, "future") == ResolvedDate("2028-04-27", "day", "text")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "trigger", "tense"),
    [
        ("The kidnappers said they would free the nurses by June 2.", "free", REPORTED_FUTURE),
        ("The kidnappers would have freed the nurses.", "freed", "past"),
        ("The kidnappers will free the nurses on June 2.", "free", "future"),
    ],
)
def test_would_is_a_reported_future(
    nlp: Language, sentence: str, trigger: str, tense: str | None
) -> None:
    token = next(t for t in nlp(sentence) if t.text == trigger)
    assert clause_tense(token) == tense
