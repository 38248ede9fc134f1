"""Dates: an act someone now hopes, intends or prepares to do is to come."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.events.dates import ResolvedDate, clause_tense, parse_published, resolve_date

SUNDAY = parse_published("2027-03-07T09:00:00")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "verb", "tense"),
    [
        ("The council is slated to begin talks on Monday.", "begin", "future"),
        ("The union hopes to hold a rally on Thursday.", "hold", "future"),
        ("The union intends to hold a rally on Thursday.", "hold", "future"),
        ("The union is preparing to hold a rally on Thursday.", "hold", "future"),
        ("The council is likely to begin talks on Monday.", "begin", "future"),
        ("They want to hold a vote on Friday.", "hold", "future"),
        # a past intention may be of a past day
        ("The union hoped to hold a rally on Thursday.", "hold", "past"),
        ("The union was preparing to hold a rally on Thursday.", "hold", "past"),
        ("They wanted to hold a vote on Friday.", "hold", "past"),
    ],
)
def test_a_present_intention_points_ahead(
    nlp: Language, sentence: str, verb: str, tense: str
) -> None:
    token = next(t for t in nlp(sentence) if t.text == verb)
    assert clause_tense(token) == tense


@pytest.mark.model
def test_the_weekday_of_an_intended_act_is_the_coming_one(nlp: Language) -> None:
    token = next(
        t for t in nlp("The union intends to hold a rally on Thursday.") if t.text == "hold"
    )
    assert resolve_date("on Thursday", SUNDAY, clause_tense(token)) == ResolvedDate(
        "2027-03-11", "day", "text"
    )
