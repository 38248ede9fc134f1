"""A place named as a party of an act ("talks between X and Y") is an actor."""

from __future__ import annotations

from spacy.language import Language

from ..analyzed import analyzed


def test_between_names_the_parties_of_talks_and_a_stretch_of_land_otherwise(
    nlp: Language,
) -> None:
    text = "Talks between Ruritania and Peru resumed on Monday in a town between Lima and Cusco."
    analysis = analyzed(nlp, text)
    actors = {a.name for a in analysis.actors}
    places = {p.name for p in analysis.places}
    assert "Peru" in actors and "Peru" not in places
    assert {"Lima", "Cusco"} <= places and not {"Lima", "Cusco"} & actors


def test_a_capital_that_acts_is_its_country_and_one_named_as_a_venue_a_place(
    nlp: Language,
) -> None:
    text = "Nairobi rejected the claims on Monday. The envoys later met in Nairobi."
    analysis = analyzed(nlp, text)
    assert [(a.name, a.country) for a in analysis.actors] == [("Kenya", "KEN")]
    assert [p.name for p in analysis.places] == ["Nairobi"]
