"""A bare "the group" or "the organisation" means the actor a recent sentence made its
subject, not a body named last only inside a prepositional phrase."""

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
            "The Kivu Liberation Front is listed as a terrorist organisation by the United "
            "States and by the EU. The group denies any role in the bombings.",
            "The group",
            "Kivu Liberation Front",
        ),
        (
            "Amnesty International released a report on abuses by the African Union. The "
            "organisation called for an inquiry.",
            "The organisation",
            "Amnesty International",
        ),
        (
            "The Delta Defence Movement has attacked pipelines owned by Shell. The group "
            "said it would strike again.",
            "The group",
            "Delta Defence Movement",
        ),
    ],
)
def test_the_group_is_the_subject_not_a_body_named_in_passing(
    nlp: Language, text: str, description: str, meant: str
) -> None:
    assert _bound(nlp, text).get(description) == meant


def test_the_group_named_last_as_a_subject_still_wins(nlp: Language) -> None:
    text = (
        "Greenpeace filed a complaint against the European Union. The African Union backed "
        "the plan. The organisation will vote on it next month."
    )
    assert _bound(nlp, text).get("The organisation") == "African Union"


@pytest.mark.parametrize(
    ("text", "description", "meant"),
    [
        (  # the name holds the noun
            "The Commonwealth suspended Fiji on Monday. The decision was taken by the "
            "Ministerial Action Group. The group has eight members.",
            "The group",
            "Ministerial Action Group",
        ),
        (  # in its own sentence, an apposition
            "Oxfam criticised the sale. Brightwater is owned by the Harlan Corporation, the "
            "group that bought it in 2007.",
            "the group",
            "Harlan Corporation",
        ),
    ],
)
def test_the_group_keeps_a_body_named_in_passing_that_it_names(
    nlp: Language, text: str, description: str, meant: str
) -> None:
    assert _bound(nlp, text).get(description) == meant


def test_the_group_is_no_place_the_model_called_an_organisation(nlp: Language) -> None:
    text = "The Kivu Front claimed the raid on Gatumba, and the group's leaders fled."
    assert _bound(nlp, text).get("the group") == "Kivu Front"


def test_the_group_stays_unbound_when_only_a_place_stands_before(nlp: Language) -> None:
    text = "Peace activists rallied on Capitol Hill on Tuesday. Later the group met two senators."
    assert "the group" not in _bound(nlp, text)
