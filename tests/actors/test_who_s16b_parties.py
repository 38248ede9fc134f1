"""A party named without its country (invented sentences): the country of the party
the article names with one by the same stem, not the story's guess."""

from __future__ import annotations

from spacy.language import Language

from ..analyzed import analyzed


def test_a_party_takes_its_branch_s_country(nlp: Language) -> None:
    text = (
        "Jo Doe, a candidate of the Green Party of Ontario, spoke in Ontario on Monday. "
        "The Green Party wants lower taxes, Doe said."
    )
    analysis = analyzed(nlp, text)
    assert {a.name: a.country for a in analysis.actors if a.type == "ORG"} == {
        "Green Party of Ontario": "CAN",
        "Green Party": "CAN",
    }
