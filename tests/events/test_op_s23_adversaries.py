"""The doer of what opponents or critics of someone do is that one's country's
opposition (OPP), not the one they oppose. Invented sentences, with the model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from ..analyzed import analyzed


@pytest.mark.parametrize(
    ("sentence", "trigger", "country"),
    [
        (
            "Opponents of President Vladimir Putin attacked a police station in Omsk.",
            "attacked",
            "RUS",
        ),
        ("Angry critics of Emmanuel Macron burned cars in Lyon on Sunday.", "burned", "FRA"),
    ],
)
def test_adversaries_of_someone_act_as_the_opposition(
    nlp: Language, sentence: str, trigger: str, country: str
) -> None:
    analysis = analyzed(nlp, sentence)
    by_id = {a.id: a for a in analysis.actors}
    doers = [
        [(by_id[d].country, by_id[d].sector) for d in e.actors]
        for e in analysis.events
        if e.trigger.text == trigger
    ]
    assert doers == [[(country, "OPP")]]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        (
            "Senator Ana Lopez won the seat by 900 votes, though her opponent has not conceded.",
            "conceded",
        ),
        ("Governor Tom Ruiz wants more dams, and his critics blame him for the floods.", "blame"),
    ],
)
def test_the_owner_of_a_pronoun_owned_adversary_is_not_the_doer(
    nlp: Language, sentence: str, trigger: str
) -> None:
    analysis = analyzed(nlp, sentence)
    doers = [e.actors for e in analysis.events if e.trigger.text == trigger]
    assert doers == [()]
