"""A bare "the group" or "the organisation" means a group or movement named before it, not
the ministry, legislature, police force, party or school named last."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


def _bound(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: a.name for a in analyzed(nlp, text).actors for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "description", "meant"),
    [
        (
            "About 3,000 members of Greenpeace rallied outside the Ministry of Health in "
            "Oslo on Monday. The group burned a banner and demanded talks.",
            "The group",
            "Greenpeace",
        ),
        (
            "The Church of Scientology asked the Electoral Commission to review its "
            "donations. The organisation says it has done nothing wrong.",
            "The organisation",
            "Church of Scientology",
        ),
    ],
)
def test_the_group_passes_over_a_state_body_named_last(
    nlp: Language, text: str, description: str, meant: str
) -> None:
    assert _bound(nlp, text).get(description) == meant


def test_the_group_is_no_police_force_when_no_group_is_named(nlp: Language) -> None:
    text = (
        "Dozens of students gathered at the gates of the parliament. The Metropolitan "
        "Police said the group blocked the road for an hour."
    )
    assert "the group" not in _bound(nlp, text)


def test_the_group_may_still_be_a_company(nlp: Language) -> None:
    text = "Siemens bought a rail maker in 2019. The group said its orders grew by a third."
    assert _bound(nlp, text).get("The group") == "Siemens"
